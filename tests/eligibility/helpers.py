"""Build fictional profiles for eligibility tests. Every person here is invented."""

from __future__ import annotations

import datetime as dt
from typing import Any

from casefile.models import AnswerStatus, Client
from casefile.profile import Profile
from eligibility import Assessment, assess, assess_all
from facts import FactView

TODAY = dt.date(2026, 11, 29)


def make_profile(
    client: dict[str, Any] | None = None,
    answers: dict[str, Any] | None = None,
    unknown: dict[str, AnswerStatus] | None = None,
    **groups: list[dict[str, Any]],
) -> Profile:
    """A profile from plain dicts: client columns, interview answers, and group rows.
    A group given as [] is recorded as answered "none"."""
    p = Profile(client=Client(**(client or {})))
    for group, rows in groups.items():
        for row in rows:
            p.add(group, **row)
        if not rows:
            p.set_answer(f"{group}[]", 0)
    for fact, value in (answers or {}).items():
        p.set_answer(fact, value.isoformat() if isinstance(value, dt.date) else value)
    for fact, status in (unknown or {}).items():
        p.set_answer(fact, None, status)
    return p


def run(profile: Profile, relief: str, today: dt.date = TODAY) -> Assessment:
    return assess(FactView(profile, today=today), relief)


def run_all(profile: Profile, today: dt.date = TODAY) -> dict[str, Assessment]:
    return assess_all(FactView(profile, today=today))


def statuses(a: Assessment) -> dict[str, str]:
    return {e.element_id: e.status for e in a.elements}


# Reusable fictional building blocks ------------------------------------------------------------

ADULT = {"date_of_birth": dt.date(1990, 6, 1), "last_arrival_date": dt.date(2019, 4, 2)}

LABOR_EPISODE = {
    "kind": "labor_trafficking",
    "start_date": dt.date(2020, 1, 10),
    "end_date": dt.date(2021, 8, 1),
    "in_us": True,
    "state": "CA",
    "actions": ["recruited", "transported"],
    "means": ["fraud", "threats"],
    "crime_types": ["trafficking", "peonage"],
}

SMUGGLING_EPISODE = {
    "kind": None,
    "start_date": dt.date(2019, 3, 1),
    "end_date": dt.date(2019, 4, 2),
    "in_us": False,
    "actions": ["transported"],
    "means": ["debt"],
    "crime_types": [],
}

NO_MEANS = {
    "trafficking.means.force": False,
    "trafficking.means.fraud": False,
    "trafficking.means.threats": False,
    "trafficking.means.restraint": False,
    "trafficking.means.scheme": False,
    "trafficking.means.legal_process_threats": False,
}

CLEAN_RECORD = {
    "inadmissibility.false_documents": False,
    "inadmissibility.engaged_in_prostitution": False,
    "inadmissibility.drug_conduct": False,
    "inadmissibility.helped_others_enter": False,
    "inadmissibility.left_after_unlawful_presence": False,
    "inadmissibility.security_related": False,
}

HARDSHIP_THREE = {
    "hardship.trafficking_consequences": True,
    "hardship.trafficker_reprisal_risk": True,
    "hardship.revictimization_risk": True,
}

#: An asylum claim strong on every element but the one-year deadline (fictional).
STRONG_ASYLUM = {
    "asylum.harmed_in_home_country": True,
    "asylum.fears_return": True,
    "asylum.psg_candidate": "reported_or_testified",
    "asylum.psg_distinction_evidence": ["reported_or_testified"],
    "asylum.harmed_because": ["previously_trafficked", "reported_or_testified"],
    "asylum.police_unable_or_unwilling": True,
    "asylum.could_live_safely_elsewhere": False,
    "asylum.bar.persecutor": False,
    "asylum.bar.serious_crime_abroad": False,
    "asylum.bar.firm_resettlement": False,
    "asylum.bar.particularly_serious_crime": False,
    "asylum.bar.prior_denial": False,
}
