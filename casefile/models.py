"""SQLModel tables for one client profile (DOMAIN.md §9, data-model checklist).

Owns the shape of what is stored. Must not import facts/eligibility/forms/templates/packets:
the fact catalogue (facts/) reads these columns by name, never the other way round.

Conventions that the fact catalogue relies on:
- ``Client`` columns are the scalar facts ``client.<column>``.
- Each repeating group is a child table with ``client_id``; the fact name of a column is
  ``<GROUP>[].<column>`` where GROUP is the table's ``__group__`` (e.g. ``arrests[].offense``).
- Interview facts that are not natural columns live in ``Answer`` (one row per fact name), which
  also records *why* any asked fact is unknown (skipped / ask later / prefers not to say).
- Every column has a ``description``; ``sensitive=True`` in ``json_schema_extra`` marks
  trauma-related or identifying data for the UI and the privacy tests.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

# Defined where they import without the ORM; imported from here by older code.
from casefile.enums import AnswerStatus as AnswerStatus
from casefile.enums import DatePrecision as DatePrecision

#: Bumped with every alembic revision that changes what a profile holds (bundles carry it).
SCHEMA_VERSION = 12


def _now() -> datetime:
    return datetime.now(UTC)


def _uuid() -> str:
    return uuid.uuid4().hex


def col(
    description: str,
    *,
    sensitive: bool = False,
    default: Any = None,
    choices: tuple[str, ...] = (),
) -> Any:
    """A nullable column with a description (read by the fact catalogue). ``choices`` declares
    the values a fixed-choice column takes: the fact catalogue's allowed values (so rules, maps
    and imports are checked against them) and the editor's combo box. No database constraint:
    a value stored before a choice was declared is kept and shown, never lost."""
    extra: dict[str, Any] = {"sensitive": sensitive}
    if choices:
        extra["choices"] = list(choices)
    return Field(
        default=default, description=description, schema_extra={"json_schema_extra": extra}
    )


def json_col(
    description: str, *, sensitive: bool = False, choices: tuple[str, ...] = ()
) -> Any:
    """A list/dict column stored as JSON (e.g. nationalities, means subtypes). ``choices``: the
    codes a list may hold (the catalogue's allowed values; the editor's checklist); as with
    ``col``, a code stored before it was declared is kept and shown, never lost."""
    extra: dict[str, Any] = {"sensitive": sensitive}
    if choices:
        extra["choices"] = list(choices)
    return Field(
        default=None,
        sa_column=Column(JSON),
        description=description,
        schema_extra={"json_schema_extra": extra},
    )


#: shared choice lists (``col(..., choices=...)``)
PRECISIONS = tuple(p.value for p in DatePrecision)
SEXES = ("F", "M", "X")
MARITAL = ("single", "married", "divorced", "widowed", "separated", "annulled", "other")


# ---------------------------------------------------------------------------
# The client
# ---------------------------------------------------------------------------


class Client(SQLModel, table=True):
    __group__: ClassVar[str] = "client"

    id: str = Field(default_factory=_uuid, primary_key=True)
    created_at: datetime = Field(default_factory=_now)
    updated_at: datetime = Field(default_factory=_now)
    archived: bool = Field(default=False, description="Hidden from the default client list")
    household_id: str | None = col("Groups family members whose profiles are linked")

    family_name: str | None = col("Legal family name (last name)", sensitive=True)
    given_name: str | None = col("Legal given name (first name)", sensitive=True)
    middle_name: str | None = col("Legal middle name", sensitive=True)
    chosen_name: str | None = col("Name the client prefers to be called", sensitive=True)
    pronouns: str | None = col("Pronouns")
    date_of_birth: date | None = col("Date of birth", sensitive=True)
    dob_precision: str | None = col(
        "Precision of the date of birth: day, month or year", choices=PRECISIONS
    )
    sex: str | None = col("Sex as on identity documents: F, M or X", choices=SEXES)
    gender_identity: str | None = col("Gender identity in the client's words")
    marital_status: str | None = col(
        "single, married, divorced, widowed, separated, annulled or other", choices=MARITAL
    )
    city_of_birth: str | None = col("City or town of birth")
    country_of_birth: str | None = col("Country of birth")
    nationalities: list[str] | None = json_col("Countries of citizenship or nationality")
    languages: list[str] | None = json_col("Languages and dialects spoken")
    primary_language: str | None = col("Best language for interviews")
    literacy: str | None = col(
        "Reading ability in the primary language: none, some, fluent",
        choices=("none", "some", "fluent"),
    )
    interpreter_needed: bool | None = col("Needs an interpreter for interviews and read-back")
    a_number: str | None = col("Alien Registration Number, digits only (8 or 9)", sensitive=True)
    uscis_account_number: str | None = col("USCIS online account number", sensitive=True)
    ssn: str | None = col("U.S. Social Security number, digits only", sensitive=True)
    i94_number: str | None = col("Most recent I-94 record number", sensitive=True)
    passport_number: str | None = col("Passport number", sensitive=True)
    passport_country: str | None = col("Country that issued the passport")
    passport_expiry: date | None = col("Passport expiry date")
    phone: str | None = col("Safe phone number", sensitive=True)
    email: str | None = col("Safe e-mail address", sensitive=True)
    safe_contact_method: str | None = col("How it is safe to contact the client", sensitive=True)
    current_state: str | None = col("U.S. state of residence (two-letter code)")
    current_county: str | None = col("County of residence")
    federal_circuit: str | None = col("Federal circuit of residence, e.g. 2nd")
    immigration_status: str | None = col("Current immigration status in plain words")
    detained: bool | None = col("Currently in immigration detention")
    in_removal_proceedings: bool | None = col("Currently in removal proceedings")
    removal_court: str | None = col("Immigration court of the proceedings")
    next_hearing_date: date | None = col("Next immigration court hearing")
    prior_removal_order: bool | None = col("Has ever been ordered removed")
    last_arrival_date: date | None = col("Date of last arrival in the United States")
    last_arrival_place: str | None = col("Port or place of last arrival")
    last_arrival_manner: str | None = col(
        "Manner of last arrival: admitted, paroled, without inspection, other"
    )
    intake_notes: str | None = col("Attorney intake notes", sensitive=True)
    # Added in schema revision 0002 (DOMAIN.md §9 Client).
    do_not_contact: list[str] | None = json_col(
        "Channels or people that must never be used to reach the client", sensitive=True
    )
    receipt_numbers: list[str] | None = json_col("USCIS receipt numbers of pending or past filings")
    fbi_number: str | None = col("FBI number (UCN) from a rap sheet, if any", sensitive=True)
    state_sid: str | None = col(
        "State identification number (SID) from a rap sheet", sensitive=True
    )


# ---------------------------------------------------------------------------
# Repeating groups (child tables)
# ---------------------------------------------------------------------------


class _Child(SQLModel):
    """Common columns of every repeating-group row."""

    __group__: ClassVar[str] = ""

    id: str = Field(default_factory=_uuid, primary_key=True)
    client_id: str = Field(foreign_key="client.id", index=True)
    position: int = Field(default=0, description="Order within the group")
    created_at: datetime = Field(default_factory=_now)
    updated_at: datetime = Field(default_factory=_now)


class Alias(_Child, table=True):
    __group__: ClassVar[str] = "aliases"
    name: str | None = col("Other name used, including names used at arrest", sensitive=True)
    source: str | None = col("Where the name was used: arrest, documents, work, other")
    # issue 15 (SCHEMA_VERSION 7): the I-918/I-765 ask for an other name in parts; 'name'
    # stays the whole name as used
    family_name: str | None = col("Family name (last name) of this other name", sensitive=True)
    given_name: str | None = col("Given name (first name) of this other name", sensitive=True)
    middle_name: str | None = col("Middle name of this other name", sensitive=True)


class Address(_Child, table=True):
    __group__: ClassVar[str] = "addresses"
    kind: str | None = col(
        "Kind of address: physical, mailing, safe mailing, foreign or last address abroad",
        choices=("physical", "mailing", "safe_mailing", "foreign", "last_abroad"),
    )
    in_care_of: str | None = col("In care of name (for a safe mailing address)", sensitive=True)
    street: str | None = col("Street number and name", sensitive=True)
    unit: str | None = col("Apartment, suite or floor")
    city: str | None = col("City or town")
    state: str | None = col("State or province")
    postal_code: str | None = col("ZIP or postal code")
    country: str | None = col("Country")
    date_from: date | None = col("Lived here from")
    date_to: date | None = col("Lived here until (empty if current)")


class EntryExit(_Child, table=True):
    __group__: ClassVar[str] = "entries"
    direction: str | None = col("entry or exit", choices=("entry", "exit"))
    event_date: date | None = col("Date of entry or exit")
    date_precision: str | None = col("day, month or year", choices=PRECISIONS)
    place: str | None = col("Port or place of entry or exit")
    manner: str | None = col("admitted, paroled, without inspection, other")
    visa_class: str | None = col("Visa or status at entry, e.g. B-2, H-2A")
    i94_number: str | None = col("I-94 number for this entry", sensitive=True)
    after_trafficking: bool | None = col("Entry happened after the trafficking began")
    purpose: str | None = col("Purpose of the trip in plain words")
    state: str | None = col("U.S. state of the place of entry (two letters)")


class IdentityDocument(_Child, table=True):
    __group__: ClassVar[str] = "documents"
    doc_type: str | None = col(
        "Kind of document: passport, national ID, birth certificate, visa or other"
    )
    number: str | None = col("Document number", sensitive=True)
    issuer: str | None = col("Issuing country or authority")
    expiry: date | None = col("Expiry date")
    controlled_by: str | None = col(
        "Who holds it: the client, the trafficker, law enforcement, or lost"
    )


class PriorApplication(_Child, table=True):
    __group__: ClassVar[str] = "prior_applications"
    form: str | None = col("Form number, e.g. I-589")
    filed_date: date | None = col("Date filed")
    receipt_number: str | None = col("USCIS receipt number")
    outcome: str | None = col("pending, approved, denied, withdrawn")
    prepared_by: str | None = col("Who prepared it (attorney, notario, self)")
    notario: bool | None = col("Prepared by an unlicensed preparer or notario")


ENDINGS = ("annulled", "divorced", "separated", "widowed")


class FamilyMember(_Child, table=True):
    __group__: ClassVar[str] = "family"
    relationship: str | None = col(
        "Relationship to the client: spouse, child, stepchild, parent, sibling, or child of a "
        "derivative family member",
        choices=("spouse", "child", "stepchild", "parent", "sibling", "child_of_derivative"),
    )
    family_name: str | None = col("Family name", sensitive=True)
    given_name: str | None = col("Given name", sensitive=True)
    date_of_birth: date | None = col("Date of birth", sensitive=True)
    sex: str | None = col("F, M or X", choices=SEXES)
    country_of_birth: str | None = col("Country of birth")
    nationality: str | None = col("Nationality")
    marital_status: str | None = col("single, married, divorced, widowed", choices=MARITAL)
    location_city: str | None = col("City where they live now")
    location_country: str | None = col("Country where they live now")
    in_us: bool | None = col("Lives in the United States now")
    a_number: str | None = col("Their A-number, if any", sensitive=True)
    in_danger_of_retaliation: bool | None = col(
        "Faces present danger of retaliation because of the client's escape or cooperation",
        sensitive=True,
    )
    danger_facts: str | None = col("What shows the danger of retaliation", sensitive=True)
    include_as_derivative: bool | None = col("Attorney plans to include as a derivative")
    linked_client_id: str | None = col("Their own client profile, if any")
    # issue 14 (derivatives, SCHEMA_VERSION 4)
    us_citizen: bool | None = col("Is a U.S. citizen (never a derivative)")
    is_perpetrator: bool | None = col(
        "Took part in the trafficking or crime against the client (never a derivative)",
        sensitive=True,
    )
    relationship_since: date | None = col(
        "Date the relationship began (marriage, birth, adoption or step-relationship)"
    )
    derivative_parent: str | None = col(
        "For a child of a derivative (T-6): the given name of that derivative family member"
    )
    # issue 15 (Supplement A per family member, SCHEMA_VERSION 8): what the I-914/I-918
    # Supplement A asks about the family member beyond the relationship.
    middle_name: str | None = col("Middle name", sensitive=True)
    other_family_name: str | None = col("Another family name they have used", sensitive=True)
    other_given_name: str | None = col("Another given name they have used", sensitive=True)
    city_of_birth: str | None = col("City or town of birth")
    province_of_birth: str | None = col("State or province of birth")
    us_street: str | None = col(
        "U.S. street address where they live or will live (number and name)", sensitive=True
    )
    us_unit_type: str | None = col("apt, ste or flr", choices=("apt", "ste", "flr"))
    us_unit_number: str | None = col("Apartment, suite or floor number", sensitive=True)
    us_city: str | None = col("U.S. city or town where they live or will live", sensitive=True)
    us_state: str | None = col("U.S. state (two letters)", sensitive=True)
    us_zip: str | None = col("U.S. ZIP code", sensitive=True)
    ssn: str | None = col("U.S. Social Security number, if any (9 digits)", sensitive=True)
    uscis_account_number: str | None = col("USCIS online account number, if any", sensitive=True)
    passport_number: str | None = col("Passport or travel document number", sensitive=True)
    passport_country: str | None = col("Country that issued the passport or travel document")
    passport_issued: date | None = col("Date the passport or travel document was issued")
    passport_expires: date | None = col("Date the passport or travel document expires")
    i94_number: str | None = col("Form I-94 arrival-departure record number", sensitive=True)
    immigration_status: str | None = col("Current immigration status (e.g. none, F-1, parole)")
    last_entry_date: date | None = col("Date of their last entry into the United States")
    last_entry_city: str | None = col("City or town of their last entry into the United States")
    last_entry_state: str | None = col("U.S. state of their last entry (two letters)")
    last_entry_status: str | None = col("Status at their last entry (e.g. B-2, EWI)")
    ever_in_proceedings: bool | None = col(
        "Has ever been in immigration court (removal, exclusion or deportation proceedings)"
    )
    wants_work_permit: bool | None = col(
        "Asks for an employment authorization document (only if in the United States)"
    )
    processing_office: str | None = col(
        "Outside the U.S.: office to notify on approval: consulate, pre-flight inspection or port "
        "of entry",
        choices=("consulate", "pre_flight", "port_of_entry"),
    )
    processing_city: str | None = col("City or town of that consulate or inspection office")
    processing_country: str | None = col("Country (or U.S. state) of that office")
    phone: str | None = col("Their daytime phone number", sensitive=True)
    email: str | None = col("Their email address", sensitive=True)
    admissibility_answered: bool | None = col(
        "Every Supplement A admissibility question was asked about them (unlisted items are no)"
    )
    admissibility_yes: list[str] | None = json_col(
        "Supplement A admissibility items answered yes (item ids such as 1.b, 9.a, "
        "as printed on the form)",
        sensitive=True,
    )
    admissibility_explanation: str | None = col(
        "For each yes answer: what happened, when and where, in their words", sensitive=True
    )
    # issue 15 (Supplement A, SCHEMA_VERSION 11): the rest of what the I-914A / I-918A ask
    other_middle_name: str | None = col("Middle name of that other name", sensitive=True)
    second_other_family_name: str | None = col(
        "A second other family name they have used", sensitive=True
    )
    second_other_given_name: str | None = col(
        "A second other given name they have used", sensitive=True
    )
    second_other_middle_name: str | None = col(
        "Middle name of the second other name", sensitive=True
    )
    travel_doc_number: str | None = col(
        "Travel document number (not a passport), if any", sensitive=True
    )
    status_code: str | None = col("USCIS class code of their current status (e.g. B2, PAR, EWI)")
    authorized_stay_expires: date | None = col("Date their authorized stay in the U.S. expired")
    mobile_phone: str | None = col("Their mobile phone number", sensitive=True)
    mailing_in_care_of: str | None = col("Safe mailing address: in care of", sensitive=True)
    mailing_street: str | None = col("Safe mailing address: street number and name", sensitive=True)
    mailing_unit_type: str | None = col(
        "Safe mailing address: apt, ste or flr", choices=("apt", "ste", "flr")
    )
    mailing_unit_number: str | None = col(
        "Safe mailing address: apartment, suite or floor number", sensitive=True
    )
    mailing_city: str | None = col("Safe mailing address: city or town", sensitive=True)
    mailing_state: str | None = col(
        "Safe mailing address: U.S. state (two letters)", sensitive=True
    )
    mailing_zip: str | None = col("Safe mailing address: ZIP code", sensitive=True)
    mailing_province: str | None = col("Safe mailing address abroad: province", sensitive=True)
    mailing_postal_code: str | None = col(
        "Safe mailing address abroad: postal code", sensitive=True
    )
    mailing_country: str | None = col("Safe mailing address: country", sensitive=True)
    notice_street: str | None = col(
        "Address abroad for notices: street number and name", sensitive=True
    )
    notice_unit_type: str | None = col(
        "Address abroad for notices: apt, ste or flr", choices=("apt", "ste", "flr")
    )
    notice_unit_number: str | None = col(
        "Address abroad for notices: apartment, suite or floor number", sensitive=True
    )
    notice_city: str | None = col("Address abroad for notices: city or town", sensitive=True)
    notice_state: str | None = col(
        "Address for notices: U.S. state, if any (two letters)", sensitive=True
    )
    notice_zip: str | None = col("Address for notices: ZIP code, if any", sensitive=True)
    notice_province: str | None = col("Address abroad for notices: province", sensitive=True)
    notice_postal_code: str | None = col("Address abroad for notices: postal code", sensitive=True)
    notice_country: str | None = col("Address abroad for notices: country", sensitive=True)
    former_spouse_family_name: str | None = col("Former spouse: family name", sensitive=True)
    former_spouse_given_name: str | None = col("Former spouse: given name", sensitive=True)
    former_spouse_middle_name: str | None = col("Former spouse: middle name", sensitive=True)
    former_marriage_ended: date | None = col("Date that marriage ended")
    former_marriage_end_city: str | None = col("City or town where that marriage ended")
    former_marriage_end_state: str | None = col("State or province where that marriage ended")
    former_marriage_end_country: str | None = col("Country where that marriage ended")
    former_marriage_end_how: str | None = col(
        "How that marriage ended: annulled, divorced, separated or widowed", choices=ENDINGS
    )
    second_former_spouse_family_name: str | None = col(
        "Second former spouse: family name", sensitive=True
    )
    second_former_spouse_given_name: str | None = col(
        "Second former spouse: given name", sensitive=True
    )
    second_former_spouse_middle_name: str | None = col(
        "Second former spouse: middle name", sensitive=True
    )
    second_former_marriage_ended: date | None = col("Date the second former marriage ended")
    second_former_marriage_end_place: str | None = col("Where the second former marriage ended")
    second_former_marriage_end_how: str | None = col(
        "How the second former marriage ended: annulled, divorced, separated or widowed",
        choices=ENDINGS,
    )
    proceedings_type: str | None = col(
        "Kind of immigration proceedings: removal, exclusion, deportation, rescission or judicial",
        choices=("removal", "exclusion", "deportation", "rescission", "judicial"),
    )
    proceedings_date: date | None = col("Date of those proceedings (or of their last action)")
    next_hearing_date: date | None = col("Date of the next immigration court hearing, if any")
    processing_state: str | None = col("U.S. state of that office, when it is a port of entry")
    # issue 15 (I-589 Part A.II child items 11, 19 and 20, SCHEMA_VERSION 9)
    race_ethnic_group: str | None = col("Race, ethnic or tribal group")
    status_expires: date | None = col("If in the U.S.: expiration date of their authorized stay")
    in_court_proceedings: bool | None = col(
        "If in the U.S.: is now in Immigration Court proceedings"
    )
    # issue 15 (I-589 Part A.III item 5 "Deceased" boxes, SCHEMA_VERSION 10)
    deceased: bool | None = col("Has died")


class Education(_Child, table=True):
    """A school the client attended (I-589 Part A.III item 3, most recent first). Added in
    schema revision 0009."""

    __group__: ClassVar[str] = "education"
    school_name: str | None = col("Name of the school")
    school_type: str | None = col("Type of school, e.g. primary, secondary, university, trade")
    location: str | None = col("Where the school is: city and country")
    date_from: date | None = col("Attended from (month and year)")
    date_to: date | None = col("Attended until (month and year; empty if still attending)")


class Employment(_Child, table=True):
    """A job in the last five years (I-589 Part A.III item 4, present job first). Work under a
    trafficker's control is recorded only as the attorney decides. Added in revision 0009."""

    __group__: ClassVar[str] = "employment"
    employer: str | None = col("Name and address of the employer", sensitive=True)
    occupation: str | None = col("The client's occupation or job there")
    date_from: date | None = col("Worked there from (month and year)")
    date_to: date | None = col("Worked there until (month and year; empty if current)")


