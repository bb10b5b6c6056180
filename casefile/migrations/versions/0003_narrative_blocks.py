"""Narrative blocks (SCHEMA_VERSION 3): the client's account per declaration topic, in the
client's own words, typed by the attorney (issue 17). A new table only: every existing row keeps
its values.

Revision ID: 0003_narrative_blocks
Revises: 0002
Create Date: 2026-12-02 13:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_narrative_blocks"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "narrativeblock",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("client_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("topic", sa.String(), nullable=True),
        sa.Column("episode", sa.Integer(), nullable=True),
        sa.Column("text", sa.String(), nullable=True),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("interpreter", sa.String(), nullable=True),
        sa.Column("read_back", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("narrativeblock", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_narrativeblock_client_id"), ["client_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("narrativeblock", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_narrativeblock_client_id"))
    op.drop_table("narrativeblock")
