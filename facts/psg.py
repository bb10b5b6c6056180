"""Particular-social-group analysis per candidate group (issue 14).

For each group counsel lists (``asylum.psg_candidate`` and ``asylum.psg_alternatives``), the
three prongs are judged separately from the library in ``facts/data/psg_groups.yaml``
(DOMAIN.md §6.4) and the evidence of social distinction (``asylum.psg_distinction_evidence``);
the strongest group is named and the client's federal circuit shown, because circuit law
differs. Screening for attorney review, never a legal conclusion.

The analysis lives beside the derived facts (``asylum.psg_strongest``,
``asylum.psg_cognizable``) that the asylum rule A-E2 reads, so the rules stay data.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from casefile.enums import AnswerStatus
from casefile.schema import Strict
from casefile.yamlio import safe_load
from facts.view import UNKNOWN

if TYPE_CHECKING:
    from facts.view import FactView

DATA = Path(__file__).with_name("data") / "psg_groups.yaml"

PRONGS = ("immutable", "particular", "distinct")
_STATUS = {
    "yes": "met",
    "no": "unmet",
    "fails": "unmet",
    "partly": "unknown",
    "contested": "unknown",
}
_RISK_ORDER = ("lower", "medium", "medium_high", "high", "unrated")


class Prong(Strict):
    en: str
    es: str
    authority: list[str]


class Group(Strict):
    en: str
    es: str
    immutable: Literal["yes", "partly", "no"]
    particular: Literal["yes", "contested", "fails", "no"]
    distinct: Literal["evidence", "no"]
    risk: Literal["lower", "medium", "medium_high", "high", "unrated"]
    note_en: str
    note_es: str
    authority: list[str]
    verify: bool


class Library(Strict):
    last_reviewed: date
    source: str
    prongs: dict[str, Prong]
    groups: dict[str, Group]


@functools.cache
def library() -> Library:
    lib = Library.model_validate(safe_load(DATA.read_text(encoding="utf-8")))
    missing = set(PRONGS) - set(lib.prongs)
    if missing:
        raise ValueError(f"{DATA.name}: prongs missing: {sorted(missing)}")
    return lib


@dataclass(frozen=True)
class ProngResult:
    prong: str  # immutable | particular | distinct
    status: str  # met | unmet | unknown
    basis: str  # the library's judgement, or what the evidence answer showed


@dataclass(frozen=True)
class CandidateResult:
    group: str
    title: str
    prongs: tuple[ProngResult, ...]
    status: str  # cognizable | not_cognizable | unknown
    risk: str
    note: str
    authority: tuple[str, ...]
    verify: bool
    strongest: bool = False


@dataclass(frozen=True)
class PsgAnalysis:
    candidates: tuple[CandidateResult, ...]
    strongest: str | None
    circuit: str | None
    last_reviewed: date
    authority: tuple[str, ...]

    @property
    def cognizable(self) -> bool | None:
        """True if the strongest group meets every prong, False if every group fails one."""
        if not self.candidates:
            return None
        statuses = {c.status for c in self.candidates}
        if "cognizable" in statuses:
            return True
        return False if statuses == {"not_cognizable"} else None


def _answered_list(view: FactView, name: str) -> Any:
    """A multiple-choice answer as a list of values: [] when counsel answered "none of these"
    (the view reads an empty answer as unknown), UNKNOWN when not answered."""
    if view.status(name) is not AnswerStatus.ANSWERED:
        return UNKNOWN
    value = view.get(name)
    return [] if value is UNKNOWN else [str(v) for v in value]


def _listed(view: FactView) -> list[str]:
    first = view.get("asylum.psg_candidate")
    more = view.get("asylum.psg_alternatives")
    out: list[str] = [] if first is UNKNOWN else [str(first)]
    for g in more if isinstance(more, list) else []:
        if str(g) not in out:
            out.append(str(g))
    return [g for g in out if g in library().groups]


def _distinct(group: str, evidence: Any) -> ProngResult:
    if evidence is UNKNOWN:
        return ProngResult("distinct", "unknown", "evidence of social distinction not yet reviewed")
    if group in evidence:
        return ProngResult("distinct", "met", "evidence of social distinction identified")
    return ProngResult("distinct", "unmet", "no evidence of social distinction identified yet")


def _candidate(group: str, evidence: Any, lang: str) -> CandidateResult:
    g = library().groups[group]
    prongs = (
        ProngResult("immutable", _STATUS[g.immutable], g.immutable),
        ProngResult("particular", _STATUS[g.particular], g.particular),
        _distinct(group, evidence)
        if g.distinct == "evidence"
        else ProngResult("distinct", "unmet", g.distinct),
    )
    found = {p.status for p in prongs}
    status = (
        "not_cognizable" if "unmet" in found else ("cognizable" if found == {"met"} else "unknown")
    )
    return CandidateResult(
        group=group,
        title=g.es if lang == "es" else g.en,
        prongs=prongs,
        status=status,
        risk=g.risk,
        note=g.note_es if lang == "es" else g.note_en,
        authority=tuple(g.authority),
        verify=g.verify,
    )


def _strength(c: CandidateResult, order: int) -> tuple[int, int, int, int]:
    unmet = sum(p.status == "unmet" for p in c.prongs)
    met = sum(p.status == "met" for p in c.prongs)
    return (unmet, -met, _RISK_ORDER.index(c.risk), order)


def analyse(view: FactView, lang: str = "en") -> PsgAnalysis | None:
    """The analysis of every listed group, strongest first marked; None when none is listed."""
    groups = _listed(view)
    if not groups:
        return None
    evidence = _answered_list(view, "asylum.psg_distinction_evidence")
    results = [_candidate(g, evidence, lang) for g in groups]
    best = min(range(len(results)), key=lambda i: _strength(results[i], i))
    results[best] = replace(results[best], strongest=True)
    circuit = view.get("client.federal_circuit")
    lib = library()
    cites = {a for p in lib.prongs.values() for a in p.authority}
    return PsgAnalysis(
        candidates=tuple(results),
        strongest=results[best].group,
        circuit=None if circuit is UNKNOWN else str(circuit),
        last_reviewed=lib.last_reviewed,
        authority=tuple(sorted(cites)),
    )