class MeansTestedBenefit(_Child, table=True):
    """A means-tested benefit someone in the household receives (I-912 Part 4). Added in
    revision 0009."""

    __group__: ClassVar[str] = "benefits"
    recipient_name: str | None = col("Full name of the person receiving it", sensitive=True)
    recipient_relationship: str | None = col(
        "That person's relationship to the client in words, e.g. self, mother, son"
    )
    benefit_type: str | None = col("Type of benefit, e.g. Medicaid, SNAP, TANF, SSI")
    agency: str | None = col("Name of the agency that awarded it")
    date_awarded: date | None = col("Date the benefit was awarded")
    expires: date | None = col("Date the benefit expires or must be renewed")


class Asset(_Child, table=True):
    """Cash or an asset that can quickly become cash (I-912 Part 6 item 2; not retirement
    accounts). Added in revision 0009."""

    __group__: ClassVar[str] = "assets"
    asset_type: str | None = col("Type of asset, e.g. bank account, cash")
    value_usd: int | None = col("Value in whole U.S. dollars", sensitive=True)


class Episode(_Child, table=True):
    """A trafficking or crime incident (DOMAIN.md §9 Incident)."""

    __group__: ClassVar[str] = "episodes"
    kind: str | None = col(
        "Kind: sex trafficking, labor trafficking, both, or another crime",
        choices=("sex_trafficking", "labor_trafficking", "both", "crime"),
    )
    start_date: date | None = col("When it began", sensitive=True)
    start_precision: str | None = col("day, month or year", choices=PRECISIONS)
    end_date: date | None = col("When it ended", sensitive=True)
    end_precision: str | None = col("day, month or year", choices=PRECISIONS)
    city: str | None = col("City or town where it happened")
    state: str | None = col("U.S. state (or region abroad)")
    country: str | None = col("Country where it happened")
    in_us: bool | None = col("Happened in the United States or its territories")
    perpetrators: str | None = col("Who did it: names, roles, relationship", sensitive=True)
    recruitment: str | None = col(
        "How the client was recruited and what was promised", sensitive=True
    )
    actions: list[str] | None = json_col(
        "recruited, harbored, transported, provided, obtained, patronized, solicited",
        choices=(
            "recruited",
            "harbored",
            "transported",
            "provided",
            "obtained",
            "patronized",
            "solicited",
        ),
    )
    means: list[str] | None = json_col(
        "Means used: force, fraud, coercion, threats, restraint, debt, taking the client's "
        "documents, abuse of legal process",
        sensitive=True,
        choices=(
            "force",
            "fraud",
            "coercion",
            "threats",
            "restraint",
            "debt",
            "document_confiscation",
            "legal_process",
        ),
    )
    means_details: str | None = col(
        "Force, fraud or coercion in the client's words", sensitive=True
    )
    work_type: str | None = col("Labor or services performed, or commercial sex", sensitive=True)
    performed_labor_or_sex_act: bool | None = col("Labor, services or a sex act was performed")
    pay: str | None = col("Pay, deductions and debts", sensitive=True)
    could_leave: bool | None = col("Could leave freely", sensitive=True)
    how_it_ended: str | None = col("How it ended: escape, rescue, raid, other", sensitive=True)
    escape_date: date | None = col("Date the client escaped or it ended", sensitive=True)
    crime_types: list[str] | None = json_col(
        "Qualifying criminal activity types (U visa), e.g. domestic violence, trafficking",
        sensitive=True,
    )
    harms: str | None = col("Physical and mental harm suffered", sensitive=True)
    reported_to_police: bool | None = col("Was reported to law enforcement")


