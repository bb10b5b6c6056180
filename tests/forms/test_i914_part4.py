"""I-914 Part 4 read back (issue 15): the admissibility questionnaire fills the synthetic PDF
built from the field list. Every Part 4 yes/no pair is read back with pypdf and compared with
the profile: a yes ticks Yes only, a no ticks No only, an unanswered item leaves both empty."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from casefile.demo import demo_profile
from casefile.profile import Profile
from facts import FactView, load_catalogue
from forms import fill
from forms.maps import Entry, load_map
from forms.synthetic import synthetic_pdf
from tests.forms.helpers import set_answered, widget_states

TODAY = dt.date(2026, 11, 29)
PART4 = [
    e
    for e in load_map("i-914_2025-01-20.yaml").entries
    if e.kind == "choice" and e.label.part == "4"
]
# the questions the I-914 asks (a few I-918 items have no I-914 counterpart: "I-918" only)
QUESTIONNAIRE = sorted(
    f.name
    for f in load_catalogue()
    if f.name.startswith("admissibility.")
    and f.type == "bool"
    and f.storage == "answer"
    and "I-914" in f.description
)


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synthetic_pdf(tmp_path_factory.mktemp("i914"), "i-914", "i-914.fields.json")


def _expected(view: FactView, e: Entry) -> bool | None:
    assert isinstance(e.fact, str)
    return bool(view.get(e.fact)) if view.known(e.fact) else None


def _check_part4(p: Profile, pdf: Path) -> dict[str, int]:
    view = FactView(p, today=TODAY)
    out = fill("i-914", view, pdf_path=pdf, relief="t_visa")
    states = widget_states(out.pdf)
    seen = {"yes": 0, "no": 0, "blank": 0}
    for e in PART4:
        yes, no = e.options["true"], e.options["false"]
        want = _expected(view, e)
        got_yes = states[yes.field] == "/" + yes.state
        got_no = states[no.field] == "/" + no.state
        assert (got_yes, got_no) == (want is True, want is False), (e.label.item, e.fact)
        seen["yes" if want else "no" if want is False else "blank"] += 1
    return seen


def test_every_part4_item_is_mapped_once() -> None:
    items = [e.label.item for e in PART4]
    assert len(items) == len(set(items)) == 58
    # every questionnaire fact reaches a Part 4 pair, the unarrested crime (1.A) included
    assert {e.fact for e in PART4} >= set(QUESTIONNAIRE)
    assert next(e for e in PART4 if e.label.item == "1.A").fact == (
        "admissibility.crime_not_arrested"
    )


def test_demo_client_part4_reads_back(pdf: Path) -> None:
    seen = _check_part4(demo_profile(), pdf)
    assert seen["blank"] > 0  # the demo never answered the questionnaire: nothing is guessed


@pytest.mark.parametrize("parity", [0, 1])
def test_yes_and_no_answers_read_back(pdf: Path, parity: int) -> None:
    """Alternate yes and no over the whole questionnaire (and the other way round), so every
    box of Part 4 is ticked by some pattern."""
    p = demo_profile()
    for i, fact in enumerate([*QUESTIONNAIRE, "inadmissibility.helped_others_enter"]):
        set_answered(p, fact, i % 2 == parity)
    p.client.in_removal_proceedings = bool(parity)
    p.client.prior_removal_order = not parity
    if parity:
        p.add("arrests", arrest_date=dt.date(2019, 5, 4), state="NY", charge="loitering")
    else:  # the arrests list answered "none"
        p.groups["arrests"] = []
        set_answered(p, "arrests[]", [])
    assert FactView(p, today=TODAY).get("admissibility.ever_arrested") is bool(parity)
    # the client's own "never arrested" (asked for the I-765) answers 1.B too
    q = demo_profile()
    q.groups["arrests"] = []
    set_answered(q, "background.ever_arrested", False)
    assert FactView(q, today=TODAY).get("admissibility.ever_arrested") is False
    seen = _check_part4(p, pdf)
    assert seen["yes"] >= 28 and seen["no"] >= 28
