"""Issue 15 (SCHEMA_VERSION 9): the I-589 education and employment history and the I-912
means-tested benefits and assets as new tables, and three family-member columns the I-589 asks
about each child (race or ethnic group, expiry of authorized stay, Immigration Court now).

New tables and nullable columns only: every existing row keeps its values.

Revision ID: 0009_education_employment_fee_waiver
Revises: 0008_supplement_a_member_fields
Create Date: 2026-12-03 09:15:00
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0009_education_employment_fee_waiver"
down_revision: str | Sequence[str] | None = "0008_supplement_a_member_fields"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FAMILY: tuple[tuple[str, sa.types.TypeEngine[Any]], ...] = (
    ("race_ethnic_group", sa.String()),
    ("status_expires", sa.Date()),
    ("in_court_proceedings", sa.Boolean()),
)
_TABLES: dict[str, tuple[tuple[str, sa.types.TypeEngine[Any]], ...]] = {
    "education": (
        ("school_name", sa.String()),
        ("school_type", sa.String()),
        ("location", sa.String()),
        ("date_from", sa.Date()),
        ("date_to", sa.Date()),
    ),
    "employment": (
        ("employer", sa.String()),
        ("occupation", sa.String()),
        ("date_from", sa.Date()),
        ("date_to", sa.Date()),
    ),
    "meanstestedbenefit": (
        ("recipient_name", sa.String()),
        ("recipient_relationship", sa.String()),
        ("benefit_type", sa.String()),
        ("agency", sa.String()),
        ("date_awarded", sa.Date()),
        ("expires", sa.Date()),
    ),
    "asset": (
        ("asset_type", sa.String()),
        ("value_usd", sa.Integer()),
    ),
}


def _child_table(name: str, columns: tuple[tuple[str, sa.types.TypeEngine[Any]], ...]) -> None:
    """A repeating-group table with the common child columns (casefile.models._Child)."""
    op.create_table(
        name,
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("client_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        *(sa.Column(col, type_, nullable=True) for col, type_ in columns),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table(name, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{name}_client_id"), ["client_id"], unique=False)


def upgrade() -> None:
    with op.batch_alter_table("familymember", schema=None) as batch_op:
        for name, type_ in _FAMILY:
            batch_op.add_column(sa.Column(name, type_, nullable=True))
    for name, columns in _TABLES.items():
        _child_table(name, columns)


def downgrade() -> None:
    for name in reversed(_TABLES):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{name}_client_id"))
        op.drop_table(name)
    with op.batch_alter_table("familymember", schema=None) as batch_op:
        for name, _ in reversed(_FAMILY):
            batch_op.drop_column(name)
