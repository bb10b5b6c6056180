"""Where packet parts come from: providers for filled forms, rendered drafts and the
eligibility screen, with adapters to the real ``forms``, ``templates`` and ``eligibility``
packages.

The adapters import those packages by name, so mypy and the import-linter see every call. The
form and template imports sit inside the methods that need them: importing ``packets`` costs no
form filling or DOCX rendering until a form is filled or a draft rendered. A document that
cannot be produced yet (form PDF not supplied, LibreOffice missing, answers missing) becomes a
status with the reason; a broken data file is an error, never a silent fallback. Tests plug in
fakes that follow the same Protocols.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from casefile.errors import ReliefDeskError
from facts import UNKNOWN, FactView
from facts.view import RowView
from packets.addresses import filing_address

if TYPE_CHECKING:
    from eligibility import Assessment
    from forms import FillReport
    from templates import DocxDraft
    from templates.render import Enclosure

__all__ = [
    "Check",
    "Derivative",
    "DraftProvider",
    "DraftsAdapter",
    "FormProvider",
    "FormsAdapter",
    "PartStatus",
    "Produced",
    "Providers",
    "ScreenAdapter",
    "ScreenProvider",
    "catalogue_facts",
    "default_providers",
    "family_name",
]


class PartStatus(StrEnum):
    """Status of one planned document. Listed from best to worst."""

    READY = "ready"
    NEEDS_WET_SIGNATURE = "needs wet signature"
    MISSING_FACTS = "missing facts"
    MISSING_FILE = "missing file"
    FORM_PDF_NOT_SUPPLIED = "form PDF not supplied"
    UNREADABLE = "unreadable"
    NOT_AVAILABLE = "not available"

    @property
    def rank(self) -> int:
        return list(PartStatus).index(self)

    @property
    def producible(self) -> bool:
        """The part can be put in a packet (possibly with gaps the attorney must fill)."""
        return self in (
            PartStatus.READY,
            PartStatus.NEEDS_WET_SIGNATURE,
            PartStatus.MISSING_FACTS,
        )


@dataclass
class Check:
    status: PartStatus
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Catalogue fact names the part lacks (for "jump to the field"), in the order met.
    missing_facts: list[str] = field(default_factory=list)


def catalogue_facts(names: Iterable[str]) -> list[str]:
    """The catalogue fact names among ``names`` (each may be one name or a ", "-joined list,
    as forms' ``MissingFact.fact`` is), once each, in order. Names outside the catalogue (e.g.
    attorney settings) have no profile field to jump to and are left out."""
    from facts.catalogue import load_catalogue

    catalogue = load_catalogue()
    out: dict[str, None] = {}
    for raw in names:
        for name in str(raw).split(", "):
            name = name.strip()
            if name and name in catalogue:
                out.setdefault(name)
    return list(out)


@dataclass
class Produced:
    """A part ready for assembly. ``pdf`` is the packet source (a form: filled, not yet
    flattened); ``fillable`` is the copy written beside the packet (forms only)."""

    pdf: bytes
    fillable: bytes | None = None
    warnings: list[str] = field(default_factory=list)
    docx: bytes | None = None  # drafts: the editable DOCX, written beside the packet


@dataclass(frozen=True)
class Derivative:
    """A family member the principal includes (index into ``view.rows('family')``)."""

    row: int
    name: str
    relationship: str
    code: str | None = None  # e.g. T-4
    in_us: bool | None = None
    unsure: bool = False  # the screen could not decide (facts missing)


class FormProvider(Protocol):
    def check(
        self, form_id: str, view: FactView, *, relief: str, derivative_row: int | None
    ) -> Check: ...

    def produce(
        self, form_id: str, view: FactView, *, relief: str, derivative_row: int | None
    ) -> Produced: ...


class DraftProvider(Protocol):
    #: The plan's document titles for the cover letter's index (set before producing).
    enclosures: tuple[Enclosure, ...] | tuple[str, ...] | None

    def check(
        self, document_id: str, view: FactView, *, relief: str, derivative_row: int | None
    ) -> Check: ...

    def produce(
        self, document_id: str, view: FactView, *, relief: str, derivative_row: int | None
    ) -> Produced: ...

    def prepare(self, document_ids: Sequence[str], view: FactView, *, relief: str) -> None:
        """Get the drafts about to be produced ready together (one conversion run); a
        draft that fails here is produced, and its error reported, on its own."""
        ...


class ScreenProvider(Protocol):
    def derivatives(self, view: FactView, relief: str) -> list[Derivative]:
        """Family members the screen finds may qualify and the attorney included."""
        ...


@dataclass
class Providers:
    forms: FormProvider
    drafts: DraftProvider
    screen: ScreenProvider


def _summary(what: str, items: list[str]) -> str:
    return (
        f"{len(items)} {what} missing: " + "; ".join(items[:6]) + (" …" if len(items) > 6 else "")
    )


# -- forms ----------------------------------------------------------------------------------


def _form_not_mapped(number: str, url: str, form_id: str, what: str) -> Check:
    return Check(
        PartStatus.FORM_PDF_NOT_SUPPLIED,
        [
            f"ReliefDesk cannot fill {number}: no copy of {what} was available to map. "
            f"Download it from {url}, complete it by hand and add the completed PDF as "
            f"'{form_id}.pdf' in the packet's exhibits folder."
        ],
    )


class FormsAdapter:
    """Filled official forms through ``forms.registry`` and ``forms.fill``."""

    def __init__(self, forms_dir: Path | str | None = None) -> None:
        self.forms_dir = forms_dir

    def check(
        self, form_id: str, view: FactView, *, relief: str, derivative_row: int | None
    ) -> Check:
        from forms import find_pdf, get_form, plan
        from forms.errors import UnknownForm

        try:
            form = get_form(form_id)
        except UnknownForm:
            number = form_id.upper()
            url = f"https://www.uscis.gov/{form_id.lower()}"
            return _form_not_mapped(number, url, form_id.lower(), "the official PDF")
        if not form.editions:
            return _form_not_mapped(form.number, form.url, form.id, "the current edition")
        check = Check(PartStatus.READY)
        try:
            find_pdf(form_id, forms_dir=self.forms_dir)
        except ReliefDeskError as exc:
            check.status = PartStatus.FORM_PDF_NOT_SUPPLIED
            check.problems.append(str(exc))
        try:
            planned = plan(form_id, view, relief=relief, derivative_row=derivative_row)
        except (ReliefDeskError, OSError) as exc:
            if check.status is PartStatus.READY:
                check.status = PartStatus.NOT_AVAILABLE
            check.problems.append(f"{form.number} cannot be filled yet: {exc}")
            return check
        _add_fill_report(check, planned.report)
        return check

    def produce(
        self, form_id: str, view: FactView, *, relief: str, derivative_row: int | None
    ) -> Produced:
        from forms import fill

        filled = fill(
            form_id, view, relief=relief, derivative_row=derivative_row, forms_dir=self.forms_dir
        )
        return Produced(pdf=filled.pdf, fillable=filled.pdf, warnings=list(filled.warnings))


def _add_fill_report(check: Check, report: FillReport) -> None:
    if report.missing:
        check.problems.append(_summary("answer(s)", [m.question or m.fact for m in report.missing]))
        check.missing_facts = catalogue_facts(m.fact for m in report.missing)
        if check.status is PartStatus.READY:
            check.status = PartStatus.MISSING_FACTS
    check.warnings.extend(report.warnings)


# -- templates ------------------------------------------------------------------------------


class DraftsAdapter:
    """Rendered drafts through ``templates.render`` and ``templates.convert.docx_to_pdf``.

    ``final=False`` keeps the templates' DRAFT header and attorney review notes (a review
    packet); ``enclosures`` (the plan's document titles, then the
    assembled packet's ``Enclosure`` list with tabs and pages) go into the cover letter's index.
    A render is kept for the same view object, so checking and producing a draft renders it
    once.
    """

    def __init__(self, *, final: bool = False) -> None:
        self.final = final
        self.enclosures: tuple[Enclosure, ...] | tuple[str, ...] | None = None
        self._view: FactView | None = None
        self._cache: dict[
            tuple[str, str, tuple[Enclosure, ...] | tuple[str, ...] | None], DocxDraft
        ] = {}
        #: PDFs converted ahead by ``prepare``, by the rendered DOCX they came from.
        self._pdfs: dict[bytes, bytes] = {}

    def _render(self, document_id: str, view: FactView, relief: str) -> DocxDraft:
        """The draft (templates render a document for the principal; a derivative's part
        uses the same draft)."""
        from templates import RenderOptions, render

        if view is not self._view:  # another client or another edit: start afresh
            self._view, self._cache = view, {}
        key = (document_id, relief, self.enclosures)
        if key not in self._cache:
            where = filing_address(view, relief)
            options = RenderOptions(
                final=self.final,
                relief=relief,
                enclosures=self.enclosures,
                uscis_address=None if where is None else where.address,
            )
            self._cache[key] = render(document_id, view, options=options)
        return self._cache[key]

    def check(
        self, document_id: str, view: FactView, *, relief: str, derivative_row: int | None
    ) -> Check:
        from templates import DOCUMENTS, converter_available

        if document_id not in DOCUMENTS:
            return Check(PartStatus.NOT_AVAILABLE, [f"there is no draft '{document_id}'"])
        try:
            draft = self._render(document_id, view, relief)
        except ReliefDeskError as exc:
            return Check(PartStatus.NOT_AVAILABLE, [str(exc)])
        check = Check(PartStatus.READY, warnings=list(draft.warnings))
        if draft.missing:
            check.status = PartStatus.MISSING_FACTS
            labels = list(dict.fromkeys(m.label or m.fact for m in draft.missing))
            check.problems.append(_summary("item(s)", labels))
            check.missing_facts = catalogue_facts(m.fact for m in draft.missing)
        if not converter_available():
            check.status = PartStatus.NOT_AVAILABLE
            check.problems.append(
                "LibreOffice is not installed, so the draft cannot be turned into PDF for the "
                "packet (the DOCX can still be produced and edited)"
            )
        return check

    def produce(
        self, document_id: str, view: FactView, *, relief: str, derivative_row: int | None
    ) -> Produced:
        from packets.exhibits import docx_to_pdf

        draft = self._render(document_id, view, relief)
        pdf = self._pdfs.pop(draft.data, None)
        if pdf is None:
            pdf = docx_to_pdf(draft.data, draft.title or document_id)
        return Produced(pdf=pdf, docx=draft.data)  # its gaps are already in the plan's problems

    def prepare(self, document_ids: Sequence[str], view: FactView, *, relief: str) -> None:
        from templates.convert import docx_to_pdfs
        from templates.errors import ConversionFailed, ConverterUnavailable

        drafts: list[bytes] = []
        for document_id in dict.fromkeys(document_ids):
            try:
                drafts.append(self._render(document_id, view, relief).data)
            except ReliefDeskError:
                continue  # the render error is the document's own: produce reports it
        todo = [d for d in dict.fromkeys(drafts) if d not in self._pdfs]
        try:
            self._pdfs.update(zip(todo, docx_to_pdfs(todo), strict=True))
        except (ConversionFailed, ConverterUnavailable):
            return  # one by one, so the failure names its document


# -- eligibility ----------------------------------------------------------------------------

#: Derivative statuses the screen reports for a family member who may be included.
_INCLUDED = {"may_qualify": False, "unknown": True}  # status -> unsure


class ScreenAdapter:
    """Derivatives from ``eligibility.assess``, one assessment per view and relief."""

    def __init__(self) -> None:
        self._view: FactView | None = None
        self._cache: dict[str, Assessment] = {}

    def _assess(self, view: FactView, relief: str) -> Assessment:
        from eligibility import assess

        if view is not self._view:
            self._view, self._cache = view, {}
        if relief not in self._cache:
            self._cache[relief] = assess(view, relief)
        return self._cache[relief]

    def derivatives(self, view: FactView, relief: str) -> list[Derivative]:
        rows = view.rows("family")
        out: list[Derivative] = []
        for d in self._assess(view, relief).derivatives:
            if d.status not in _INCLUDED or not 0 <= d.family_index < len(rows):
                continue
            fam = rows[d.family_index]
            if fam.get("include_as_derivative") is not True:
                continue
            in_us = fam.get("in_us")
            out.append(
                Derivative(
                    row=d.family_index,
                    name=family_name(fam),
                    relationship=str(fam.get("relationship") or "family member"),
                    code=d.code,
                    in_us=None if in_us is UNKNOWN or in_us is None else bool(in_us),
                    unsure=_INCLUDED[d.status],
                )
            )
        return out


def family_name(row: RowView) -> str:
    parts = [row.get("given_name"), row.get("family_name")]
    return (
        " ".join(str(p) for p in parts if p is not UNKNOWN and p)
        or f"family member {row.index + 1}"
    )


def default_providers(*, forms_dir: Path | str | None = None, final: bool = False) -> Providers:
    return Providers(
        forms=FormsAdapter(forms_dir), drafts=DraftsAdapter(final=final), screen=ScreenAdapter()
    )
