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
from alembic import op

revision: str = "0004_derivative_family_fields"
down_revision: str | Sequence[str] | None = "0003_narrative_blocks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("familymember", schema=None) as batch_op:
        batch_op.add_column(sa.Column("us_citizen", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("is_perpetrator", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("relationship_since", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("derivative_parent", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("familymember", schema=None) as batch_op:
        batch_op.drop_column("derivative_parent")
        batch_op.drop_column("relationship_since")
        batch_op.drop_column("is_perpetrator")
        batch_op.drop_column("us_citizen")
