"""Filing plans: for a client and a relief (and its derivatives), the documents in filing
order, each with its source and status.

The law lives in data: ``packets/data/plans/<relief>.yaml`` (validated by ``PlanData``), each
entry with its authority, ``last_reviewed`` and ``verify_status``. This module resolves an
entry against the client (conditions, derivatives, exhibits on disk) and against what the
providers (forms, templates, eligibility) can actually produce.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import Field, ValidationError, model_validator

from casefile.errors import ExhibitPathRefused
from casefile.paths import resolve_exhibit
from casefile.yamlio import safe_load
from clauses import StateTableError, VacaturState, vacatur_state
from clauses.evidence import EvidenceLine, checklist
from eligibility.conditions import Condition, Context, evaluate
from eligibility.errors import UnknownRelief
from eligibility.loader import load_rules
from eligibility.registry import Relief, data_file, get_relief, relief_ids
from eligibility.review import STALE_AFTER_DAYS, Reviewed, Strict, VerifyStatus, is_stale
from facts import UNKNOWN, FactView, RowView
from packets.addresses import FilingAddress, filing_address
from packets.errors import ExhibitUnreadable, PlanDataError, PlanUnavailable
from packets.exhibits import SUPPORTED_SUFFIXES, LoadedSource, SourceCache
from packets.providers import (
    Derivative,
    PartStatus,
    Providers,
    default_providers,
)
from packets.venues import Venue, find_venue, restrict, several_venues_note, venue_notes, venues
from templates.registry import DOCUMENTS

__all__ = [
    "FilingPlan",
    "PlanData",
    "PlanOptions",
    "PlannedDocument",
    "load_plan_data",
    "plan",
]

Signature = Literal["client", "attorney", "attorney_and_client", "certifier", "derivative"]


_Strict = Strict


class Copies(_Strict):
    """How many copies of a document to send besides the original, per the current
    instructions (issue 24 item 10): dated, cited data. The first variant whose ``when`` is
    not false applies (e.g. an I-589 filed with USCIS or with the immigration court)."""

    count: int = Field(ge=0)
    when: Condition | None = None
    authority: list[str] = Field(min_length=1)
    verify_status: VerifyStatus
    last_reviewed: dt.date


class DocEntry(_Strict):
    id: str
    title: str
    source: Literal[
        "form", "draft", "user_file", "generated", "exhibits", "evidence", "translations"
    ]
    form: str | None = None
    document: str | None = None
    generated: Literal["exhibit_index"] | None = None
    file_key: str | None = None
    per: Literal["derivative"] | None = None
    #: Eligibility's condition tree over facts (the same language as the rules and clauses); in
    #: a ``per: derivative`` entry, ``family[]`` facts read that family member's row.
    when: Condition | None = None
    #: An attorney's choice that is not a fact about the client.
    if_option: Literal["fee_waiver"] | None = None
    #: What an unknown ``when`` means: leave the document out (default) or plan it, with
    #: ``unknown_warning`` telling the attorney to confirm.
    when_unknown: Literal["leave_out", "include"] = "leave_out"
    unknown_warning: str | None = None
    required: bool = True
    signature: Signature | None = None
    copy_of_principal: bool = False
    #: False for an attorney worksheet (e.g. the evidence checklist): it is planned, checked and
    #: listed for review, but never put into the filed packet or its cover letter's index,
    #: because it is work product that names what the case still lacks.
    filed: bool = True
    authority: list[str] = Field(min_length=1)
    verify_status: VerifyStatus
    #: A supplied paper that is not a form (photos, a birth certificate, a proof of service):
    #: it is checked as a readable file, never for a form edition.
    paper: bool = False
    #: When this entry's own rule was last checked against its source (issue 24: each entry
    #: added for a checklist item carries it; older entries share the plan's date).
    last_reviewed: dt.date | None = None
    note: str | None = None
    #: Copies to send besides the original (issue 24 item 10), by fact pattern.
    copies: list[Copies] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> DocEntry:
        needs = {"form": "form", "draft": "document", "user_file": "file_key"}
        key = needs.get(self.source)
        if key is not None and not getattr(self, key):
            raise ValueError(f"entry '{self.id}' has source {self.source} but no '{key}'")
        if self.source == "generated" and self.generated is None:
            raise ValueError(f"entry '{self.id}' is generated but says not what")
        if "{name}" in self.title and self.per != "derivative" and self.source != "translations":
            raise ValueError(f"entry '{self.id}' uses {{name}} but is not per derivative")
        if self.filed is False and self.required:
            raise ValueError(f"entry '{self.id}' is not filed, so it cannot be required")
        if self.source == "evidence" and self.filed:
            # the lines name what the case lacks: work product, never in the packet (issue 17)
            raise ValueError(f"entry '{self.id}' lists evidence, so it must say filed: false")
        return self


class PlanData(Reviewed):
    relief: str
    title: str
    recipient: str
    authority: list[str] = Field(min_length=1)
    fee_waiver_allowed: bool = True
    fee_note: str | None = None
    verified_states: list[str] | None = None
    #: Only family members in the U.S. are included (asylum: INA 208(b)(3)).
    derivatives_in_us_only: bool = False
    documents: list[DocEntry] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> PlanData:
        ids = [d.id for d in self.documents]
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            raise ValueError(f"duplicate document ids: {sorted(dupes)}")
        return self


def load_plan_data(relief: str) -> PlanData:
    """The plan of a registered relief (id or alias), from ``packets/data/plans/<id>.yaml`` or
    the relief's own registry folder."""
    try:
        registered = get_relief(relief)
    except UnknownRelief:
        known = ", ".join(relief_ids())
        raise PlanUnavailable(relief, f"known reliefs are {known}") from None
    return _load_plan(registered)


