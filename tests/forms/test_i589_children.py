"""I-589 children's details come from the family table (issue 15): middle name, race, passport,
SSN, last entry, statuses and Immigration Court proceedings for each child, on the main form
(children 1-4) and Supplement A (children 5-6), read back with pypdf from the real PDF. Entry
details are written only for a child in the U.S."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from casefile.profile import Profile
from facts import FactView
from forms import fill
from tests.forms.clients import family_client
from tests.forms.helpers import values

TODAY = dt.date(2026, 11, 29)
S1 = "form1[0].#subform[1]."
S3 = "form1[0].#subform[3]."
S12 = "form1[0].#subform[12]."
OFF = (None, "", "/Off")


def _details(p: Profile) -> Profile:
    kids = [r for r in p.rows("family") if r.relationship == "child"]
    for i, kid in enumerate(kids):
        kid.middle_name = f"Medio{i + 1}"
        kid.race_ethnic_group = "Garífuna"
        kid.passport_number = f"P00000{i + 1}"
        kid.ssn = f"000-00-000{i + 1}"
        kid.last_entry_city, kid.last_entry_state = "Hidalgo", "TX"
        kid.last_entry_date = dt.date(2019, 3, 1 + i)
        kid.i94_number = f"0000000000{i + 1}"
        kid.last_entry_status = "Parole"
        kid.immigration_status = "Parolee"
        kid.status_expires = dt.date(2027, 3, 1 + i)
        kid.in_court_proceedings = i == 0
    # a sixth child, in the U.S., for Supplement A's second row
    p.add(
        "family",
        relationship="child",
        family_name="Muestra Ríos",
        given_name="Sofía",
        middle_name="Medio6",
        race_ethnic_group="Garífuna",
        date_of_birth=dt.date(2020, 6, 6),
        sex="F",
        in_us=True,
        last_entry_city="El Paso",
        last_entry_state="TX",
        last_entry_date=dt.date(2021, 1, 2),
        i94_number="00000000006",
        last_entry_status="Parole",
        immigration_status="Parolee",
        status_expires=dt.date(2027, 1, 2),
        in_court_proceedings=False,
        passport_number="P000006",
        ssn="000-00-0006",
    )
    return p


@pytest.fixture(scope="module")
def v() -> dict[str, Any]:
    out = fill("i-589", FactView(_details(family_client()), today=TODAY), relief="asylum_psg")
    return values(out.pdf)


def test_child_one_details_and_court_yes(v: dict[str, Any]) -> None:
    assert v[S1 + "ChildMiddle1[0]"] == "Medio1"
    assert v[S1 + "ChildRace1[0]"] == "Garífuna"
    assert v[S1 + "ChildPassport1[0]"] == "P000001"
    assert v[S1 + "ChildSSN1[0]"] == "000000001"
    assert v[S1 + "PtAIILine14_PlaceofLastEntry[0]"] == "Hidalgo, TX"
    assert v[S1 + "PtAIILine15_ExpirationDate[0]"] == "03/01/2019"
    assert v[S1 + "PtAIILine16_I94Number[0]"] == "00000000001"
    assert v[S1 + "PtAIILine17_StatusofLastAdmission[0]"] == "Parole"
    assert v[S1 + "PtAIILine18_CurrentStatusofChild[0]"] == "Parolee"
    assert v[S1 + "PtAIILine19_ExpDateofAuthorizedStay[0]"] == "03/01/2027"
    assert v[S1 + "PtAIILine20_Yes[0]"] == "/Yes" and v.get(S1 + "PtAIILine20_No[0]") in OFF


def test_children_two_and_three_in_the_us(v: dict[str, Any]) -> None:
    assert v[S3 + "ChildMiddle2[0]"] == "Medio2" and v[S3 + "ChildRace2[0]"] == "Garífuna"
    assert v[S3 + "PtAIILine15_DateofLastEntry3[0]"] == "03/03/2019"
    assert v[S3 + "PtAIILine20_No3[0]"] == "/N" and v.get(S3 + "PtAIILine20_Yes3[0]") in OFF


def test_a_child_abroad_gets_no_entry_details(v: dict[str, Any]) -> None:
    # child 4 (Pablo) lives in Tegucigalpa: items 14-20 stay empty, identity items are filled
    assert v[S3 + "ChildMiddle4[0]"] == "Medio4" and v[S3 + "ChildPassport4[0]"] == "P000004"
    for name in ("PtAIILine14_PlaceofLastEntry4[0]", "PtAIILine18_ChildCurrentStatus4[0]"):
        assert v.get(S3 + name) in OFF
    assert v.get(S3 + "PtAIILine20_Yes4[0]") in OFF and v.get(S3 + "PtAIILine20_No4[0]") in OFF


def test_supplement_a_children(v: dict[str, Any]) -> None:
    assert v[S12 + "TextField12[3]"] == "Medio5"  # child 5, abroad
    assert v.get(S12 + "ChildEntry5[0]") in OFF
    assert v[S12 + "TextField12[13]"] == "Medio6"  # child 6, in the U.S.
    assert v[S12 + "ChildEntry6[0]"] == "El Paso, TX"
    assert v[S12 + "ChildExpAuth6[0]"] == "01/02/2027"
    assert v[S12 + "TextField12[19]"] == "000000006"
    assert v[S12 + "SuppALine20_CheckBox2[1]"] == "/N"