class LawEnforcementContact(_Child, table=True):
    __group__: ClassVar[str] = "le_contacts"
    agency: str | None = col("Agency name")
    agency_level: str | None = col(
        "federal, state, local, tribal, or foreign (police outside the U.S.)",
        choices=("federal", "state", "local", "tribal", "foreign"),
    )
    officer: str | None = col("Officer or agent name and title")
    officer_contact: str | None = col("Officer phone or e-mail")
    case_number: str | None = col("Agency case number", sensitive=True)
    contact_date: date | None = col("Date of the contact")
    event: str | None = col("report, interview, identification, testimony, other")
    request_made: str | None = col("What law enforcement asked the client to do")
    client_response: str | None = col(
        "complied, declined, partially, pending",
        choices=("complied", "declined", "partially", "pending"),
    )
    declined_reason: str | None = col("Why the client did not comply", sensitive=True)
    trauma_related: bool | None = col("Not complying was due to trauma")


class Certification(_Child, table=True):
    __group__: ClassVar[str] = "certifications"
    form: str | None = col("I-914B, I-918B or other")
    agency: str | None = col("Certifying agency")
    certifier_name: str | None = col("Name of the signing official")
    certifier_title: str | None = col("Title of the signing official")
    requested_date: date | None = col("Date requested")
    signed_date: date | None = col("Date the official signed")
    status: str | None = col(
        "Status: not requested, requested, signed or refused",
        choices=("not_requested", "requested", "signed", "refused"),
    )