@cache
def _load_plan(registered: Relief) -> PlanData:
    relief = registered.id
    entry = data_file(registered, "plans", resources.files("packets") / "data")
    source = f"packets/data/plans/{relief}.yaml" if registered.home is None else str(entry)
    try:
        raw = safe_load(entry.read_text(encoding="utf-8"))
        data = PlanData.model_validate(raw)
    except (yaml.YAMLError, ValidationError, OSError) as exc:
        raise PlanDataError(source, str(exc)) from exc
    if data.relief != relief:
        raise PlanDataError(source, f"declares relief '{data.relief}'")
    return data


# -- options and context ----------------------------------------------------------------------


@dataclass(frozen=True)
class PlanOptions:
    """Choices the attorney makes that are not facts about the client."""

    fee_waiver: bool = False
    filing_date: dt.date | None = None  # default: the view's today
    #: Completed documents the user supplies, by file key or entry id (e.g. ``g-28``,
    #: ``i-918b``, ``consent``). Files named ``<key>.pdf`` in the exhibits folder count too.
    supplied: dict[str, Path] = field(default_factory=dict)
    #: Vacatur: the venue (``packets.venues.Venue.key``) whose records these papers cover;
    #: None covers every record (and the plan warns when they lie in several courts).
    venue: str | None = None


@dataclass
class _Ctx:
    view: FactView
    relief: str
    data: PlanData
    options: PlanOptions
    providers: Providers
    exhibits_dir: Path | None
    conditions: Context
    derivatives: list[Derivative]
    warnings: list[str]
    filing_date: dt.date
    derivative: Derivative | None = None
    sources: SourceCache = field(default_factory=SourceCache)


def _cert_rows(view: FactView, form: str) -> list[RowView]:
    want = form.replace("-", "").replace(" ", "").upper()
    out = []
    for row in view.rows("certifications"):
        got = row.get("form")
        if got is not UNKNOWN and str(got).replace("-", "").replace(" ", "").upper() == want:
            out.append(row)
    return out


def _included(ctx: _Ctx, entry: DocEntry) -> bool:
    """Whether the entry's option and condition put it in the plan (for ``ctx.derivative``)."""
    if entry.if_option == "fee_waiver" and not ctx.options.fee_waiver:
        return False
    if entry.when is None:
        return True
    row = None
    if ctx.derivative is not None:
        row = ctx.view.rows("family")[ctx.derivative.row]
    value = evaluate(entry.when, ctx.conditions, row)
    if value is None and entry.when_unknown == "include":
        if entry.unknown_warning:
            ctx.warnings.append(entry.unknown_warning)
        return True
    return bool(value)


# -- results --------------------------------------------------------------------------------


