"""Plain (Qt-free) reading of ``eligibility`` assessments into rows the screen shows.

The eligibility package decides everything (statuses, reasons, cites, deadlines); this module
only normalises its result objects into small display records, so the view stays thin and
tests can check what would be shown without a window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from casefile.profile import Profile


def _get(obj: Any, *names: str, default: Any = None) -> Any:
    """First present attribute (or dict key) among ``names``; dotted names walk objects."""
    for name in names:
        cur = obj
        ok = True
        for part in name.split("."):
            if isinstance(cur, dict) and part in cur:
                cur = cur[part]
            elif hasattr(cur, part):
                cur = getattr(cur, part)
            else:
                ok = False
                break
        if ok and cur is not None:
            return cur
    return default


def _text(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "value") and not isinstance(value, str | int | float):
        return str(value.value)
    return str(value)


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [_text(v) for v in value]


@dataclass(frozen=True)
class ElementRow:
    id: str
    title: str
    status: str  # met | unmet | unknown | not_applicable | likely_met | likely_unmet ...
    reason: str
    cites: list[str]
    last_reviewed: str
    verify_status: str
    questions: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    note: str = ""
    #: What the interview recorded for the element (indicator answers; issue 23).
    indicators: list[str] = field(default_factory=list)

    @property
    def verified(self) -> bool:
        return self.verify_status == "ok"

    @property
    def is_unknown(self) -> bool:
        return self.status in ("unknown", "needs_more_information")


@dataclass(frozen=True)
class Item:
    """A flag, deadline, derivative or other relief: a title and its details."""

    title: str
    detail: str
    cites: list[str] = field(default_factory=list)
    verify_status: str = "ok"
    severity: str = ""


@dataclass(frozen=True)
class ReliefView:
    relief: str
    title: str
    outcome: str
    label: str
    elements: list[ElementRow]
    flags: list[Item]
    deadlines: list[Item]
    derivatives: list[Item]
    other_relief: list[Item]

    def resolving_questions(self) -> list[str]:
        """Questions that would decide the unknown elements, in element order, no repeats."""
        out: list[str] = []
        for e in self.elements:
            if e.is_unknown:
                for q in e.questions:
                    if q not in out:
                        out.append(q)
        return out


def element_row(e: Any) -> ElementRow:
    return ElementRow(
        id=_text(_get(e, "id", "element_id", "element.id", default="")),
        title=_text(_get(e, "title", "element.title", default="")),
        status=_text(_get(e, "status", default="unknown")),
        reason=_text(_get(e, "reason", default="")),
        cites=_list(_get(e, "authority", "cite", "cites", "element.authority")),
        last_reviewed=_text(_get(e, "last_reviewed", "element.last_reviewed", default="")),
        verify_status=_text(_get(e, "verify_status", "element.verify_status", default="VERIFY")),
        questions=_list(_get(e, "resolving_questions", "questions", "element.questions")),
        evidence=_list(_get(e, "evidence_to_gather", "evidence", "element.evidence")),
        note=_text(_get(e, "note", "element.note", default="")),
        indicators=_list(_get(e, "indicators")),
    )


def _item(obj: Any, detail_names: Iterable[str]) -> Item:
    detail = ""
    for name in detail_names:
        v = _get(obj, name)
        if v is not None:
            detail = v.isoformat() if isinstance(v, dt.date) else _text(v)
            if name in ("days_left",):
                detail = f"{detail} days left"
            break
    return Item(
        title=_text(_get(obj, "title", "name", "code", "relief", default="")),
        detail=detail,
        cites=_list(_get(obj, "authority", "cite")),
        verify_status=_text(_get(obj, "verify_status", default="ok")),
        severity=_text(_get(obj, "severity", default="")),
    )


def deadline_item(d: Any) -> Item:
    base = _item(d, ("message",))
    date = _get(d, "date", "due", "deadline")
    days = _get(d, "days_left")
    parts = []
    if isinstance(date, dt.date):
        parts.append(date.isoformat())
    elif date is not None:
        parts.append(_text(date))
    if days is not None:
        parts.append(f"({days} days left)" if int(days) >= 0 else f"(passed {-int(days)} days ago)")
    if base.detail:
        parts.append(base.detail)
    return Item(base.title, " ".join(parts), base.cites, base.verify_status, base.severity)


def derivative_item(d: Any) -> Item:
    base = _item(d, ("note",))
    who = _text(_get(d, "name", default=""))
    rel = _text(_get(d, "relationship", default=""))
    status = _text(_get(d, "status", default="")).replace("_", " ")
    bits = [b for b in (who, f"({rel})" if rel else "", status, base.detail) if b]
    return Item(base.title, " ".join(bits), base.cites, base.verify_status)


def relief_view(relief: str, assessment: Any) -> ReliefView:
    return ReliefView(
        relief=relief,
        title=_text(_get(assessment, "title", default=relief)),
        outcome=_text(_get(assessment, "outcome", "status", default="")),
        label=_text(_get(assessment, "label", default="")),
        elements=[element_row(e) for e in _get(assessment, "elements", default=[])],
        flags=[_item(f, ("message", "detail")) for f in _get(assessment, "flags", default=[])],
        deadlines=[deadline_item(d) for d in _get(assessment, "deadlines", default=[])],
        derivatives=[derivative_item(d) for d in _get(assessment, "derivatives", default=[])],
        other_relief=[
            _item(o, ("reason", "note")) for o in _get(assessment, "other_relief", default=[])
        ],
    )


def assess_profile(
    profile: Profile,
    reliefs: Iterable[str],
    *,
    today: dt.date | None = None,
    assess: Callable[[Any, str], Any] | None = None,
) -> list[ReliefView]:
    """Run eligibility's ``assess`` for each relief on a fresh FactView of ``profile``."""
    from facts.view import FactView

    if assess is None:
        from eligibility import assess as eligibility_assess

        assess = eligibility_assess
    view = FactView(profile, today=today)
    return [relief_view(r, assess(view, r)) for r in reliefs]
