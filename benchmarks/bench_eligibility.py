"""How fast is screening? ``python benchmarks/bench_eligibility.py [runs]``

Prints medians for: ``assess_all`` on the demo client (all five reliefs), a bare
``FactView.get`` loop over every fact the rules mention (the floor the engine builds on), their
ratio, and choosing the next interview question. Targets (issue 4): all five assessments
< 10 ms median, next question < 5 ms.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from casefile.demo import demo_profile
from eligibility import assess_all, load_rules
from eligibility.conditions import fact_names
from eligibility.interview import InterviewSession
from facts import FactView

TODAY = dt.date(2026, 11, 29)


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm caches (rules, catalogue)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def referenced_facts() -> list[str]:
    rules = load_rules()
    names: set[str] = set()
    for cond in rules.common.values():
        names |= fact_names(cond)
    for rr in rules.reliefs.values():
        for el in rr.elements:
            for c in (el.met_if, el.unmet_if, el.not_applicable_if):
                if c is not None:
                    names |= fact_names(c)
            for exc in el.exceptions:
                names |= fact_names(exc.when)
        for fl in rr.flags:
            names |= fact_names(fl.when)
    return sorted(names)


def main(runs: int = 200) -> dict[str, float]:
    profile = demo_profile()
    facts = referenced_facts()

    def bare() -> None:
        view = FactView(profile, today=TODAY)
        for name in facts:
            view.get(name)

    def full() -> None:
        assess_all(FactView(profile, today=TODAY))

    session = InterviewSession(demo_profile(), today=TODAY)

    def next_q() -> None:
        session._touch()  # force a fresh choice (normally done after each answer)
        session.current  # noqa: B018

    figures = {
        "facts": float(len(facts)),
        "bare_get_ms": median_ms(bare, runs),
        "assess_all_ms": median_ms(full, runs),
        "next_question_ms": median_ms(next_q, max(20, runs // 4)),
    }
    figures["ratio"] = figures["assess_all_ms"] / figures["bare_get_ms"]
    return figures


if __name__ == "__main__":
    f = main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
    print(f"facts referenced by the rules: {int(f['facts'])}")
    print(f"bare FactView.get loop:        {f['bare_get_ms']:.2f} ms median")
    print(f"assess_all (5 reliefs, demo):  {f['assess_all_ms']:.2f} ms median")
    print(f"ratio assess_all / bare loop:  {f['ratio']:.1f}x")
    print(f"next interview question:       {f['next_question_ms']:.2f} ms median")
    print("targets: all five assessments < 10 ms, next question < 5 ms")