class CPRequest(_Child, table=True):
    __group__: ClassVar[str] = "cp_requests"
    agency: str | None = col("Law-enforcement agency asked to request Continued Presence")
    submitted_date: date | None = col("Date the agency submitted the request")
    status: str | None = col(
        "Status: not requested, asked the agency, submitted, granted or denied",
        choices=("not_requested", "asked_agency", "submitted", "granted", "denied"),
    )
    granted_date: date | None = col("Grant date")
    expiry_date: date | None = col("Expiry date of the current grant")


class Arrest(_Child, table=True):
    __group__: ClassVar[str] = "arrests"
    arrest_date: date | None = col("Date of arrest", sensitive=True)
    state: str | None = col("State (two-letter code)")
    county: str | None = col("County")
    city: str | None = col("City or town of the arrest")
    country: str | None = col("Country of the arrest")
    court: str | None = col("Court name")
    docket: str | None = col("Docket or case number", sensitive=True)
    charge: str | None = col("Charge at arrest", sensitive=True)
    offense: str | None = col("Offence of conviction (or charge if not convicted)", sensitive=True)
    statute: str | None = col("Statute of the offence, e.g. PL 230.00")
    offense_category: str | None = col(
        "prostitution, loitering, drug, theft, immigration, violent, other"
    )
    disposition: str | None = col(
        "convicted, adjudicated, dismissed, pending, acquitted, vacated, sealed",
        choices=(
            "convicted",
            "adjudicated",
            "dismissed",
            "pending",
            "acquitted",
            "vacated",
            "sealed",
        ),
    )
    disposition_date: date | None = col("Date of the disposition")
    sentence: str | None = col("Sentence")
    name_used: str | None = col("Name used at arrest", sensitive=True)
    trafficking_related: bool | None = col(
        "The offence was committed as a direct result of being trafficked", sensitive=True
    )
    nexus_narrative: str | None = col("How the trafficking caused the offence", sensitive=True)
    records_obtained: bool | None = col("Certificate of disposition or rap sheet obtained")


