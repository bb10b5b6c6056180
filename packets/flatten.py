"""Flatten a filled form for the packet copy (the fillable copy is kept separately).

qpdf (through pikepdf): drop XFA and usage rights, make sure every field has an appearance,
merge the printable widget appearances into the page content, then remove the widgets that
were not printed (hidden fields such as USCIS's page barcodes) and the form itself, so no
widget is left dangling without its /AcroForm (pikepdf warns about those; viewers may show
them). ``forms.flatten`` is used instead if the forms package ever exports one at top level.
"""

from __future__ import annotations

import io

from packets.errors import ExhibitUnreadable


def flatten_with_qpdf(data: bytes, *, password: str | None = None) -> bytes:
    import pikepdf

    with pikepdf.open(io.BytesIO(data), password=password or "") as pdf:
        root = pdf.Root
        if "/Perms" in root:
            del root["/Perms"]
        if "/AcroForm" in root:
            acro = root.AcroForm
            if "/XFA" in acro:
                del acro["/XFA"]
            pdf.generate_appearance_streams()
            pdf.flatten_annotations("print")
            for page in pdf.pages:
                annots = page.obj.get("/Annots")
                if annots is None:
                    continue
                kept = [a for a in annots if a.get("/Subtype") != "/Widget"]
                if kept:
                    page.obj["/Annots"] = pikepdf.Array(kept)
                else:
                    del page.obj["/Annots"]
            if "/AcroForm" in root:
                del root["/AcroForm"]
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def flatten_form(data: bytes, name: str) -> bytes:
    """The packet copy of a filled form: same look, no live fields."""
    try:
        return flatten_with_qpdf(data)
    except ExhibitUnreadable:
        raise
    except Exception as exc:  # pikepdf / forms errors: name the form and the reason
        raise ExhibitUnreadable(name, f"the filled form could not be flattened ({exc})") from exc
