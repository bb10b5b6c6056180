"""An index on ``auditevent.action`` (SCHEMA_VERSION 12 still: no column changes).

The client list marks the clients checked out to a laptop (issue 22 item 7) from the audit
log's check-out and check-in events. The log grows with every save, so without this index the
list scanned the whole log on each refresh; with it the two actions are read directly.

An index only: every row keeps its values, on SQLCipher and on PostgreSQL.

Revision ID: 0014_audit_action_index
Revises: 0013_clinic_sealed_columns
Create Date: 2026-12-04 08:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0014_audit_action_index"
down_revision: str | Sequence[str] | None = "0013_clinic_sealed_columns"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_auditevent_action", "auditevent", ["action"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_auditevent_action", table_name="auditevent")
