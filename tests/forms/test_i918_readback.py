"""I-918 read back (issue 15): fill the synthetic PDF built from the field list for fictional
fact patterns, read every field back with pypdf and compare it with the profile; every field the
map counts as mapped must receive a value in some pattern here (coverage honesty)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from casefile.demo import demo_profile
from casefile.profile import Profile
from facts import FactView
from facts.catalogue import load_catalogue
from forms.fill import FilledForm
from forms.maps import load_map
from forms.synthetic import synthetic_pdf
from tests.forms.clients import family_client
from tests.forms.helpers import fill_and_read_back, set_answered

TODAY = dt.date(2026, 11, 29)
F = "form1[0]."
P2 = F + "page2[0]."
P4 = F + "#subform[6]."


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synthetic_pdf(tmp_path_factory.mktemp("i918"), "i-918", "i-918.fields.json")


def derivative_pattern() -> Profile:
    """Married petitioner, spouse and three children included, six relatives in all: the sixth
    overflows Part 4's five rows. Certified on an I-918B; harmed; crime in the U.S."""
    p = family_client()
    p.client.email = "b.example@example.org"
    p.add("episodes", kind="crime", in_us=True, city="Bronx", state="NY")
    p.add("certifications", form="I-918B", status="signed", agency="Sample County DA")
    set_answered(p, "crime.abuse.physical_injury", True)
    set_answered(p, "cooperation.has_information", True)
    set_answered(p, "background.mobile_phone", "347-555-0188")
    set_answered(p, "background.last_entry_status_expiry", dt.date(2020, 2, 2))
    p.client.in_removal_proceedings = True
    set_answered(p, "background.proceedings_type", "removal")
    # three arrests: Part 3 prints the two most recent, the oldest goes to Part 8
    for year, offense, state, outcome in (
        (2021, "Driving without a license", "NY", "dismissed"),
        (2018, "Trespass", "NJ", "convicted"),
        (2016, "Loitering", "NY", "sealed"),
    ):
        p.add(
            "arrests",
            arrest_date=dt.date(year, 3, 4),
            offense=offense,
            state=state,
            disposition=outcome,
            city="Newark" if state == "NJ" else "Bronx",
            country="United States",
        )
    p.add(
        "aliases",
        name="Bea Ríos Muestra",
        family_name="Ríos Muestra",
        given_name="Bea",
        middle_name="M.",
    )
    p.add(
        "entries",
        direction="entry",
        event_date=dt.date(2019, 2, 3),
        place="San Ysidro",
        state="CA",
        manner="paroled",
    )
    set_answered(p, "inadmissibility.helped_others_enter", False)
    p.client.prior_removal_order = False
    for i, member in enumerate(p.rows("family")):
        member.middle_name = f"M{i}"  # type: ignore[attr-defined]
    return p


def young_abroad_pattern() -> Profile:
    """A 15-year-old abroad: the crime was abroad and broke no U.S. law, no lasting harm found,
    the Supplement B request was refused, no family included; home address in Mexico."""
    p = demo_profile()
    p.client.date_of_birth = dt.date(2011, 6, 1)
    for row in p.rows("episodes"):
        row.in_us = False  # type: ignore[attr-defined]
    for row in p.rows("certifications"):
        row.form, row.status = "I-918B", "refused"  # type: ignore[attr-defined]
    for row in p.rows("family"):
        row.include_as_derivative = False  # type: ignore[attr-defined]
    for row in p.rows("addresses"):
        if row.kind == "physical":  # type: ignore[attr-defined]
            row.country, row.state, row.postal_code = "Mexico", "Jalisco", "44100"  # type: ignore[attr-defined]
        else:
            row.country, row.state, row.postal_code = "Mexico", "Sonora", "83000"  # type: ignore[attr-defined]
    for fact in (
        "crime.abuse.physical_injury",
        "crime.abuse.mental_harm",
        "crime.abuse.lasting_effects",
    ):
        set_answered(p, fact, False)
    set_answered(p, "crime.violated_us_law_abroad", False)
    set_answered(p, "cooperation.has_information", False)
    set_answered(p, "background.ever_in_court_proceedings", True)
    set_answered(p, "background.proceedings_type", "deportation")
    set_answered(p, "background.proceedings_action_date", dt.date(1996, 5, 1))
    set_answered(p, "background.living_outside_us", True)
    set_answered(p, "inadmissibility.helped_others_enter", True)
    p.client.prior_removal_order = True
    p.client.in_removal_proceedings = False
    set_answered(p, "background.notify_office", "port_of_entry")
    set_answered(p, "background.notify_office_city", "San Ysidro")
    set_answered(p, "background.notify_office_state", "CA")
    set_answered(p, "background.notify_office_country", "United States")
    p.add(
        "addresses",
        kind="foreign",
        street="Calle Ficticia 12",
        unit="Apt 3",
        city="Tijuana",
        state="Baja California",
        postal_code="22000",
        country="Mexico",
    )
    return p


