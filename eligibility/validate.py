"""The rule-set validator: proves the YAML data is consistent with the fact catalogue.

``problems(rules)`` lists every problem as ``"file:line: what is wrong"``; ``check(rules)``
raises ``RuleFileError`` for the first. Checked:
- every fact named anywhere (conditions in rules, shared conditions, ``ask_if``, deadlines,
  derivative rows) exists in the catalogue, and each operator suits the fact's type
  (``is_true`` needs a bool, ``before`` a date, a choice value must be allowed...);
- every ``ref`` names a shared condition, and shared conditions do not refer to themselves in a
  cycle;
- every question: its fact exists, its answer type fits the fact type, its choices are allowed
  values, group columns exist; every question id used by an element, flag or flow exists; every
  question is reachable from at least one flow; ``ask_if`` conditions do not form a cycle;
- every deadline names a date fact.
(Missing ``authority`` / ``last_reviewed`` / ``reviewed_by`` / ``verify_status`` fail the
pydantic schema at load time, with file and line.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from casefile.models import GROUPS
from eligibility.conditions import (
    OP_TYPES,
    AllRows,
    AnyRow,
    Compare,
    Ref,
    walk,
)
from eligibility.errors import RuleFileError
from eligibility.loader import RuleSet, load_rules
from eligibility.schema import ANSWER_FACT_TYPES
from facts import Catalogue, load_catalogue


def _check_condition(cond: Any, where: str, rules: RuleSet, cat: Catalogue, out: list[str]) -> None:
    if cond is None:
        return
    for node, _group in walk(cond):
        if isinstance(node, Ref):
            if node.ref not in rules.common:
                out.append(
                    f"{where}: ref '{node.ref}' is not a shared condition (rules/common.yaml)"
                )
        elif isinstance(node, AnyRow | AllRows):
            spec = node.any_row if isinstance(node, AnyRow) else node.all_rows
            if spec.group not in GROUPS:
                out.append(f"{where}: '{spec.group}' is not a repeating group")
        elif isinstance(node, Compare):
            for name in filter(None, (node.fact, node.value_fact)):
                if name not in cat:
                    out.append(f"{where}: '{name}' is not a fact in the catalogue (facts/)")
            if node.fact not in cat:
                continue
            fact = cat[node.fact]
            accepted = OP_TYPES.get(node.op)
            if accepted is not None and fact.type not in accepted:
                out.append(
                    f"{where}: operator '{node.op}' does not suit '{node.fact}' "
                    f"(type {fact.type}; needs {' or '.join(accepted)})"
                )
            if fact.allowed and node.op in ("eq", "ne", "in", "contains", "any_in"):
                values = node.value if isinstance(node.value, list) else [node.value]
                bad = [v for v in values if v not in fact.allowed]
                if bad:
                    out.append(
                        f"{where}: '{bad[0]}' is not an allowed value of '{node.fact}' "
                        f"({', '.join(fact.allowed)})"
                    )


def _ref_cycles(rules: RuleSet, out: list[str]) -> None:
    from eligibility.conditions import ref_names

    graph = {name: ref_names(cond) for name, cond in rules.common.items()}
    state: dict[str, int] = {}

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for nxt in graph.get(name, set()):
            if state.get(nxt) == 1:
                where = rules.origins.get(("condition", name), "eligibility/data/rules/common.yaml")
                cycle = " -> ".join([*path[path.index(nxt) :], nxt]) if nxt in path else nxt
                out.append(f"{where}: shared conditions refer to each other in a cycle: {cycle}")
            elif state.get(nxt) is None and nxt in graph:
                visit(nxt, [*path, nxt])
        state[name] = 2

    for name in graph:
        if state.get(name) is None:
            visit(name, [name])


def _question_cycles(rules: RuleSet, out: list[str]) -> None:
    setters: dict[str, list[str]] = {}
    for q in rules.questions.values():
        setters.setdefault(q.fact, []).append(q.id)
    graph: dict[str, set[str]] = {}
    for q in rules.questions.values():
        deps: set[str] = set()
        if q.ask_if is not None:
            for node, _g in walk(q.ask_if):
                if isinstance(node, Compare):
                    deps.update(setters.get(node.fact, []))
                    group = node.fact.split("[]", 1)[0] if "[]" in node.fact else None
                    if group:
                        deps.update(setters.get(f"{group}[]", []))
        graph[q.id] = deps
    state: dict[str, int] = {}

    def visit(qid: str, path: list[str]) -> None:
        state[qid] = 1
        for nxt in sorted(graph.get(qid, set())):
            if state.get(nxt) == 1:
                where = rules.origins.get(("question", qid), "eligibility/data/questions.yaml")
                cycle = " -> ".join([*path[path.index(nxt) :], nxt]) if nxt in path else nxt
                out.append(f"{where}: ask_if conditions form a cycle: {cycle}")
            elif state.get(nxt) is None:
                visit(nxt, [*path, nxt])
        state[qid] = 2

    for qid in graph:
        if state.get(qid) is None:
            visit(qid, [qid])


def _check_questions(qids: Iterable[str], where: str, rules: RuleSet, out: list[str]) -> None:
    """Elements and flags both name the questions that settle them; each must exist."""
    for qid in qids:
        if qid not in rules.questions:
            out.append(f"{where}: question '{qid}' is not in questions.yaml")


def problems(rules: RuleSet | None = None, catalogue: Catalogue | None = None) -> list[str]:
    rules = rules or load_rules()
    cat = catalogue or load_catalogue()
    out: list[str] = []
    o = rules.origins

    for name, cond in rules.common.items():
        _check_condition(cond, o.get(("condition", name), "rules/common.yaml"), rules, cat, out)
    _ref_cycles(rules, out)

    for relief, rr in rules.reliefs.items():
        rwhere = o.get(("relief", relief), relief)
        _check_condition(rr.applies_if, rwhere, rules, cat, out)
        for el in rr.elements:
            where = o.get(("element", f"{relief}/{el.id}"), rwhere)
            conds: list[Any] = [el.met_if, el.unmet_if, el.not_applicable_if]
            for cond in conds:
                _check_condition(cond, f"{where} ({el.id})", rules, cat, out)
            for exc in el.exceptions:
                _check_condition(exc.when, f"{where} ({exc.id})", rules, cat, out)
            _check_questions(el.questions, f"{where} ({el.id})", rules, out)
        for fl in rr.flags:
            where = o.get(("flag", f"{relief}/{fl.id}"), rwhere)
            _check_condition(fl.when, f"{where} ({fl.id})", rules, cat, out)
            _check_questions(fl.questions, f"{where} ({fl.id})", rules, out)
        for dl in rr.deadlines:
            where = o.get(("deadlines", f"{relief}/{dl.id}"), rwhere)
            _check_condition(dl.when, f"{where} ({dl.id})", rules, cat, out)
            if dl.fact not in cat:
                out.append(f"{where} ({dl.id}): '{dl.fact}' is not a fact in the catalogue")
            elif cat[dl.fact].type != "date":
                out.append(f"{where} ({dl.id}): deadline fact '{dl.fact}' is not a date")
        for d in rr.derivatives:
            where = o.get(("derivatives", f"{relief}/{d.code}"), rwhere)
            _check_condition(d.when, f"{where} ({d.code})", rules, cat, out)
        for other in rr.other_relief:
            where = o.get(("other_relief", f"{relief}/{other.relief}"), rwhere)
            _check_condition(other.when, f"{where} ({other.relief})", rules, cat, out)

    in_flows: set[str] = set()
    for relief, flow in rules.flows.items():
        for qid in flow.questions:
            in_flows.add(qid)
            if qid not in rules.questions:
                fwhere = o.get(("flow_question", f"{relief}/{qid}")) or o.get(("flow", relief))
                out.append(f"{fwhere or relief}: question '{qid}' is not defined")
    for q in rules.questions.values():
        where = f"{o.get(('question', q.id), 'questions.yaml')} ({q.id})"
        if q.id not in in_flows:
            out.append(f"{where}: unreachable, no flow asks it")
        if q.fact not in cat:
            out.append(f"{where}: '{q.fact}' is not a fact in the catalogue (facts/)")
            continue
        fact = cat[q.fact]
        if fact.type not in ANSWER_FACT_TYPES[q.type]:
            out.append(f"{where}: answer type '{q.type}' cannot set '{q.fact}' (type {fact.type})")
        if fact.storage == "derived":
            out.append(f"{where}: '{q.fact}' is derived; ask for its inputs instead")
        if fact.allowed:
            bad = [c.value for c in q.choices if c.value not in fact.allowed]
            if bad:
                out.append(f"{where}: choice '{bad[0]}' is not an allowed value of '{q.fact}'")
        if q.type in ("choice", "multi_choice") and not q.choices:
            out.append(f"{where}: a {q.type} question needs choices")
        if q.type == "group":
            table = GROUPS.get(fact.group or "")
            for c in q.columns:
                if table is None or c not in table.model_fields:
                    out.append(f"{where}: '{c}' is not a column of {fact.group}")
        if q.sensitive is False and (q.content_warning_en or q.content_warning_es):
            out.append(f"{where}: a content warning on a question not marked sensitive")
        _check_condition(q.ask_if, where, rules, cat, out)
    _question_cycles(rules, out)
    return out


def check(rules: RuleSet | None = None) -> None:
    """Raise RuleFileError naming the file and line of the first problem."""
    found = problems(rules)
    if found:
        first = found[0]
        m = re.match(r"^(?P<path>[^:]+):(?P<line>\d+)\s*(?P<rest>.*)$", first)
        if m is None:
            path, _, rest = first.partition(":")
            raise RuleFileError(path, rest.strip())
        raise RuleFileError(m["path"], m["rest"].lstrip(": "), int(m["line"]))