@dataclass
class PlannedDocument:
    """One document of the plan, in filing order."""

    key: str  # unique within the plan, e.g. "i-914a#1" or "exhibit:B"
    entry_id: str
    title: str
    kind: str  # assembler kind: form | draft | exhibit | generated | index
    source: str  # filled form | rendered draft | user exhibit | supplied file | generated
    status: PartStatus
    required: bool = True
    problems: list[str] = field(default_factory=list)
    #: Catalogue fact names (e.g. ``client.a_number``, ``arrests[].docket``) the part lacks,
    #: from forms' FillReport and templates' DocxDraft: what "jump to the field" opens.
    #: ``problems`` still summarises them in words.
    missing_facts: tuple[str, ...] = ()
    warnings: list[str] = field(default_factory=list)
    signature: str | None = None
    authority: tuple[str, ...] = ()
    verify_status: str = "ok"
    note: str | None = None
    form_id: str | None = None
    document_id: str | None = None
    derivative: Derivative | None = None
    sources: SourceCache = field(default_factory=SourceCache)
    path: Path | None = None
    exhibit_label: str | None = None
    exhibit_description: str | None = None
    copy_of_principal: bool = False
    filed: bool = True  # False: an attorney worksheet, never in the filed packet
    last_reviewed: dt.date | None = None
    copies: Copies | None = None  # besides the original, per the instructions
    #: For an evidence entry: the checklist line (element, have / missing, tabs, the rule's
    #: cites) it was planned from.
    evidence: EvidenceLine | None = None

    @property
    def blocking(self) -> bool:
        return self.required and not self.status.producible

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "kind": self.kind,
            "source": self.source,
            "status": self.status.value,
            "required": self.required,
            "problems": list(self.problems),
            "missing_facts": list(self.missing_facts),
            "warnings": list(self.warnings),
            "signature": self.signature,
            "authority": list(self.authority),
            "verify_status": self.verify_status,
            "note": self.note,
            "form": self.form_id,
            "document": self.document_id,
            "derivative": None if self.derivative is None else self.derivative.name,
            "path": None if self.path is None else str(self.path),
            "exhibit_label": self.exhibit_label,
            "filed": self.filed,
            "last_reviewed": None if self.last_reviewed is None else self.last_reviewed.isoformat(),
            "copies": None if self.copies is None else self.copies.model_dump(mode="json"),
            "evidence": None
            if self.evidence is None
            else {
                "element": self.evidence.element,
                "have": self.evidence.have,
                "tabs": list(self.evidence.tabs),
            },
        }


@dataclass
class FilingPlan:
    relief: str
    title: str
    recipient: str
    client_name: str
    documents: list[PlannedDocument]
    warnings: list[str]
    authority: tuple[str, ...]
    verify_status: str
    last_reviewed: dt.date
    derivatives: list[Derivative]
    filing_date: dt.date
    #: Where the packet goes (dated, VERIFY data); None where the data has no entry (vacatur).
    filing_address: FilingAddress | None = None
    #: Vacatur: the court (or county) whose records this plan covers; None: every record.
    venue: Venue | None = None

    @property
    def blockers(self) -> list[PlannedDocument]:
        return [d for d in self.documents if d.blocking]

    @property
    def complete(self) -> bool:
        return not self.blockers and all(
            d.status in (PartStatus.READY, PartStatus.NEEDS_WET_SIGNATURE)
            for d in self.documents
            if d.required
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "relief": self.relief,
            "title": self.title,
            "recipient": self.recipient,
            "client": self.client_name,
            "filing_date": self.filing_date.isoformat(),
            "verify_status": self.verify_status,
            "last_reviewed": self.last_reviewed.isoformat(),
            "authority": list(self.authority),
            "derivatives": [d.name for d in self.derivatives],
            "warnings": list(self.warnings),
            "documents": [d.to_dict() for d in self.documents],
            "filing_address": None
            if self.filing_address is None
            else {
                "address": self.filing_address.address,
                "authority": list(self.filing_address.authority),
                "verify_status": self.filing_address.verify_status,
                "last_reviewed": self.filing_address.last_reviewed,
            },
            "venue": None
            if self.venue is None
            else {"key": self.venue.key, "label": self.venue.label, "state": self.venue.state},
        }


# -- exhibits on disk -------------------------------------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _labels() -> Any:
    n = 0
    while True:
        n += 1
        label, k = "", n
        while k:
            k, r = divmod(k - 1, 26)
            label = chr(65 + r) + label
        yield label


def _dir_files(folder: Path | None) -> list[Path]:
    """Supported files in the folder, except packets ReliefDesk wrote there earlier (a PDF
    with its ``<stem>.manifest.json`` beside it), which must never become exhibits."""
    if folder is None or not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file()
        and p.suffix.lower() in SUPPORTED_SUFFIXES
        and not p.with_name(f"{p.stem}.manifest.json").exists()
    )


def _matches(path: Path, label: str | None, description: str | None) -> bool:
    stem = _norm(path.stem)
    if label:
        lab = _norm(label)
        if stem == lab or stem.startswith(f"{lab} ") or stem.startswith(f"exhibit {lab} "):
            return True
        if stem == f"exhibit {lab}":
            return True
    if description:
        desc = _norm(description)
        first = desc.split(" ")[:3]
        if desc and (stem == desc or (len(first) >= 2 and stem.startswith(" ".join(first)))):
            return True
    return False


def _open_exhibit(
    ctx: _Ctx, path: Path, name: str
) -> tuple[PartStatus, list[str], list[str], LoadedSource | None]:
    """Open the file once (the build's source cache keeps it for the assembly)."""
    try:
        loaded = ctx.sources.load(path, name)
    except ExhibitUnreadable as exc:
        status = (
            PartStatus.MISSING_FILE if "does not exist" in exc.reason else PartStatus.UNREADABLE
        )
        return status, [exc.reason], [], None
    return PartStatus.READY, [], list(loaded.warnings), loaded