def variants() -> list[Profile]:
    """The abroad pattern once per kind of proceedings, office to notify and unit type, so
    every box of those items is written by some pattern."""
    out = []
    offices, units = ("consulate", "pre_flight", "port_of_entry"), ("Ste 1", "Flr 2", "Apt 3")
    for i, kind in enumerate(("removal", "exclusion", "deportation", "rescission", "judicial")):
        p = young_abroad_pattern()
        set_answered(p, "background.proceedings_type", kind)
        set_answered(p, "background.notify_office", offices[i % 3])
        for row in p.rows("addresses"):
            if row.kind == "foreign":  # type: ignore[attr-defined]
                row.unit = units[i % 3]  # type: ignore[attr-defined]
        out.append(p)
    return out


def admissibility_pattern(answer: bool) -> Profile:
    """The demo client with every Part 3 questionnaire fact answered the same way."""
    p = demo_profile()
    names = [n for n in load_catalogue().facts if n.startswith("admissibility.")]
    for name in names:
        if not name.endswith("_explanation") and name != "admissibility.ever_arrested":
            set_answered(p, name, answer)
    if not answer:
        p.groups["arrests"] = []
        set_answered(p, "background.ever_arrested", False)  # item 1.B: never arrested
    return p


def explained_pattern() -> Profile:
    """Every questionnaire item answered yes, each with the client's explanation: Part 8 holds
    the first five, the rest go to a continuation sheet."""
    p = admissibility_pattern(True)
    for name in load_catalogue().facts:
        if name.startswith("admissibility.") and name.endswith("_explanation"):
            set_answered(p, name, f"Explained: {name.split('.')[1].removesuffix('_explanation')}.")
    return p


def unlisted_crime_pattern() -> Profile:
    """Only a robbery is recorded: not a crime the U list names, so Part 2 item 1 is No."""
    p = demo_profile()
    p.groups["episodes"] = []
    p.add("episodes", kind="crime", crime_types=["robbery"], in_us=True)
    return p


def _fill(p: Profile, pdf: Path) -> tuple[FilledForm, dict[str, object], dict[str, str]]:
    """Fill the I-918, proving every value written reads back from the PDF."""
    out, read, states = fill_and_read_back("i-918", FactView(p, today=TODAY), pdf, "u_visa")
    return out, read, states


def test_demo_u_client_part2_answers_read_back(pdf: Path) -> None:
    out, read, states = _fill(demo_profile(), pdf)
    # a trafficking episode in Queens, harm answered yes, information yes; adult; an I-914B only
    answers = {1: "Yes", 2: "Yes", 3: "Yes", 4: "No", 5: "Yes", 6: "No"}
    for item, word in answers.items():
        box = 0 if word == "Yes" else 1
        assert states[P2 + f"P2_Line{item}_chbxyesno[{box}]"] == "/" + word, item
    # mother and brother are included, so Part 4 item 26 is Yes, but neither is a spouse or child
    assert states[P4 + "P4_26_chbxyesno[0]"] == "/Yes"
    assert P4 + "P4_Line1a_FamilyName[0]" not in out.values
    assert read[F + "#subform[7].#area[0].P5_Line3_DaytimePhoneNumber3[0]"] == "2125550147"


