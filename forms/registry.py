"""The form registry: which official forms ReliefDesk knows, their editions, and where the PDFs are.

Bundled PDFs (US Government works) live in ``forms/official/``; PDFs the user adds from uscis.gov
are copied into the user forms folder (``<data_dir>/forms``). ``identify_pdf`` reads a PDF's form
and edition from its hidden ``PDF417BarCode1`` fields (``FORM|EDITION|PAGE``) or its footer;
``add_official_form`` checks the edition, warns on a passed expiry and stores the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import Field

from casefile.yamlio import safe_load
from eligibility.review import Strict, VerifyStatus
from forms.errors import (
    FormEditionMismatch,
    FormFieldsMismatch,
    FormNotAvailable,
    FormNotRecognised,
    UnknownForm,
)
from forms.inventory import (
    PDF_ERRORS,
    Inventory,
    inventory_from_fieldlist,
    inventory_from_reader,
    open_pdf,
)

Role = Literal["principal", "derivative", "conditional", "law_enforcement", "attorney"]


_Strict = Strict


class EditionInfo(_Strict):
    edition: str  # MM/DD/YY as printed
    expires: str | None = None  # MM/DD/YYYY as printed; None when not known
    bundled: str | None = None  # path inside the forms package
    sha256: str | None = None
    fieldlist: str | None = None  # path inside the forms package
    map: str

    def expiry_date(self) -> dt.date | None:
        if not self.expires:
            return None
        return dt.datetime.strptime(self.expires, "%m/%d/%Y").date()


class FormInfo(_Strict):
    id: str
    number: str
    barcode_id: str
    title: str
    url: str
    additional_info: str | None = None
    editions: list[EditionInfo] = Field(default_factory=list)

    @property
    def supported_editions(self) -> list[str]:
        return [e.edition for e in self.editions]

    def edition(self, edition: str | None = None) -> EditionInfo:
        if not self.editions:
            raise FormEditionMismatch(self.number, edition or "?", [])
        if edition is None:
            return self.editions[0]
        for e in self.editions:
            if e.edition == edition:
                return e
        raise FormEditionMismatch(self.number, edition, self.supported_editions)


class Registry(_Strict):
    last_reviewed: dt.date
    verify_status: VerifyStatus
    forms: list[FormInfo]


@cache
def load_registry() -> Registry:
    text = (resources.files("forms") / "registry.yaml").read_text(encoding="utf-8")
    return Registry.model_validate(safe_load(text))


def all_forms() -> list[FormInfo]:
    return list(load_registry().forms)


def get_form(form_id: str) -> FormInfo:
    key = form_id.strip().lower()
    for f in load_registry().forms:
        if key in (f.id, f.number.lower(), f.barcode_id.lower()):
            return f
    raise UnknownForm(form_id, [f.id for f in load_registry().forms])


def _by_barcode(barcode_id: str) -> FormInfo | None:
    for f in load_registry().forms:
        if f.barcode_id.upper() == barcode_id.upper():
            return f
    return None


@dataclass(frozen=True)
class FormNeeded:
    form: FormInfo
    role: Role
    note: str | None
    fillable: bool  # a field map exists


def forms_for_relief(relief: str) -> list[FormNeeded]:
    """The forms a relief uses, with the role each plays: the relief registry's ``forms``
    (``eligibility/data/reliefs/<relief>.yaml``), joined with this registry."""
    from eligibility.registry import get_relief

    return [
        FormNeeded(get_form(use.form), use.role, use.note, bool(get_form(use.form).editions))
        for use in get_relief(relief).forms
    ]


# ---------------------------------------------------------------------------------------
# Identifying a PDF
# ---------------------------------------------------------------------------------------

_FOOTER = re.compile(
    r"Form\s+([IG])-(\d+)([A-Z]?)\s*(?:Supplement\s+([A-Z])\s+)?(?:Edition\s+)?(\d{2}/\d{2}/\d{2})"
)
_EXPIRES = re.compile(r"Expires:?\s*(\d{2}/\d{2}/\d{4})")


@dataclass
class Identification:
    barcode_id: str
    edition: str
    method: Literal["barcode", "footer"]
    expires: str | None
    form: FormInfo | None
    inventory: Inventory = field(repr=False)


def identify_pdf(path: Path | str) -> Identification:
    """Read the form id and edition from the barcode fields, else from the page footer."""
    try:
        reader = open_pdf(path)
    except PDF_ERRORS as exc:
        raise FormNotRecognised(path, f"it cannot be opened as a PDF: {exc}") from exc
    inv = inventory_from_reader(reader, source=str(path))
    text = ""
    try:
        text = reader.pages[0].extract_text() or ""
    except PDF_ERRORS:  # text is a fallback only
        text = ""
    expires_m = _EXPIRES.search(text)
    expires = expires_m.group(1) if expires_m else None
    for value in inv.barcode_values():
        parts = value.split("|")
        if len(parts) >= 2 and re.fullmatch(r"\d{2}/\d{2}/\d{2}", parts[1]):
            return Identification(
                parts[0], parts[1], "barcode", expires, _by_barcode(parts[0]), inv
            )
    m = _FOOTER.search(text)
    if m is None and len(reader.pages) > 1:
        try:
            m = _FOOTER.search(reader.pages[-1].extract_text() or "")
        except PDF_ERRORS:  # text is a fallback only
            m = None
    if m is None:
        raise FormNotRecognised(path, "no edition barcode field and no 'Form … Edition' footer")
    barcode_id = f"{m.group(1)}-{m.group(2)}{m.group(3) or m.group(4) or ''}"
    return Identification(barcode_id, m.group(5), "footer", expires, _by_barcode(barcode_id), inv)


def pdf_state(path_or_inventory: Path | str | Inventory) -> Literal["blank", "filled"]:
    """'filled' if any field holds user data. Ignored: page barcodes, values equal to the
    field's default (/DV), and check-box values that are not one of the box's on-states."""
    inv = (
        path_or_inventory
        if isinstance(path_or_inventory, Inventory)
        else inventory_from_pdf_path(path_or_inventory)
    )
    for spec in inv.fields.values():
        if spec.is_barcode or spec.type == "button":
            continue
        value = spec.value
        if value is None or value == "" or value == spec.default_value:
            continue
        if spec.type in ("checkbox", "radio"):
            if value.lstrip("/") in spec.on_states:
                return "filled"
            continue
        if value.strip() == "":
            continue
        return "filled"
    return "blank"


def inventory_from_pdf_path(path: Path | str) -> Inventory:
    return inventory_from_reader(open_pdf(path), source=str(path))


# ---------------------------------------------------------------------------------------
# Where the PDFs are
# ---------------------------------------------------------------------------------------


def user_forms_dir(data_dir: Path | str | None = None) -> Path:
    """``<data_dir>/forms``: official PDFs the user added (not created here)."""
    from casefile.paths import data_dir as default_data_dir

    return default_data_dir(data_dir) / "forms"


def _user_file_name(form: FormInfo, edition: str) -> str:
    return f"{form.id}_{edition.replace('/', '-')}.pdf"


def bundled_path(form: FormInfo, edition: EditionInfo) -> Path | None:
    if not edition.bundled:
        return None
    path = Path(str(resources.files("forms") / edition.bundled))
    return path if path.is_file() else None


def fieldlist_inventory(edition: EditionInfo) -> Inventory | None:
    if not edition.fieldlist:
        return None
    return _cached_fieldlist(edition.fieldlist)


@cache
def _cached_fieldlist(relpath: str) -> Inventory:
    inv = inventory_from_fieldlist(Path(str(resources.files("forms") / relpath)))
    inv.source = f"forms/{relpath}"
    return inv


def find_pdf(
    form_id: str, *, edition: str | None = None, forms_dir: Path | str | None = None
) -> Path:
    """The PDF to fill: a user-added copy of a supported edition, else the bundled one."""
    form = get_form(form_id)
    ed = form.edition(edition)
    folder = Path(forms_dir) if forms_dir is not None else user_forms_dir()
    candidate = folder / _user_file_name(form, ed.edition)
    if candidate.is_file():
        return candidate
    bundled = bundled_path(form, ed)
    if bundled is not None:
        return bundled
    raise FormNotAvailable(form.number, form.url, folder)


@dataclass
class AddedForm:
    form: FormInfo
    edition: str
    path: Path
    state: Literal["blank", "filled"]
    warnings: list[str]


def compare_with_fieldlist(form: FormInfo, fieldlist: Inventory, pdf: Inventory) -> list[str]:
    """Differences between a supplied PDF and the field list a map was written against."""
    problems: list[str] = []
    for name, spec in fieldlist.fields.items():
        got = pdf.fields.get(name)
        if got is None:
            problems.append(f"field {name} is missing")
            continue
        if got.type != spec.type:
            problems.append(f"{name} is {got.type}, expected {spec.type}")
        if spec.type == "checkbox" and set(got.on_states) != set(spec.on_states):
            problems.append(
                f"{name} on-states {list(got.on_states)}, expected {list(spec.on_states)}"
            )
    return problems


def add_official_form(
    path: Path | str,
    *,
    forms_dir: Path | str | None = None,
    today: dt.date | None = None,
) -> AddedForm:
    """Identify a PDF downloaded from uscis.gov, check its edition and store it.

    Raises FormNotRecognised, PdfNeedsPassword, NoFillableFields, XfaOnlyForm, EditionUnreadable
    (forms.propose_input), FormEditionMismatch (edition without a map) or FormFieldsMismatch
    (fields differ from the field list). Warns (does not refuse) when the printed expiry date has
    passed or the PDF already holds data."""
    today = today or dt.date.today()
    from forms.propose_input import check_pdf

    check_pdf(path)  # one-line reasons: password, no AcroForm, XFA-only, not USCIS, no edition
    ident = identify_pdf(path)
    form = ident.form
    if form is None:
        raise FormNotRecognised(path, f"form {ident.barcode_id} is not one ReliefDesk knows")
    if ident.edition not in form.supported_editions:
        raise FormEditionMismatch(form.number, ident.edition, form.supported_editions, path)
    ed = form.edition(ident.edition)
    warnings: list[str] = []
    expires = ident.expires or ed.expires
    if expires:
        exp = dt.datetime.strptime(expires, "%m/%d/%Y").date()
        if exp < today:
            warnings.append(
                f"{form.number} edition {ed.edition} shows an expiry date of {expires}, which "
                "has passed. USCIS usually keeps accepting it until a new edition is issued; "
                f"check {form.url} before filing."
            )
    fl = fieldlist_inventory(ed)
    if fl is not None:
        problems = compare_with_fieldlist(form, fl, ident.inventory)
        if problems:
            raise FormFieldsMismatch(form.number, path, problems)
    state = pdf_state(ident.inventory)
    if state == "filled":
        warnings.append(
            f"{Path(path).name} already holds answers. ReliefDesk fills blank forms; download a "
            f"blank copy from {form.url} unless you mean to overwrite these answers."
        )
    folder = Path(forms_dir) if forms_dir is not None else user_forms_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / _user_file_name(form, ed.edition)
    shutil.copyfile(path, target)
    return AddedForm(form, ed.edition, target, state, warnings)


def sha256_of(path: Path | str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()
