"""I-589 Part A.III education and employment, the sibling "Deceased" boxes and the Part B/C
explanation boxes (issue 15): filled from the profile for three fact patterns (overflow, arrests,
nothing told yet), read back with pypdf from the real PDF. An explanation box after a Yes never
stays blank: the client's words, else what the profile records, else the declaration."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from casefile.demo import demo_profile
from casefile.profile import Profile
from facts import FactView
from forms import fill
from forms.fill import FilledForm
from tests.forms.clients import family_client
from tests.forms.helpers import assert_read_back, values

TODAY = dt.date(2026, 11, 29)
S4, S5, S7, S8, S9 = (
    "form1[0].#subform[4].",
    "form1[0].#subform[5].#subform[6].",
    "form1[0].#subform[7].",
    "form1[0].#subform[8].",
    "form1[0].#subform[9].",
)
OFF = (None, "", "/Off")
SEE = "See attached declaration"


def _fill(p: Profile) -> FilledForm:
    return fill("i-589", FactView(p, today=TODAY), relief="asylum_psg")


def _read_back(out: FilledForm) -> dict[str, Any]:
    v = values(out.pdf)
    assert_read_back(v, out.report.filled)
    return v


def _history_client() -> Profile:
    p = family_client()
    for i in range(6):  # six schools: four rows on the form, two to Supplement B
        p.add(
            "education",
            school_name=f"Escuela {i}",
            school_type="Secondary" if i else "University",
            location="San Pedro Sula, Honduras",
            date_from=dt.date(2000 + 2 * i, 2, 1),
            date_to=dt.date(2001 + 2 * i, 11, 30),
        )
    for i in range(4):  # four jobs: three rows, one to Supplement B; the newest is current
        p.add(
            "employment",
            employer=f"Empleador {i}, Bronx NY",
            occupation="Cook",
            date_from=dt.date(2019 + i, 3, 1),
            date_to=None if i == 3 else dt.date(2020 + i, 2, 1),
        )
    p.add("family", relationship="sibling", given_name="Tomás", family_name="Ríos", deceased=True)
    p.add("family", relationship="sibling", given_name="Inés", family_name="Ríos", deceased=False)
    return p


@pytest.fixture(scope="module")
def history() -> tuple[FilledForm, dict[str, Any]]:
    out = _fill(_history_client())
    return out, _read_back(out)


def test_education_most_recent_first_with_overflow(history: tuple[FilledForm, Any]) -> None:
    out, v = history
    assert v[S4 + "TextField13[28]"] == "Escuela 5"  # row 1: the most recent school
    assert v[S4 + "TextField13[30]"] == "Secondary"
    assert v[S4 + "TextField13[32]"] == "San Pedro Sula, Honduras"
    assert v[S4 + "DateTimeField41[0]"] == "02/10" and v[S4 + "DateTimeField40[0]"] == "11/11"
    assert v[S4 + "TextField13[37]"] == "Escuela 2"  # row 4
    assert v[S4 + "DateTimeField35[0]"] == "11/05"
    moved = [o.text for o in out.report.overflowed if "Item 3" in o.reference]
    assert any("Escuela 1" in t for t in moved) and any("University" in t for t in moved)


def test_employment_present_job_first(history: tuple[FilledForm, Any]) -> None:
    out, v = history
    assert v[S4 + "TextField13[40]"] == "Empleador 3, Bronx NY"
    assert v[S4 + "TextField13[42]"] == "Cook"
    assert v[S4 + "DateTimeField42[0]"] == "03/22" and v[S4 + "DateTimeField44[0]"] == "Present"
    assert v[S4 + "TextField13[44]"] == "Empleador 1, Bronx NY"
    assert v[S4 + "DateTimeField47[0]"] == "02/21"
    assert any("Empleador 0" in o.text for o in out.report.overflowed if "Item 4" in o.reference)


def test_sibling_deceased_box_follows_the_row(history: tuple[FilledForm, Any]) -> None:
    _, v = history
    assert v[S4 + "TextField13[48]"] == "Tomás Ríos"
    assert v[S4 + "CheckBoxAIII5\\.s1[0]"] == "/1"
    assert v[S4 + "TextField13[52]"] == "Inés Ríos"
    assert v.get(S4 + "CheckBoxAIII5\\.s2[0]") in OFF


def _arrests_client() -> Profile:
    p = family_client()
    p.add(
        "arrests",
        arrest_date=dt.date(2021, 8, 14),
        city="Queens",
        state="NY",
        charge="Loitering for prostitution",
        disposition="dismissed",
    )
    p.add("arrests", arrest_date=dt.date(2022, 1, 3), city="Bronx", state="NY")
    for fact, value in {
        "asylum.harmed_in_home_country": True,
        "asylum.past_harm_explanation": "The gang beat me in 2018 because I refused them.",
        "asylum.fears_return": True,
        "asylum.fears_torture": False,
        "asylum.exception.held_by_traffickers": True,
        "asylum.exception_ended_date": "2022-06-01",
    }.items():
        p.set_answer(fact, value)
    p.client.last_arrival_date = dt.date(2019, 2, 3)  # filed years later: C.5 is Yes
    return p


def test_arrests_explained_from_the_profile() -> None:
    v = _read_back(_fill(_arrests_client()))
    assert v[S9 + "ckboxync6[0]"] == "/Y" and v.get(S9 + "ckboxync6[1]") in OFF
    c6 = v[S9 + "PCL6_TextField[0]"]
    assert "08/14/2021; Queens, NY; Loitering for prostitution; outcome: dismissed" in c6
    assert "01/03/2022; Bronx, NY; charge not recorded; outcome not recorded" in c6


def test_one_year_explanation_and_part_b_boxes() -> None:
    v = _read_back(_fill(_arrests_client()))
    assert v[S9 + "ckboxync5[0]"] == "/Y"
    c5 = v[S9 + "PCL5_TextField[0]"]
    assert "traffickers' control" in c5 and "06/01/2022" in c5 and "8 CFR 208.4(a)(5)" in c5
    assert v[S5 + "TextField14[0]"].startswith("The gang beat me in 2018")
    assert v[S5 + "TextField15[0]"] == SEE  # Yes, no account yet: the declaration
    assert v.get(S7 + "PB4_TextField[0]") in OFF  # No: nothing to explain


def test_never_arrested_answers_no_and_leaves_the_box_empty() -> None:
    p = family_client()
    p.set_answer("background.ever_arrested", False)
    p.set_answer("asylum.traveled_through_other_country", True)
    p.set_answer("asylum.third_country_explanation", "Guatemala and Mexico, two weeks each.")
    v = _read_back(_fill(p))
    assert v[S9 + "ckboxync6[1]"] == "/N" and v.get(S9 + "ckboxync6[0]") in OFF
    assert v.get(S9 + "PCL6_TextField[0]") in OFF
    assert v[S8 + "PCL2B_TextField[0]"] == "Guatemala and Mexico, two weeks each."


def test_demo_client_yes_boxes_are_never_silent() -> None:
    out = _fill(demo_profile())
    v = values(out.pdf)
    pairs = {
        "TextField14[0]": S5 + "ckboxyn1a[0]",
        "TextField15[0]": S5 + "ckboxyn1b[0]",
    }
    for box, yes in pairs.items():
        if v.get(yes) not in OFF:
            assert v[S5 + box] not in OFF, box
    assert v["form1[0].#subform[5].#subform[6].CheckBoxsocial[0]"] == "/Y"
    assert v[S5 + "TextField15[0]"] == SEE  # the demo fears return; the account is declared
    assert "Loitering" in v[S9 + "PCL6_TextField[0]"]  # the demo's arrest, from its row
    assert v[S9 + "ckboxync5[0]"] == "/Y" and v[S9 + "PCL5_TextField[0]"] == SEE


#: the facts of the items this change mapped (children's details, history, explanations)
NEW_FACT_PREFIXES = (
    "education[]",
    "employment[]",
    "family[].deceased",
    "family[].middle_name",
    "family[].race_ethnic_group",
    "family[].passport_number",
    "family[].ssn",
    "family[].last_entry",
    "family[].i94_number",
    "family[].immigration_status",
    "family[].status_expires",
    "family[].in_court_proceedings",
    "admissibility.ever_arrested",
)
YES_FACTS = (
    "asylum.harmed_in_home_country",
    "asylum.fears_return",
    "asylum.accused_or_detained_abroad",
    "asylum.organization_member",
    "asylum.organization_continues",
    "asylum.fears_torture",
    "asylum.family_applied_before",
    "asylum.traveled_through_other_country",
    "asylum.bar.persecutor",
    "asylum.returned_home",
)


def _everything(yes: bool) -> Profile:
    """Six children, all in the U.S., every detail recorded; four siblings; every Part B/C
    question answered ``yes`` (or all ``no``)."""
    p = _history_client()
    p.client.last_arrival_date = dt.date(2019, 2, 3)
    p.add("family", relationship="child", given_name="Sofía", family_name="Muestra")
    kids = [r for r in p.rows("family") if r.relationship == "child"]
    for i, kid in enumerate(kids):
        kid.in_us, kid.middle_name, kid.race_ethnic_group = True, "M", "Garífuna"
        kid.passport_number, kid.ssn, kid.i94_number = "P1", "000-00-0001", "00000000001"
        kid.last_entry_city, kid.last_entry_state = "Hidalgo", "TX"
        kid.last_entry_date, kid.status_expires = dt.date(2019, 3, 1), dt.date(2027, 3, 1)
        kid.last_entry_status, kid.immigration_status = "Parole", "Parolee"
        kid.in_court_proceedings = yes if i % 2 else not yes
    for name in ("Ana", "Eva"):
        p.add("family", relationship="sibling", given_name=name)
    for sib in (r for r in p.rows("family") if r.relationship == "sibling"):
        sib.deceased = True
    for fact in YES_FACTS:
        p.set_answer(fact, yes)
    p.set_answer("background.ever_arrested", yes)
    if yes:
        p.add("arrests", arrest_date=dt.date(2021, 8, 14), city="Queens", state="NY")
    return p


def test_every_field_of_the_new_items_receives_a_value_in_some_pattern() -> None:
    """Coverage honesty for the items mapped here: each of their fields is written for the
    all-yes or the all-no pattern (plan only; the read-back tests above use the PDF)."""
    from forms.fill import plan
    from forms.maps import load_map

    fmap = load_map("i-589_2025-01-20.yaml")
    new: set[str] = set()
    for entry, _ in fmap.all_entries():
        facts = entry.facts()
        if any(f.startswith(NEW_FACT_PREFIXES) or f.endswith("_explanation") for f in facts):
            new.update(entry.fields())
    assert len(new) >= 121  # the children's items, history rows, boxes and explanations
    written: set[str] = set()
    for yes in (True, False):
        view = FactView(_everything(yes), today=TODAY)
        written |= set(plan("i-589", view, relief="asylum_psg").report.filled)
    assert sorted(new - written) == []


def test_part_d_answers_and_the_cat_box() -> None:
    """Part D is the applicant's own answers (not left for the preparer): the native-alphabet
    name, who helped, the list of free legal help; page 1's CAT box follows the B.1 ground."""
    p = family_client()
    for fact, value in {
        "asylum.name_native_alphabet": "Беатрис",
        "asylum.family_assisted": True,
        "asylum.family_assistant_1_name": "Ana Muestra Ríos",
        "asylum.family_assistant_1_relationship": "daughter",
        "asylum.preparer_used": True,
        "asylum.given_legal_services_list": False,
        "asylum.ground.torture_convention": True,
    }.items():
        p.set_answer(fact, value)
    out = _fill(p)
    v = _read_back(out)
    d = "form1[0].#subform[10]."
    assert v[d + "TextField20[1]"] == "Беатрис"  # /V keeps the original script
    assert v[d + "PtD_ckboxynd1[0]"] == "/2" and v.get(d + "PtD_ckboxynd1[1]") in OFF
    assert v[d + "PtD_ChildName1[0]"] == "Ana Muestra Ríos"
    assert v[d + "PtD_RelationshipOfChild1[0]"] == "daughter"
    assert v.get(d + "PtD_ChildName2[0]") in OFF  # one helper only: nothing asked, nothing written
    assert v[d + "ckboxynd2[0]"] == "/Y" and v[d + "ckboxynd3[1]"] == "/N"
    assert v["form1[0].#subform[0].CheckBox31[0]"] == "/1"
    missing = {m.fact for m in out.report.missing}
    assert "asylum.family_assistant_2_name" not in missing


def test_part_d_unanswered_is_reported_not_guessed() -> None:
    out = _fill(family_client())
    v = values(out.pdf)
    assert v.get("form1[0].#subform[0].CheckBox31[0]") in OFF
    missing = {m.fact for m in out.report.missing}
    assert {"asylum.family_assisted", "asylum.given_legal_services_list"} <= missing