def test_derivative_pattern_fills_part4_rows_and_overflows_the_sixth(pdf: Path) -> None:
    p = derivative_pattern()
    out, read, states = _fill(p, pdf)
    rows = [
        (
            "P4_Line1a_FamilyName[0]",
            "P4_Line1b_GivenName[0]",
            "P4_Line2_DateOfBirth[0]",
            "P4_Line4_Relationship[0]",
            "P4_Line5_CurrentLocation[0]",
        ),
        (
            "P4_Line6a_FamilyName[0]",
            "P4_Line6b_GivenName[0]",
            "P4_Line7_DateOfBirth[0]",
            "P4_Line9_Relationship[0]",
            "P4_Line10_CurrentLocation[0]",
        ),
        (
            "P4_Line11a_FamilyName[0]",
            "P4_Line11b_GivenName[0]",
            "P4_Line12_DateOfBirth[0]",
            "P4_Line14_Relationship[0]",
            "P4_Line15_CurrentLocation[0]",
        ),
        (
            "P4_Line6a_FamilyName[1]",
            "P4_Line6b_GivenName[1]",
            "P4_Line7_DateOfBirth[1]",
            "P4_Line9_Relationship[1]",
            "P4_Line10_CurrentLocation[1]",
        ),
        (
            "P4_Line11a_FamilyName[1]",
            "P4_Line11b_GivenName[1]",
            "P4_Line12_DateOfBirth[1]",
            "P4_Line14_Relationship[1]",
            "P4_Line15_CurrentLocation[1]",
        ),
    ]
    family = p.rows("family")
    for fields, member in zip(rows, family, strict=False):
        fam, giv, dob, rel, loc = (read[P4 + f] for f in fields)
        assert (fam, giv) == (member.family_name, member.given_name)  # type: ignore[attr-defined]
        assert dob == member.date_of_birth.strftime("%m/%d/%Y")  # type: ignore[attr-defined]
        assert rel == member.relationship.capitalize()  # type: ignore[attr-defined]
        city = member.location_city  # type: ignore[attr-defined]
        assert loc == (f"{city}, Honduras" if city else "United States")
    assert read[P4 + "P4_Line3_CountryOfBirth[0]"] == "Honduras"
    # the sixth relative (Elena) has no row: she is written to Part 8 or a continuation sheet
    assert any("Elena" in o.text for o in out.report.overflowed)
    assert states[P4 + "P4_26_chbxyesno[0]"] == "/Yes"
    assert states[P2 + "P2_Line4_chbxyesno[0]"] == "/Yes"  # a signed I-918B
    # now in removal proceedings: the box, and 'Current' for the date as the form instructs
    assert states[P2 + "Pt2Line7b_RemovalCheckbox[0]"] == "/Y"
    assert read[P2 + "Pt2Line7b_DateOfRemoval[0]"] == "Current"
    assert F + "#subform[2].P2_Line11a_Checkboxes[0]" not in out.values  # lives in the U.S.
    # Part 3: arrests on file, the two most recent in the rows, newest first
    s3, s5 = F + "#subform[3].", F + "#subform[5]."
    assert states[F + "#subform[2].P3_1b_chbxyesno[0]"] == "/Yes"
    row1 = [
        read[s3 + n]
        for n in (
            "P3_Line2a_WhyArrested[0]",
            "P3_Line2b_DateOfArrest[0]",
            "Pt3Line2d_State[0]",
            "P3_Line2f_Outcome[0]",
        )
    ]
    row2 = [
        read[s3 + n]
        for n in (
            "P3_Line3a_WhyArrested[0]",
            "P3_Line3b_DateOfBirth[0]",
            "Pt3Line3d_State[0]",
            "P3_Line3f_Outcome[0]",
        )
    ]
    assert row1 == ["Driving without a license", "03/04/2021", "NY", "Dismissed"]
    assert row2 == ["Trespass", "03/04/2018", "NJ", "Convicted"]
    where = [read[s3 + n] for n in ("P3_Line3c_CityOrTown[0]", "P3_Line3e_Country[0]")]
    assert where == ["Newark", "United States"]
    assert read[s3 + "P3_Line2c_CityOrTown[0]"] == "Bronx"
    # the other name in parts, and the state of the last entry (item 19.B and entry row 1)
    s0 = F + "#subform[0]."
    parts = [
        read[s0 + f"P1_Line2{x}[0]"]
        for x in ("a_OtherFamilyName", "b_OtherGivenName", "c_OtherMiddleName")
    ]
    assert parts == ["Ríos Muestra", "Bea", "M."]
    assert read[P2 + "Pt1Line19b_State[0]"] == "CA"
    assert read[F + "#subform[2].Pt2Line8c_State[0]"] == "CA"
    assert any("Loitering" in o.text for o in out.report.overflowed)
    assert states[s3 + "P3_4c_chbxyesno[1]"] == "/No"
    assert states[s5 + "P3_16_chbxyesno[0]"] == "/Yes"
    assert states[s5 + "P3_19_chbxyesno[1]"] == "/No"
    assert read[F + "#subform[7].#area[1].P5_Line5_SafePhoneNumber3[0]"] == "3475550188"
    assert read[F + "#subform[7].P5_Line6_EmailAddress[0]"] == "b.example@example.org"
    assert read[P2 + "P1_Line21_DateOfLastEntry[0]"] == "02/02/2020"
    # a U.S. address: ZIP in the ZIP box, nothing in the foreign postal code or province boxes
    assert F + "#subform[0].P1_Line3g_PostalCode[0]" not in out.values
    assert F + "#subform[0].P1_Line3f_Province[0]" not in out.values


