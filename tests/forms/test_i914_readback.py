"""I-914 read back (issue 15): fill the synthetic PDF built from the field list for fictional
fact patterns (a family with derivatives and counsel, every statement answered no, every
admissibility item answered yes with its explanation), read every field back with pypdf and
compare it with the profile; every field the map counts as mapped receives a value in some
pattern here (coverage honesty)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from casefile.demo import demo_profile
from casefile.profile import Profile
from facts import FactView
from facts.derived_t_forms import HARDSHIP_FACTS
from forms.fill import FilledForm
from forms.maps import load_map
from forms.synthetic import synthetic_pdf
from tests.forms.helpers import fill_and_read_back, set_answered
from tests.forms.test_g28_counsel import OFFICE
from tests.forms.test_i914_part4 import QUESTIONNAIRE

TODAY = dt.date(2026, 11, 29)
F = "form1[0]."
S0, S1, S4, S5 = (F + f"#subform[{i}]." for i in (0, 1, 4, 5))
S9, S10, S14 = F + "#subform[9].", F + "#subform[10].", F + "#subform[14]."
HARDSHIP = ("hardship.trafficker_reprisal_risk", "hardship.revictimization_risk")


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synthetic_pdf(tmp_path_factory.mktemp("i914"), "i-914", "i-914.fields.json")


def _family(p: Profile) -> None:
    """A spouse abroad and three children in New York, all included."""
    p.groups["family"] = []
    p.add(
        "family",
        relationship="spouse",
        family_name="Vargas",
        given_name="Tomás",
        middle_name="Ariel",
        date_of_birth=dt.date(1986, 4, 2),
        country_of_birth="Guatemala",
        location_city="Quetzaltenango",
        location_country="Guatemala",
        include_as_derivative=True,
    )
    for i, name in enumerate(("Ana", "Beto", "Celia")):
        p.add(
            "family",
            relationship="child",
            family_name="Vargas",
            given_name=name,
            middle_name=f"M{i}",
            date_of_birth=dt.date(2012 + i, 1, 5),
            country_of_birth="Guatemala",
            in_us=True,
            location_city="Queens",
            location_country="United States",
            us_state="NY",
            include_as_derivative=True,
        )


def family_pattern() -> Profile:
    """Filed once before; reported to a police office; two entries; three arrests (the oldest
    goes to Part 9); other names in parts; counsel's details from the office settings."""
    p = demo_profile()
    p.counsel = {**OFFICE, "representative.uscis_account_number": "123456789012"}
    _family(p)
    p.groups["aliases"] = []
    for fam, giv, mid in (("Vargas", "Lucy", "I."), ("Ejemplo", "Lu", "Inés")):
        p.add("aliases", name=f"{giv} {fam}", family_name=fam, given_name=giv, middle_name=mid)
    p.groups["arrests"] = []
    for year, offense, outcome in ((2022, "Loitering", "dismissed"), (2020, "Trespass", "sealed")):
        p.add(
            "arrests",
            arrest_date=dt.date(year, 6, 1),
            offense=offense,
            city="Queens",
            state="NY",
            country="USA",
            disposition=outcome,
        )
    p.add("arrests", arrest_date=dt.date(2017, 1, 1), offense="Vending", disposition="fined")
    p.groups["entries"] = []
    for year, place, state, klass in (
        (2019, "JFK Airport", "NY", "B2"),
        (2016, "Laredo", "TX", ""),
    ):
        p.add(
            "entries",
            direction="entry",
            event_date=dt.date(year, 3, 3),
            place=place,
            state=state,
            visa_class=klass or None,
            manner="without inspection",
        )
    p.groups["le_contacts"] = []
    p.add("le_contacts", agency="NYPD 110th Precinct", event="report", case_number="2023-0042")
    for fact, value in (
        ("background.prior_t_application", True),
        ("background.prior_t_receipt", "EAC2490012345"),
        ("background.current_status_code", "par"),
        ("cooperation.reported_to_lea", True),
        ("cooperation.report_office_street", "94-41 43rd Avenue"),
        ("cooperation.report_office_unit", "Ste 2"),
        ("cooperation.report_office_city", "Elmhurst"),
        ("cooperation.report_office_state", "NY"),
        ("cooperation.report_office_zip", "11373"),
        ("cooperation.report_office_phone", "718-555-0110"),
        ("cooperation.requests_received", True),
        ("cooperation.refused_request", False),
        ("immigration.physically_present", True),
        ("immigration.stay_related_to_trafficking", True),
        ("immigration.last_entry_due_to_trafficking", True),
        (HARDSHIP[0], True),
    ):
        set_answered(p, fact, value)
    return p


