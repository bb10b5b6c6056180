"""Packet assembly: cover, real TOC page numbers, tabs, bookmarks, Bates, flattening,
fillable copies, manifest, atomic write and cancel. Fictional content only."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from packets.assemble import PacketPart, assemble, lay_out
from packets.errors import Cancelled, ExhibitUnreadable, PacketError
from packets.ops import CancelToken
from packets.render import CoverInfo
from tests.packets.pdfkit import (
    bates_on,
    make_form,
    make_pdf,
    outline_titles,
    page_texts,
    qpdf_check,
)

A4 = (595.27, 841.89)
LANDSCAPE = (792.0, 612.0)
COVER = CoverInfo(
    client_name="Lucía Ejemplo Vargas",
    relief_title="Application for T Nonimmigrant Status",
    date=dt.date(2026, 11, 29),
    a_number="A099999001",
)
FORM_VALUES = {"FamilyName": "Ejemplo Vargas", "GivenName": "Lucía", "ANumber": "099999001"}


def _parts(tmp_path: Path) -> list[PacketPart]:
    exhibit_file = tmp_path / "police-report.pdf"
    exhibit_file.write_bytes(make_pdf(3, "Police report", LANDSCAPE))
    return [
        PacketPart("Cover letter", "draft", make_pdf(2, "Cover letter")),
        PacketPart("Form Z-1", "form", make_form(FORM_VALUES)),
        PacketPart("Declaration of Lucía Ejemplo Vargas", "draft", make_pdf(4, "Declaration")),
        PacketPart("Exhibit index", "index"),
        PacketPart(
            "Birth certificate",
            "exhibit",
            make_pdf(2, "Birth certificate", A4),
            exhibit_label="A",
            exhibit_description="Birth certificate, with certified translation",
        ),
        PacketPart(
            "Police report",
            "exhibit",
            exhibit_file,
            exhibit_label="B",
            exhibit_description="Police report",
        ),
        PacketPart(
            "Scan",
            "exhibit",
            make_pdf(1, "Rotated scan", rotate=90),
            exhibit_label="C",
            exhibit_description="Letter from the shelter (scanned sideways)",
        ),
    ]


@pytest.fixture
def built(tmp_path: Path):  # type: ignore[no-untyped-def]
    out = tmp_path / "packet.pdf"
    result = assemble(_parts(tmp_path), out, cover=COVER, bates_prefix="RD")
    return result, out


# expected layout: cover 1, toc 1, letter 2, form 1, decl 4, index 1, tabA 1 + 2, tabB 1 + 3,
# tabC 1 + 1
EXPECTED_PAGES = 1 + 1 + 2 + 1 + 4 + 1 + 3 + 4 + 2


def test_lay_out_lists_what_assemble_builds(tmp_path: Path) -> None:
    """The cover letter's page ranges come from ``lay_out`` (no page copied, no file written):
    its entries are the assembled packet's, part for part."""
    parts = _parts(tmp_path)
    entries = lay_out(parts, cover=COVER, bates_prefix="RD")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["police-report.pdf"]
    assert entries[-1].last_page == EXPECTED_PAGES
    result = assemble(parts, tmp_path / "packet.pdf", cover=COVER, bates_prefix="RD")
    assert entries == result.entries


def test_page_count_and_letter_pages(built) -> None:  # type: ignore[no-untyped-def]
    result, out = built
    reader = PdfReader(str(out))
    assert result.page_count == EXPECTED_PAGES == len(reader.pages)
    for page in reader.pages:
        assert [round(float(v)) for v in page.mediabox] == [0, 0, 612, 792]
        assert int(page.get("/Rotate", 0)) == 0
    assert any("scaled to fit letter" in w and "Exhibit A" in w for w in result.warnings)
    assert any("Exhibit C" in w for w in result.warnings)


def test_qpdf_check_passes(built) -> None:  # type: ignore[no-untyped-def]
    _result, out = built
    check = qpdf_check(out)
    assert check.returncode == 0, check.stdout + check.stderr


def test_bates_numbers_consecutive_on_every_page(built) -> None:  # type: ignore[no-untyped-def]
    result, out = built
    pages = page_texts(out)
    assert len(pages) == result.page_count
    for i, text in enumerate(pages, start=1):
        assert bates_on(text, "RD")[-1:] == [f"RD-{i:06d}"], f"page {i}: {text[-200:]!r}"
    assert (result.bates_first, result.bates_last) == ("RD-000001", f"RD-{EXPECTED_PAGES:06d}")


