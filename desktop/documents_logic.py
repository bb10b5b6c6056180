"""Plain (Qt-free) glue between the documents screen and ``packets``: the filing plan for a
relief as display rows, what is missing per document (with the profile field to jump to),
building the packet with progress and cancel, and rendering PDF pages for the preview.

No legal logic: which documents a relief needs and what each is missing is ``packets``' call.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from casefile.profile import Profile

if TYPE_CHECKING:
    from facts import FactView
    from forms import AddedForm
    from packets import CancelToken, PacketResult, PlannedDocument


@dataclass(frozen=True)
class Missing:
    label: str
    fact: str | None = None  # e.g. client.a_number or arrests[].docket

    @property
    def field(self) -> str | None:
        """The profile editor field (column or group) to jump to, if any."""
        if not self.fact:
            return None
        if self.fact.startswith("client."):
            return self.fact.split(".", 1)[1]
        if "[]" in self.fact:
            return self.fact.split("[]", 1)[0]
        return None


@dataclass(frozen=True)
class DocRow:
    title: str
    source: str
    status: str  # the PartStatus value, "_" for " ": ready | needs_wet_signature | ...
    missing: list[Missing] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _fact_label(name: str) -> str:
    """How the review list names a missing fact: its catalogue description, or for a
    repeating group ("family[]", described by its bare name) the profile's section title."""
    from desktop.profile_logic import group_title
    from facts.catalogue import load_catalogue

    if name.endswith("[]"):
        return group_title(name[:-2])
    catalogue = load_catalogue()
    return catalogue[name].description if name in catalogue else name


def status_key(doc: PlannedDocument) -> str:
    """The document's ``PartStatus`` as a key of the screen's names and colours
    ("form PDF not supplied" -> "form_pdf_not_supplied")."""
    return doc.status.value.replace(" ", "_").lower()


def doc_row(doc: PlannedDocument) -> DocRow:
    """A planned document as a display row. Its review items are the plan's problems, in its
    words (no field to open), then one item per catalogue fact the plan says the document
    lacks (``missing_facts``), which is what "jump to the field" opens."""
    missing = [Missing(label=p) for p in doc.problems]
    missing += [Missing(label=_fact_label(name), fact=name) for name in doc.missing_facts]
    return DocRow(
        title=doc.title,
        source=doc.source,
        status=status_key(doc),
        missing=missing,
        notes=list(doc.warnings),
    )


def _fact_view(profile: Profile, today: dt.date | None) -> FactView:
    from facts import FactView

    return FactView(profile, today=today)


def evidence_items(doc: PlannedDocument) -> list[Missing]:
    """An evidence entry of the plan as its review item, "Evidence: <item> — have (Tab X)" or
    "Evidence: <item> — missing" (``packets`` marks it from the exhibits; a missing item jumps
    to the exhibits)."""
    line = doc.evidence
    if line is None:
        return []
    if line.have:
        tabs = ", ".join(t.split(":", 1)[0] for t in line.tabs)
        return [Missing(label=f"Evidence: {line.item} — have ({tabs})")]
    return [Missing(label=f"Evidence: {line.item} — missing", fact="exhibits[].description")]


def _file_stamp(path: Path) -> tuple[str, int, int] | tuple[str]:
    try:
        st = path.stat()
    except OSError:  # missing or unreadable: the plan says so, and so does the stamp
        return (str(path),)
    return (str(path), st.st_mtime_ns, st.st_size)


def disk_stamp(profile: Profile) -> tuple[object, ...]:
    """What ``load_plan`` reads from disk besides the profile: each recorded exhibit file (its
    size and time) and the official forms the user added. Equal stamps (with an unchanged
    profile) mean a new plan would say the same, so the screen need not plan again."""
    from forms.registry import user_forms_dir

    exhibits = [
        _file_stamp(Path(row.file_path))  # type: ignore[attr-defined]
        for row in profile.rows("exhibits")
        if row.file_path  # type: ignore[attr-defined]
    ]
    forms = user_forms_dir(None)  # the folder the plan's form providers read
    added = sorted(_file_stamp(p) for p in forms.glob("*.pdf")) if forms.is_dir() else []
    return (tuple(exhibits), tuple(added))


def load_plan(
    profile: Profile, relief: str, *, today: dt.date | None = None, court: str | None = None
) -> list[DocRow]:
    """The filing plan's documents, in filing order; each evidence entry (one per element's
    item, issue 24) carries its have / missing line as its review item. ``court``: vacatur,
    the venue whose records the papers cover."""
    from packets.plan import PlanOptions, plan

    view = _fact_view(profile, today)
    rows = []
    for d in plan(view, relief, options=PlanOptions(venue=court)).documents:
        row = doc_row(d)
        if d.evidence is not None:
            row = DocRow(d.title, d.source, row.status, evidence_items(d))
        rows.append(row)
    return rows


