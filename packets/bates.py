"""Bates numbers stamped on every page of a packet.

Each page gets the original content wrapped in ``q … Q`` (so no graphics state leaks) and a
tiny stream drawing its number on a white box at the bottom right, in the standard
Helvetica font (one font object shared by all pages). Nothing of the page's own content is
parsed or re-encoded, so stamping costs almost nothing per page (pypdf's ``merge_page`` of a
reportlab overlay parses every content stream and was the slowest step of assembly).
"""

from __future__ import annotations

from typing import Any

from pypdf import PageObject, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
)
from reportlab.pdfbase.pdfmetrics import stringWidth

from packets.render import LETTER, bates_label

FONT_SIZE = 9.0
RIGHT = LETTER[0] - 36.0
BASELINE = 22.0


def _pdf_string(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


class BatesStamper:
    def __init__(self, writer: PdfWriter, prefix: str, start: int, digits: int = 6) -> None:
        self.writer = writer
        self.prefix = prefix
        self.start = start
        self.digits = digits
        font = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
        self.font_ref: IndirectObject = writer._add_object(font)
        push = DecodedStreamObject()
        push.set_data(b"q\n")
        self.push_ref: IndirectObject = writer._add_object(push)
        self._names: dict[int, NameObject] = {}  # font dict id -> name used there

    def label(self, index: int) -> str:
        return bates_label(self.prefix, self.start + index, self.digits)

    def _font_name(self, page: PageObject) -> NameObject:
        if page.get("/Resources") is None:
            page[NameObject("/Resources")] = DictionaryObject()
        resources: Any = page["/Resources"].get_object()
        if resources.get("/Font") is None:
            resources[NameObject("/Font")] = DictionaryObject()
        fonts: Any = resources["/Font"].get_object()
        known = self._names.get(id(fonts))
        if known is not None and fonts.get(known) == self.font_ref:
            return known  # a font dictionary shared by many pages: already has ours
        name = "/RDBates"
        n = 1
        while name in fonts and fonts[name] != self.font_ref:
            n += 1
            name = f"/RDBates{n}"
        fonts[NameObject(name)] = self.font_ref
        self._names[id(fonts)] = NameObject(name)
        return NameObject(name)

    def stamp(self, page: PageObject, index: int) -> str:
        text = self.label(index)
        font = self._font_name(page)
        width = stringWidth(text, "Helvetica", FONT_SIZE)
        x = RIGHT - width
        ops = (
            f"Q q 1 g {x - 4:.2f} {BASELINE - 3:.2f} {width + 8:.2f} {FONT_SIZE + 5:.2f} re f "
            f"0 g BT {font} {FONT_SIZE:g} Tf {x:.2f} {BASELINE:.2f} Td {_pdf_string(text)} Tj "
            "ET Q\n"
        )
        stream = DecodedStreamObject()
        stream.set_data(ops.encode("latin-1"))
        stamp_ref = self.writer._add_object(stream)
        contents = page.get("/Contents")
        parts: list[object] = [self.push_ref]
        if contents is not None:
            obj = contents.get_object()
            if isinstance(obj, ArrayObject):
                parts.extend(obj)
            else:
                parts.append(contents)
        parts.append(stamp_ref)
        page[NameObject("/Contents")] = ArrayObject(parts)
        return text