def _check_exhibit_file(
    ctx: _Ctx, path: Path, name: str
) -> tuple[PartStatus, list[str], list[str]]:
    status, problems, warnings, _loaded = _open_exhibit(ctx, path, name)
    return status, problems, warnings


def _exhibits(ctx: _Ctx, reserved: set[str]) -> list[PlannedDocument]:
    view, folder = ctx.view, ctx.exhibits_dir
    files = [f for f in _dir_files(folder) if _norm(f.stem) not in reserved]
    claimed: set[Path] = set()
    rows = []
    for row in view.rows("exhibits"):
        reliefs = row.get("reliefs")
        if reliefs is not UNKNOWN and ctx.relief not in reliefs:
            continue
        rows.append(row)
    used_labels = {str(r.get("label")) for r in rows if r.get("label") is not UNKNOWN}
    label_gen = (lab for lab in _labels() if lab not in used_labels)
    out: list[PlannedDocument] = []
    for row in rows:
        label = row.get("label")
        label = str(label) if label is not UNKNOWN else next(label_gen)
        desc = row.get("description")
        description = str(desc) if desc is not UNKNOWN else f"Exhibit {label}"
        path: Path | None = None
        refused: str | None = None
        stored = row.get("file_path")
        if stored is not UNKNOWN:
            path, refused = _resolve_stored(str(stored), folder, label)
        else:
            path = next(
                (f for f in files if f not in claimed and _matches(f, label, description)), None
            )
        doc = _exhibit_doc(label, description, path)
        if refused is not None:
            doc.status = PartStatus.UNREADABLE
            doc.problems.append(refused)
        elif path is None:
            doc.status = PartStatus.MISSING_FILE
            where = f" in {folder}" if folder is not None else ""
            doc.problems.append(
                f"no file attached: add the file to the profile or put it{where} named "
                f"'{label} - {description}.pdf' (PDF, JPEG, PNG or DOCX)"
            )
        else:
            claimed.add(path)
            doc.status, doc.problems, doc.warnings, loaded = _open_exhibit(ctx, path, doc.title)
            expected = row.get("file_sha256")
            # The hash is of the bytes read for the check, not a second read. A changed file is
            # refused (issue 21), not only warned about: it may be another client's document.
            if loaded is not None and expected is not UNKNOWN and loaded.sha256 != str(expected):
                doc.status, doc.path = PartStatus.UNREADABLE, None  # never put in the packet
                doc.problems.append(
                    f"Exhibit {label}: the file has changed since it was attached (its SHA-256 "
                    "differs from the recorded one); attach it again if it is the right document"
                )
        if row.get("translation_status") == "needed":
            doc.problems.append(
                "needs a full English translation with the translator's certificate "
                "(8 CFR 103.2(b)(3))"
            )
            if doc.status is PartStatus.READY:
                doc.status = PartStatus.MISSING_FILE
        out.append(doc)
    for f in files:
        if f in claimed:
            continue
        label = next(label_gen)
        description = re.sub(r"[_-]+", " ", f.stem).strip().capitalize() or f.name
        doc = _exhibit_doc(label, description, f)
        doc.status, doc.problems, doc.warnings = _check_exhibit_file(ctx, f, doc.title)
        doc.warnings.append(
            f"{f.name} is in the exhibits folder but not recorded in the client's profile; "
            "it was added as an exhibit. Record it (description, language) in the profile."
        )
        out.append(doc)
    out.sort(key=lambda d: (len(d.exhibit_label or ""), d.exhibit_label or ""))
    return out


def _resolve_stored(stored: str, folder: Path | None, label: str) -> tuple[Path | None, str | None]:
    """The recorded file, checked by ``casefile.paths.resolve_exhibit`` (inside the exhibits
    folder, symlinks included), or why it is refused (issue 21). Its SHA-256 is compared on the
    one read the plan makes (``_exhibits``)."""
    try:
        return resolve_exhibit(stored, folder, name=f"Exhibit {label}"), None
    except ExhibitPathRefused as exc:
        return None, str(exc)


def _exhibit_doc(label: str, description: str, path: Path | None) -> PlannedDocument:
    return PlannedDocument(
        key=f"exhibit:{label}",
        entry_id="exhibits",
        title=f"Exhibit {label} — {description}",
        kind="exhibit",
        source="user exhibit",
        status=PartStatus.READY,
        exhibit_label=label,
        exhibit_description=description,
        path=path,
        authority=(),
    )


# -- derivatives ------------------------------------------------------------------------------


def _derivatives(ctx: _Ctx) -> list[Derivative]:
    """The family members eligibility finds may qualify and the attorney included."""
    screened = ctx.providers.screen.derivatives(ctx.view, ctx.relief)
    chosen = [d for d in screened if not ctx.data.derivatives_in_us_only or d.in_us is not False]
    for d in chosen:
        if d.unsure:
            relationship = d.relationship.replace("_", " ")  # a code in words
            ctx.warnings.append(
                f"{d.name} ({relationship}) is included as a derivative, but the eligibility "
                "screen could not decide whether they qualify: answer the open questions or "
                "confirm with the attorney."
            )
    return chosen


