"""Plain rows: a profile without the ORM, for commands that only read one (issue 20).

``assess --client demo`` builds the demo profile and reads it; importing SQLModel and building
the table classes and their mappers cost more than the whole assessment. ``row_class(name)``
gives a plain class with the same columns, defaults and ``__group__`` as the table class of
that name in ``casefile.models``, described by ``casefile.columns``; its instances answer the
same attribute reads. They are never saved: the store takes table rows only.

``casefile/columns.py`` is written from the tables by ``python -m casefile.records``; a test
fails when it differs from what the tables say, so it cannot drift from the schema.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

from casefile.columns import TABLES, ColumnSpec


def _now() -> datetime:
    return datetime.now(UTC)


def _uuid() -> str:
    return uuid.uuid4().hex


#: default_factory names in ``casefile.columns`` -> the factory (the same as the tables').
FACTORIES = {"now": _now, "uuid": _uuid}


class Row:
    """One plain row: an attribute per column, set from the arguments or the column default."""

    __group__: ClassVar[str] = ""
    __columns__: ClassVar[tuple[ColumnSpec, ...]] = ()

    def __init__(self, **values: Any) -> None:
        for name, _kind, _desc, _sensitive, _choices, default, factory in self.__columns__:
            if name in values:
                value = values.pop(name)
            elif factory is not None:
                value = FACTORIES[factory]()
            else:
                value = default
            setattr(self, name, value)
        if values:
            unknown = sorted(values)[0]
            raise TypeError(f"{type(self).__name__} has no column '{unknown}'")

    def __repr__(self) -> str:
        cols = ", ".join(f"{c[0]}={getattr(self, c[0])!r}" for c in self.__columns__)
        return f"{type(self).__name__}({cols})"


@cache
def row_class(table: str) -> type[Row]:
    """The plain class for the table class named ``table`` (``Client``, ``Answer``, ``Alias``)."""
    group, doc, columns = TABLES[table]
    return type(table, (Row,), {"__group__": group, "__columns__": columns, "__doc__": doc})


def group_class(group: str) -> type[Row]:
    """The plain class of a repeating group (``aliases`` -> ``Alias``)."""
    return row_class(GROUP_TABLES[group])


GROUP_TABLES: dict[str, str] = {
    group: name for name, (group, _d, _c) in TABLES.items() if name not in ("Client", "Answer")
}


# -- writing casefile/columns.py from the tables --------------------------------------------


def column_kind(annotation: Any) -> str:
    """text, bool, date, int or list, from a column's annotation (what ``fact_type_of`` in
    ``facts.catalogue`` says of it)."""
    import datetime as dt
    import types
    import typing

    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    base = args[0] if args else annotation
    origin = typing.get_origin(base)
    if origin in (list, tuple) or base in (list, tuple) or isinstance(base, types.GenericAlias):
        return "list"
    if base is bool:
        return "bool"
    if base is dt.date:
        return "date"
    if base is int:
        return "int"
    return "text"


def tables_from_models() -> dict[str, tuple[str, str | None, tuple[ColumnSpec, ...]]]:
    """What ``casefile.columns.TABLES`` must hold, read from the SQLModel tables."""
    from pydantic_core import PydanticUndefined

    from casefile import models

    factories: dict[Any, str] = {models._now: "now", models._uuid: "uuid"}
    out: dict[str, tuple[str, str | None, tuple[ColumnSpec, ...]]] = {}
    tables: list[Any] = [models.Client, *models.CHILD_TABLES, models.Answer]
    for table in tables:
        cols: list[ColumnSpec] = []
        for name, info in table.model_fields.items():
            extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
            choices = extra.get("choices", ())
            factory = factories[info.default_factory] if info.default_factory else None
            default = None if info.default is PydanticUndefined else info.default
            cols.append(
                (
                    name,
                    column_kind(info.annotation),
                    info.description,
                    bool(extra.get("sensitive", False)),
                    tuple(choices) if isinstance(choices, list | tuple) else (),
                    default,
                    factory,
                )
            )
        out[table.__name__] = (table.__group__, table.__doc__, tuple(cols))
    return out


def columns_source() -> str:
    """The text of ``casefile/columns.py``."""
    import pprint

    head = Path(__file__).with_name("columns.py").read_text(encoding="utf-8")
    head = head[: head.index("TABLES: ")]
    body = pprint.pformat(tables_from_models(), width=99, sort_dicts=False)
    return f"{head}TABLES: dict[str, tuple[str, str | None, tuple[ColumnSpec, ...]]] = {body}\n"


if __name__ == "__main__":  # then: ruff format casefile/columns.py
    Path(__file__).with_name("columns.py").write_text(columns_source(), encoding="utf-8")
