"""I-918 details (SCHEMA_VERSION 7, issue 15): an other name in parts (family, given, middle),
the city and country of an arrest, and the U.S. state of a place of entry.

Only nullable columns: SQLite adds them in place and every existing row keeps its values
(an alias keeps its whole ``name``).

Revision ID: 0007_form_detail_columns
Revises: 0006_counsel
Create Date: 2026-12-03 07:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from casefile.migration_ops import NewColumn, add_nullable_columns, drop_added_columns

revision: str = "0007_form_detail_columns"
down_revision: str | Sequence[str] | None = "0006_counsel"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW = {
    "alias": ("family_name", "given_name", "middle_name"),
    "arrest": ("city", "country"),
    "entryexit": ("state",),
}


def _columns(names: tuple[str, ...]) -> tuple[NewColumn, ...]:
    return tuple((name, sa.String()) for name in names)


def upgrade() -> None:
    for table, columns in NEW.items():
        add_nullable_columns(table, _columns(columns))


def downgrade() -> None:
    for table, columns in NEW.items():
        drop_added_columns(table, _columns(columns))
