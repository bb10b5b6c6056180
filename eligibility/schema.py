"""Pydantic schemas of the eligibility YAML files (rules, question pool, flows, state table).

Every legal rule (element, exception, flag, deadline, derivative row, state statute) carries its
provenance: ``authority`` (pinpointed), ``last_reviewed``, ``reviewed_by``, ``verify_status``
(DOMAIN.md "App rule"). A file may give ``defaults: {last_reviewed, reviewed_by}`` that its
entries inherit; ``verify_status`` is always explicit.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from eligibility.conditions import Condition
from eligibility.review import Reviewed, Strict

Severity = Literal["info", "warning", "critical"]
AnswerType = Literal["yes_no", "date", "choice", "multi_choice", "text", "int", "group"]
#: What a question is for (issue 23): ``decide`` settles a legal element (asked only while the
#: element is unknown); ``evidence`` gathers the story and the indicators for the elements named in
#: ``evidence_for`` (asked while they are in play, even once decided, unless the attorney switches
#: "decide only" on); ``both`` does both; ``form`` is a form detail asked only on request
#: (``InterviewSession.focus``); ``retired`` is kept for old answers and never asked.
Purpose = Literal["decide", "evidence", "both", "form", "retired"]

#: Which catalogue fact types each answer type may set (validator).
ANSWER_FACT_TYPES: dict[str, tuple[str, ...]] = {
    "yes_no": ("bool",),
    "date": ("date",),
    "choice": ("choice", "text"),
    "multi_choice": ("multi_choice", "list"),
    "text": ("text",),
    "int": ("int",),
    "group": ("group",),
}


_Model = Strict


class Provenance(Reviewed):
    authority: list[str] = Field(min_length=1)
    effective_from: dt.date | None = None
    effective_to: dt.date | None = None


class ExceptionRule(Provenance):
    id: str
    title: str
    when: Condition


class Element(Provenance):
    id: str
    title: str
    met_if: Condition
    #: When the element is definitely not met. Default: when ``met_if`` is false.
    unmet_if: Condition | None = None
    exceptions: list[ExceptionRule] = []
    not_applicable_if: Condition | None = None
    #: A screen of factors, not the legal test: results are capped at likely_met/likely_unmet.
    screening_only: bool = False
    evidence: list[str] = []
    questions: list[str] = []
    note: str = ""


class Flag(Provenance):
    id: str
    title: str
    message: str
    when: Condition
    severity: Severity = "warning"
    questions: list[str] = []


class Deadline(Provenance):
    id: str
    title: str
    fact: str  # a date fact (a ``group[].col`` date fact gives one deadline per row)
    when: Condition | None = None
    alert_days_before: int | None = None


class DerivativeRule(Provenance):
    code: str
    title: str
    #: Evaluated for each family[] row (``family[].col`` reads that row).
    when: Condition
    note: str = ""


class OtherRelief(_Model):
    relief: str
    title: str
    when: Condition
    reason: str


class ReliefRules(_Model):
    relief: str
    title: str
    applies_if: Condition | None = None
    not_applicable_reason: str = ""
    elements: list[Element] = Field(min_length=1)
    flags: list[Flag] = []
    deadlines: list[Deadline] = []
    derivatives: list[DerivativeRule] = []
    other_relief: list[OtherRelief] = []
    #: Attach the per-group particular-social-group analysis (facts.psg) to the assessment.
    psg_analysis: bool = False


class CommonConditions(_Model):
    conditions: dict[str, Condition]


class Choice(_Model):
    value: str
    en: str
    es: str


class Question(_Model):
    id: str
    fact: str
    type: AnswerType
    prompt_en: str = Field(min_length=1)
    prompt_es: str = Field(min_length=1)
    help: str = Field(min_length=1)  # attorney help text (English)
    help_es: str = Field(min_length=1)  # the same in Spanish, shown when the UI is Spanish
    choices: list[Choice] = []
    ask_if: Condition | None = None
    sensitive: bool = False
    content_warning_en: str | None = None
    content_warning_es: str | None = None
    #: For ``group`` questions: the columns collected for each row.
    columns: list[str] = []
    purpose: Purpose = "decide"
    #: For evidence questions: the elements (``relief/ELEMENT-ID``) or whole reliefs (``relief``)
    #: whose story this answer tells; its answer is listed with the element in the assessment.
    evidence_for: list[str] = []
    #: TVIT topics (Vera Institute, 2014) the question covers, for the coverage test.
    topics: list[str] = []

    @property
    def decides(self) -> bool:
        return self.purpose in ("decide", "both")

    @property
    def gathers_evidence(self) -> bool:
        return self.purpose in ("evidence", "both")


class QuestionPool(_Model):
    questions: list[Question] = Field(min_length=1)


class Flow(_Model):
    relief: str
    title_en: str
    title_es: str
    questions: list[str] = Field(min_length=1)


#: What a state's record-relief statute can do (clauses' drafting rows use the same list).
RecordReliefType = Literal[
    "vacatur", "expungement", "sealing", "nondisclosure_order", "destruction", "set_aside", "none"
]

OffenseScope = Literal[
    "prostitution_related_only",
    "enumerated_list",
    "nonviolent_only",
    "any_offense",
    "unconfirmed",
    "none",
]


class OfficialDocumentation(_Model):
    creates_presumption: bool | None = None
    required: bool | None = None
    qualifying_sources: list[str] = []
    #: The rule in words, as motion papers state it (optional; for drafting).
    text: str = ""


class Timing(_Model):
    type: Literal["due_diligence", "reasonable_time", "fixed_years", "none", "unconfirmed"]
    years: int | None = None
    safety_tolling: bool | None = None
    #: The rule in words, as motion papers state it (optional; for drafting).
    text: str = ""


class VenueRule(_Model):
    """Where a state's motions are filed and how records are grouped into one set of papers
    (issue 24 item 11). ``per``: one set of papers per court of record (``court``) or per
    county (``county``, e.g. Florida, where any court in the circuit of arrest may hear one
    petition for several cases). ``joint_text``: where the statute lets one motion or hearing
    reach records from several jurisdictions, in words with its source; empty when none is
    known. ``verify``: the grouping or the joint rule is not confirmed in the statute text."""

    per: Literal["court", "county"]
    text: str = Field(min_length=1)
    joint_text: str = ""
    authority: list[str] = Field(min_length=1)
    verify: bool


class StateRule(Reviewed):
    """One jurisdiction's record-relief statute: the single source of every legal field.

    The structured fields drive the coverage decision; the optional ``*_text`` fields and
    citation forms state the same law in words for the motion papers (``clauses.states``
    joins them with the clauses-side drafting file, which holds no legal fields).
    """

    state: str  # two-letter code, or "federal"
    name: str
    statute_cite: str
    #: Citation forms for court papers: full ("N.Y. Crim. Proc. Law 440.10(1)(i), (6)") and
    #: short ("CPL 440.10(1)(i)"). Default: ``statute_cite``.
    statute_full: str | None = None
    statute_short: str | None = None
    relief_types: list[RecordReliefType]
    record_scope: list[str] = []
    offense_scope: OffenseScope
    offense_scope_text: str = ""
    #: arrests[].offense_category values covered (prostitution_related_only / enumerated_list)
    covered_categories: list[str] = []
    excluded_categories: list[str] = []
    #: The exclusions in words (e.g. "violent felonies"), as the papers state them.
    exclusions: list[str] = []
    trafficking_types: list[str] = []
    #: The predicate offences in words, with their sections where known.
    trafficking_predicates: list[str] = []
    nexus_standard: str | None = None
    age_limit: str | None = None
    proof_standard: Literal["preponderance", "clear_and_convincing", "unspecified", "unconfirmed"]
    official_documentation: OfficialDocumentation = OfficialDocumentation()
    timing: Timing
    who_may_file: list[str] = []
    effect: list[str] = []
    procedure_text: str = ""
    effect_text: str = ""
    immigration_language: bool | None = None
    #: A trafficking defence to a pending charge, where the state has one (issue 14).
    trafficking_defense: str = ""
    #: Where to file and how records group into motions; None: per court, and the plan says
    #: the rule is not in the table (VERIFY).
    venue: VenueRule | None = None
    authority: list[str] = Field(min_length=1)
    verify: bool
    notes: str = ""


class StateTable(_Model):
    states: list[StateRule] = Field(min_length=1)
