"""Every fact has a human label (issue 18 item 4): no text that can reach a screen names a fact
by its id. The walk covers every fact description of the catalogue (the interview's unknown
facts, the documents screen's missing form items and the profile's field labels are said by
these), every form-item fact (facts/derived_*forms.py), the filing plans' document titles and
the documents screen's composed review lines. Legal citations (INA 101(a)(15)(T), 8 CFR
214.11) and form numbers (I-914, G-28) are not ids and pass."""

from __future__ import annotations

import re

import pytest

from desktop.data_text import COMPOSED, screen_text
from eligibility.registry import relief_ids
from facts.catalogue import load_catalogue
from facts.derived import DERIVED
from packets.plan import load_plan_data

#: what looks like a fact id: a dotted lower-case name (``client.date_of_birth``,
#: ``crime.abuse.*``), a repeating group (``episodes[]``, ``family[2]``) or a snake_case
#: identifier (``location_country``, ``not_requested``)
FACT_LIKE = re.compile(
    r"\b(?!e\.g\b|i\.e\b)[a-z][a-z0-9_]*(?:\[\d*\])?(?:\.[a-z][a-z0-9_*]*)+"
    r"|\w*\[\d*\]"
    r"|\b[a-z][a-z0-9]*_[a-z0-9_]+\b"
    r"|\.\*"
)
#: not ids: web addresses and domains the screens name
NOT_IDS = re.compile(r"https?://\S+|\b[a-z0-9-]+\.(?:gov|com|org|net)\b(?:/\S*)?")


def fact_like(text: str) -> list[str]:
    """The fact-id-like tokens in ``text`` (placeholders such as ``{name}`` and web addresses
    taken out first)."""
    text = NOT_IDS.sub(" ", re.sub(r"\{\w+\}", " ", text))
    return [m.group(0) for m in FACT_LIKE.finditer(text)]


def _group_title(name: str) -> str:
    from desktop.profile_logic import group_title

    return group_title(name)


def _screen_texts() -> list[tuple[str, str]]:
    """(where, text) of every fact description and plan text a screen can show."""
    out: list[tuple[str, str]] = []
    for fact in load_catalogue():
        text = fact.description
        if fact.name.endswith("[]") and text in (fact.name, fact.name[:-2]):
            text = _group_title(fact.name[:-2])  # a group is shown by the profile's title
        out.append((f"fact {fact.name}", text))
    for name, d in DERIVED.items():
        if d.compute.__module__.endswith("_forms"):  # a form item the documents screen names
            out.append((f"form item {name}", screen_text(load_catalogue()[name].description)))
    for relief in relief_ids():
        for doc in load_plan_data(relief).documents:
            out.append((f"{relief} plan entry {doc.id}", doc.title))
            if doc.unknown_warning:
                out.append((f"{relief} plan entry {doc.id} warning", doc.unknown_warning))
    out += [("review line", t) for t in COMPOSED]
    return out


def test_no_fact_id_in_any_screen_text() -> None:
    found = [f"{where}: {fact_like(text)} in {text!r}" for where, text in _screen_texts()
             if fact_like(text)]  # fmt: skip
    assert not found, "Fact ids in texts a screen shows:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "text",
    [
        "I-918 Part 2 item 6: the petitioner is under 16 today (client.age)",
        "physical injury (crime.abuse.*)",
        "a derivative (episodes[].kind, crime_types)",
        "city and country (family[].location_city, location_country)",
        "not_requested, requested, signed, refused",
        "any hardship factor (hardship.*)",
    ],
)
def test_the_walk_catches_ids(text: str) -> None:
    assert fact_like(text), text


@pytest.mark.parametrize(
    "text",
    [
        "INA 101(a)(15)(T)(i)(III)(bb); 8 CFR 214.202(c)(2)",
        "I-914 Supplement A Part 3 item 24.E, e.g. 18 USC 1596",
        "Download it from uscis.gov/i-918, i.e. the current edition",
        "s. 943.0583(2); Penal Code 236.14(c); N.Y.C. Bar",
        "Proof of {name}'s relationship to the applicant",
    ],
)
def test_citations_and_form_numbers_pass(text: str) -> None:
    assert not fact_like(text), fact_like(text)
