"""Flatten a filled form for the packet copy (the fillable copy is kept separately).

The flattening itself is ``forms.flatten`` (one implementation for forms and exhibits); this
module only turns its failures into the packet's typed error naming the document.
"""

from __future__ import annotations

from forms import flatten as flatten_with_qpdf
from packets.errors import ExhibitUnreadable

__all__ = ["flatten_form", "flatten_with_qpdf"]


def flatten_form(data: bytes, name: str) -> bytes:
    """The packet copy of a filled form: same look, no live fields."""
    try:
        return flatten_with_qpdf(data)
    except Exception as exc:  # pikepdf / forms errors: name the form and the reason
        raise ExhibitUnreadable(name, f"the filled form could not be flattened ({exc})") from exc