class PriorStatement(_Child, table=True):
    __group__: ClassVar[str] = "statements"
    recipient: str | None = col("To whom: police, CBP, asylum officer, NGO, court, other")
    statement_date: date | None = col("Date of the statement")
    language: str | None = col("Language used")
    interpreter: bool | None = col("An interpreter was used")
    under_duress: bool | None = col("Made in custody or under duress", sensitive=True)
    summary: str | None = col("What was said", sensitive=True)
    inconsistencies: str | None = col("Differences from the current account", sensitive=True)
    # Added in schema revision 0002 (DOMAIN.md §8.2).
    setting: str | None = col("Where and how: custody, raid, interview room, shelter, court")
    counsel_present: bool | None = col("A lawyer for the client was present")
    recorded: bool | None = col("The statement was recorded or transcribed")
    obtained_copy: bool | None = col("The attorney has a copy of the statement")
    explanation: str | None = col(
        "Why it differs: trauma, interpreter error, fear, trafficker's instructions, notario",
        sensitive=True,
    )


class Perpetrator(_Child, table=True):
    """A trafficker, abuser or other perpetrator (DOMAIN.md §9; 8 USC 1367 prohibited source).
    Added in schema revision 0002."""

    __group__: ClassVar[str] = "perpetrators"
    names: str | None = col("Names and aliases the perpetrator uses", sensitive=True)
    role: str | None = col("Role: recruiter, trafficker, employer, abuser, transporter, other")
    relationship: str | None = col("Relationship to the client", sensitive=True)
    location: str | None = col("Where the perpetrator is now, if known", sensitive=True)
    ties_to_officials: str | None = col(
        "Ties to police, officials or gangs in the home country or here", sensitive=True
    )
    threats: str | None = col("Threats made to the client or the family", sensitive=True)
    prohibited_source: bool | None = col(
        "A prohibited source under 8 USC 1367(a)(1): information from them alone cannot "
        "ground an adverse decision"
    )
    current_contact: str | None = col("Any current contact with the client", sensitive=True)


