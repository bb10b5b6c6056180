"""Steps several alembic revisions (``casefile/migrations/versions``) take alike.

A revision is history: it must do the same thing forever, so each helper here is frozen. Never
change what one emits once a revision calls it (a new need gets a new helper), and never read
the models here. ``tests/casefile/test_migrations.py`` checks the migrated schema against the
models on SQLite; the store's tests migrate a PostgreSQL database the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

#: (column name, type) of a nullable column a revision adds
NewColumn = tuple[str, sa.types.TypeEngine[Any]]


def create_child_table(name: str, *columns: sa.Column[Any]) -> None:
    """A repeating-group table (``casefile.models._Child``): its id, client_id, position and
    timestamps, then ``columns``, the key to ``client`` and an index on client_id."""
    op.create_table(
        name,
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("client_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        *columns,
        sa.ForeignKeyConstraint(["client_id"], ["client.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table(name, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{name}_client_id"), ["client_id"], unique=False)


def drop_child_table(name: str) -> None:
    """Undoes ``create_child_table``: its index, then the table."""
    with op.batch_alter_table(name, schema=None) as batch_op:
        batch_op.drop_index(batch_op.f(f"ix_{name}_client_id"))
    op.drop_table(name)


def add_nullable_columns(table: str, columns: Iterable[NewColumn]) -> None:
    """Adds ``columns`` to ``table`` in this order, each nullable (SQLite adds them in place, so
    every existing row keeps its values)."""
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column, type_ in columns:
            batch_op.add_column(sa.Column(column, type_, nullable=True))


def drop_added_columns(table: str, columns: Sequence[NewColumn]) -> None:
    """Undoes ``add_nullable_columns``: drops the same ``columns``, the last added first."""
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column, _ in reversed(columns):
            batch_op.drop_column(column)