def test_cover_sheet_content(built) -> None:  # type: ignore[no-untyped-def]
    _result, out = built
    cover = page_texts(out)[0]
    for expected in (
        "Application for T Nonimmigrant Status",
        "Lucía Ejemplo Vargas",
        "A099999001",
        "November 29, 2026",
        "Prepared by",
    ):
        assert expected in cover


def _toc_rows(text: str) -> list[tuple[str, int]]:
    rows = []
    for line in text.splitlines():
        m = re.match(r"\s*(.+?)\s{2,}(\d+)\s+RD-\d{6}", line)
        if m:
            rows.append((m.group(1).strip(), int(m.group(2))))
    return rows


def test_toc_page_numbers_match_real_pages(built) -> None:  # type: ignore[no-untyped-def]
    _result, out = built
    pages = page_texts(out)
    rows = _toc_rows(pages[1])
    titles = [t for t, _ in rows]
    assert titles[:4] == [
        "Cover letter",
        "Form Z-1",
        "Declaration of Lucía Ejemplo Vargas",
        "Exhibit index",
    ]
    expect_on_page = {
        "Cover letter": "Cover letter page 1",
        "Form Z-1": "Fictional Form Z-1",
        "Declaration of Lucía Ejemplo Vargas": "Declaration page 1",
        "Exhibit index": "Exhibit Index",
        "Exhibit A — Birth certificate": "Exhibit A",
        "Exhibit B — Police report": "Exhibit B",
        "Exhibit C — Letter from the shelter": "Exhibit C",
    }
    assert len(rows) == len(expect_on_page)
    for title, page in rows:
        key = next(k for k in expect_on_page if title.startswith(k))
        assert expect_on_page[key] in pages[page - 1], (title, page)
        assert f"RD-{page:06d}" in pages[page - 1]
    # the page after each tab is the exhibit's own first page
    for title, page in rows:
        if title.startswith("Exhibit B"):
            assert "Police report page 1" in pages[page]


def test_bookmarks_per_document_and_exhibit(built) -> None:  # type: ignore[no-untyped-def]
    _result, out = built
    marks = outline_titles(out)
    top = [(t, p) for d, t, p in marks if d == 0]
    children = [(t, p) for d, t, p in marks if d == 1]
    assert [t for t, _ in top] == [
        "Cover sheet",
        "Table of contents",
        "Cover letter",
        "Form Z-1",
        "Declaration of Lucía Ejemplo Vargas",
        "Exhibit index",
        "Exhibits",
    ]
    assert [t for t, _ in children] == [
        "Exhibit A — Birth certificate, with certified translation",
        "Exhibit B — Police report",
        "Exhibit C — Letter from the shelter (scanned sideways)",
    ]
    pages = page_texts(out)
    for title, index in children:
        assert f"Exhibit {title.split()[1]}" in pages[index]
    assert dict(top)["Form Z-1"] == 4  # 0-based: cover, toc, 2 letter pages


def test_form_flattened_in_packet_fillable_copy_keeps_values(built) -> None:  # type: ignore[no-untyped-def]
    result, out = built
    reader = PdfReader(str(out))
    assert "/AcroForm" not in reader.trailer["/Root"]
    assert not reader.get_fields()
    form_page = page_texts(out)[4]
    assert "Ejemplo Vargas" in form_page and "099999001" in form_page
    assert len(result.fillable_copies) == 1
    copy = result.fillable_copies[0]
    assert copy.parent == out.with_name("packet-fillable")
    fields = PdfReader(str(copy)).get_fields() or {}
    assert {k: v.get("/V") for k, v in fields.items()} == FORM_VALUES


