"""Derived facts that answer the I-914 Part 3 statements (issue 15) from the client's record:
each is the plain reading of stored facts, never an eligibility conclusion, and is unknown
rather than "No" when the record is silent. Registered on import by ``facts.derived``."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from casefile.enums import AnswerStatus
from facts.derived import derived
from facts.derived_forms import _any_of, _petitioning_for_family, _plain_bool

if TYPE_CHECKING:
    from facts.view import FactView, RowView

TRAFFICKING_KINDS = frozenset({"sex_trafficking", "labor_trafficking", "both"})
HARDSHIP_FACTS = (
    "hardship.age_and_circumstances",
    "hardship.illness_care_unavailable",
    "hardship.trafficking_consequences",
    "hardship.loss_of_us_justice",
    "hardship.home_country_penalizes_victims",
    "hardship.revictimization_risk",
    "hardship.trafficker_reprisal_risk",
    "hardship.civil_unrest",
)


def _both(a: bool | None, b: bool | None) -> bool | None:
    """True when both are true, False when either is false, else unknown."""
    if a is False or b is False:
        return False
    return True if a is True and b is True else None


def _either(a: bool | None, b: bool | None) -> bool | None:
    """True when either is true, False when both are false, else unknown."""
    if a is True or b is True:
        return True
    return False if a is False and b is False else None


def _fact(view: FactView, name: str) -> bool | None:
    return _plain_bool(view.get(name))


@derived(
    "t_application.victim_of_trafficking",
    "bool",
    "I-914 Part 3 item 1: the record holds a sex or labor trafficking episode; No when every "
    "recorded episode is another crime; unknown when none is recorded",
    cite="INA 101(a)(15)(T)(i)(I)",
    inputs=("episodes[].kind",),
)
def _victim(view: FactView, _row: RowView | None) -> Any:
    kinds = [r.get("kind") for r in view.rows("episodes")]
    if any(k in TRAFFICKING_KINDS for k in kinds):
        return True
    return False if kinds and all(k == "crime" for k in kinds) else None


@derived(
    "t_application.cooperated",
    "bool",
    "I-914 Part 3 item 2.A: law enforcement asked the client for help and the client did not "
    "refuse; No after a refusal",
    cite="INA 101(a)(15)(T)(i)(III)(aa)",
    inputs=("cooperation.requests_received", "cooperation.refused_request"),
)
def _cooperated(view: FactView, _row: RowView | None) -> Any:
    refused = _fact(view, "cooperation.refused_request")
    if refused is True:
        return False
    asked = _fact(view, "cooperation.requests_received")
    return True if asked is True and refused is False else None


@derived(
    "t_application.exempt_from_cooperation",
    "bool",
    "I-914 Part 3 item 2.B: under 18 during the trafficking, or unable to cooperate because of "
    "physical or psychological trauma (INA 101(a)(15)(T)(i)(III)(bb); 8 CFR 214.202(c)(2)), an "
    "attorney judgement with professional evidence",
    cite="INA 101(a)(15)(T)(i)(III)(bb)-(cc)",
    inputs=("client.date_of_birth", "episodes[].start_date", "cooperation.unable_due_to_trauma"),
)
def _exempt(view: FactView, _row: RowView | None) -> Any:
    return _either(
        _fact(view, "client.minor_during_any_episode"),
        _fact(view, "cooperation.unable_due_to_trauma"),
    )


@derived(
    "t_application.present_on_account",
    "bool",
    "I-914 Part 3 item 3: now in the U.S., American Samoa, the CNMI or at a U.S. port of entry, "
    "and because of the trafficking (still trafficked, recently freed, in ongoing treatment, or "
    "taking part in an investigation or judicial proceedings)",
    cite="INA 101(a)(15)(T)(i)(II)",
    inputs=("immigration.physically_present", "immigration.stay_related_to_trafficking"),
)
def _present(view: FactView, _row: RowView | None) -> Any:
    return _both(
        _fact(view, "immigration.physically_present"),
        _fact(view, "immigration.stay_related_to_trafficking"),
    )


@derived(
    "t_application.fears_extreme_hardship",
    "bool",
    "I-914 Part 3 item 4: any hardship factor on removal is answered yes; No only when every "
    "factor is answered no",
    cite="INA 101(a)(15)(T)(i)(IV)",
    inputs=HARDSHIP_FACTS,
)
def _hardship(view: FactView, _row: RowView | None) -> Any:
    return _any_of([_fact(view, name) for name in HARDSHIP_FACTS])


@derived(
    "t_application.complied_or_unable",
    "bool",
    "I-914 Part 3 item 7: the client cooperated (item 2.A) or trauma makes cooperation impossible "
    "(INA 101(a)(15)(T)(i)(III)(bb); 8 CFR 214.202(c)(2)), an attorney judgement with "
    "professional evidence",
    cite="INA 101(a)(15)(T)(i)(III)",
    inputs=("cooperation.requests_received", "cooperation.unable_due_to_trauma"),
)
def _complied_or_unable(view: FactView, _row: RowView | None) -> Any:
    return _either(
        _plain_bool(_cooperated(view, None)), _fact(view, "cooperation.unable_due_to_trauma")
    )


@derived(
    "t_application.first_entry",
    "bool",
    "I-914 Part 3 item 8: the list of entries and exits, answered, holds exactly one entry; No "
    "when two or more are recorded",
    cite="Form I-914 Part 3 item 8",
    inputs=("entries[].event_date",),
)
def _first_entry(view: FactView, _row: RowView | None) -> Any:
    entries = [r for r in view.rows("entries") if r.get("direction") == "entry"]
    if len(entries) > 1:
        return False
    # one row is the only entry only when the list was answered, never because it is short
    ans = view.profile.answers.get("entries[]")
    answered = ans is not None and ans.status == AnswerStatus.ANSWERED.value
    return True if entries and answered else None


derived(
    "t_application.applying_for_family",
    "bool",
    "I-914 Part 3 item 11: at least one family member is included as a derivative; No when family "
    "is recorded and none is included",
    cite="INA 101(a)(15)(T)(ii)",
    inputs=("family[].include_as_derivative",),
)(_petitioning_for_family)


@derived(
    "t_application.i914_status",
    "choice",
    "I-914 Supplement A Part 2 item 4, the principal's I-914: approved once T status is granted, "
    "pending when filed before, else filed together with this supplement",
    cite="Form I-914 Supplement A Part 2 item 4",
    inputs=("immigration.t_u_status", "background.prior_t_application"),
)
def _i914_status(view: FactView, _row: RowView | None) -> Any:
    if view.get("immigration.t_u_status") == "t":
        return "approved"
    return "pending" if _fact(view, "background.prior_t_application") else "together"


@derived(
    "family[].derivative_parent_relationship",
    "text",
    "I-914 Supplement A Part 1 item 2: for a child of a derivative, the relationship to the "
    "client of the family member named as the child's parent (spouse, child, parent, sibling)",
    inputs=("family[].derivative_parent", "family[].relationship"),
)
def _parent_relationship(view: FactView, row: RowView | None) -> Any:
    if row is None or row.get("relationship") != "child_of_derivative":
        return None
    parent = next(
        (
            r
            for r in view.rows("family")
            if r is not row and r.get("given_name") == row.get("derivative_parent")
        ),
        None,
    )
    return parent.get("relationship") if parent is not None else None


@derived(
    "family[].next_hearing_set",
    "bool",
    "I-914 Supplement A Part 3 item 24.E: a next immigration court hearing date is recorded",
    inputs=("family[].next_hearing_date",),
)
def _next_hearing(_view: FactView, row: RowView | None) -> Any:
    if row is None:
        return None
    return True if isinstance(row.get("next_hearing_date"), dt.date) else None