# -- resolving entries ------------------------------------------------------------------------

_SIGNERS = {
    "client": "the client must sign in ink",
    "derivative": "the family member must sign in ink",
    "attorney": "the attorney must sign in ink",
    "attorney_and_client": "the attorney and the client must sign in ink",
}


def _supplied(ctx: _Ctx, key: str, entry_id: str) -> Path | None:
    for k in (key, entry_id):
        if k in ctx.options.supplied:
            return Path(ctx.options.supplied[k])
    for f in _dir_files(ctx.exhibits_dir):
        if _norm(f.stem) in (_norm(key), _norm(entry_id)):
            return f
    return None


def _supplied_for(
    ctx: _Ctx, entry: DocEntry, file_key: str, target: Derivative | None
) -> Path | None:
    """The supplied file for the entry. A family member's own paper (e.g. a birth certificate)
    is ``<file_key>-<n>.pdf``, n counting family rows from 1; forms per family member are
    filled, never supplied."""
    if target is None:
        return _supplied(ctx, file_key, entry.id)
    if entry.source != "user_file":
        return None
    return _supplied(ctx, f"{file_key}-{target.row + 1}", f"{entry.id}-{target.row + 1}")


def _check_supplied_form(ctx: _Ctx, entry: DocEntry, path: Path, doc: PlannedDocument) -> None:
    """A completed form the user supplied: refuse an obsolete edition (e.g. the old G-28)."""
    from forms import identify_pdf
    from forms.errors import FormsError

    status, problems, warnings = _check_exhibit_file(ctx, path, doc.title)
    doc.status, doc.problems, doc.warnings = status, problems, warnings
    if status is not PartStatus.READY:
        return
    try:
        ident = identify_pdf(path)
    except FormsError:
        doc.warnings.append(
            f"{doc.title}: the edition of {path.name} could not be read; check it is the "
            "current edition on uscis.gov."
        )
        return
    expected = (entry.form or entry.file_key or "").replace("-", "").upper()
    if expected and ident.barcode_id.replace("-", "").upper() != expected:
        doc.status = PartStatus.FORM_PDF_NOT_SUPPLIED
        doc.problems.append(f"{path.name} is form {ident.barcode_id}, not {doc.title}")
        return
    if ident.expires:
        expires = dt.datetime.strptime(ident.expires, "%m/%d/%Y").date()
        if expires < ctx.filing_date:
            doc.status = PartStatus.FORM_PDF_NOT_SUPPLIED
            doc.problems.append(
                f"{path.name} is the obsolete edition {ident.edition} (expired {ident.expires}); "
                "USCIS rejects outdated editions. Download the current edition from uscis.gov."
            )


def _u_supp_b_fresh(ctx: _Ctx, doc: PlannedDocument) -> None:
    rows = _cert_rows(ctx.view, "I-918B")
    signed = [r.get("signed_date") for r in rows if r.get("signed_date") is not UNKNOWN]
    # the deadline is eligibility's derived fact certifications[].expires (signed + 6 months)
    if not signed:
        doc.problems.append(
            "no signed certification is recorded: ask the certifying agency (draft the request "
            "with 'I-918 Supplement B request letter')"
        )
        if doc.status.rank < PartStatus.MISSING_FILE.rank:
            doc.status = PartStatus.MISSING_FILE
        return
    latest: dt.date = max(signed)
    expires: dt.date = max(r.get("expires") for r in rows if r.get("signed_date") == latest)
    if ctx.filing_date > expires:
        doc.status = PartStatus.MISSING_FILE
        doc.problems.append(
            f"the certification was signed on {latest.isoformat()}, more than 6 months before "
            f"filing (expired {expires.isoformat()}); USCIS requires a signature within the 6 "
            "months before filing (8 CFR 214.14(c)(2)(i)). Get a new certification."
        )
    else:
        doc.warnings.append(
            f"{doc.title}: signed {latest.isoformat()}; file by {expires.isoformat()} "
            "(6 months, 8 CFR 214.14(c)(2)(i))."
        )


def _vacatur_row(view: FactView) -> VacaturState | None:
    """The state row of the client's first recorded arrest; None when no papers are set up."""
    states = [s for s in view.get("arrests[].state") if s is not UNKNOWN]
    try:
        return vacatur_state(str(states[0]).upper()) if states else None
    except StateTableError:
        return None


