"""The packet service: plan, produce every part, assemble, in one call with progress and
cancel. This is what the desktop and the CLI call.

A document that cannot be produced yet (form PDF not supplied, file missing, converter
missing) is stood in for by a "NOT INCLUDED" page and a warning, and the cover says DRAFT,
unless ``strict=True``, which refuses with ``PacketBlocked`` instead. A bad exhibit file
raises ``ExhibitUnreadable`` and leaves no packet behind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casefile.errors import ReliefDeskError
from facts import UNKNOWN, FactView
from packets.assemble import (
    AssemblyResult,
    ManifestEntry,
    PacketPart,
    _slug,
    assemble,
    lay_out,
)
from packets.errors import ExhibitUnreadable, PacketBlocked, PacketWriteError
from packets.exhibits import SourceCache
from packets.ops import CancelToken, Progress, Reporter
from packets.plan import FilingPlan, PlannedDocument, PlanOptions, load_plan_data, plan, venue_view
from packets.providers import PartStatus, Produced, Providers, default_providers
from packets.render import CoverInfo, render_placeholder

if TYPE_CHECKING:
    from templates.render import Enclosure

__all__ = ["PacketResult", "build_packet"]

#: Progress is reported on this scale: planning and producing parts take the first half,
#: assembly the second.
SCALE = 1000


@dataclass
class PacketResult:
    path: Path
    manifest_path: Path
    manifest: dict[str, Any]
    fillable_copies: list[Path]
    warnings: list[str]
    page_count: int
    plan: FilingPlan
    #: Documents stood in for by a "NOT INCLUDED" page.
    left_out: list[PlannedDocument] = field(default_factory=list)
    #: The editable DOCX drafts, written in ``<stem>-drafts/`` beside the packet.
    drafts: list[Path] = field(default_factory=list)
    #: Each draft's document title (the plan's name for it), by the draft's path.
    draft_titles: dict[Path, str] = field(default_factory=dict)
    assembly: AssemblyResult | None = None

    @property
    def complete(self) -> bool:
        return not self.left_out


def _scaled(progress: Progress | None, start: int, span: int) -> Progress | None:
    if progress is None:
        return None

    def report(done: int, total: int, message: str) -> None:
        share = start + (span * done) // max(total, 1)
        progress(min(share, SCALE), SCALE, message)

    return report


def _docx_name(title: str, taken: list[tuple[str, bytes]]) -> str:
    base = _slug(title) if title else "draft"
    names = {n for n, _ in taken}
    name, n = f"{base}.docx", 2
    while name in names:
        name, n = f"{base}-{n}.docx", n + 1
    return name


def _placeholder_part(doc: PlannedDocument, reasons: list[str]) -> PacketPart:
    pdf = render_placeholder(doc.title, reasons or [doc.status.value])
    if doc.kind == "exhibit":
        return PacketPart(
            doc.title,
            "exhibit",
            pdf,
            exhibit_label=doc.exhibit_label,
            exhibit_description=doc.exhibit_description,
            note=f"NOT INCLUDED — {doc.status.value}",
        )
    return PacketPart(f"{doc.title} (NOT INCLUDED — {doc.status.value})", "generated", pdf)


@dataclass
class _Produced:
    """What producing the plan's documents gave so far (one build)."""

    #: The build's warnings, in the order met (shared with the caller).
    warnings: list[str]
    parts: list[PacketPart] = field(default_factory=list)
    left_out: list[PlannedDocument] = field(default_factory=list)
    docx_files: list[tuple[str, bytes]] = field(default_factory=list)
    #: Each DOCX file's name -> the title of the document it is the draft of.
    docx_titles: dict[str, str] = field(default_factory=dict)
    #: The principal's filled forms by form id (a derivative's copy reuses it).
    forms: dict[str, Produced] = field(default_factory=dict)
    #: Forms filled ahead (``_Job.fill_forms_ahead``) by (form id, family row), used once.
    filled: dict[tuple[str, int | None], Produced] = field(default_factory=dict)

    def add_docx(self, title: str, data: bytes) -> None:
        """Keep the editable draft of the document ``title``, under a file name of its own."""
        name = _docx_name(title, self.docx_files)
        self.docx_files.append((name, data))
        self.docx_titles[name] = title

    def leave_out(self, doc: PlannedDocument, reasons: list[str], why: str) -> None:
        """Stand in for ``doc`` with a "NOT INCLUDED" page (listing ``reasons``); say ``why``."""
        self.left_out.append(doc)
        self.parts.append(_placeholder_part(doc, reasons))
        self.warnings.append(f"{doc.title} is not included: {why}.")


