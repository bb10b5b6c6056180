from __future__ import annotations

import datetime as dt

from eligibility import assess_all, load_rules, relief_ids
from facts import FactView

TODAY = dt.date(2026, 11, 29)


def test_rules_load_and_demo_assesses(demo) -> None:
    rules = load_rules()
    assert (
        list(rules.reliefs)
        == list(relief_ids())
        == ["t_visa", "u_visa", "continued_presence", "asylum_psg", "vacatur"]
    )
    result = assess_all(FactView(demo, today=TODAY))
    assert result["t_visa"].element("T-E3").exception_id == "T-E3a"
    assert result["vacatur"].element("V-E3").status == "likely_met"