def _offense_limit_note(state: VacaturState) -> list[str]:
    """A statute that reaches only some offences (California: nonviolent ones) is a VERIFY
    note for the attorney, read from the state table; the plan never decides it."""
    if state.offense_scope != "nonviolent_only":
        return []
    return [
        f"VERIFY: {state.statute} reaches {' '.join(state.offense_scope_text.split())} "
        f"Excluded: {', '.join(state.exclusions)}. Check each offense listed against the "
        "current statute text (for California, the violent felonies of Penal Code 667.5(c), "
        "VERIFY) before filing."
    ]


def _state_paper_titles(
    state: VacaturState, data: PlanData, documents: list[PlannedDocument]
) -> None:
    """The contents page and cover name each vacatur paper as the client's state does
    (petition or motion, declaration or affidavit, proof, certificate or affirmation of
    service), from the state's drafting row; a state with no drafting row keeps the neutral
    titles of the plan."""
    papers = {e.id: DOCUMENTS[e.document].params.get("paper") for e in data.documents
              if e.document is not None and e.document in DOCUMENTS}  # fmt: skip
    for doc in documents:
        paper = papers.get(doc.entry_id)
        if paper in state.paper_names:
            doc.title = state.paper_names[paper]


def _copies(ctx: _Ctx, entry: DocEntry) -> Copies | None:
    """The entry's copies rule for this client: the first variant whose condition is not
    false (unknown keeps it, so the attorney sees a count to confirm rather than none)."""
    for variant in entry.copies:
        if variant.when is None or evaluate(variant.when, ctx.conditions) is not False:
            return variant
    return None


def copies_text(copies: Copies) -> str:
    """'Send the original and 1 copy (authority)' for the plan and the documents screen."""
    n = copies.count
    what = "the original only" if n == 0 else f"the original and {n} cop{'y' if n == 1 else 'ies'}"
    return f"Send {what} ({'; '.join(copies.authority)})."


def _with_copies(ctx: _Ctx, entry: DocEntry, docs: list[PlannedDocument]) -> None:
    """Say how many copies each document needs; for the exhibits, once for all of them."""
    rule = _copies(ctx, entry)
    if rule is None:
        return
    if entry.source == "exhibits":
        ctx.warnings.append(f"Supporting documents (exhibits): {copies_text(rule)}")
        return
    for doc in docs:
        doc.copies = rule
        doc.warnings.append(f"{doc.title}: {copies_text(rule)}")


def _entry_doc(entry: DocEntry, key: str, title: str, kind: str, source: str) -> PlannedDocument:
    """A ready document planned from one catalogue entry. The entry's bookkeeping (required,
    cites, review dates, filed or worksheet) is copied in one place so that every kind of entry
    carries it alike; callers add what is their own."""
    return PlannedDocument(
        key=key,
        entry_id=entry.id,
        title=title,
        kind=kind,
        source=source,
        status=PartStatus.READY,
        required=entry.required,
        authority=tuple(entry.authority),
        verify_status=entry.verify_status,
        note=entry.note,
        filed=entry.filed,
        last_reviewed=entry.last_reviewed,
    )


#: Exhibits whose translation still needs its translator's certificate: not yet translated,
#: or translated but not certified ("certified" carries its certificate already).
_NEEDS_CERTIFICATE = ("needed", "translated")


def _translations(ctx: _Ctx, entry: DocEntry) -> list[PlannedDocument]:
    """One translator's certificate per exhibit in a foreign language (issue 24 item 9), as
    ``translation-<n>.pdf`` (n counting exhibit rows from 1), the English translation with it.
    The 'Certificate of translation' draft is the starting point the note names."""
    if not _included(ctx, entry):
        return []
    out = []
    for n, row in enumerate(ctx.view.rows("exhibits"), start=1):
        if row.get("translation_status") not in _NEEDS_CERTIFICATE:
            continue
        reliefs = row.get("reliefs")
        if reliefs is not UNKNOWN and ctx.relief not in reliefs:
            continue  # an exhibit for another filing (as the exhibits entry decides)
        name = next(
            (str(row.get(c)) for c in ("description", "label") if row.get(c) is not UNKNOWN),
            f"exhibit {n}",
        )
        title = entry.title.replace("{name}", name)
        doc = _entry_doc(entry, f"{entry.id}#{n}", title, "draft", "supplied file")
        file_key = f"translation-{n}"
        supplied = _supplied(ctx, file_key, f"{entry.id}-{n}")
        if supplied is None:
            doc.status = PartStatus.MISSING_FILE
            where = ctx.exhibits_dir or "the packet's exhibits folder"
            what = "the translator's signed certificate"
            if row.get("translation_status") == "needed":
                what = "the English translation with " + what
            doc.problems.append(f"add {what} as '{file_key}.pdf' in {where}")
        else:
            doc.path = supplied
            doc.status, doc.problems, doc.warnings = _check_exhibit_file(ctx, supplied, doc.title)
        out.append(doc)
    return out


