"""The admissibility facts cite the form items they fill (issue 18 item 3). One fact answers the
same INA 212(a) question on the T visa form (I-914 Part 4) and the U visa form (I-918 Part 3), but
the two forms number it differently (I-914 item 2.A is I-918 item 4.A), so a description that
cites only the I-914 item shows a T visa item on the U visa screens.

For every admissibility fact a form map sends to a yes/no box of I-914 Part 4 or I-918 Part 3,
the fact's description (and its explanation's) must cite exactly that form's item. The item is
derived from the PDF field name, the same way the cites were confirmed: the name rule is checked
against the field list's tooltip (the printed item label) and against the map's own label."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from facts.catalogue import load_catalogue
from forms.inventory import Inventory, inventory_from_fieldlist
from forms.maps import FieldMap, load_map

#: I-918 Part 3 yes/no pairs: ``P3_4a_chbxyesno[0]`` is item 4.A, ``P3_28_chbxyesno[1]`` item 28
_I918 = re.compile(r"P3_(\d+)([a-z]?)_chbxyesno\[\d\]")
#: I-914 Part 4 yes/no boxes: ``Dq5b3_yes[0]`` is item 4.B.3. The names run ahead of the printed
#: items (forms/fieldlists/README.md): there is no Dq2 or Dq19, so Dq3-Dq18 are items 2-17 and
#: Dq20-Dq23 items 18-21
_I914 = re.compile(r"Dq(\d+)([a-z]?)(\d?)_(?:yes|no)\[0\]")

#: I-914 tooltips that leave out part of the printed item number (checked by hand against the
#: neighbouring boxes): Dq9b's tooltip reads "8. Displaced or moved ..." without the "B."
_TOOLTIP_GAPS = {"Dq9b_yes[0]": "8", "Dq9b_no[0]": "8"}


def i918_part3_item(short_name: str) -> str | None:
    """The printed I-918 Part 3 item of a yes/no box, or None for any other field."""
    m = _I918.fullmatch(short_name)
    if m is None:
        return None
    return m[1] + (f".{m[2].upper()}" if m[2] else "")


def i914_part4_item(short_name: str) -> str | None:
    """The printed I-914 Part 4 item of a yes/no box, or None for any other field."""
    m = _I914.fullmatch(short_name)
    if m is None:
        return None
    n = int(m[1])
    assert n not in (2, 19), f"{short_name}: the I-914 has no Dq{n}"
    item = str(n if n == 1 else n - 1 if n <= 18 else n - 2)
    return item + (f".{m[2].upper()}" if m[2] else "") + (f".{m[3]}" if m[3] else "")


FORMS = {
    # form: (map file, the part's words in a description, item of a field's short name)
    "I-914": ("i-914_2025-01-20.yaml", "I-914 Part 4", i914_part4_item),
    "I-918": ("i-918_2025-01-20.yaml", "I-918 Part 3", i918_part3_item),
}


def cited(description: str, part: str) -> set[str]:
    """The items of ``part`` ("I-918 Part 3") a description cites ("... item 4.B ..."); a range
    of items ("items 10.A-10.G", a question that refers to others) is not a cite."""
    pattern = re.escape(part) + r" item (\d+(?:\.[A-Za-z])?(?:\.\d+)?)\b"
    return {m.upper() for m in re.findall(pattern, description)}


def _inventory(fmap: FieldMap) -> Inventory:
    assert fmap.fieldlist
    return inventory_from_fieldlist(Path(str(resources.files("forms") / fmap.fieldlist)))


def _short(full_name: str) -> str:
    return full_name.rsplit(".", 1)[-1]


def _tooltip_has(tooltip: str, item: str) -> bool:
    """Whether the tooltip prints ``item`` ("4.B.3" as "4. ... B. ... 3."), once part headings
    ("Part 3.", "PART D4.", "Part 8. Additional Information") are taken out."""
    text = re.sub(r"(?i)\bpart\s+\w?\d+\.", " ", tooltip)
    pieces = item.split(".")
    pattern = r"(?<![\d.])" + r"\..*?(?<!\w)".join(map(re.escape, pieces)) + r"\."
    return re.search(pattern, text, re.DOTALL) is not None


def _admissibility_boxes(form: str) -> list[tuple[str, str | None, str, str]]:
    """(fact, explanation fact, item, field) for every admissibility fact the form's map sends
    to a yes/no box of the part."""
    map_file, _, item_of = FORMS[form]
    out = []
    for entry, _rows in load_map(map_file).all_entries():
        yes = entry.options.get("true")
        if entry.kind != "choice" or yes is None or not isinstance(entry.fact, str):
            continue
        item = item_of(_short(yes.field))
        if item is not None and entry.fact.startswith("admissibility."):
            out.append((entry.fact, entry.explain, item, yes.field))
    return out


@pytest.mark.parametrize("form", sorted(FORMS))
def test_field_name_rule_matches_the_tooltips(form: str) -> None:
    """The name -> item rule agrees with the printed label of every yes/no box of the part."""
    map_file, _, item_of = FORMS[form]
    inv = _inventory(load_map(map_file))
    checked = 0
    for name, spec in inv.fields.items():
        item = item_of(_short(name))
        if item is None:
            continue
        shown = _TOOLTIP_GAPS.get(_short(name), item)
        assert _tooltip_has(spec.tooltip, shown), (name, item, spec.tooltip)
        checked += 1
    assert checked >= 100  # both boxes of every question (I-914: 58 items, I-918: 63)


@pytest.mark.parametrize("form", sorted(FORMS))
def test_field_name_rule_matches_the_map_labels(form: str) -> None:
    map_file, _, item_of = FORMS[form]
    for entry, _rows in load_map(map_file).all_entries():
        for field in entry.fields():
            item = item_of(_short(field))
            if item is not None:
                assert entry.label.item.upper() == item, (entry.fact, field, entry.label.item)


@pytest.mark.parametrize("form", sorted(FORMS))
def test_admissibility_facts_cite_the_item_they_fill(form: str) -> None:
    _, part, _ = FORMS[form]
    catalogue = load_catalogue()
    boxes = _admissibility_boxes(form)
    assert len(boxes) >= 55, boxes  # the whole questionnaire, not a few stray entries
    wrong = []
    for fact, explain, item, field in boxes:
        for name in filter(None, (fact, explain)):
            got = cited(catalogue[name].description, part)
            if got != {item}:
                wrong.append(f"{name}: cites {part} {sorted(got)}, fills item {item} ({field})")
    assert not wrong, "\n".join(wrong)


def test_a_wrong_or_missing_cite_is_caught() -> None:
    """The comparison the test above makes: exactly the item filled, no other."""
    text = "Engaged in prostitution (I-914 Part 4 item 2.A; I-918 Part 3 item 4.A)"
    assert cited(text, "I-914 Part 4") == {"2.A"}
    assert cited(text, "I-918 Part 3") == {"4.A"}
    assert cited("A yes (I-914 Part 4 item 2.A)", "I-918 Part 3") == set()
    assert cited("(I-914 Part 4 item 20; I-918 Part 3 item 2)", "I-918 Part 3") == {"2"}
    assert cited("(I-914 Part 4 item 4.B.1; I-918 Part 3 item 6.B)", "I-914 Part 4") == {"4.B.1"}
    assert cited(
        "any act of I-918 Part 3 items 10.A-10.G (I-918 Part 3 item 11)", "I-918 Part 3"
    ) == {"11"}
    assert i914_part4_item("Dq5b3_yes[0]") == "4.B.3"
    assert i914_part4_item("Dq20_no[0]") == "18"
    assert i914_part4_item("Dq3a_yes[0]") == "2.A"
    assert i918_part3_item("P3_29c_chbxyesno[1]") == "29.C"
    assert i918_part3_item("P3_Line3b_DateOfBirth[0]") is None
