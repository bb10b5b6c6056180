"""DOMAIN.md §9 additions (SCHEMA_VERSION 2): perpetrators (8 USC 1367 prohibited source),
prior representatives, prior-statement setting and explanation, client do-not-contact list,
receipt numbers, FBI number and state SID.

Only new tables and nullable columns: SQLite adds columns in place (no table rebuild), and
every existing row keeps its values. Drafted by casefile.migrate_tool, then reviewed.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 21:39:36.825459
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from casefile.migration_ops import (
    NewColumn,
    add_nullable_columns,
    create_child_table,
    drop_added_columns,
    drop_child_table,
)

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_CLIENT: tuple[NewColumn, ...] = (
    ("do_not_contact", sa.JSON()),
    ("receipt_numbers", sa.JSON()),
    ("fbi_number", sa.String()),
    ("state_sid", sa.String()),
)
_PRIOR_STATEMENT: tuple[NewColumn, ...] = (
    ("setting", sa.String()),
    ("counsel_present", sa.Boolean()),
    ("recorded", sa.Boolean()),
    ("obtained_copy", sa.Boolean()),
    ("explanation", sa.String()),
)


def upgrade() -> None:
    create_child_table(
        "perpetrator",
        sa.Column("names", sa.String(), nullable=True),
        sa.Column("role", sa.String(), nullable=True),
        sa.Column("relationship", sa.String(), nullable=True),
        sa.Column("location", sa.String(), nullable=True),
        sa.Column("ties_to_officials", sa.String(), nullable=True),
        sa.Column("threats", sa.String(), nullable=True),
        sa.Column("prohibited_source", sa.Boolean(), nullable=True),
        sa.Column("current_contact", sa.String(), nullable=True),
    )
    create_child_table(
        "priorrepresentative",
        sa.Column("name", sa.String(), nullable=True),
        sa.Column("licensed", sa.Boolean(), nullable=True),
        sa.Column("notario", sa.Boolean(), nullable=True),
        sa.Column("filings_prepared", sa.String(), nullable=True),
        sa.Column("complaint_filed", sa.Boolean(), nullable=True),
        sa.Column("lozada_steps", sa.String(), nullable=True),
    )
    add_nullable_columns("client", _CLIENT)
    add_nullable_columns("priorstatement", _PRIOR_STATEMENT)


def downgrade() -> None:
    drop_added_columns("priorstatement", _PRIOR_STATEMENT)
    drop_added_columns("client", _CLIENT)
    drop_child_table("priorrepresentative")
    drop_child_table("perpetrator")