def test_manifest_ranges_and_hashes(built, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result, out = built
    manifest = json.loads(result.manifest_path.read_text(encoding="utf-8"))
    assert manifest == result.manifest
    assert manifest["page_count"] == EXPECTED_PAGES
    assert manifest["packet_sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    docs = manifest["documents"]
    # ranges tile the packet exactly
    assert docs[0]["first_page"] == 1 and docs[-1]["last_page"] == EXPECTED_PAGES
    for a, b in itertools.pairwise(docs):
        assert b["first_page"] == a["last_page"] + 1
    police = next(d for d in docs if d["kind"] == "exhibit" and d["exhibit_label"] == "B")
    expected_sha = hashlib.sha256((tmp_path / "police-report.pdf").read_bytes()).hexdigest()
    assert police["sha256"] == expected_sha and police["source"] == "police-report.pdf"
    assert (police["first_page"], police["last_page"]) == (15, 17)
    assert (police["bates_first"], police["bates_last"]) == ("RD-000015", "RD-000017")
    form = next(d for d in docs if d["kind"] == "form")
    assert form["fillable_copy"] == "form-z-1.pdf"


def test_exhibit_index_lists_bates_ranges(built) -> None:  # type: ignore[no-untyped-def]
    _result, out = built
    index_page = page_texts(out)[9]
    assert "Exhibit Index" in index_page
    assert re.search(r"Exhibit B — Police report\s+3\s+RD-000015–RD-000017", index_page)


def test_long_toc_spills_onto_more_pages_and_numbers_stay_true(tmp_path: Path) -> None:
    parts = [
        PacketPart(
            f"Exhibit item {i}",
            "exhibit",
            make_pdf(1 + i % 3, f"Item {i}"),
            exhibit_label=f"X{i}",
            exhibit_description=f"Fictional record number {i}",
        )
        for i in range(70)
    ]
    out = tmp_path / "long.pdf"
    result = assemble(parts, out, cover=COVER, bates_prefix="LONG")
    toc = next(e for e in result.entries if e.kind == "toc")
    assert toc.pages >= 2
    pages = page_texts(out)
    assert len(pages) == result.page_count
    seen = 0
    for text in pages[toc.first_page - 1 : toc.last_page]:
        for line in text.splitlines():
            m = re.match(r"\s*Exhibit (X\d+) — .+?\s{2,}(\d+)\s+LONG-\d{6}", line)
            if m:
                seen += 1
                assert f"Exhibit {m.group(1)}" in pages[int(m.group(2)) - 1]
    assert seen == 70
    for i, text in enumerate(pages, start=1):
        assert bates_on(text, "LONG")[-1] == f"LONG-{i:06d}"


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("cancel_at", [1, 4, 9, 14])
def test_cancel_midway_leaves_nothing(tmp_path: Path, cancel_at: int) -> None:
    parts = _parts(tmp_path)
    before = _leftovers(tmp_path)
    token = CancelToken()
    calls: list[str] = []

    def progress(done: int, total: int, message: str) -> None:
        calls.append(message)
        assert 0 <= done <= total
        if len(calls) == cancel_at:
            token.cancel()

    with pytest.raises(Cancelled):
        assemble(parts, tmp_path / "packet.pdf", cover=COVER, progress=progress, cancel=token)
    assert _leftovers(tmp_path) == before
    assert len(calls) == cancel_at


def test_cancel_at_the_last_moment_leaves_nothing(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Cancel after the temp files are written but before they are renamed."""
    import packets.assemble as mod

    token = CancelToken()
    real = mod._write_bytes_sync
    writes = []

    def spy(path: Path, data: bytes) -> None:
        real(path, data)
        writes.append(path)
        token.cancel()

    monkeypatch.setattr(mod, "_write_bytes_sync", spy)
    parts = _parts(tmp_path)
    before = _leftovers(tmp_path)
    with pytest.raises(Cancelled):
        assemble(parts, tmp_path / "packet.pdf", cover=COVER, cancel=token)
    assert writes  # the temp files really existed
    assert _leftovers(tmp_path) == before


def test_bad_exhibit_fails_cleanly_and_names_it(tmp_path: Path) -> None:
    parts = _parts(tmp_path)
    parts.append(
        PacketPart(
            "Pay stubs",
            "exhibit",
            tmp_path / "missing.pdf",
            exhibit_label="D",
            exhibit_description="Pay stubs",
        )
    )
    before = _leftovers(tmp_path)
    with pytest.raises(ExhibitUnreadable) as info:
        assemble(parts, tmp_path / "packet.pdf", cover=COVER)
    assert "Exhibit D — Pay stubs" in str(info.value)
    assert "does not exist" in str(info.value)
    assert _leftovers(tmp_path) == before


def test_existing_packet_survives_a_failed_rebuild(tmp_path: Path) -> None:
    out = tmp_path / "packet.pdf"
    assemble(_parts(tmp_path), out, cover=COVER)
    original = out.read_bytes()
    bad = [PacketPart("Broken", "exhibit", b"%PDF-1.4 garbage", exhibit_label="A")]
    with pytest.raises(ExhibitUnreadable):
        assemble(bad, out, cover=COVER)
    assert out.read_bytes() == original


def test_duplicate_exhibit_labels_refused(tmp_path: Path) -> None:
    parts = [
        PacketPart("One", "exhibit", make_pdf(1, "One"), exhibit_label="A"),
        PacketPart("Two", "exhibit", make_pdf(1, "Two"), exhibit_label="A"),
    ]
    with pytest.raises(PacketError, match="used twice"):
        assemble(parts, tmp_path / "p.pdf", cover=COVER)


def test_bates_prefix_validated_and_configurable(tmp_path: Path) -> None:
    with pytest.raises(PacketError, match="Bates prefix"):
        assemble([], tmp_path / "p.pdf", cover=COVER, bates_prefix="bad prefix!")
    result = assemble(
        [PacketPart("Letter", "draft", make_pdf(1, "Letter"))],
        tmp_path / "p.pdf",
        cover=COVER,
        bates_prefix="LEV",
        bates_start=41,
    )
    texts = page_texts(result.path)
    assert [bates_on(t, "LEV")[-1] for t in texts] == ["LEV-000041", "LEV-000042", "LEV-000043"]


def test_non_latin_names_render(tmp_path: Path) -> None:
    cover = CoverInfo("Đặng Thị Hoa", "Application for T Nonimmigrant Status", dt.date(2026, 1, 5))
    result = assemble(
        [PacketPart("Tuyên bố của Đặng Thị Hoa", "draft", make_pdf(1, "Declaration"))],
        tmp_path / "p.pdf",
        cover=cover,
    )
    texts = page_texts(result.path)
    assert "Đặng Thị Hoa" in texts[0]
    assert "Tuyên bố của Đặng Thị Hoa" in texts[1]


def test_image_exhibit_and_explicit_toc_position(tmp_path: Path) -> None:
    import io as _io

    from PIL import Image

    photo = tmp_path / "photo.jpg"
    buf = _io.BytesIO()
    Image.new("RGB", (1600, 1200), (40, 90, 160)).save(buf, "JPEG")
    photo.write_bytes(buf.getvalue())
    parts = [
        PacketPart("Cover sheet", "cover"),
        PacketPart("Cover letter", "draft", make_pdf(2, "Cover letter")),
        PacketPart("Table of contents", "toc"),  # the caller may place the TOC after a letter
        PacketPart("Photo", "exhibit", photo, exhibit_label="A",
                   exhibit_description="Photograph of the workplace"),
    ]  # fmt: skip
    out = tmp_path / "p.pdf"
    result = assemble(parts, out, cover=COVER)
    kinds = [(e.kind, e.first_page, e.last_page) for e in result.entries]
    assert kinds == [
        ("cover", 1, 1), ("draft", 2, 3), ("toc", 4, 4), ("tab", 5, 5), ("exhibit", 6, 6),
    ]  # fmt: skip
    pages = page_texts(out)
    assert "Table of Contents" in pages[3]
    assert re.search(r"Cover letter\s+2\s+RD-000002–RD-000003", pages[3])
    assert re.search(r"Exhibit A — Photograph of the workplace\s+5\s+RD-000005–RD-000006", pages[3])
    photo_page = PdfReader(str(out)).pages[5]
    assert len(list(photo_page.images)) == 1
    assert bates_on(pages[5], "RD") == ["RD-000006"]
    assert result.manifest["documents"][4]["source_kind"] == "image"


def test_rebuild_removes_stale_fillable_copies_only(tmp_path: Path) -> None:
    out = tmp_path / "packet.pdf"
    first = assemble(
        [
            PacketPart("Form Z-1", "form", make_form(FORM_VALUES)),
            PacketPart("Form Z-2", "form", make_form({"Other": "x"}, title="Form Z-2")),
        ],
        out,
        cover=COVER,
    )
    folder = out.with_name("packet-fillable")
    assert sorted(p.name for p in first.fillable_copies) == ["form-z-1.pdf", "form-z-2.pdf"]
    (folder / "attorney-notes.pdf").write_bytes(make_pdf(1, "not ours"))
    assemble([PacketPart("Form Z-1", "form", make_form(FORM_VALUES))], out, cover=COVER)
    assert sorted(p.name for p in folder.iterdir()) == ["attorney-notes.pdf", "form-z-1.pdf"]


def test_the_collector_is_paused_during_a_build_and_restored_after(tmp_path: Path) -> None:
    # issue 20: pausing the cyclic collector keeps growth linear; it always comes back
    import gc

    from packets import assemble as asm

    seen: list[bool] = []
    real = asm._Build.copy_pages

    def spy(self: asm._Build) -> None:
        seen.append(gc.isenabled())
        real(self)

    asm._Build.copy_pages = spy  # type: ignore[method-assign]
    try:
        assert gc.isenabled()
        with asm._gc_paused():  # another build still running keeps it off
            assemble(_parts(tmp_path), tmp_path / "a.pdf", cover=COVER)
            assert not gc.isenabled()
        assert gc.isenabled() and seen == [False]
        bad = PacketPart("Bad", "exhibit", b"not a pdf", exhibit_label="A", exhibit_description="x")
        with pytest.raises(ExhibitUnreadable):
            assemble([bad], tmp_path / "b.pdf", cover=COVER)
        assert gc.isenabled()
    finally:
        asm._Build.copy_pages = real  # type: ignore[method-assign]
