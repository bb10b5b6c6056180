"""Plain text of a DOCX (body paragraphs and tables in order, then headers and footers).

Used by the text snapshots of the templates and by tests that read rendered drafts back.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.table import Table
from docx.text.paragraph import Paragraph


def _open(source: bytes | Path | str) -> DocumentObject:
    if isinstance(source, bytes):
        return Document(io.BytesIO(source))
    return Document(str(source))


def _field_text(p: Paragraph) -> str:
    """Paragraph text, with simple fields (PAGE, NUMPAGES) shown as {PAGE}."""
    out = []
    for child in p._p.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "r":
            out.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif tag == "fldSimple":
            instr = child.get(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}instr", ""
            )
            out.append("{" + instr.strip().split()[0] + "}")
        elif tag == "hyperlink":
            out.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
    return "".join(out)


def _block_lines(doc: DocumentObject) -> list[str]:
    lines: list[str] = []
    body = doc.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p = Paragraph(child, doc)
            prefix = "# " if p.style is not None and p.style.name.startswith("Heading") else ""
            if p.style is not None and p.style.name == "List Number":
                prefix = "(n) "
            lines.append(prefix + _field_text(p))
        elif tag == "tbl":
            table = Table(child, doc)
            for row in table.rows:
                cells = [" / ".join(_field_text(p) for p in c.paragraphs) for c in row.cells]
                lines.append("| " + " | ".join(cells) + " |")
    return lines


def docx_text(source: bytes | Path | str, *, headers: bool = True) -> str:
    """The document as text: one line per paragraph or table row; '(n) ' marks numbered
    paragraphs, '# ' headings; headers and footers follow under '--- header/footer ---'."""
    doc = _open(source)
    lines = _block_lines(doc)
    if headers:
        for i, section in enumerate(doc.sections):
            lines.append(f"--- header {i + 1} ---")
            lines += [_field_text(p) for p in section.header.paragraphs]
            lines.append(f"--- footer {i + 1} ---")
            lines += [_field_text(p) for p in section.footer.paragraphs]
    return "\n".join(lines) + "\n"


def highlighted_runs(source: bytes | Path | str, color: str = "yellow") -> list[str]:
    """Texts of the runs highlighted ``color`` in the body (yellow: the MISSING placeholders;
    cyan: prompts for the client's own account)."""
    doc = _open(source)
    out = []
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for r in doc.element.body.iter(f"{ns}r"):
        hl = r.find(f"{ns}rPr/{ns}highlight")
        if hl is not None and hl.get(f"{ns}val") == color:
            out.append("".join(t.text or "" for t in r.iter(f"{ns}t")))
    return out
