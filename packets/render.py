"""Generated packet pages drawn with reportlab: cover sheet, table of contents, exhibit
index, exhibit tab pages and the Bates-number overlay.

Pure functions from plain data to PDF bytes; no knowledge of profiles or plans.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

LETTER = (612.0, 792.0)
MARGIN = 72.0
#: Space kept free at the foot of every generated page for the Bates number.
FOOT = 60.0

_FONT_CANDIDATES = (
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
)


def fonts_for(*texts: str) -> tuple[str, str]:
    """Standard Helvetica (fast, nothing embedded) when every text fits Windows-1252;
    otherwise an embedded Unicode TrueType font, so names in any Latin, Cyrillic or Greek
    script print correctly."""
    try:
        for text in texts:
            text.encode("cp1252")
    except UnicodeEncodeError:
        return fonts()
    return "Helvetica", "Helvetica-Bold"


@cache
def fonts() -> tuple[str, str]:
    """(regular, bold) embedded font names: DejaVu Sans when installed (wide script
    coverage), else reportlab's bundled Vera (Latin-1)."""
    for regular, bold in _FONT_CANDIDATES:
        if Path(regular).is_file() and Path(bold).is_file():
            pdfmetrics.registerFont(TTFont("RD-Sans", regular))
            pdfmetrics.registerFont(TTFont("RD-Sans-Bold", bold))
            return "RD-Sans", "RD-Sans-Bold"
    pdfmetrics.registerFont(TTFont("RD-Vera", "Vera.ttf"))
    pdfmetrics.registerFont(TTFont("RD-Vera-Bold", "VeraBd.ttf"))
    return "RD-Vera", "RD-Vera-Bold"


@dataclass(frozen=True)
class CoverInfo:
    """What the cover sheet shows. Preparer is a placeholder the attorney completes."""

    client_name: str
    relief_title: str
    date: dt.date
    a_number: str | None = None
    preparer: str = "______________________________  (attorney or accredited representative)"
    recipient: str | None = None
    lines: tuple[str, ...] = ()
    draft_notice: str | None = None


@dataclass(frozen=True)
class TocEntry:
    title: str
    page: int  # 1-based packet page where the part starts
    bates_first: str
    bates_last: str
    level: int = 0  # 0 = document, 1 = exhibit (indented)


@dataclass(frozen=True)
class IndexEntry:
    label: str
    description: str
    bates_first: str
    bates_last: str
    pages: int
    notes: tuple[str, ...] = field(default_factory=tuple)


def _new_canvas(buf: io.BytesIO, title: str) -> canvas.Canvas:
    c = canvas.Canvas(buf, pagesize=LETTER, pageCompression=1, invariant=1)
    c.setTitle(title)
    c.setCreator("ReliefDesk")
    return c


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        lines.extend(simpleSplit(para, font, size, width) or [""])
    return lines


def render_cover(info: CoverInfo) -> bytes:
    regular, bold = fonts_for(
        info.client_name,
        info.relief_title,
        info.preparer,
        info.a_number or "",
        info.recipient or "",
        info.draft_notice or "",
        *info.lines,
    )
    buf = io.BytesIO()
    c = _new_canvas(buf, "Cover sheet")
    width = LETTER[0] - 2 * MARGIN
    y = LETTER[1] - MARGIN - 40
    if info.draft_notice:
        c.setFont(bold, 12)
        c.setFillColorRGB(0.75, 0, 0)
        for line in _wrap(info.draft_notice, bold, 12, width):
            c.drawString(MARGIN, y, line)
            y -= 16
        c.setFillColorRGB(0, 0, 0)
        y -= 14
    c.setFont(bold, 22)
    for line in _wrap(info.relief_title, bold, 22, width):
        c.drawString(MARGIN, y, line)
        y -= 28
    y -= 20
    rows: list[tuple[str, str]] = [("Applicant", info.client_name)]
    if info.a_number:
        rows.append(("A-Number", info.a_number))
    if info.recipient:
        rows.append(("Submitted to", info.recipient))
    rows.append(("Date", info.date.strftime("%B %-d, %Y")))
    rows.append(("Prepared by", info.preparer))
    for label, value in rows:
        c.setFont(bold, 12)
        c.drawString(MARGIN, y, f"{label}:")
        c.setFont(regular, 12)
        wrapped = _wrap(value, regular, 12, width - 110)
        for line in wrapped:
            c.drawString(MARGIN + 110, y, line)
            y -= 17
        y -= 6
    y -= 14
    c.setFont(regular, 11)
    for text in info.lines:
        for line in _wrap(text, regular, 11, width):
            c.drawString(MARGIN, y, line)
            y -= 15
        y -= 4
    c.showPage()
    c.save()
    return buf.getvalue()


#: The table of contents and the exhibit index share one layout: a wide text column on the
#: left, then a page column and a Bates column, both right-aligned.
_LIST_COLS = (MARGIN, LETTER[0] - MARGIN - 150, LETTER[0] - MARGIN)
_LIST_ALIGN = ("left", "right", "right")
#: Width the left column's text wraps to, leaving a gap before the page column.
_LIST_TEXT_W = _LIST_COLS[1] - MARGIN - 50


def _bates_range(first: str, last: str) -> str:
    """'RD-0003' for a one-page item, 'RD-0003–RD-0007' for a longer one."""
    return first if first == last else f"{first}–{last}"


