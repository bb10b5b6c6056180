"""Fact values as text, and the sandboxed Jinja environment clause bodies are rendered in.

A clause body sees only: ``fact("client.given_name")``, ``rows("arrests")`` (each row answers
``row.offense`` / ``row.get("offense")``), ``state`` (the state vacatur row, when the document
has one), ``counsel`` and ``today``. Undefined names raise (StrictUndefined); the sandbox blocks
attribute tricks. A fact value prints as its formatted text; a missing one prints as a marked
``[[MISSING: label]]`` segment and is recorded, so the renderer can highlight it and list it.

Rendered text carries invisible markers (private-use characters) around fact values and
missing placeholders; ``segments()`` splits it back into typed pieces.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from clauses.wording import join, word
from facts import UNKNOWN, FactView
from facts.catalogue import Fact

# Markers: FACT_OPEN value FACT_CLOSE ; MISS_OPEN label MISS_CLOSE
FACT_OPEN, FACT_CLOSE, MISS_OPEN, MISS_CLOSE = "\ue000", "\ue001", "\ue002", "\ue003"

#: Date facts whose precision lives in a sibling column.
PRECISION_OF: dict[str, str] = {
    "client.date_of_birth": "client.dob_precision",
    "episodes[].start_date": "episodes[].start_precision",
    "episodes[].end_date": "episodes[].end_precision",
    "entries[].event_date": "entries[].date_precision",
}

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass(frozen=True)
class MissingItem:
    """A fact the document needed but the profile does not have."""

    fact: str
    label: str
    where: str


def format_date(value: dt.date, precision: str | None = None) -> str:
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return f"{_MONTHS[value.month - 1]} {value.year}"
    return f"{_MONTHS[value.month - 1]} {value.day}, {value.year}"


def humanize(code: str) -> str:
    """Stored codes read as words: ``document_confiscation`` -> ``document confiscation``."""
    return code.replace("_", " ")


#: Nesting followed when printing a value; deeper parts print as "...". Values are checked on
#: save and import (casefile.validation), this only keeps a stray value from crashing a draft.
_MAX_DEPTH = 8


def format_value(
    fact: Fact,
    value: Any,
    precision: str | None = None,
    *,
    sex: str | None = None,
    _depth: int = 0,
) -> str:
    """Human text of a known fact value (dates in words, lists joined naturally, codes worded
    from ``clauses/data/wording.yaml``, by the row's ``sex`` where English marks it).
    Never raises for an odd value (a dict, a deep list, a date out of range): it prints it."""
    if _depth > _MAX_DEPTH:
        return "..."
    if isinstance(value, dict):
        return "; ".join(
            f"{k}: {format_value(fact, v, sex=sex, _depth=_depth + 1)}" for k, v in value.items()
        )
    if isinstance(value, dt.datetime):
        value = value.date()
    if fact.type == "date" and isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, dt.date):
        return format_date(value, precision if precision in ("year", "month", "day") else None)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return join([format_value(fact, v, sex=sex, _depth=_depth + 1) for v in value])
    text = str(value)
    worded = word(fact.name, text, sex=sex)
    if worded is not None:
        return worded
    if fact.type in ("choice", "multi_choice") or (
        fact.type == "list" and "_" in text and " " not in text
    ):
        return humanize(text)
    if "_" in text and " " not in text and text.islower():
        return humanize(text)
    return text


def label_of(fact: Fact) -> str:
    """A short human label for a missing fact (its catalogue description)."""
    return fact.description.rstrip(".")


MissingSink = Callable[[MissingItem], None]


class FactText:
    """A fact value that prints as marked text; printing a missing value records it."""

    def __init__(
        self,
        fact: Fact,
        value: Any,
        where: str,
        sink: MissingSink,
        precision: str | None = None,
        sex: str | None = None,
    ) -> None:
        self.fact = fact
        self.value = value
        self.where = where
        self._sink = sink
        self._precision = precision
        self._sex = sex

    @property
    def known(self) -> bool:
        return self.value is not UNKNOWN

    @property
    def text(self) -> str:
        """The formatted value, or '' when unknown (no placeholder, nothing recorded)."""
        if not self.known:
            return ""
        return format_value(self.fact, self.value, self._precision, sex=self._sex)

    def __str__(self) -> str:
        if not self.known:
            label = label_of(self.fact)
            self._sink(MissingItem(self.fact.name, label, self.where))
            return f"{MISS_OPEN}{label}{MISS_CLOSE}"
        return f"{FACT_OPEN}{self.text}{FACT_CLOSE}"

    @property
    def when(self) -> str:
        """A date with its preposition: 'on March 2, 2004', 'in March 2021', 'in 2021'."""
        if not self.known:
            return str(self)
        prep = "in" if self._precision in ("month", "year") else "on"
        return f"{prep} {self}"

    def __bool__(self) -> bool:
        return self.known and bool(self.value)

    def __eq__(self, other: object) -> bool:
        return bool(self.value == other)

    def __hash__(self) -> int:
        return hash(self.fact.name)

    def __iter__(self) -> Any:
        if not self.known or not isinstance(self.value, list | tuple):
            return iter(())
        return iter([FactText(self.fact, v, self.where, self._sink) for v in self.value])


class RowText:
    """One repeating-group row for clause bodies: ``row.offense`` or ``row.get('offense')``."""

    def __init__(self, view: FactView, group: str, index: int, where: str, sink: MissingSink):
        self._view = view
        self._group = group
        self._row = view.rows(group)[index]
        self._where = where
        self._sink = sink
        self.index = index
        self.number = index + 1

    def get(self, column: str) -> FactText:
        name = f"{self._group}[].{column}"
        fact = self._view.catalogue[name]
        precision = None
        if name in PRECISION_OF:
            p = self._row.get(PRECISION_OF[name].split("].", 1)[1])
            precision = None if p is UNKNOWN else str(p)
        sex = None
        if f"{self._group}[].sex" in self._view.catalogue:
            raw = self._row.get("sex")
            sex = None if raw is UNKNOWN else str(raw)
        return FactText(fact, self._row.get(column), self._where, self._sink, precision, sex)

    def __getattr__(self, column: str) -> FactText:
        if column.startswith("_"):
            raise AttributeError(column)
        return self.get(column)


#: One sandboxed environment for every clause body; compiled bodies are cached by source.
_ENV = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)


@lru_cache(maxsize=1024)
def _compiled(source: str) -> Template:
    return _ENV.from_string(source)


class ClauseEnvironment:
    """Renders clause bodies against one fact view, collecting missing items."""

    def __init__(self, view: FactView, sink: MissingSink) -> None:
        self.view = view
        self.sink = sink
        self.env = _ENV

    def fact(self, name: str, where: str) -> FactText:
        fact = self.view.catalogue[name]
        value = self.view.get(name)
        precision = None
        if name in PRECISION_OF:
            p = self.view.get(PRECISION_OF[name])
            precision = None if p is UNKNOWN else str(p)
        return FactText(fact, value, where, self.sink, precision)

    def rows(self, group: str, where: str) -> list[RowText]:
        n = len(self.view.rows(group))
        return [RowText(self.view, group, i, where, self.sink) for i in range(n)]

    def render(self, source: str, where: str, extra: dict[str, Any] | None = None) -> str:
        """Render one clause body; raises jinja2.TemplateError (callers wrap it)."""
        context: dict[str, Any] = {
            "fact": lambda name: self.fact(name, where),
            "rows": lambda group: self.rows(group, where),
            "today": format_date(self.view.today),
        }
        context.update(extra or {})
        return _compiled(source).render(context)


@dataclass(frozen=True)
class Segment:
    """A piece of rendered clause text: boilerplate, a fact value, or a missing placeholder."""

    text: str
    kind: str  # "text" | "fact" | "missing"


def segments(rendered: str) -> list[Segment]:
    """Split marked text into segments (markers removed)."""
    out: list[Segment] = []
    buf = ""
    kind = "text"
    for ch in rendered:
        if ch in (FACT_OPEN, MISS_OPEN):
            if buf:
                out.append(Segment(buf, kind))
            buf, kind = "", ("fact" if ch == FACT_OPEN else "missing")
        elif ch in (FACT_CLOSE, MISS_CLOSE):
            out.append(Segment(buf, kind))
            buf, kind = "", "text"
        else:
            buf += ch
    if buf:
        out.append(Segment(buf, kind))
    return out


def plain(rendered: str) -> str:
    """Marked text as plain text, with visible ``[[MISSING: ...]]`` placeholders."""
    return "".join(
        f"[[MISSING: {s.text}]]" if s.kind == "missing" else s.text for s in segments(rendered)
    )


__all__ = [
    "ClauseEnvironment",
    "FactText",
    "MissingItem",
    "RowText",
    "Segment",
    "TemplateError",
    "format_date",
    "format_value",
    "plain",
    "segments",
]
