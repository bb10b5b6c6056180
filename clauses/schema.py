"""Pydantic schemas of the clause files and the state vacatur drafting table (validated on load).

Per DOMAIN.md's "App rule" every clause and state row carries its authority (``cite``),
``last_reviewed``, ``reviewed_by`` and ``verify_status``: the one review model of
``eligibility.review`` (an ``ok`` row whose review is older than ``STALE_AFTER_DAYS`` reads as
``stale``).
"""

from __future__ import annotations

from typing import Any, Literal, NamedTuple

from pydantic import Field, ValidationError, field_validator

from eligibility.registry import relief_ids
from eligibility.review import Reviewed as _Reviewed
from eligibility.review import Strict
from eligibility.schema import RecordReliefType, VenueRule

#: A clause for every relief says ``reliefs: [any]``; other names come from the relief registry.
ANY_RELIEF = "any"


_Strict = Strict


class RowError(NamedTuple):
    """The first validation error of a file that holds one list of rows, placed in its row."""

    position: int | None  # the row's place in the list, when the error lies inside a row
    row: dict[str, Any] | None  # that row as read, when it is a mapping
    where: str  # dotted path inside the row; "" at the row itself or outside any row
    msg: str
    error_type: str  # pydantic's error type, e.g. extra_forbidden


def first_row_error(exc: ValidationError, data: Any, list_key: str) -> RowError:
    """Where the first error of ``exc`` lies in ``data[list_key]``. The clause files and the
    state drafting table both report a bad row by its id, so both locate it this way."""
    first = exc.errors()[0]
    loc = first.get("loc", ())
    position = loc[1] if len(loc) >= 2 and loc[0] == list_key and isinstance(loc[1], int) else None
    raw = (data.get(list_key) or [])[position] if position is not None else None
    row = raw if isinstance(raw, dict) else None
    where = ".".join(str(p) for p in loc[2:])
    return RowError(position, row, where, first["msg"], first["type"])


class Reviewed(_Reviewed):
    """The review model, with the authority called ``cite`` as the clause files write it."""

    cite: list[str] = Field(min_length=1, description="Authority, pinpointed, from DOMAIN.md")
    reviewed_by: str = Field(default="unreviewed", min_length=1)


class NarrativePrompt(_Strict):
    """A declaration topic told in the client's own words (``narratives[]`` rows whose topic is
    the clause id). With no block the draft shows ``ask`` highlighted for the attorney, never
    default prose; the clause body then holds only connective sentences built from facts."""

    ask: str = Field(description="What to ask the client, in plain words")
    proves: str = Field(description="The element it proves, for the attorney, e.g. 'T-E1 ACTION'")


class Clause(Reviewed):
    id: str = Field(pattern=r"^[a-z0-9_.]+$")
    title: str
    documents: list[str] = Field(min_length=1)
    section: str = Field(pattern=r"^[a-z0-9_]+$")
    order: int = 100
    reliefs: list[str] = Field(min_length=1)
    element: str | None = Field(default=None, description="Legal element id, e.g. T-E1")
    proves_with: list[str] = Field(
        default_factory=list, description="Facts that prove the element (catalogue names)"
    )
    when: dict[str, Any] | None = Field(default=None, description="Condition tree over facts")
    states: list[str] | None = Field(
        default=None, description="Only for vacatur papers of these states (two-letter codes)"
    )
    body: str
    narrative: NarrativePrompt | None = Field(
        default=None, description="Declarations: the topic is told in the client's narrative blocks"
    )
    heading: str | None = Field(
        default=None, description="Declarations: the element heading printed above the topic"
    )
    notes: str = Field(default="", description="For the attorney; never printed in a final")
    warning: str | None = Field(default=None, description="Shown prominently to the attorney")
    risk: str | None = None

    @field_validator("reliefs")
    @classmethod
    def _known_reliefs(cls, v: list[str]) -> list[str]:
        known = (*relief_ids(), ANY_RELIEF)
        bad = [r for r in v if r not in known]
        if bad:
            raise ValueError(f"unknown relief(s) {bad}; use one of {list(known)}")
        return v


class ClauseFile(_Strict):
    clauses: list[Clause]


class CaptionFormat(_Strict):
    plaintiff: str = Field(description="e.g. THE PEOPLE OF THE STATE OF NEW YORK")
    defendant_label: str = Field(description="e.g. Defendant, Petitioner")
    court: str = Field(description="Court line; may use {county} and {court}")


class CourtRule(_Strict):
    """How a court is named in the caption: the first rule whose ``match`` (a case-insensitive
    regular expression, named groups allowed) finds the recorded court name gives ``line``,
    formatted with ``{county}`` and the named groups (e.g. ``{place}``)."""

    match: str
    line: str
    level: str = Field(description="Court level, for the attorney: criminal, supreme, county...")


