"""Continuation sheets (reportlab) for answers that fit neither a field nor the form's own
additional-information part. Each sheet is headed with the applicant's full name and A-number
("None" if none), each entry labelled with page, part and item, with a signature and date line
on every sheet for wet ink (DOMAIN.md §8.6)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from forms.values import transliterate

_FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/arial.ttf",
)


@cache
def _font() -> tuple[str, bool]:
    """(font name, supports Unicode). A TrueType font when one is installed, else Helvetica."""
    for candidate in _FONT_CANDIDATES:
        if Path(candidate).is_file():
            pdfmetrics.registerFont(TTFont("RDContinuation", candidate))
            return "RDContinuation", True
    return "Helvetica", False


@dataclass(frozen=True)
class ContinuationEntry:
    reference: str  # "Page 5, Part B, Item 1.A"
    text: str


#: The header's name: the name fields are capped at 200 characters when saved or imported;
#: a longer one (older data, the demo edited by hand) is cut here rather than laid out for
#: minutes (issue 21).
MAX_NAME_CHARS = 200
#: Long answers are laid out in pieces of about this many characters (cut at a space): one
#: reportlab paragraph of hundreds of thousands of characters takes minutes to split across
#: pages; pieces keep every word and take time in proportion to the text.
CHUNK_CHARS = 2000


def _cap(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _pieces(text: str) -> list[str]:
    """``text`` as paragraphs of at most about ``CHUNK_CHARS`` characters, every word kept."""
    if len(text) <= CHUNK_CHARS:
        return [text]
    out: list[str] = []
    for para in text.split("\n"):
        while len(para) > CHUNK_CHARS:
            cut = para.rfind(" ", CHUNK_CHARS // 2, CHUNK_CHARS)
            cut = cut if cut > 0 else CHUNK_CHARS
            out.append(para[:cut])
            para = para[cut:].lstrip(" ")
        out.append(para)
    return out


def continuation_pdf(
    *,
    form_number: str,
    edition: str,
    applicant_name: str,
    a_number: str | None,
    entries: Sequence[ContinuationEntry],
) -> bytes:
    font, unicode_ok = _font()
    applicant_name = _cap(applicant_name, MAX_NAME_CHARS)

    def clean(text: str) -> str:
        return escape(text if unicode_ok else transliterate(text)).replace("\n", "<br/>")

    head = ParagraphStyle("head", fontName=font, fontSize=10, leading=13)
    ref = ParagraphStyle("ref", fontName=font, fontSize=10, leading=13, spaceBefore=8)
    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=13, leftIndent=12)
    a_text = f"A-{a_number}" if a_number else "None"

    def on_page(canvas: object, doc: object) -> None:
        c = canvas
        c.saveState()  # type: ignore[attr-defined]
        c.setFont(font, 9)  # type: ignore[attr-defined]
        c.drawString(  # type: ignore[attr-defined]
            inch, 0.6 * inch, "Signature: ______________________________   Date: ____________"
        )
        c.drawRightString(  # type: ignore[attr-defined]
            LETTER[0] - inch,
            0.6 * inch,
            f"Continuation sheet, page {c.getPageNumber()}",  # type: ignore[attr-defined]
        )
        c.setFont(font, 10)  # type: ignore[attr-defined]
        c.drawString(  # type: ignore[attr-defined]
            inch,
            LETTER[1] - 0.6 * inch,
            clean_plain(f"Full name: {applicant_name}    A-Number: {a_text}"),
        )
        c.restoreState()  # type: ignore[attr-defined]

    def clean_plain(text: str) -> str:
        return text if unicode_ok else transliterate(text)

    story: list[object] = [
        Paragraph(clean(f"Continuation sheet for Form {form_number} (edition {edition})"), head),
        Paragraph(clean(f"Applicant: {applicant_name}"), head),
        Paragraph(clean(f"A-Number: {a_text}"), head),
        Spacer(1, 6),
    ]
    for e in entries:
        story.append(Paragraph(clean(_cap(e.reference, MAX_NAME_CHARS)), ref))
        story.extend(Paragraph(clean(piece), body) for piece in _pieces(e.text))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=LETTER,
        topMargin=0.9 * inch,
        bottomMargin=0.9 * inch,
        title=f"Continuation sheet, Form {form_number}",
        author="ReliefDesk",
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()
