"""The U list of qualifying crimes read by facts/derived_forms.py is the screening rule's list."""

from __future__ import annotations

from pathlib import Path

from casefile.yamlio import safe_load
from facts.derived_forms import LISTED_CRIME_TYPES

RULES = Path(__file__).resolve().parents[2] / "eligibility" / "data" / "rules" / "common.yaml"


def test_listed_crime_types_match_the_qualifying_crime_rule() -> None:
    rules = safe_load(RULES.read_text(encoding="utf-8"))
    listed = rules["conditions"]["qualifying_crime"]["any_row"]["where"]["any_in"]
    assert set(listed) == LISTED_CRIME_TYPES