@dataclass(frozen=True)
class AddressText:
    """Where the packet is mailed or filed (issue 24 item 4), as the documents screen shows it:
    the address block, the page it comes from, its review date and whether to verify it."""

    address: str  # lines joined by newlines
    authority: str  # the sources joined by "; "
    last_reviewed: str
    verify: bool
    #: each source on its own (one may itself hold "; "): what the screen translates
    sources: tuple[str, ...] = ()


def court_choices(
    profile: Profile, relief: str, *, today: dt.date | None = None
) -> list[tuple[str, str]]:
    """Vacatur: (key, label) of each court (or county) holding the client's records, one set
    of papers each (issue 24 item 11); empty for other reliefs."""
    if relief != "vacatur":
        return []
    from packets.venues import venues

    return [(v.key, v.label) for v in venues(_fact_view(profile, today))]


def _venue_text(profile: Profile, court: str | None, today: dt.date | None) -> AddressText | None:
    """Where the chosen court's papers are filed, from the state's venue rule (plus what the
    statute says of joint motions); None when the state's row has no venue rule."""
    from packets.venues import filing_lines, venues

    found = venues(_fact_view(profile, today))
    chosen = [v for v in found if v.key == court] or found[:1]
    if not chosen or chosen[0].rule is None:
        return None
    venue, rule = chosen[0], chosen[0].rule
    lines = filing_lines(venue, several=len(found) > 1)
    return AddressText(
        address="\n".join(lines),
        authority="; ".join(rule.authority),
        last_reviewed=venue.last_reviewed.isoformat(),
        verify=rule.verify,
        sources=tuple(rule.authority),
    )


def filing_address_text(
    profile: Profile, relief: str, *, today: dt.date | None = None, court: str | None = None
) -> AddressText | None:
    """The relief's filing address for this client (``packets.addresses`` decides, e.g. the
    immigration court for asylum in proceedings); for vacatur, where the chosen court's papers
    are filed (the state's venue rule); None where the data has none."""
    from packets.addresses import filing_address

    if relief == "vacatur":
        return _venue_text(profile, court, today)
    found = filing_address(_fact_view(profile, today), relief)
    if found is None:
        return None
    return AddressText(
        address=found.address,
        authority="; ".join(found.authority),
        last_reviewed=found.last_reviewed,
        verify=found.verify_status != "ok",
        sources=tuple(found.authority),
    )


def build_packet(
    profile: Profile,
    relief: str,
    out_dir: Path,
    *,
    bates_prefix: str,
    progress: Callable[[int, int, str], None],
    cancel: CancelToken,
    today: dt.date | None = None,
    court: str | None = None,
) -> PacketResult:
    """Run on a worker thread by the background helper. ``court``: vacatur, one court's
    papers, written as ``packet-vacatur-<court>.pdf``."""
    from packets.plan import PlanOptions
    from packets.service import build_packet as packets_build

    view = _fact_view(profile, today)
    out_dir.mkdir(parents=True, exist_ok=True)
    out_path = out_dir / (f"packet-{relief}-{court}.pdf" if court else f"packet-{relief}.pdf")
    return packets_build(
        view,
        relief,
        out_path,
        bates_prefix=bates_prefix,
        progress=progress,
        cancel=cancel,
        options=PlanOptions(venue=court),
    )


def add_official_form(path: Path, data_dir: Path | None) -> AddedForm:
    """Check and keep an official form PDF the user downloaded (forms' registry decides)."""
    from forms.registry import add_official_form as forms_add
    from forms.registry import user_forms_dir

    return forms_add(path, forms_dir=user_forms_dir(data_dir))


def result_paths(result: PacketResult) -> tuple[Path, list[Path]]:
    """(packet PDF, editable DOCX drafts written beside it) of a build result."""
    return result.path, list(result.drafts)


def draft_titles(result: PacketResult) -> dict[Path, str]:
    """Each editable draft's name, by its path: the title of the document it is the draft of,
    in English (the screen translates it, as it does the plan's titles)."""
    return {p: result.draft_titles.get(p, p.stem) for p in result.drafts}


def render_pages(
    pdf: Path, *, width_px: int = 700, max_pages: int = 200, cancel: CancelToken | None = None
) -> list[tuple[int, int, int, bytes]]:
    """Pages as (width, height, stride, RGB bytes) for QImage; runs on a worker thread."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    out = []
    try:
        for i in range(min(len(doc), max_pages)):
            if cancel is not None and cancel.cancelled:
                break
            page = doc[i]
            scale = width_px / page.get_width()
            bitmap = page.render(scale=scale, rev_byteorder=True)
            out.append((bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)))
            bitmap.close()
            page.close()
    finally:
        doc.close()
    return out