def _evidence(ctx: _Ctx, entry: DocEntry) -> list[PlannedDocument]:
    """One entry per evidence line of the relief (issue 24 item 6), marked have / missing from
    the client's exhibits, each carrying the cites of the eligibility rule it serves (lines
    that serve no one rule, such as identity, carry the entry's own authority)."""
    out = []
    for n, line in enumerate(checklist(ctx.relief, ctx.view), start=1):
        doc = PlannedDocument(
            key=f"{entry.id}:{n}",
            entry_id=entry.id,
            title=f"Evidence ({line.element}): {line.item}",
            kind="evidence",
            source="exhibits",
            status=PartStatus.READY if line.have else PartStatus.MISSING_FILE,
            required=False,
            authority=line.authority or tuple(entry.authority),
            verify_status=line.verify_status or entry.verify_status,
            note=line.rule_title,
            filed=False,
            last_reviewed=line.last_reviewed or entry.last_reviewed,
            evidence=line,
        )
        if line.have:
            doc.warnings.extend(line.tabs)
        else:
            doc.problems.append(
                "no exhibit for it yet: record one in the profile's exhibits whose description "
                "says what it is, or mark the element it proves"
            )
            doc.missing_facts = ("exhibits[].description",)
        out.append(doc)
    return out


def _resolve(ctx: _Ctx, entry: DocEntry, reserved: set[str]) -> list[PlannedDocument]:
    if entry.source == "exhibits":
        return _exhibits(ctx, reserved)
    if entry.source == "evidence":
        return _evidence(ctx, entry)
    if entry.source == "translations":
        return _translations(ctx, entry)
    targets: list[Derivative | None] = [None]
    if entry.per == "derivative":
        targets = list(ctx.derivatives)
    out: list[PlannedDocument] = []
    for target in targets:
        ctx.derivative = target
        if not _included(ctx, entry):
            continue
        title = entry.title.replace("{name}", target.name if target else "")
        key = entry.id if target is None else f"{entry.id}#{target.row}"
        doc = replace(
            _entry_doc(entry, key, title, "form", "filled form"),
            signature=entry.signature,
            form_id=entry.form,
            document_id=entry.document,
            derivative=target,
            copy_of_principal=entry.copy_of_principal,
        )
        row = None if target is None or entry.copy_of_principal else target.row
        file_key = entry.file_key or entry.form or entry.id
        supplied = _supplied_for(ctx, entry, file_key, target)
        if entry.source == "generated":
            doc.kind, doc.source = "index", "generated"
        elif supplied is not None:
            doc.kind, doc.source, doc.path = "draft", "supplied file", supplied
            if entry.paper:
                doc.status, doc.problems, doc.warnings = _check_exhibit_file(
                    ctx, supplied, doc.title
                )
            else:
                _check_supplied_form(ctx, entry, supplied, doc)
            if entry.form == "i-918b" or entry.file_key == "i-918b":
                _u_supp_b_fresh(ctx, doc)
        elif entry.source == "user_file":
            doc.kind, doc.source = "draft", "supplied file"
            doc.status = PartStatus.MISSING_FILE
            where = (
                ctx.exhibits_dir if ctx.exhibits_dir is not None else "the packet's exhibits folder"
            )
            name = file_key if target is None else f"{file_key}-{target.row + 1}"
            what = "the file" if entry.paper else "the completed, signed PDF"
            doc.problems.append(f"add {what} as '{name}.pdf' in {where}")
            if file_key == "i-918b":
                _u_supp_b_fresh(ctx, doc)
        elif entry.source == "form":
            assert entry.form is not None
            check = ctx.providers.forms.check(
                entry.form, ctx.view, relief=ctx.relief, derivative_row=row
            )
            doc.status, doc.problems, doc.warnings = check.status, check.problems, check.warnings
            doc.missing_facts = tuple(check.missing_facts)
        else:
            assert entry.document is not None
            doc.kind, doc.source = "draft", "rendered draft"
            check = ctx.providers.drafts.check(
                entry.document, ctx.view, relief=ctx.relief, derivative_row=row
            )
            doc.status, doc.problems, doc.warnings = check.status, check.problems, check.warnings
            doc.missing_facts = tuple(check.missing_facts)
        if (
            doc.status is PartStatus.READY
            and entry.signature in _SIGNERS
            and doc.source != "supplied file"
        ):
            doc.status = PartStatus.NEEDS_WET_SIGNATURE
        if entry.signature in _SIGNERS and doc.source != "supplied file":
            doc.problems.append(
                _SIGNERS[entry.signature] + " (no signature images; keep the original)"
            )
        out.append(doc)
    ctx.derivative = None
    return out


