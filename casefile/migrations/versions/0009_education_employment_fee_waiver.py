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

import sqlalchemy as sa

from casefile.migration_ops import (
    NewColumn,
    add_nullable_columns,
    create_child_table,
    drop_added_columns,
    drop_child_table,
)

revision: str = "0009_education_employment_fee_waiver"
down_revision: str | Sequence[str] | None = "0008_supplement_a_member_fields"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FAMILY: tuple[NewColumn, ...] = (
    ("race_ethnic_group", sa.String()),
    ("status_expires", sa.Date()),
    ("in_court_proceedings", sa.Boolean()),
)
_TABLES: dict[str, tuple[NewColumn, ...]] = {
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


def upgrade() -> None:
    add_nullable_columns("familymember", _FAMILY)
    for name, columns in _TABLES.items():
        create_child_table(name, *(sa.Column(col, type_, nullable=True) for col, type_ in columns))


def downgrade() -> None:
    for name in reversed(_TABLES):
        drop_child_table(name)
    drop_added_columns("familymember", _FAMILY)
