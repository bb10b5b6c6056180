"""Derived facts that answer form questions in the client's own record (issue 15, I-918 Part 2
and Part 4): each is the plain reading of stored facts, never an eligibility conclusion, and is
unknown rather than "No" when the record is silent. Registered on import by ``facts.derived``."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from casefile.enums import AnswerStatus
from facts.derived import derived
from facts.view import UNKNOWN

if TYPE_CHECKING:
    from facts.view import FactView, RowView

# Episode kinds that are criminal activity the U list names (trafficking is on it).
QUALIFYING_KINDS = frozenset({"crime", "sex_trafficking", "labor_trafficking", "both"})
# The qualifying criminal activity of INA 101(a)(15)(U)(iii) as episodes[].crime_types values;
# the same list as the rule qualifying_crime (eligibility/data/rules/common.yaml), which a test
# keeps equal (facts may not read eligibility's data).
LISTED_CRIME_TYPES = frozenset(
    {
        "rape",
        "torture",
        "trafficking",
        "incest",
        "domestic_violence",
        "sexual_assault",
        "abusive_sexual_contact",
        "prostitution",
        "sexual_exploitation",
        "stalking",
        "female_genital_mutilation",
        "being_held_hostage",
        "peonage",
        "involuntary_servitude",
        "slave_trade",
        "kidnapping",
        "abduction",
        "unlawful_criminal_restraint",
        "false_imprisonment",
        "blackmail",
        "extortion",
        "manslaughter",
        "murder",
        "felonious_assault",
        "witness_tampering",
        "obstruction_of_justice",
        "perjury",
        "fraud_in_foreign_labor_contracting",
        "attempt",
        "conspiracy",
        "solicitation",
        "similar_activity",
    }
)
ABUSE_FACTS = (
    "crime.abuse.physical_injury",
    "crime.abuse.mental_harm",
    "crime.abuse.lasting_effects",
)
US_WORDS = frozenset({"us", "usa", "u.s.", "united states", "united states of america"})


def _any_of(values: list[Any]) -> bool | None:
    """True when any value is true, False when all are known and false, else unknown."""
    if any(v is True for v in values):
        return True
    if values and all(v is False for v in values):
        return False
    return None


@derived(
    "u_petition.victim_of_listed_crime",
    "bool",
    "I-918 Part 2 item 1: the record holds a trafficking episode or a crime of a listed type of "
    "qualifying criminal activity; No when every episode is a crime of unlisted types only; "
    "unknown when no episode is recorded",
    cite="INA 101(a)(15)(U)(iii); 8 CFR 214.14(a)(9)",
    inputs=("episodes[].kind", "episodes[].crime_types"),
)
def _listed_crime(view: FactView, _row: RowView | None) -> Any:
    rows = view.rows("episodes")
    listed = [_episode_listed(r) for r in rows]
    if any(v is True for v in listed):
        return True
    # No only when every episode is a crime whose recorded types are all off the list
    return False if listed and all(v is False for v in listed) else None


def _episode_listed(row: RowView) -> bool | None:
    """True for trafficking or a listed crime type, False for a crime whose recorded types are
    all unlisted, None when the record cannot tell (a crime with no types recorded counts as
    listed, as before: the kind says a crime, and the attorney confirms the type)."""
    kind = row.get("kind")
    types = row.get("crime_types")
    if kind in QUALIFYING_KINDS - {"crime"}:
        return True
    if kind != "crime":
        return None
    if not isinstance(types, list) or not types:
        return True
    return any(t in LISTED_CRIME_TYPES for t in types)


@derived(
    "u_petition.substantial_abuse",
    "bool",
    "I-918 Part 2 item 2: physical injury, mental harm or lasting effects from the crime; No only "
    "when all three are answered no",
    cite="INA 101(a)(15)(U)(i)(I); 8 CFR 214.14(b)(1)",
    inputs=ABUSE_FACTS,
)
def _substantial_abuse(view: FactView, _row: RowView | None) -> Any:
    return _any_of([_plain_bool(view.get(name)) for name in ABUSE_FACTS])


@derived(
    "u_petition.submitting_supp_b",
    "bool",
    "I-918 Part 2 item 4: a signed I-918 Supplement B is on file; No when certifications are "
    "recorded but none is a signed I-918B",
    cite="INA 214(p)(1); 8 CFR 214.14(c)(2)(i)",
    inputs=("certifications[].form", "certifications[].status"),
)
def _submitting_supp_b(view: FactView, _row: RowView | None) -> Any:
    rows = view.rows("certifications")
    if not rows:
        return None
    return any("918" in str(r.get("form")) and r.get("status") == "signed" for r in rows)


@derived(
    "u_petition.crime_in_us_or_us_law",
    "bool",
    "I-918 Part 2 item 5: an episode happened in the United States or its territories, or the "
    "crime violated U.S. law (a crime abroad that violates a U.S. law with reach outside the "
    "U.S., e.g. 18 USC 1596; attorney judgement)",
    cite="INA 101(a)(15)(U)(i)(IV); 8 CFR 214.14(b)(4)",
    inputs=("episodes[].in_us", "crime.violated_us_law_abroad"),
)
def _in_us_or_us_law(view: FactView, _row: RowView | None) -> Any:
    values = [_plain_bool(r.get("in_us")) for r in view.rows("episodes")]
    return _any_of([*values, _plain_bool(view.get("crime.violated_us_law_abroad"))])


@derived(
    "u_petition.under_16",
    "bool",
    "I-918 Part 2 item 6: the petitioner is under 16 today (age in whole years, from the date of "
    "birth)",
    cite="INA 101(a)(15)(U)(i)(II); 8 CFR 214.14(a)(14)",
    inputs=("client.date_of_birth",),
)
def _under_16(view: FactView, _row: RowView | None) -> Any:
    age = view.get("client.age")
    return None if age is UNKNOWN else age < 16


@derived(
    "u_petition.petitioning_for_family",
    "bool",
    "I-918 Part 4 item 26: at least one family member is included as a derivative; No when family "
    "is recorded and none is included",
    cite="INA 101(a)(15)(U)(ii); 8 CFR 214.14(f)",
    inputs=("family[].include_as_derivative",),
)
def _petitioning_for_family(view: FactView, _row: RowView | None) -> Any:
    rows = view.rows("family")
    if not rows:
        return None
    return any(r.get("include_as_derivative") is True for r in rows)


@derived(
    "family[].current_location",
    "text",
    "Where the family member lives now, city and country; 'United States' when it is only known "
    "that they are in the U.S.",
    inputs=("family[].location_city", "family[].location_country", "family[].in_us"),
)
def _family_location(_view: FactView, row: RowView | None) -> Any:
    if row is None:
        return None
    parts = [str(row.get(c)) for c in ("location_city", "location_country") if row.get(c)]
    if parts:
        return ", ".join(parts)
    return "United States" if row.get("in_us") is True else None


@derived(
    "addresses[].province",
    "text",
    "The state/province of an address outside the United States (used when the address's country "
    "is not the U.S.); U.S. states go to the State box instead",
    inputs=("addresses[].state", "addresses[].country"),
)
def _province(_view: FactView, row: RowView | None) -> Any:
    return _foreign_only(row, "state")


@derived(
    "addresses[].foreign_postal_code",
    "text",
    "The postal code of an address outside the United States (used when the address's country is "
    "not the U.S.); U.S. codes go to the ZIP Code box",
    inputs=("addresses[].postal_code", "addresses[].country"),
)
def _foreign_postal(_view: FactView, row: RowView | None) -> Any:
    return _foreign_only(row, "postal_code")


def _foreign_only(row: RowView | None, column: str) -> Any:
    if row is None or not row.get("country"):
        return None
    if str(row.get("country")).strip().lower() in US_WORDS:
        return None
    return row.get(column) or None


def _plain_bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


@derived(
    "u_petition.ever_in_proceedings",
    "bool",
    "I-918 Part 2 item 7.a: the client is now in immigration court proceedings (removal, "
    "exclusion or deportation) or ever was",
    inputs=("client.in_removal_proceedings", "background.ever_in_court_proceedings"),
)
def _ever_in_proceedings(view: FactView, _row: RowView | None) -> Any:
    return _any_of(
        [
            _plain_bool(view.get("client.in_removal_proceedings")),
            _plain_bool(view.get("background.ever_in_court_proceedings")),
        ]
    )


@derived(
    "u_petition.proceedings_date_text",
    "text",
    "I-918 Part 2 item 7 date of action: 'Current' while the client is in proceedings (the form's "
    "instruction), else the date of the last action in past proceedings, as MM/DD/YYYY",
    inputs=("client.in_removal_proceedings", "background.proceedings_action_date"),
)
def _proceedings_date_text(view: FactView, _row: RowView | None) -> Any:
    if view.get("client.in_removal_proceedings") is True:
        return "Current"
    ended = view.get("background.proceedings_action_date")
    return ended.strftime("%m/%d/%Y") if isinstance(ended, dt.date) else None


@derived(
    "admissibility.ever_arrested",
    "bool",
    "I-914 Part 4 item 1.B / I-918 Part 3 item 1.b: an arrest, citation or detention is recorded "
    "in the arrests list; No only when the arrests list was answered 'none' or the client "
    "answered never arrested",
    cite="INA 212(a)(2) (screen); Form I-914 Part 4 instructions",
    inputs=("arrests[].arrest_date", "background.ever_arrested"),
)
def _ever_arrested(view: FactView, _row: RowView | None) -> Any:
    if view.rows("arrests"):
        return True
    if view.get("background.ever_arrested") is False:  # the I-765 (c)(8) answer: never
        return False
    # an empty list is "none" only when it was answered so, never because it was not asked
    ans = view.profile.answers.get("arrests[]")
    return False if ans is not None and ans.status == AnswerStatus.ANSWERED.value else None


@derived(
    "family[].relation_to_derivative",
    "text",
    "I-918 Supplement A Part 6: how a child of a derivative family member is related to that "
    "qualifying family member: 'Child'",
    inputs=("family[].relationship",),
)
def _relation_to_derivative(_view: FactView, row: RowView | None) -> Any:
    if row is None:
        return None
    return "Child" if row.get("relationship") == "child_of_derivative" else None
