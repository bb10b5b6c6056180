"""The form-detail facts (facts/catalogue/background.yaml and the I-589 Part B/C questions) reach
the real I-589: values read back with pypdf, boxes with their on-states, conditions honoured."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from casefile.demo import demo_profile
from casefile.profile import Profile
from facts import FactView
from forms import fill
from forms.fill import FillReport
from forms.synthetic import synthetic_pdfs
from tests.forms.clients import family_client
from tests.forms.helpers import values, widget_states

TODAY = dt.date(2026, 11, 29)
P0 = "form1[0].#subform[0]."
SP = "form1[0].#subform[1].NotMarried[0]."
P4 = "form1[0].#subform[4]."
P5 = "form1[0].#subform[5].#subform[6]."
P7 = "form1[0].#subform[7]."
P8 = "form1[0].#subform[8]."
P9 = "form1[0].#subform[9]."

DETAILS = {
    "background.nationality_at_birth": "Honduras",
    "background.race_ethnic_group": "Garífuna",
    "background.religion": "Catholic",
    "background.fluent_in_english": False,
    "background.other_languages_fluent": "Garífuna",
    "background.travel_document_number": "TD0000001",
    "background.last_left_home_country_date": "2019-01-05",
    "background.ever_in_court_proceedings": True,
    "background.last_entry_status_expiry": "2020-02-02",
    "background.mailing_phone": "(718) 555-0123",
    "background.mother_deceased": True,
    "background.father_deceased": False,
    "spouse.marriage_date": "2008-06-14",
    "spouse.marriage_place": "La Ceiba, Honduras",
    "spouse.maiden_name": "Muestra",
    "spouse.middle_name": "José",
    "spouse.ssn": "000-00-0000",
    "spouse.in_court_proceedings": False,
    "spouse.last_entry_place": "Hidalgo, Texas",
    "spouse.last_entry_date": "2019-03-01",
    "spouse.current_status": "Parolee",
    "asylum.ground.particular_social_group": True,
    "asylum.accused_or_detained_abroad": False,
    "asylum.organization_member": True,
    "asylum.organization_continues": False,
    "asylum.fears_torture": True,
    "asylum.family_applied_before": False,
    "asylum.traveled_through_other_country": True,
    "asylum.status_applied_elsewhere": False,
    "asylum.returned_home": False,
}


def _with_details(p: Profile, **extra: object) -> Profile:
    for fact, value in {**DETAILS, **extra}.items():
        p.set_answer(fact, value)
    return p


@pytest.fixture(scope="module")
def filled() -> tuple[bytes, FillReport]:
    p = _with_details(family_client())
    p.client.in_removal_proceedings = False
    out = fill("i-589", FactView(p, today=TODAY), relief="asylum_psg")
    return out.pdf, out.report


def test_page1_details_read_back(filled: tuple[bytes, FillReport]) -> None:
    v = values(filled[0])
    assert v[P0 + "TextField1[5]"] == "Honduras"
    assert v[P0 + "TextField1[6]"] == "Garífuna"
    assert v[P0 + "TextField1[7]"] == "Catholic"
    assert v[P0 + "DateTimeField6[0]"] == "01/05/2019"
    assert v[P0 + "DateTimeField2[1]"] == "02/02/2020"
    assert v[P0 + "TextField5[2]"] == "TD0000001"
    assert v[P0 + "TextField7[1]"] == "Garífuna"
    assert v[P0 + "PtAILine9_AreaCode[0]"] == "718"
    assert v[P0 + "PtAILine9_TelephoneNumbe[0]"] == "555-0123"


def test_boxes_take_their_on_states(filled: tuple[bytes, FillReport]) -> None:
    pdf = filled[0]
    v, states = values(pdf), widget_states(pdf)
    checked = {
        P0 + "CheckBox3[1]": "/C",  # been in proceedings, not now
        P0 + "CheckBox4[1]": "/No",  # not fluent in English
        SP + "PtAIILine22_No[0]": "/No",
        P4 + "CheckBoxAIII5\\.m[0]": "/1",  # mother deceased
        P5 + "CheckBoxsocial[0]": "/Y",
        P7 + "ckboxyn2[1]": "/N",
        P7 + "ckboxyn3a[0]": "/Y",
        P7 + "ckboxyn3b[1]": "/N",
        P7 + "ckboxyn4[0]": "/Y",
        P8 + "ckboxync1[1]": "/N",
        P8 + "ckboxync2a[0]": "/Y",
        P8 + "ckboxync2b[1]": "/N",
        P9 + "PCckboxyn4[1]": "/N",
        P9 + "ckboxync5[0]": "/Y",  # arrived 2019: the one-year deadline has passed
    }
    for name, state in checked.items():
        assert v.get(name) == state, name
        assert states.get(name) == state, name
    for name in (
        P0 + "CheckBox3[0]",  # never in proceedings: contradicts the answer
        P0 + "CheckBox3[2]",  # now in proceedings: the casefile says no
        P0 + "CheckBox4[0]",
        P4 + "CheckBoxAIII5\\.f[0]",  # father alive
        P5 + "CheckBoxrace[0]",  # grounds not chosen stay empty
        "form1[0].#subform[1].ChildrenCheckbox[1]",  # has_children unknown: never inferred
    ):
        assert v.get(name) in (None, "", "/Off"), name


def test_spouse_details_read_back(filled: tuple[bytes, FillReport]) -> None:
    v = values(filled[0])
    assert v[SP + "DateTimeField8[0]"] == "06/14/2008"
    assert v[SP + "TextField10[4]"] == "La Ceiba, Honduras"
    assert v[SP + "TextField10[3]"] == "Muestra"
    assert v[SP + "PtAIILine7_MiddleName[0]"] == "José"
    assert v[SP + "TextField10[2]"] == "000000000"
    assert v[SP + "PtAIILine16_PlaceofLastEntry[0]"] == "Hidalgo, Texas"
    assert v[SP + "PtAIILine17_DateofLastEntry[0]"] == "03/01/2019"
    assert v[SP + "PtAIILine20_SpouseCurrentStatus[0]"] == "Parolee"


def test_unanswered_details_are_reported_with_their_description(
    filled: tuple[bytes, FillReport],
) -> None:
    missing = {m.fact: m for m in filled[1].missing}
    assert "spouse.i94_number" in missing
    assert "I-94" in missing["spouse.i94_number"].question
    assert "asylum.fears_torture" not in missing


def test_single_client_is_not_asked_spouse_details() -> None:
    """The demo client has no spouse row: no spouse.* fact is reported missing or filled."""
    out = fill("i-589", FactView(demo_profile(), today=TODAY), relief="asylum_psg")
    assert not [m for m in out.report.missing if m.fact.startswith("spouse.")]
    assert not [f for f in out.report.filled if f.startswith(SP + "PtAIILine22")]


def test_spouse_abroad_skips_the_entry_items() -> None:
    p = _with_details(family_client())
    spouse = next(r for r in p.rows("family") if r.relationship == "spouse")
    spouse.in_us = False
    spouse.location_city, spouse.location_country = "La Ceiba", "Honduras"
    out = fill("i-589", FactView(p, today=TODAY), relief="asylum_psg")
    v = values(out.pdf)
    assert v.get(SP + "PtAIILine16_PlaceofLastEntry[0]") in (None, "")
    assert v.get(SP + "PtAIILine22_No[0]") in (None, "", "/Off")
    assert v[SP + "DateTimeField8[0]"] == "06/14/2008"  # marriage details still apply


def test_explicit_no_children_checks_the_box() -> None:
    p = _with_details(demo_profile(), **{"background.has_children": False})
    out = fill("i-589", FactView(p, today=TODAY), relief="asylum_psg")
    assert values(out.pdf)["form1[0].#subform[1].ChildrenCheckbox[1]"] == "/Y"


def test_court_history_waits_for_the_current_proceedings_answer() -> None:
    """Item 18 A/C is only written once the casefile says the client is not now in court."""
    p = _with_details(demo_profile(), **{"background.ever_in_court_proceedings": False})
    p.client.in_removal_proceedings = True
    v = values(fill("i-589", FactView(p, today=TODAY), relief="asylum_psg").pdf)
    assert v[P0 + "CheckBox3[2]"] == "/B"
    assert v.get(P0 + "CheckBox3[0]") in (None, "", "/Off")
    p.client.in_removal_proceedings = False
    v = values(fill("i-589", FactView(p, today=TODAY), relief="asylum_psg").pdf)
    assert v[P0 + "CheckBox3[0]"] == "/A"
    assert v.get(P0 + "CheckBox3[2]") in (None, "", "/Off")


T_U_DETAILS = {
    "background.province_of_birth": "Atlántida",
    "background.passport_issue_date": "2018-03-04",
    "background.travel_document_number": "TD0000002",
    "background.previously_filed_i765": False,
    "background.mobile_phone": "(347) 555-0188",
    "background.ead_requested": True,
    "background.ever_in_court_proceedings": True,
}


def test_i765_details_read_back() -> None:
    p = _with_details(family_client(), **T_U_DETAILS)
    v = values(fill("i-765", FactView(p, today=TODAY), relief="u_visa").pdf)
    assert v["form1[0].Page3[0].Line18b_CityTownOfBirth[0]"] == "Atlántida"
    assert v["form1[0].Page2[0].Line19_Checkbox[0]"] == "/N"
    assert v.get("form1[0].Page2[0].Line19_Checkbox[1]") in (None, "", "/Off")
    assert v["form1[0].Page3[0].Line20c_TravelDoc[0]"] == "TD0000002"
    assert v["form1[0].Page4[0].Pt3Line4_MobileNumber1[0]"] == "3475550188"


def test_i765_for_a_family_member_does_not_copy_the_clients_details() -> None:
    p = _with_details(family_client(), **T_U_DETAILS)
    out = fill("i-765", FactView(p, today=TODAY), relief="u_visa", derivative_row=0)
    v = values(out.pdf)
    assert v.get("form1[0].Page4[0].Pt3Line4_MobileNumber1[0]") in (None, "")
    assert v.get("form1[0].Page3[0].Line18b_CityTownOfBirth[0]") in (None, "")


@pytest.fixture(scope="module")
def synthetic_tu(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("synthetic_details")
    return synthetic_pdfs(folder, {"i-914": "i-914.fields.json", "i-918": "i-918.fields.json"})


def test_i914_details_fill_the_field_list_structure(synthetic_tu: dict[str, Path]) -> None:
    p = _with_details(family_client(), **T_U_DETAILS)
    out = fill("i-914", FactView(p, today=TODAY), pdf_path=synthetic_tu["i-914"], relief="t_visa")
    v = values(out.pdf)
    assert v["form1[0].#subform[1].P3_Line9_ProvinceOfBirth[0]"] == "Atlántida"
    assert v["form1[0].#subform[1].P3_Line12d_DatePassportIssued[0]"] == "03/04/2018"
    assert v["form1[0].#subform[4].Q10_yes[0]"] == "/1"
    assert v.get("form1[0].#subform[4].Q10_no[0]") in (None, "", "/Off")


def test_i918_court_history(synthetic_tu: dict[str, Path]) -> None:
    yes, no = "form1[0].page2[0].Pt2Line7a_chbxyesno[1]", "form1[0].page2[0].Pt2Line7a_chbxyesno[0]"
    p = _with_details(family_client(), **T_U_DETAILS)
    p.client.in_removal_proceedings = False
    out = fill("i-918", FactView(p, today=TODAY), pdf_path=synthetic_tu["i-918"], relief="u_visa")
    v = values(out.pdf)
    assert v["form1[0].page2[0].P1_Line15_TravelDoc[0]"] == "TD0000002"
    assert v["form1[0].page2[0].P1_Line17_DateOfBirth[0]"] == "03/04/2018"  # issue date
    assert v[yes] == "/Y" and v.get(no) in (None, "", "/Off")
    p.set_answer("background.ever_in_court_proceedings", False)
    out = fill("i-918", FactView(p, today=TODAY), pdf_path=synthetic_tu["i-918"], relief="u_visa")
    v = values(out.pdf)
    assert v[no] == "/N" and v.get(yes) in (None, "", "/Off")


def test_every_missing_interview_fact_has_a_question_to_ask_it(
    filled: tuple[bytes, FillReport],
) -> None:
    """The path for form-only facts: FillReport.missing -> question id -> InterviewSession.focus."""
    from eligibility.loader import load_rules

    by_fact = {q.fact: q.id for q in load_rules().questions.values()}
    interview_facts = {
        m.fact
        for m in filled[1].missing
        if "." in m.fact and m.fact.split(".")[0] in ("background", "spouse", "asylum")
    }
    assert "spouse.i94_number" in interview_facts
    assert {f: by_fact.get(f) for f in interview_facts if f not in by_fact} == {}


def test_i912_fee_waiver_facts_read_back() -> None:
    p = _with_details(
        family_client(),
        **{
            "fee_waiver.basis_income": True,
            "fee_waiver.basis_hardship": False,
            "fee_waiver.employment_status": "unemployed",
            "fee_waiver.receiving_unemployment_benefits": False,
            "fee_waiver.household_size": 7,
            "fee_waiver.household_earners": 1,
            "fee_waiver.annual_income": 0,
            "fee_waiver.household_others_income": 18400,
            "fee_waiver.changed_since_tax_return": True,
            "background.mobile_phone": "(347) 555-0188",
        },
    )
    v = values(fill("i-912", FactView(p, today=TODAY), relief="u_visa").pdf)
    s0, s2 = "form1[0].#subform[0].", "form1[0].#subform[2]."
    assert v[s0 + "P1_Line2_Checkbox[0]"] == "/B"
    assert v.get(s0 + "P1_Line1_Checkbox[0]") in (None, "", "/Off")  # unknown: not checked
    assert v.get(s0 + "P1_Line3_Checkbox[0]") in (None, "", "/Off")  # No: not checked
    assert v[s2 + "P5_1_EmploymentStatus[0]"] == "/Unemployed"
    assert v.get(s2 + "P5_1_EmploymentStatus[1]") in (None, "", "/Off")
    assert v[s2 + "#area[0].Part5_Line2_chbxyesno[1]"] == "/No"
    assert v[s2 + "Part5_Line3_TotalHouseSize[0]"] == "7"
    assert v[s2 + "Part5_Line4_TotalHousehold[0]"] == "1"
    assert v[s2 + "MonthlyIncome[0]"] == "0"
    assert v[s2 + "AvgHousehold[0]"] == "18400"
    assert v[s2 + "#area[1].Part5_Line9_checkbox[0]"] == "/Yes"
    assert v["form1[0].#subform[4].P7_L4_MobileTelePhoneNumber1[0]"] == "3475550188"


def test_demo_i589_has_no_no_box_warnings_and_shows_the_demo_details() -> None:
    """A No on a single-box item (deceased, grounds, no children) leaves the box empty quietly."""
    out = fill("i-589", FactView(demo_profile(), today=TODAY), relief="asylum_psg")
    assert not [w for w in out.report.warnings if "has no box" in w]
    v = values(out.pdf)
    assert v[P0 + "TextField1[6]"] == "K'iche' Maya"
    assert v[P0 + "CheckBox3[0]"] == "/A"  # never in court (demo: not now, never before)
    assert v.get(P0 + "TextField1[7]") in (None, "")  # religion declined: blank, not guessed
    assert v.get(P4 + "CheckBoxAIII5\\.m[0]") in (None, "", "/Off")  # mother alive
    assert v["form1[0].#subform[1].ChildrenCheckbox[1]"] == "/Y"
    missing = {m.fact for m in out.report.missing}
    assert "background.religion" in missing  # declined is still reported as not known
