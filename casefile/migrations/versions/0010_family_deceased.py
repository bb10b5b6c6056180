"""Issue 15 (SCHEMA_VERSION 10): whether a family member has died, for the I-589 Part A.III
item 5 "Deceased" box of each sibling (the parents' boxes read background.*_deceased).

One nullable column: SQLite adds it in place and every existing row keeps its values.

Revision ID: 0010_family_deceased
Revises: 0009_education_employment_fee_waiver
Create Date: 2026-12-03 09:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from casefile.migration_ops import NewColumn, add_nullable_columns, drop_added_columns

revision: str = "0010_family_deceased"
down_revision: str | Sequence[str] | None = "0009_education_employment_fee_waiver"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_COLUMNS: tuple[NewColumn, ...] = (("deceased", sa.Boolean()),)


def upgrade() -> None:
    add_nullable_columns("familymember", _COLUMNS)


def downgrade() -> None:
    drop_added_columns("familymember", _COLUMNS)
