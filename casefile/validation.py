"""Checks on profile data before it is stored.

``check_profile`` returns every hard problem as ``(field, message)`` (field names follow the
fact names: ``client.a_number``, ``family[1].date_of_birth``); ``normalize_profile`` rewrites
identifiers into their stored form (A-numbers as 9 digits, SSNs as digits, state codes in
upper case); ``validate_for_save`` does both and raises ``ValidationError`` listing every
problem. The UI can call ``check_profile`` to show the problems next to the fields first.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from sqlalchemy import JSON
from sqlmodel import SQLModel

from casefile.errors import ValidationError, printable
from casefile.models import Answer
from casefile.paths import exhibit_path_problem
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
    ("education", "date_from"),
    ("employment", "date_from"),
    ("benefits", "date_awarded"),
    ("member_arrests", "arrest_date"),
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


#: Which rows a check looks at: ``None`` for all, else the ``id()`` of each row to check (a
#: save of a loaded profile checks only the rows it changed: the others are stored valid).
Only = frozenset[int] | None


def _rows(profile: Profile, group: str, only: Only = None) -> list[tuple[str, Any]]:
    if group == "client":
        rows: list[tuple[str, Any]] = [("client", profile.client)]
    else:
        rows = [(f"{group}[{i}]", r) for i, r in enumerate(profile.rows(group))]
    return rows if only is None else [(p, r) for p, r in rows if id(r) in only]


# -- shapes and lengths (issue 21: the same rules for the editor and for imported bundles) -----

#: Ids of clients, rows and answers: what ``uuid4().hex`` and the demo ids look like, with room
#: for ids from other tools; never a path separator, NUL or '..'.
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
ID_COLUMNS = frozenset({"id", "client_id", "household_id", "linked_client_id"})
#: Fact names: ``client.family_name``, ``law_enforcement.requests[]``, ``trafficking.means.fraud``.
FACT_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\[\]-]{0,199}$")
#: Names are printed in form boxes and headers: 200 characters is far more than any form holds.
MAX_NAME = 200
#: Any other text (narratives, notes): about 200 pages, far above what a declaration needs.
MAX_TEXT = 500_000
#: A list column (nationalities, means, reliefs ...): items and the length of each item.
MAX_LIST_ITEMS = 100
MAX_LIST_ITEM = 500
#: An interview answer's JSON value: serialized size and nesting depth.
MAX_ANSWER_JSON = 100_000
MAX_JSON_DEPTH = 8
_NAME_COLUMNS = frozenset({"name", "family_name", "given_name", "middle_name", "chosen_name"})
#: Control characters a one-line value must not hold (newlines are fine in long text only).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_LINE_BREAK = re.compile(r"[\r\n]")


def json_depth(value: Any, limit: int = MAX_JSON_DEPTH + 1) -> int:
    """Nesting depth of a JSON value (a scalar is 0), counted up to ``limit`` only."""
    depth = 0
    level = [value]
    while level and depth < limit:
        nxt: list[Any] = []
        for v in level:
            if isinstance(v, dict):
                nxt.extend(v.values())
            elif isinstance(v, list):
                nxt.extend(v)
        if not nxt and not any(isinstance(v, dict | list) for v in level):
            break
        depth += 1
        level = nxt
    return depth


def _text_problem(column: str, value: str) -> str | None:
    short = column in _NAME_COLUMNS or column.endswith("_name")
    cap = MAX_NAME if short else MAX_TEXT
    if len(value) > cap:
        return f"is {len(value):,} characters long; at most {cap:,} are kept"
    if "\x00" in value:
        return "contains a NUL character"
    if short and _LINE_BREAK.search(value):
        return "a name must be on one line"
    if short and _CONTROL.search(value):
        return "contains control characters"
    return None


_COLUMN_KINDS: dict[type, list[tuple[str, bool]]] = {}


def _column_kinds(table: type) -> list[tuple[str, bool]]:
    """Each column's name and whether it is JSON, per model class (read once: the save
    of a large profile checks every row)."""
    kinds = _COLUMN_KINDS.get(table)
    if kinds is None:
        cols = table.__table__.columns  # type: ignore[attr-defined]
        kinds = _COLUMN_KINDS[table] = [(c.name, isinstance(c.type, JSON)) for c in cols]
    return kinds


def _column_problems(prefix: str, row: SQLModel) -> list[Problem]:
    out: list[Problem] = []
    d = row.__dict__  # where the ORM keeps the values (its descriptors cost three times more)
    for name, is_json in _column_kinds(type(row)):
        value = d[name] if name in d else getattr(row, name)
        if value is None:
            continue
        if not is_json and name not in ID_COLUMNS and not isinstance(value, str):
            continue  # numbers, dates and flags: nothing to check here
        field = f"{prefix}.{name}"
        if name in ID_COLUMNS:
            if not isinstance(value, str) or not ID_RE.match(value):
                shown = printable(str(value), 40)
                out.append((field, f"'{shown}' is not an id (letters, digits, '-', '_'; <= 64)"))
            continue
        if is_json:
            if isinstance(row, Answer):
                continue  # checked as an answer value below
            if not isinstance(value, list):
                out.append((field, f"expected a list of text, found {type(value).__name__}"))
            elif len(value) > MAX_LIST_ITEMS:
                out.append((field, f"has {len(value)} items; at most {MAX_LIST_ITEMS}"))
            elif not all(isinstance(v, str) for v in value):
                out.append((field, "every item must be text"))
            elif any(len(v) > MAX_LIST_ITEM or "\x00" in v for v in value):
                out.append((field, f"an item is longer than {MAX_LIST_ITEM} characters or has NUL"))
            continue
        if isinstance(value, str):
            problem = _text_problem(name, value)
            if problem:
                out.append((field, problem))
    return out


def _answer_problems(profile: Profile, only: Only = None) -> list[Problem]:
    out: list[Problem] = []
    for key, ans in profile.answers.items():
        if only is not None and id(ans) not in only:
            continue
        field = f"answers.{printable(key, 60)}"
        if not isinstance(key, str) or not FACT_RE.match(key):
            out.append((field, "is not a fact name"))
            continue
        value = ans.value
        if json_depth(value) > MAX_JSON_DEPTH:
            out.append((field, f"its value is nested more than {MAX_JSON_DEPTH} levels deep"))
            continue
        try:
            size = len(json.dumps(value, ensure_ascii=False))
        except (TypeError, ValueError, RecursionError):
            out.append((field, "its value is not plain JSON"))
            continue
        if size > MAX_ANSWER_JSON:
            out.append((field, f"its value is {size:,} characters; at most {MAX_ANSWER_JSON:,}"))
        elif isinstance(value, str) and "\x00" in value:
            out.append((field, "contains a NUL character"))
    return out


def shape_problems(profile: Profile, only: Only = None) -> list[Problem]:
    """Ids, lengths, list columns and answer values (the rules behind ``check_profile``)."""
    problems: list[Problem] = []
    for prefix, row in _rows(profile, "client", only):
        problems += _column_problems(prefix, row)
    for group in profile.groups:
        for prefix, row in _rows(profile, group, only):
            problems += _column_problems(prefix, row)
    for i, ans in enumerate(profile.answers.values()):
        if only is None or id(ans) in only:
            problems += _column_problems(f"answers[{i}]", ans)
    problems += _answer_problems(profile, only)
    return problems


def import_problems(profile: Profile) -> list[Problem]:
    """What refuses a profile from another computer on top of ``check_profile``: exhibit
    paths must be relative to the client's exhibits folder and stay inside it."""
    out: list[Problem] = []
    for i, row in enumerate(profile.rows("exhibits")):
        stored = getattr(row, "file_path", None)
        if stored is None:
            continue
        problem = exhibit_path_problem(stored) if isinstance(stored, str) else "is not text"
        if problem:
            label = getattr(row, "label", None) or getattr(row, "description", None) or ""
            named = f" (exhibit {printable(str(label), 60)})" if label else ""
            out.append((f"exhibits[{i}].file_path{named}", problem))
    return out


