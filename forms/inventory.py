"""The field inventory of a form: what fields exist, their types, on-states, options and limits.

One shape for both sources: a real PDF (read with pypdf) and a field-list JSON
(``forms/fieldlists/*.fields.json``, for forms whose official PDF the project does not have).
Maps are validated against an inventory; a user-supplied PDF is compared with the field list.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject


class _QuietPadding(logging.Filter):
    """USCIS PDFs make pypdf log a harmless 'Ignoring padding error' per string it decrypts."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return "Ignoring padding error" not in message and "missing padding" not in message


logging.getLogger("pypdf").addFilter(_QuietPadding())
for _name in ("pypdf._crypt_providers._cryptography", "pypdf._encryption"):
    logging.getLogger(_name).addFilter(_QuietPadding())

FF_READ_ONLY = 1
FF_MULTILINE = 1 << 12
FF_COMB = 1 << 24


@dataclass(frozen=True)
class FieldSpec:
    """One terminal field, with everything a map or the filler needs to know about it."""

    full_name: str
    type: str  # text | checkbox | choice | button | radio | signature
    tooltip: str = ""
    page: int = 0  # 1-based; 0 if unknown
    rect: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    on_states: tuple[str, ...] = ()  # without the leading "/", spaces kept
    options: tuple[str, ...] = ()  # export values of a choice field
    max_len: int | None = None
    comb: bool = False
    multiline: bool = False
    read_only: bool = False
    value: str | None = None
    default_value: str | None = None
    font_size: float = 0.0  # from /DA; 0 = auto

    @property
    def width(self) -> float:
        return abs(self.rect[2] - self.rect[0])

    @property
    def height(self) -> float:
        return abs(self.rect[3] - self.rect[1])

    @property
    def is_barcode(self) -> bool:
        return "PDF417BarCode" in self.full_name


@dataclass
class Inventory:
    """All terminal fields of one form edition, keyed by full name."""

    source: str
    fields: dict[str, FieldSpec] = field(default_factory=dict)

    def __contains__(self, name: object) -> bool:
        return name in self.fields

    def __getitem__(self, name: str) -> FieldSpec:
        return self.fields[name]

    def __len__(self) -> int:
        return len(self.fields)

    def barcode_values(self) -> list[str]:
        return [f.value for f in self.fields.values() if f.is_barcode and f.value]


def _font_size(da: Any) -> float:
    if not da:
        return 0.0
    parts = str(da).split()
    for i, tok in enumerate(parts):
        if tok == "Tf" and i >= 1:
            try:
                return float(parts[i - 1])
            except ValueError:
                return 0.0
    return 0.0


def _inherited(node: DictionaryObject, key: str) -> Any:
    cur: Any = node
    seen = 0
    while cur is not None and seen < 50:
        if key in cur:
            return cur[key]
        parent = cur.get("/Parent")
        cur = parent.get_object() if parent is not None else None
        seen += 1
    return None


def _str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value)
    return text


def _checkbox_states(node: DictionaryObject) -> tuple[str, ...]:
    kids: Any = node.get("/Kids")
    widgets = [node] if kids is None else [k.get_object() for k in kids]
    states: list[str] = []
    for w in widgets:
        ap = w.get("/AP")
        if ap is None:
            continue
        normal = ap.get_object().get("/N")
        if normal is None:
            continue
        for key in normal.get_object():
            name = str(key)[1:]
            if name != "Off" and name not in states:
                states.append(name)
    return tuple(states)


def _choice_options(opt: Any) -> tuple[str, ...]:
    if opt is None:
        return ()
    out: list[str] = []
    for item in opt.get_object():
        item = item.get_object()
        if isinstance(item, ArrayObject):
            out.append(str(item[0]))
        else:
            out.append(str(item))
    return tuple(out)


def walk_terminal_fields(acro: Any) -> Iterator[tuple[str, Any]]:
    """(full name, reference) of every terminal field under an /AcroForm, in tree order.

    A node whose kids carry no /T of their own is terminal (its kids are widgets)."""
    stack: list[tuple[Any, str]] = [(f, "") for f in reversed(acro.get_object().get("/Fields", []))]
    while stack:
        ref, prefix = stack.pop()
        node = ref.get_object()
        partial = node.get("/T")
        name = (
            f"{prefix}.{partial}"
            if prefix and partial is not None
            else (str(partial) if partial is not None else prefix)
        )
        kids = node.get("/Kids")
        if kids is not None and any("/T" in k.get_object() for k in kids):
            stack.extend((kid, name) for kid in reversed(kids))
            continue
        yield name, ref


