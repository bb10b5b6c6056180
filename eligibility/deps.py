"""From "these facts are unknown" to "these questions would settle them".

A derived fact (``client.minor_during_any_episode``) is settled by asking for its inputs
(``client.date_of_birth``, ``episodes[].start_date``); a repeating-group column
(``arrests[].offense_category``) is settled by the group's question (``arrests[]``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from facts import FactView
from facts.derived import inputs_of

if TYPE_CHECKING:
    from eligibility.loader import RuleSet


def expand(facts: Iterable[str], view: FactView | None = None) -> list[str]:
    """The stored facts behind ``facts``: derived facts replaced by their unknown inputs
    (all inputs if ``view`` is None), recursively; order kept, duplicates dropped."""
    out: list[str] = []
    stack = list(facts)[::-1]
    seen: set[str] = set()
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        inputs = inputs_of(name)
        if inputs:
            pending = [i for i in inputs if view is None or "[]" in i or not view.known(i)]
            stack.extend(reversed(pending or list(inputs)))
            continue
        out.append(name)
    return out


def group_of(fact: str) -> str | None:
    return fact.split("[]", 1)[0] if "[]" in fact else None


_INDEX: dict[int, tuple[RuleSet, dict[str, list[str]]]] = {}


def _setters(rules: RuleSet) -> dict[str, list[str]]:
    """fact -> ids of the questions that set it (built once per rule set)."""
    cached = _INDEX.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    index: dict[str, list[str]] = {}
    for q in rules.questions.values():
        index.setdefault(q.fact, []).append(q.id)
    _INDEX[id(rules)] = (rules, index)
    return index


def questions_for_fact(fact: str, rules: RuleSet) -> list[str]:
    """Question ids that set ``fact`` (or its repeating group)."""
    index = _setters(rules)
    out = list(index.get(fact, ()))
    group = group_of(fact)
    if group is not None and fact != f"{group}[]":
        out += [q for q in index.get(f"{group}[]", ()) if q not in out]
    return out


def resolving_questions(
    facts: Iterable[str],
    rules: RuleSet,
    view: FactView | None = None,
    preferred: Sequence[str] = (),
) -> list[str]:
    """Questions that could settle ``facts``; those in ``preferred`` order first."""
    found: list[str] = []
    for f in expand(facts, view):
        for q in questions_for_fact(f, rules):
            if q not in found:
                found.append(q)
    order = {q: i for i, q in enumerate(preferred)}
    return sorted(found, key=lambda q: (order.get(q, len(order)), found.index(q)))