def _form_part(
    doc: PlannedDocument, view: FactView, relief: str, providers: Providers, made: _Produced
) -> PacketPart:
    assert doc.form_id is not None
    form = made.forms.get(doc.form_id) if doc.copy_of_principal else None
    if form is None:
        row = None
        if doc.derivative is not None and not doc.copy_of_principal:
            row = doc.derivative.row
        form = made.filled.pop((doc.form_id, row), None) or providers.forms.produce(
            doc.form_id, view, relief=relief, derivative_row=row
        )
    if doc.derivative is None:
        made.forms[doc.form_id] = form
    made.warnings.extend(form.warnings)
    return PacketPart(
        doc.title,
        "form",
        form.pdf,
        fillable_copy=None if doc.copy_of_principal else form.fillable,
        keep_fillable=not doc.copy_of_principal,
    )


def _draft_part(
    doc: PlannedDocument, view: FactView, relief: str, providers: Providers, made: _Produced
) -> PacketPart:
    assert doc.document_id is not None
    row = doc.derivative.row if doc.derivative is not None else None
    draft = providers.drafts.produce(doc.document_id, view, relief=relief, derivative_row=row)
    made.warnings.extend(draft.warnings)
    if draft.docx is not None:
        made.add_docx(doc.title, draft.docx)
    return PacketPart(doc.title, "draft", draft.pdf)


def _part(
    doc: PlannedDocument,
    view: FactView,
    relief: str,
    providers: Providers,
    made: _Produced,
    password: str | None,
) -> PacketPart:
    """The packet part for one producible document of the plan."""
    if doc.kind == "index":
        return PacketPart(doc.title, "index")
    if doc.kind == "exhibit":
        assert doc.path is not None
        return PacketPart(
            doc.title,
            "exhibit",
            doc.path,
            exhibit_label=doc.exhibit_label,
            exhibit_description=doc.exhibit_description,
            password=password,
        )
    if doc.source == "supplied file":
        assert doc.path is not None
        return PacketPart(doc.title, "draft", doc.path)
    if doc.kind == "form":
        return _form_part(doc, view, relief, providers, made)
    return _draft_part(doc, view, relief, providers, made)


def _cover(
    view: FactView,
    filing_plan: FilingPlan,
    options: PlanOptions,
    left_out: list[PlannedDocument],
    *,
    final: bool,
    preparer: str | None,
) -> CoverInfo:
    """The cover page: who, what, for whom, and whether it is a draft."""
    a_number = view.get("client.a_number")
    derivative_names = [d.name for d in filing_plan.derivatives]
    lines = []
    if derivative_names:
        lines.append("Family members included: " + ", ".join(derivative_names))
    draft_notice = None
    if left_out:
        draft_notice = (
            f"DRAFT — NOT READY TO FILE: {len(left_out)} document(s) are not included yet "
            "(see the 'NOT INCLUDED' pages)."
        )
    elif not final:
        draft_notice = "REVIEW COPY — drafts carry review notes; rebuild as final before filing."
    return CoverInfo(
        client_name=view.profile.display_name,
        relief_title=filing_plan.title,
        date=options.filing_date or view.today or dt.date.today(),
        a_number=None if a_number is UNKNOWN else f"A{a_number}",
        preparer=preparer or CoverInfo.preparer,
        recipient=filing_plan.recipient,
        lines=tuple(lines),
        draft_notice=draft_notice,
    )


