"""Issue 15 Supplement A (SCHEMA_VERSION 12): a family member's arrests, citations,
detentions or charges as a new table (member_arrests), linked to the member by given name, for
the I-914A and I-918A arrest tables. The client's own arrests table is unchanged.

A new table only: every existing row keeps its values.

Revision ID: 0012_member_arrests
Revises: 0011_supplement_a_addresses_marriages
Create Date: 2026-12-03 09:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from casefile.migration_ops import create_child_table, drop_child_table

revision: str = "0012_member_arrests"
down_revision: str | Sequence[str] | None = "0011_supplement_a_addresses_marriages"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = ("member", "reason", "city", "state", "country", "outcome")


def upgrade() -> None:
    create_child_table(
        "memberarrest",
        sa.Column("member", sa.String(), nullable=True),
        sa.Column("arrest_date", sa.Date(), nullable=True),
        *(sa.Column(col, sa.String(), nullable=True) for col in _TEXT if col != "member"),
    )


def downgrade() -> None:
    drop_child_table("memberarrest")
