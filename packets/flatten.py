"""Flatten a filled form for the packet copy (the fillable copy is kept separately).

Uses ``forms.flatten`` when the forms package offers it; otherwise qpdf (through pikepdf):
drop XFA and usage rights, make sure every field has an appearance, merge the printable
widget appearances into the page content and remove the form fields.
"""

from __future__ import annotations

import importlib
import io
from collections.abc import Callable
from typing import Any

from packets.errors import ExhibitUnreadable


def _forms_flatten() -> Callable[[bytes], Any] | None:
    try:
        module = importlib.import_module("forms")
    except ModuleNotFoundError:
        return None
    fn = getattr(module, "flatten", None)
    return fn if callable(fn) else None


def flatten_with_qpdf(data: bytes) -> bytes:
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        root = pdf.Root
        if "/Perms" in root:
            del root["/Perms"]
        if "/AcroForm" in root:
            acro = root.AcroForm
            if "/XFA" in acro:
                del acro["/XFA"]
            pdf.generate_appearance_streams()
            pdf.flatten_annotations("print")
            if "/AcroForm" in root:
                del root["/AcroForm"]
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def flatten_form(data: bytes, name: str) -> bytes:
    """The packet copy of a filled form: same look, no live fields."""
    fn = _forms_flatten()
    try:
        if fn is not None:
            result = fn(data)
            if isinstance(result, bytes | bytearray):
                return bytes(result)
        return flatten_with_qpdf(data)
    except ExhibitUnreadable:
        raise
    except Exception as exc:  # pikepdf / forms errors: name the form and the reason
        raise ExhibitUnreadable(name, f"the filled form could not be flattened ({exc})") from exc
