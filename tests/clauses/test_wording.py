"""Coded values worded per language in data, and natural list joins (issue 17)."""

from __future__ import annotations

from clauses.text import format_value
from clauses.wording import join, word, wording_table
from facts import load_catalogue


def test_relations_follow_the_row_sex_or_stay_neutral() -> None:
    assert word("family[].relationship", "parent", sex="F") == "mother"
    assert word("family[].relationship", "parent", sex="M") == "father"
    assert word("family[].relationship", "parent") == "parent"  # no sex recorded: neutral
    assert word("family[].relationship", "sibling", sex="x") == "sibling"
    assert word("family[].relationship", "parent", lang="es", sex="F") == "madre"
    assert word("family[].relationship", "unheard_of") is None


def test_every_worded_fact_is_in_the_catalogue_with_english_and_spanish() -> None:
    catalogue = load_catalogue()
    for fact, langs in wording_table().items():
        assert fact in catalogue, fact
        assert set(langs) == {"en", "es"}, fact
        assert set(langs["en"]) == set(langs["es"]), fact  # the same codes in both languages


def test_lists_join_naturally_and_codes_read_as_words() -> None:
    assert join(["a"]) == "a"
    assert join(["a", "b"]) == "a and b"
    assert join(["a", "b", "c"]) == "a, b, and c"
    assert join(["a", "b", "c"], lang="es") == "a, b y c"
    means = load_catalogue()["episodes[].means"]
    text = format_value(means, ["fraud", "debt", "document_confiscation"])
    assert text == "fraud, debt bondage, and confiscation of documents"
    response = load_catalogue()["le_contacts[].client_response"]
    assert format_value(response, "complied") == "did what was asked"
