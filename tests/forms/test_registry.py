"""Registry, edition check, blank detection and the user forms folder, on the real PDFs."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from forms import (
    FormEditionMismatch,
    FormNotRecognised,
    add_official_form,
    find_pdf,
    forms_for_relief,
    get_form,
    identify_pdf,
    pdf_state,
)
from forms.registry import sha256_of

CURRENT = {
    "i-589.pdf": ("I-589", "01/20/25"),
    "i-765.pdf": ("I-765", "08/21/25"),
    "i-912.pdf": ("I-912", "07/22/25"),
}
G28 = "g-28_obsolete-ed-05-05-16.pdf"


@pytest.mark.parametrize("name", sorted(CURRENT))
def test_current_editions_identified_by_barcode(shared_forms: Path, name: str) -> None:
    ident = identify_pdf(shared_forms / name)
    assert (ident.barcode_id, ident.edition) == CURRENT[name]
    assert ident.method == "barcode"
    assert ident.form is not None and ident.form.barcode_id == CURRENT[name][0]


def test_bundled_copies_are_the_shared_originals(shared_forms: Path) -> None:
    for name, (number, edition) in CURRENT.items():
        form = get_form(number)
        ed = form.edition(edition)
        bundled = find_pdf(form.id, forms_dir=Path("/nonexistent"))
        assert sha256_of(bundled) == sha256_of(shared_forms / name) == ed.sha256


def test_obsolete_g28_identified_by_footer_and_refused(shared_forms: Path, tmp_path: Path) -> None:
    ident = identify_pdf(shared_forms / G28)
    assert (ident.barcode_id, ident.edition, ident.method) == ("G-28", "05/05/16", "footer")
    with pytest.raises(FormEditionMismatch) as err:
        add_official_form(shared_forms / G28, forms_dir=tmp_path)
    assert err.value.found == "05/05/16"
    # The current edition (09/17/18) has a bundled map now: the message names both editions.
    assert "05/05/16" in str(err.value) and "09/17/18" in str(err.value)
    assert err.value.supported == ("09/17/18",)
    assert list(tmp_path.iterdir()) == []  # nothing stored


@pytest.mark.parametrize("name", [*sorted(CURRENT), G28])
def test_originals_are_blank(shared_forms: Path, name: str) -> None:
    # Barcode values, /DV defaults (I-912 'Self') and off-states like /0 (I-589) are not data.
    assert pdf_state(shared_forms / name) == "blank"


def test_add_official_form_copies_and_warns_on_passed_expiry(
    shared_forms: Path, tmp_path: Path
) -> None:
    added = add_official_form(
        shared_forms / "i-912.pdf", forms_dir=tmp_path, today=dt.date(2026, 11, 29)
    )
    assert added.form.id == "i-912" and added.edition == "07/22/25"
    assert added.state == "blank" and added.warnings == []
    assert (
        added.path.parent == tmp_path
        and added.path.read_bytes() == (shared_forms / "i-912.pdf").read_bytes()
    )
    assert find_pdf("i-912", forms_dir=tmp_path) == added.path
    later = add_official_form(
        shared_forms / "i-912.pdf", forms_dir=tmp_path, today=dt.date(2027, 4, 1)
    )
    assert any("03/31/2027" in w and "passed" in w for w in later.warnings)


def test_a_renamed_non_pdf_is_not_recognised(tmp_path: Path) -> None:
    bogus = tmp_path / "i-765.pdf"
    bogus.write_text("not a pdf")
    with pytest.raises(FormNotRecognised):
        add_official_form(bogus, forms_dir=tmp_path / "forms")


def test_edition_mismatch_names_found_and_supported(shared_forms: Path, tmp_path: Path) -> None:
    # An I-765 whose barcode says a superseded edition is refused with both editions named.
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    r = PdfReader(shared_forms / "i-765.pdf")
    r.decrypt("")
    w = PdfWriter(clone_from=r)
    for page in w.pages:
        for ref in page.get("/Annots", []):
            a = ref.get_object()
            if str(a.get("/T", "")).startswith("PDF417BarCode1"):
                old = str(a["/V"])
                a[NameObject("/V")] = TextStringObject(old.replace("08/21/25", "01/20/25"))
    path = tmp_path / "old-i-765.pdf"
    w.write(path)
    with pytest.raises(FormEditionMismatch) as err:
        add_official_form(path, forms_dir=tmp_path / "forms")
    assert "01/20/25" in str(err.value) and "08/21/25" in str(err.value)


def test_forms_for_relief() -> None:
    t = {(n.form.id, n.role) for n in forms_for_relief("t_visa")}
    assert {
        ("i-914", "principal"),
        ("i-914a", "derivative"),
        ("i-765", "principal"),
        ("i-914b", "law_enforcement"),
    } <= t
    u = {n.form.id: n for n in forms_for_relief("u_visa")}
    assert u["i-918"].fillable and u["i-918a"].fillable and not u["i-918b"].fillable
    assert {n.form.id for n in forms_for_relief("asylum_psg")} >= {"i-589", "i-765"}
    assert forms_for_relief("vacatur") == []


def test_user_copy_is_preferred_over_bundled(shared_forms: Path, tmp_path: Path) -> None:
    shutil.copyfile(shared_forms / "i-589.pdf", tmp_path / "src.pdf")
    added = add_official_form(tmp_path / "src.pdf", forms_dir=tmp_path / "forms")
    assert find_pdf("i-589", forms_dir=tmp_path / "forms") == added.path
