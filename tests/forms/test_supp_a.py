"""Supplement A per family member (issue 15): each I-914A / I-918A is filled from that member's
own family row, and every value is read back from the filled synthetic PDF with pypdf."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from casefile.demo import demo_profile
from casefile.profile import Profile
from facts import FactView
from forms.maps import load_map
from forms.synthetic import synthetic_pdfs
from tests.forms.helpers import fill_and_read_back

TODAY = dt.date(2026, 11, 29)
FORMS = {
    "i-914a": ("i-914supa.fields.json", "i-914a_2025-01-20.yaml", "t_visa"),
    "i-918a": ("i-918supa.fields.json", "i-918a_2025-01-20.yaml", "u_visa"),
}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("supp_a")
    return synthetic_pdfs(folder, {fid: fl for fid, (fl, _, _) in FORMS.items()})


def _admissibility_boxes(form_id: str) -> dict[str, tuple[str, str]]:
    """Item id -> (yes field, no field) from the map's ``contains`` entries."""
    fmap = load_map(FORMS[form_id][1])
    return {
        e.contains: (e.options["true"].field, e.options["false"].field)
        for e in fmap.entries
        if e.contains is not None
    }


def _fill_pdf(form_id: str, profile: Profile, row: int, pdf: Path) -> tuple[Any, dict[str, Any]]:
    """Fill one member's supplement, proving every value written reads back from the PDF."""
    view = FactView(profile, today=TODAY)
    out, read, _ = fill_and_read_back(form_id, view, pdf, FORMS[form_id][2], row)
    return out, read


def _fill_member(
    synthetic: dict[str, Path], form_id: str, row: int, changes: dict[str, Any]
) -> tuple[Any, dict[str, Any]]:
    """Fill the demo client's family member ``row`` on ``form_id``, after setting ``changes``
    on that member's row."""
    p = demo_profile()
    member = p.rows("family")[row]
    for name, value in changes.items():
        setattr(member, name, value)
    return _fill_pdf(form_id, p, row, synthetic[form_id])


@pytest.mark.parametrize("form_id", sorted(FORMS))
def test_each_derivative_gets_its_own_data(synthetic: dict[str, Path], form_id: str) -> None:
    """Two family members of the demo client: each supplement carries that member only."""
    p = demo_profile()
    outs = [_fill_pdf(form_id, p, row, synthetic[form_id])[0] for row in (0, 1)]
    first, second = (set(o.values.values()) for o in outs)
    assert "Marta" in first and "Marta" not in second
    assert "Tomás" in second and "Tomás" not in first
    assert "FICT0001" in first and "FICT0001" not in second  # Marta's passport only
    assert "Guatemala City" in first and "Guatemala City" in second


@pytest.mark.parametrize("form_id", sorted(FORMS))
def test_admissibility_yes_answers_tick_yes_and_the_rest_no(
    synthetic: dict[str, Path], form_id: str
) -> None:
    boxes = _admissibility_boxes(form_id)
    yes_items = sorted(boxes)[:2]
    _, v = _fill_member(synthetic, form_id, 0, {"admissibility_yes": yes_items})
    assert len(boxes) >= 40
    for item, (yes, no) in boxes.items():
        if item in yes_items:
            assert v.get(yes) not in (None, "/Off") and v.get(no) in (None, "/Off"), item
        else:
            assert v.get(no) not in (None, "/Off") and v.get(yes) in (None, "/Off"), item


@pytest.mark.parametrize("form_id", sorted(FORMS))
def test_unasked_admissibility_is_one_missing_question_and_no_box(
    synthetic: dict[str, Path], form_id: str
) -> None:
    out, v = _fill_member(synthetic, form_id, 1, {"admissibility_answered": None})
    asked = [m for m in out.report.missing if "admissibility_yes" in m.fact]
    assert len(asked) == 1
    for yes, no in _admissibility_boxes(form_id).values():
        assert v.get(yes) in (None, "/Off") and v.get(no) in (None, "/Off")


@pytest.mark.parametrize("form_id", sorted(FORMS))
def test_member_in_the_us_with_a_long_street_overflows_to_additional_info(
    synthetic: dict[str, Path], form_id: str
) -> None:
    street = "4471 Avenida de los Árboles Frondosos del Valle Central Norte, Edificio B"
    member = {
        "in_us": True,
        "us_street": street,
        "us_unit_type": "apt",
        "us_unit_number": "12",
        "us_city": "Houston",
        "us_state": "TX",
        "us_zip": "77002",
        "last_entry_date": dt.date(2023, 6, 2),
        "last_entry_city": "Hidalgo",
        "last_entry_state": "TX",
        "wants_work_permit": True,
    }
    out, v = _fill_member(synthetic, form_id, 0, member)
    written = set(out.values.values())
    assert {"Houston", "77002", "12", "06/02/2023", "Hidalgo"} <= written
    assert street in written  # in the additional-information part
    assert [o.text for o in out.report.overflowed] == [street]
    assert "TX" in written and "77002" in v.values()  # read back from the PDF itself
