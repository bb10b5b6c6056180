"""Supplement A read back (issue 15, h15a): the parts filled from the principal's record and from
the family member's own children, for fictional fact patterns (a member abroad with four
children of their own, the fourth overflowing; a member with admissibility yes answers and
their explanation; the principal's status approved or pending). Every value is read back from
the synthetic PDF with pypdf, and every field these parts map receives a value in some pattern."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from casefile.demo import demo_profile
from casefile.models import AnswerStatus
from casefile.profile import Profile
from facts import FactView
from forms.maps import load_map
from forms.synthetic import synthetic_pdf
from tests.forms.helpers import fill_and_read_back
from tests.forms.test_g28_counsel import OFFICE

TODAY = dt.date(2026, 11, 29)
S0, S1, S6, S7 = (f"form1[0].#subform[{i}]." for i in (0, 1, 6, 7))
# the items these tests cover besides Parts 6 and 7: (part, item)
OURS = {("2", "5"), ("8", "2"), *(("4", f"2.{x}") for x in "abce")}


@pytest.fixture(scope="module")
def pdf918a(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synthetic_pdf(tmp_path_factory.mktemp("supp_a_rb"), "i-918a", "i-918supa.fields.json")


def abroad_with_children(children: int = 4) -> Profile:
    """Marta (row 0) lives abroad after a visit to the U.S.; her own children are rows linked to
    her by derivative_parent. The principal's U status is approved; counsel prepared it."""
    p = demo_profile()
    p.counsel = dict(OFFICE)
    marta = p.rows("family")[0]
    for col, value in {
        "in_us": False,
        "last_entry_date": dt.date(2018, 7, 1),
        "last_entry_city": "Houston",
        "last_entry_state": "TX",
        "last_entry_status": "B-2 visitor",
    }.items():
        setattr(marta, col, value)
    for i in range(children):
        p.add(
            "family",
            relationship="child_of_derivative",
            derivative_parent=marta.given_name,  # type: ignore[attr-defined]
            family_name="Vargas",
            given_name=f"Nieto{i}",
            middle_name=f"N{i}",
            date_of_birth=dt.date(2010 + i, 2, 2),
            country_of_birth="Guatemala",
        )
    _member_details(marta)
    p.set_answer("immigration.t_u_status", "u", AnswerStatus.ANSWERED)
    p.set_answer("background.mobile_phone", "646-555-0123", AnswerStatus.ANSWERED)
    p.client.email = "l.example@example.org"
    return p


MEMBER = {
    "other_middle_name": "Luisa",
    "travel_doc_number": "TD000001",
    "authorized_stay_expires": dt.date(2018, 12, 31),
    "mobile_phone": "502-555-0199",
    "mailing_in_care_of": "Hna. Ejemplo",
    "mailing_street": "Calle Falsa 4",
    "mailing_unit_type": "ste",
    "mailing_unit_number": "2",
    "mailing_city": "Houston",
    "mailing_state": "TX",
    "mailing_zip": "77002",
    "mailing_province": "Harris",
    "mailing_postal_code": "77002-1",
    "mailing_country": "United States",
    "processing_state": "TX",
    "notice_street": "Avenida Sexta 10",
    "notice_unit_type": "flr",
    "notice_unit_number": "3",
    "notice_city": "Antigua",
    "notice_province": "Sacatepéquez",
    "notice_postal_code": "03001",
    "notice_country": "Guatemala",
    "former_spouse_family_name": "Pérez",
    "former_spouse_given_name": "Rafael",
    "former_spouse_middle_name": "J.",
    "former_marriage_ended": dt.date(2001, 3, 3),
    "former_marriage_end_city": "Antigua",
    "former_marriage_end_country": "Guatemala",
    "former_marriage_end_how": "divorced",
    "second_former_spouse_family_name": "López",
    "second_former_spouse_given_name": "Mario",
    "second_former_spouse_middle_name": "A.",
    "second_former_marriage_ended": dt.date(2009, 9, 9),
    "second_former_marriage_end_place": "Guatemala City",
    "second_former_marriage_end_how": "widowed",
    "proceedings_type": "exclusion",
    "proceedings_date": dt.date(2018, 8, 8),
}


def _member_details(member: Any, **override: Any) -> None:
    for col, value in {**MEMBER, **override}.items():
        setattr(member, col, value)


