"""Filling the real I-589, I-765 and I-912 for three fictional clients, read back with pypdf,
pdftotext and qpdf."""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from casefile.demo import demo_profile
from facts import FactView
from forms import (
    FieldMapError,
    FormEditionMismatch,
    FormNotAvailable,
    OnStateError,
    fill,
    flatten,
    pdf_state,
)
from forms.maps import FieldMap, load_map
from tests.forms.clients import family_client, unicode_client
from tests.forms.helpers import pdftotext, qpdf_check, values, widget_states

TODAY = dt.date(2026, 11, 29)
P589 = "form1[0].#subform[0]."


def view(profile=None) -> FactView:
    return FactView(profile or demo_profile(), today=TODAY)


@pytest.fixture(scope="module")
def demo589() -> bytes:
    return fill("i-589", view(), relief="asylum_psg").pdf


@pytest.fixture(scope="module")
def family589():
    return fill("i-589", view(family_client()), relief="asylum_psg")


def test_i589_demo_values_read_back(demo589: bytes, tmp_path: Path) -> None:
    v = values(demo589)
    assert v[P589 + "PtAILine4_LastName[0]"] == "Ejemplo Vargas"
    assert v[P589 + "PtAILine5_FirstName[0]"] == "Lucía"
    assert v[P589 + "PtAILine1_ANumber[0]"] == "099999001"
    assert v[P589 + "DateTimeField1[0]"] == "03/02/2004"
    assert v[P589 + "TextField1[4]"] == "Quetzaltenango, Guatemala"
    assert v[P589 + "PtAILine8_AreaCode[0]"] == "212"
    assert v[P589 + "PtAILine8_TelephoneNumber[0]"] == "555-0147"
    assert v[P589 + "PtAILine9_InCareOf[0]"] == "Example Legal Clinic"
    assert v[P589 + "TextField1[1]"] == "Lucy Vargas"
    assert v[P589 + "DateTimeField2[0]"] == "05/14/2021"  # entry 1
    states = widget_states(demo589)
    assert v[P589 + "PartALine9Sex[1]"] == "/F" and states[P589 + "PartALine9Sex[1]"] == "/F"
    assert states[P589 + "PartALine9Sex[0]"] == "/Off"
    assert v[P589 + "Marital[0]"] == "/S"
    assert v["form1[0].#subform[1].CheckBox5[0]"] == "/1"  # "I am not married"
    assert v["form1[0].#subform[9].ckboxync6[0]"] == "/Y"  # an arrest is on file
    assert v[P589 + "CheckBox3[2]"] in (None, "/Off")  # not in proceedings: A/C left to counsel
    # Parents and siblings (page 4) from the family rows.
    assert v["form1[0].#subform[4].TextField13[46]"] == "Marta Vargas Ejemplo"
    assert v["form1[0].#subform[4].TextField13[48]"] == "Tomás Ejemplo Vargas"
    assert v["form1[0].#subform[4].DateTimeField26[0]"] == "Present"
    # Header repeats on the supplements.
    assert v["form1[0].#subform[12].ApplicantName[0]"] == "Lucía Inés Ejemplo Vargas"
    # Signatures stay blank.
    assert not v.get("form1[0].#subform[10].TextField22[0]")
    text = pdftotext(demo589, tmp_path, 1, 1)
    assert "Ejemplo Vargas" in text and "099999001" in text and "03/02/2004" in text


def test_output_is_clean_pdf_without_xfa_and_with_barcodes(demo589: bytes, tmp_path: Path) -> None:
    qpdf_check(demo589, tmp_path)
    r = PdfReader(io.BytesIO(demo589))
    assert not r.is_encrypted
    root = r.trailer["/Root"]
    assert "/Perms" not in root and "/XFA" not in root["/AcroForm"]
    assert root["/AcroForm"].get("/NeedAppearances") in (None, False)
    v = values(demo589)
    assert v["form1[0].#pageSet[0].Page1[0].PDF417BarCode1[0]"] == "I-589|01/20/25|1"
    assert pdf_state(_write(demo589, tmp_path)) == "filled"


def _write(pdf: bytes, tmp: Path) -> Path:
    path = tmp / "out.pdf"
    path.write_bytes(pdf)
    return path