def no_pattern() -> Profile:
    """Every Part 3 statement answered no by the record; one entry, the list answered; the
    crime was not reported, in the client's words; first T filing."""
    p = demo_profile()
    for row in p.rows("episodes"):
        row.kind = "crime"  # type: ignore[attr-defined]
    p.client.date_of_birth = dt.date(1970, 1, 1)
    for row in p.rows("family"):
        row.include_as_derivative = False  # type: ignore[attr-defined]
    p.groups["entries"] = []
    p.add("entries", direction="entry", event_date=dt.date(2015, 5, 5), place="El Paso")
    set_answered(p, "entries[]", None)
    for fact, value in (
        ("background.prior_t_application", False),
        ("cooperation.reported_to_lea", False),
        ("cooperation.not_reported_circumstances", "I was afraid they would find me."),
        ("cooperation.refused_request", True),
        ("cooperation.unable_due_to_trauma", False),
        ("immigration.physically_present", False),
        ("immigration.last_entry_due_to_trafficking", False),
        *((h, False) for h in HARDSHIP_FACTS),
    ):
        set_answered(p, fact, value)
    return p


def explained_pattern(answer: bool) -> Profile:
    """Every Part 4 questionnaire item answered the same way; a yes carries its explanation."""
    p = demo_profile()
    for fact in [*QUESTIONNAIRE, "inadmissibility.helped_others_enter"]:
        set_answered(p, fact, answer)
        if answer:
            set_answered(p, f"{fact}_explanation", f"Explained: {fact.split('.')[1]}.")
    p.client.in_removal_proceedings = answer
    p.client.prior_removal_order = answer
    if not answer:
        p.groups["arrests"] = []
        set_answered(p, "background.ever_arrested", False)
    return p


def variants() -> list[Profile]:
    """The family pattern once per marital status and unit type, with the identity numbers,
    so every box of those items is written by some pattern."""
    out = []
    for status, unit in (("married", "Apt 1"), ("divorced", "Flr 2"), ("widowed", "Ste 3")):
        p = family_pattern()
        c = p.client
        c.marital_status, c.sex, c.email = status, "M", "t.example@example.org"
        c.passport_number, c.passport_country = "G0000001", "Guatemala"
        c.passport_expiry, c.i94_number = dt.date(2030, 1, 1), "12345678901"
        c.ssn, c.uscis_account_number = "123456789", "987654321012"
        for row in p.rows("addresses"):
            row.unit = unit  # type: ignore[attr-defined]
        p.add("addresses", kind="mailing", street="PO Box 9", unit=unit, city="Queens")
        set_answered(p, "cooperation.report_office_unit", unit)
        set_answered(p, "background.passport_issue_date", dt.date(2020, 1, 1))
        set_answered(p, "background.ead_requested", False)
        out.append(p)
    return out


def _fill(p: Profile, pdf: Path) -> tuple[FilledForm, dict[str, object], dict[str, str]]:
    return fill_and_read_back("i-914", FactView(p, today=TODAY), pdf, "t_visa")


