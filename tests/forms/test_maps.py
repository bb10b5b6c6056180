"""Every field map is proven against its form (PDF or field list) and the fact catalogue."""

from __future__ import annotations

import re

import pytest

from forms.fill import inventory_for
from forms.maps import FieldMap, coverage, load_map, map_files, validate_map
from forms.registry import all_forms, find_pdf, get_form, sha256_of

EDITIONS = [(f.id, e.edition, e.map) for f in all_forms() for e in f.editions]


def test_every_map_file_is_registered() -> None:
    assert sorted(m for _, _, m in EDITIONS) == map_files()
    assert {f for f, _, _ in EDITIONS} == {
        "i-589",
        "i-765",
        "i-912",
        "i-914",
        "i-914a",
        "i-918",
        "i-918a",
        "g-28",
    }


@pytest.mark.parametrize(("form_id", "edition", "map_file"), EDITIONS)
def test_map_validates_against_form_and_catalogue(
    form_id: str, edition: str, map_file: str
) -> None:
    fmap = load_map(map_file)
    form = get_form(form_id)
    assert fmap.edition == edition and fmap.form == form.number
    assert fmap.verify_status in ("ok", "VERIFY", "stale") and fmap.last_reviewed
    inv = inventory_for(form_id, edition)
    assert validate_map(fmap, inv, source=map_file) == []
    if fmap.pdf_sha256:
        assert fmap.pdf_sha256 == form.edition(edition).sha256
        assert sha256_of(find_pdf(form_id)) == fmap.pdf_sha256
    else:
        assert fmap.fieldlist == form.edition(edition).fieldlist


@pytest.mark.parametrize(("form_id", "edition", "map_file"), EDITIONS)
def test_coverage_adds_up(form_id: str, edition: str, map_file: str) -> None:
    fmap = load_map(map_file)
    inv = inventory_for(form_id, edition)
    cov = coverage(fmap, inv)
    non_barcode = [n for n, s in inv.fields.items() if not s.is_barcode]
    assert cov.total == len(non_barcode)
    assert cov.mapped + cov.blank_by_design + len(cov.unmapped) == cov.total
    assert cov.mapped >= 40
    # Signatures are never mapped: every field named like a signature is blank by design.
    for name in non_barcode:
        if re.search(r"Signature", name.split(".")[-1]) and "Interpreter" not in name:
            assert fmap.is_blank_by_design(name), name


def _mutated(map_file: str, mutate) -> FieldMap:
    raw = load_map(map_file).model_dump(mode="json")
    mutate(raw)
    return FieldMap.model_validate(raw)


def test_a_wrong_on_state_fails_validation() -> None:
    def wrong_state(raw: dict) -> None:
        for e in raw["entries"]:
            if e["kind"] == "choice" and e["fact"] == "client.sex":
                e["options"]["f"]["state"] = "Yes"  # the I-765 Female box exports N

    bad = _mutated("i-765_2025-08-21.yaml", wrong_state)
    problems = validate_map(bad, inventory_for("i-765"), source="x")
    assert any("Line9_Checkbox[0]" in p and "'Yes'" in p and "['N']" in p for p in problems)


def test_an_unknown_field_and_fact_fail_validation() -> None:
    def unknown(raw: dict) -> None:
        raw["entries"][0]["field"] = "form1[0].Page1[0].NoSuchField[0]"
        raw["entries"][1]["fact"] = "client.shoe_size"

    bad = _mutated("i-765_2025-08-21.yaml", unknown)
    problems = validate_map(bad, inventory_for("i-765"), source="x")
    assert any("NoSuchField" in p and "no such field" in p for p in problems)
    assert any("client.shoe_size" in p and "not in the catalogue" in p for p in problems)


def test_a_text_entry_on_a_checkbox_fails_validation() -> None:
    def wrong_type(raw: dict) -> None:
        raw["entries"][0]["field"] = "form1[0].Page2[0].Line9_Checkbox[0]"

    bad = _mutated("i-765_2025-08-21.yaml", wrong_type)
    problems = validate_map(bad, inventory_for("i-765"), source="x")
    assert any("is a checkbox field, map treats it as text" in p for p in problems)


def test_on_states_are_read_from_the_pdf_not_guessed() -> None:
    # Spot checks of surprising on-states the maps depend on (forms/README gotcha 4).
    inv589 = inventory_for("i-589")
    assert inv589["form1[0].#subform[1].CheckBox12_Sex[0]"].on_states == ("1",)
    assert inv589["form1[0].#subform[1].ChildrenCheckbox[0]"].on_states == ("N",)
    inv765 = inventory_for("i-765")
    assert inv765["form1[0].Page2[0].Line9_Checkbox[0]"].on_states == ("N",)  # Female
    inv912 = inventory_for("i-912")
    assert inv912["form1[0].#subform[1].P2_7_MaritalStatus[5]"].on_states == ("Legally Seperated",)
    sexes = {
        b.state
        for e in load_map("i-589_2025-01-20.yaml").rows[0].rows[0]
        if e.kind == "choice" and e.fact == "family[].sex"
        for b in e.options.values()
    }
    assert sexes == {"1", "2"}


def test_law_enforcement_supplements_have_no_map() -> None:
    # Supplement B is the certifying official's document: ReliefDesk never pre-fills it here.
    for fid in ("i-914b", "i-918b"):
        assert get_form(fid).editions == []
