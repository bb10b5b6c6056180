"""Condition trees for clauses: the eligibility package's three-valued evaluator, with the
clause's name attached to any error.

Shape (YAML), as documented in ``eligibility/conditions.py``::

    all: [<cond>, ...]          any: [<cond>, ...]          not: <cond>
    {fact: client.sex, eq: F}   {fact: episodes[].means, contains: fraud}

``True``, ``False`` or ``None`` (unknown): an unanswered fact makes a comparison unknown,
never false.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from clauses.errors import ConditionError
from eligibility import conditions as elig
from facts import FactView, load_catalogue

Tri = bool | None


def validate(cond: Any, where: str) -> None:
    """Raise ConditionError if the tree is malformed or names a fact not in the catalogue."""
    try:
        names = elig.fact_names(elig.parse(cond))
    except (ValueError, TypeError) as exc:  # pydantic.ValidationError is a ValueError
        raise ConditionError(where, f"not a valid condition tree: {cond!r} ({exc})") from exc
    catalogue = load_catalogue()
    for name in sorted(names):
        if name not in catalogue:
            raise ConditionError(where, f"'{name}' is not a fact in the catalogue (facts/)")


def unknown_facts(cond: Mapping[str, Any] | None, view: FactView) -> list[str]:
    """Facts whose answers could still settle an unknown condition (for the attorney)."""
    if cond is None:
        return []
    return sorted(elig.evaluate_full(cond, view).unknown)


def evaluate(cond: Mapping[str, Any] | None, view: FactView) -> Tri:
    """Evaluate a condition tree against a fact view: True, False or None (unknown)."""
    if cond is None:
        return True
    result: Tri = elig.evaluate(cond, view)
    return result