def test_young_petitioner_abroad_answers_no_and_fills_foreign_address(pdf: Path) -> None:
    out, read, states = _fill(young_abroad_pattern(), pdf)
    for item in (2, 3, 4, 5):
        assert states[P2 + f"P2_Line{item}_chbxyesno[1]"] == "/No", item
        assert states[P2 + f"P2_Line{item}_chbxyesno[0]"] != "/Yes", item
    assert states[P2 + "P2_Line6_chbxyesno[0]"] == "/Yes"  # 15 years old on TODAY
    assert states[P4 + "P4_26_chbxyesno[1]"] == "/No"
    s0 = F + "#subform[0]."
    assert (read[s0 + "P1_Line3f_Province[0]"], read[s0 + "P1_Line3g_PostalCode[0]"]) == (
        "Jalisco",
        "44100",
    )
    assert (read[s0 + "P1_Line4g_Province[0]"], read[s0 + "P1_Line4h_PostalCode[0]"]) == (
        "Sonora",
        "83000",
    )
    # past deportation case: its box and the date of the last action
    assert states[P2 + "Pt2Line7d_DeportationCheckbox[0]"] == "/Y"
    assert read[P2 + "Pt2Line7d_DateOfDeportation[0]"] == "05/01/1996"
    assert P2 + "Pt2Line7b_RemovalCheckbox[0]" not in out.values
    # outside the U.S.: the port of entry to notify and the safe foreign address
    s2 = F + "#subform[2]."
    assert states[s2 + "P2_Line11a_Checkboxes[2]"] == "/Port of Entry"
    assert read[s2 + "Pt2Line11b_CityTown[0]"] == "San Ysidro"
    assert read[s2 + "Pt2Line11c_State[0]"] == "CA"
    assert read[s2 + "P2_Line11d_Country[0]"] == "United States"
    boxes = ("a_StreetNumberName", "b_AptSteFlrNumber", "c_CityOrTown", "d_Province")
    boxes += ("e_PostalCode", "f_Country")
    foreign = [read[s2 + f"P2_Line12{x}[0]"] for x in boxes]
    assert foreign == ["Calle Ficticia 12", "3", "Tijuana", "Baja California", "22000", "Mexico"]
    assert states[s2 + "P2_Line14b_Unit[2]"] == "/ APT "
    # admissibility yes answers from the casefile: helped someone enter, a prior removal order
    assert states[F + "#subform[3].P3_4c_chbxyesno[0]"] == "/Yes"
    assert states[F + "#subform[5].P3_19_chbxyesno[0]"] == "/Yes"
    assert states[F + "#subform[5].P3_16_chbxyesno[1]"] == "/No"


