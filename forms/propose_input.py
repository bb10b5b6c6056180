"""Check a PDF the user wants mapped before proposing anything: one-line reasons for bad input.

Refused (typed errors, nothing stored): not a PDF, encrypted with a user password, no AcroForm,
XFA-only (fields exist only in the XFA layer), not a USCIS form, edition unreadable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from forms.errors import FormNotRecognised, FormsError
from forms.inventory import PDF_ERRORS, Inventory, inventory_from_reader


class PdfNeedsPassword(FormsError):
    def __init__(self, path: Path | str) -> None:
        self.path = path
        super().__init__(
            f"{path} is locked with a password, so its fields cannot be read. USCIS forms open "
            "without one: download the form again from uscis.gov."
        )


class NoFillableFields(FormsError):
    def __init__(self, path: Path | str) -> None:
        self.path = path
        super().__init__(
            f"{path} has no fillable fields (no AcroForm): it may be a scan or a printed-to-PDF "
            "copy. Download the fillable form from uscis.gov."
        )


class XfaOnlyForm(FormsError):
    def __init__(self, path: Path | str) -> None:
        self.path = path
        super().__init__(
            f"{path} keeps its fields only in an XFA layer (no AcroForm fields), which ReliefDesk "
            "cannot fill. Download the form again from uscis.gov."
        )


class EditionUnreadable(FormsError):
    def __init__(self, path: Path | str, form: str) -> None:
        self.path = path
        self.form = form
        super().__init__(
            f"{path} looks like USCIS form {form}, but its edition date cannot be read (no "
            "barcode field and no 'Edition' footer), so it cannot be checked or mapped."
        )


@dataclass
class CheckedPdf:
    path: Path
    form: str  # barcode id, e.g. "G-28"
    edition: str  # MM/DD/YY
    inventory: Inventory


_USCIS = re.compile(r"USCIS|U\.\s*S\.\s*Citizenship and Immigration|Homeland Security", re.I)
_FOOTER = re.compile(
    r"Form\s+([IG])-(\d+)([A-Z]?)\s*(?:Supplement\s+([A-Z])\s+)?(?:Edition\s+)?(\d{2}/\d{2}/\d{2})"
)
_FORM_ONLY = re.compile(r"Form\s+([IG]-\d+[A-Z]?)")


def check_pdf(path: Path | str) -> CheckedPdf:
    """Open, decrypt (empty password) and identify a PDF, or raise why it cannot be mapped."""
    path = Path(path)
    try:
        reader = PdfReader(str(path))
    except PDF_ERRORS as exc:
        raise FormNotRecognised(path, f"it cannot be opened as a PDF: {exc}") from exc
    if reader.is_encrypted:
        try:
            ok = reader.decrypt("")
        except PDF_ERRORS as exc:
            raise PdfNeedsPassword(path) from exc
        if not ok:
            raise PdfNeedsPassword(path)
    root: Any = reader.trailer["/Root"]
    acro: Any = root.get("/AcroForm")
    if acro is None:
        raise NoFillableFields(path)
    acro = acro.get_object()
    fields = acro.get("/Fields") or []
    if len(fields) == 0:
        if acro.get("/XFA") is not None:
            raise XfaOnlyForm(path)
        raise NoFillableFields(path)
    inv = inventory_from_reader(reader, source=str(path))
    for value in inv.barcode_values():
        bits = value.split("|")
        if len(bits) >= 2 and re.fullmatch(r"\d{2}/\d{2}/\d{2}", bits[1]):
            return CheckedPdf(path, bits[0], bits[1], inv)
    text = ""
    for page in (reader.pages[0], reader.pages[-1]):
        try:
            text += "\n" + (page.extract_text() or "")
        except PDF_ERRORS:  # text is a fallback only
            continue
    m = _FOOTER.search(text)
    if m:
        form = f"{m.group(1)}-{m.group(2)}{m.group(3) or m.group(4) or ''}"
        return CheckedPdf(path, form, m.group(5), inv)
    tooltips = " ".join(s.tooltip for s in inv.fields.values())
    if not (_USCIS.search(text) or _USCIS.search(tooltips)):
        raise FormNotRecognised(path, "it is not a USCIS form")
    fm = _FORM_ONLY.search(text)
    raise EditionUnreadable(path, fm.group(1) if fm else "(number not found)")
