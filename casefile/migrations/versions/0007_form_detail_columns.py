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
from alembic import op

revision: str = "0007_form_detail_columns"
down_revision: str | Sequence[str] | None = "0006_counsel"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW = {
    "alias": ("family_name", "given_name", "middle_name"),
    "arrest": ("city", "country"),
    "entryexit": ("state",),
}


def upgrade() -> None:
    for table, columns in NEW.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name in columns:
                batch_op.add_column(sa.Column(name, sa.String(), nullable=True))


def downgrade() -> None:
    for table, columns in NEW.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name in reversed(columns):
                batch_op.drop_column(name)