def check_profile(
    profile: Profile, *, today: date | None = None, only: Only = None
) -> list[Problem]:
    """Every problem that must stop a save, as (field, message); ``only``: see ``Only``."""
    today = today or date.today()
    problems: list[Problem] = shape_problems(profile, only)
    if problems:
        return problems  # the checks below assume well-shaped values
    c = profile.client

    for prefix, row in _rows(profile, "client", only) + _rows(profile, "family", only):
        if row.a_number and row.a_number.strip() and a_number_digits(row.a_number) is None:
            problems.append((f"{prefix}.a_number", "an A-number is 'A' followed by 8 or 9 digits"))
        dob = row.date_of_birth
        if dob is not None and dob < EARLIEST_BIRTH:
            problems.append((f"{prefix}.date_of_birth", f"{dob.isoformat()} is before 1900"))
    client_checked = only is None or id(c) in only
    if client_checked and c.ssn not in (None, "") and ssn_digits(c.ssn) is None:
        problems.append(("client.ssn", "a Social Security number has 9 digits (AAA-GG-SSSS)"))
    state = c.current_state
    if client_checked and state not in (None, "") and state.strip().upper() not in US_STATE_CODES:
        problems.append(("client.current_state", "use the two-letter U.S. state code, e.g. NY"))
    for prefix, row in _rows(profile, "arrests", only):
        if row.state not in (None, "") and row.state.strip().upper() not in US_STATE_CODES:
            problems.append((f"{prefix}.state", "use the two-letter U.S. state code, e.g. NY"))
    for prefix, row in _rows(profile, "addresses", only):
        if (
            row.state not in (None, "")
            and is_us_country(row.country)
            and row.state.strip().upper() not in US_STATE_CODES
        ):
            problems.append(
                (f"{prefix}.state", "a U.S. address needs a two-letter state code, e.g. NY")
            )
    for group, column in PAST_DATES:
        for prefix, row in _rows(profile, group, only):
            value = getattr(row, column)
            if value is not None and value > today:
                problems.append((f"{prefix}.{column}", f"{value.isoformat()} is in the future"))
    return problems


def normalize_profile(profile: Profile, only: Only = None) -> None:
    """Rewrite well-formed identifiers into their stored form, in place."""
    for _prefix, row in _rows(profile, "client", only) + _rows(profile, "family", only):
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
    for _prefix, row in _rows(profile, "arrests", only):
        if row.state:
            row.state = row.state.strip().upper()


def validate_for_save(profile: Profile, *, today: date | None = None, only: Only = None) -> None:
    """Raise ValidationError naming every problem (nothing is saved), else normalize."""
    problems = check_profile(profile, today=today, only=only)
    if problems:
        field, message = problems[0]
        raise ValidationError(field, message, problems=problems)
    normalize_profile(profile, only)
