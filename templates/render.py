"""Render a document for one client: template + selected clauses + facts -> DocxDraft.

``render(document_id, view, options=...)`` picks the clauses whose conditions hold for the
client (three-valued: undecided ones are listed for the attorney, not silently dropped), renders
them in the sandboxed clause environment, builds the template context (every value is run XML;
missing facts become yellow ``[[MISSING: ...]]`` runs and entries in ``DocxDraft.missing``) and
renders the DOCX with docxtpl in a sandboxed, StrictUndefined Jinja environment. Nothing is
written to disk: the draft is bytes in memory.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate
from jinja2 import StrictUndefined, TemplateError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from casefile.atomic import reason, write_atomic
from casefile.models import GROUPS
from clauses import (
    Clause,
    MissingItem,
    Selection,
    VacaturState,
    load_library,
    load_state_table,
    psg_warnings,
    render_clause,
    vacatur_rows,
    vacatur_state,
)
from clauses.evidence import checklist, tab_letter
from clauses.text import ClauseEnvironment, format_date
from clauses.wording import client_gender, pronoun_mismatches, third_person_notes, word
from eligibility.assess import DISPOSITION_SCOPE
from facts import UNKNOWN, FactView, RowView
from templates.context import ClientNS, Rich, RowNS, ValueNS
from templates.counsel import with_counsel_facts
from templates.errors import (
    DraftWriteError,
    TemplateFieldMissing,
    TemplateFileMissing,
    UnknownDocument,
    VacaturStateUnknown,
)
from templates.registry import COVER_FORMS, DOCUMENTS, RELIEF_NAMES, DocumentSpec

#: Above this share of clause words that are not the client's facts, a declaration is flagged.
BOILERPLATE_THRESHOLD = 0.6


@dataclass(frozen=True)
class Counsel:
    name: str | None = None
    firm: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    bar_number: str | None = None


@dataclass(frozen=True)
class Translator:
    name: str | None = None
    address: str | None = None
    language: str | None = None  # defaults to the client's primary language
    document_title: str | None = None


@dataclass(frozen=True)
class Enclosure:
    """One item a cover letter lists, as the packet holds it (packets passes these)."""

    title: str
    tab: str | None = None  # tab letter in the packet, if it has one
    first_page: int | None = None
    last_page: int | None = None

    def line(self) -> str:
        where = []
        if self.tab:
            where.append(f"Tab {self.tab}")
        if self.first_page is not None:
            last = self.last_page if self.last_page is not None else self.first_page
            where.append(
                f"page {self.first_page}"
                if last == self.first_page
                else f"pages {self.first_page}–{last}"
            )
        return f"{self.title} ({', '.join(where)})" if where else self.title


def _enclosure_rich(e: Enclosure | str) -> Rich:
    return Rich.plain(e.line() if isinstance(e, Enclosure) else e)


@dataclass(frozen=True)
class RenderOptions:
    final: bool = False  # drops the DRAFT header and the attorney review notes
    state: str | None = None  # vacatur papers: two-letter state; default from the arrests
    relief: str | None = None  # cover letter: which relief (default: the document's first)
    date: dt.date | None = None  # letter date (default: the view's today)
    counsel: Counsel = field(default_factory=Counsel)
    translator: Translator = field(default_factory=Translator)
    # cover letter document index: what packets encloses, in packet order (or plain titles)
    enclosures: tuple[Enclosure, ...] | tuple[str, ...] | None = None
    exhibit_tabs: dict[str, str] | None = None  # exhibit row id -> tab letter in the packet
    uscis_address: str | None = None
    return_date: str | None = None  # vacatur notice
    part: str | None = None
    prosecutor: str | None = None  # who is served with the vacatur motion
    prosecutor_address: str | None = None  # where the prosecutor is served
    court_address: str | None = None  # where the vacatur motion is heard
    # Public court filings (vacatur) leave out the A-number and immigration argument unless the
    # attorney chooses to include them.
    immigration_detail: bool = False
    boilerplate_threshold: float = BOILERPLATE_THRESHOLD


@dataclass(frozen=True)
class ClauseUse:
    id: str
    title: str
    cite: tuple[str, ...]
    verify_status: str  # ok | VERIFY | stale (stale computed from last_reviewed)
    warning: str | None = None


@dataclass(frozen=True)
class DocxDraft:
    document_id: str
    title: str
    data: bytes
    missing: tuple[MissingItem, ...]
    clauses: tuple[ClauseUse, ...]
    undecided: tuple[tuple[str, tuple[str, ...]], ...]  # (clause id, facts that would decide)
    warnings: tuple[str, ...]
    state: str | None = None
    boilerplate_share: float | None = None  # share of clause words not from the client's facts
    needs_wet_signature: bool = False
    prompts: tuple[str, ...] = ()  # declaration topics still waiting for the client's account

    @property
    def cites(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for c in self.clauses:
            for cite in c.cite:
                seen.setdefault(cite)
        return tuple(seen)

    def save(self, path: Path | str) -> Path:
        """Write the DOCX whole or not at all (``DraftWriteError``; an earlier file is kept)."""
        p = Path(path)
        save_bytes(p, self.data)
        return p


def save_bytes(path: Path, data: bytes) -> None:
    """Atomic write of a draft; an OSError becomes ``DraftWriteError`` naming the file."""
    try:
        write_atomic(path, data, mode=0o644)
    except OSError as exc:
        raise DraftWriteError(path, reason(exc)) from exc


class _Sections(dict[str, list[Rich]]):
    """Clause paragraphs by section; a section without clauses is an empty list."""

    def __missing__(self, key: str) -> list[Rich]:
        return []


class _Missing:
    def __init__(self) -> None:
        self.items: dict[tuple[str, str], MissingItem] = {}

    def __call__(self, item: MissingItem) -> None:
        self.items.setdefault((item.fact, item.where), item)


def template_path(spec: DocumentSpec) -> Path:
    path = Path(str(resources.files("templates") / "docx" / spec.template))
    if not path.is_file():
        raise TemplateFileMissing(spec.id, f"templates/docx/{spec.template}")
    return path


@lru_cache(maxsize=64)
def section_order(path: Path) -> tuple[str, ...]:
    """Clause sections in the order the template prints them (for ordering review notes)."""
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    seen: dict[str, None] = {}
    for name in re.findall(r"sections\.([a-z0-9_]+)", xml):
        seen.setdefault(name)
    return tuple(seen)


def template_environment() -> SandboxedEnvironment:
    """The Jinja environment docxtpl renders with: sandboxed, undefined names raise."""
    return SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)


def _spec(document_id: str) -> DocumentSpec:
    try:
        return DOCUMENTS[document_id]
    except KeyError:
        raise UnknownDocument(document_id, sorted(DOCUMENTS)) from None


def _records_phrase(vac_rows: list[tuple[int, RowView]]) -> str:
    """What the papers ask relief from, in words that fit the records listed: an arrest that
    ended without a conviction is not a 'judgment of conviction'."""
    convicted = any(r.get("disposition") in ("convicted", UNKNOWN) for _i, r in vac_rows)
    arrested = any(
        DISPOSITION_SCOPE.get(str(r.get("disposition"))) == "arrest_no_conviction"
        for _i, r in vac_rows
    )
    if arrested and convicted:
        return "records of arrest and conviction"
    if arrested:
        return "record(s) of arrest"
    return "judgment(s) of conviction"


def _state_code(spec: DocumentSpec, view: FactView, options: RenderOptions) -> str:
    if options.state:
        return options.state.upper()
    rows = view.rows("arrests")
    for r in rows:
        if r.get("trafficking_related") is True and r.get("state") is not UNKNOWN:
            return str(r.get("state")).upper()
    for r in rows:
        if r.get("state") is not UNKNOWN:
            return str(r.get("state")).upper()
    raise VacaturStateUnknown(spec.id)


def _exhibit_for(row: RowView, relief: str) -> bool:
    reliefs = row.get("reliefs")
    if reliefs is UNKNOWN:
        return True
    # A stored value that is not a list of text (older data, another tool) cannot say which
    # relief it is for: list the exhibit rather than crash (issue 21).
    if not isinstance(reliefs, list | tuple | set | frozenset):
        return True
    return relief in reliefs


def _for_relief(clause: Clause, relief: str) -> bool:
    return relief in clause.reliefs or "any" in clause.reliefs


def _other_state_cites(state: VacaturState | None) -> set[str]:
    """Cites of the other states' rows: a multi-state clause cites only the motion's state."""
    if state is None:
        return set()
    others = {c for row in load_state_table().states if row.state != state.state for c in row.cite}
    return others - set(state.cite)


def _review_note(clause: Clause, status: str, cites: tuple[str, ...]) -> Rich:
    parts = [Rich.plain(clause.title, bold=True)]
    text = f" — {'; '.join(cites)}. Review status: {status}"
    text += f" (last reviewed {clause.last_reviewed.isoformat()})."
    if clause.notes:
        text += f" {clause.notes.strip()}"
    parts.append(Rich.plain(text))
    if clause.warning:
        parts.append(Rich.plain(f" WARNING: {clause.warning.strip()}", bold=True))
    return Rich.join(parts)


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


# What the attorney is asked for when a value is missing, per template variable.
_LABELS: dict[str, str] = {
    "uscis_address": "USCIS filing address (check the current form instructions)",
    "officer": "Name and title of the case agent or prosecutor",
    "certifier": "Name and title of the certifying official",
    "agency": "Law-enforcement agency",
    "return_date": "Return date of the motion",
    "part": "Court part",
    "prosecutor": "Prosecutor to be served (e.g. the District Attorney of the county)",
    "dockets": "Docket number(s) of the conviction(s)",
    "paper_title": "Title of the paper",
    "prosecutor_address": "Address where the prosecutor is served",
    "court_address": "Address of the courthouse where the motion is heard",
}


def _doc_values(
    spec: DocumentSpec,
    view: FactView,
    options: RenderOptions,
    state: VacaturState | None,
    vac_rows: list[tuple[int, RowView]],
    warnings: list[Rich],
    where: str,
) -> tuple[dict[str, Any], dict[str, str]]:
    today = options.date or view.today
    relief = options.relief or spec.reliefs[0]
    officer, agency = _recipient(spec, view)
    values: dict[str, Any] = {
        "title": spec.title,
        "date": format_date(today),
        "warnings": warnings,
        **spec.params,
        "relief_name": RELIEF_NAMES.get(relief, relief),
        "appearance_form": appearance_form(relief, view),
        # asylum in court goes to the immigration court, not USCIS (issue 24 item 8)
        "letter_to": "Immigration Court" if _in_court(relief, view) else USCIS,
        "salutation": "Dear Court Clerk:" if _in_court(relief, view) else "Dear Officer:",
        "uscis_address": options.uscis_address,
        "officer": officer,
        "certifier": officer,
        "agency": agency,
        "return_date": options.return_date,
        "part": options.part,
        "prosecutor": options.prosecutor,
        "prosecutor_address": options.prosecutor_address,
        "court_address": options.court_address,
        # A court filing is public: no immigration detail unless the attorney chooses it.
        "public_filing": (spec.is_vacatur or relief == "vacatur")
        and not options.immigration_detail,
        "aka": "",
        "dockets": None,
        "paper_title": spec.title,
    }
    if state is not None:
        values.update(_court_values(spec, view, options, state, vac_rows))
    return values, dict(_LABELS)


def _first_known(rows: list[RowView], column: str) -> str | None:
    return next((str(r.get(column)) for r in rows if r.get(column) is not UNKNOWN), None)


def _recipient(spec: DocumentSpec, view: FactView) -> tuple[str | None, str | None]:
    """Who a letter to an agency is addressed to: the certifying official for a Supplement B
    request, the agency asked for Continued Presence, else the first law-enforcement contact."""
    officer = agency = None
    if spec.id in ("i914b_request_letter", "i918b_request_letter"):
        form_code = "I-914B" if spec.id.startswith("i914b") else "I-918B"
        cert = next((c for c in view.rows("certifications") if c.get("form") == form_code), None)
        if cert is not None:
            name, title = cert.get("certifier_name"), cert.get("certifier_title")
            if name is not UNKNOWN:
                officer = f"{name}, {title}" if title is not UNKNOWN else str(name)
            if cert.get("agency") is not UNKNOWN:
                agency = str(cert.get("agency"))
    if spec.id == "cp_request_letter":
        agency = _first_known(view.rows("cp_requests"), "agency")
    le = view.rows("le_contacts")[:1]
    officer = officer if officer is not None else _first_known(le, "officer")
    agency = agency if agency is not None else _first_known(le, "agency")
    return officer, agency


def _court_values(
    spec: DocumentSpec,
    view: FactView,
    options: RenderOptions,
    state: VacaturState,
    vac_rows: list[tuple[int, RowView]],
) -> dict[str, Any]:
    """A vacatur paper's title, dockets, the names the records were under, and the
    prosecutor of the county when the attorney named none."""
    rows = [r for _i, r in vac_rows]
    dockets = [str(r.get("docket")) for r in rows if r.get("docket") is not UNKNOWN]
    legal = " ".join(
        str(view.get(f"client.{c}"))
        for c in ("given_name", "middle_name", "family_name")
        if view.get(f"client.{c}") is not UNKNOWN
    )
    akas: list[str] = []
    for r in rows:
        used = r.get("name_used")
        if used is not UNKNOWN and str(used) != legal and str(used) not in akas:
            akas.append(str(used))
    values: dict[str, Any] = {
        "paper_title": state.paper_names[spec.params.get("paper", "notice")],
        "dockets": ", ".join(dockets) or None,
        "aka": f" (a/k/a {', '.join(akas)})" if akas else "",
    }
    county = _first_known(rows, "county")
    if options.prosecutor is None and county is not None:
        values["prosecutor"] = state.prosecutor.format(
            county=state.county_names.get(county, county)
        )
    return values


def court_caption(state: VacaturState, court: str | None, county: str | None) -> str | None:
    """The caption's court line: the state's court rule that matches the recorded court name
    (by level: e.g. the Criminal Court of the City of New York, not 'Queens County Criminal
    Court'), else the state's generic format; None when a needed part is unknown."""
    if court is not None:
        for rule in state.courts:
            m = re.search(rule.match, court.strip(), re.IGNORECASE)
            if m:
                if "{county}" in rule.line and county is None:
                    return None
                parts = {k: v for k, v in m.groupdict().items() if v is not None}
                return rule.line.format(county=county or "", **parts).upper()
    fmt = state.caption.court
    if ("{court}" in fmt and court is None) or ("{county}" in fmt and county is None):
        return None
    return fmt.format(court=court or "", county=county or "").upper()


def _state_values(
    state: VacaturState, vac_rows: list[tuple[int, RowView]], where: str
) -> tuple[dict[str, Any], dict[str, str]]:
    court = county = None
    for _i, r in vac_rows:
        if r.get("court") is not UNKNOWN:
            court = str(r.get("court"))
        if r.get("county") is not UNKNOWN:
            county = str(r.get("county"))
        break
    county = state.county_names.get(county, county) if county else None
    court_line = court_caption(state, court, county)
    values: dict[str, Any] = {
        "court_line": court_line,
        "plaintiff": state.caption.plaintiff,
        "defendant_label": state.caption.defendant_label,
        "name": state.name,
        "statute": state.statute,
        "statute_short": state.statute_short,
        "legal_standard": state.legal_standard,
        "timing_text": state.timing_text,
        "procedure_text": state.procedure_text,
        "effect_text": state.effect_text,
        "affirmation_rule": state.affirmation_rule,
        "affirmation_text": state.affirmation_text,
        "county": county,
        "motion": state.motion,
        "versus": state.versus,
        "docket_label": state.docket_label,
        "part_label": state.part_label,
        "vacate": state.vacate,
        "ground": state.ground,
        "client_sworn_by": state.client_sworn_by,
        "counsel_verb": state.counsel_verb,
        "service_basis": state.service_basis,
        "order_recital": state.order_recital,
        "records": _records_phrase(vac_rows),
    }
    labels = {
        "court_line": "Court and county of the conviction (arrests[].court, .county)",
        "affirmation_text": f"The {state.name} sworn-statement form ({state.affirmation_rule})",
        "county": "County of the conviction (arrests[].county)",
    }
    return values, labels


@dataclass
class _Body:
    """What the clause step produces: paragraphs by section and what the attorney reviews."""

    sections: _Sections = field(default_factory=_Sections)
    uses: list[ClauseUse] = field(default_factory=list)
    review: list[Rich] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    warn_rich: list[Rich] = field(default_factory=list)
    text_words: int = 0
    fact_words: int = 0
    prompts: list[str] = field(default_factory=list)
    enclosures: tuple[str, ...] = ()  # cover letter: listed from the facts when not passed

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)
        self.warn_rich.append(Rich.plain(msg))


#: The section of each declaration where the client's story starts (the free account goes there).
ACCOUNT_SECTION = {"t_declaration": "victim", "u_declaration": "crime",
                   "asylum_declaration": "chronology"}  # fmt: skip
FREE_ACCOUNT = "narrative.free_account"  # interview fact (issue 23); read only if catalogued


def narrative_blocks(view: FactView, topic: str) -> list[RowView]:
    """The client's blocks for one topic with text, in episode order (then as entered)."""
    rows = [
        r
        for r in view.rows("narratives")
        if r.get("topic") == topic and r.get("text") is not UNKNOWN and str(r.get("text")).strip()
    ]

    def key(r: RowView) -> int:
        ep = r.get("episode")
        return ep if isinstance(ep, int) else 0

    return sorted(rows, key=key)


def block_paragraphs(text: str) -> list[str]:
    """A block's paragraphs: split at blank lines, lines joined, whitespace tidied."""
    out = []
    for part in re.split(r"\n\s*\n", text.strip()):
        flat = " ".join(part.split())
        if flat:
            out.append(flat)
    return out


def narrative_topic(clause: Clause) -> str:
    """A narrative topic's name, as the prompt and the missing item "The client's account:
    <topic>" say it: the clause's heading, else its title without the parenthesis."""
    return clause.heading or re.sub(r"\s*\(.*\)$", "", clause.title)


def _prompt(clause: Clause, where: str, sink: _Missing) -> tuple[Rich, str]:
    assert clause.narrative is not None
    topic = narrative_topic(clause)
    text = (
        f"[[CLIENT'S ACCOUNT NEEDED — {topic}: {clause.narrative.ask.strip()} "
        f"Type the answer in the client's own words as a narrative block for this topic. "
        f"Proves {clause.narrative.proves}.]]"
    )
    item = MissingItem("narratives[].text", f"The client's account: {topic}", where)
    return Rich.prompt(text, item, sink), topic


def _exhibit_refs(
    clause: Clause, view: FactView, relief: str, tabs: dict[str, str] | None
) -> list[Rich]:
    """'(See Tab A: Birth certificate.)' for the exhibits recorded as proving the element."""
    if clause.element is None:
        return []
    out = []
    kept = [r for r in view.rows("exhibits") if _exhibit_for(r, relief)]
    for i, r in enumerate(kept):
        elements = r.get("elements")
        if elements is UNKNOWN or clause.element not in elements:
            continue
        letter = (tabs or {}).get(str(r.row.id)) if tabs else None
        if letter is None:
            label = r.get("label")
            letter = str(label) if label is not UNKNOWN else tab_letter(i)
        desc = r.get("description")
        what = f": {desc}" if desc is not UNKNOWN else ""
        out.append(Rich.plain(f"(See Tab {letter}{what}.)"))
    return out


def _select(
    spec: DocumentSpec,
    view: FactView,
    state: VacaturState | None,
    relief: str,
    path: Path,
    immigration_detail: bool = False,
) -> Selection:
    """Clauses for the document whose conditions hold, in the order the template prints them."""
    library = load_library()
    selection = library.select(spec.clause_key, view, state=state.state if state else None)
    selection.included = [c for c in selection.included if _for_relief(c, relief)]
    if spec.is_vacatur and not immigration_detail:  # a public filing: no immigration argument
        selection.included = [c for c in selection.included if c.section != "immigration"]
    selection.undecided = [(c, u) for c, u in selection.undecided if _for_relief(c, relief)]
    rank = {name: i for i, name in enumerate(section_order(path))}
    selection.included.sort(key=lambda c: (rank.get(c.section, len(rank)), c.order, c.id))
    return selection


def _clause_body(
    spec: DocumentSpec,
    view: FactView,
    options: RenderOptions,
    selection: Selection,
    state: VacaturState | None,
    relief: str,
    missing: _Missing,
) -> _Body:
    """Render every selected clause; declarations add the client's blocks (or a prompt)."""
    library = load_library()
    body = _Body()
    env = ClauseEnvironment(view, missing)
    extra: dict[str, Any] = {
        "state": state,
        "doc": dict(spec.params),
        "counsel": {f.name: getattr(options.counsel, f.name) for f in fields(Counsel)},
    }
    foreign_cites = _other_state_cites(state)
    declaration = spec.kind == "declaration"
    for clause in selection.included:
        rendered = render_clause(
            clause, view, missing, file=library.file_of(clause.id), extra=extra, env=env
        )
        paras = body.sections.setdefault(clause.section, [])
        topic: list[Rich] = []
        for k, para in enumerate(rendered.paragraphs):
            # worksheets show which clause each argument comes from
            prefix = f"{clause.title}. " if spec.kind == "worksheet" and k == 0 else None
            topic.append(Rich.from_segments(para, bold_prefix=prefix))
            for seg in para:
                if seg.kind == "text":
                    body.text_words += _words(seg.text)
                else:
                    body.fact_words += _words(seg.text)
        if clause.narrative is not None:
            blocks = narrative_blocks(view, clause.id)
            for b in blocks:
                for text in block_paragraphs(str(b.get("text"))):
                    topic.append(Rich.plain(text))
                    body.fact_words += _words(text)
            if not blocks:
                prompt, name = _prompt(clause, f"{spec.title}, {clause.id}", missing)
                topic.append(prompt)
                body.prompts.append(name)
        if declaration:
            topic += _exhibit_refs(clause, view, relief, options.exhibit_tabs)
        if clause.heading and topic:
            paras.append(Rich.plain(clause.heading, heading=True))
        paras += topic
        status = clause.status_on(view.today)
        cites = tuple(c for c in clause.cite if c not in foreign_cites)
        body.uses.append(ClauseUse(clause.id, clause.title, cites, status, clause.warning))
        body.review.append(_review_note(clause, status, cites))
        if clause.warning:
            body.warn(f"{clause.title}: {clause.warning.strip()}")
        for m in re.finditer(r'Proposed group: "([^"]+)"', rendered.text):
            for w in psg_warnings(m.group(1)):
                body.warn(f'"{m.group(1)}": {w.message}')
    if declaration:
        _free_account(spec, view, body)
    return body


def _free_account(spec: DocumentSpec, view: FactView, body: _Body) -> None:
    """The interview's free account (in the client's words): printed where the story starts
    when no topic has a block yet, else only pointed to in the review notes."""
    if FREE_ACCOUNT not in view.catalogue:
        return
    value = view.get(FREE_ACCOUNT)
    if value is UNKNOWN or not str(value).strip():
        return
    any_block = any(
        r.get("text") is not UNKNOWN and str(r.get("text")).strip() for r in view.rows("narratives")
    )
    if any_block:
        body.review.insert(
            0,
            Rich.plain(
                "The client's free account from the interview is on file: check that every "
                "part of it is in a narrative block above.",
                bold=True,
            ),
        )
        return
    section = ACCOUNT_SECTION.get(spec.id)
    if section is None:
        return
    paras = [Rich.plain(p) for p in block_paragraphs(str(value))]
    body.sections[section] = paras + body.sections.get(section, [])
    body.fact_words += sum(_words(p.text) for p in paras)
    body.review.insert(
        0,
        Rich.plain(
            "The client's free account from the interview is printed where the story starts: "
            "split it into the narrative blocks of each topic and answer the highlighted prompts.",
            bold=True,
        ),
    )


def _review_extras(
    spec: DocumentSpec,
    view: FactView,
    options: RenderOptions,
    selection: Selection,
    state: VacaturState | None,
    body: _Body,
) -> float | None:
    """Undecided clauses, the state row's status and the boilerplate share, for the attorney."""
    for clause, unknown in selection.undecided:
        facts = ", ".join(unknown) or "unknown facts"
        body.review.append(
            Rich.join(
                [
                    Rich.plain(f"Not included yet: {clause.title}", bold=True),
                    Rich.plain(f" — decide by answering: {facts}."),
                ]
            )
        )
    if state is not None:
        status = state.status_on(view.today)
        body.review.insert(
            0,
            Rich.join(
                [
                    Rich.plain(f"{state.name} vacatur statute", bold=True),
                    Rich.plain(
                        f" — {'; '.join(state.cite)}. Review status: {status}. "
                        f"Sworn statements: {state.affirmation_rule}."
                    ),
                ]
            ),
        )
        if status != "ok":
            body.warnings.append(
                f"The {state.name} vacatur row is {status}: check it before filing."
            )
    if body.prompts:
        body.review.insert(
            0,
            Rich.plain(
                f"{len(body.prompts)} topic(s) still need the client's account "
                f"({'; '.join(body.prompts)}): the highlighted prompts say what to ask.",
                bold=True,
            ),
        )
    if spec.kind != "declaration":  # a declaration prints only the client's own words
        _check_note_pronouns(view, selection, body)
    share = None
    if body.text_words + body.fact_words:
        share = body.text_words / (body.text_words + body.fact_words)
        if spec.kind == "declaration" and share > options.boilerplate_threshold:
            msg = (
                f"{round(share * 100)}% of the clause words are default text, not the client's "
                "facts: adjudicators notice identical declarations. Rewrite in the client's words."
            )
            body.warnings.append(msg)
            body.review.insert(0, Rich.plain(msg, bold=True))
    return share


def _known(value: Any) -> str | None:
    return None if value is UNKNOWN else str(value)


#: what one row of a group of third-person notes is called in the pronoun warning
NOTE_ROWS = {"episodes": "episode"}


def _check_note_pronouns(view: FactView, selection: Selection, body: _Body) -> None:
    """Third-person notes the clauses print as typed ("took her birth certificate"): warn when
    their pronouns do not fit the client's (pronouns, else sex; neither: any he/she). The note
    is never rewritten: the attorney corrects it in the profile."""
    used = " ".join(c.body for c in selection.included)
    gender = client_gender(_known(view.get("client.pronouns")), _known(view.get("client.sex")))
    who = {"F": "she/her", "M": "he/him"}.get(gender or "", "not recorded, so neutral")
    for fact in third_person_notes():
        group, _, column = fact.partition("[].")
        if column not in used:
            continue
        # the note by its profile label and the row by its number, never fact or column ids
        note = view.catalogue[fact].description.strip().rstrip(".")
        for n, row in enumerate(view.rows(group), start=1):
            wrong = pronoun_mismatches(_known(row.get(column)) or "", gender)
            if wrong:
                msg = (
                    f'Pronouns in the note "{note}" of {NOTE_ROWS.get(group, "entry")} {n} '
                    f"({', '.join(wrong)}) do not fit the client's ({who}): the draft prints "
                    "the note as typed; correct it in the profile."
                )
                body.warnings.append(msg)
                body.review.insert(0, Rich.plain(msg, bold=True))


def _relation(row: RowView) -> str:
    rel = row.get("relationship")
    if rel is UNKNOWN:
        return "family member"
    sex = row.get("sex")
    return word("family[].relationship", str(rel), sex=None if sex is UNKNOWN else str(sex)) or (
        str(rel).replace("_", " ")
    )


USCIS = "U.S. Citizenship and Immigration Services"

#: The immigration court's notice of appearance (DOMAIN.md §3.7: "EOIR-28 if in court").
EOIR_28 = (
    "Form EOIR-28, Notice of Entry of Appearance as Attorney or Representative "
    "Before the Immigration Court"
)


def _in_court(relief: str, view: FactView) -> bool:
    """Asylum for a client in removal proceedings is filed with the immigration court, where
    counsel appears on the EOIR-28, not the G-28 (DOMAIN.md §3.7; T and U stay with USCIS)."""
    return relief == "asylum_psg" and view.get("client.in_removal_proceedings") is True


#: In court the filing is read by the clerk and the judge, in the court's own format.
COURT_COVER_NOTE = (
    "VERIFY: filed with the immigration court, this letter goes to the court, not USCIS. Check "
    "the EOIR Immigration Court Practice Manual for the cover page and format the court "
    "requires, and add the court's address and the next hearing date."
)


def appearance_form(relief: str, view: FactView) -> str:
    """How the cover letter names counsel's notice of appearance."""
    return "Form EOIR-28" if _in_court(relief, view) else "Form G-28"


def default_enclosures(relief: str, view: FactView) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The cover letter's document index from the facts when packets passes none: one
    Supplement A per derivative by name, Supplement B only when signed; a conditional item
    ('if needed') is left out and returned for the attorney to decide. Returns (items, decide)."""
    items: list[str] = []
    decide: list[str] = []
    for line in COVER_FORMS.get(relief, ()):
        if line.startswith("Form G-28") and _in_court(relief, view):
            items.append(EOIR_28)
        elif "Supplement A" in line:
            form = line.split(" for ")[0]
            for f in view.rows("family"):
                if f.get("include_as_derivative") is True:
                    name = " ".join(
                        str(f.get(c))
                        for c in ("given_name", "family_name")
                        if f.get(c) is not UNKNOWN
                    )
                    items.append(f"{form} for {name} ({_relation(f)})")
        elif "Supplement B" in line and relief == "t_visa":
            for c in view.rows("certifications"):
                if c.get("form") == "I-914B" and c.get("status") == "signed":
                    who = c.get("certifier_name")
                    by = f", signed by {who}" if who is not UNKNOWN else ""
                    items.append(f"Form I-914 Supplement B, Declaration for Trafficking Victim{by}")
        elif re.search(r"\((if|optional)[^)]*\)", line):
            decide.append(line)
        else:
            items.append(line)
    return tuple(items), tuple(decide)


def _vacatur_setup(
    spec: DocumentSpec, view: FactView, options: RenderOptions, missing: _Missing
) -> tuple[VacaturState | None, list[tuple[int, RowView]]]:
    if not spec.is_vacatur:
        return None, []
    state = vacatur_state(_state_code(spec, view, options))
    vac_rows = vacatur_rows(view, state)
    if not vac_rows:
        record = (
            "An arrest or conviction"
            if "arrest_no_conviction" in state.record_scope
            else ("A conviction")
        )
        missing(
            MissingItem(
                "arrests[].trafficking_related",
                f"{record} in {state.name} marked as a result of the trafficking",
                spec.title,
            )
        )
    return state, vac_rows


def _ns(name: str, values: dict[str, Any], labels: dict[str, str], t: str, w: str,
        missing: _Missing) -> ValueNS:  # fmt: skip
    return ValueNS(name, values, labels, t, w, missing)


#: A missing counsel detail is filled once on the Counsel settings page (issue 15 item 2).
COUNSEL_LABELS = {
    "name": "Attorney's name (Settings: Counsel)",
    "firm": "Firm or clinic name (Settings: Counsel)",
    "address": "Counsel's mailing address (Settings: Counsel)",
    "phone": "Counsel's phone (Settings: Counsel)",
    "email": "Counsel's e-mail (Settings: Counsel)",
    "bar_number": "Counsel's bar number (Settings: Counsel)",
}
#: The fact a missing counsel detail is reported as, so "fix" opens the counsel settings.
COUNSEL_FACTS = {
    "name": "representative.family_name",
    "firm": "representative.firm_name",
    "address": "representative.street",
    "phone": "representative.phone",
    "email": "representative.email",
    "bar_number": "representative.bar_number",
}
TRANSLATOR_LABELS = {
    "name": "Translator's full name",
    "address": "Translator's address",
    "language": "Language translated from",
    "document_title": "Title of the translated document",
}


def _context(
    spec: DocumentSpec,
    view: FactView,
    options: RenderOptions,
    state: VacaturState | None,
    vac_rows: list[tuple[int, RowView]],
    body: _Body,
    relief: str,
    missing: _Missing,
) -> dict[str, Any]:
    """The docxtpl context: every value prints as runs (see templates.context)."""
    t = f"templates/docx/{spec.template}"
    where = spec.title
    client = ClientNS(view, t, where, missing)
    groups = {
        g: [RowNS(r, t, where, missing, i) for i, r in enumerate(view.rows(g))] for g in GROUPS
    }
    if options.relief or spec.id == "uscis_cover_letter":
        # only the exhibits for this filing (an exhibit with no reliefs recorded stays in)
        kept = [r for r in view.rows("exhibits") if _exhibit_for(r, relief)]
        groups["exhibits"] = [RowNS(r, t, where, missing, i) for i, r in enumerate(kept)]
    doc_values, doc_labels = _doc_values(
        spec, view, options, state, vac_rows, body.warn_rich, where
    )
    enclosures = options.enclosures or body.enclosures
    state_ns: ValueNS | None = None
    if state is not None:
        s_values, s_labels = _state_values(state, vac_rows, where)
        state_ns = _ns("state", s_values, s_labels, t, where, missing)
    translator = options.translator
    language = translator.language
    if language is None and view.get("client.primary_language") is not UNKNOWN:
        language = str(view.get("client.primary_language"))
    counsel = {f.name: getattr(options.counsel, f.name) for f in fields(Counsel)}
    return {
        "client": client,
        **groups,
        "vacatur_arrests": [RowNS(r, t, where, missing, i) for i, r in vac_rows],
        "sections": body.sections,
        "review": body.review,
        "options": _ns("options", {"final": options.final}, {}, t, where, missing),
        "doc": _ns("doc", doc_values, doc_labels, t, where, missing),
        "state": state_ns,
        "counsel": ValueNS("counsel", counsel, COUNSEL_LABELS, t, where, missing, COUNSEL_FACTS),
        "translator": _ns(
            "translator",
            {
                "name": translator.name,
                "address": translator.address,
                "language": language,
                "document_title": translator.document_title,
            },
            TRANSLATOR_LABELS,
            t,
            where,
            missing,
        ),
        "enclosures": [_enclosure_rich(e) for e in enclosures],
        "checklist": _checklist_rows(spec, view, relief),
    }


@dataclass(frozen=True)
class ChecklistRow:
    element: Rich
    item: Rich
    authority: Rich  # the eligibility rule's cites (VERIFY where the rule is), or a dash
    status: Rich


def _checklist_rows(spec: DocumentSpec, view: FactView, relief: str) -> list[ChecklistRow]:
    """The evidence checklist for the relief, each item marked have (with its tabs) or missing."""
    if spec.id != "evidence_checklist":
        return []
    rows = []
    for line in checklist(relief, view):
        status = "Have — " + "; ".join(line.tabs) if line.have else "MISSING"
        cites = "; ".join(line.authority) or "—"
        if line.verify_status == "VERIFY":
            cites += " (VERIFY)"
        rows.append(
            ChecklistRow(
                Rich.plain(line.element),
                Rich.plain(line.item),
                Rich.plain(cites),
                Rich.plain(status),
            )
        )
    return rows


def _render_docx(path: Path, template_name: str, context: dict[str, Any]) -> bytes:
    tpl = DocxTemplate(str(path))
    try:
        tpl.render(context, jinja_env=template_environment())
    except UndefinedError as exc:
        match = re.search(r"'([^']+)'", str(exc))
        raise TemplateFieldMissing(template_name, match.group(1) if match else str(exc)) from exc
    except TemplateError as exc:
        raise TemplateFieldMissing(template_name, f"(template error: {exc})") from exc
    buf = io.BytesIO()
    tpl.save(buf)
    return buf.getvalue()


def render(document_id: str, view: FactView, *, options: RenderOptions | None = None) -> DocxDraft:
    """Render one document for the client behind ``view``. See the module docstring."""
    options = options or RenderOptions()
    options = replace(options, counsel=with_counsel_facts(options.counsel, view))
    spec = _spec(document_id)
    path = template_path(spec)
    missing = _Missing()
    state, vac_rows = _vacatur_setup(spec, view, options, missing)
    relief = options.relief or spec.reliefs[0]
    selection = _select(spec, view, state, relief, path, options.immigration_detail)
    body = _clause_body(spec, view, options, selection, state, relief, missing)
    if spec.id == "uscis_cover_letter" and not options.enclosures:
        body.enclosures, decide = default_enclosures(relief, view)
        for line in decide:
            body.review.insert(0, Rich.plain(f"Decide whether to enclose: {line}.", bold=True))
    if spec.id == "uscis_cover_letter" and _in_court(relief, view):
        body.review.insert(0, Rich.plain(COURT_COVER_NOTE, bold=True))
    share = _review_extras(spec, view, options, selection, state, body)
    context = _context(spec, view, options, state, vac_rows, body, relief, missing)
    data = _render_docx(path, f"templates/docx/{spec.template}", context)
    return DocxDraft(
        document_id=spec.id,
        title=spec.title,
        data=data,
        missing=tuple(missing.items.values()),
        clauses=tuple(body.uses),
        undecided=tuple((c.id, tuple(u)) for c, u in selection.undecided),
        warnings=tuple(body.warnings),
        state=state.state if state else None,
        boilerplate_share=share,
        needs_wet_signature=spec.needs_wet_signature,
        prompts=tuple(body.prompts),
    )