class PriorRepresentative(_Child, table=True):
    """A prior lawyer, accredited representative or preparer (DOMAIN.md §9). Added in 0002."""

    __group__: ClassVar[str] = "representatives"
    name: str | None = col("Name of the prior representative or preparer")
    licensed: bool | None = col("A licensed attorney or accredited representative")
    notario: bool | None = col("An unlicensed notario or preparer")
    filings_prepared: str | None = col("What they prepared or filed, with dates")
    complaint_filed: bool | None = col("A bar or consumer complaint was filed")
    lozada_steps: str | None = col("Steps taken for an ineffective-assistance (Lozada) claim")


class Exhibit(_Child, table=True):
    __group__: ClassVar[str] = "exhibits"
    label: str | None = col("Exhibit letter, assigned at packet time if empty")
    description: str | None = col("What the document is, e.g. Birth certificate")
    file_path: str | None = col("Path to the file on this computer", sensitive=True)
    file_sha256: str | None = col("SHA-256 of the file when it was attached")
    doc_date: date | None = col("Date of the document")
    language: str | None = col("Language of the original")
    translation_status: str | None = col(
        "Translation: not needed, needed, translated or certified",
        choices=("not_needed", "needed", "translated", "certified"),
    )
    reliefs: list[str] | None = json_col("Reliefs this exhibit supports, e.g. T visa")
    elements: list[str] | None = json_col("Legal element ids it proves, e.g. T-E1")


