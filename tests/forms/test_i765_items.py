"""I-765 items that follow from the profile (issue 15): aliases split into family and given
name, item 6 (mailing address same as physical), a second nationality, and the (c)(8) arrest
question, read back with pypdf from the real PDF for the demo client and three fact patterns."""

from __future__ import annotations

import datetime as dt

from casefile.demo import demo_profile
from casefile.profile import Profile
from facts import FactView
from forms import fill
from forms.fill import FillReport
from tests.forms.clients import family_client
from tests.forms.helpers import values

TODAY = dt.date(2026, 11, 29)
P1 = "form1[0].Page1[0]."
P2 = "form1[0].Page2[0]."
ARREST_YES = "form1[0].Page3[0].PtLine29_YesNo[0]"
ARREST_NO = "form1[0].Page3[0].PtLine29_YesNo[1]"
OFF = (None, "", "/Off")


def _fill(p: Profile, relief: str, **kw: int) -> tuple[dict[str, object], FillReport]:
    out = fill("i-765", FactView(p, today=TODAY), relief=relief, **kw)
    return values(out.pdf), out.report


def test_demo_alias_split_and_c8_arrest_answered_yes() -> None:
    v, report = _fill(demo_profile(), "asylum_psg")
    assert (v[P1 + "Line2a_FamilyName[0]"], v[P1 + "Line2b_GivenName[0]"]) == ("Vargas", "Lucy")
    assert v[ARREST_YES] == "/Y" and v.get(ARREST_NO) in OFF  # the demo's arrest is on file
    # a safe mailing address is recorded: item 6 is No and the physical address follows
    assert v[P2 + "Part2Line5_Checkbox[0]"] == "/N"
    assert v.get(P2 + "Part2Line5_Checkbox[1]") in OFF
    assert v[P2 + "Pt2Line7_StreetNumberName[0]"] == "45-01 Imaginary Avenue"
    assert v[P1 + "Part1_Checkbox[0]"] == "/1"
    assert not [m for m in report.missing if "ever_arrested" in m.fact]


def test_arrest_question_is_only_for_category_c8() -> None:
    for relief in ("t_visa", "u_visa"):
        v, report = _fill(demo_profile(), relief)
        assert v.get(ARREST_YES) in OFF and v.get(ARREST_NO) in OFF
        assert not [m for m in report.missing if "ever_arrested" in m.fact]


def test_no_arrest_answered_no_same_address_and_second_nationality() -> None:
    p = family_client()
    p.client.nationalities = ["Honduras", "Guatemala"]
    p.add("aliases", name="Muestra Ríos, Beatriz Elena", source="documents")
    p.set_answer("background.ever_arrested", False)
    v, _ = _fill(p, "asylum_psg")
    assert v[ARREST_NO] == "/N" and v.get(ARREST_YES) in OFF
    assert v[P2 + "Part2Line5_Checkbox[1]"] == "/Y"  # only a physical address: same
    assert v.get(P2 + "Part2Line5_Checkbox[0]") in OFF
    assert (v[P2 + "Line17a_CountryOfBirth[0]"], v[P2 + "Line17b_CountryOfBirth[0]"]) == (
        "Honduras",
        "Guatemala",
    )
    names = [
        (v[P1 + f"Line{a}"], v[P1 + f"Line{b}"])
        for a, b in (
            ("2a_FamilyName[0]", "2b_GivenName[0]"),
            ("3a_FamilyName[1]", "3b_GivenName[1]"),
            ("3a_FamilyName[0]", "3b_GivenName[0]"),
        )
    ]
    assert ("Muestra Ríos", "Beatriz Elena") in names


def test_unanswered_arrest_question_is_missing_and_one_nationality_leaves_14b_empty() -> None:
    v, report = _fill(family_client(), "asylum_psg")
    assert v.get(ARREST_YES) in OFF and v.get(ARREST_NO) in OFF
    assert [m for m in report.missing if "ever_arrested" in m.fact]
    assert v.get(P2 + "Line17b_CountryOfBirth[0]") in OFF
    assert not [w for w in report.warnings if "14.b" in w]
