"""The packet service: plan, produce every part, assemble, in one call with progress and
cancel. This is what the desktop and the CLI call.

A document that cannot be produced yet (form PDF not supplied, file missing, converter
missing) is stood in for by a "NOT INCLUDED" page and a warning, and the cover says DRAFT,
unless ``strict=True``, which refuses with ``PacketBlocked`` instead. A bad exhibit file
raises ``ExhibitUnreadable`` and leaves no packet behind.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facts import UNKNOWN, FactView
from packets.assemble import AssemblyResult, PacketPart, _slug, assemble
from packets.errors import ExhibitUnreadable, PacketBlocked, PacketWriteError
from packets.exhibits import SourceCache
from packets.ops import CancelToken, Progress, Reporter
from packets.plan import FilingPlan, PlannedDocument, PlanOptions, plan
from packets.providers import PartStatus, Produced, Providers, default_providers
from packets.render import CoverInfo, render_placeholder

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
    """
    out_path = Path(out_path)
    if not out_path.parent.is_dir():  # say so now, not after minutes of conversion
        raise PacketWriteError(out_path, "the folder does not exist")
    rep = Reporter(progress, cancel)
    rep.step(0, SCALE, "Planning the packet")
    providers = providers or default_providers(final=final)
    options = options or PlanOptions()
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
    listed = [
        d.title
        for d in filing_plan.documents
        if d.kind != "exhibit" and d.entry_id != "cover_letter"
    ]  # the cover letter lists what is enclosed
    providers.drafts.enclosures = (*listed, "Exhibits as listed in the exhibit index")

    passwords = passwords or {}
    warnings: list[str] = list(filing_plan.warnings)
    parts: list[PacketPart] = []
    left_out: list[PlannedDocument] = []
    produced_forms: dict[str, Produced] = {}
    docx_files: list[tuple[str, bytes]] = []
    docs = filing_plan.documents
    for i, doc in enumerate(docs):
        rep.step(SCALE * (i + 1) // (2 * (len(docs) + 1)), SCALE, f"Preparing {doc.title}")
        warnings.extend(doc.warnings)
        password = passwords.get(doc.exhibit_label or "") if doc.exhibit_label else None
        usable = doc.status.producible or (
            doc.status is PartStatus.UNREADABLE and password is not None
        )
        if not usable:
            left_out.append(doc)
            parts.append(_placeholder_part(doc, doc.problems))
            warnings.append(f"{doc.title} is not included: {doc.status.value}.")
            continue
        if doc.status is PartStatus.MISSING_FACTS:
            warnings.append(f"{doc.title} has gaps: {'; '.join(doc.problems[:1])}")
        try:
            if doc.kind == "index":
                parts.append(PacketPart(doc.title, "index"))
            elif doc.kind == "exhibit":
                assert doc.path is not None
                parts.append(
                    PacketPart(
                        doc.title,
                        "exhibit",
                        doc.path,
                        exhibit_label=doc.exhibit_label,
                        exhibit_description=doc.exhibit_description,
                        password=password,
                    )
                )
            elif doc.source == "supplied file":
                assert doc.path is not None
                parts.append(PacketPart(doc.title, "draft", doc.path))
            elif doc.kind == "form":
                assert doc.form_id is not None
                cache_key = doc.form_id if doc.copy_of_principal else None
                made = produced_forms.get(cache_key) if cache_key else None
                if made is None:
                    row = None
                    if doc.derivative is not None and not doc.copy_of_principal:
                        row = doc.derivative.row
                    made = providers.forms.produce(
                        doc.form_id, view, relief=filing_plan.relief, derivative_row=row
                    )
                if doc.derivative is None:
                    produced_forms[doc.form_id] = made
                warnings.extend(made.warnings)
                parts.append(
                    PacketPart(
                        doc.title,
                        "form",
                        made.pdf,
                        fillable_copy=None if doc.copy_of_principal else made.fillable,
                        keep_fillable=not doc.copy_of_principal,
                    )
                )
            else:
                assert doc.document_id is not None
                row = doc.derivative.row if doc.derivative is not None else None
                made = providers.drafts.produce(
                    doc.document_id, view, relief=filing_plan.relief, derivative_row=row
                )
                warnings.extend(made.warnings)
                parts.append(PacketPart(doc.title, "draft", made.pdf))
                if made.docx is not None:
                    docx_files.append((_docx_name(doc.title, docx_files), made.docx))
        except ExhibitUnreadable as exc:
            if doc.kind == "exhibit" or strict:
                raise
            # a draft that cannot be converted (no LibreOffice): stand in for it, say why
            left_out.append(doc)
            parts.append(_placeholder_part(doc, [exc.reason]))
            warnings.append(f"{doc.title} is not included: {exc.reason}.")

    to_sign = [d.title for d in docs if d.status is PartStatus.NEEDS_WET_SIGNATURE]
    if to_sign:
        warnings.append(
            "Sign in ink before filing (no typed names or signature images; keep the originals): "
            + "; ".join(to_sign)
        )
    rep.check()
    client = view.profile.client
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
    cover = CoverInfo(
        client_name=view.profile.display_name,
        relief_title=filing_plan.title,
        date=options.filing_date or view.today or dt.date.today(),
        a_number=None if a_number is UNKNOWN else f"A{a_number}",
        preparer=preparer or CoverInfo.preparer,
        recipient=filing_plan.recipient,
        lines=tuple(lines),
        draft_notice=draft_notice,
    )
    extra = {
        "relief_id": filing_plan.relief,
        "client_id": client.id,
        "plan_verify_status": filing_plan.verify_status,
        "plan_last_reviewed": filing_plan.last_reviewed.isoformat(),
        "not_included": [d.title for d in left_out],
        "plan": [d.to_dict() for d in filing_plan.documents],
    }
    result = assemble(
        parts,
        out_path,
        cover=cover,
        bates_prefix=bates_prefix,
        manifest_extra=extra,
        companions=docx_files,
        progress=_scaled(progress, SCALE // 2, SCALE // 2),
        cancel=cancel,
        sources=sources,
    )
    warnings.extend(result.warnings)
    return PacketResult(
        path=result.path,
        manifest_path=result.manifest_path,
        manifest=result.manifest,
        fillable_copies=result.fillable_copies,
        warnings=list(dict.fromkeys(warnings)),
        page_count=result.page_count,
        plan=filing_plan,
        left_out=left_out,
        drafts=result.companions,
        assembly=result,
    )