def test_i589_children_use_main_rows_then_supplement_a(family589) -> None:
    v = values(family589.pdf)
    states = widget_states(family589.pdf)
    assert v["form1[0].#subform[1].ChildFirst1[0]"] == "Ana"
    assert v["form1[0].#subform[1].CheckBox12_Sex[1]"] == "/2"  # child 1 female: on-state 2
    assert states["form1[0].#subform[1].CheckBox12_Sex[1]"] == "/2"
    assert v["form1[0].#subform[3].ChildFirst4[0]"] == "Pablo"
    assert v["form1[0].#subform[3].CheckBox46_Sex[0]"] == "/M"
    assert v["form1[0].#subform[3].PtAIILine13_Specify4[0]"] == "Tegucigalpa, Honduras"
    assert v["form1[0].#subform[12].TextField12[2]"] == "Elena"  # Supplement A, child 5
    assert v["form1[0].#subform[1].TotalChild[0]"] == "5"
    assert v["form1[0].#subform[1].ChildrenCheckbox[0]"] == "/N"  # "I have children"
    # A child abroad is not asked "include in this application"; a child here is.
    assert v["form1[0].#subform[1].PtAIILine21_Yes[0]"] == "/Y"
    assert "form1[0].#subform[3].PtAIILine21_No4[0]" not in family589.values
    # Spouse from the family rows, 8-digit A-number padded.
    assert v["form1[0].#subform[1].NotMarried[0].PtAIILine6_FirstName[0]"] == "Carlos"
    assert v[P589 + "PtAILine1_ANumber[0]"] == "012345678"
    # The spouse's 10-digit "A-number" is not silently cut: it is left blank with a warning.
    assert any("A-number" in w and "0987654321" in w for w in family589.warnings)


def test_i765_relief_category_and_on_states() -> None:
    out = fill("i-765", view(), relief="t_visa")
    v = values(out.pdf)
    assert v["form1[0].Page3[0].#area[1].section_1[0]"] == "c"
    assert v["form1[0].Page3[0].#area[1].section_2[0]"] == "40"
    assert v["form1[0].Page2[0].Line9_Checkbox[0]"] == "/N"  # Female exports N on this edition
    assert v["form1[0].Page2[0].Pt2Line5_Unit[0]"] == "/ STE "
    assert v["form1[0].Page2[0].Pt2Line5_State[0]"] == "NY"
    assert v["form1[0].Page2[0].Line7_AlienNumber[0]"] == "099999001"
    assert v["form1[0].Page7[0].Line7_AlienNumber[0]"] == "099999001"  # Part 6 header repeat
    assert any("USCIS-PM 3.B.6" in x for x in out.report.reliefs_used)
    u = values(fill("i-765", view(), relief="u_visa").pdf)
    assert u["form1[0].Page3[0].#area[1].section_2[0]"] == "14"
    a = values(fill("i-765", view(), relief="asylum_psg").pdf)
    assert a["form1[0].Page3[0].#area[1].section_2[0]"] == "8"


def test_i765_for_a_derivative_uses_their_facts_and_flags_verify() -> None:
    out = fill("i-765", view(), relief="t_visa", derivative_row=1)  # Tomás, sibling
    v = values(out.pdf)
    assert v["form1[0].Page1[0].Line1b_GivenName[0]"] == "Tomás"
    assert v["form1[0].Page3[0].Line19_DOB[0]"] == "11/05/2012"
    assert v["form1[0].Page2[0].Line9_Checkbox[1]"] == "/Y"  # Male exports Y
    assert v["form1[0].Page3[0].#area[1].section_2[0]"] == "25"
    assert any("VERIFY" in w for w in out.warnings)
    # The principal's own details are not copied onto the family member's form.
    assert not v.get("form1[0].Page2[0].Line12b_SSN[0]")


def test_i765_without_a_category_for_the_relief_warns() -> None:
    out = fill("i-765", view(), relief="continued_presence")
    assert not values(out.pdf).get("form1[0].Page3[0].#area[1].section_2[0]")
    # the relief by its name ('continued_presence' is its id), the item by its place
    by_hand = [w for w in out.warnings if "by hand" in w and "for the Continued Presence" in w]
    assert by_hand and "continued_presence" not in by_hand[0], out.warnings


