"""Helpers for the case-file tests. Fictional data only."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from casefile.models import CHILD_TABLES, AnswerStatus, Client
from casefile.profile import Profile
from casefile.serialize import _kind, columns, profile_to_json

PASSPHRASE = "correct horse battery staple"

#: Values that validation constrains: (table name, column) -> value.
_CONSTRAINED: dict[tuple[str, str], Any] = {
    ("client", "a_number"): "012345678",
    ("client", "ssn"): "123456789",
    ("client", "current_state"): "NY",
    ("familymember", "a_number"): "087654321",
    ("arrest", "state"): "NJ",
    ("address", "state"): "CA",
    ("address", "country"): "United States",
    # Ids follow the id format (issue 21: no free text, paths or NUL in an id).
    ("client", "household_id"): "household-0001",
    ("familymember", "linked_client_id"): "linked-client-0001",
}


def _value(table: str, column: Any, n: int) -> Any:
    key = (table, column.name)
    if key in _CONSTRAINED:
        return _CONSTRAINED[key]
    kind = _kind(column)
    if kind == "str":
        return f"{table}.{column.name} Ñandú-{n} «x»"
    if kind == "date":
        # distinct dates that stay in the past however many columns the tables grow
        return date(1990, 1, 1) + timedelta(days=(n * 37) % 11_000)
    if kind == "datetime":
        return datetime(2020, 1, 1, tzinfo=UTC) + timedelta(hours=n, microseconds=n)
    if kind == "bool":
        return n % 2 == 0
    if kind == "int":
        return n
    return [f"{column.name}-{n}", f"{column.name} Ñandú «{n}»"]  # list columns hold text


def full_profile(client_id: str = "c" * 32) -> Profile:
    """A fictional profile with every column of every table set to a distinctive value."""
    n = 1
    values: dict[str, Any] = {}
    for c in columns(Client):
        if c.name in ("id",):
            continue
        values[c.name] = _value("client", c, n)
        n += 1
    values["archived"] = False
    profile = Profile(client=Client(id=client_id, **values))
    for table in CHILD_TABLES:
        for k in range(2):
            row_values: dict[str, Any] = {}
            for c in columns(table):
                if c.name in ("id", "client_id", "position"):
                    continue
                row_values[c.name] = _value(table.__tablename__, c, n)  # type: ignore[arg-type]
                n += 1
            row = profile.add(table.__group__, **row_values)
            row.id = f"{table.__group__}-{k}-{client_id}"[:40]
    profile.set_answer("trafficking.means.fraud", True, question_id="q1", note="said so")
    profile.set_answer("asylum.fear.details", {"who": "fictional", "when": "2020-01-01"})
    profile.set_answer("client.prefers", None, AnswerStatus.DECLINED, note="prefers not to say")
    profile.set_answer("client.other", None, AnswerStatus.ASK_LATER)
    return profile


def as_json(profile: Profile) -> dict[str, Any]:
    return profile_to_json(profile)


def files_under(path: Path) -> list[Path]:
    return [p for p in path.rglob("*") if p.is_file()]
