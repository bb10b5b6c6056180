"""Checks on profile data before it is stored.

``check_profile`` returns every hard problem as ``(field, message)`` (field names follow the
fact names: ``client.a_number``, ``family[1].date_of_birth``); ``normalize_profile`` rewrites
identifiers into their stored form (A-numbers as 9 digits, SSNs as digits, state codes in
upper case); ``validate_for_save`` does both and raises ``ValidationError`` listing every
problem. The UI can call ``check_profile`` to show the problems next to the fields first.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from casefile.errors import ValidationError
from casefile.profile import Profile

Problem = tuple[str, str]

#: Two-letter USPS codes: states, DC, territories and military post codes.
US_STATE_CODES: frozenset[str] = frozenset(
    (
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "DC",
        "PR",
        "GU",
        "VI",
        "AS",
        "MP",
        "AA",
        "AE",
        "AP",
    )
)

_US_NAMES = {"united states", "united states of america", "usa", "us", "u.s.", "u.s.a."}

#: Dates that cannot lie in the future: (group, column). Expiry and hearing dates can.
PAST_DATES: tuple[tuple[str, str], ...] = (
    ("client", "date_of_birth"),
    ("client", "last_arrival_date"),
    ("family", "date_of_birth"),
    ("entries", "event_date"),
    ("prior_applications", "filed_date"),
    ("episodes", "start_date"),
    ("episodes", "escape_date"),
    ("le_contacts", "contact_date"),
    ("certifications", "requested_date"),
    ("certifications", "signed_date"),
    ("cp_requests", "submitted_date"),
    ("cp_requests", "granted_date"),
    ("arrests", "arrest_date"),
    ("arrests", "disposition_date"),
    ("statements", "statement_date"),
)
#: Birth dates before this are typing mistakes.
EARLIEST_BIRTH = date(1900, 1, 1)

_A_NUMBER_STRIP = re.compile(r"[\s\-.]")
_SSN_STRIP = re.compile(r"[\s\-]")


def a_number_digits(value: str) -> str | None:
    """The digits of an A-number as typed ('A-099-999-001', 'a 99999001'), or None if it is not
    one (8 or 9 digits after removing 'A', spaces, dots and dashes)."""
    s = _A_NUMBER_STRIP.sub("", value.strip())
    if s[:1] in ("A", "a"):
        s = s[1:]
    if not s.isascii() or not s.isdigit() or len(s) not in (8, 9):
        return None
    return s


def normalize_a_number(value: str) -> str:
    """The stored form: 9 digits, zero-padded. Raises ValidationError if malformed."""
    digits = a_number_digits(value)
    if digits is None:
        raise ValidationError(
            "a_number", f"'{value}' is not an A-number (A followed by 8 or 9 digits)"
        )
    return digits.zfill(9)


def format_a_number(stored: str) -> str:
    """For display: 'A-099-999-001'."""
    d = stored.zfill(9)
    return f"A-{d[0:3]}-{d[3:6]}-{d[6:9]}"


def ssn_digits(value: str) -> str | None:
    s = _SSN_STRIP.sub("", value.strip())
    if not s.isascii() or not s.isdigit() or len(s) != 9:
        return None
    if s[:3] in ("000", "666") or s[0] == "9" or s[3:5] == "00" or s[5:] == "0000":
        return None  # never issued by the Social Security Administration
    return s


def is_us_country(country: str | None) -> bool:
    return country is None or country.strip().casefold() in _US_NAMES


def _rows(profile: Profile, group: str) -> list[tuple[str, Any]]:
    if group == "client":
        return [("client", profile.client)]
    return [(f"{group}[{i}]", r) for i, r in enumerate(profile.rows(group))]


def check_profile(profile: Profile, *, today: date | None = None) -> list[Problem]:
    """Every problem that must stop a save, as (field, message)."""
    today = today or date.today()
    problems: list[Problem] = []
    c = profile.client

    for prefix, row in _rows(profile, "client") + _rows(profile, "family"):
        if row.a_number and row.a_number.strip() and a_number_digits(row.a_number) is None:
            problems.append((f"{prefix}.a_number", "an A-number is 'A' followed by 8 or 9 digits"))
        dob = row.date_of_birth
        if dob is not None and dob < EARLIEST_BIRTH:
            problems.append((f"{prefix}.date_of_birth", f"{dob.isoformat()} is before 1900"))
    if c.ssn not in (None, "") and ssn_digits(c.ssn) is None:
        problems.append(("client.ssn", "a Social Security number has 9 digits (AAA-GG-SSSS)"))
    if c.current_state not in (None, "") and c.current_state.strip().upper() not in US_STATE_CODES:
        problems.append(("client.current_state", "use the two-letter U.S. state code, e.g. NY"))
    for prefix, row in _rows(profile, "arrests"):
        if row.state not in (None, "") and row.state.strip().upper() not in US_STATE_CODES:
            problems.append((f"{prefix}.state", "use the two-letter U.S. state code, e.g. NY"))
    for prefix, row in _rows(profile, "addresses"):
        if (
            row.state not in (None, "")
            and is_us_country(row.country)
            and row.state.strip().upper() not in US_STATE_CODES
        ):
            problems.append(
                (f"{prefix}.state", "a U.S. address needs a two-letter state code, e.g. NY")
            )
    for group, column in PAST_DATES:
        for prefix, row in _rows(profile, group):
            value = getattr(row, column)
            if value is not None and value > today:
                problems.append((f"{prefix}.{column}", f"{value.isoformat()} is in the future"))
    return problems


def normalize_profile(profile: Profile) -> None:
    """Rewrite well-formed identifiers into their stored form, in place."""
    for _prefix, row in _rows(profile, "client") + _rows(profile, "family"):
        if row.a_number is not None:
            if row.a_number.strip() == "":
                row.a_number = None
            elif (digits := a_number_digits(row.a_number)) is not None:
                row.a_number = digits.zfill(9)
    c = profile.client
    if c.ssn is not None and (digits := ssn_digits(c.ssn)) is not None:
        c.ssn = digits
    if c.current_state:
        c.current_state = c.current_state.strip().upper()
    for _prefix, row in _rows(profile, "arrests"):
        if row.state:
            row.state = row.state.strip().upper()


def validate_for_save(profile: Profile, *, today: date | None = None) -> None:
    """Normalize, then raise ValidationError naming every problem (nothing is saved)."""
    problems = check_profile(profile, today=today)
    if problems:
        field, message = problems[0]
        raise ValidationError(field, message, problems=problems)
    normalize_profile(profile)
