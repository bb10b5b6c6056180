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
from alembic import op

revision: str = "0012_member_arrests"
down_revision: str | Sequence[str] | None = "0011_supplement_a_addresses_marriages"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = ("member", "reason", "city", "state", "country", "outcome")


def upgrade() -> None:
    op.create_table(
        "memberarrest",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("client_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("member", sa.String(), nullable=True),
        sa.Column("arrest_date", sa.Date(), nullable=True),
        *(sa.Column(col, sa.String(), nullable=True) for col in _TEXT if col != "member"),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("memberarrest", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_memberarrest_client_id"), ["client_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("memberarrest", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_memberarrest_client_id"))
    op.drop_table("memberarrest")
