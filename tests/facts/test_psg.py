"""The per-group particular-social-group analysis (issue 14): each listed group judged on
immutability, particularity and social distinction, the strongest named, the circuit shown."""

from __future__ import annotations

import datetime as dt
from typing import Any

from facts import FactView
from facts.catalogue import load_catalogue
from facts.psg import analyse, library
from tests.eligibility.helpers import make_profile

TODAY = dt.date(2026, 12, 3)


def view(answers: dict[str, Any], **client: Any) -> FactView:
    return FactView(make_profile(client=client, answers=answers), today=TODAY)


def prongs(found: Any, group: str) -> dict[str, str]:
    [c] = [c for c in found.candidates if c.group == group]
    return {p.prong: p.status for p in c.prongs}


def test_every_group_counsel_can_choose_is_in_the_library() -> None:
    lib = library()
    for fact in ("asylum.psg_candidate", "asylum.psg_alternatives"):
        allowed = set(load_catalogue()[fact].allowed or ())
        assert allowed and allowed == set(lib.groups), fact
    for group in lib.groups.values():
        assert group.en and group.es and group.note_en and group.note_es


def test_no_group_listed_means_no_analysis() -> None:
    assert analyse(view({})) is None
    assert view({}).get("asylum.psg_cognizable") is not True


def test_each_prong_is_judged_separately_and_the_strongest_is_named() -> None:
    found = analyse(
        view(
            {
                "asylum.psg_candidate": "nationality_women",
                "asylum.psg_alternatives": ["young_women_alone", "former_trafficking_victims"],
                "asylum.psg_distinction_evidence": ["former_trafficking_victims"],
            },
            federal_circuit="2nd",
        )
    )
    assert found is not None
    assert [c.group for c in found.candidates] == [
        "nationality_women",
        "young_women_alone",
        "former_trafficking_victims",
    ]
    # K-E-S-G-: sex plus nationality fails particularity, whatever the evidence
    assert prongs(found, "nationality_women") == {
        "immutable": "met",
        "particular": "unmet",
        "distinct": "unmet",
    }
    # age and marital status change; particularity is contested: an argument, not settled
    assert prongs(found, "young_women_alone") == {
        "immutable": "unknown",
        "particular": "unknown",
        "distinct": "unmet",
    }
    assert prongs(found, "former_trafficking_victims") == {
        "immutable": "met",
        "particular": "met",
        "distinct": "met",
    }
    assert found.strongest == "former_trafficking_victims"
    assert [c.group for c in found.candidates if c.strongest] == ["former_trafficking_victims"]
    assert found.cognizable is True and found.circuit == "2nd"
    assert any("K-E-S-G-" in a for c in found.candidates for a in c.authority)
    assert "Matter of Acosta, 19 I&N Dec. 211 (BIA 1985)" in found.authority


def test_no_evidence_of_social_distinction_fails_every_group() -> None:
    answers = {
        "asylum.psg_candidate": "reported_or_testified",
        "asylum.psg_alternatives": ["family"],
        "asylum.psg_distinction_evidence": [],  # counsel looked and found none
    }
    found = analyse(view(answers))
    assert found is not None and found.cognizable is False and found.circuit is None
    assert view(answers).get("asylum.psg_cognizable") is False


def test_evidence_not_yet_reviewed_leaves_it_open() -> None:
    answers = {"asylum.psg_candidate": "reported_or_testified"}
    found = analyse(view(answers))
    assert found is not None and found.cognizable is None
    assert prongs(found, "reported_or_testified")["distinct"] == "unknown"


def test_the_group_titles_and_notes_follow_the_language() -> None:
    found = analyse(view({"asylum.psg_candidate": "family"}), lang="es")
    assert found is not None
    [c] = found.candidates
    assert c.title == "Familia de una persona nombrada" and "nexo" in c.note
