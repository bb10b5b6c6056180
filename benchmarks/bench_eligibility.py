"""How fast is screening? ``python benchmarks/bench_eligibility.py [runs]``

Prints medians for: ``assess_all`` on the demo client (all five reliefs), a bare
``FactView.get`` loop over every fact the rules mention (the floor the engine builds on), their
ratio, and choosing the next interview question. Targets (issue 4): all five assessments
< 10 ms median, next question < 5 ms.

Next question (issue 20 item 5): one interview over all five reliefs on a fresh fictional
profile, answering every question (yes, a date, the first choice, "none" for lists), timing each
"answer + choose the next question" step; the session that reuses its element results
(re-evaluating only the rules whose facts changed) against the same session re-evaluating
everything (the baseline, same run, same answers). PASS when the median ratio is <= 0.5 and the
median step < 5 ms. Also prints the interview length for all-yes and all-no answers (issue 23),
full and "decide only".
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
from casefile.models import Client
from casefile.profile import Profile
from eligibility import assess_all, load_rules
from eligibility.conditions import fact_names
from eligibility.interview import InterviewSession
from eligibility.registry import relief_ids
from eligibility.scripted import scripted_answer
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


def step_times(incremental: bool, walks: int) -> list[float]:
    """ms per "answer + next question" over whole interviews (all reliefs, all yes)."""
    times: list[float] = []
    for _ in range(walks):
        s = InterviewSession(Profile(client=Client()), relief_ids(), TODAY, incremental=incremental)
        q = s.current
        while q is not None:
            value = scripted_answer(q, True)
            t = time.perf_counter()
            s.answer(value)
            q = s.current
            times.append((time.perf_counter() - t) * 1000)
    return times


def interview_length(reliefs: tuple[str, ...], yes: bool, decide_only: bool) -> int:
    s = InterviewSession(Profile(client=Client()), reliefs, TODAY, decide_only=decide_only)
    n = 0
    while (q := s.current) is not None:
        s.answer(scripted_answer(q, yes))
        n += 1
    return n


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
        session.refresh()  # forget every result: a full re-evaluation and a fresh choice
        session.current  # noqa: B018

    figures = {
        "facts": float(len(facts)),
        "bare_get_ms": median_ms(bare, runs),
        "assess_all_ms": median_ms(full, runs),
        "next_question_ms": median_ms(next_q, max(20, runs // 4)),
    }
    figures["ratio"] = figures["assess_all_ms"] / figures["bare_get_ms"]
    walks = max(2, runs // 40)
    # interleave the two so machine load hits both alike
    full_steps: list[float] = []
    fast_steps: list[float] = []
    for _ in range(walks):
        full_steps += step_times(False, 1)
        fast_steps += step_times(True, 1)
    figures["step_full_ms"] = statistics.median(full_steps)
    figures["step_incremental_ms"] = statistics.median(fast_steps)
    figures["step_ratio"] = figures["step_incremental_ms"] / figures["step_full_ms"]
    figures["steps"] = float(len(fast_steps))
    return figures


def lengths() -> list[str]:
    out = []
    for label, reliefs in (
        ("T", ("t_visa",)),
        ("T+U", ("t_visa", "u_visa")),
        ("all", relief_ids()),
    ):
        parts = []
        for yes in (True, False):
            for quick in (False, True):
                n = interview_length(reliefs, yes, quick)
                parts.append(f"all-{'yes' if yes else 'no'}{' decide-only' if quick else ''} {n}")
        out.append(f"{label}: " + ", ".join(parts))
    return out


if __name__ == "__main__":
    f = main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
    print(f"facts referenced by the rules: {int(f['facts'])}")
    print(f"bare FactView.get loop:        {f['bare_get_ms']:.2f} ms median")
    print(f"assess_all (5 reliefs, demo):  {f['assess_all_ms']:.2f} ms median")
    print(f"ratio assess_all / bare loop:  {f['ratio']:.1f}x")
    print(f"next question, full re-eval:   {f['next_question_ms']:.2f} ms median (demo)")
    print("targets: all five assessments < 10 ms, next question < 5 ms")
    print(f"answer + next question, {int(f['steps'])} steps over whole interviews (all reliefs):")
    print(f"  re-evaluating everything:    {f['step_full_ms']:.2f} ms median (baseline)")
    print(f"  reusing the last results:    {f['step_incremental_ms']:.2f} ms median")
    ok = f["step_ratio"] <= 0.5 and f["step_incremental_ms"] < 5.0
    print(f"  ratio {f['step_ratio']:.2f} (target <= 0.5) and < 5 ms: {'PASS' if ok else 'FAIL'}")
    print("interview length (questions asked):")
    for line in lengths():
        print(f"  {line}")