class Note(_Child, table=True):
    __group__: ClassVar[str] = "notes"
    topic: str | None = col("Topic or question id the note is about")
    body: str | None = col("Note text", sensitive=True)
    author: str | None = col("Who wrote it")


class NarrativeBlock(_Child, table=True):
    """The client's own account of one part of the story, typed by the attorney in the client's
    words (first person), one row per declaration topic (and per episode where it matters).
    Declarations are arranged from these blocks; a topic with no block shows a highlighted prompt
    for the attorney, never default prose. Added in schema revision 0003."""

    __group__: ClassVar[str] = "narratives"
    topic: str | None = col(
        "The declaration topic this block tells (a topic of the clause library)"
    )
    episode: int | None = col("Which episode it is about (1 = the first), if any")
    text: str | None = col("The account in the client's words, first person", sensitive=True)
    language: str | None = col("Language the client told it in")
    interpreter: str | None = col("Interpreter who took it down or read it back, if any")
    read_back: bool | None = col("Read back to the client in their language and confirmed")


class Answer(SQLModel, table=True):
    """One interview fact: its value (JSON) or why it is unknown, and when."""

    __group__: ClassVar[str] = "answers"
    id: str = Field(default_factory=_uuid, primary_key=True)
    client_id: str = Field(foreign_key="client.id", index=True)
    fact: str = Field(index=True, description="Fact name from the catalogue")
    value: Any = Field(default=None, sa_column=Column(JSON))
    status: str = Field(default=AnswerStatus.ANSWERED.value)
    question_id: str | None = Field(default=None, description="Question that set it")
    note: str | None = Field(default=None, description="Why unknown, or attorney note")
    updated_at: datetime = Field(default_factory=_now)


