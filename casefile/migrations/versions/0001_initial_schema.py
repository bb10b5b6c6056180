"""Initial schema: the case-file tables as of SCHEMA_VERSION 1.

Written out explicitly (drafted by casefile.migrate_tool, then reviewed); never change what it
does after release: add a new revision instead. The common columns of the repeating-group
tables come from casefile.migration_ops, whose steps are frozen likewise.

Revision ID: 0001
Revises: (none, first revision)
Create Date: 2026-11-29 21:17:05.633755
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from casefile.migration_ops import create_child_table, drop_child_table

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "auditevent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("target", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("auditevent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auditevent_client_id"), ["client_id"], unique=False)

    op.create_table(
        "client",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("household_id", sa.String(), nullable=True),
        sa.Column("family_name", sa.String(), nullable=True),
        sa.Column("given_name", sa.String(), nullable=True),
        sa.Column("middle_name", sa.String(), nullable=True),
        sa.Column("chosen_name", sa.String(), nullable=True),
        sa.Column("pronouns", sa.String(), nullable=True),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("dob_precision", sa.String(), nullable=True),
        sa.Column("sex", sa.String(), nullable=True),
        sa.Column("gender_identity", sa.String(), nullable=True),
        sa.Column("marital_status", sa.String(), nullable=True),
        sa.Column("city_of_birth", sa.String(), nullable=True),
        sa.Column("country_of_birth", sa.String(), nullable=True),
        sa.Column("nationalities", sa.JSON(), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=True),
        sa.Column("primary_language", sa.String(), nullable=True),
        sa.Column("literacy", sa.String(), nullable=True),
        sa.Column("interpreter_needed", sa.Boolean(), nullable=True),
        sa.Column("a_number", sa.String(), nullable=True),
        sa.Column("uscis_account_number", sa.String(), nullable=True),
        sa.Column("ssn", sa.String(), nullable=True),
        sa.Column("i94_number", sa.String(), nullable=True),
        sa.Column("passport_number", sa.String(), nullable=True),
        sa.Column("passport_country", sa.String(), nullable=True),
        sa.Column("passport_expiry", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("safe_contact_method", sa.String(), nullable=True),
        sa.Column("current_state", sa.String(), nullable=True),
        sa.Column("current_county", sa.String(), nullable=True),
        sa.Column("federal_circuit", sa.String(), nullable=True),
        sa.Column("immigration_status", sa.String(), nullable=True),
        sa.Column("detained", sa.Boolean(), nullable=True),
        sa.Column("in_removal_proceedings", sa.Boolean(), nullable=True),
        sa.Column("removal_court", sa.String(), nullable=True),
        sa.Column("next_hearing_date", sa.Date(), nullable=True),
        sa.Column("prior_removal_order", sa.Boolean(), nullable=True),
        sa.Column("last_arrival_date", sa.Date(), nullable=True),
        sa.Column("last_arrival_place", sa.String(), nullable=True),
        sa.Column("last_arrival_manner", sa.String(), nullable=True),
        sa.Column("intake_notes", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    create_child_table(
        "address",
        sa.Column("kind", sa.String(), nullable=True),
        sa.Column("in_care_of", sa.String(), nullable=True),
        sa.Column("street", sa.String(), nullable=True),
        sa.Column("unit", sa.String(), nullable=True),
        sa.Column("city", sa.String(), nullable=True),
        sa.Column("state", sa.String(), nullable=True),
        sa.Column("postal_code", sa.String(), nullable=True),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("date_from", sa.Date(), nullable=True),
        sa.Column("date_to", sa.Date(), nullable=True),
    )

    create_child_table(
        "alias",
        sa.Column("name", sa.String(), nullable=True),
        sa.Column("source", sa.String(), nullable=True),
    )

    op.create_table(
        "answer",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("client_id", sa.String(), nullable=False),
        sa.Column("fact", sa.String(), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("question_id", sa.String(), nullable=True),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_answer_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_answer_fact"), ["fact"], unique=False)

    create_child_table(
        "arrest",
        sa.Column("arrest_date", sa.Date(), nullable=True),
        sa.Column("state", sa.String(), nullable=True),
        sa.Column("county", sa.String(), nullable=True),
        sa.Column("court", sa.String(), nullable=True),
        sa.Column("docket", sa.String(), nullable=True),
        sa.Column("charge", sa.String(), nullable=True),
        sa.Column("offense", sa.String(), nullable=True),
        sa.Column("statute", sa.String(), nullable=True),
        sa.Column("offense_category", sa.String(), nullable=True),
        sa.Column("disposition", sa.String(), nullable=True),
        sa.Column("disposition_date", sa.Date(), nullable=True),
        sa.Column("sentence", sa.String(), nullable=True),
        sa.Column("name_used", sa.String(), nullable=True),
        sa.Column("trafficking_related", sa.Boolean(), nullable=True),
        sa.Column("nexus_narrative", sa.String(), nullable=True),
        sa.Column("records_obtained", sa.Boolean(), nullable=True),
    )

    create_child_table(
        "certification",
        sa.Column("form", sa.String(), nullable=True),
        sa.Column("agency", sa.String(), nullable=True),
        sa.Column("certifier_name", sa.String(), nullable=True),
        sa.Column("certifier_title", sa.String(), nullable=True),
        sa.Column("requested_date", sa.Date(), nullable=True),
        sa.Column("signed_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(), nullable=True),
    )

    create_child_table(
        "cprequest",
        sa.Column("agency", sa.String(), nullable=True),
        sa.Column("submitted_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(), nullable=True),
        sa.Column("granted_date", sa.Date(), nullable=True),
        sa.Column("expiry_date", sa.Date(), nullable=True),
    )

    create_child_table(
        "entryexit",
        sa.Column("direction", sa.String(), nullable=True),
        sa.Column("event_date", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.String(), nullable=True),
        sa.Column("place", sa.String(), nullable=True),
        sa.Column("manner", sa.String(), nullable=True),
        sa.Column("visa_class", sa.String(), nullable=True),
        sa.Column("i94_number", sa.String(), nullable=True),
        sa.Column("after_trafficking", sa.Boolean(), nullable=True),
        sa.Column("purpose", sa.String(), nullable=True),
    )

    create_child_table(
        "episode",
        sa.Column("kind", sa.String(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("start_precision", sa.String(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("end_precision", sa.String(), nullable=True),
        sa.Column("city", sa.String(), nullable=True),
        sa.Column("state", sa.String(), nullable=True),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("in_us", sa.Boolean(), nullable=True),
        sa.Column("perpetrators", sa.String(), nullable=True),
        sa.Column("recruitment", sa.String(), nullable=True),
        sa.Column("actions", sa.JSON(), nullable=True),
        sa.Column("means", sa.JSON(), nullable=True),
        sa.Column("means_details", sa.String(), nullable=True),
        sa.Column("work_type", sa.String(), nullable=True),
        sa.Column("performed_labor_or_sex_act", sa.Boolean(), nullable=True),
        sa.Column("pay", sa.String(), nullable=True),
        sa.Column("could_leave", sa.Boolean(), nullable=True),
        sa.Column("how_it_ended", sa.String(), nullable=True),
        sa.Column("escape_date", sa.Date(), nullable=True),
        sa.Column("crime_types", sa.JSON(), nullable=True),
        sa.Column("harms", sa.String(), nullable=True),
        sa.Column("reported_to_police", sa.Boolean(), nullable=True),
    )

    create_child_table(
        "exhibit",
        sa.Column("label", sa.String(), nullable=True),
        sa.Column("description", sa.String(), nullable=True),
        sa.Column("file_path", sa.String(), nullable=True),
        sa.Column("file_sha256", sa.String(), nullable=True),
        sa.Column("doc_date", sa.Date(), nullable=True),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("translation_status", sa.String(), nullable=True),
        sa.Column("reliefs", sa.JSON(), nullable=True),
        sa.Column("elements", sa.JSON(), nullable=True),
    )

    create_child_table(
        "familymember",
        sa.Column("relationship", sa.String(), nullable=True),
        sa.Column("family_name", sa.String(), nullable=True),
        sa.Column("given_name", sa.String(), nullable=True),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(), nullable=True),
        sa.Column("country_of_birth", sa.String(), nullable=True),
        sa.Column("nationality", sa.String(), nullable=True),
        sa.Column("marital_status", sa.String(), nullable=True),
        sa.Column("location_city", sa.String(), nullable=True),
        sa.Column("location_country", sa.String(), nullable=True),
        sa.Column("in_us", sa.Boolean(), nullable=True),
        sa.Column("a_number", sa.String(), nullable=True),
        sa.Column("in_danger_of_retaliation", sa.Boolean(), nullable=True),
        sa.Column("danger_facts", sa.String(), nullable=True),
        sa.Column("include_as_derivative", sa.Boolean(), nullable=True),
        sa.Column("linked_client_id", sa.String(), nullable=True),
    )

    create_child_table(
        "identitydocument",
        sa.Column("doc_type", sa.String(), nullable=True),
        sa.Column("number", sa.String(), nullable=True),
        sa.Column("issuer", sa.String(), nullable=True),
        sa.Column("expiry", sa.Date(), nullable=True),
        sa.Column("controlled_by", sa.String(), nullable=True),
    )

    create_child_table(
        "lawenforcementcontact",
        sa.Column("agency", sa.String(), nullable=True),
        sa.Column("agency_level", sa.String(), nullable=True),
        sa.Column("officer", sa.String(), nullable=True),
        sa.Column("officer_contact", sa.String(), nullable=True),
        sa.Column("case_number", sa.String(), nullable=True),
        sa.Column("contact_date", sa.Date(), nullable=True),
        sa.Column("event", sa.String(), nullable=True),
        sa.Column("request_made", sa.String(), nullable=True),
        sa.Column("client_response", sa.String(), nullable=True),
        sa.Column("declined_reason", sa.String(), nullable=True),
        sa.Column("trauma_related", sa.Boolean(), nullable=True),
    )

    create_child_table(
        "note",
        sa.Column("topic", sa.String(), nullable=True),
        sa.Column("body", sa.String(), nullable=True),
        sa.Column("author", sa.String(), nullable=True),
    )

    create_child_table(
        "priorapplication",
        sa.Column("form", sa.String(), nullable=True),
        sa.Column("filed_date", sa.Date(), nullable=True),
        sa.Column("receipt_number", sa.String(), nullable=True),
        sa.Column("outcome", sa.String(), nullable=True),
        sa.Column("prepared_by", sa.String(), nullable=True),
        sa.Column("notario", sa.Boolean(), nullable=True),
    )

    create_child_table(
        "priorstatement",
        sa.Column("recipient", sa.String(), nullable=True),
        sa.Column("statement_date", sa.Date(), nullable=True),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("interpreter", sa.Boolean(), nullable=True),
        sa.Column("under_duress", sa.Boolean(), nullable=True),
        sa.Column("summary", sa.String(), nullable=True),
        sa.Column("inconsistencies", sa.String(), nullable=True),
    )


def downgrade() -> None:
    for name in (
        "priorstatement",
        "priorapplication",
        "note",
        "lawenforcementcontact",
        "identitydocument",
        "familymember",
        "exhibit",
        "episode",
        "entryexit",
        "cprequest",
        "certification",
        "arrest",
    ):
        drop_child_table(name)
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_fact"))
        batch_op.drop_index(batch_op.f("ix_answer_client_id"))

    op.drop_table("answer")
    drop_child_table("alias")
    drop_child_table("address")
    op.drop_table("client")
    with op.batch_alter_table("auditevent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auditevent_client_id"))

    op.drop_table("auditevent")
