"""Derived facts: computed from stored facts and ``view.today``, never stored.

Each entry names its inputs in its description; legal ones carry their citation. Add one by
decorating a function with ``@derived(name, type, description, cite=...)``; a name with ``[]``
is computed per row and receives the ``RowView``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from facts.catalogue import Fact

if TYPE_CHECKING:
    from facts.view import FactView, RowView

Compute = Callable[["FactView", "RowView | None"], Any]


@dataclass(frozen=True)
class Derived:
    fact: Fact
    compute: Compute
    inputs: tuple[str, ...] = ()
    verify: bool = False


DERIVED: dict[str, Derived] = {}


def derived(
    name: str,
    type_: str,
    description: str,
    *,
    cite: str | None = None,
    inputs: tuple[str, ...] = (),
    verify: bool = False,
) -> Callable[[Compute], Compute]:
    """Register a derived fact. ``inputs`` names the facts it reads (so the interview can ask
    for them when it is unknown); ``verify`` marks a formula DOMAIN.md flags VERIFY."""
    group = name.split("[]", 1)[0] if "[]" in name else None

    def register(fn: Compute) -> Compute:
        fact = Fact(
            name=name,
            type=type_,
            description=description + (" [VERIFY]" if verify else ""),
            storage="derived",
            group=group,
            cite=cite,
        )
        DERIVED[name] = Derived(fact, fn, inputs, verify)
        return fn

    return register


def inputs_of(name: str) -> tuple[str, ...]:
    """The facts a derived fact reads (empty for stored facts)."""
    d = DERIVED.get(name)
    return d.inputs if d is not None else ()


def years_between(start: dt.date, end: dt.date) -> int:
    """Whole years from start to end (birthday arithmetic; 29 Feb counts on 1 Mar)."""
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return years


@derived(
    "client.age",
    "int",
    "Age today in whole years, from client.date_of_birth",
    inputs=("client.date_of_birth",),
)
def _age(view: FactView, _row: RowView | None) -> Any:
    dob = view.profile.client.date_of_birth
    return None if dob is None else years_between(dob, view.today)


@derived(
    "episodes[].age_at_start",
    "int",
    "Client's age when the episode began, from client.date_of_birth and episodes[].start_date",
    inputs=("client.date_of_birth", "episodes[].start_date"),
)
def _age_at_start(view: FactView, row: RowView | None) -> Any:
    dob = view.profile.client.date_of_birth
    start = row.row.start_date if row is not None else None
    return None if dob is None or start is None else years_between(dob, start)


@derived(
    "episodes[].minor_at_start",
    "bool",
    "Client was under 18 when the episode began",
    cite="INA 101(a)(15)(T)(i)(III)(cc); 8 CFR 214.202(c)(1)",
    inputs=("client.date_of_birth", "episodes[].start_date"),
)
def _minor_at_start(view: FactView, row: RowView | None) -> Any:
    age = _age_at_start(view, row)
    return None if age is None else age < 18


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def add_years(start: dt.date, years: int) -> dt.date:
    """Same month and day ``years`` later; 29 Feb falls back to 28 Feb (the earlier, safer day
    for a deadline)."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return start.replace(year=start.year + years, day=28)


