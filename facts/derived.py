"""Derived facts: computed from stored facts and ``view.today``, never stored.

Each entry names its inputs in its description; legal ones carry their citation. Add one by
decorating a function with ``@derived(name, type, description, cite=...)``; a name with ``[]``
is computed per row and receives the ``RowView``.
"""

from __future__ import annotations

import datetime as dt
import functools
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
    "Age today in whole years, from the date of birth",
    inputs=("client.date_of_birth",),
)
def _age(view: FactView, _row: RowView | None) -> Any:
    dob = view.profile.client.date_of_birth
    return None if dob is None else years_between(dob, view.today)


@derived(
    "episodes[].age_at_start",
    "int",
    "Client's age when the episode began, from the date of birth and the episode's start date",
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
    "Client's age when the episode ended, from the date of birth and the episode's end date",
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
    "Most recent arrival in the U.S.: the later of the last arrival date and the latest recorded "
    "entry",
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
    "Asylum one-year filing deadline: last arrival + 1 year (29 Feb -> 28 Feb); a deadline on a "
    "Saturday, Sunday or legal public holiday moves to the next business day",
    cite="INA 208(a)(2)(B); 8 CFR 208.4(a)(2)(ii); 8 CFR 1.2 (day)",
    inputs=("client.last_arrival_date", "entries[].event_date"),
    verify=True,
)
def _asylum_deadline(view: FactView, _row: RowView | None) -> Any:
    last = _as_date(_latest_arrival(view, None))
    return None if last is None else next_business_day(add_years(last, 1))


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
    "The I-589 was (or, if not yet filed, would now be) filed after the one-year deadline; the "
    "filing date is the receipt date, or the mailing date where a clear record of mailing exists",
    cite="INA 208(a)(2)(B); 8 CFR 208.4(a)(2)(ii)",
    inputs=("client.last_arrival_date", "entries[].event_date", "asylum.filed_date"),
    verify=True,
)
def _asylum_passed(view: FactView, _row: RowView | None) -> Any:
    deadline = _as_date(_asylum_deadline(view, None))
    if deadline is None:
        return None
    dates = [_get_date(view, "asylum.filed_date"), _get_date(view, "asylum.mailed_date")]
    known = [d for d in dates if d is not None]
    return (min(known) if known else view.today) > deadline


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
    "A signed I-918 Supp B that is no more than 6 months old on the planned filing date (or "
    "today, if none is set)",
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
    "asylum.psg_cognizable",
    "bool",
    "The strongest particular social group counsel listed meets all three prongs "
    "(immutability, particularity, social distinction); false when every listed group fails "
    "one. Judged per group from the PSG library (DOMAIN.md §6.4) and the evidence of social "
    "distinction",
    cite="Matter of Acosta, 19 I&N Dec. 211 (BIA 1985); Matter of M-E-V-G-, 26 I&N Dec. 227 "
    "(BIA 2014); Matter of W-G-R-, 26 I&N Dec. 208 (BIA 2014)",
    inputs=("asylum.psg_candidate", "asylum.psg_alternatives", "asylum.psg_distinction_evidence"),
    verify=True,
)
def _psg_cognizable(view: FactView, _row: RowView | None) -> Any:
    from facts.psg import analyse

    found = analyse(view)
    return None if found is None else found.cognizable


