"""Issue 22 item 3 (SCHEMA_VERSION 13): a clinic server holds sensitive columns sealed by the
app (``casefile.cipher``), so on PostgreSQL:

- every sensitive column that is not text (dates, flags, JSON, an amount) becomes text, to
  hold the sealed value; the values already there are kept as their text (flags as '1'/'0',
  which is what the store's reader takes), and the store seals them when the clinic's data
  key is first made (``casefile.clinic_keys``);
- ``clientindex`` gets the blind-index tokens (``bigint[]`` with a GIN index) and its date of
  birth becomes text too; the plaintext search columns are emptied by the store;
- ``clinic_keyring`` holds the clinic data key wrapped for each user.

Nothing changes in an SQLCipher file, which is encrypted whole. The column list is written out
here (not read from the models) so this revision means the same thing forever;
``tests/casefile/test_sealed_columns.py`` checks that every sealed column is text on the server.

Revision ID: 0013_clinic_sealed_columns
Revises: 0012_member_arrests
Create Date: 2026-12-04 05:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0013_clinic_sealed_columns"
down_revision: str | Sequence[str] | None = "0012_member_arrests"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: table -> (column, type) of the columns the store seals (``casefile.store.SEALED``) that are
#: not text at revision 12.
NOT_TEXT: dict[str, tuple[tuple[str, str], ...]] = {
    "client": (("date_of_birth", "date"), ("do_not_contact", "json"), ("receipt_numbers", "json")),
    "familymember": (
        ("date_of_birth", "date"),
        ("in_danger_of_retaliation", "bool"),
        ("is_perpetrator", "bool"),
        ("admissibility_yes", "json"),
    ),
    "asset": (("value_usd", "int"),),
    "episode": (
        ("start_date", "date"),
        ("end_date", "date"),
        ("means", "json"),
        ("could_leave", "bool"),
        ("escape_date", "date"),
        ("crime_types", "json"),
    ),
    "arrest": (("arrest_date", "date"), ("trafficking_related", "bool")),
    "priorstatement": (("under_duress", "bool"),),
    "answer": (("value", "json"),),
    "clientindex": (("date_of_birth", "date"),),
}


def _as_text(column: str, kind: str) -> str:
    if kind == "bool":
        return f"CASE WHEN {column} IS NULL THEN NULL WHEN {column} THEN '1' ELSE '0' END"
    return f"{column}::text"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, cols in NOT_TEXT.items():
        for column, kind in cols:
            op.execute(
                f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE text '
                f"USING {_as_text(column, kind)}"
            )
    op.execute("ALTER TABLE clientindex ADD COLUMN tokens bigint[] NOT NULL DEFAULT '{}'")
    op.execute("CREATE INDEX clientindex_tokens ON clientindex USING gin (tokens)")
    op.execute(
        "CREATE TABLE clinic_keyring ("
        " username text PRIMARY KEY DEFAULT current_user,"
        " salt bytea NOT NULL,"
        " wrapped bytea NOT NULL,"
        " created_at timestamptz NOT NULL DEFAULT now())"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # Sealed values cannot go back into typed columns; a downgrade keeps them as text.
    op.execute("DROP TABLE clinic_keyring")
    op.execute("DROP INDEX clientindex_tokens")
    op.execute("ALTER TABLE clientindex DROP COLUMN tokens")
