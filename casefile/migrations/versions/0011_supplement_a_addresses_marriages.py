"""Issue 15 Supplement A, the rest of the family member's own data (SCHEMA_VERSION 11): a
second other name and the middle name of the first, travel document, status code, authorized
stay, mobile phone, a safe mailing address, a foreign address for notices, up to two former
marriages, and immigration proceedings with their dates, so each I-914A / I-918A is filled from
that member's row.

Only nullable columns: SQLite adds them in place and every existing row keeps its values.

Revision ID: 0011_supplement_a_addresses_marriages
Revises: 0010_family_deceased
Create Date: 2026-12-03 09:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from casefile.migration_ops import NewColumn, add_nullable_columns, drop_added_columns

revision: str = "0011_supplement_a_addresses_marriages"
down_revision: str | Sequence[str] | None = "0010_family_deceased"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT = (
    "other_middle_name",
    "second_other_family_name",
    "second_other_given_name",
    "second_other_middle_name",
    "travel_doc_number",
    "status_code",
    "mobile_phone",
    "mailing_in_care_of",
    "mailing_street",
    "mailing_unit_type",
    "mailing_unit_number",
    "mailing_city",
    "mailing_state",
    "mailing_zip",
    "mailing_province",
    "mailing_postal_code",
    "mailing_country",
    "notice_street",
    "notice_unit_type",
    "notice_unit_number",
    "notice_city",
    "notice_state",
    "notice_zip",
    "notice_province",
    "notice_postal_code",
    "notice_country",
    "former_spouse_family_name",
    "former_spouse_given_name",
    "former_spouse_middle_name",
    "former_marriage_end_city",
    "former_marriage_end_state",
    "former_marriage_end_country",
    "former_marriage_end_how",
    "second_former_spouse_family_name",
    "second_former_spouse_given_name",
    "second_former_spouse_middle_name",
    "second_former_marriage_end_place",
    "second_former_marriage_end_how",
    "proceedings_type",
    "processing_state",
)
_DATES = (
    "authorized_stay_expires",
    "former_marriage_ended",
    "second_former_marriage_ended",
    "proceedings_date",
    "next_hearing_date",
)


_COLUMNS: tuple[NewColumn, ...] = (
    *((name, sa.String()) for name in _TEXT),
    *((name, sa.Date()) for name in _DATES),
)


def upgrade() -> None:
    add_nullable_columns("familymember", _COLUMNS)


def downgrade() -> None:
    drop_added_columns("familymember", _COLUMNS)