def test_i912_marital_status_and_family_rows() -> None:
    out = fill("i-912", view(family_client()), relief="u_visa")
    v = values(out.pdf)
    assert v["form1[0].#subform[1].P2_7_MaritalStatus[1]"] == "/Married"
    assert v["form1[0].#subform[1].Part3_Line1_Name2[0]"] == "Carlos Muestra"
    # "Beatriz Muestra Ríos" is longer than the narrow box (its /MaxLen of 255 says nothing about
    # the width): it is drawn at a smaller size instead of running past the edge.
    r = PdfReader(io.BytesIO(out.pdf))
    da = next(
        str(a.get_object()["/DA"])
        for a in r.pages[1]["/Annots"]
        if a.get_object().get("/T") == "Part3_Line1_Name1[0]"
    )
    size = float(da.split(" Tf")[0].split()[-1])
    assert 6.0 <= size < 10.0  # the form asks for 10 pt
    # the relationship in words (issue 15)
    assert v["form1[0].#subform[1].Part3_Line1_DateofBirth2[0]"] == "husband"
    assert v["form1[0].#subform[1].Part4_Line2b_DateofBirth2[0]"] == "05/05/1985"
    assert v["form1[0].#subform[0].P2_Line3_AlienNumber[0]"] == "012345678"
    assert v["form1[0].#subform[4].P7_L3_DaytimeTelePhoneNumber1[0]"] == "7185550199"
    # Two more children are included as derivatives than the three rows hold: Part 10.
    moved = [o for o in out.overflow if o.reference.startswith("Page 2, Part 3")]
    assert moved and all(o.placed == "additional_info" for o in moved)
    assert v["form1[0].#subform[7].Part11_Line3b_PartNumber[0]"] == "3"
    assert "Rosa" in str(v["form1[0].#subform[7].Part11_Line3d_AdditionalInfo[0]"])


def test_unicode_names_keep_value_and_are_transliterated_for_print(tmp_path: Path) -> None:
    out = fill("i-912", view(unicode_client()), relief="t_visa")
    v = values(out.pdf)
    name = "form1[0].#subform[0].P2_L2_FamilyName[0]"
    assert v[name] == "Đặng"  # /V keeps the original
    assert name in out.report.transliterated
    # the note names the form item as the form prints it, not the PDF field's name
    spelling = [w for w in out.warnings if "closest spelling" in w]
    assert spelling and "Page " in spelling[0] and name not in spelling[0], spelling
    text = pdftotext(out.pdf, tmp_path, 1, 1)
    assert "Dang" in text and "Thi Huong" in text


def test_overflow_goes_to_part_6_then_a_continuation_sheet(tmp_path: Path) -> None:
    p = unicode_client()
    p.client.immigration_status = "Deferred action " + "x" * 3000  # longer than any slot
    out = fill("i-765", view(p), relief="t_visa")
    # Aliases: 3 rows on the form, the 4th moves to Part 6 with its page/part/item.
    v = values(out.pdf)
    assert v["form1[0].Page7[0].Pt6Line3a_PageNumber[0]"] == "1"
    assert v["form1[0].Page7[0].Pt6Line3c_ItemNumber[0]"] == "2-4"
    # the 4th alias ("H. Dang") is split like the printed rows: family name, then given name
    part6 = str(v["form1[0].Page7[0].Pt6Line4d_AdditionalInfo[1]"])
    assert "family name: Dang; given name(s): H." in part6
    # The long status is too long for Part 6: the field says where it went, a sheet holds it.
    assert v["form1[0].Page3[0].Line24_CurrentStatus[0]"] == "See Part 6"
    assert out.continuation_pages >= 1
    assert any(o.placed == "continuation" and "Item 25" in o.reference for o in out.overflow)
    n = len(PdfReader(io.BytesIO(out.pdf)).pages)
    sheet = pdftotext(out.pdf, tmp_path, 8, n)
    assert "Đặng" in sheet or "Dang" in sheet
    assert "A-Number: None" in sheet  # no A-number on file
    assert "Page 3, Part 2, Item 25" in sheet and "Deferred action xxx" in sheet
    assert "Signature" in sheet and "Date" in sheet
    qpdf_check(out.pdf, tmp_path)


def test_continuation_sheet_shows_a_number(tmp_path: Path) -> None:
    p = demo_profile()
    p.client.immigration_status = "y" * 3000
    out = fill("i-765", view(p), relief="t_visa")
    n = len(PdfReader(io.BytesIO(out.pdf)).pages)
    sheet = pdftotext(out.pdf, tmp_path, 8, n)
    assert "Lucía Inés Ejemplo Vargas" in sheet and "A-099999001" in sheet


def test_wrong_on_state_is_detected_at_fill_time(monkeypatch: pytest.MonkeyPatch) -> None:
    good = load_map("i-765_2025-08-21.yaml")
    raw = good.model_dump(mode="json")
    for e in raw["entries"]:
        if e["kind"] == "choice" and e["fact"] == "client.sex":
            e["options"]["f"]["state"] = "Yes"
    bad = FieldMap.model_validate(raw)
    # forms.fill is also the name of the function re-exported by the package: patch the module.
    monkeypatch.setattr(sys.modules["forms.fill"], "load_map", lambda _name: bad)
    with pytest.raises(OnStateError) as err:
        fill("i-765", view(), relief="t_visa")
    assert "Line9_Checkbox[0]" in str(err.value) and "'Yes'" in str(err.value)


