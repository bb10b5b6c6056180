"""From "these facts are unknown" to "these questions would settle them".

A derived fact (``client.minor_during_any_episode``) is settled by asking for its inputs
(``client.date_of_birth``, ``episodes[].start_date``); a repeating-group column
(``arrests[].offense_category``) is settled by the group's question (``arrests[]``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

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


# ---------------------------------------------------------------------------------------------
# Fact -> rule index (issue 20 item 5): which element, flag or relief gate reads which stored fact
# ---------------------------------------------------------------------------------------------

#: The key a rule depends on when it reads a fact nobody can track (a derived fact without inputs).
ANY_FACT = "*"


def dep_key(fact: str) -> str:
    """What changes when ``fact`` is answered: the fact, or its whole repeating group."""
    return group_of(fact) or fact


def condition_keys(cond: Any, rules: RuleSet) -> frozenset[str]:
    """The stored facts (as ``dep_key``s) a condition reads, refs and derived facts followed."""
    from eligibility.conditions import VacaturCovers, fact_names, ref_names, walk

    if cond is None:
        return frozenset()
    names: set[str] = set()
    seen_refs: set[str] = set()
    todo = [cond]
    while todo:
        node = todo.pop()
        names |= fact_names(node)
        if any(isinstance(n, VacaturCovers) for n, _g in walk(node)):
            names |= {"client.date_of_birth", "arrests[]"}  # the state-table hook reads them
        for ref in ref_names(node) - seen_refs:
            seen_refs.add(ref)
            todo.append(rules.common[ref])
    keys: set[str] = set()
    for name in expand(names):
        if inputs_of(name) == () and _is_derived(name):
            keys.add(ANY_FACT)
        keys.add(dep_key(name))
    return frozenset(keys)


def _is_derived(name: str) -> bool:
    from facts.derived import DERIVED

    return name in DERIVED


@dataclass(frozen=True)
class RuleIndex:
    """Per relief: the keys its ``applies_if`` reads; per element and flag: the keys it reads
    (an element also reads the answers listed as its evidence)."""

    applies: dict[str, frozenset[str]]
    elements: dict[tuple[str, str], frozenset[str]]
    flags: dict[tuple[str, str], frozenset[str]]
    #: (relief, element id) -> ids of the evidence questions naming that element in
    #: ``evidence_for`` (a question naming only the relief is not listed with any element)
    evidence: dict[tuple[str, str], tuple[str, ...]]


_RULE_INDEX: dict[int, tuple[RuleSet, RuleIndex]] = {}


def rule_index(rules: RuleSet) -> RuleIndex:
    """The fact -> rule index of a rule set (built once per rule set)."""
    cached = _RULE_INDEX.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    evidence: dict[tuple[str, str], list[str]] = {}
    for q in rules.questions.values():
        if not q.gathers_evidence:
            continue
        for target in q.evidence_for:
            relief, _, element = target.partition("/")
            if element:  # a whole relief ("t_visa") only decides when the question is in play
                evidence.setdefault((relief, element), []).append(q.id)
    applies: dict[str, frozenset[str]] = {}
    elements: dict[tuple[str, str], frozenset[str]] = {}
    flags: dict[tuple[str, str], frozenset[str]] = {}
    for relief, rr in rules.reliefs.items():
        applies[relief] = condition_keys(rr.applies_if, rules)
        for el in rr.elements:
            keys = set(condition_keys(el.met_if, rules))
            for c in (el.unmet_if, el.not_applicable_if, *(x.when for x in el.exceptions)):
                keys |= condition_keys(c, rules)
            keys |= {
                dep_key(rules.questions[qid].fact) for qid in evidence.get((relief, el.id), ())
            }
            elements[(relief, el.id)] = frozenset(keys)
        for fl in rr.flags:
            flags[(relief, fl.id)] = condition_keys(fl.when, rules)
    index = RuleIndex(applies, elements, flags, {k: tuple(v) for k, v in evidence.items()})
    _RULE_INDEX[id(rules)] = (rules, index)
    return index
