"""Where packet parts come from: pluggable providers for filled forms, rendered drafts and the
eligibility screen, with adapters to the real ``forms``, ``templates`` and ``eligibility``
packages.

Every adapter degrades to a clear status ("form PDF not supplied", "not available in this
build") instead of failing, so a plan can always be shown. Tests plug in fakes.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from facts import UNKNOWN, FactView

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


def catalogue_facts(names: Any) -> list[str]:
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
    def check(
        self, document_id: str, view: FactView, *, relief: str, derivative_row: int | None
    ) -> Check: ...

    def produce(
        self, document_id: str, view: FactView, *, relief: str, derivative_row: int | None
    ) -> Produced: ...


class ScreenProvider(Protocol):
    def flags(self, view: FactView, relief: str) -> set[str] | None:
        """Ids of the raised flags (e.g. ``T-FLAG-I192``), or None if no screen is available."""
        ...

    def derivatives(self, view: FactView, relief: str) -> list[Derivative] | None:
        """Eligible derivatives the attorney included, or None if no screen is available."""
        ...


@dataclass
class Providers:
    forms: FormProvider
    drafts: DraftProvider
    screen: ScreenProvider


def _module(name: str) -> Any | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name is not None and name.startswith(exc.name):
            return None
        raise


def _call(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call ``fn`` with only the keyword arguments it accepts."""
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return fn(*args, **kwargs)
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return fn(*args, **kwargs)
    return fn(*args, **{k: v for k, v in kwargs.items() if k in params and v is not None})


# -- forms ----------------------------------------------------------------------------------


class FormsAdapter:
    """Filled official forms through ``forms.registry`` and ``forms.fill``."""

    def __init__(self, forms_dir: Path | str | None = None) -> None:
        self.forms_dir = forms_dir

    def check(
        self, form_id: str, view: FactView, *, relief: str, derivative_row: int | None
    ) -> Check:
        registry = _module("forms.registry")
        fill = _module("forms.fill")
        if registry is None or fill is None:
            return Check(PartStatus.NOT_AVAILABLE, ["form filling is not part of this build"])
        from casefile.errors import ReliefDeskError

        try:
            form = registry.get_form(form_id)
        except ReliefDeskError:
            number = form_id.upper()
            return Check(
                PartStatus.FORM_PDF_NOT_SUPPLIED,
                [
                    f"ReliefDesk cannot fill {number}: no copy of the official PDF was available "
                    f"to map. Download it from https://www.uscis.gov/{form_id.lower()}, complete "
                    f"it by hand and add the completed PDF as '{form_id.lower()}.pdf' in the "
                    "packet's exhibits folder."
                ],
            )
        if not form.editions:
            return Check(
                PartStatus.FORM_PDF_NOT_SUPPLIED,
                [
                    f"ReliefDesk cannot fill {form.number}: no copy of the current edition was "
                    f"available to map. Download it from {form.url}, complete it by hand and add "
                    f"the completed PDF as '{form.id}.pdf' in the packet's exhibits folder."
                ],
            )
        check = Check(PartStatus.READY)
        try:
            registry.find_pdf(form_id, forms_dir=self.forms_dir)
        except ReliefDeskError as exc:
            check.status = PartStatus.FORM_PDF_NOT_SUPPLIED
            check.problems.append(str(exc))
        try:
            plan = _call(fill.plan, form_id, view, relief=relief, derivative_row=derivative_row)
        except (ReliefDeskError, OSError) as exc:
            if check.status is PartStatus.READY:
                check.status = PartStatus.NOT_AVAILABLE
            check.problems.append(f"{form.number} cannot be filled yet: {exc}")
            return check
        missing = list(getattr(plan.report, "missing", []) or [])
        if missing:
            shown = [getattr(m, "question", None) or getattr(m, "fact", str(m)) for m in missing]
            check.problems.append(
                f"{len(missing)} answer(s) missing: "
                + "; ".join(str(s) for s in shown[:6])
                + (" …" if len(shown) > 6 else "")
            )
            check.missing_facts = catalogue_facts(getattr(m, "fact", "") for m in missing)
            if check.status is PartStatus.READY:
                check.status = PartStatus.MISSING_FACTS
        check.warnings.extend(getattr(plan.report, "warnings", []) or [])
        return check

    def produce(
        self, form_id: str, view: FactView, *, relief: str, derivative_row: int | None
    ) -> Produced:
        fill = importlib.import_module("forms.fill")
        filled = _call(
            fill.fill,
            form_id,
            view,
            relief=relief,
            derivative_row=derivative_row,
            forms_dir=self.forms_dir,
        )
        return Produced(pdf=filled.pdf, fillable=filled.pdf, warnings=list(filled.warnings))


# -- templates ------------------------------------------------------------------------------


def _draft_bytes(draft: Any) -> bytes:
    if isinstance(draft, bytes | bytearray):
        return bytes(draft)
    for attr in ("docx", "data", "content", "bytes", "docx_bytes"):
        value = getattr(draft, attr, None)
        if isinstance(value, bytes | bytearray):
            return bytes(value)
    raise TypeError(f"templates.render returned {type(draft).__name__} without DOCX bytes")


def _draft_missing(draft: Any) -> list[str]:
    missing = getattr(draft, "missing", None) or []
    out = []
    for item in missing:
        text = (
            getattr(item, "question", None)
            or getattr(item, "label", None)
            or getattr(item, "fact", None)
            or str(item)
        )
        out.append(str(text))
    return out