def variants() -> list[Profile]:
    """Marta once per unit type and kind of proceedings, so every box is ticked somewhere."""
    out = []
    units = ("apt", "ste", "flr")
    for i, kind in enumerate(("removal", "deportation", "rescission", "judicial")):
        p = abroad_with_children(0)
        unit = units[i % 3]
        _member_details(
            p.rows("family")[0],
            proceedings_type=kind,
            mailing_unit_type=unit,
            notice_unit_type=unit,
        )
        out.append(p)
    return out


def explained_member() -> Profile:
    """Tomás (row 1): two yes answers and his own words about them; the principal's I-918 is
    pending (no T or U status yet)."""
    p = demo_profile()
    tomas = p.rows("family")[1]
    tomas.admissibility_answered = True  # type: ignore[attr-defined]
    tomas.admissibility_yes = ["1.b", "1.d"]  # type: ignore[attr-defined]
    tomas.admissibility_explanation = "Stopped once at a market in 2015; released."  # type: ignore[attr-defined]
    p.set_answer("immigration.t_u_status", "none", AnswerStatus.ANSWERED)
    return p


def _fill(p: Profile, row: int, pdf: Path) -> tuple[Any, dict[str, Any], dict[str, str]]:
    view = FactView(p, today=TODAY)
    return fill_and_read_back("i-918a", view, pdf, "u_visa", derivative_row=row)


def test_member_abroad_lists_her_own_children_and_her_last_visit(pdf918a: Path) -> None:
    out, read, states = _fill(abroad_with_children(), 0, pdf918a)
    assert states[S0 + "Part2_Line5_checkbox[1]"] == "/Approved"
    last = [read[S1 + f"Part4_Line2{x}[0]"] for x in ("a_DateOfLastEntry", "b_CityOrTown")]
    last += [read[S1 + "Pt4Line2c_State[0]"], read[S1 + "Part4_Line2e_StatusOfEntry[0]"]]
    assert last == ["07/01/2018", "Houston", "TX", "B-2 visitor"]
    rows = [("1", "2", "4"), ("5", "6", "8"), ("9", "10", "12")]
    for i, (name, dob, rel) in enumerate(rows):
        assert read[S6 + f"Part6_Line{name}b_GivenName[0]"] == f"Nieto{i}"
        assert read[S6 + f"Part6_Line{name}c_MiddleName[0]"] == f"N{i}"
        assert read[S6 + f"Part6_Line{dob}_DateOfBirth[0]"] == f"02/02/{2010 + i}"
        assert read[S6 + f"Part6_Line{rel}_Relationship[0]"] == "Child"
    assert any("Nieto3" in o.text for o in out.report.overflowed)  # the fourth child
    assert read[S7 + "Part7_Line3_DaytimePhoneNumber[0]"] == "2125550147"
    assert read[S7 + "Part7_Line5_MobilePhoneNumber[0]"] == "6465550123"
    assert read[S7 + "Part7_Line6_EmailAddress[0]"] == "l.example@example.org"
    assert read[S7 + "Part7_Line2_Attorney[0]"] == "Ngozi Okafor"
    assert read[S7 + "Part8_Line2_Attorney[0]"] == "Ngozi Okafor"


def test_member_row_fills_addresses_marriages_and_proceedings(pdf918a: Path) -> None:
    _, read, states = _fill(abroad_with_children(), 0, pdf918a)
    s2 = "form1[0].#subform[2]."
    assert read["form1[0].#subform[0].Pt1Line2c_MiddleName[0]"] == "Luisa"
    assert read[S1 + "Part3_Line15_TravelDoc[0]"] == "TD000001"
    assert read[S1 + "Part4_Line2d_DateOfAuthStay[0]"] == "12/31/2018"
    mail = [read[S1 + f"P1_Line4{x}[0]"] for x in ("a_InCareofName", "b_StreetNumberName")]
    mail += [read[S1 + f"P1_Line4{x}[0]"] for x in ("d_CityTown", "e_State", "f_ZipCode")]
    assert mail == ["Hna. Ejemplo", "Calle Falsa 4", "Houston", "TX", "77002"]
    assert states[S1 + "P3_Line4c_Unit[0]"] == "/ STE "
    assert read[s2 + "Pt4Line3c_State[0]"] == "TX"
    notice = [read[s2 + n] for n in ("P1_Line4b_StreetNumberName[1]", "Part4_Line5c_CityOrTown[0]")]
    assert [*notice, read[s2 + "P1_Line4i_Country[1]"]] == [
        "Avenida Sexta 10",
        "Antigua",
        "Guatemala",
    ]
    assert states[s2 + "P1_Line4c_Unit[1]"] == "/ FLR "
    first = [read[s2 + f"Pt4Line1a_{x}[0]"] for x in ("FamilyName", "GivenName", "MiddleName")]
    assert first == ["Pérez", "Rafael", "J."]
    assert read[s2 + "Part4_Line6d_DateMarriageEnded[0]"] == "03/03/2001"
    assert read[s2 + "Part4_Line4e_WhereMarriageEnded[0]"] == "Antigua, Guatemala"
    assert read[s2 + "Part4_Line4f_HowMarriageEnded[0]"] == "Divorced"
    assert read[s2 + "Part4_Line7f_HowMarriageEnded[0]"] == "Widowed"
    assert read[s2 + "Part4_Line7e_WhereMarriageEnded[0]"] == "Guatemala City"
    assert states[s2 + "Pt2Line7c_ExclusionCheckbox[0]"] == "/Y"
    assert read[s2 + "Pt2Line7c_DateOfExclusion[0]"] == "08/08/2018"
    assert (
        s2 + "Pt2Line7b_DateOfRemoval[0]" not in read or not read[s2 + "Pt2Line7b_DateOfRemoval[0]"]
    )
    assert read["form1[0].#subform[8].Part8_Line4_MobilePhoneNumber3[0]"] == "5025550199"


