"""Condition trees for clauses: ``all`` / ``any`` / ``not`` / comparisons over facts.

Three-valued: ``True``, ``False`` or ``None`` (unknown). An unanswered fact makes a comparison
unknown, never false. A fact of a repeating group (``episodes[].kind``) compares row by row:
true if any row is true, false if every row is false, unknown otherwise (and unknown for an
empty group: nothing recorded is not the same as "no").

Shape (YAML)::

    all: [<cond>, ...]          any: [<cond>, ...]          not: <cond>
    {fact: client.sex, eq: F}   {fact: episodes[].means, contains: fraud}
    {fact: episodes[].kind, in: [sex_trafficking, both]}     {fact: client.age, lt: 18}
    {fact: client.a_number, known: true}

This module is the adapter named in the issue: the eligibility package owns the canonical
evaluator. ``evaluate`` delegates to ``eligibility.conditions`` when that module exists and
understands the tree; until then the local evaluator below applies the documented semantics.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from clauses.errors import ConditionError
from facts import UNKNOWN, FactView, load_catalogue

Tri = bool | None

OPERATORS = ("eq", "ne", "in", "contains", "gt", "gte", "lt", "lte", "known")
_BRANCHES = ("all", "any", "not")


def fact_names(cond: Any) -> list[str]:
    """Every fact a condition tree mentions (for validation against the catalogue)."""
    out: list[str] = []
    if isinstance(cond, Mapping):
        if "fact" in cond:
            out.append(str(cond["fact"]))
        for key in ("all", "any"):
            for sub in cond.get(key, []) or []:
                out.extend(fact_names(sub))
        if "not" in cond:
            out.extend(fact_names(cond["not"]))
    return out


def validate(cond: Any, where: str) -> None:
    """Raise ConditionError if the tree is malformed or names a fact not in the catalogue."""
    catalogue = load_catalogue()
    elig = _eligibility()
    if elig is not None:
        try:
            names = elig.fact_names(elig.parse(cond))
        except Exception as exc:  # pydantic.ValidationError or a bad node
            _local_validate(cond, where, catalogue)  # raises with a readable reason
            raise ConditionError(where, f"not a valid condition tree: {cond!r}") from exc
        for name in sorted(names):
            if name not in catalogue:
                raise ConditionError(where, f"'{name}' is not a fact in the catalogue (facts/)")
        return
    _local_validate(cond, where, catalogue)


def _local_validate(cond: Any, where: str, catalogue: Any) -> None:
    """The documented subset (all/any/not/comparisons), with a readable reason on failure."""
    if not isinstance(cond, Mapping) or not cond:
        raise ConditionError(where, f"expected a mapping, got {cond!r}")
    branches = [k for k in cond if k in _BRANCHES]
    if branches:
        if len(cond) != 1:
            raise ConditionError(where, f"'{branches[0]}' must be the only key in its mapping")
        key = branches[0]
        if key == "not":
            _local_validate(cond["not"], where, catalogue)
            return
        subs = cond[key]
        if not isinstance(subs, list) or not subs:
            raise ConditionError(where, f"'{key}' needs a non-empty list")
        for sub in subs:
            _local_validate(sub, where, catalogue)
        return
    if "fact" not in cond:
        raise ConditionError(where, f"no 'fact', 'all', 'any' or 'not' in {dict(cond)!r}")
    name = str(cond["fact"])
    if name not in catalogue:
        raise ConditionError(where, f"'{name}' is not a fact in the catalogue (facts/)")
    ops = [k for k in cond if k != "fact"]
    if len(ops) != 1 or ops[0] not in OPERATORS:
        raise ConditionError(
            where, f"fact '{name}' needs exactly one operator of {', '.join(OPERATORS)}"
        )


def _compare(op: str, value: Any, target: Any) -> Tri:
    if op == "known":
        return (value is not UNKNOWN) == bool(target)
    if value is UNKNOWN:
        return None
    if isinstance(value, dt.date) and isinstance(target, str):
        target = dt.date.fromisoformat(target)
    if op == "eq":
        return bool(value == target)
    if op == "ne":
        return bool(value != target)
    if op == "in":
        return value in target
    if op == "contains":
        if isinstance(value, str):
            return str(target) in value
        return target in value
    try:
        if op == "gt":
            return bool(value > target)
        if op == "gte":
            return bool(value >= target)
        if op == "lt":
            return bool(value < target)
        if op == "lte":
            return bool(value <= target)
    except TypeError:
        return None
    raise ConditionError("condition", f"unknown operator '{op}'")


def _any_of(values: Iterable[Tri]) -> Tri:
    seen_unknown = False
    for v in values:
        if v is True:
            return True
        if v is None:
            seen_unknown = True
    return None if seen_unknown else False


def _all_of(values: Iterable[Tri]) -> Tri:
    seen_unknown = False
    for v in values:
        if v is False:
            return False
        if v is None:
            seen_unknown = True
    return None if seen_unknown else True


def _local_evaluate(cond: Mapping[str, Any], view: FactView) -> Tri:
    if "all" in cond:
        return _all_of(_local_evaluate(c, view) for c in cond["all"])
    if "any" in cond:
        return _any_of(_local_evaluate(c, view) for c in cond["any"])
    if "not" in cond:
        inner = _local_evaluate(cond["not"], view)
        return None if inner is None else not inner
    name = str(cond["fact"])
    op = next(k for k in cond if k != "fact")
    target = cond[op]
    fact = view.catalogue[name]
    value = view.get(name)
    if fact.many and fact.type != "group":
        rows = list(value)
        if not rows:
            return False if op == "known" and not target else None
        if op == "known":
            known = [v is not UNKNOWN for v in rows]
            return any(known) if target else not any(known)
        return _any_of(_compare(op, v, target) for v in rows)
    if fact.type == "group":
        value = value if value else UNKNOWN
    return _compare(op, value, target)


def _eligibility() -> Any:
    """``eligibility.conditions`` if it is installed and has the documented API, else None."""
    try:
        from eligibility import conditions as elig
    except ImportError:
        return None
    if all(hasattr(elig, n) for n in ("evaluate", "parse", "fact_names")):
        return elig
    return None


def unknown_facts(cond: Mapping[str, Any] | None, view: FactView) -> list[str]:
    """Facts whose answers could still settle an unknown condition (for the attorney)."""
    if cond is None:
        return []
    elig = _eligibility()
    if elig is not None and hasattr(elig, "evaluate_full"):
        return sorted(elig.evaluate_full(cond, view).unknown)
    out = []
    for name in fact_names(cond):
        value = view.get(name)
        if value is UNKNOWN or (isinstance(value, list) and (not value or UNKNOWN in value)):
            out.append(name)
    return sorted(set(out))


def backend() -> str:
    """Which evaluator is in use: ``eligibility`` (canonical) or ``local`` (adapter)."""
    return "eligibility" if _eligibility() is not None else "local"


def evaluate(cond: Mapping[str, Any] | None, view: FactView) -> Tri:
    """Evaluate a condition tree against a fact view: True, False or None (unknown)."""
    if cond is None:
        return True
    elig = _eligibility()
    if elig is not None:
        result: Tri = elig.evaluate(cond, view)
        return result
    return _local_evaluate(cond, view)