def test_obsolete_or_other_pdf_is_refused_by_fill(shared_forms: Path) -> None:
    with pytest.raises(FormEditionMismatch) as err:
        fill("i-765", view(), pdf_path=shared_forms / "i-912.pdf")
    assert "I-912" in str(err.value)


def test_t_and_u_forms_need_the_users_pdf(tmp_path: Path) -> None:
    with pytest.raises(FormNotAvailable) as err:
        fill("i-918", view(), relief="u_visa", forms_dir=tmp_path)
    assert "https://www.uscis.gov/i-918" in str(err.value) and "forms add" in str(err.value)


def test_supplement_a_needs_a_family_member(tmp_path: Path) -> None:
    from forms.fill import plan

    with pytest.raises(FieldMapError):
        plan("i-914a", view(), relief="t_visa")


def test_missing_facts_name_the_question() -> None:
    out = fill("i-765", view(), relief="t_visa")
    missing = {m.fact: m for m in out.report.missing}
    assert "client.ssn" in missing
    assert "Social Security" in missing["client.ssn"].question
    assert missing["client.ssn"].reference == "Page 2, Part 2, Item 13.b"
    assert out.report.blank_by_design and not out.report.unmapped  # issue 15: all mapped


def test_flatten_keeps_the_text_and_drops_the_form(demo589: bytes, tmp_path: Path) -> None:
    flat = flatten(demo589)
    r = PdfReader(io.BytesIO(flat))
    assert "/AcroForm" not in r.trailer["/Root"]
    assert not r.get_fields()
    assert "Ejemplo Vargas" in pdftotext(flat, tmp_path, 1, 1)
    qpdf_check(flat, tmp_path)


def test_long_rows_go_to_supplement_b_wrapped_then_to_a_sheet(tmp_path: Path) -> None:
    import re

    p = demo_profile()
    for n in ["Ana", "Beto", "Carla", "Dario", "Eva"]:
        p.add(
            "family",
            relationship="sibling",
            family_name="Ejemplo Vargas",
            given_name=n,
            country_of_birth="Guatemala",
            location_city="Quetzaltenango",
            location_country="Guatemala",
        )
    out = fill("i-589", view(p), relief="asylum_psg")
    placed = [o.placed for o in out.overflow]
    assert placed == ["additional_info", "continuation"]  # 6 siblings, 4 rows, 1 Supp B box
    v = values(out.pdf)
    assert v["form1[0].#subform[13].TextField31[0]"] == "A.III"
    assert "Dario" in str(v["form1[0].#subform[13].TextField32[0]"])
    # pypdf does not wrap fixed-size multi-line text: ReliefDesk breaks the lines itself so
    # nothing runs past the right edge of the box (540 pt at 9 pt Courier: 98 characters).
    r = PdfReader(io.BytesIO(out.pdf))
    stream = next(
        a.get_object()["/AP"]["/N"].get_data().decode("latin-1")
        for a in r.pages[11]["/Annots"]
        if a.get_object().get("/T") == "TextField32[0]"
    )
    lines = re.findall(r"\((.*?)\) Tj", stream)
    assert len(lines) >= 2 and all(len(line) <= 98 for line in lines)
    assert " ".join(lines).split() == str(v["form1[0].#subform[13].TextField32[0]"]).split()
    sheet = pdftotext(out.pdf, tmp_path, 13, 13)
    assert "Page 4, Part A.III, Item 5 (siblings)" in sheet and "Eva" in sheet


@pytest.mark.parametrize(
    ("form_id", "make", "relief"),
    [
        ("i-589", family_client, "asylum_psg"),
        ("i-765", unicode_client, "t_visa"),
        ("i-912", family_client, "u_visa"),
    ],
)
def test_no_single_line_text_runs_past_its_box(form_id, make, relief) -> None:
    from tests.forms.helpers import qualified

    out = fill(form_id, view(make()), relief=relief)
    r = PdfReader(io.BytesIO(out.pdf))
    checked = 0
    for page in r.pages:
        for ref in page.get("/Annots", []) or []:
            a = ref.get_object()
            name = qualified(a)
            if name not in out.values or a.get("/FT", a.get("/Parent", {}).get("/FT")) == "/Btn":
                continue
            ff = int(a.get("/Ff", 0))
            if ff & (1 << 12) or ff & (1 << 24) or str(out.values[name]).startswith("/"):
                continue  # multi-line (checked elsewhere), comb, check box
            rect = [float(x) for x in a["/Rect"]]
            size = float(str(a["/DA"]).split(" Tf")[0].split()[-1])
            text = out.values[name]
            assert 0.6 * size * len(text) <= rect[2] - rect[0], (name, text, size)
            checked += 1
    assert checked >= 15
