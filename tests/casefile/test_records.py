"""Plain rows (issue 20): ``casefile/columns.py`` says what the tables say, and the demo built
from plain rows reads the same as the one built from table rows."""

from __future__ import annotations

import pytest

from casefile import models
from casefile.columns import TABLES
from casefile.demo import demo_profile
from casefile.records import Row, group_class, row_class, tables_from_models

_BOOKKEEPING = ("id", "created_at", "updated_at")


def test_columns_file_matches_the_tables() -> None:
    # on failure: python -m casefile.records && ruff format casefile/columns.py
    assert tables_from_models() == TABLES


def test_every_group_and_column_has_a_plain_twin() -> None:
    assert {t.__group__ for t in models.CHILD_TABLES} == set(models.GROUPS)
    for group, table in models.GROUPS.items():
        plain = group_class(group)
        assert plain.__name__ == table.__name__ and plain.__group__ == group
        assert [c[0] for c in plain.__columns__] == list(table.model_fields)


def test_plain_rows_take_the_table_defaults() -> None:
    for name in ("Client", "Answer", *(t.__name__ for t in models.CHILD_TABLES)):
        table = getattr(models, name)
        kwargs = {"client_id": "c1"} if "client_id" in table.model_fields else {}
        orm, plain = table(**kwargs), row_class(name)(**kwargs)
        for col in table.model_fields:
            if col in _BOOKKEEPING:
                assert type(getattr(plain, col)) is type(getattr(orm, col)), (name, col)
            else:
                assert getattr(plain, col) == getattr(orm, col), (name, col)


def test_a_plain_row_refuses_an_unknown_column() -> None:
    with pytest.raises(TypeError, match="no column 'nickname'"):
        row_class("Client")(nickname="x")


def _values(row: object) -> dict[str, object]:
    cols = type(row).model_fields if hasattr(type(row), "model_fields") else None
    names = list(cols) if cols is not None else [c[0] for c in type(row).__columns__]  # type: ignore[attr-defined]
    return {n: getattr(row, n) for n in names if n not in ("id", "created_at", "updated_at")}


def test_the_plain_demo_reads_the_same_as_the_table_demo() -> None:
    orm, plain = demo_profile(), demo_profile(plain=True)
    assert isinstance(plain.client, Row) and not isinstance(orm.client, Row)
    assert _values(plain.client) == _values(orm.client)
    assert plain.groups.keys() == orm.groups.keys()
    for group in orm.groups:
        assert [_values(r) for r in plain.rows(group)] == [_values(r) for r in orm.rows(group)]
    assert plain.answers.keys() == orm.answers.keys()
    for fact, ans in orm.answers.items():
        assert _values(plain.answers[fact]) == _values(ans)