def _paged_list(
    title: str,
    header: tuple[str, str, str],
    rows: list[tuple[list[str], str, str, int]],
    doc_title: str,
    fonts_pair: tuple[str, str],
) -> bytes:
    """A titled, paginated list. Each row: (wrapped lines of col 0, col 1, col 2, indent)."""
    regular, bold = fonts_pair
    col_x, col_align = _LIST_COLS, _LIST_ALIGN
    buf = io.BytesIO()
    c = _new_canvas(buf, doc_title)
    top = LETTER[1] - MARGIN
    bottom = FOOT + 20
    line_h = 14.0

    def start_page(first: bool) -> float:
        y = top
        c.setFont(bold, 16)
        c.drawString(MARGIN, y, title if first else f"{title} (continued)")
        y -= 30
        c.setFont(bold, 10)
        for text, x, align in zip(header, col_x, col_align, strict=True):
            if align == "right":
                c.drawRightString(x, y, text)
            else:
                c.drawString(x, y, text)
        y -= 6
        c.line(MARGIN, y, LETTER[0] - MARGIN, y)
        return y - 16

    y = start_page(True)
    for lines, col1, col2, indent in rows:
        needed = line_h * len(lines) + 4
        if y - needed < bottom:
            c.showPage()
            y = start_page(False)
        c.setFont(regular, 10.5)
        for i, line in enumerate(lines):
            c.drawString(col_x[0] + indent, y, line)
            if i == 0:
                c.drawRightString(col_x[1], y, col1)
                c.drawRightString(col_x[2], y, col2)
            y -= line_h
        y -= 4
    c.showPage()
    c.save()
    return buf.getvalue()


def render_toc(entries: list[TocEntry]) -> bytes:
    pair = fonts_for(*(e.title for e in entries))
    rows = []
    for e in entries:
        indent = 18.0 * e.level
        lines = _wrap(e.title, pair[0], 10.5, _LIST_TEXT_W - indent)
        rows.append((lines, str(e.page), _bates_range(e.bates_first, e.bates_last), int(indent)))
    header = ("Document", "Page", "Bates numbers")
    return _paged_list("Table of Contents", header, rows, "Table of contents", pair)


def render_index(entries: list[IndexEntry]) -> bytes:
    pair = fonts_for(*(e.description for e in entries), *(n for e in entries for n in e.notes))
    rows = []
    for e in entries:
        text = f"Exhibit {e.label} — {e.description}"
        for note in e.notes:
            text += f"\n({note})"
        lines = _wrap(text, pair[0], 10.5, _LIST_TEXT_W)
        rows.append((lines, str(e.pages), _bates_range(e.bates_first, e.bates_last), 0))
    header = ("Exhibit", "Pages", "Bates numbers")
    return _paged_list("Exhibit Index", header, rows, "Exhibit index", pair)


def render_tab(label: str, description: str, note: str | None = None) -> bytes:
    """A tab (slip-sheet) page: 'Exhibit C — Birth certificate, with certified translation'."""
    regular, bold = fonts_for(label, description, note or "")
    buf = io.BytesIO()
    c = _new_canvas(buf, f"Exhibit {label}")
    width = LETTER[0] - 2 * MARGIN
    y = LETTER[1] / 2 + 60
    c.setFont(bold, 40)
    c.drawCentredString(LETTER[0] / 2, y, f"Exhibit {label}")
    y -= 44
    c.setFont(regular, 16)
    for line in _wrap(description, regular, 16, width):
        c.drawCentredString(LETTER[0] / 2, y, line)
        y -= 22
    if note:
        y -= 14
        c.setFont(bold, 12)
        for line in _wrap(note, bold, 12, width):
            c.drawCentredString(LETTER[0] / 2, y, line)
            y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


def bates_label(prefix: str, number: int, digits: int = 6) -> str:
    return f"{prefix}-{number:0{digits}d}" if prefix else f"{number:0{digits}d}"


def render_bates_overlay(prefix: str, start: int, count: int, digits: int = 6) -> bytes:
    """One reportlab pass, ``count`` letter pages, each carrying only its Bates number at the
    bottom right on a small white box (readable over scanned exhibits)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, pageCompression=0, invariant=1)
    size = 9.0
    right = LETTER[0] - 36
    base = 22.0
    for i in range(count):
        text = bates_label(prefix, start + i, digits)
        w = pdfmetrics.stringWidth(text, "Helvetica", size)
        c.setFillColorRGB(1, 1, 1)
        c.rect(right - w - 4, base - 3, w + 8, size + 5, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica", size)
        c.drawRightString(right, base, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def render_placeholder(title: str, reasons: list[str]) -> bytes:
    """A page standing in for a document that could not be included, saying why."""
    regular, bold = fonts_for(title, *reasons)
    buf = io.BytesIO()
    c = _new_canvas(buf, f"Not included: {title}")
    width = LETTER[0] - 2 * MARGIN
    y = LETTER[1] - MARGIN - 60
    c.setFont(bold, 26)
    c.drawString(MARGIN, y, "NOT INCLUDED")
    y -= 36
    c.setFont(bold, 15)
    for line in _wrap(title, bold, 15, width):
        c.drawString(MARGIN, y, line)
        y -= 20
    y -= 16
    c.setFont(regular, 11)
    c.drawString(MARGIN, y, "This document is not in the packet yet:")
    y -= 20
    for reason in reasons:
        lines = _wrap(reason, regular, 11, width - 16)
        for i, line in enumerate(lines):
            if y < FOOT + 20:
                break
            c.drawString(MARGIN + 16, y, line)
            if i == 0:
                c.drawString(MARGIN + 4, y, "•")
            y -= 15
        y -= 5
    y -= 10
    c.setFont(bold, 11)
    if y > FOOT + 30:
        c.drawString(
            MARGIN, y, "Replace this page before filing. Do not file a packet with this page."
        )
    c.showPage()
    c.save()
    return buf.getvalue()