def test_family_pattern_fills_parts_1_to_6(pdf: Path) -> None:
    out, read, states = _fill(family_pattern(), pdf)
    assert states[S0 + "CheckBox1[1]"] == "/1" and S0 + "CheckBox1[0]" not in out.values
    assert read[S0 + "EACNumber[0]"] == "2490012345"
    assert (read[S0 + "TextField1[0]"], read[S0 + "TextField1[1]"]) == ("5551234", "123456789012")
    names = [read[S0 + f"OtherName{x}1[0]"] for x in ("LastName", "First", "Middle")]
    assert names == ["Vargas", "Lucy", "I."]
    assert read[S0 + "OtherNameMiddle2[0]"] == "Inés"
    assert (read[S1 + "P3_Line17_State[0]"], read[S1 + "P3_Line12g_CurrentNon[0]"]) == (
        " NY",
        "PAR",
    )
    for item in ("Q1", "Q2", "Q2b"):
        assert states[S1 + f"{item}_yes[0]"] == "/1", item
    for item in ("Q3", "Q4", "Q7", "Q9", "Q11"):
        assert states[S4 + f"{item}_yes[0]"] == "/1", item
        assert S4 + f"{item}_no[0]" not in out.values, item
    assert states[S4 + "Q5_yes[0]"] == "/Y" and states[S4 + "Q8_no[0]"] == "/N"
    office = [read[S4 + f"P3_Line5_{x}[0]"] for x in ("StreetNumberName", "AptSteFlrNumber")]
    office += [read[S4 + f"P3_Line5_{x}[0]"] for x in ("CityOrTown", "ZipCode", "CaseNumber")]
    assert office == ["94-41 43rd Avenue", "2", "Elmhurst", "11373", "2023-0042"]
    assert states[S4 + "P3_Line5_Unit[1]"] == "/ STE "
    assert read[S4 + "P3_Line5_DaytimePhoneNumber[0]"] == "7185550110"
    assert S4 + "P3_Line5_Circumstances[0]" not in out.values
    # item 8 after a No: the most recent entry
    entry = [read[S4 + n] for n in ("DateofEntry[0]", "PlaceofEntry[0]", "ddState[0]", "Status[0]")]
    assert entry == ["03/03/2019", "JFK Airport", " NY", "B2"]
    # the arrest table: the two most recent; the third goes to Part 9
    t = S5 + "Table6[0]."
    assert read[t + "Row1[0].Whywereyouarrestedciteddetainedorcharged[0]"] == "Loitering"
    assert read[t + "Row1[0].Wherewereyouarrestedciteddetainedorcharged[0]"] == "Queens, NY, USA"
    assert read[t + "Row2[0].Dateofarrestcitationdetentioncharge[0]"] == "06/01/2020"
    assert read[t + "Row2[0].Outcomeordisposition[0]"] == "Sealed"
    assert any("Vending" in o.text for o in out.report.overflowed)
    # Part 5: middle names and the children's state; Part 6: phone and the preparer's name
    assert read[S9 + "MiddleName[0]"] == "Ariel"
    assert (read[S9 + "MiddleName[1]"], read[S9 + "P1_Line8_State[1]"]) == ("M0", " NY")
    assert (read[S10 + "MiddleName[3]"], read[S10 + "P1_Line8_State[3]"]) == ("M2", " NY")
    assert read[S10 + "Pt12Line2_RepresentativeName[0]"] == "Ngozi Okafor"
    assert read[S10 + "Pt12Line5_DaytimePhoneNumber[0]"] == "2125550147"


def test_no_pattern_ticks_no_and_explains_the_missing_report(pdf: Path) -> None:
    out, read, states = _fill(no_pattern(), pdf)
    assert states[S0 + "CheckBox1[0]"] == "/1" and S0 + "CheckBox1[1]" not in out.values
    for sub, item in ((S1, "Q1"), (S1, "Q2"), (S1, "Q2b"), (S4, "Q3"), (S4, "Q4")):
        assert states[sub + f"{item}_no[0]"] == "/1", item
        assert sub + f"{item}_yes[0]" not in out.values, item
    for item in ("Q6", "Q7", "Q9", "Q11"):
        assert states[S4 + f"{item}_no[0]"] == "/1", item
    assert states[S4 + "Q5_no[0]"] == "/N" and states[S4 + "Q8_yes[0]"] == "/Y"
    assert read[S4 + "P3_Line5_Circumstances[0]"] == "I was afraid they would find me."
    assert S4 + "P3_Line5_StreetNumberName[0]" not in out.values
    assert S4 + "DateofEntry[0]" not in out.values  # first entry: no list


def test_unknown_statements_stay_blank_and_are_reported(pdf: Path) -> None:
    p = demo_profile()
    p.groups["episodes"] = []
    out, _, _ = _fill(p, pdf)
    assert S1 + "Q1_yes[0]" not in out.values and S1 + "Q1_no[0]" not in out.values
    assert "t_application.victim_of_trafficking" in {m.fact for m in out.report.missing}


def test_yes_answers_print_their_explanations_in_part9_then_a_sheet(pdf: Path) -> None:
    out, read, _ = _fill(explained_pattern(True), pdf)
    assert read[S14 + "P10_Line2d_AdditionalInfo[0]"] == "Explained: crime_not_arrested."
    assert (read[S14 + "P10_Line2b_PartNumber[0]"], read[S14 + "P10_Line2c_ItemNumber[0]"]) == (
        "4",
        "1.A",
    )
    placed = [o.placed for o in out.report.overflowed if o.text.startswith("Explained")]
    assert placed.count("additional_info") == 4
    assert placed.count("continuation") == len(QUESTIONNAIRE) - 4
    assert out.continuation_pages >= 1


def test_every_mapped_field_gets_a_value_in_some_pattern(pdf: Path) -> None:
    filled: set[str] = set()
    patterns = [no_pattern(), explained_pattern(True), explained_pattern(False), *variants()]
    for p in patterns:
        out, _, _ = _fill(p, pdf)
        filled |= set(out.values)
    mapped = load_map("i-914_2025-01-20.yaml").mapped_fields()
    assert len(mapped) >= 270
    assert sorted(mapped - filled) == []