def _part_ranges(entries: list[ManifestEntry]) -> list[tuple[int, int]]:
    """(first, last) page of each part the caller passed, in order: generated cover, TOC and
    tab pages are not parts, but an exhibit's range starts at its tab page (as in the TOC)."""
    ranges: list[tuple[int, int]] = []
    previous: ManifestEntry | None = None
    for e in entries:
        if e.kind not in ("cover", "toc", "tab"):
            first = e.first_page
            if e.kind == "exhibit" and previous is not None and previous.kind == "tab":
                first = previous.first_page
            ranges.append((first, e.last_page))
        previous = e
    return ranges


def _enclosures(
    docs: list[PlannedDocument],
    left_out: list[PlannedDocument],
    entries: list[ManifestEntry],
    after: int,
) -> tuple[Enclosure, ...]:
    """What the cover letter (``docs[after]``) encloses: each document after it in packet
    order, with its exhibit tab letter and its pages in the assembled packet. Documents stood
    in for by a "NOT INCLUDED" page are not enclosed, so not listed."""
    from templates.render import Enclosure

    ranges = _part_ranges(entries)
    if len(ranges) != len(docs):  # one part per planned document, or the mapping is off
        raise AssertionError(f"{len(ranges)} assembled parts for {len(docs)} planned documents")
    out = []
    for doc, (first, last) in zip(docs[after + 1 :], ranges[after + 1 :], strict=True):
        if any(doc is d for d in left_out):
            continue
        if doc.kind == "exhibit":
            title = doc.exhibit_description or doc.title
            out.append(Enclosure(title, doc.exhibit_label, first, last))
        else:
            out.append(Enclosure(doc.title, None, first, last))
    return tuple(out)


def build_packet(
    view: FactView,
    relief: str,
    out_path: Path | str,
    *,
    exhibits_dir: Path | str | None = None,
    bates_prefix: str = "RD",
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    options: PlanOptions | None = None,
    providers: Providers | None = None,
    strict: bool = False,
    final: bool = False,
    preparer: str | None = None,
    passwords: dict[str, str] | None = None,
) -> PacketResult:
    """Plan and build the packet for ``relief`` at ``out_path``, with
    ``<stem>.manifest.json``, the fillable form copies in ``<stem>-fillable/`` and the
    editable DOCX drafts in ``<stem>-drafts/`` beside it (all written only on success).

    ``exhibits_dir``: a folder of exhibit files (matched to the profile's exhibits by label or
    description; unmatched files are added) and of completed documents named by key
    (``g-28.pdf``, ``i-918b.pdf``, ``consent.pdf`` ...). ``passwords``: exhibit label -> PDF
    password. ``final``: drafts without the DRAFT header and review notes. ``strict``: refuse
    (``PacketBlocked``) rather than put "NOT INCLUDED" pages in.

    The steps: plan, produce each filed document, write the worksheets beside, then
    assemble (twice or more when the cover letter lists page ranges)."""
    out_path = Path(out_path)
    if not out_path.parent.is_dir():  # say so now, not after minutes of conversion
        raise PacketWriteError(out_path, "the folder does not exist")
    rep = Reporter(progress, cancel)
    rep.step(0, SCALE, "Planning the packet")
    providers = providers or default_providers(final=final)
    options = options or PlanOptions()
    # vacatur for one court: every paper (caption, records, service) speaks of its records only
    view = venue_view(view, load_plan_data(relief).relief, options)
    sources = SourceCache()  # each exhibit is opened once: checked by the plan, copied here
    filing_plan = plan(
        view,
        relief,
        exhibits_dir=exhibits_dir,
        options=options,
        providers=providers,
        sources=sources,
    )
    if strict and filing_plan.blockers:
        raise PacketBlocked(
            filing_plan.relief,
            [f"{d.title}: {d.status.value}" for d in filing_plan.blockers],
        )
    docs = [d for d in filing_plan.documents if d.filed]  # worksheets stay out of the packet
    providers.drafts.enclosures = _enclosure_titles(docs)

    made = _Produced(list(filing_plan.warnings))
    job = _Job(view, filing_plan, providers, docs, made, strict)
    letter_at = job.produce_all(rep, passwords or {})
    job.write_worksheets()
    made.warnings.extend(_signing_warning(docs))
    rep.check()
    cover = _cover(view, filing_plan, options, made.left_out, final=final, preparer=preparer)
    extra = _manifest_extra(view, filing_plan, made)

    def _assemble(report: Progress | None) -> AssemblyResult:
        return assemble(
            made.parts,
            out_path,
            cover=cover,
            bates_prefix=bates_prefix,
            manifest_extra=extra,
            companions=made.docx_files,
            progress=report,
            cancel=cancel,
            sources=sources,
        )

    def _lay_out() -> list[ManifestEntry]:
        return lay_out(made.parts, cover=cover, bates_prefix=bates_prefix, sources=sources)

    result = job.assemble_listing_pages(_assemble, _lay_out, progress, letter_at)
    made.warnings.extend(result.warnings)
    return _packet_result(result, filing_plan, made)


