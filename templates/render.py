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
from dataclasses import dataclass, field, fields
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
    VacaturState,
    load_library,
    load_state_table,
    psg_warnings,
    render_clause,
    vacatur_state,
)
from clauses.text import ClauseEnvironment, format_date
from facts import UNKNOWN, FactView, RowView
from templates.context import ClientNS, Rich, RowNS, ValueNS
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
class RenderOptions:
    final: bool = False  # drops the DRAFT header and the attorney review notes
    state: str | None = None  # vacatur papers: two-letter state; default from the arrests
    relief: str | None = None  # cover letter: which relief (default: the document's first)
    date: dt.date | None = None  # letter date (default: the view's today)
    counsel: Counsel = field(default_factory=Counsel)
    translator: Translator = field(default_factory=Translator)
    enclosures: tuple[str, ...] | None = None  # cover letter document index
    uscis_address: str | None = None
    return_date: str | None = None  # vacatur notice
    part: str | None = None
    prosecutor: str | None = None  # who is served with the vacatur motion
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


def _vacatur_rows(view: FactView, code: str) -> list[tuple[int, RowView]]:
    return [
        (i, r)
        for i, r in enumerate(view.rows("arrests"))
        if r.get("state") is not UNKNOWN
        and str(r.get("state")).upper() == code
        and r.get("trafficking_related") is True
    ]


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
    values: dict[str, Any] = {
        "title": spec.title,
        "date": format_date(today),
        "warnings": warnings,
    }
    labels: dict[str, str] = {}
    values.update(spec.params)
    relief = options.relief or spec.reliefs[0]
    values["relief_name"] = RELIEF_NAMES.get(relief, relief)
    values["uscis_address"] = options.uscis_address
    labels["uscis_address"] = "USCIS filing address (check the current form instructions)"
    # Letters to agencies: who to write to.
    le = view.rows("le_contacts")
    officer = agency = None
    if spec.id in ("i914b_request_letter", "i918b_request_letter"):
        form_code = "I-914B" if spec.id.startswith("i914b") else "I-918B"
        for c in view.rows("certifications"):
            if c.get("form") == form_code:
                name, title = c.get("certifier_name"), c.get("certifier_title")
                if name is not UNKNOWN:
                    officer = f"{name}, {title}" if title is not UNKNOWN else str(name)
                if c.get("agency") is not UNKNOWN:
                    agency = str(c.get("agency"))
                break
    if spec.id == "cp_request_letter":
        for c in view.rows("cp_requests"):
            if c.get("agency") is not UNKNOWN:
                agency = str(c.get("agency"))
                break
    if le:
        if officer is None and le[0].get("officer") is not UNKNOWN:
            officer = str(le[0].get("officer"))
        if agency is None and le[0].get("agency") is not UNKNOWN:
            agency = str(le[0].get("agency"))
    values["officer"] = officer
    values["certifier"] = officer
    values["agency"] = agency
    labels.update(
        officer="Name and title of the case agent or prosecutor",
        certifier="Name and title of the certifying official",
        agency="Law-enforcement agency",
        return_date="Return date of the motion",
        part="Court part",
        prosecutor="Prosecutor to be served (e.g. the District Attorney of the county)",
        dockets="Docket number(s) of the conviction(s)",
        paper_title="Title of the paper",
    )
    values["return_date"] = options.return_date
    values["part"] = options.part
    values["prosecutor"] = options.prosecutor
    values["aka"] = ""
    values["dockets"] = None
    values["paper_title"] = spec.title
    if state is not None:
        values["paper_title"] = state.paper_names[spec.params.get("paper", "notice")]
        dockets = [str(r.get("docket")) for _i, r in vac_rows if r.get("docket") is not UNKNOWN]
        values["dockets"] = ", ".join(dockets) or None
        legal = " ".join(
            str(view.get(f"client.{c}"))
            for c in ("given_name", "middle_name", "family_name")
            if view.get(f"client.{c}") is not UNKNOWN
        )
        akas: list[str] = []
        for _i, r in vac_rows:
            used = r.get("name_used")
            if used is not UNKNOWN and str(used) != legal and str(used) not in akas:
                akas.append(str(used))
        values["aka"] = f" (a/k/a {', '.join(akas)})" if akas else ""
    return values, labels


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
    fmt = state.caption.court
    need_court = "{court}" in fmt and court is None
    need_county = "{county}" in fmt and county is None
    court_line = None
    if not (need_court or need_county):
        court_line = fmt.format(court=court or "", county=county or "").upper()
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
    }
    labels = {"court_line": "Court and county of the conviction (arrests[].court, .county)"}
    return values, labels