class StateDrafting(_Strict):
    """One row of ``clauses/data/vacatur_drafting.yaml``: how the papers are drafted in a state.

    Only drafting fields: the law itself (statute, scope, proof, timing, authority, review) is
    in eligibility's state table, and an unknown key here (e.g. ``statute``) is an error.
    """

    state: str = Field(pattern=r"^[A-Z]{2}$")
    legal_standard: str = Field(description="The standard as the memorandum states it")
    paper_names: dict[str, str] = Field(
        description="Title of each vacatur paper in this state (notice, affidavit, ...)"
    )
    caption: CaptionFormat
    affirmation_rule: str = Field(description="How counsel's statement is sworn")
    order_vacate: str = Field(
        description="What the proposed order does to each judgment, reciting the ground "
        "(Matter of Azrag): follows 'the judgment of conviction under docket X is'"
    )
    order_records: str | None = Field(
        default=None, description="The records order, if the statute provides one"
    )
    courts: list[CourtRule] = Field(
        default_factory=list, description="Court names by level, matched on arrests[].court"
    )
    county_names: dict[str, str] = Field(
        default_factory=dict, description="Other names of a county, e.g. Brooklyn: Kings"
    )
    affirmation_text: str | None = Field(
        default=None, description="The sworn-statement form counsel signs (e.g. CPLR 2106)"
    )
    prosecutor: str = Field(
        default="the District Attorney of {county} County",
        description="Who is served with the motion, by county",
    )
    # The wording of the papers themselves: New York's by default (CPL 440 motion practice).
    motion: str = Field(default="motion", description="What the filing is called: motion, petition")
    versus: str = Field(default="– against –", description="Between the parties in the caption")
    docket_label: str = Field(default="Docket No(s).", description="Before the docket numbers")
    part_label: str = Field(default="Part", description="Where in the court: Part, Department")
    vacate: str = Field(
        default="vacate", description="What the order does to a judgment: vacate, expunge..."
    )
    ground: str = Field(
        default="participation in each offense was a result of having been a victim of trafficking",
        description='The statutory ground after "the <party>\'s" (notice, memo, order)',
    )
    client_sworn_by: Literal["affidavit", "declaration"] = Field(
        default="affidavit",
        description="How the client's statement is made: a notarized affidavit, or a "
        "declaration under penalty of perjury in the words of affirmation_text",
    )
    counsel_verb: str = Field(
        default="affirms", description="Counsel's statement: affirms, declares"
    )
    service_basis: str | None = Field(
        default=None,
        description="The statute's notice requirement, recited in the proof of service",
    )
    order_recital: str | None = Field(
        default=None, description="What the order was made upon (default: the NY recital)"
    )

    @field_validator("paper_names")
    @classmethod
    def _all_papers(cls, v: dict[str, str]) -> dict[str, str]:
        need = {"notice", "affidavit", "affirmation", "memorandum", "order", "service"}
        missing = need - set(v)
        if missing:
            raise ValueError(f"paper_names lacks {sorted(missing)}")
        return v


class DraftingTable(_Strict):
    states: list[StateDrafting] = Field(min_length=1)


class VacaturState(Reviewed):
    """A state's vacatur row as the templates see it: eligibility's legal row (the one source
    of the law; ``cite`` is its ``authority``) joined with the state's drafting row.
    Built by ``clauses.states``; not read from a file of its own."""

    state: str = Field(pattern=r"^[A-Z]{2}$")
    name: str
    statute: str
    statute_short: str
    relief_types: list[RecordReliefType]
    record_scope: list[
        Literal["conviction", "arrest_no_conviction", "juvenile_adjudication", "pending_charge"]
    ]
    offense_scope: Literal[
        "prostitution_related_only", "enumerated_list", "nonviolent_only", "any_offense", "unknown"
    ]
    offense_scope_text: str
    exclusions: list[str] = Field(default_factory=list)
    trafficking_predicates: list[str] = Field(default_factory=list)
    nexus_standard: str
    age_limit: Literal["none", "under_18_at_offense", "other", "unknown"]
    proof_standard: Literal["preponderance", "clear_and_convincing", "unspecified", "unknown"]
    official_documentation: str
    timing_type: Literal["due_diligence", "reasonable_time", "fixed_years", "none", "unknown"]
    timing_text: str
    procedure_text: str
    effect_text: str
    immigration_language: bool | None
    legal_standard: str
    paper_names: dict[str, str]
    caption: CaptionFormat
    affirmation_rule: str
    order_vacate: str
    order_records: str | None = None
    courts: list[CourtRule] = Field(default_factory=list)
    county_names: dict[str, str] = Field(default_factory=dict)
    affirmation_text: str | None = None
    prosecutor: str = "the District Attorney of {county} County"
    motion: str = "motion"
    versus: str = "– against –"
    docket_label: str = "Docket No(s)."
    part_label: str = "Part"
    vacate: str = "vacate"
    ground: str
    client_sworn_by: Literal["affidavit", "declaration"] = "affidavit"
    counsel_verb: str = "affirms"
    service_basis: str | None = None
    order_recital: str | None = None
    #: Where to file and how records group into motions (eligibility's legal row).
    venue: VenueRule | None = None


class StateTable(_Strict):
    states: list[VacaturState] = Field(min_length=1)
