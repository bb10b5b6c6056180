"""The notes a filled form leaves for the attorney (issue 18 item 4): each names the form item as
the form prints it ("Page 2, Part 2, Item 10"), the facts by the catalogue's words and the relief
by its name; never a PDF field name (``form1[0]...``), a fact id (``client.sex``) or a relief id
(``t_visa``). The documents screen lists these notes with a draft packet. Fictional clients only."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from casefile.demo import demo_profile
from casefile.profile import Profile
from facts import FactView
from forms import fill
from tests.forms.clients import family_client, unicode_client

pytestmark = [pytest.mark.filterwarnings("ignore::UserWarning:pikepdf.*")]

TODAY = dt.date(2026, 11, 29)

#: what a note must never carry: a PDF field name, a fact id, a snake_case code
INTERNAL = re.compile(r"form1\[|#subform|\b[a-z_]+\[\d*\]|\b[a-z]+\.[a-z_]+\b|\b[a-z]+_[a-z_]+\b")


def _notes(form_id: str, p: Profile, relief: str, piece: str) -> list[str]:
    out = fill(form_id, FactView(p, today=TODAY), relief=relief)
    found = [w for w in out.warnings if piece in w]
    assert found, out.warnings
    for note in found:
        assert not INTERNAL.search(note), note
        assert relief not in note, note
    return found


def test_a_value_the_format_refuses_names_the_fact_in_words() -> None:
    """The spouse's 10-digit "A-number" (fictional) is left blank: said by its description."""
    (note,) = _notes("i-589", family_client(), "asylum_psg", "left blank")
    assert note == (
        "Page 2, Part A.II, Item Spouse 1 (Their A-number, if any): an A-number has 8 or 9 "
        "digits, got '0987654321'; left blank"
    )


def test_no_value_for_the_relief_names_the_relief() -> None:
    notes = _notes("i-765", demo_profile(), "continued_presence", "by hand")
    assert any(
        n == "Page 3, Part 2, Item 27: ReliefDesk has no answer for this item for the Continued "
        "Presence; fill it by hand."
        for n in notes
    ), notes


def test_a_value_the_list_does_not_offer_names_the_item_not_the_field() -> None:
    p = demo_profile()
    for address in p.rows("addresses"):
        address.state = "ZZ"  # no such state
    notes = _notes("i-765", p, "t_visa", "is not one of the choices")
    assert (
        "Page 2, Part 2, Item 5.e: 'ZZ' is not one of the choices the form offers for this "
        "item; left blank"
    ) in notes


def test_a_value_with_no_box_names_the_fact_in_words() -> None:
    p = demo_profile()
    p.client.sex = "X"  # the I-765 offers Male and Female only
    (note,) = _notes("i-765", p, "t_visa", "has no box for")
    assert note.startswith("Page 2, Part 2, Item 10: the form has no box for 'X' (Sex as on "), note
    assert "client.sex" not in note


def test_the_closest_spelling_note_names_the_form_items() -> None:
    (note,) = _notes("i-912", unicode_client(), "t_visa", "closest spelling")
    items = note.split("keeps the original: ")[1].split("; ")
    assert items and all(re.fullmatch(r"Page \d+, Part \S+, Item .+", i) for i in items), note
    assert "Page 1, Part 2, Item 2" in items and len(items) == len(set(items)), note