def inventory_from_reader(reader: PdfReader, source: str = "pdf") -> Inventory:
    """Read every terminal field (name, type, on-states, options, limits, page) from a PDF."""
    page_of: dict[int, int] = {}
    for index, page in enumerate(reader.pages, start=1):
        for annot in page.get("/Annots", []) or []:
            ref = getattr(annot, "idnum", None)
            if ref is not None:
                page_of[ref] = index
    inv = Inventory(source=source)
    root: Any = reader.trailer["/Root"]
    acro = root.get("/AcroForm")
    if acro is None:
        return inv
    for name, ref in walk_terminal_fields(acro):
        node = ref.get_object()
        kids = node.get("/Kids")
        ft = _inherited(node, "/FT")
        ff = int(_inherited(node, "/Ff") or 0)
        kind = {"/Tx": "text", "/Ch": "choice", "/Sig": "signature"}.get(str(ft), "")
        if str(ft) == "/Btn":
            kind = "button" if ff & (1 << 16) else ("radio" if ff & (1 << 15) else "checkbox")
        widget_ref = kids[0] if kids else ref
        idnum = getattr(widget_ref, "idnum", None)
        widget = widget_ref.get_object()
        rect = widget.get("/Rect") or [0, 0, 0, 0]
        max_len = _inherited(node, "/MaxLen")
        inv.fields[name] = FieldSpec(
            full_name=name,
            type=kind,
            tooltip=str(node.get("/TU", "")),
            page=page_of.get(idnum, 0) if idnum is not None else 0,
            rect=(float(rect[0]), float(rect[1]), float(rect[2]), float(rect[3])),
            on_states=_checkbox_states(node) if kind in ("checkbox", "radio") else (),
            options=_choice_options(_inherited(node, "/Opt")) if kind == "choice" else (),
            max_len=int(max_len) if max_len is not None else None,
            comb=bool(ff & FF_COMB),
            multiline=bool(ff & FF_MULTILINE),
            read_only=bool(ff & FF_READ_ONLY),
            value=_str(node.get("/V")),
            default_value=_str(node.get("/DV")),
            font_size=_font_size(_inherited(node, "/DA") or acro.get_object().get("/DA")),
        )
    return inv


#: What opening, decrypting or reading text from a damaged or foreign PDF can raise: pypdf's own
#: errors, a file that cannot be read, and the plain Python errors its parser lets escape on
#: malformed objects (deep nesting, bad numbers, missing keys).
PDF_ERRORS: tuple[type[Exception], ...] = (
    PyPdfError,
    OSError,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    ArithmeticError,
    NotImplementedError,
    RecursionError,
)


def open_pdf(path: Path | str) -> PdfReader:
    """Open a PDF and decrypt it with the empty user password USCIS uses."""
    reader = PdfReader(str(path))
    if reader.is_encrypted:
        reader.decrypt("")
    return reader


def inventory_from_pdf(path: Path | str) -> Inventory:
    return inventory_from_reader(open_pdf(path), source=str(path))


def inventory_from_fieldlist(path: Path | str) -> Inventory:
    """Read a field-list JSON (see forms/fieldlists/README.md) into an Inventory."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    inv = Inventory(source=str(path))
    for f in data["fields"]:
        rect = f.get("rect") or [0, 0, 0, 0]
        inv.fields[f["full_name"]] = FieldSpec(
            full_name=f["full_name"],
            type=f["type"],
            tooltip=f.get("tooltip") or "",
            page=int(f.get("page") or 0),
            rect=(float(rect[0]), float(rect[1]), float(rect[2]), float(rect[3])),
            on_states=tuple(f.get("on_states") or ()),
            options=tuple(o[0] if isinstance(o, list) else o for o in f.get("options") or ()),
            max_len=f.get("max_len"),
            comb=bool(f.get("comb")),
            multiline=bool(f.get("multiline")),
            read_only=bool(f.get("read_only")),
            value=f.get("value"),
            default_value=f.get("default_value"),
        )
    return inv
