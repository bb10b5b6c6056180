"""The I-912 filled from the facts (issue 15): Part 1 basis or a missing fact, the people the
waiver covers with relationships in words, Part 4 benefits, Part 5 incomes and total, Part 6
hardship, assets and expenses. Three fact patterns, read back with pypdf from the real PDF."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from casefile.profile import Profile
from facts import FactView
from forms import fill
from forms.fill import FillReport
from tests.forms.clients import family_client
from tests.forms.helpers import assert_read_back, values

TODAY = dt.date(2026, 11, 29)
S0, S1, S2, S3 = (f"form1[0].#subform[{i}]." for i in range(4))
OFF = (None, "", "/Off")


def _fill(p: Profile) -> tuple[dict[str, Any], FillReport]:
    out = fill("i-912", FactView(p, today=TODAY), relief="u_visa")
    return values(out.pdf), out.report


def _benefits_client() -> Profile:
    p = family_client()
    p.set_answer("fee_waiver.basis_means_tested", True)
    p.set_answer("fee_waiver.basis_income", False)
    p.set_answer("fee_waiver.basis_hardship", False)
    p.add(
        "benefits",
        recipient_name="Beatriz Muestra Ríos",
        recipient_relationship="self",
        benefit_type="Medicaid",
        agency="NYC HRA",
        date_awarded=dt.date(2025, 3, 1),
        expires=dt.date(2026, 3, 1),
    )
    for i in range(5):  # lines 2-6: the [1] copies hold lines 5-8
        p.add(
            "benefits",
            recipient_name=f"Niño Muestra {i}",
            recipient_relationship="son",
            benefit_type="SNAP",
            agency="NY OTDA",
            date_awarded=dt.date(2025, 4, 1 + i),
            expires=dt.date(2027, 4, 1 + i),
        )
    return p


@pytest.fixture(scope="module")
def benefits() -> tuple[dict[str, Any], FillReport]:
    return _fill(_benefits_client())


def test_means_tested_basis_and_benefit_lines(benefits: tuple[dict[str, Any], FillReport]) -> None:
    v, report = benefits
    assert v[S0 + "P1_Line1_Checkbox[0]"] == "/A"
    assert v.get(S0 + "P1_Line2_Checkbox[0]") in OFF and v.get(S0 + "P1_Line3_Checkbox[0]") in OFF
    assert v[S1 + "Part4_Line1_FullName1[0]"] == "Beatriz Muestra Ríos"
    assert v[S1 + "Part4_Line1_Relationship1[0]"] == "self"
    assert v[S1 + "Part4_Line1_TypeofBene1[0]"] == "Medicaid"
    assert v[S1 + "Part4_Line1_Agency1[0]"] == "NYC HRA"
    assert v[S1 + "Part4_Line1_DateAward1[0]"] == "03/01/2025"
    assert v[S1 + "Part4_Line1_ExpDate1[0]"] == "03/01/2026"
    # line 5 is the first of the [1] copies, line 6 the second
    assert v[S1 + "Part4_Line1_FullName1[1]"] == "Niño Muestra 3"
    assert v[S1 + "Part4_Line1_ExpDate2[1]"] == "04/05/2027"
    assert v.get(S1 + "Part4_Line1_FullName3[1]") in OFF
    assert_read_back(v, report.filled)


def test_people_covered_with_relationships_in_words(
    benefits: tuple[dict[str, Any], FillReport],
) -> None:
    v, report = benefits
    assert v[S1 + "Part3_Line1_Name2[0]"] == "Carlos Muestra"
    assert v[S1 + "Part3_Line1_DateofBirth2[0]"] == "husband"
    assert v[S1 + "Part3_Line1_DateofBirth3[0]"] == "daughter"  # Ana
    assert v[S1 + "Part3_Line1_DateofBirth4[0]"] == "son"  # Luis
    # the fourth person covered (Rosa) goes to Part 10, not lost
    assert any("Rosa" in o.text and "daughter" in o.text for o in report.overflowed)


def test_an_unknown_basis_is_reported_missing_not_left_silent() -> None:
    p = family_client()
    p.set_answer("fee_waiver.basis_income", True)
    v, report = _fill(p)
    assert v[S0 + "P1_Line2_Checkbox[0]"] == "/B"
    missing = {m.fact for m in report.missing}
    assert {"fee_waiver.basis_means_tested", "fee_waiver.basis_hardship"} <= missing
    assert "fee_waiver.basis_income" not in missing


def _income_client() -> Profile:
    p = family_client()
    p.client.marital_status = "other"
    for fact, value in {
        "background.marital_status_other": "Unión libre",
        "fee_waiver.basis_means_tested": False,
        "fee_waiver.basis_income": True,
        "fee_waiver.basis_hardship": False,
        "fee_waiver.employment_status": "other",
        "fee_waiver.employment_other": "Day labor when offered",
        "fee_waiver.household_size": 6,
        "fee_waiver.household_earners": 2,
        "fee_waiver.annual_income": 9600,
        "fee_waiver.household_others_income": 14250,
        "fee_waiver.changed_since_tax_return": True,
        "fee_waiver.changes_explanation": "My partner lost his job in June.",
    }.items():
        p.set_answer(fact, value)
    p.add("aliases", name="Bea Ríos", family_name="Ríos", given_name="Bea", middle_name="M")
    p.add("aliases", name="Beatriz Ríos")  # recorded whole: goes to the family-name box
    return p


def test_income_basis_with_total_other_status_and_explanation() -> None:
    v, report = _fill(_income_client())
    assert v[S1 + "P2_7_MaritalStatus[6]"] == "/Other"
    assert v[S1 + "Part2_Line7_OtherText[0]"] == "Unión libre"
    assert v[S2 + "P5_1_EmploymentStatus[2]"] == "/Other"
    assert v[S2 + "Part3_Line3_Other[0]"] == "Day labor when offered"
    assert v[S2 + "Total[0]"] == "23850"  # 9600 + 14250
    assert v[S2 + "Part5_Line9_Explanation[0]"] == "My partner lost his job in June."
    assert v[S0 + "P2_L3_FamilyName[0]"] == "Ríos" and v[S0 + "P2_L3_GivenName[0]"] == "Bea"
    assert v[S0 + "P2_L3_MiddleName[0]"] == "M"
    assert v[S0 + "P2_3_FamilyName[0]"] == "Beatriz Ríos"
    # Part 6 is for the hardship basis only
    assert v.get(S3 + "Part6_Line1_Situation[0]") in OFF
    assert "fee_waiver.hardship_situation" not in {m.fact for m in report.missing}
    assert_read_back(v, report.filled)


def _hardship_client() -> Profile:
    p = family_client()
    for fact, value in {
        "fee_waiver.basis_means_tested": False,
        "fee_waiver.basis_income": False,
        "fee_waiver.basis_hardship": True,
        "fee_waiver.hardship_situation": "I lost my income when I left the farm in 2024.",
        "fee_waiver.monthly_expense_types": ["rent_mortgage", "food", "medical", "other"],
        "fee_waiver.monthly_expense_other": "Phone card for family",
        "fee_waiver.monthly_expenses_total": 1870,
    }.items():
        p.set_answer(fact, value)
    p.add("assets", asset_type="Savings account", value_usd=310)
    p.add("assets", asset_type="Cash", value_usd=45)
    # a benefit on file does not fill Part 4 when that basis is not claimed
    p.add("benefits", recipient_name="Ana Muestra Ríos", benefit_type="WIC")
    return p


def test_hardship_situation_assets_and_expenses() -> None:
    v, report = _fill(_hardship_client())
    assert v[S0 + "P1_Line3_Checkbox[0]"] == "/C"
    assert v[S3 + "Part6_Line1_Situation[0]"].startswith("I lost my income")
    assert v[S3 + "Part7_Line2a_TypeOfAsset[0]"] == "Savings account"
    assert v[S3 + "Assets1[0]"] == "310" and v[S3 + "Assets2[0]"] == "45"
    assert v[S3 + "TotalAssets[0]"] == "355"
    ticked = {n for n in v if "P6_Line3_Checkbox" in n and v[n] not in OFF}
    assert ticked == {S3 + f"P6_Line3_Checkbox[{i}]" for i in (0, 1, 8, 10)}
    assert v[S3 + "P6_Line3_Other[0]"] == "Phone card for family"
    assert v[S3 + "Part6_Line3_Total[0]"] == "1870"
    assert v.get(S1 + "Part4_Line1_FullName1[0]") in OFF
    assert_read_back(v, report.filled)


def test_relationship_words_follow_sex_and_the_derivative_parent() -> None:
    p = family_client()
    p.add("family", relationship="parent", given_name="Marta", sex="F")
    p.add("family", relationship="sibling", given_name="Tomás", sex="M")
    p.add(
        "family",
        relationship="child_of_derivative",
        given_name="Lía",
        sex="F",
        derivative_parent="Ana",
    )
    p.add("family", relationship="child_of_derivative", given_name="Eli", derivative_parent="Tomás")
    words = {r.get("given_name"): r.get("relationship_words") for r in FactView(p).rows("family")}
    assert words["Marta"] == "mother" and words["Tomás"] == "brother"
    assert words["Carlos"] == "husband" and words["Ana"] == "daughter"
    assert words["Lía"] == "granddaughter" and words["Eli"] == "niece or nephew"


def _complete_client(marital: str, employment: str, flag: bool) -> Profile:
    """Every I-912 fact answered (the three bases at once), with rows beyond the form's lines."""
    p = family_client()
    p.client.marital_status = marital
    p.client.middle_name = "Inés"
    p.client.ssn = "000-00-0007"
    p.client.uscis_account_number = "000011112222"
    for fam in p.rows("family"):
        fam.a_number = "A012345670"
    for i in range(3):  # more people covered than Part 3 holds: Part 10, then a sheet
        p.add("family", relationship="child", given_name=f"Extra{i}", include_as_derivative=True)
    for i in range(2):
        p.add("aliases", family_name=f"Ríos{i}", given_name="Bea", middle_name="M")
    for i in range(8):
        p.add(
            "benefits",
            recipient_name=f"Persona {i}",
            recipient_relationship="son",
            benefit_type="SNAP",
            agency="NY OTDA",
            date_awarded=dt.date(2025, 4, 1),
            expires=dt.date(2027, 4, 1),
        )
    for i in range(3):
        p.add("assets", asset_type=f"Account {i}", value_usd=10 * i)
    answers: dict[str, object] = {
        "fee_waiver.basis_means_tested": True,
        "fee_waiver.basis_income": True,
        "fee_waiver.basis_hardship": True,
        "fee_waiver.employment_status": employment,
        "fee_waiver.employment_other": "Day labor",
        "fee_waiver.receiving_unemployment_benefits": flag,
        "fee_waiver.unemployed_since": dt.date(2025, 6, 1),
        "fee_waiver.household_size": 9,
        "fee_waiver.household_earners": 2,
        "fee_waiver.head_of_household": "Carlos Muestra",
        "fee_waiver.annual_income": 100,
        "fee_waiver.household_others_income": 200,
        "fee_waiver.changed_since_tax_return": flag,
        "fee_waiver.changes_explanation": "Moved",
        "fee_waiver.hardship_situation": "Medical debt",
        "fee_waiver.monthly_expense_types": [
            "rent_mortgage",
            "food",
            "utilities",
            "car_payment",
            "loans_credit_cards",
            "child_elder_care",
            "insurance",
            "commuting",
            "medical",
            "school",
            "other",
        ],
        "fee_waiver.monthly_expense_other": "Phone",
        "fee_waiver.monthly_expenses_total": 900,
        "background.marital_status_other": "Unión libre",
        "background.mobile_phone": "(347) 555-0188",
    }
    for fact, value in answers.items():
        p.set_answer(fact, value)
    return p


def test_every_mapped_field_receives_a_value_in_some_fact_pattern() -> None:
    """Coverage honesty: a field counted 'mapped' is written for some pattern (plan only)."""
    from forms.fill import plan
    from forms.maps import load_map

    written: set[str] = set()
    statuses = ("unemployed", "employed", "retired", "other")
    maritals = ("single", "married", "divorced", "widowed", "annulled", "separated", "other")
    for i, marital in enumerate(maritals):
        p = _complete_client(marital, statuses[i % 4], flag=i % 2 == 0)
        written |= set(plan("i-912", FactView(p, today=TODAY), relief="u_visa").report.filled)
    mapped = load_map("i-912_2025-07-22.yaml").mapped_fields()
    assert sorted(mapped - written) == []
