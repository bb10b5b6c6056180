"""Derived facts: computed from stored facts and ``view.today``, never stored.

Each entry names its inputs in its description; legal ones carry their citation. Add one by
decorating a function with ``@derived(name, type, description, cite=...)``; a name with ``[]``
is computed per row and receives the ``RowView``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from facts.catalogue import Fact

if TYPE_CHECKING:
    from facts.view import FactView, RowView

Compute = Callable[["FactView", "RowView | None"], Any]


@dataclass(frozen=True)
class Derived:
    fact: Fact
    compute: Compute


DERIVED: dict[str, Derived] = {}


def derived(
    name: str, type_: str, description: str, *, cite: str | None = None
) -> Callable[[Compute], Compute]:
    group = name.split("[]", 1)[0] if "[]" in name else None

    def register(fn: Compute) -> Compute:
        fact = Fact(
            name=name,
            type=type_,
            description=description,
            storage="derived",
            group=group,
            cite=cite,
        )
        DERIVED[name] = Derived(fact, fn)
        return fn

    return register


def years_between(start: dt.date, end: dt.date) -> int:
    """Whole years from start to end (birthday arithmetic; 29 Feb counts on 1 Mar)."""
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return years


@derived("client.age", "int", "Age today in whole years, from client.date_of_birth")
def _age(view: FactView, _row: RowView | None) -> Any:
    dob = view.profile.client.date_of_birth
    return None if dob is None else years_between(dob, view.today)


@derived(
    "episodes[].age_at_start",
    "int",
    "Client's age when the episode began, from client.date_of_birth and episodes[].start_date",
)
def _age_at_start(view: FactView, row: RowView | None) -> Any:
    dob = view.profile.client.date_of_birth
    start = row.row.start_date if row is not None else None
    return None if dob is None or start is None else years_between(dob, start)


@derived(
    "episodes[].minor_at_start",
    "bool",
    "Client was under 18 when the episode began",
    cite="INA 101(a)(15)(T)(i)(III)(cc); 8 CFR 214.202(c)(1)",
)
def _minor_at_start(view: FactView, row: RowView | None) -> Any:
    age = _age_at_start(view, row)
    return None if age is None else age < 18