def test_another_member_gets_none_of_her_children(pdf918a: Path) -> None:
    out, _, _ = _fill(abroad_with_children(), 1, pdf918a)
    assert not [n for n in out.values if "Part6_" in n]


def test_yes_answers_carry_the_members_explanation_once(pdf918a: Path) -> None:
    out, read, states = _fill(explained_member(), 1, pdf918a)
    assert states[S0 + "Part2_Line5_checkbox[0]"] == "/Pending"
    text = "Stopped once at a market in 2015; released."
    assert [o.text for o in out.report.overflowed].count(text) == 1
    assert read["form1[0].#subform[12].P8_Line3d_AdditionalInfo[0]"] == text


def test_a_yes_without_the_members_words_is_reported(pdf918a: Path) -> None:
    p = explained_member()
    p.rows("family")[1].admissibility_explanation = None  # type: ignore[attr-defined]
    out, _, _ = _fill(p, 1, pdf918a)
    assert "family[].admissibility_explanation" in {m.fact for m in out.report.missing}


def test_every_field_of_these_parts_gets_a_value(pdf918a: Path) -> None:
    filled: set[str] = set()
    patterns = [(abroad_with_children(), 0), (explained_member(), 1)]
    patterns += [(p, 0) for p in variants()]
    for p, row in patterns:
        out, _, _ = _fill(p, row, pdf918a)
        filled |= set(out.values)
    fmap = load_map("i-918a_2025-01-20.yaml")
    columns = {f"family[].{c}" for c in MEMBER}
    ours = {
        f
        for e, _ in fmap.all_entries()
        if (e.label.part, e.label.item) in OURS
        or e.label.part in ("6", "7")
        or columns & set(e.facts())
        for f in e.fields()
    }
    assert len(ours) >= 75
    assert sorted(ours - filled) == []


# ---- I-914 Supplement A ------------------------------------------------------------------------
T0, T1, T2, T3 = (f"form1[0].#subform[{i}]." for i in (0, 1, 2, 3))


