from __future__ import annotations

import datetime as dt

from eligibility import RELIEFS, assess_all, load_rules
from facts import FactView

TODAY = dt.date(2026, 11, 29)


def test_rules_load_and_demo_assesses(demo) -> None:
    rules = load_rules()
    assert set(rules.reliefs) == set(RELIEFS)
    result = assess_all(FactView(demo, today=TODAY))
    assert result["t_visa"].element("T-E3").exception_id == "T-E3a"
    assert result["vacatur"].element("V-E3").status == "likely_met"
