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

from casefile.migration_ops import create_child_table, drop_child_table

revision: str = "0003_narrative_blocks"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_child_table(
        "narrativeblock",
        sa.Column("topic", sa.String(), nullable=True),
        sa.Column("episode", sa.Integer(), nullable=True),
        sa.Column("text", sa.String(), nullable=True),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("interpreter", sa.String(), nullable=True),
        sa.Column("read_back", sa.Boolean(), nullable=True),
    )


def downgrade() -> None:
    drop_child_table("narrativeblock")
