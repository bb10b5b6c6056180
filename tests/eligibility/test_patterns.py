"""Fictional fact patterns as profile files: tests/eligibility/patterns/<relief>/*.yaml.

Each file is a documented profile file (casefile/profile.schema.json), read with the same
importer as ``clients import-profile``, plus ``screening_expected``: the date, the relief, every
element's status and the outcome. The expectations were reasoned from the rules in
eligibility/data/rules and the law they cite, not copied from output; the files for issue 14 say
which rule fix they prove in their ``notes``. Each relief has at least eight patterns, at least
two of them negative controls (an outcome of likely_not_eligible).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
import yaml

from casefile.profile import profile_from_yaml
from eligibility.registry import relief_ids
from tests.eligibility.helpers import run, statuses

PATTERN_DIR = Path(__file__).with_name("patterns")
FILES = sorted(PATTERN_DIR.glob("*/*.yaml"))


def _expected(path: Path) -> dict:  # type: ignore[type-arg]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    exp = data["screening_expected"]
    assert exp["relief"] == path.parent.name, path
    return exp  # type: ignore[no-any-return]


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.stem}" for p in FILES])
def test_pattern(path: Path) -> None:
    profile = profile_from_yaml(path.read_text(encoding="utf-8"), str(path))
    exp = _expected(path)
    today = exp["today"]
    today = today if isinstance(today, dt.date) else dt.date.fromisoformat(today)
    a = run(profile, exp["relief"], today=today)
    assert statuses(a) == exp["elements"], path.name
    assert a.outcome == exp["outcome"], path.name


def test_every_relief_has_eight_patterns_and_two_negative_controls() -> None:
    per_relief = Counter(p.parent.name for p in FILES)
    negatives = Counter(
        p.parent.name for p in FILES if _expected(p)["outcome"] == "likely_not_eligible"
    )
    for relief in relief_ids():
        assert per_relief[relief] >= 8, (relief, per_relief[relief])
        assert negatives[relief] >= 2, (relief, negatives[relief])
