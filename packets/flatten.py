"""Flatten a filled form for the packet copy (the fillable copy is kept separately).

The flattening itself is ``forms.flatten`` (one implementation for forms and exhibits); this
module only turns its failures into the packet's typed error naming the document. ``forms`` is
imported when a form is flattened, not when ``packets`` is imported.
"""

from __future__ import annotations

from packets.errors import ExhibitUnreadable

__all__ = ["flatten_errors", "flatten_form", "flatten_with_qpdf"]


def flatten_errors() -> tuple[type[Exception], ...]:
    """What flattening a damaged or odd PDF can raise: qpdf's errors and the Python errors
    pikepdf lets through on objects of the wrong shape."""
    import pikepdf

    return (pikepdf.PdfError, ValueError, KeyError, AttributeError, TypeError)


def flatten_with_qpdf(data: bytes, *, password: str | None = None) -> bytes:
    """``forms.flatten``: answers burned into the pages (qpdf through pikepdf)."""
    from forms import flatten

    return flatten(data, password=password)


def flatten_form(data: bytes, name: str) -> bytes:
    """The packet copy of a filled form: same look, no live fields."""
    try:
        return flatten_with_qpdf(data)
    except flatten_errors() as exc:
        raise ExhibitUnreadable(name, f"the filled form could not be flattened ({exc})") from exc
