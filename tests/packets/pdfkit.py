"""Helpers for packet tests: fictional PDFs, images and readers of the result."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def make_pdf(pages: int, title: str, size: tuple[float, float] = letter, rotate: int = 0) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size)
    for i in range(pages):
        c.setFont("Helvetica", 14)
        c.drawString(72, size[1] - 72, f"{title} page {i + 1}")
        c.showPage()
    c.save()
    data = buf.getvalue()
    if rotate:
        reader = PdfReader(io.BytesIO(data))
        writer = PdfWriter()
        for page in reader.pages:
            page.rotate(rotate)
            writer.add_page(page)
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
    return data


def make_form(values: dict[str, str], title: str = "Fictional Form Z-1") -> bytes:
    """A one-page fillable PDF (AcroForm text fields) already holding ``values``."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 740, title)
    y = 690
    for name, value in values.items():
        c.setFont("Helvetica", 11)
        c.drawString(72, y + 5, name)
        c.acroForm.textfield(name=name, value=value, x=240, y=y, width=250, height=20)
        y -= 40
    c.showPage()
    c.save()
    return buf.getvalue()


def encrypt(data: bytes, user_password: str, owner_password: str = "owner") -> bytes:
    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter(clone_from=reader)
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def page_texts(path: Path) -> list[str]:
    """Text of every page, through poppler's pdftotext (one call, split on form feeds)."""
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def bates_on(text: str, prefix: str) -> list[str]:
    return re.findall(rf"{re.escape(prefix)}-\d{{6}}", text)


def qpdf_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)


def outline_titles(path: Path) -> list[tuple[int, str, int]]:
    """(depth, title, 0-based page index) for every bookmark."""
    reader = PdfReader(str(path))
    found: list[tuple[int, str, int]] = []

    def walk(items: list, depth: int) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, str(item.title), reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return found