def _enclosure_titles(docs: list[PlannedDocument]) -> tuple[str, ...]:
    """What the cover letter lists as enclosed: titles now, tabs and pages once assembled."""
    listed = [d.title for d in docs if d.kind != "exhibit" and d.entry_id != "cover_letter"]
    return (*listed, "Exhibits as listed in the exhibit index")


def _signing_warning(docs: list[PlannedDocument]) -> list[str]:
    """The one warning naming every filed document that must be signed in ink (or none)."""
    to_sign = [d.title for d in docs if d.status is PartStatus.NEEDS_WET_SIGNATURE]
    if not to_sign:
        return []
    return [
        "Sign in ink before filing (no typed names or signature images; keep the originals): "
        + "; ".join(to_sign)
    ]


def _manifest_extra(view: FactView, filing_plan: FilingPlan, made: _Produced) -> dict[str, Any]:
    """What the manifest records beside the assembled parts: the plan and what was left out."""
    return {
        "relief_id": filing_plan.relief,
        "client_id": view.profile.client.id,
        "plan_verify_status": filing_plan.verify_status,
        "plan_last_reviewed": filing_plan.last_reviewed.isoformat(),
        "not_included": [d.title for d in made.left_out],
        "plan": [d.to_dict() for d in filing_plan.documents],
    }


def _packet_result(
    result: AssemblyResult, filing_plan: FilingPlan, made: _Produced
) -> PacketResult:
    return PacketResult(
        path=result.path,
        manifest_path=result.manifest_path,
        manifest=result.manifest,
        fillable_copies=result.fillable_copies,
        warnings=list(dict.fromkeys(made.warnings)),
        page_count=result.page_count,
        plan=filing_plan,
        left_out=made.left_out,
        drafts=result.companions,
        draft_titles={
            p: made.docx_titles[p.name] for p in result.companions if p.name in made.docx_titles
        },
        assembly=result,
    )


