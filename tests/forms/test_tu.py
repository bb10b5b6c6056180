"""T and U forms: the maps are proven against the field lists, then run end to end on synthetic
PDFs built from the field lists (the official PDFs must come from the user)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from casefile.demo import demo_profile
from casefile.profile import Profile
from facts import FactView
from forms import FormEditionMismatch, FormFieldsMismatch, add_official_form, fill, pdf_state
from forms.registry import identify_pdf
from forms.synthetic import build_pdf, synthetic_pdfs
from tests.forms.clients import family_client
from tests.forms.helpers import fill_and_read_back, qpdf_check, values

FIELDLISTS = Path(__file__).resolve().parents[2] / "forms" / "fieldlists"
TODAY = dt.date(2026, 11, 29)
CASES = {
    "i-914": ("i-914.fields.json", "t_visa", None),
    "i-914a": ("i-914supa.fields.json", "t_visa", 0),
    "i-918": ("i-918.fields.json", "u_visa", None),
    "i-918a": ("i-918supa.fields.json", "u_visa", 1),
}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("synthetic")
    return synthetic_pdfs(folder, {fid: fl for fid, (fl, _, _) in CASES.items()})


def filled_values(
    synthetic: dict[str, Path], form_id: str, profile: Profile, row: int | None = None
) -> dict[str, Any]:
    """The field values of ``form_id``'s synthetic PDF filled for ``profile`` (and family member
    ``row``) under the form's relief in CASES."""
    _, relief, _ = CASES[form_id]
    view = FactView(profile, today=TODAY)
    out = fill(form_id, view, pdf_path=synthetic[form_id], relief=relief, derivative_row=row)
    return values(out.pdf)


@pytest.mark.parametrize("form_id", sorted(CASES))
def test_synthetic_pdf_is_identified_blank_and_accepted(
    synthetic: dict[str, Path], form_id: str, tmp_path: Path
) -> None:
    ident = identify_pdf(synthetic[form_id])
    assert ident.edition == "01/20/25" and ident.form is not None and ident.form.id == form_id
    assert pdf_state(synthetic[form_id]) == "blank"
    added = add_official_form(synthetic[form_id], forms_dir=tmp_path, today=TODAY)
    assert added.form.id == form_id and added.path.is_file()


@pytest.mark.parametrize("form_id", sorted(CASES))
def test_maps_fill_the_field_list_structure(
    synthetic: dict[str, Path], form_id: str, tmp_path: Path
) -> None:
    _, relief, row = CASES[form_id]
    view = FactView(demo_profile(), today=TODAY)
    out, _, _ = fill_and_read_back(form_id, view, synthetic[form_id], relief, row)
    assert len(out.values) >= 15
    assert "Ejemplo Vargas" in out.values.values()
    assert "099999001" in out.values.values()
    qpdf_check(out.pdf, tmp_path)


def test_i914_dropdowns_use_each_fields_own_option_strings(synthetic: dict[str, Path]) -> None:
    p = demo_profile()
    for row in p.rows("addresses"):
        row.state = "AK"  # type: ignore[attr-defined]
    v = filled_values(synthetic, "i-914", p)
    # In this field list the physical-address dropdown offers 'AK' while the safe-mailing one
    # offers ' AK' (leading space) but 'NY' without: the exact option string of each field.
    assert v["form1[0].#subform[0].P1_Line6_State[0]"] == "AK"
    assert v["form1[0].#subform[0].P1_Line8_State[0]"] == " AK"
    assert v["form1[0].#subform[1].Female[0]"] == "/2"  # I-914 Female exports 2


def test_i914a_is_about_the_family_member(synthetic: dict[str, Path]) -> None:
    v = filled_values(synthetic, "i-914a", demo_profile(), row=0)
    assert v["form1[0].#subform[0].P2Line1_FamilyName[0]"] == "Ejemplo Vargas"  # principal
    assert v["form1[0].#subform[0].GivenName[0]"] == "Marta"  # the family member
    assert v["form1[0].#subform[0].pAFamilyMember[2]"] == "/P"  # parent
    assert v["form1[0].#subform[2].Q1_no[0]"] == "/N"  # not living in the U.S.
    assert v["form1[0].#subform[12].ANum[1]"] == "099999001"  # continuation header: principal


def test_i918_entries_rows_and_reversed_boxes(synthetic: dict[str, Path]) -> None:
    v = filled_values(synthetic, "i-918", family_client())
    assert v["form1[0].#subform[0].P1_Line8_checkboxes[3]"] == "/Married"
    assert v["form1[0].page2[0].P1_Line9_checkboxes[0]"] == "/Female"
    assert v["form1[0].#subform[0].P1_Line3b_Unit[1]"] == "/ FLR "
    assert v["form1[0].#subform[0].P1_Line3b_AptSteFlrNumber[0]"] == "2"


def test_i918a_relationship_and_derivative_identity(synthetic: dict[str, Path]) -> None:
    v = filled_values(synthetic, "i-918a", family_client(), row=2)  # Luis, a child
    assert v["form1[0].#subform[0].Part1_Line1_checkbox[1]"] == "/Child"
    assert v["form1[0].#subform[0].Pt3Line1b_GivenName[0]"] == "Luis"
    assert v["form1[0].#subform[1].P3_Line12_checkbox[1]"] == "/Male"
    assert v["form1[0].#subform[1].Part3_Line8_DateOfBirth[0]"] == "02/10/2012"


def test_a_pdf_whose_fields_differ_from_the_field_list_is_refused(tmp_path: Path) -> None:
    data = json.loads((FIELDLISTS / "i-914.fields.json").read_text(encoding="utf-8"))
    for f in data["fields"]:
        if f["full_name"] == "form1[0].#subform[1].Female[0]":
            f["on_states"] = ["F"]
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data), encoding="utf-8")
    pdf = tmp_path / "i-914.pdf"
    pdf.write_bytes(build_pdf(changed))
    with pytest.raises(FormFieldsMismatch) as err:
        add_official_form(pdf, forms_dir=tmp_path / "forms")
    assert "Female[0]" in str(err.value)
    with pytest.raises(FormFieldsMismatch):
        fill("i-914", FactView(demo_profile(), today=TODAY), pdf_path=pdf, relief="t_visa")


def test_another_edition_of_a_t_form_is_refused(tmp_path: Path) -> None:
    pdf = tmp_path / "i-918-old.pdf"
    pdf.write_bytes(build_pdf(FIELDLISTS / "i-918.fields.json", barcode_edition="04/01/24"))
    with pytest.raises(FormEditionMismatch) as err:
        add_official_form(pdf, forms_dir=tmp_path / "forms")
    assert "04/01/24" in str(err.value) and "01/20/25" in str(err.value)
