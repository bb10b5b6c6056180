"""The bundled G-28's attorney part reads the office's counsel details (issue 15 item 2),
and a client's own answer overrides them. Values read back from the filled PDF with pypdf."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from casefile.demo import demo_profile
from facts import FactView
from forms import fill
from forms.synthetic import build_pdf
from tests.forms.helpers import values

F = "form1[0].#subform[0]."
OFFICE = {
    "representative.given_name": "Ngozi",
    "representative.family_name": "Okafor",
    "representative.firm_name": "Harbor Legal Aid Clinic",
    "representative.city": "Albany",
    "representative.bar_number": "5551234",
    "representative.email": "nokafor@example.org",
}


def _read(**override: str) -> dict[str, object]:
    profile = demo_profile()
    profile.counsel = dict(OFFICE)
    for fact, value in override.items():
        profile.set_answer(f"representative.{fact}", value)
    out = fill("g-28", FactView(profile, today=dt.date(2026, 11, 29)), relief="t_visa")
    return values(out.pdf)


def test_g28_attorney_part_reads_counsel_settings() -> None:
    read = _read()
    assert read[F + "Pt1Line2a_FamilyName[0]"] == "Okafor"
    assert read[F + "Pt2Line1b_BarNumber[0]"] == "5551234"
    assert read[F + "Line7_MobileTelephoneNumber[0]"] == "nokafor@example.org"  # item 6 e-mail


def test_g28_per_client_attorney_of_record_overrides() -> None:
    read = _read(family_name="Lindqvist")
    assert read[F + "Pt1Line2a_FamilyName[0]"] == "Lindqvist"
    assert read[F + "Pt1Line2a_FamilyName[0]"] != "Okafor"


def test_i918_attorney_box_and_preparer_read_counsel_settings(tmp_path: Path) -> None:
    fieldlist = Path(__file__).resolve().parents[2] / "forms" / "fieldlists" / "i-918.fields.json"
    pdf = tmp_path / "i-918.pdf"
    pdf.write_bytes(build_pdf(fieldlist))
    profile = demo_profile()
    profile.counsel = dict(OFFICE)
    view = FactView(profile, today=dt.date(2026, 11, 29))
    read = values(fill("i-918", view, pdf_path=pdf, relief="u_visa").pdf)
    assert read[F + "AttorneyStateBarNumber[0]"] == "5551234"
    assert read["form1[0].#subform[8].P7_Line1a_PreparersFamilyName[0]"] == "Okafor"
    assert (
        read["form1[0].#subform[8].P7_Line2_PreparersBusinessName[0]"] == "Harbor Legal Aid Clinic"
    )


def test_i589_attorney_box_reads_counsel_settings() -> None:
    profile = demo_profile()
    profile.counsel = dict(OFFICE)
    view = FactView(profile, today=dt.date(2026, 11, 29))
    read = values(fill("i-589", view, relief="asylum_psg").pdf)
    assert read["form1[0].#subform[10].AttorneyStateBarNumber[0]"] == "5551234"