@derived(
    "immigration.continuous_presence_broken",
    "bool",
    "Since T or U status was granted, a single absence over 90 days or absences over 180 days in "
    "total (from the recorded exits and re-entries). Unknown while an exit has no return date and "
    "the limits are not yet exceeded",
    cite="INA 245(l)(3); INA 245(m); 8 CFR 245.23; 8 CFR 245.24(a)(1)",
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


# ---------------------------------------------------------------------------------------------
# Issue 14: derivative ages frozen at the principal's filing date, age-out deadlines
# ---------------------------------------------------------------------------------------------

#: The fact holding the principal's filing date (planned or actual) for each relief.
FILING_DATE_FACTS = {"t": "t_visa.filing_date", "u": "u_visa.planned_filing_date"}


def filing_date(view: FactView, relief: str) -> dt.date:
    """The principal's filing date for ``relief`` ("t" or "u"), or today when none is recorded
    (a screening on today's facts)."""
    return _get_date(view, FILING_DATE_FACTS[relief]) or view.today


def _already_filed(view: FactView, relief: str) -> bool:
    filed = _get_date(view, FILING_DATE_FACTS[relief])
    return filed is not None and filed <= view.today


def _family_age_at(view: FactView, row: RowView | None, relief: str) -> int | None:
    dob = _row_date(row, "date_of_birth")
    return None if dob is None else years_between(dob, filing_date(view, relief))


def _register_filing_ages(relief: str, cite: str, filing_fact: str) -> None:
    label = relief.upper()

    for limit in (21, 18):  # children (under 21) and siblings (under 18) as derivatives

        @derived(
            f"family[].under_{limit}_at_{relief}_filing",
            "bool",
            f"Family member is under {limit} on the principal's {label} filing date "
            "(the recorded filing date, or today if none is recorded)",
            cite=cite,
            inputs=("family[].date_of_birth", filing_fact),
        )
        def _under(view: FactView, row: RowView | None, limit: int = limit) -> Any:
            age = _family_age_at(view, row, relief)
            return None if age is None else age < limit

    @derived(
        f"client.under_21_at_{relief}_filing",
        "bool",
        f"The principal is under 21 on the {label} filing date (the recorded filing date, or "
        "today)",
        cite=cite,
        inputs=("client.date_of_birth", filing_fact),
    )
    def _client_u21(view: FactView, _row: RowView | None) -> Any:
        dob = _dob(view)
        return None if dob is None else years_between(dob, filing_date(view, relief)) < 21

    @derived(
        f"family[].{relief}_age_out_file_by",
        "date",
        f"Last day to file the {label} application while this child is under 21 (the day before "
        "the 21st birthday); none once the principal has filed",
        cite=cite,
        inputs=("family[].date_of_birth", "family[].relationship", filing_fact),
    )
    def _child_age_out(view: FactView, row: RowView | None) -> Any:
        dob = _row_date(row, "date_of_birth")
        if dob is None or row is None or _already_filed(view, relief):
            return None
        if row.get("relationship") not in ("child", "stepchild"):
            return None
        return add_years(dob, 21) - dt.timedelta(days=1)

    @derived(
        f"client.{relief}_age_out_file_by",
        "date",
        f"Last day to file the {label} application while the principal is under 21 (parents and "
        "unmarried siblings under 18 qualify as derivatives only then); none once filed",
        cite=cite,
        inputs=("client.date_of_birth", filing_fact),
    )
    def _principal_age_out(view: FactView, _row: RowView | None) -> Any:
        dob = _dob(view)
        if dob is None or _already_filed(view, relief):
            return None
        rels = {r.get("relationship") for r in view.rows("family")}
        if not rels & {"parent", "sibling"}:
            return None
        return add_years(dob, 21) - dt.timedelta(days=1)


def _register_relationship_at_filing(relief: str, filing_fact: str, cite: str) -> None:
    @derived(
        f"family[].relationship_after_{relief}_filing",
        "bool",
        f"The relationship began after the principal's {relief.upper()} filing date "
        "(the date it began is later than the filing date): it did not exist at filing",
        cite=cite,
        inputs=("family[].relationship_since", filing_fact),
    )
    def _after(view: FactView, row: RowView | None) -> Any:
        since = _row_date(row, "relationship_since")
        return None if since is None else since > filing_date(view, relief)


@derived(
    "family[].stepchild_before_18",
    "bool",
    "For a stepchild: the marriage creating the step-relationship took place before the child "
    "turned 18",
    cite="INA 101(b)(1)(B) (VERIFY)",
    inputs=("family[].date_of_birth", "family[].relationship_since"),
    verify=True,
)
def _stepchild_before_18(view: FactView, row: RowView | None) -> Any:
    dob, since = _row_date(row, "date_of_birth"), _row_date(row, "relationship_since")
    if dob is None or since is None:
        return None
    return since < add_years(dob, 18)


_register_relationship_at_filing(
    "t", "t_visa.filing_date", "INA 101(a)(15)(T)(ii); 8 CFR 214.211 (VERIFY pinpoint)"
)
_register_relationship_at_filing(
    "u", "u_visa.planned_filing_date", "INA 101(a)(15)(U)(ii); 8 CFR 214.14(f) (VERIFY pinpoint)"
)


_register_filing_ages(
    "t", "INA 214(o)(4)-(5); 8 CFR 214.211 (VERIFY pinpoints)", "t_visa.filing_date"
)
_register_filing_ages(
    "u", "INA 214(p)(7); 8 CFR 214.14(f) (VERIFY pinpoints)", "u_visa.planned_filing_date"
)


# ---------------------------------------------------------------------------------------------
# Issue 14: business days (asylum one-year deadline)
# ---------------------------------------------------------------------------------------------


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th ``weekday`` (0 = Monday) of a month; n = -1 is the last."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _observed(day: dt.date) -> dt.date:
    """A fixed-date holiday on a Saturday is observed on the Friday, on a Sunday on the Monday
    (5 USC 6103(b))."""
    if day.weekday() == 5:
        return day - dt.timedelta(days=1)
    if day.weekday() == 6:
        return day + dt.timedelta(days=1)
    return day


@functools.lru_cache(maxsize=64)
def federal_holidays(year: int) -> frozenset[dt.date]:
    """The legal public holidays of 5 USC 6103(a) in ``year``, as observed (Juneteenth from
    2021). Inauguration Day and one-off closures are not included."""
    fixed = [(1, 1), (7, 4), (11, 11), (12, 25)]
    if year >= 2021:
        fixed.append((6, 19))
    days = {_observed(dt.date(year, m, d)) for m, d in fixed}
    days |= {
        _nth_weekday(year, 1, 0, 3),  # Birthday of Martin Luther King, Jr.
        _nth_weekday(year, 2, 0, 3),  # Washington's Birthday
        _nth_weekday(year, 5, 0, -1),  # Memorial Day
        _nth_weekday(year, 9, 0, 1),  # Labor Day
        _nth_weekday(year, 10, 0, 2),  # Columbus Day
        _nth_weekday(year, 11, 3, 4),  # Thanksgiving Day
    }
    # New Year's Day of the next year observed on 31 December
    nxt = dt.date(year + 1, 1, 1)
    if nxt.weekday() == 5:
        days.add(dt.date(year, 12, 31))
    return frozenset(days)


def next_business_day(day: dt.date) -> dt.date:
    """``day`` itself if it is a business day, else the next day that is not a Saturday, Sunday
    or legal public holiday."""
    while day.weekday() >= 5 or day in federal_holidays(day.year):
        day += dt.timedelta(days=1)
    return day


# ---------------------------------------------------------------------------------------------
# Issue 14: the "reasonable period" after a one-year exception ends
# ---------------------------------------------------------------------------------------------

#: Days after the exception ended that the screen treats as reasonable / doubtful. The 6-month
#: figure is guidance from the 2000 rule's preamble and case law, not a safe harbour (VERIFY).
REASONABLE_PERIOD_DAYS = 183
DOUBTFUL_PERIOD_DAYS = 365


@derived(
    "asylum.delay_after_exception",
    "choice",
    "Delay between the end of the circumstance that excuses the one-year deadline and the filing "
    "(or today, if not yet filed): reasonable (up to about 6 months), doubtful (up to a year) or "
    "unreasonable (over a year)",
    cite="8 CFR 208.4(a)(4)(ii); 8 CFR 208.4(a)(5)",
    inputs=("asylum.exception_ended_date", "asylum.filed_date"),
    verify=True,
)
def _delay_after_exception(view: FactView, _row: RowView | None) -> Any:
    ended = _get_date(view, "asylum.exception_ended_date")
    if ended is None:
        return None
    filed = _get_date(view, "asylum.filed_date") or view.today
    days = (filed - ended).days
    if days <= REASONABLE_PERIOD_DAYS:
        return "reasonable"
    if days <= DOUBTFUL_PERIOD_DAYS:
        return "doubtful"
    return "unreasonable"


# Form-answer facts live in their own modules; importing them registers them here.
from facts import derived_family_forms, derived_forms, derived_t_forms  # noqa: E402,F401
