"""Bad input never costs anything else: each case is a typed ExhibitUnreadable naming the
exhibit and the reason. Also the good paths: images on letter pages, encrypted PDFs with an
empty or a known password, slightly damaged PDFs repaired."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfWriter

import packets.exhibits as exhibits
from packets.errors import ConverterUnavailable, ExhibitPasswordRequired, ExhibitUnreadable
from packets.exhibits import load_source
from tests.packets.pdfkit import encrypt, make_pdf


def _image(fmt: str, size: tuple[int, int], mode: str = "RGB") -> bytes:
    color = {"RGBA": (200, 30, 30, 128), "L": 90}.get(mode, (200, 30, 30))
    img = Image.new(mode, size, color)  # type: ignore[arg-type]
    buf = io.BytesIO()
    img.save(buf, fmt)
    return buf.getvalue()


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ExhibitUnreadable) as info:
        load_source(tmp_path / "nope.pdf", "Exhibit D — Pay stubs")
    err = info.value
    assert err.exhibit == "Exhibit D — Pay stubs"
    assert "does not exist" in err.reason
    assert "nope.pdf" in str(err) and "Exhibit D — Pay stubs" in str(err)


def test_empty_file_and_folder(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(ExhibitUnreadable, match="empty"):
        load_source(empty, "Exhibit A")
    with pytest.raises(ExhibitUnreadable, match="folder"):
        load_source(tmp_path, "Exhibit A")


def test_unsupported_type(tmp_path: Path) -> None:
    txt = tmp_path / "notes.txt"
    txt.write_text("hello")
    with pytest.raises(ExhibitUnreadable, match="not a supported file type"):
        load_source(txt, "Exhibit E")


def test_corrupt_pdf() -> None:
    with pytest.raises(ExhibitUnreadable) as info:
        load_source(b"%PDF-1.7\n" + bytes(range(256)) * 20, "Exhibit F — Lease")
    assert "damaged" in info.value.reason


def test_zero_page_pdf() -> None:
    buf = io.BytesIO()
    PdfWriter().write(buf)
    with pytest.raises(ExhibitUnreadable, match="no pages"):
        load_source(buf.getvalue(), "Exhibit G")


def test_slightly_broken_pdf_is_repaired() -> None:
    good = make_pdf(3, "Medical record")
    # break the cross-reference table: wrong startxref offset and a damaged xref keyword
    broken = good.replace(b"startxref", b"startxref\n999999\n%", 1).replace(b"xref\n0", b"xrof\n0")
    loaded = load_source(broken, "Exhibit H")
    assert loaded.page_count == 3
    assert "Medical record page 2" in loaded.reader.pages[1].extract_text()


def test_encrypted_with_empty_user_password_opens() -> None:
    loaded = load_source(encrypt(make_pdf(2, "Bank letter"), ""), "Exhibit I")
    assert loaded.page_count == 2
    assert "Bank letter page 1" in loaded.reader.pages[0].extract_text()


def test_encrypted_with_password_asks_for_it() -> None:
    locked = encrypt(make_pdf(1, "Court record"), "s3cret")
    with pytest.raises(ExhibitPasswordRequired) as info:
        load_source(locked, "Exhibit J — Court record")
    assert "password" in info.value.reason and "Exhibit J" in str(info.value)
    with pytest.raises(ExhibitPasswordRequired, match="does not open"):
        load_source(locked, "Exhibit J — Court record", password="wrong")
    loaded = load_source(locked, "Exhibit J — Court record", password="s3cret")
    assert "Court record page 1" in loaded.reader.pages[0].extract_text()


@pytest.mark.parametrize(("fmt", "mode"), [("JPEG", "RGB"), ("PNG", "RGBA"), ("PNG", "L")])
def test_images_become_one_letter_page(fmt: str, mode: str) -> None:
    data = _image(fmt, (1200, 800), mode)
    loaded = load_source(data, "Exhibit K — Photo")
    assert loaded.kind == "image" and loaded.page_count == 1
    page = loaded.reader.pages[0]
    assert [round(float(v)) for v in page.mediabox] == [0, 0, 612, 792]
    images = list(page.images)
    assert len(images) == 1 and images[0].image is not None
    assert images[0].image.size == (1200, 800)


def test_large_image_is_downscaled_with_a_note() -> None:
    loaded = load_source(_image("PNG", (3000, 4000)), "Exhibit L — Scan")
    (image,) = loaded.reader.pages[0].images
    assert image.image is not None
    width, height = image.image.size
    assert width * height <= exhibits.DOWNSCALE_PIXELS and max(width, height) == 3300
    assert any("reduced" in n for n in loaded.warnings)


def test_huge_image_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exhibits, "MAX_IMAGE_PIXELS", 1_000_000)
    with pytest.raises(ExhibitUnreadable, match="too large"):
        load_source(_image("PNG", (1500, 1000)), "Exhibit M")


def test_truncated_image() -> None:
    data = _image("JPEG", (800, 600))
    with pytest.raises(ExhibitUnreadable, match=r"truncated|cannot be decoded"):
        load_source(data[: len(data) // 3], "Exhibit N — Photo")


def test_docx_without_converter_is_a_clear_typed_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docx = tmp_path / "letter.docx"
    docx.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    import templates.convert

    monkeypatch.setattr(templates.convert, "find_soffice", lambda: None)  # no LibreOffice
    with pytest.raises(ConverterUnavailable) as info:
        load_source(docx, "Exhibit O — Support letter")
    assert "LibreOffice" in str(info.value) and "Exhibit O" in str(info.value)


def test_docx_goes_through_the_converter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docx = tmp_path / "letter.docx"
    docx.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    import templates.convert

    seen: list[bytes] = []

    def docx_to_pdf(data: bytes) -> bytes:
        seen.append(data)
        return make_pdf(2, "Converted letter")

    monkeypatch.setattr(templates.convert, "docx_to_pdf", docx_to_pdf)
    loaded = load_source(docx, "Exhibit P")
    assert seen == [docx.read_bytes()]
    assert loaded.kind == "docx" and loaded.page_count == 2


def test_truncated_pdf_is_repaired_by_qpdf_with_a_warning() -> None:
    good = make_pdf(3, "Pay stub")
    loaded = load_source(good[:-200], "Exhibit Q")  # lost its trailer: pypdf gives up
    assert loaded.repaired and loaded.page_count == 3
    assert any("repaired" in n and "Exhibit Q" in n for n in loaded.warnings)


def test_exhibit_with_fillable_fields_is_flattened() -> None:
    from tests.packets.pdfkit import make_form

    loaded = load_source(make_form({"Name": "Fictional Person"}), "Exhibit R — Completed form")
    assert not loaded.reader.get_fields()
    assert "Fictional Person" in loaded.reader.pages[0].extract_text()
    assert any("flattened" in n for n in loaded.warnings)


def test_docx_exhibit_converted_by_libreoffice(tmp_path: Path) -> None:
    """The real converter (templates.convert, LibreOffice headless)."""
    import docx

    document = docx.Document()
    document.add_paragraph("Letter of support from the Example Shelter (fictional).")
    path = tmp_path / "support.docx"
    document.save(str(path))
    loaded = load_source(path, "Exhibit S — Support letter")
    assert loaded.kind == "docx" and loaded.page_count == 1
    assert "Example Shelter" in loaded.reader.pages[0].extract_text()