class ClientIndex(SQLModel, table=True):
    """Bookkeeping per client, kept by the store on every write (revision 0003): the search
    key (``casefile.search``), the columns the client list shows (so listing and searching
    read this one narrow table) and the version that optimistic concurrency checks on save.
    Not part of a profile: never exported, never a fact; rebuilt from the profile rows."""

    client_id: str = Field(foreign_key="client.id", primary_key=True)
    names: str = Field(default="", description="Folded names and aliases, space-separated")
    a_number9: str | None = Field(default=None, description="A-number padded to 9 digits")
    sort_key: str = Field(default="", index=True, description="Folded display name")
    display_name: str = Field(default="", description="Given and family name as listed")
    aliases: str = Field(default="", description="JSON list of the aliases, '' for none")
    a_number: str | None = Field(default=None, description="The client's A-number as stored")
    date_of_birth: date | None = Field(default=None, description="The client's date of birth")
    updated_at: datetime = Field(default_factory=_now)
    archived: bool = Field(default=False)
    version: int = Field(default=1, description="Bumped by every committed write")


class Counsel(SQLModel, table=True):
    """The office's attorney or accredited representative, held once for every client
    (revision 0006, issue 15 item 2). Not part of a profile and never exported: a profile
    reads these as the ``representative.*`` facts (each column ``c`` is the fact
    ``representative.c``) unless the client's own answer to that fact overrides it (the
    per-client attorney of record, issue 18 item 1)."""

    key: str = Field(default="default", primary_key=True)
    family_name: str | None = col("Counsel's family name")
    given_name: str | None = col("Counsel's given name")
    middle_name: str | None = col("Counsel's middle name")
    is_attorney: bool | None = col("Counsel is an attorney in good standing")
    bar_number: str | None = col("Counsel's bar number")
    bar_state: str | None = col("State or territory of the bar admission (two-letter code)")
    licensing_authority: str | None = col("Authority that licensed counsel to practise law")
    is_accredited_representative: bool | None = col("Counsel is a DOJ accredited representative")
    recognized_organization: str | None = col("Recognized organization of the representative")
    doj_accreditation_id: str | None = col("DOJ recognition/accreditation number (R&A roster)")
    accreditation_expires: date | None = col("Date the accreditation expires")
    firm_name: str | None = col("Law firm or organization")
    street: str | None = col("Office street number and name")
    unit: str | None = col("Office suite, floor or unit")
    city: str | None = col("Office city or town")
    state: str | None = col("Office state (two-letter code)")
    postal_code: str | None = col("Office ZIP or postal code")
    country: str | None = col("Office country")
    phone: str | None = col("Daytime telephone")
    mobile_phone: str | None = col("Mobile telephone")
    fax: str | None = col("Fax number")
    email: str | None = col("Email address")
    uscis_account_number: str | None = col("USCIS online account number")
    eoir_id: str | None = col("EOIR ID (EOIR eRegistry)")
    updated_at: datetime = Field(default_factory=_now)


#: Counsel columns that are facts (``representative.<column>``), in form order.
COUNSEL_FIELDS: tuple[str, ...] = tuple(
    n for n in Counsel.model_fields if n not in ("key", "updated_at")
)


class AuditEvent(SQLModel, table=True):
    """Who changed what and when (no values: values are client data)."""

    id: int | None = Field(default=None, primary_key=True)
    client_id: str | None = Field(default=None, index=True)
    at: datetime = Field(default_factory=_now)
    #: indexed (revision 0014): the client list reads the check-out/check-in events by action
    action: str = Field(
        index=True,
        description="What was done: create, update, delete, open, export, import, archive, "
        "checkout, checkin, ...",
    )
    target: str = Field(default="", description="Table or fact touched")


class MemberArrest(_Child, table=True):
    """An arrest, citation, detention or charge of a family member, not of the client (I-914
    and I-918 Supplement A arrest tables); linked to the member by given name. Added in schema
    revision 0012: the client's own arrests stay in ``arrests`` so no rule reads these."""

    __group__: ClassVar[str] = "member_arrests"
    member: str | None = col("Given name of the family member this is about", sensitive=True)
    arrest_date: date | None = col("Date of the arrest, citation, detention or charge")
    reason: str | None = col("Why they were arrested, cited, detained or charged", sensitive=True)
    city: str | None = col("City or town where it happened")
    state: str | None = col("State or province where it happened")
    country: str | None = col("Country where it happened")
    outcome: str | None = col("Outcome or disposition, e.g. no charges, dismissed, probation")


#: Child tables in display order; the fact catalogue and exports iterate this.
CHILD_TABLES: tuple[type[_Child], ...] = (
    Alias,
    Address,
    EntryExit,
    IdentityDocument,
    PriorApplication,
    FamilyMember,
    MemberArrest,
    Education,
    Employment,
    MeansTestedBenefit,
    Asset,
    Episode,
    LawEnforcementContact,
    Certification,
    CPRequest,
    Arrest,
    PriorStatement,
    Exhibit,
    Note,
    Perpetrator,
    PriorRepresentative,
    NarrativeBlock,
)

GROUPS: dict[str, type[_Child]] = {t.__group__: t for t in CHILD_TABLES}
