"""Table of fictional fact patterns: every element's status for each relief.

Each row builds a profile from plain data and states the full expected element table and the
outcome. The expectations were reasoned from the rules in eligibility/data/rules, not copied
from output: a comment says why where it is not obvious.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.eligibility.helpers import (
    ADULT,
    CLEAN_RECORD,
    HARDSHIP_THREE,
    LABOR_EPISODE,
    NO_MEANS,
    SMUGGLING_EPISODE,
    STRONG_ASYLUM,
    TODAY,
    make_profile,
    run,
    statuses,
)

ADMITTED = {**ADULT, "last_arrival_manner": "admitted", "prior_removal_order": False}
EWI = {**ADULT, "last_arrival_manner": "without inspection", "prior_removal_order": False}
PRESENT = {
    "immigration.physically_present": True,
    "immigration.stay_related_to_trafficking": True,
    "immigration.left_us_after_trafficking": False,
}
HARMED = {"crime.abuse.physical_injury": True, "crime.abuse.mental_harm": True}
COMPLIED = [{"event": "interview", "client_response": "complied", "agency_level": "local"}]
STRONG_T = {
    **PRESENT,
    **CLEAN_RECORD,
    **HARDSHIP_THREE,
    "trafficking.made_to_control_others": False,
}


def fresh_cert() -> dict[str, Any]:
    return {"form": "I-918B", "status": "signed", "signed_date": TODAY - dt.timedelta(days=30)}


def arrived(days_ago: int) -> dict[str, Any]:
    return {**ADULT, "last_arrival_date": TODAY - dt.timedelta(days=days_ago)}


def conviction(**kw: Any) -> dict[str, Any]:
    return {"disposition": "convicted", "trafficking_related": True, **kw}


U = "unknown"
PATTERNS: list[tuple[str, str, dict[str, Any], dict[str, str], str]] = [
    # ---- T ------------------------------------------------------------------------------
    (
        "t_visa",
        "trauma prevented cooperation",
        {
            "client": ADMITTED,
            "answers": {
                **STRONG_T,
                "cooperation.reported_to_lea": False,
                "cooperation.trauma_prevented": True,
                "cooperation.unable_due_to_trauma": True,
            },
            "episodes": [LABOR_EPISODE],
            "arrests": [],
        },
        {
            "T-E1": "met",
            "T-E2": "likely_met",
            "T-E3": "likely_met",  # T-E3b is VERIFY: an exception is capped at likely_met
            "T-E4": "likely_met",
            "T-E5": "met",
            "T-E6": "met",
        },
        "likely_eligible",
    ),
    (
        "t_visa",
        "entered without inspection, waiver available",
        {
            "client": EWI,
            "answers": {
                **STRONG_T,
                "cooperation.reported_to_lea": True,
                "inadmissibility.incident_to_victimization": True,
            },
            "episodes": [LABOR_EPISODE],
            "le_contacts": COMPLIED,
            "arrests": [],
        },
        {
            "T-E1": "met",
            "T-E2": "likely_met",
            "T-E3": "met",
            "T-E4": "likely_met",
            "T-E5": "met",
            "T-E6": "likely_met",  # T-E6w waiver, VERIFY
        },
        "likely_eligible",
    ),
    (
        "t_visa",
        "sex trafficking of an adult with no means recorded yet",
        {
            "client": ADMITTED,
            "answers": {"trafficking.someone_arranged_work_or_travel": True},
            "episodes": [{"kind": "sex_trafficking", "start_date": dt.date(2021, 1, 1)}],
        },
        {"T-E1": U, "T-E2": U, "T-E3": U, "T-E4": U, "T-E5": U, "T-E6": U},
        "needs_more_information",
    ),
    # ---- U ------------------------------------------------------------------------------
    (
        "u_visa",
        "theft only: not a qualifying crime",
        {
            "client": ADMITTED,
            "answers": {**HARMED, **CLEAN_RECORD, "cooperation.has_information": True},
            "episodes": [{**LABOR_EPISODE, "crime_types": ["theft"]}],
            "le_contacts": COMPLIED,
            "arrests": [],
        },
        {
            "U-E1": "likely_unmet",
            "U-E2": "met",
            "U-E3": "met",
            "U-E3S": U,  # no certification recorded either way
            "U-E4": "met",
            "U-E5": "met",
        },
        "likely_not_eligible",
    ),
    (
        "u_visa",
        "no information, unwilling, no certification",
        {
            "client": ADMITTED,
            "answers": {
                **HARMED,
                **CLEAN_RECORD,
                "cooperation.has_information": False,
                "cooperation.willing_to_help": False,
            },
            "episodes": [LABOR_EPISODE],
            "le_contacts": [],
            "certifications": [],
            "arrests": [],
        },
        {
            "U-E1": "likely_met",
            "U-E2": "unmet",
            "U-E3": "unmet",
            "U-E3S": U,  # a missing Supp B is never "unmet": it can still be requested
            "U-E4": "met",
            "U-E5": "met",
        },
        "likely_not_eligible",
    ),
    (
        "u_visa",
        "entered without inspection, fresh certification",
        {
            "client": EWI,
            "answers": {**HARMED, **CLEAN_RECORD, "cooperation.has_information": True},
            "episodes": [LABOR_EPISODE],
            "le_contacts": COMPLIED,
            "certifications": [fresh_cert()],
            "arrests": [],
        },
        {
            "U-E1": "likely_met",
            "U-E2": "met",
            "U-E3": "met",
            "U-E3S": "met",
            "U-E4": "met",
            "U-E5": "exception_applies",  # 212(d)(14) waiver rule is ok, not capped
        },
        "likely_eligible",
    ),
    (
        "u_visa",
        "empty profile",
        {},
        {"U-E1": U, "U-E2": U, "U-E3": U, "U-E3S": U, "U-E4": U, "U-E5": U},
        "needs_more_information",
    ),
    # ---- CP ------------------------------------------------------------------------------
    (
        "continued_presence",
        "witness, agency willing, federal partner",
        {
            "answers": {
                "immigration.physically_present": True,
                "cooperation.potential_witness": True,
                "cp.lea_willing_to_request": True,
                "cp.federal_partner_involved": True,
            },
            "episodes": [LABOR_EPISODE],
        },
        {"CP-E1": "met", "CP-E2": "likely_met", "CP-E3": "likely_met", "CP-E4": "met"},
        "likely_eligible",
    ),
    (
        "continued_presence",
        "left the United States",
        {"answers": {"immigration.physically_present": False}, "episodes": [LABOR_EPISODE]},
        {"CP-E1": "met", "CP-E2": U, "CP-E3": U, "CP-E4": "unmet"},
        "likely_not_eligible",
    ),
    (
        "continued_presence",
        "smuggling debt only",
        {
            "client": ADULT,
            "answers": {
                **NO_MEANS,
                "trafficking.purpose.forced_work": False,
                "trafficking.purpose.commercial_sex": False,
            },
            "episodes": [SMUGGLING_EPISODE],
        },
        {"CP-E1": "unmet", "CP-E2": U, "CP-E3": U, "CP-E4": U},
        "likely_not_eligible",
    ),
    (
        "continued_presence",
        "no witness role and no federal partner",
        {
            "answers": {
                "immigration.physically_present": True,
                "cooperation.potential_witness": False,
                "cooperation.civil_action_1595": False,
                "cp.lea_willing_to_request": True,
                "cp.federal_partner_involved": False,
            },
            "episodes": [LABOR_EPISODE],
            "cp_requests": [],
        },
        {"CP-E1": "met", "CP-E2": "likely_unmet", "CP-E3": U, "CP-E4": "met"},
        "likely_not_eligible",
    ),
    (
        "continued_presence",
        "empty profile",
        {},
        {"CP-E1": U, "CP-E2": U, "CP-E3": U, "CP-E4": U},
        "needs_more_information",
    ),
    # ---- asylum --------------------------------------------------------------------------
    (
        "asylum_psg",
        "arrived six months ago, strong claim",
        {"client": arrived(180), "answers": STRONG_ASYLUM},
        {
            "A-E1": "likely_met",
            "A-E2": "likely_met",
            "A-E3": "likely_met",
            "A-E4": "likely_met",
            "A-E5": "met",
            "A-E6": "likely_met",
            "A-E7": "likely_met",
            "A-E8": "likely_met",
        },
        "likely_eligible",
    ),
    (
        "asylum_psg",
        "captivity excused a late filing",
        {
            "client": arrived(3 * 365),
            "answers": {
                **STRONG_ASYLUM,
                "asylum.exception.held_by_traffickers": True,
                # issue 14: filed within a reasonable period after the captivity ended
                "asylum.exception_ended_date": TODAY - dt.timedelta(days=60),
            },
        },
        {
            "A-E1": "likely_met",
            "A-E2": "likely_met",
            "A-E3": "likely_met",
            "A-E4": "likely_met",
            "A-E5": "met",
            "A-E6": "likely_met",
            "A-E7": "likely_met",
            "A-E8": "likely_met",
        },
        "likely_eligible",
    ),
    (
        "asylum_psg",
        "sex-plus-nationality group",
        {
            "client": arrived(100),
            "answers": {
                **STRONG_ASYLUM,
                "asylum.psg_candidate": "nationality_women",
                "asylum.harmed_because": ["gender"],
            },
        },
        {
            "A-E1": "likely_met",
            "A-E2": "likely_unmet",
            "A-E3": "likely_met",  # gender can be a central reason; the group is the problem
            "A-E4": "likely_met",
            "A-E5": "met",
            "A-E6": "likely_met",
            "A-E7": "likely_met",
            "A-E8": "likely_met",
        },
        "likely_not_eligible",
    ),
    (
        "asylum_psg",
        "traffickers acted for money only",
        {
            "client": arrived(100),
            "answers": {**STRONG_ASYLUM, "asylum.harmed_because": ["money_only"]},
        },
        {
            "A-E1": "likely_met",
            "A-E2": "likely_met",  # the PSG formulation itself passes the screen
            "A-E3": "likely_unmet",
            "A-E4": "likely_met",
            "A-E5": "met",
            "A-E6": "likely_met",
            "A-E7": "likely_met",
            "A-E8": "likely_met",
        },
        "likely_not_eligible",
    ),
    (
        "asylum_psg",
        "government persecutor, firmly resettled",
        {
            "client": arrived(100),
            "answers": {
                **STRONG_ASYLUM,
                "asylum.persecutor_is_government": True,
                "asylum.could_live_safely_elsewhere": True,
                "asylum.bar.firm_resettlement": True,
            },
        },
        {
            "A-E1": "likely_met",
            "A-E2": "likely_met",
            "A-E3": "likely_met",
            "A-E4": "likely_met",
            "A-E5": "met",
            "A-E6": "likely_met",  # A-E6g: relocation presumed unreasonable
            "A-E7": "likely_met",
            "A-E8": "likely_unmet",
        },
        "likely_not_eligible",
    ),
    (
        "asylum_psg",
        "empty profile",
        {},
        {f"A-E{i}": U for i in range(1, 9)},
        "needs_more_information",
    ),
    # ---- vacatur -------------------------------------------------------------------------
    (
        "vacatur",
        "no arrests",
        {"arrests": []},
        {f"V-E{i}": "not_applicable" for i in range(1, 5)},
        "not_applicable",
    ),
    (
        "vacatur",
        "California violent conviction",
        {
            "client": ADULT,
            "episodes": [LABOR_EPISODE],
            "arrests": [conviction(state="CA", offense_category="violent")],
        },
        {"V-E1": "met", "V-E2": "likely_met", "V-E3": "likely_unmet", "V-E4": "likely_met"},
        "likely_not_eligible",
    ),
    (
        "vacatur",
        "California theft conviction",
        {
            "client": ADULT,
            "episodes": [LABOR_EPISODE],
            "arrests": [conviction(state="CA", offense_category="theft")],
        },
        {"V-E1": "met", "V-E2": "likely_met", "V-E3": "likely_met", "V-E4": "likely_met"},
        "likely_eligible",
    ),
    (
        "vacatur",
        # issue 14: Texas offers an order of nondisclosure only (Gov't Code 411.0728)
        "Texas: nondisclosure only, vacatur likely not eligible",
        {"arrests": [conviction(state="TX", offense_category="prostitution")]},
        {"V-E1": "met", "V-E2": "likely_met", "V-E3": "likely_unmet", "V-E4": U},
        "likely_not_eligible",
    ),
    (
        "vacatur",
        "New York conviction not linked to the trafficking",
        {
            "client": ADULT,
            "episodes": [LABOR_EPISODE],
            "arrests": [conviction(state="NY", trafficking_related=False)],
        },
        {"V-E1": "met", "V-E2": "likely_unmet", "V-E3": "likely_unmet", "V-E4": "likely_met"},
        "likely_not_eligible",
    ),
    (
        "vacatur",
        "arrest history not yet asked",
        {},
        {"V-E1": U, "V-E2": U, "V-E3": U, "V-E4": U},
        "needs_more_information",
    ),
]


@pytest.mark.parametrize(
    ("relief", "name", "data", "expected", "outcome"),
    PATTERNS,
    ids=[f"{p[0]}: {p[1]}" for p in PATTERNS],
)
def test_pattern(
    relief: str, name: str, data: dict[str, Any], expected: dict[str, str], outcome: str
) -> None:
    a = run(make_profile(**data), relief)
    assert statuses(a) == expected, name
    assert a.outcome == outcome, name
