"""Counsel and organisation details held once (SCHEMA_VERSION 6, issue 15 item 2).

A new table ``counsel`` (one row, key "default"): the attorney or accredited representative
who files for the office's clients, read by every profile as the ``representative.*`` facts.
No existing table or value changes.

Revision ID: 0006_counsel
Revises: 0005_search_version
Create Date: 2026-12-03 07:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_counsel"
down_revision: str | Sequence[str] | None = "0005_search_version"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.String(), nullable=True)


def upgrade() -> None:
    op.create_table(
        "counsel",
        sa.Column("key", sa.String(), nullable=False),
        *(_text(n) for n in ("family_name", "given_name", "middle_name")),
        sa.Column("is_attorney", sa.Boolean(), nullable=True),
        *(_text(n) for n in ("bar_number", "bar_state", "licensing_authority")),
        sa.Column("is_accredited_representative", sa.Boolean(), nullable=True),
        *(_text(n) for n in ("recognized_organization", "doj_accreditation_id")),
        sa.Column("accreditation_expires", sa.Date(), nullable=True),
        *(
            _text(n)
            for n in (
                "firm_name",
                "street",
                "unit",
                "city",
                "state",
                "postal_code",
                "country",
                "phone",
                "mobile_phone",
                "fax",
                "email",
                "uscis_account_number",
                "eoir_id",
            )
        ),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("counsel")
