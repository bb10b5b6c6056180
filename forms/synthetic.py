"""Build a synthetic AcroForm PDF with the exact field structure of a field list: a development
aid for the tests and the benchmarks (``benchmarks/bench_forms.py``, ``bench_packet.py``), not
part of the app. Nothing in ReliefDesk fills, files or offers these PDFs to a user.

The project has no official I-914 / I-918 PDFs, only field lists (names, types, on-states, options,
limits, rectangles, pages). This builds a PDF whose field tree has the same full names, types,
check-box on-states, dropdown options, /MaxLen and flags, with one widget per field on the listed
page, so the real filler can be run end to end. It is NOT the official form and is never filed.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

#: The field lists the synthetic PDFs are built from.
FIELDLISTS = Path(__file__).resolve().parent / "fieldlists"
_SPLIT = re.compile(r"(?<!\\)\.")


def _stream(writer: PdfWriter, content: bytes, w: float, h: float) -> Any:
    s = DecodedStreamObject()
    s.set_data(content)
    s.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(
                [FloatObject(0), FloatObject(0), FloatObject(w), FloatObject(h)]
            ),
        }
    )
    return writer._add_object(s)


def build_pdf(fieldlist: Path, *, barcode_edition: str | None = None) -> bytes:
    data = json.loads(Path(fieldlist).read_text(encoding="utf-8"))
    writer = PdfWriter()
    for _ in range(int(data["pages"])):
        writer.add_blank_page(612, 792)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Courier"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    font_ref = writer._add_object(font)
    dr = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Cour"): font_ref})})
    nodes: dict[str, Any] = {}
    roots = ArrayObject()

    def node_for(path: list[str]) -> Any:
        key = ".".join(path)
        if key in nodes:
            return nodes[key]
        d = DictionaryObject(
            {NameObject("/T"): TextStringObject(path[-1]), NameObject("/Kids"): ArrayObject()}
        )
        ref = writer._add_object(d)
        nodes[key] = ref
        attach(d, ref, path)
        return ref

    def attach(d: DictionaryObject, ref: Any, path: list[str]) -> None:
        """Hang ``d`` (added as ``ref``) in the field tree at ``path``: a root field, or a kid
        of its parent node (made on first use)."""
        if len(path) == 1:
            roots.append(ref)
        else:
            parent = node_for(path[:-1])
            d[NameObject("/Parent")] = parent
            parent.get_object()["/Kids"].append(ref)

    for f in data["fields"]:
        parts = _SPLIT.split(f["full_name"])
        page = writer.pages[int(f["page"]) - 1]
        x1, y1, x2, y2 = f["rect"]
        w, h = abs(x2 - x1) or 10, abs(y2 - y1) or 10
        widget = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/T"): TextStringObject(parts[-1]),
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (x1, y1, x2, y2)]),
                NameObject("/F"): NumberObject(4),
                NameObject("/Ff"): NumberObject(int(f.get("ff") or 0)),
                NameObject("/DA"): TextStringObject("/Cour 9 Tf 0 g"),
                NameObject("/P"): page.indirect_reference,
            }
        )
        if f.get("tooltip"):
            widget[NameObject("/TU")] = TextStringObject(f["tooltip"])
        kind = f["type"]
        if kind == "text":
            widget[NameObject("/FT")] = NameObject("/Tx")
            if f.get("max_len"):
                widget[NameObject("/MaxLen")] = NumberObject(int(f["max_len"]))
            value = f.get("value")
            if "PDF417" in f["full_name"] and barcode_edition is not None:
                value = f"{data['barcode_form_id']}|{barcode_edition}|{f['page']}"
            if value:
                widget[NameObject("/V")] = TextStringObject(value)
            if f.get("default_value"):
                widget[NameObject("/DV")] = TextStringObject(f["default_value"])
        elif kind == "checkbox":
            widget[NameObject("/FT")] = NameObject("/Btn")
            on = f["on_states"][0]
            normal = DictionaryObject(
                {
                    NameObject("/" + on): _stream(writer, b"0 g 1 1 m 8 8 l S", w, h),
                    NameObject("/Off"): _stream(writer, b"", w, h),
                }
            )
            widget[NameObject("/AP")] = DictionaryObject({NameObject("/N"): normal})
            widget[NameObject("/AS")] = NameObject("/Off")
            widget[NameObject("/V")] = NameObject("/Off")
        elif kind == "choice":
            widget[NameObject("/FT")] = NameObject("/Ch")
            opts = ArrayObject()
            for o in f.get("options") or []:
                if isinstance(o, list):
                    opts.append(ArrayObject([TextStringObject(o[0]), TextStringObject(o[1])]))
                else:
                    opts.append(TextStringObject(o))
            widget[NameObject("/Opt")] = opts
        else:
            widget[NameObject("/FT")] = NameObject("/Btn")
            widget[NameObject("/Ff")] = NumberObject(1 << 16)
        ref = writer._add_object(widget)
        attach(widget, ref, parts)
        annots = page.get("/Annots")
        if not isinstance(annots, ArrayObject):
            annots = page[NameObject("/Annots")] = ArrayObject()
        annots.append(ref)
    writer._root_object[NameObject("/AcroForm")] = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Fields"): roots,
                NameObject("/DR"): dr,
                NameObject("/DA"): TextStringObject("/Cour 9 Tf 0 g"),
            }
        )
    )
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def synthetic_pdf(folder: Path, form_id: str, field_list: str) -> Path:
    """A synthetic PDF for ``form_id`` in ``folder``, built from ``field_list`` (a file name in
    forms/fieldlists): what the module fixtures of the forms tests fill."""
    path = folder / f"{form_id}.pdf"
    path.write_bytes(build_pdf(FIELDLISTS / field_list))
    return path


def synthetic_pdfs(folder: Path, field_lists: Mapping[str, str]) -> dict[str, Path]:
    """Form id -> its synthetic PDF in ``folder`` (``field_lists``: form id -> field list)."""
    return {fid: synthetic_pdf(folder, fid, fl) for fid, fl in field_lists.items()}
