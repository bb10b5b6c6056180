"""Search key and version per client (SCHEMA_VERSION 5, issues 20 and 21).

A new table ``clientindex`` (one row per client): the folded names and aliases, the A-number
padded to 9 digits and the folded display name (indexed, for sorting) that the client list
searches, the columns the list shows, and the version that a save checks (optimistic
concurrency). It is filled here for every existing client from its rows, with the same
folding the store uses (``casefile.search.search_key``). No existing table or value changes.

Revision ID: 0005_search_version
Revises: 0004_derivative_family_fields
Create Date: 2026-12-02 13:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from casefile.search import display_name_of, pack_aliases, search_key

revision: str = "0005_search_version"
down_revision: str | Sequence[str] | None = "0004_derivative_family_fields"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "clientindex",
        sa.Column("client_id", sa.String(), nullable=False),
        sa.Column("names", sa.String(), nullable=False),
        sa.Column("a_number9", sa.String(), nullable=True),
        sa.Column("sort_key", sa.String(), nullable=False),
        sa.Column("display_name", sa.String(), nullable=False),
        sa.Column("aliases", sa.String(), nullable=False),
        sa.Column("a_number", sa.String(), nullable=True),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"]),
        sa.PrimaryKeyConstraint("client_id"),
    )
    with op.batch_alter_table("clientindex", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clientindex_sort_key"), ["sort_key"], unique=False)

    bind = op.get_bind()
    aliases: dict[str, list[str]] = {}
    for cid, name in bind.exec_driver_sql(
        "SELECT client_id, name FROM alias ORDER BY client_id, position, id"
    ):
        if name:
            aliases.setdefault(cid, []).append(name)
    rows = []
    for (
        cid,
        given,
        middle,
        family,
        chosen,
        a_number,
        dob,
        updated,
        archived,
    ) in bind.exec_driver_sql(
        "SELECT id, given_name, middle_name, family_name, chosen_name, a_number, "
        "date_of_birth, updated_at, archived FROM client"
    ):
        key = search_key(
            given_name=given,
            middle_name=middle,
            family_name=family,
            chosen_name=chosen,
            a_number=a_number,
            aliases=aliases.get(cid, []),
        )
        rows.append(
            {
                "client_id": cid,
                "names": key.names,
                "a_number9": key.a_number9,
                "sort_key": key.sort_key,
                "display_name": display_name_of(given, family),
                "aliases": pack_aliases(aliases.get(cid, [])),
                "a_number": a_number,
                "date_of_birth": dob,
                "updated_at": updated,
                "archived": archived,
                "version": 1,
            }
        )
    if rows:
        table = sa.table(
            "clientindex",
            sa.column("client_id", sa.String()),
            sa.column("names", sa.String()),
            sa.column("a_number9", sa.String()),
            sa.column("sort_key", sa.String()),
            sa.column("display_name", sa.String()),
            sa.column("aliases", sa.String()),
            sa.column("a_number", sa.String()),
            sa.column("date_of_birth", sa.String()),  # copied as stored
            sa.column("updated_at", sa.String()),  # copied as stored
            sa.column("archived", sa.Boolean()),
            sa.column("version", sa.Integer()),
        )
        op.bulk_insert(table, rows)


def downgrade() -> None:
    with op.batch_alter_table("clientindex", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clientindex_sort_key"))
    op.drop_table("clientindex")
