"""Derived facts for the I-912 and I-589 (issue 15): relationships in the words a form prints
("mother", not "parent") and the totals the XFA layer used to add up. Each is the plain reading
of stored facts and unknown when the record is silent. Registered on import by
``facts.derived``."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from facts.derived import derived
from facts.view import UNKNOWN

if TYPE_CHECKING:
    from facts.view import FactView, RowView

#: relationship -> (word for F, word for M, word when the sex is not recorded or X)
_WORDS: dict[str, tuple[str, str, str]] = {
    "spouse": ("wife", "husband", "spouse"),
    "child": ("daughter", "son", "child"),
    "stepchild": ("stepdaughter", "stepson", "stepchild"),
    "parent": ("mother", "father", "parent"),
    "sibling": ("sister", "brother", "sibling"),
}
#: a child of a derivative, by that derivative's relationship to the client
_CHILD_OF: dict[str, tuple[str, str, str]] = {
    "child": ("granddaughter", "grandson", "grandchild"),
    "stepchild": ("step-granddaughter", "step-grandson", "step-grandchild"),
    "sibling": ("niece", "nephew", "niece or nephew"),
}


def _word(words: tuple[str, str, str], sex: Any) -> str:
    return {"F": words[0], "M": words[1]}.get(str(sex).upper(), words[2])


@derived(
    "family[].relationship_words",
    "text",
    "The family member's relationship to the client in the words a form prints (mother, son, "
    "wife, granddaughter), from the recorded relationship and sex",
    inputs=("family[].relationship", "family[].sex", "family[].derivative_parent"),
)
def _relationship_words(view: FactView, row: RowView | None) -> Any:
    if row is None:
        return None
    rel = row.get("relationship")
    if rel in _WORDS:
        return _word(_WORDS[rel], row.get("sex"))
    if rel != "child_of_derivative":
        return None
    parent = next(
        (
            r
            for r in view.rows("family")
            if r.get("given_name") == row.get("derivative_parent") and r is not row
        ),
        None,
    )
    words = _CHILD_OF.get(str(parent.get("relationship"))) if parent is not None else None
    if words is None:
        return f"child of {row.get('derivative_parent')}" if parent is not None else None
    return _word(words, row.get("sex"))


def _sum(values: list[Any]) -> int | None:
    known = [v for v in values if v is not UNKNOWN and v is not None]
    return sum(int(v) for v in known) if known and len(known) == len(values) else None


@derived(
    "fee_waiver.total_household_income",
    "int",
    "I-912 Part 5 item 8: the client's annual income plus the other household members' (I-912 "
    "Part 5 items 6 and 7), in U.S. dollars",
    inputs=("fee_waiver.annual_income", "fee_waiver.household_others_income"),
)
def _total_income(view: FactView, _row: RowView | None) -> Any:
    names = ("fee_waiver.annual_income", "fee_waiver.household_others_income")
    return _sum([view.get(n) for n in names])


@derived(
    "fee_waiver.total_assets",
    "int",
    "I-912 Part 6 item 2: the total value of the cash and assets listed, in U.S. dollars",
    inputs=("assets[].value_usd",),
)
def _total_assets(view: FactView, _row: RowView | None) -> Any:
    rows = view.rows("assets")
    return _sum([r.get("value_usd") for r in rows]) if rows else None


@derived(
    "asylum.third_country_yes",
    "bool",
    "I-589 Part C.2: 'Yes' to 2.A (traveled through or stayed in another country) or 2.B "
    "(applied for or received status elsewhere); the explanation box serves both",
    inputs=("asylum.traveled_through_other_country", "asylum.status_applied_elsewhere"),
)
def _third_country(view: FactView, _row: RowView | None) -> Any:
    values = [
        view.get("asylum.traveled_through_other_country"),
        view.get("asylum.status_applied_elsewhere"),
    ]
    if True in values:
        return True
    return False if all(v is False for v in values) else None


def _arrest_line(row: RowView) -> str:
    """One arrest as the I-589 C.6 asks: when, where, what, and how it ended."""
    when = row.get("arrest_date")
    place = ", ".join(str(row.get(c)) for c in ("city", "state", "country") if row.get(c))
    what = row.get("charge") or row.get("offense")
    parts = [
        when.strftime("%m/%d/%Y") if isinstance(when, dt.date) else "date not recorded",
        place or "place not recorded",
        str(what) if what else "charge not recorded",
        f"outcome: {row.get('disposition')}" if row.get("disposition") else "outcome not recorded",
    ]
    return "; ".join(parts)


@derived(
    "asylum.arrests_summary",
    "text",
    "I-589 Part C.6: each recorded arrest as date; place; charge; outcome, one per line, for the "
    "attorney to complete with the client's account",
    inputs=("arrests[].arrest_date", "arrests[].charge", "arrests[].disposition"),
)
def _arrests_summary(view: FactView, _row: RowView | None) -> Any:
    rows = view.rows("arrests")
    return "\n".join(_arrest_line(r) for r in rows) if rows else None


#: one-year exceptions in the words of the rule they come from (facts/catalogue/asylum.yaml)
_ONE_YEAR_REASONS = (
    ("asylum.exception.changed_circumstances", "changed circumstances (8 CFR 208.4(a)(4))"),
    (
        "asylum.exception.trauma_or_illness",
        "serious illness or the effects of past harm during the first year (8 CFR 208.4(a)(5)(i))",
    ),
    (
        "asylum.exception.held_by_traffickers",
        "the applicant was under the traffickers' control during the first year "
        "(extraordinary circumstances, 8 CFR 208.4(a)(5))",
    ),
    (
        "asylum.exception.ineffective_counsel",
        "ineffective assistance of counsel (8 CFR 208.4(a)(5)(iii))",
    ),
    (
        "asylum.exception.maintained_status",
        "lawful status, TPS or parole until a reasonable time before filing "
        "(8 CFR 208.4(a)(5)(iv))",
    ),
)


@derived(
    "asylum.one_year_summary",
    "text",
    "I-589 Part C.5: the one-year exceptions recorded for the client and when the circumstance "
    "ended, pointing to the declaration for the account",
    cite="INA 208(a)(2)(D); 8 CFR 208.4(a)(4)-(5)",
    inputs=(*(f for f, _ in _ONE_YEAR_REASONS), "asylum.exception_ended_date"),
    verify=True,
)
def _one_year_summary(view: FactView, _row: RowView | None) -> Any:
    reasons = [words for fact, words in _ONE_YEAR_REASONS if view.get(fact) is True]
    if not reasons:
        return None
    text = "Exception to the one-year deadline: " + "; ".join(reasons) + "."
    ended = view.get("asylum.exception_ended_date")
    if hasattr(ended, "strftime"):
        text += f" The circumstance ended on {ended.strftime('%m/%d/%Y')}."
    return text + " See attached declaration."
