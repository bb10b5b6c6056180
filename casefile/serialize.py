"""Profiles as plain data: detached copies and JSON-ready dicts (dates as ISO strings).

Used by the store (copy a Profile into fresh rows for a session) and by bundles (export and
strict import: unknown fields, wrong types and bad dates are refused, naming the field).
"""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Integer, String
from sqlmodel import SQLModel

from casefile.models import GROUPS, Answer, Client, _Child
from casefile.profile import Profile

T = TypeVar("T", bound=SQLModel)


class FieldProblem(ValueError):
    """A value that cannot be read; ``field`` names it (e.g. ``arrests[0].arrest_date``)."""

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(f"{field}: {reason}")


def columns(table: type[SQLModel]) -> list[Column[Any]]:
    return list(table.__table__.columns)  # type: ignore[attr-defined]


def column_names(table: type[SQLModel]) -> list[str]:
    return [c.name for c in columns(table)]


def copy_row(row: T) -> T:
    """A new, detached instance with deep-copied values (lists in JSON columns included)."""
    table = type(row)
    return table(**{name: copy.deepcopy(getattr(row, name)) for name in column_names(table)})


def row_values(row: SQLModel) -> dict[str, Any]:
    """Column name -> value (shared, not copied: for immediate INSERT/UPDATE parameters)."""
    return {name: getattr(row, name) for name in column_names(type(row))}


def copy_profile(profile: Profile) -> Profile:
    return Profile(
        client=copy_row(profile.client),
        groups={g: [copy_row(r) for r in rows] for g, rows in profile.groups.items() if rows},
        answers={k: copy_row(a) for k, a in profile.answers.items()},
    )


# -- JSON ------------------------------------------------------------------------------


def _kind(column: Column[Any]) -> str:
    t = column.type
    if isinstance(t, JSON):
        return "json"
    impl = getattr(t, "impl", t)
    if isinstance(impl, DateTime):
        return "datetime"
    if isinstance(impl, Date):
        return "date"
    if isinstance(impl, Boolean):
        return "bool"
    if isinstance(impl, Integer):
        return "int"
    if isinstance(impl, String):
        return "str"
    raise TypeError(f"column {column} has an unsupported type {t!r}")  # pragma: no cover


def row_to_json(row: SQLModel) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for col in columns(type(row)):
        value = getattr(row, col.name)
        if isinstance(value, datetime):
            if value.utcoffset() is None:
                value = value.replace(tzinfo=UTC)
            value = value.astimezone(UTC).isoformat()
        elif isinstance(value, date):
            value = value.isoformat()
        else:
            value = copy.deepcopy(value)
        out[col.name] = value
    return out


def _read_value(kind: str, value: Any, field: str, nullable: bool) -> Any:
    if value is None:
        if not nullable:
            raise FieldProblem(field, "is required")
        return None
    if kind == "json":
        return value
    if kind == "str" and isinstance(value, str):
        return value
    if kind == "bool" and isinstance(value, bool):
        return value
    if kind == "int" and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind == "date" and isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise FieldProblem(field, f"'{value}' is not a date (YYYY-MM-DD)") from None
    if kind == "datetime" and isinstance(value, str):
        try:
            dt = datetime.fromisoformat(value)
        except ValueError:
            raise FieldProblem(field, f"'{value}' is not a date and time") from None
        return dt.replace(tzinfo=UTC) if dt.utcoffset() is None else dt.astimezone(UTC)
    raise FieldProblem(field, f"expected {kind}, found {type(value).__name__}")


def row_from_json(table: type[T], data: Any, field: str) -> T:
    if not isinstance(data, dict):
        raise FieldProblem(field, "expected an object")
    cols = {c.name: c for c in columns(table)}
    unknown = sorted(set(data) - set(cols))
    if unknown:
        raise FieldProblem(f"{field}.{unknown[0]}", "unknown field")
    values: dict[str, Any] = {}
    for name, col in cols.items():
        if name not in data:
            if col.primary_key or not col.nullable:
                raise FieldProblem(f"{field}.{name}", "is missing")
            continue
        values[name] = _read_value(_kind(col), data[name], f"{field}.{name}", bool(col.nullable))
    return table(**values)


def profile_to_json(profile: Profile) -> dict[str, Any]:
    return {
        "client": row_to_json(profile.client),
        "groups": {
            g: [row_to_json(r) for r in profile.rows(g)] for g in GROUPS if profile.groups.get(g)
        },
        "answers": [row_to_json(a) for _, a in sorted(profile.answers.items())],
    }


def profile_from_json(data: Any, field: str = "profile") -> Profile:
    if not isinstance(data, dict):
        raise FieldProblem(field, "expected an object")
    unknown = sorted(set(data) - {"client", "groups", "answers"})
    if unknown:
        raise FieldProblem(f"{field}.{unknown[0]}", "unknown field")
    client = row_from_json(Client, data.get("client"), f"{field}.client")
    groups_data = data.get("groups", {})
    if not isinstance(groups_data, dict):
        raise FieldProblem(f"{field}.groups", "expected an object")
    groups: dict[str, list[_Child]] = {}
    for g, rows in groups_data.items():
        if g not in GROUPS:
            raise FieldProblem(f"{field}.groups.{g}", "unknown repeating group")
        if not isinstance(rows, list):
            raise FieldProblem(f"{field}.groups.{g}", "expected a list")
        parsed = [row_from_json(GROUPS[g], r, f"{field}.{g}[{i}]") for i, r in enumerate(rows)]
        for i, row in enumerate(parsed):
            if row.client_id != client.id:
                raise FieldProblem(f"{field}.{g}[{i}].client_id", "belongs to another client")
        groups[g] = parsed
    answers_data = data.get("answers", [])
    if not isinstance(answers_data, list):
        raise FieldProblem(f"{field}.answers", "expected a list")
    answers: dict[str, Answer] = {}
    for i, a in enumerate(answers_data):
        ans = row_from_json(Answer, a, f"{field}.answers[{i}]")
        if ans.client_id != client.id:
            raise FieldProblem(f"{field}.answers[{i}].client_id", "belongs to another client")
        if ans.fact in answers:
            raise FieldProblem(f"{field}.answers[{i}].fact", f"'{ans.fact}' appears twice")
        answers[ans.fact] = ans
    return Profile(client=client, groups=groups, answers=answers)
