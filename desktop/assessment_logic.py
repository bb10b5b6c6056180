"""Plain (Qt-free) reading of ``eligibility`` assessments into rows the screen shows.

The eligibility package decides everything (statuses, reasons, cites, deadlines); this module
turns its ``Assessment`` (read as it is, typed) into small display records, so the view stays
thin and tests can check what would be shown without a window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from casefile.profile import Profile

if TYPE_CHECKING:
    import eligibility as el
    from facts import FactView
    from facts.psg import PsgAnalysis


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
    #: An unknown element's reason in parts (eligibility.assess UNKNOWN_UNTIL): the facts it
    #: names as missing and the answers shown so far, by fact id, so each screen language says
    #: every fact in its own words (``desktop.data_text.reason_tr``).
    missing_facts: list[str] = field(default_factory=list)
    shown_facts: list[str] = field(default_factory=list)

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
    #: a deadline's days until it (negative once passed); the view words it in its language
    days_left: int | None = None
    #: a derivative: who (name, relationship code, status code); the view words it
    person: tuple[str, str, str] | None = None


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
    #: The per-group particular-social-group analysis (asylum), shown by ``psg_items``.
    psg: PsgAnalysis | None = None

    def resolving_questions(self) -> list[str]:
        """Questions that would decide the unknown elements, in element order, no repeats."""
        out: list[str] = []
        for e in self.elements:
            if e.is_unknown:
                for q in e.questions:
                    if q not in out:
                        out.append(q)
        return out


def element_row(e: el.ElementAssessment) -> ElementRow:
    from eligibility.assess import UNKNOWN_LISTED

    unknown = e.status == "unknown"
    return ElementRow(
        id=e.element_id,
        title=e.title,
        status=e.status,
        reason=e.reason,
        cites=list(e.authority),
        last_reviewed=e.last_reviewed.isoformat(),
        verify_status=e.verify_status,
        questions=list(e.resolving_questions),
        evidence=list(e.evidence_to_gather),
        indicators=list(e.indicators),
        missing_facts=list(e.unknown_facts[:UNKNOWN_LISTED]) if unknown else [],
        shown_facts=[b.removesuffix(" = True") for b in e.basis] if unknown else [],
    )


def flag_item(f: el.AssessmentFlag) -> Item:
    return Item(f.title, f.message, list(f.authority), f.verify_status, f.severity)


def deadline_item(d: el.DeadlineItem) -> Item:
    return Item(
        d.title, d.due.isoformat(), list(d.authority), d.verify_status, days_left=d.days_left
    )


def deadline_when(
    days_left: int, left: str = "({n} days left)", passed: str = "(passed {n} days ago)"
) -> str:
    """How far a deadline is; the view passes the two templates translated."""
    return (left if days_left >= 0 else passed).format(n=abs(days_left))


def derivative_item(d: el.DerivativeItem) -> Item:
    person = (d.name, d.relationship, d.status)
    return Item(d.title, d.note, list(d.authority), d.verify_status, person=person)


def other_relief_item(o: el.OtherReliefItem) -> Item:
    return Item(o.title, o.reason)


def relief_view(relief: str, assessment: el.Assessment) -> ReliefView:
    return ReliefView(
        relief=relief,
        title=assessment.title,
        outcome=assessment.outcome,
        label=assessment.label,
        elements=[element_row(e) for e in assessment.elements],
        flags=[flag_item(f) for f in assessment.flags],
        deadlines=[deadline_item(d) for d in assessment.deadlines],
        derivatives=[derivative_item(d) for d in assessment.derivatives],
        other_relief=[other_relief_item(o) for o in assessment.other_relief],
        psg=assessment.psg,
    )


#: Words of the PSG analysis in each language (the group titles and notes are in its data).
_PSG_WORDS = {
    "en": {
        "met": "met",
        "unmet": "not met",
        "unknown": "open",
        "strongest": "strongest",
        "risk": "risk",
        "circuit": "Federal circuit",
        "circuit_unknown": "not recorded: circuit law differs, record it on the profile",
        "circuit_note": "circuit law differs on these groups (VERIFY)",
        "lower": "lower",
        "medium": "medium",
        "medium_high": "medium to high",
        "high": "high",
        "unrated": "not rated",
    },
    "es": {
        "met": "cumplido",
        "unmet": "no cumplido",
        "unknown": "por determinar",
        "strongest": "el más sólido",
        "risk": "riesgo",
        "circuit": "Circuito federal",
        "circuit_unknown": "no registrado: la ley del circuito difiere, regístrelo en el perfil",
        "circuit_note": "la ley del circuito difiere sobre estos grupos (VERIFICAR)",
        "lower": "menor",
        "medium": "medio",
        "medium_high": "medio a alto",
        "high": "alto",
        "unrated": "sin calificar",
    },
}


def psg_items(analysis: PsgAnalysis | None, lang: str = "en") -> list[Item]:
    """One line per candidate group (each prong's status, the risk and the note; the
    strongest marked), then the client's federal circuit, in ``lang``."""
    if analysis is None:
        return []
    from facts.psg import library

    lib = library()
    words = _PSG_WORDS.get(lang, _PSG_WORDS["en"])
    out: list[Item] = []
    for c in analysis.candidates:
        group = lib.groups[c.group]
        title = group.es if lang == "es" else group.en
        if c.strongest:
            title += f" ({words['strongest']})"
        prongs = "; ".join(
            f"{getattr(lib.prongs[p.prong], lang if lang in ('en', 'es') else 'en')}: "
            f"{words[p.status]}"
            for p in c.prongs
        )
        note = group.note_es if lang == "es" else group.note_en
        detail = f"{prongs}. {words['risk'].capitalize()}: {words[c.risk]}. {note}"
        out.append(Item(title, detail, list(c.authority), "VERIFY" if c.verify else "ok"))
    circuit = analysis.circuit or words["circuit_unknown"]
    out.append(
        Item(words["circuit"], f"{circuit}; {words['circuit_note']}", list(analysis.authority))
    )
    return out


def assess_profile(
    profile: Profile,
    reliefs: Iterable[str],
    *,
    today: dt.date | None = None,
    assess: Callable[[FactView, str], el.Assessment] | None = None,
) -> list[ReliefView]:
    """Run eligibility's ``assess`` (or a stand-in with its signature) for each relief on a
    fresh FactView of ``profile``."""
    from eligibility import assess as eligibility_assess
    from facts import FactView

    assess = assess or eligibility_assess
    view = FactView(profile, today=today)
    return [relief_view(r, assess(view, r)) for r in reliefs]