def add_months(start: dt.date, months: int) -> dt.date:
    """Same day ``months`` later, clamped to the month's last day (31 Aug + 6 months = end of
    February)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(start.day, last))


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _get_date(view: FactView, name: str) -> dt.date | None:
    return _as_date(view.get(name))


def _row_date(row: RowView | None, column: str) -> dt.date | None:
    return None if row is None else _as_date(row.get(column))


def _dob(view: FactView) -> dt.date | None:
    return _get_date(view, "client.date_of_birth")


# ---------------------------------------------------------------------------------------------
# Ages at each episode
# ---------------------------------------------------------------------------------------------


@derived(
    "episodes[].age_at_end",
    "int",
    "Client's age when the episode ended, from client.date_of_birth and episodes[].end_date",
    inputs=("client.date_of_birth", "episodes[].end_date"),
)
def _age_at_end(view: FactView, row: RowView | None) -> Any:
    dob, end = _dob(view), _row_date(row, "end_date")
    return None if dob is None or end is None else years_between(dob, end)


@derived(
    "episodes[].minor_during",
    "bool",
    "Client was under 18 at some time during the episode (at its start, or at its end if the "
    "start is unknown); an episode still going on counts up to today",
    cite="INA 101(a)(15)(T)(i)(III)(cc); 8 CFR 214.202(c)(1); 22 USC 7102(11)(A)",
    inputs=("client.date_of_birth", "episodes[].start_date", "episodes[].end_date"),
)
def _minor_during(view: FactView, row: RowView | None) -> Any:
    dob = _dob(view)
    if dob is None or row is None:
        return None
    start = _row_date(row, "start_date")
    if start is not None:
        return years_between(dob, start) < 18
    end = _row_date(row, "end_date")
    if end is not None and years_between(dob, end) < 18:
        return True
    return None


@derived(
    "client.minor_during_any_episode",
    "bool",
    "Client was under 18 during at least one trafficking or crime episode",
    cite="INA 101(a)(15)(T)(i)(III)(cc); 8 CFR 214.202(c)(1)",
    inputs=("client.date_of_birth", "episodes[].start_date", "episodes[].end_date"),
)
def _minor_any(view: FactView, _row: RowView | None) -> Any:
    rows = view.rows("episodes")
    values = [_minor_during(view, r) for r in rows]
    if any(v is True for v in values):
        return True
    if rows and all(v is False for v in values):
        return False
    return None


@derived(
    "client.under_21",
    "bool",
    "Client is under 21 today (derivative tables use the age at filing of the principal's "
    "application; VERIFY the age-out paragraphs of INA 214(o))",
    cite="INA 101(a)(15)(T)(ii); INA 101(a)(15)(U)(ii)",
    inputs=("client.date_of_birth",),
)
def _under_21(view: FactView, _row: RowView | None) -> Any:
    dob = _dob(view)
    return None if dob is None else years_between(dob, view.today) < 21


# ---------------------------------------------------------------------------------------------
# Arrival and the asylum one-year deadline
# ---------------------------------------------------------------------------------------------


@derived(
    "client.latest_arrival_date",
    "date",
    "Most recent arrival in the U.S.: the later of client.last_arrival_date and the latest "
    "entries[] row with direction 'entry'",
    cite="Matter of F-P-R-, 24 I&N Dec. 681 (BIA 2008)",
    inputs=("client.last_arrival_date", "entries[].event_date"),
)
def _latest_arrival(view: FactView, _row: RowView | None) -> Any:
    dates = [_get_date(view, "client.last_arrival_date")]
    for r in view.rows("entries"):
        if r.get("direction") == "entry":
            dates.append(_row_date(r, "event_date"))
    known = [d for d in dates if d is not None]
    return max(known) if known else None


@derived(
    "client.years_since_last_arrival",
    "int",
    "Whole years since the most recent arrival",
    inputs=("client.last_arrival_date", "entries[].event_date"),
)
def _years_since_arrival(view: FactView, _row: RowView | None) -> Any:
    last = _as_date(_latest_arrival(view, None))
    return None if last is None else years_between(last, view.today)


@derived(
    "client.age_at_last_arrival",
    "int",
    "Client's age at the most recent arrival",
    inputs=("client.date_of_birth", "client.last_arrival_date", "entries[].event_date"),
)
def _age_at_arrival(view: FactView, _row: RowView | None) -> Any:
    dob, last = _dob(view), _as_date(_latest_arrival(view, None))
    return None if dob is None or last is None else years_between(dob, last)


@derived(
    "asylum.one_year_deadline",
    "date",
    "Asylum one-year filing deadline: last arrival + 1 year (29 Feb -> 28 Feb). Counting rule "
    "and weekend/holiday roll-forward not applied: target receipt well before this date",
    cite="INA 208(a)(2)(B); 8 CFR 208.4(a)(2)",
    inputs=("client.last_arrival_date", "entries[].event_date"),
    verify=True,
)
def _asylum_deadline(view: FactView, _row: RowView | None) -> Any:
    last = _as_date(_latest_arrival(view, None))
    return None if last is None else add_years(last, 1)


@derived(
    "asylum.one_year_days_left",
    "int",
    "Days from today to the asylum one-year deadline (negative once it has passed)",
    cite="INA 208(a)(2)(B); 8 CFR 208.4(a)(2)",
    inputs=("client.last_arrival_date", "entries[].event_date"),
    verify=True,
)
def _asylum_days_left(view: FactView, _row: RowView | None) -> Any:
    deadline = _as_date(_asylum_deadline(view, None))
    return None if deadline is None else (deadline - view.today).days


@derived(
    "asylum.one_year_deadline_passed",
    "bool",
    "The I-589 was (or, if not yet filed, would now be) received after the one-year deadline",
    cite="INA 208(a)(2)(B); 8 CFR 208.4(a)(2)",
    inputs=("client.last_arrival_date", "entries[].event_date", "asylum.filed_date"),
    verify=True,
)
def _asylum_passed(view: FactView, _row: RowView | None) -> Any:
    deadline = _as_date(_asylum_deadline(view, None))
    if deadline is None:
        return None
    filed = _get_date(view, "asylum.filed_date")
    return (filed or view.today) > deadline


# ---------------------------------------------------------------------------------------------
# Status held, certifications, Continued Presence
# ---------------------------------------------------------------------------------------------


@derived(
    "immigration.years_in_t_u_status",
    "int",
    "Whole years since T or U status was granted (continuous presence is not checked: absences "
    "over 90 days, or over 180 in total, break it)",
    cite="INA 245(l); INA 245(m); 8 CFR 245.23; 8 CFR 245.24",
    inputs=("immigration.t_u_approval_date",),
    verify=True,
)
def _years_in_status(view: FactView, _row: RowView | None) -> Any:
    granted = _get_date(view, "immigration.t_u_approval_date")
    return None if granted is None else years_between(granted, view.today)


@derived(
    "immigration.adjustment_earliest_date",
    "date",
    "Earliest I-485 date: admission in T or U status + 3 years, before any absence adjustment",
    cite="INA 245(l); INA 245(m)",
    inputs=("immigration.t_u_approval_date",),
    verify=True,
)
def _adjustment_date(view: FactView, _row: RowView | None) -> Any:
    granted = _get_date(view, "immigration.t_u_approval_date")
    return None if granted is None else add_years(granted, 3)


@derived(
    "certifications[].expires",
    "date",
    "I-918 Supp B must be filed by this date: signed date + 6 months (clamped to month end)",
    cite="8 CFR 214.14(c)(2)(i)",
    inputs=("certifications[].signed_date",),
)
def _cert_expires(view: FactView, row: RowView | None) -> Any:
    signed = _row_date(row, "signed_date")
    return None if signed is None else add_months(signed, 6)


@derived(
    "certifications[].age_days",
    "int",
    "Days since the certifying official signed",
    inputs=("certifications[].signed_date",),
)
def _cert_age(view: FactView, row: RowView | None) -> Any:
    signed = _row_date(row, "signed_date")
    return None if signed is None else (view.today - signed).days


@derived(
    "certifications[].fresh_for_u",
    "bool",
    "A signed I-918 Supp B that is no more than 6 months old on the planned filing date "
    "(u_visa.planned_filing_date, or today if none is set)",
    cite="8 CFR 214.14(c)(2)(i)",
    inputs=("certifications[].signed_date", "u_visa.planned_filing_date"),
)
def _cert_fresh(view: FactView, row: RowView | None) -> Any:
    signed = _row_date(row, "signed_date")
    if signed is None:
        return None
    filing = _get_date(view, "u_visa.planned_filing_date") or view.today
    return signed <= filing <= add_months(signed, 6)


@derived(
    "cp_requests[].days_to_expiry",
    "int",
    "Days until the current Continued Presence grant expires (renew well before)",
    cite="22 USC 7105(c)(3); 28 CFR 1100.35",
    inputs=("cp_requests[].expiry_date",),
)
def _cp_days(view: FactView, row: RowView | None) -> Any:
    expiry = _row_date(row, "expiry_date")
    return None if expiry is None else (expiry - view.today).days


# ---------------------------------------------------------------------------------------------
# Family (derivative matrix inputs)
# ---------------------------------------------------------------------------------------------


@derived(
    "family[].age",
    "int",
    "Family member's age today (derivative rules fix ages at the principal's filing; VERIFY)",
    inputs=("family[].date_of_birth",),
)
def _family_age(view: FactView, row: RowView | None) -> Any:
    dob = _row_date(row, "date_of_birth")
    return None if dob is None else years_between(dob, view.today)


@derived(
    "family[].under_21",
    "bool",
    "Family member is under 21 today",
    cite="INA 101(a)(15)(T)(ii); INA 208(b)(3)",
    inputs=("family[].date_of_birth",),
)
def _family_under_21(view: FactView, row: RowView | None) -> Any:
    age = _family_age(view, row)
    return None if age is None else age < 21


@derived(
    "family[].under_18",
    "bool",
    "Family member is under 18 today",
    cite="INA 101(a)(15)(T)(ii); INA 101(a)(15)(U)(ii)",
    inputs=("family[].date_of_birth",),
)
def _family_under_18(view: FactView, row: RowView | None) -> Any:
    age = _family_age(view, row)
    return None if age is None else age < 18


@derived(
    "asylum.days_since_exception_ended",
    "int",
    "Days since the circumstance excusing the one-year deadline ended (the 'reasonable period' "
    "runs from then)",
    cite="8 CFR 208.4(a)(4)(ii); 8 CFR 208.4(a)(5)",
    inputs=("asylum.exception_ended_date",),
    verify=True,
)
def _days_since_exception(view: FactView, _row: RowView | None) -> Any:
    ended = _get_date(view, "asylum.exception_ended_date")
    return None if ended is None else (view.today - ended).days


@derived(
    "immigration.continuous_presence_broken",
    "bool",
    "Since T or U status was granted, a single absence over 90 days or absences over 180 days in "
    "total (from entries[] exits and re-entries). Unknown while an exit has no return date and "
    "the limits are not yet exceeded",
    cite="INA 245(l)(2); 8 CFR 245.23; 8 CFR 245.24(a)(1)",
    inputs=("immigration.t_u_approval_date", "entries[].event_date", "entries[].direction"),
    verify=True,
)
def _presence_broken(view: FactView, _row: RowView | None) -> Any:
    granted = _get_date(view, "immigration.t_u_approval_date")
    if granted is None:
        return None
    events: list[tuple[dt.date | None, str]] = []
    for r in view.rows("entries"):
        direction = r.get("direction")
        events.append((_row_date(r, "event_date"), str(direction)))
    dated = sorted((d, k) for d, k in events if d is not None and d >= granted)
    if any(d is None for d, _k in events):
        return None  # an undated entry or exit could be anywhere
    total, longest, left = 0, 0, None
    for when, kind in dated:
        if kind == "exit" and left is None:
            left = when
        elif kind == "entry" and left is not None:
            days = (when - left).days
            total, longest, left = total + days, max(longest, days), None
    if left is not None:  # still abroad, or the return is not recorded
        days = (view.today - left).days
        if days > 90 or total + days > 180:
            return True
        return None
    return longest > 90 or total > 180
