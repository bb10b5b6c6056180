"""Fuzzing exhibits: damaged, random or password-protected PDFs and images. ``load_source``
either opens the file (the damage was harmless, or qpdf repaired it) or raises
``ExhibitUnreadable`` naming the exhibit and the file; never another exception.

100 cases (hypothesis, derandomized): truncations, bit flips, zeroed runs, random bytes named
.pdf/.png/.jpg, and PDFs encrypted with AES-256 (pypdf's ``writer.encrypt``) whose password
the app does not have (empty, or a wrong one given).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

from packets import ExhibitPasswordRequired, ExhibitUnreadable, load_source
from tests.reliability.scale import FUZZ_EXHIBITS, fuzz_settings

NAME = "Exhibit C — Police report (fictional)"
KINDS = ("truncate", "flip", "zeroed", "random", "encrypted", "encrypted_wrong", "enc_damaged")


def _pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER)
    for n in range(2):
        c.drawString(72, 700, f"Fictional police report, page {n + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def _image(fmt: str) -> bytes:
    img = Image.new("RGB", (64, 48), "white")
    for x in range(64):
        img.putpixel((x, x % 48), (x * 4, 0, 120))
    buf = io.BytesIO()
    img.save(buf, fmt)
    return buf.getvalue()


def _encrypted(password: str) -> bytes:
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(_pdf())).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="AES-256")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def originals() -> dict[str, bytes]:
    return {".pdf": _pdf(), ".png": _image("PNG"), ".jpg": _image("JPEG")}


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-exhibits")


OUTCOMES: dict[str, int] = {"run": 0, "loaded": 0, "unreadable": 0}
BY_KIND: dict[str, int] = {}


@fuzz_settings(FUZZ_EXHIBITS)
@given(kind=st.sampled_from(KINDS), ext=st.sampled_from([".pdf", ".png", ".jpg"]), data=st.data())
def test_bad_exhibits_are_typed(
    originals: dict[str, bytes], workdir: Path, kind: str, ext: str, data: st.DataObject
) -> None:
    password: str | None = None
    if kind.startswith("enc"):
        ext = ".pdf"
        secret = data.draw(st.text(min_size=1, max_size=12))
        raw = _encrypted(secret)
        if kind == "encrypted_wrong":
            password = secret + "x"
        if kind == "enc_damaged":
            at = data.draw(st.integers(0, len(raw) - 1))
            raw = raw[:at] + bytes([raw[at] ^ 0x5A]) + raw[at + 1 :]
    elif kind == "random":
        raw = data.draw(st.binary(min_size=1, max_size=4096))
    else:
        good = originals[ext]
        n = len(good)
        if kind == "truncate":
            raw = good[: data.draw(st.integers(1, n - 1))]
        elif kind == "flip":
            bad = bytearray(good)
            for at in data.draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=8)):
                bad[at] ^= 1 << data.draw(st.integers(0, 7))
            raw = bytes(bad)
        else:
            start = data.draw(st.integers(0, n - 1))
            end = min(n, start + data.draw(st.integers(1, 256)))
            raw = good[:start] + bytes(end - start) + good[end:]
    path = workdir / f"exhibit-{kind}{ext}"
    path.write_bytes(raw)
    OUTCOMES["run"] += 1
    BY_KIND[kind] = BY_KIND.get(kind, 0) + 1
    try:
        loaded = load_source(path, NAME, password=password)
    except ExhibitUnreadable as exc:
        assert NAME in str(exc) and str(path) in str(exc), str(exc)
        assert exc.path == path
        if kind in ("encrypted", "encrypted_wrong"):
            assert isinstance(exc, ExhibitPasswordRequired)
        OUTCOMES["unreadable"] += 1
    else:
        assert kind not in ("encrypted", "encrypted_wrong"), "opened without its password"
        assert loaded.page_count >= 1
        OUTCOMES["loaded"] += 1


def test_fuzz_exhibits_summary(summary_line: Any) -> None:
    assert OUTCOMES["run"] >= FUZZ_EXHIBITS * 9 // 10, OUTCOMES
    assert set(BY_KIND) == set(KINDS), BY_KIND
    assert OUTCOMES["unreadable"] > 0
    handled = OUTCOMES["loaded"] + OUTCOMES["unreadable"]
    summary_line(
        f"fuzz exhibits {handled}/{OUTCOMES['run']} handled ({OUTCOMES['unreadable']} "
        f"ExhibitUnreadable naming the file, {OUTCOMES['loaded']} harmless, opened)"
    )
