"""Scripted answers for walking a whole interview without a person at the keyboard.

The interview tests and the eligibility benchmark both walk every question of an interview with
``scripted_answer``, so a new question type is scripted once for both (and a benchmark need not
import the tests). Every value here is fictional.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from eligibility.schema import Question


def scripted_answer(
    q: Question, yes: bool, rows: Mapping[str, dict[str, Any]] | None = None
) -> Any:
    """The all-yes / all-no answer to a question; other kinds get one fixed fictional value. A
    list question gets one copy of its group's row in ``rows`` on all-yes, else no rows."""
    if q.type == "yes_no":
        return yes
    if q.type == "date":
        return dt.date(1990, 6, 1) if q.fact == "client.date_of_birth" else dt.date(2021, 3, 1)
    if q.type == "choice":
        return q.choices[0].value
    if q.type == "multi_choice":
        return [q.choices[0].value]
    if q.type == "int":
        return 2
    if q.type == "group":
        group = q.fact[:-2]  # "episodes[]" -> "episodes"
        return [dict(rows[group])] if yes and rows and group in rows else []
    return "In my own words."


__all__ = ["scripted_answer"]
