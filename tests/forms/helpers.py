"""Reading filled PDFs back for the forms tests."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from casefile.models import AnswerStatus
from casefile.profile import Profile


def qualified(annot: Any) -> str:
    parts: list[str] = []
    node = annot
    while node is not None:
        if "/T" in node:
            parts.append(str(node["/T"]))
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return ".".join(reversed(parts))


def widget_states(pdf: bytes) -> dict[str, str]:
    """Full field name -> widget /AS for every check box widget."""
    out: dict[str, str] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page.get("/Annots", []) or []:
            a = ref.get_object()
            if "/AS" in a:
                out[qualified(a)] = str(a["/AS"])
    return out


def values(pdf: bytes) -> dict[str, Any]:
    fields = PdfReader(io.BytesIO(pdf)).get_fields() or {}
    return {k: f.get("/V") for k, f in fields.items()}


def assert_read_back(v: dict[str, Any], filled: dict[str, str]) -> None:
    """Every value a fill report says it wrote is the field's value read back from the PDF
    (check boxes compared without the leading '/')."""
    assert filled
    for name, text in filled.items():
        assert str(v[name]).lstrip("/") == text.lstrip("/"), name


def pdftotext(pdf: bytes, tmp: Path, first: int | None = None, last: int | None = None) -> str:
    path = tmp / "t.pdf"
    path.write_bytes(pdf)
    cmd = ["pdftotext", "-layout"]
    if first:
        cmd += ["-f", str(first)]
    if last:
        cmd += ["-l", str(last)]
    return subprocess.run([*cmd, str(path), "-"], check=True, capture_output=True, text=True).stdout


def qpdf_check(pdf: bytes, tmp: Path) -> str:
    path = tmp / "q.pdf"
    path.write_bytes(pdf)
    res = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
    return res.stdout


def fill_and_read_back(
    form_id: str,
    view: Any,
    pdf: Path,
    relief: str,
    derivative_row: int | None = None,
) -> tuple[Any, dict[str, Any], dict[str, str]]:
    """Fill ``pdf`` and prove every value written reads back with pypdf (and every ticked box
    shows its on-state); returns the fill result, the field values and the box states."""
    from forms import fill

    out = fill(form_id, view, pdf_path=pdf, relief=relief, derivative_row=derivative_row)
    read, states = values(out.pdf), widget_states(out.pdf)
    for name, value in out.values.items():
        assert str(read[name]) == value, name
        if value.startswith("/"):
            assert states[name] == value, name
    return out, read, states


def set_answered(p: Profile, fact: str, value: object) -> None:
    """Record ``value`` as the client's answer to ``fact``, as the interview would."""
    p.set_answer(fact, value, AnswerStatus.ANSWERED)