@pytest.mark.parametrize("answer", [True, False])
def test_admissibility_answers_read_back_in_part3(pdf: Path, answer: bool) -> None:
    out, _, states = _fill(admissibility_pattern(answer), pdf)
    box = 0 if answer else 1
    want = "/Yes" if answer else "/No"
    # 1.A (a crime never arrested for), 4.A (prostitution), 12.C, 23 (misrepresentation), 29.C
    for sub, item in (("2", "1a"), ("3", "4a"), ("4", "12c"), ("5", "23"), ("5", "29c")):
        assert states[F + f"#subform[{sub}].P3_{item}_chbxyesno[{box}]"] == want, item
        assert states[F + f"#subform[{sub}].P3_{item}_chbxyesno[{1 - box}]"] != want, item
    part3 = [n for n in out.values if "P3_" in n and "chbxyesno" in n]
    assert len(part3) >= 54


def test_every_mapped_field_gets_a_value_in_some_pattern(pdf: Path) -> None:
    """Coverage honesty for Parts 2 to 5 and the province/postal boxes (the parts issue 15
    maps here; entry rows 8-10 are proven elsewhere): every field the map counts as mapped is
    written, and reads back, for at least one pattern."""
    filled: set[str] = set()
    patterns = [demo_profile(), derivative_pattern(), young_abroad_pattern(), *variants()]
    patterns += [admissibility_pattern(True), admissibility_pattern(False)]
    patterns += [unlisted_crime_pattern()]
    for p in patterns:
        out, _, _ = _fill(p, pdf)
        filled |= set(out.values)
    fmap = load_map("i-918_2025-01-20.yaml")
    ours = {
        f
        for e, block in fmap.all_entries()
        if (e.label.part in ("2", "3", "4", "5") and (block is None or block.label.part != "2"))
        or any("Province" in n or "PostalCode" in n for n in e.fields())
        for f in e.fields()
    }
    assert len(ours) >= 75
    assert sorted(ours - filled) == []


def test_yes_answers_print_their_explanations_in_part8_then_a_sheet(pdf: Path) -> None:
    out, read, states = _fill(explained_pattern(), pdf)
    s10 = F + "#subform[10]."
    # Part 8 line 3 is the first yes of Part 3 in the map's order: 1.A on page 3
    assert read[s10 + "P8_Line3d_AdditionalInfo[0]"] == "Explained: crime_not_arrested."
    assert (read[s10 + "P8_Line3a_PageNumber[0]"], read[s10 + "P8_Line3c_ItemNumber[0]"]) == (
        "3",
        "1.A",
    )
    placed = {o.text: o.placed for o in out.report.overflowed}
    assert placed["Explained: j_visa_unmet_residence."] == "continuation"
    assert placed["Explained: child_soldier_use."] == "continuation"
    assert sum(1 for v in placed.values() if v == "additional_info") == 5
    assert states[F + "#subform[5].P3_25_chbxyesno[0]"] == "/Yes"
    assert out.continuation_pages >= 1
    # none is reported missing once explained
    assert not [m for m in out.report.missing if m.fact.endswith("_explanation")]


def test_a_yes_without_explanation_is_reported_missing(pdf: Path) -> None:
    out, _, states = _fill(admissibility_pattern(True), pdf)
    assert states[F + "#subform[4].P3_10f_chbxyesno[0]"] == "/Yes"
    missing = {m.fact: m.reference for m in out.report.missing}
    assert missing["admissibility.persecution_protected_ground_explanation"] == (
        "Page 5, Part 3, Item 10.F"
    )
    assert not any(o.text.startswith("Explained") for o in out.report.overflowed)


def test_no_answers_and_unlisted_crime_tick_no(pdf: Path) -> None:
    out, _, states = _fill(admissibility_pattern(False), pdf)
    assert states[F + "#subform[2].P3_1b_chbxyesno[1]"] == "/No"
    assert states[F + "#subform[5].P3_15a_chbxyesno[1]"] == "/No"
    assert F + "#subform[5].P3_15a_chbxyesno[0]" not in out.values
    out, _, states = _fill(unlisted_crime_pattern(), pdf)
    assert states[P2 + "P2_Line1_chbxyesno[1]"] == "/No"
    assert P2 + "P2_Line1_chbxyesno[0]" not in out.values


def test_part4_rows_carry_middle_names(pdf: Path) -> None:
    p = derivative_pattern()
    _, read, _ = _fill(p, pdf)
    assert read[P4 + "P4_Line1c_MiddleName[0]"] == "M0"
    assert read[P4 + "P4_Line11c_MiddleName[1]"] == "M4"
