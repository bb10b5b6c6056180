"""Evidence checklists per relief (``clauses/data/evidence.yaml``): what to gather for each legal
element, marked have / missing from the client's exhibits (issue 17). Attorney work product.

``checklist(relief, view)`` -> ``[EvidenceLine]``. Each line is tied to the eligibility rule it
serves (an element, one of its exceptions, or a flag, by id) and carries that rule's title,
authority and review from ``eligibility`` (issue 24 item 6): the law is read there, never copied
here. Lines that serve no single rule (identity, the family members) carry none. Must not import
templates, packets or Qt.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from casefile.yamlio import safe_load
from clauses import conditions
from clauses.errors import ClauseError
from eligibility import conditions as elig
from eligibility.loader import load_rules
from eligibility.schema import Provenance
from facts import UNKNOWN, FactView, RowView

EVIDENCE_FILE = "clauses/data/evidence.yaml"

#: Checklist groupings that serve no single eligibility rule (so carry no cite of their own).
NOT_A_RULE = frozenset({"identity", "derivatives"})


class EvidenceItem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    element: str
    item: str
    match: str
    when: dict[str, Any] | None = None


class EvidenceFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    relief: dict[str, list[EvidenceItem]]


@dataclass(frozen=True)
class EvidenceLine:
    element: str
    item: str
    have: bool
    tabs: tuple[str, ...]  # exhibits that satisfy it, by tab letter and description
    #: The eligibility rule the line serves (None for identity and family lines): its title,
    #: authority, verify status and review date, as the rules file has them.
    rule_title: str | None = None
    authority: tuple[str, ...] = ()
    verify_status: str | None = None
    last_reviewed: dt.date | None = None


@cache
def rule_index(relief: str) -> dict[str, tuple[str, Provenance]]:
    """The relief's elements, their exceptions and its flags by id: (title, provenance)."""
    rules = load_rules().reliefs.get(relief)
    if rules is None:
        return {}
    out: dict[str, tuple[str, Provenance]] = {}
    for element in rules.elements:
        out[element.id] = (element.title, element)
        for exc in element.exceptions:
            out[exc.id] = (exc.title, exc)
    for flag in rules.flags:
        out[flag.id] = (flag.title, flag)
    return out


@cache
def load_evidence() -> EvidenceFile:
    text = (resources.files("clauses") / "data" / "evidence.yaml").read_text(encoding="utf-8")
    try:
        data = EvidenceFile.model_validate(safe_load(text) or {})
    except ValidationError as exc:
        raise ClauseError(EVIDENCE_FILE, None, str(exc.errors()[0]["msg"])) from exc
    for relief, items in data.relief.items():
        for i, item in enumerate(items):
            where = f"{relief}[{i}]"
            try:
                re.compile(item.match)
            except re.error as exc:
                raise ClauseError(EVIDENCE_FILE, where, f"match is not a pattern ({exc})") from exc
            if item.when is not None:
                conditions.validate(item.when, f"evidence {where}")
                unknown = elig.ref_names(elig.parse(item.when)) - set(load_rules().common)
                if unknown:
                    raise ClauseError(EVIDENCE_FILE, where, f"unknown shared condition {unknown}")
    return data


def _for_relief(row: RowView, relief: str) -> bool:
    reliefs = row.get("reliefs")
    return reliefs is UNKNOWN or relief in reliefs


def tab_letter(n: int) -> str:
    """Exhibit tab letters in packet order: A..Z, AA, AB, ... (0-based ``n``)."""
    out = ""
    while True:
        out = chr(65 + n % 26) + out
        n = n // 26 - 1
        if n < 0:
            return out


def checklist(relief: str, view: FactView) -> list[EvidenceLine]:
    """The relief's items whose condition is not false, each marked have / missing."""
    exhibits = [r for r in view.rows("exhibits") if _for_relief(r, relief)]
    # the shared conditions (e.g. inadmissibility_ground) are eligibility's, by name
    ctx = elig.Context(view, refs=load_rules().common)
    rules = rule_index(relief)
    lines = []
    for item in load_evidence().relief.get(relief, []):
        if item.when is not None and elig.evaluate(item.when, ctx) is False:
            continue
        pattern = re.compile(item.match, re.IGNORECASE)
        tabs = []
        for i, x in enumerate(exhibits):
            desc = x.get("description")
            elements = x.get("elements")
            hit = (desc is not UNKNOWN and pattern.search(str(desc))) or (
                elements is not UNKNOWN and item.element in elements
            )
            if hit:
                label = x.get("label")
                tab = str(label) if label is not UNKNOWN else tab_letter(i)
                tabs.append(f"Tab {tab}: {desc if desc is not UNKNOWN else 'exhibit'}")
        title, rule = rules.get(item.element, (None, None))
        lines.append(
            EvidenceLine(
                item.element,
                item.item,
                bool(tabs),
                tuple(tabs),
                rule_title=title,
                authority=() if rule is None else tuple(rule.authority),
                verify_status=None if rule is None else rule.verify_status,
                last_reviewed=None if rule is None else rule.last_reviewed,
            )
        )
    return lines


__all__ = ["NOT_A_RULE", "EvidenceLine", "checklist", "load_evidence", "rule_index"]
