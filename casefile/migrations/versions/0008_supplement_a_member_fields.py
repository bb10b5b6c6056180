"""Issue 15 Supplement A per family member (SCHEMA_VERSION 8): the family member's own
biographic data, U.S. address, documents, immigration history, contact details and
admissibility answers, so each I-914/I-918 Supplement A is filled from that member's row.

Only nullable columns: SQLite adds them in place and every existing row keeps its values.

Revision ID: 0008_supplement_a_member_fields
Revises: 0007_form_detail_columns
Create Date: 2026-12-03 07:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from casefile.migration_ops import NewColumn, add_nullable_columns, drop_added_columns

revision: str = "0008_supplement_a_member_fields"
down_revision: str | Sequence[str] | None = "0007_form_detail_columns"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = (
    "middle_name",
    "other_family_name",
    "other_given_name",
    "city_of_birth",
    "province_of_birth",
    "us_street",
    "us_unit_type",
    "us_unit_number",
    "us_city",
    "us_state",
    "us_zip",
    "ssn",
    "uscis_account_number",
    "passport_number",
    "passport_country",
    "i94_number",
    "immigration_status",
    "last_entry_city",
    "last_entry_state",
    "last_entry_status",
    "processing_office",
    "processing_city",
    "processing_country",
    "phone",
    "email",
    "admissibility_explanation",
)
_DATES = ("passport_issued", "passport_expires", "last_entry_date")
_BOOLS = ("ever_in_proceedings", "wants_work_permit", "admissibility_answered")


_COLUMNS: tuple[NewColumn, ...] = (
    *((name, sa.String()) for name in _TEXT),
    *((name, sa.Date()) for name in _DATES),
    *((name, sa.Boolean()) for name in _BOOLS),
    ("admissibility_yes", sa.JSON()),
)


def upgrade() -> None:
    add_nullable_columns("familymember", _COLUMNS)


def downgrade() -> None:
    drop_added_columns("familymember", _COLUMNS)