@pytest.fixture(scope="module")
def pdf914a(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("supp_a_rb914")
    return synthetic_pdf(folder, "i-914a", "i-914supa.fields.json")


def t_member(in_us: bool, **override: Any) -> Profile:
    """Marta (row 0) with her own row filled in; in the U.S. (last entry, I-94, proceedings and
    a next hearing) or abroad after a visit (authorized stay)."""
    p = demo_profile()
    p.counsel = dict(OFFICE)
    marta = p.rows("family")[0]
    _member_details(
        marta,
        in_us=in_us,
        second_other_family_name="Vargas",
        second_other_given_name="Marta",
        second_other_middle_name="E.",
        former_marriage_end_state="Sacatepéquez",
        status_code="b2",
        last_entry_date=dt.date(2019, 1, 2),
        last_entry_city="Miami",
        last_entry_state="FL",
        i94_number="11122233344",
        next_hearing_date=dt.date(2027, 2, 2),
        notice_state="CA",
        notice_zip="90001",
        phone="502-555-0100",
        **override,
    )
    return p


def _fill914(p: Profile, row: int, pdf: Path) -> tuple[Any, dict[str, Any], dict[str, str]]:
    view = FactView(p, today=TODAY)
    return fill_and_read_back("i-914a", view, pdf, "t_visa", derivative_row=row)


def test_i914a_member_in_the_us_reads_back(pdf914a: Path) -> None:
    _, read, states = _fill914(t_member(True), 0, pdf914a)
    assert states[T0 + "P2Line4_I914Status[1]"] == "/C"  # filed together with the I-914
    row2 = [read[T1 + n] for n in ("P4_Line2_FamilyName[0]", "Line2_GivenName[0]")]
    assert row2 == ["Vargas", "Marta"] and read[T1 + "Line1_MiddleName[0]"] == "Luisa"
    assert (read[T1 + "InCareOf[0]"], read[T1 + "P4Line4_ZipCode[0]"]) == ("Hna. Ejemplo", "77002")
    assert states[T1 + "P4Line4_Unit[0]"] == "/ STE "
    assert read[T1 + "Line1_GivenName[1]"] == "Rafael"  # the former spouse
    assert read[T1 + "Line16_ExpDate[0]"] == "03/03/2001"
    assert read[T2 + "P2_Line11_StateProvince[1]"] == "Sacatepéquez"
    assert states[T2 + "P4_Line10D_MaririageEnded[1]"] == "/D"
    assert read[T2 + "Line20_CurrentNon[0]"] == "B2"
    entry = [read[T2 + n] for n in ("Line20A_CityTown[0]", "P4_Line20A_State[0]")]
    entry += [read[T2 + n] for n in ("Line20B_DateofLastEntry[0]", "Line20C_ArrivalDeparture[0]")]
    assert entry == ["Miami", "FL", "01/02/2019", "11122233344"]
    assert T3 + "Line22_IssuedDate[0]" not in read or not read[T3 + "Line22_IssuedDate[0]"]
    notice = [read[T3 + f"Pt3Line21D_{x}[0]"] for x in ("StreetNumberName", "CityTown", "Country")]
    assert notice == ["Avenida Sexta 10", "Antigua", "Guatemala"]
    assert states[T3 + "Pt4Line24B_checkboxB[0]"] == "/B"
    assert read[T3 + "Pt4Line24_IssuedDateB[0]"] == "08/08/2018"
    assert states[T3 + "Pt4Line24E_checkboxE[0]"] == "/E"
    assert read[T3 + "Pt4Line24_IssuedDateE[0]"] == "02/02/2027"
    assert read["form1[0].#subform[8].pFLine4MobilePhone[0]"] == "5025550199"
    assert read["form1[0].#subform[8].pFLine2PreparerName[0]"] == "Ngozi Okafor"
    assert read["form1[0].#subform[9].pFLine3DayPhone[1]"] == "5025550100"


def test_i914a_member_abroad_and_the_principal_status(pdf914a: Path) -> None:
    p = t_member(False)
    p.set_answer("immigration.t_u_status", "t", AnswerStatus.ANSWERED)
    out, read, states = _fill914(p, 0, pdf914a)
    assert states[T0 + "P2Line4_I914Status[2]"] == "/A"
    assert read[T3 + "Line22_IssuedDate[0]"] == "12/31/2018"
    assert read[T3 + "Line22_CurrentNon[0]"] == "B2"
    assert T2 + "Line20A_CityTown[0]" not in out.values  # item 20 is for a member in the U.S.
    p = t_member(False)
    p.set_answer("background.prior_t_application", True, AnswerStatus.ANSWERED)
    _, _, states = _fill914(p, 0, pdf914a)
    assert states[T0 + "P2Line4_I914Status[0]"] == "/P"


@pytest.mark.parametrize(("parent", "box", "state"), [("spouse", 0, "A"), ("child", 1, "C")])
def test_i914a_child_of_a_derivative_by_the_parents_relationship(
    pdf914a: Path, parent: str, box: int, state: str
) -> None:
    p = demo_profile()
    marta = p.rows("family")[0]
    marta.relationship = parent  # type: ignore[attr-defined]
    p.add("family", relationship="child_of_derivative", derivative_parent="Marta", given_name="Ana")
    _, _, states = _fill914(p, len(p.rows("family")) - 1, pdf914a)
    assert states[T0 + f"pBFamilyMember[{box}]"] == "/" + state


def test_i914a_every_field_these_columns_map_gets_a_value(pdf914a: Path) -> None:
    filled: set[str] = set()
    units = ("apt", "ste", "flr")
    kinds = ("removal", "exclusion", "deportation", "rescission")
    ends = ("separated", "divorced", "widowed", "annulled")
    patterns: list[tuple[Profile, int]] = [(t_member(False), 0)]
    for i, kind in enumerate(kinds):
        u = units[i % 3]
        p = t_member(
            True,
            proceedings_type=kind,
            mailing_unit_type=u,
            notice_unit_type=u,
            former_marriage_end_how=ends[i],
        )
        patterns.append((p, 0))
    approved, prior = t_member(False), t_member(False)
    approved.set_answer("immigration.t_u_status", "t", AnswerStatus.ANSWERED)
    prior.set_answer("background.prior_t_application", True, AnswerStatus.ANSWERED)
    patterns += [(approved, 0), (prior, 0)]
    for parent in ("spouse", "child", "parent", "sibling"):
        p = demo_profile()
        p.rows("family")[0].relationship = parent  # type: ignore[attr-defined]
        p.add("family", relationship="child_of_derivative", derivative_parent="Marta")
        patterns.append((p, 2))
    for p, row in patterns:
        out, _, _ = _fill914(p, row, pdf914a)
        filled |= set(out.values)
    fmap = load_map("i-914a_2025-01-20.yaml")
    columns = {f"family[].{c}" for c in MEMBER} | {
        "family[].second_other_family_name",
        "family[].status_code",
        "family[].next_hearing_set",
        "family[].next_hearing_date",
        "family[].derivative_parent_relationship",
        "family[].mobile_phone",
        "t_application.i914_status",
        "representative.given_name",
    }
    ours = {f for e, _ in fmap.all_entries() if columns & set(e.facts()) for f in e.fields()}
    ours |= {f for e, _ in fmap.all_entries() if e.label.item.startswith("20.") for f in e.fields()}
    assert len(ours) >= 55
    assert sorted(ours - filled) == []


def _member_arrests(p: Profile, member: str, count: int) -> None:
    for i in range(count):
        p.add(
            "member_arrests",
            member=member,
            arrest_date=dt.date(2020 - i, 5, 1),
            reason=f"Offense {i}",
            city="Houston",
            state="TX",
            country="USA",
            outcome="dismissed",
        )


def test_member_arrests_fill_the_i918a_rows_newest_first(pdf918a: Path) -> None:
    p = abroad_with_children(0)
    _member_arrests(p, "Marta", 3)
    _member_arrests(p, "Tomás", 1)
    out, read, _ = _fill(p, 0, pdf918a)
    s3 = "form1[0].#subform[3]."
    assert read[s3 + "Part5_Line2a_WhyArrested[0]"] == "Offense 0"
    assert read[s3 + "Part5_Line3b_DateOfArrest[0]"] == "05/01/2019"
    assert (read[s3 + "Pt5Line3d_State[0]"], read[s3 + "P3_3f_Outcome[0]"]) == ("TX", "dismissed")
    assert (read[s3 + "Part5_Line2c_CityOrTown[0]"], read[s3 + "Part5_Line2e_Country[0]"]) == (
        "Houston",
        "USA",
    )
    assert any("Offense 2" in o.text for o in out.report.overflowed)  # the third
    keys = ("Part5_Line2", "Part5_Line3", "Pt5Line", "P3_3f")
    rows = [n for n in out.values if any(k in n for k in keys) and "chbx" not in n]
    assert len(rows) == 12  # both printed rows, every box
    out, _, _ = _fill(p, 1, pdf918a)  # Tomás: his one arrest only
    assert out.values[s3 + "Part5_Line2a_WhyArrested[0]"] == "Offense 0"
    assert s3 + "Part5_Line3a_WhyArrested[0]" not in out.values


def test_member_arrests_fill_the_i914a_table_and_the_sixth_overflows(pdf914a: Path) -> None:
    p = t_member(True)
    _member_arrests(p, "Marta", 6)
    out, read, _ = _fill914(p, 0, pdf914a)
    t = "form1[0].#subform[4].Table6[0]."
    for i, row in enumerate(("Row1[0]", "Row2[0]", "Row2[1]", "Row2[2]", "Row2[3]"), start=1):
        assert read[t + f"{row}.pEWhyCharged{i}[0]"] == f"Offense {i - 1}"
        assert read[t + f"{row}.pEArrestDate{i}[0]"] == f"05/01/{2021 - i}"
        assert read[t + f"{row}.pEWhereCharged{i}[0]"] == "Houston, TX, USA"
        assert read[t + f"{row}.pEOutcome{i}[0]"] == "dismissed"
    assert any("Offense 5" in o.text for o in out.report.overflowed)