def plan(
    view: FactView,
    relief: str,
    *,
    exhibits_dir: Path | str | None = None,
    options: PlanOptions | None = None,
    providers: Providers | None = None,
    sources: SourceCache | None = None,
) -> FilingPlan:
    """The filing plan for the client in ``view`` and ``relief`` (``t_visa``, ``u_visa``,
    ``asylum_psg``, ``continued_presence``, ``vacatur``; aliases ``t``, ``u``, ``asylum``,
    ``cp``). Never raises for missing facts or files: those become statuses."""
    data = load_plan_data(relief)
    relief = data.relief
    options = options or PlanOptions()
    providers = providers or default_providers()
    folder = Path(exhibits_dir) if exhibits_dir is not None else None
    warnings: list[str] = []
    filing_date = options.filing_date or view.today
    view, venue = _venue_view(view, relief, options, warnings)
    ctx = _Ctx(
        view=view,
        relief=relief,
        data=data,
        options=options,
        providers=providers,
        exhibits_dir=folder,
        conditions=Context(view, refs=load_rules().common),
        derivatives=[],
        warnings=warnings,
        filing_date=filing_date,
        sources=sources if sources is not None else SourceCache(),
    )
    ctx.derivatives = _derivatives(ctx)
    if options.fee_waiver and not data.fee_waiver_allowed:
        warnings.append(
            "A fee waiver was asked for, but none is available for this filing"
            + (f": {data.fee_note}" if data.fee_note else ".")
        )
    if data.verify_status != "ok":
        warnings.append(
            f"This {relief} plan has items marked VERIFY: an attorney must check them against "
            "current law and the current form instructions before filing."
        )
    verify_status = data.status_on(filing_date)
    if is_stale(data.last_reviewed, filing_date):
        warnings.append(
            f"The {relief} plan was last reviewed {data.last_reviewed.isoformat()}, more than "
            f"{STALE_AFTER_DAYS} days ago: treat it as stale."
        )
    if relief == "vacatur" and data.verified_states is not None:
        states = [s for s in view.get("arrests[].state") if s is not UNKNOWN]
        state = str(states[0]) if states else None
        if state is None:
            current = view.get("client.current_state")
            state = None if current is UNKNOWN else str(current)
        if state is None or state.upper() not in data.verified_states:
            warnings.append(
                f"The vacatur papers follow the New York set (CPL 440.10(1)(i)); the client's "
                f"state is {state or 'unknown'}. Check that state's statute and procedure "
                "(VERIFY)."
            )
    reserved = {
        _norm(e.file_key or e.form or e.id)
        for e in data.documents
        if e.source in ("form", "user_file")
    } | {_norm(k) for k in options.supplied}
    # a family member's own paper (``relationship-1.pdf``) is that entry's, not an exhibit
    reserved |= {
        _norm(f"{e.file_key or e.id}-{d.row + 1}")
        for e in data.documents
        if e.source == "user_file" and e.per == "derivative"
        for d in ctx.derivatives
    }
    # and a translator's certificate (``translation-2.pdf``) is the translations entry's
    if any(e.source == "translations" for e in data.documents):
        reserved |= {_norm(f"translation-{n}") for n in range(1, len(view.rows("exhibits")) + 1)}
    documents: list[PlannedDocument] = []
    for entry in data.documents:
        resolved = _resolve(ctx, entry, reserved)
        _with_copies(ctx, entry, resolved)
        documents.extend(resolved)
    if relief == "vacatur" and (state_row := _vacatur_row(view)) is not None:
        _state_paper_titles(state_row, data, documents)
        warnings.extend(_offense_limit_note(state_row))
    return FilingPlan(
        relief=relief,
        title=data.title if venue is None else f"{data.title} — {venue.label}",
        recipient=data.recipient if venue is None else venue.label,
        client_name=view.profile.display_name,
        documents=documents,
        warnings=warnings,
        authority=tuple(data.authority),
        verify_status=verify_status,
        last_reviewed=data.last_reviewed,
        derivatives=ctx.derivatives,
        filing_date=filing_date,
        filing_address=filing_address(view, relief),
        venue=venue,
    )


def _venue_view(
    view: FactView, relief: str, options: PlanOptions, warnings: list[str]
) -> tuple[FactView, Venue | None]:
    """Vacatur: narrow the view to the chosen venue's records and say where they are filed;
    with no venue chosen, warn when the records lie in several courts. Other reliefs: as is."""
    if relief != "vacatur":
        return view, None
    if options.venue is None:
        found = venues(view)
        warnings.extend(several_venues_note(found))
        if len(found) == 1:
            warnings.extend(venue_notes(found[0]))
        return view, None
    venue = find_venue(view, options.venue)
    warnings.extend(venue_notes(venue))
    return restrict(view, venue), venue


def venue_view(view: FactView, relief: str, options: PlanOptions) -> FactView:
    """The view a packet of ``relief`` is built from: narrowed to ``options.venue``'s records
    for vacatur (the papers then list that court's records only), else ``view``."""
    return _venue_view(view, relief, options, [])[0]
