"""Issue 14 derivatives (SCHEMA_VERSION 4): family members' U.S. citizenship, perpetrator flag,
relationship start date and, for a T-6 child of a derivative, that derivative's name.

Only nullable columns: SQLite adds them in place and every existing row keeps its values.

Revision ID: 0004_derivative_family_fields
Revises: 0003_narrative_blocks
Create Date: 2026-12-02 14:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from casefile.migration_ops import NewColumn, add_nullable_columns, drop_added_columns

revision: str = "0004_derivative_family_fields"
down_revision: str | Sequence[str] | None = "0003_narrative_blocks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_COLUMNS: tuple[NewColumn, ...] = (
    ("us_citizen", sa.Boolean()),
    ("is_perpetrator", sa.Boolean()),
    ("relationship_since", sa.Date()),
    ("derivative_parent", sa.String()),
)


def upgrade() -> None:
    add_nullable_columns("familymember", _COLUMNS)


def downgrade() -> None:
    drop_added_columns("familymember", _COLUMNS)