def render(document_id: str, view: FactView, *, options: RenderOptions | None = None) -> DocxDraft:
    """Render one document for the client behind ``view``. See the module docstring."""
    options = options or RenderOptions()
    spec = _spec(document_id)
    path = template_path(spec)
    library = load_library()
    missing = _Missing()
    where = spec.title

    state: VacaturState | None = None
    vac_rows: list[tuple[int, RowView]] = []
    if spec.is_vacatur:
        state = vacatur_state(_state_code(spec, view, options))
        vac_rows = _vacatur_rows(view, state.state)
        if not vac_rows:
            missing(
                MissingItem(
                    "arrests[].trafficking_related",
                    f"A conviction in {state.name} marked as a result of the trafficking",
                    where,
                )
            )

    relief = options.relief or spec.reliefs[0]
    selection = library.select(spec.clause_key, view, state=state.state if state else None)
    selection.included = [c for c in selection.included if _for_relief(c, relief)]
    selection.undecided = [(c, u) for c, u in selection.undecided if _for_relief(c, relief)]
    foreign_cites = _other_state_cites(state)
    order = section_order(path)
    rank = {name: i for i, name in enumerate(order)}
    selection.included.sort(key=lambda c: (rank.get(c.section, len(rank)), c.order, c.id))
    env = ClauseEnvironment(view, missing)
    clause_extra: dict[str, Any] = {
        "state": state,
        "doc": dict(spec.params),
        "counsel": {f.name: getattr(options.counsel, f.name) for f in fields(Counsel)},
    }
    sections = _Sections()
    uses: list[ClauseUse] = []
    review: list[Rich] = []
    warn_rich: list[Rich] = []
    warnings: list[str] = []
    text_words = fact_words = 0
    for clause in selection.included:
        rendered = render_clause(
            clause, view, missing, file=library.file_of(clause.id), extra=clause_extra, env=env
        )
        paras = sections.setdefault(clause.section, [])
        for k, para in enumerate(rendered.paragraphs):
            # worksheets show which clause each argument comes from
            prefix = f"{clause.title}. " if spec.kind == "worksheet" and k == 0 else None
            paras.append(Rich.from_segments(para, bold_prefix=prefix))
            for seg in para:
                if seg.kind == "text":
                    text_words += _words(seg.text)
                else:
                    fact_words += _words(seg.text)
        status = clause.status_on(view.today)
        cites = tuple(c for c in clause.cite if c not in foreign_cites)
        uses.append(ClauseUse(clause.id, clause.title, cites, status, clause.warning))
        review.append(_review_note(clause, status, cites))
        if clause.warning:
            warnings.append(f"{clause.title}: {clause.warning.strip()}")
            warn_rich.append(Rich.plain(f"{clause.title}: {clause.warning.strip()}"))
        for m in re.finditer(r'Proposed group: "([^"]+)"', rendered.text):
            for w in psg_warnings(m.group(1)):
                msg = f'"{m.group(1)}": {w.message}'
                warnings.append(msg)
                warn_rich.append(Rich.plain(msg))
    for clause, unknown in selection.undecided:
        facts = ", ".join(unknown) or "unknown facts"
        review.append(
            Rich.join(
                [
                    Rich.plain(f"Not included yet: {clause.title}", bold=True),
                    Rich.plain(f" — decide by answering: {facts}."),
                ]
            )
        )
    if state is not None:
        status = state.status_on(view.today)
        review.insert(
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
            warnings.append(f"The {state.name} vacatur row is {status}: check it before filing.")
    share = None
    if text_words + fact_words:
        share = text_words / (text_words + fact_words)
        if spec.kind == "declaration" and share > options.boilerplate_threshold:
            msg = (
                f"{round(share * 100)}% of the clause words are default text, not the client's "
                "facts: adjudicators notice identical declarations. Rewrite in the client's words."
            )
            warnings.append(msg)
            review.insert(0, Rich.plain(msg, bold=True))

    template_name = f"templates/docx/{spec.template}"
    client = ClientNS(view, template_name, where, missing)
    groups = {
        g: [RowNS(r, template_name, where, missing, i) for i, r in enumerate(view.rows(g))]
        for g in GROUPS
    }
    if options.relief or spec.id == "uscis_cover_letter":
        # only the exhibits for this filing (an exhibit with no reliefs recorded stays in)
        kept = [r for r in view.rows("exhibits") if _exhibit_for(r, relief)]
        groups["exhibits"] = [
            RowNS(r, template_name, where, missing, i) for i, r in enumerate(kept)
        ]
    doc_values, doc_labels = _doc_values(spec, view, options, state, vac_rows, warn_rich, where)
    if spec.id in ("uscis_cover_letter",):
        enclosures = options.enclosures or COVER_FORMS.get(relief, ())
    else:
        enclosures = options.enclosures or ()
    state_ns: ValueNS | None = None
    if state is not None:
        s_values, s_labels = _state_values(state, vac_rows, where)
        state_ns = ValueNS("state", s_values, s_labels, template_name, where, missing)
    translator = options.translator
    language = translator.language
    if language is None and view.get("client.primary_language") is not UNKNOWN:
        language = str(view.get("client.primary_language"))
    context: dict[str, Any] = {
        "client": client,
        **groups,
        "vacatur_arrests": [RowNS(r, template_name, where, missing, i) for i, r in vac_rows],
        "sections": sections,
        "review": review,
        "options": ValueNS("options", {"final": options.final}, {}, template_name, where, missing),
        "doc": ValueNS("doc", doc_values, doc_labels, template_name, where, missing),
        "state": state_ns,
        "counsel": ValueNS(
            "counsel",
            {f.name: getattr(options.counsel, f.name) for f in fields(Counsel)},
            {
                "name": "Attorney's name",
                "firm": "Firm or clinic name",
                "address": "Counsel's mailing address",
                "phone": "Counsel's phone",
                "email": "Counsel's e-mail",
                "bar_number": "Counsel's bar number",
            },
            template_name,
            where,
            missing,
        ),
        "translator": ValueNS(
            "translator",
            {
                "name": translator.name,
                "address": translator.address,
                "language": language,
                "document_title": translator.document_title,
            },
            {
                "name": "Translator's full name",
                "address": "Translator's address",
                "language": "Language translated from",
                "document_title": "Title of the translated document",
            },
            template_name,
            where,
            missing,
        ),
        "enclosures": [Rich.plain(e) for e in enclosures],
    }
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
    return DocxDraft(
        document_id=spec.id,
        title=spec.title,
        data=buf.getvalue(),
        missing=tuple(missing.items.values()),
        clauses=tuple(uses),
        undecided=tuple((c.id, tuple(u)) for c, u in selection.undecided),
        warnings=tuple(warnings),
        state=state.state if state else None,
        boilerplate_share=share,
        needs_wet_signature=spec.needs_wet_signature,
    )