@dataclass
class _Job:
    """One packet build's documents and what producing them gave (``build_packet``'s steps)."""

    view: FactView
    filing_plan: FilingPlan
    providers: Providers
    docs: list[PlannedDocument]  # the filed documents, in packet order
    made: _Produced
    strict: bool

    def produce_all(self, rep: Reporter, passwords: dict[str, str]) -> tuple[int, int] | None:
        """Produce each filed document (or its "NOT INCLUDED" page). Returns where the cover
        letter is, as (its document index, its DOCX index), if it was produced."""
        made, docs = self.made, self.docs
        cover_letter: tuple[int, int] | None = None
        # every draft of the plan, filed or a worksheet, converted in one LibreOffice run, in
        # another process while this one fills the forms (two cores: ~2 s less of a T packet)
        ready = [d for d in self.filing_plan.documents if d.status.producible]
        with ThreadPoolExecutor(max_workers=1) as pool:
            converting = pool.submit(
                self.providers.drafts.prepare,
                [d.document_id for d in ready if d.document_id is not None],
                self.view,
                relief=self.filing_plan.relief,
            )
            self.fill_forms_ahead(rep)
            converting.result()
        for i, doc in enumerate(docs):
            rep.step(SCALE * (i + 1) // (2 * (len(docs) + 1)), SCALE, f"Preparing {doc.title}")
            made.warnings.extend(doc.warnings)
            password = passwords.get(doc.exhibit_label or "") if doc.exhibit_label else None
            usable = doc.status.producible or (
                doc.status is PartStatus.UNREADABLE and password is not None
            )
            if not usable:
                made.leave_out(doc, doc.problems, doc.status.value)
                continue
            if doc.status is PartStatus.MISSING_FACTS:
                made.warnings.append(f"{doc.title} has gaps: {'; '.join(doc.problems[:1])}")
            if doc.entry_id == "cover_letter" and doc.kind == "draft" and doc.document_id:
                cover_letter = (i, len(made.docx_files))
            try:
                relief = self.filing_plan.relief
                made.parts.append(_part(doc, self.view, relief, self.providers, made, password))
            except ExhibitUnreadable as exc:
                if doc.kind == "exhibit" or self.strict:
                    raise
                # a draft that cannot be converted (no LibreOffice): stand in for it, say why
                made.leave_out(doc, [exc.reason], exc.reason)
        if cover_letter is not None and any(docs[cover_letter[0]] is d for d in made.left_out):
            return None
        return cover_letter

    def fill_forms_ahead(self, rep: Reporter) -> None:
        """Fill each form the loop of ``produce_all`` will want, kept in ``made.filled``; a
        form that fails here is filled again in its turn, where its error is reported."""
        for doc in self.docs:
            if doc.kind != "form" or doc.source == "supplied file" or doc.copy_of_principal:
                continue
            if doc.form_id is None or not doc.status.producible:
                continue
            rep.check()
            rep.step(0, SCALE, f"Filling {doc.title}")
            row = doc.derivative.row if doc.derivative is not None else None
            try:
                self.made.filled[(doc.form_id, row)] = self.providers.forms.produce(
                    doc.form_id, self.view, relief=self.filing_plan.relief, derivative_row=row
                )
            except ReliefDeskError:
                continue

    def write_worksheets(self) -> None:
        """Worksheets (filed: false): their editable DOCX beside the packet, never in it."""
        made = self.made
        for doc in self.filing_plan.documents:
            if doc.filed or doc.document_id is None or not doc.status.producible:
                continue
            try:
                sheet = self.providers.drafts.produce(
                    doc.document_id, self.view, relief=self.filing_plan.relief, derivative_row=None
                )
            except ExhibitUnreadable as exc:  # no converter: the worksheet is only left out
                made.warnings.append(f"{doc.title} was not written: {exc.reason}.")
                continue
            if sheet.docx is not None:
                made.add_docx(doc.title, sheet.docx)

    def assemble_listing_pages(
        self,
        build: Callable[[Progress | None], AssemblyResult],
        layout: Callable[[], list[ManifestEntry]],
        progress: Progress | None,
        letter_at: tuple[int, int] | None,
    ) -> AssemblyResult:
        """Assemble once; with a cover letter, first render it again with each enclosure's
        tab and pages, known only once the packet is laid out (``layout``: no page copied),
        until the ranges stop moving (as the assembler does for its TOC: a letter that grows
        a page shifts the rest)."""
        if letter_at is not None:
            self._list_pages_in_letter(layout, letter_at)
        return build(_scaled(progress, SCALE // 2, SCALE // 2))

    def _list_pages_in_letter(
        self, layout: Callable[[], list[ManifestEntry]], letter_at: tuple[int, int]
    ) -> None:
        made, docs = self.made, self.docs
        at, docx_at = letter_at
        entries = layout()
        listed_now: tuple[Enclosure, ...] | None = None
        for _attempt in range(3):
            wanted = _enclosures(docs, made.left_out, entries, at)
            if wanted == listed_now:
                return
            self.providers.drafts.enclosures = wanted
            doc = docs[at]
            assert doc.document_id is not None
            letter = self.providers.drafts.produce(
                doc.document_id, self.view, relief=self.filing_plan.relief, derivative_row=None
            )
            made.parts[at] = PacketPart(doc.title, "draft", letter.pdf)
            if letter.docx is not None and docx_at < len(made.docx_files):
                made.docx_files[docx_at] = (made.docx_files[docx_at][0], letter.docx)
            listed_now = wanted
            entries = layout()