class DraftsAdapter:
    """Rendered drafts through ``templates.render`` and ``templates.convert.docx_to_pdf``.

    ``final=False`` keeps the templates' DRAFT header and attorney review notes (a review
    packet); ``enclosures`` (the plan's document titles) go into the cover letter's index.
    """

    def __init__(self, *, final: bool = False) -> None:
        self.final = final
        self.enclosures: tuple[str, ...] | None = None
        self._cache: dict[tuple[str, str, int | None, int, tuple[str, ...] | None], Any] = {}

    def _options(self, relief: str) -> Any:
        templates = importlib.import_module("templates")
        options_cls = getattr(templates, "RenderOptions", None)
        if options_cls is None:
            return None
        return _call(options_cls, final=self.final, relief=relief, enclosures=self.enclosures)

    def _render(
        self, document_id: str, view: FactView, relief: str, derivative_row: int | None
    ) -> Any:
        key = (document_id, relief, derivative_row, id(view), self.enclosures)
        if key not in self._cache:
            templates = importlib.import_module("templates")
            render = getattr(templates, "render", None)
            if render is None:
                render = importlib.import_module("templates.render").render
            self._cache[key] = _call(
                render,
                document_id,
                view,
                options=self._options(relief),
                derivative_row=derivative_row,
            )
        return self._cache[key]

    def check(
        self, document_id: str, view: FactView, *, relief: str, derivative_row: int | None
    ) -> Check:
        templates = _module("templates")
        documents = getattr(templates, "DOCUMENTS", None) if templates is not None else None
        if documents is None or document_id not in documents:
            return Check(
                PartStatus.NOT_AVAILABLE, [f"the draft '{document_id}' is not in this build yet"]
            )
        if getattr(templates, "render", None) is None:
            return Check(PartStatus.NOT_AVAILABLE, ["drafting is not part of this build yet"])
        from casefile.errors import ReliefDeskError

        try:
            draft = self._render(document_id, view, relief, derivative_row)
        except ReliefDeskError as exc:
            return Check(PartStatus.NOT_AVAILABLE, [str(exc)])
        check = Check(PartStatus.READY, warnings=[str(w) for w in getattr(draft, "warnings", ())])
        missing = _draft_missing(draft)
        if missing:
            check.status = PartStatus.MISSING_FACTS
            unique = list(dict.fromkeys(missing))
            check.problems.append(
                f"{len(unique)} item(s) missing: "
                + "; ".join(unique[:6])
                + (" …" if len(unique) > 6 else "")
            )
            missing_items = getattr(draft, "missing", None) or []
            check.missing_facts = catalogue_facts(getattr(m, "fact", "") for m in missing_items)
        available = getattr(templates, "converter_available", None)
        if available is not None and not available():
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

        draft = self._render(document_id, view, relief, derivative_row)
        title = getattr(draft, "title", None) or document_id
        data = _draft_bytes(draft)
        pdf = docx_to_pdf(data, str(title))
        return Produced(pdf=pdf, docx=data)  # its gaps are already in the plan's problems


# -- eligibility ----------------------------------------------------------------------------


class ScreenAdapter:
    """Flags and derivatives from ``eligibility.assess`` when it exists."""

    def __init__(self) -> None:
        self._cache: dict[tuple[int, str], Any] = {}

    def _assess(self, view: FactView, relief: str) -> Any | None:
        key = (id(view), relief)
        if key in self._cache:
            return self._cache[key]
        eligibility = _module("eligibility")
        assess = getattr(eligibility, "assess", None) if eligibility is not None else None
        result = None
        if assess is not None:
            from casefile.errors import ReliefDeskError

            try:
                result = assess(view, relief)
            except ReliefDeskError:
                result = None  # e.g. a relief the screen does not cover
        self._cache[key] = result
        return result

    def flags(self, view: FactView, relief: str) -> set[str] | None:
        result = self._assess(view, relief)
        if result is None:
            return None
        out: set[str] = set()
        for flag in getattr(result, "flags", []) or []:
            ident = getattr(flag, "id", None) or getattr(flag, "flag_id", None)
            if ident is None and isinstance(flag, dict):
                ident = flag.get("id")
            if ident is not None:
                out.add(str(ident))
        return out

    def derivatives(self, view: FactView, relief: str) -> list[Derivative] | None:
        result = self._assess(view, relief)
        if result is None:
            return None
        rows = view.rows("family")
        out: list[Derivative] = []
        for d in getattr(result, "derivatives", []) or []:
            row = getattr(d, "family_index", None)
            if row is None:
                row = getattr(d, "row", None)
            if row is None or not 0 <= int(row) < len(rows):
                continue
            status = str(getattr(d, "status", "may_qualify"))
            if status not in ("may_qualify", "unknown", "likely_met", "met"):
                continue
            fam = rows[int(row)]
            if fam.get("include_as_derivative") is not True:
                continue
            out.append(
                Derivative(
                    row=int(row),
                    name=_family_name(fam),
                    relationship=str(fam.get("relationship") or "family member"),
                    code=getattr(d, "code", None),
                    in_us=fam.get("in_us") if fam.get("in_us") is not UNKNOWN else None,
                    unsure=status == "unknown",
                )
            )
        return out


def _family_name(row: Any) -> str:
    parts = [row.get("given_name"), row.get("family_name")]
    return (
        " ".join(str(p) for p in parts if p is not UNKNOWN and p)
        or f"family member {row.index + 1}"
    )


def default_providers(*, forms_dir: Path | str | None = None, final: bool = False) -> Providers:
    return Providers(
        forms=FormsAdapter(forms_dir), drafts=DraftsAdapter(final=final), screen=ScreenAdapter()
    )
