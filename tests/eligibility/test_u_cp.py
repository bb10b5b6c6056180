"""U visa and Continued Presence fact patterns (fictional). Every element's status is asserted."""

from __future__ import annotations

import datetime as dt

from tests.eligibility.helpers import (
    ADULT,
    CLEAN_RECORD,
    LABOR_EPISODE,
    NO_MEANS,
    SMUGGLING_EPISODE,
    TODAY,
    make_profile,
    run,
    statuses,
)

HARMED = {"crime.abuse.physical_injury": True, "crime.abuse.mental_harm": True}
ADMITTED = {**ADULT, "last_arrival_manner": "admitted", "prior_removal_order": False}


def cert(signed: dt.date | None, status: str = "signed") -> dict[str, object]:
    return {"form": "I-918B", "agency": "Example PD", "signed_date": signed, "status": status}


def u_profile(**kw: object) -> object:
    defaults: dict[str, object] = {
        "client": ADMITTED,
        "answers": {**HARMED, **CLEAN_RECORD, "cooperation.has_information": True},
        "episodes": [LABOR_EPISODE],
        "le_contacts": [
            {"event": "interview", "client_response": "complied", "agency_level": "local"}
        ],
        "arrests": [],
    }
    defaults.update(kw)
    return make_profile(**defaults)  # type: ignore[arg-type]


# -- U ---------------------------------------------------------------------------------------


def test_demo_u_without_supp_b_needs_certification(demo) -> None:
    a = run(demo, "u_visa")
    assert statuses(a) == {
        "U-E1": "likely_met",
        "U-E2": "met",
        "U-E3": "met",
        "U-E3S": "unknown",
        "U-E4": "met",
        "U-E5": "exception_applies",
    }
    assert "U-FLAG-CERT-MISSING" in a.flag_ids()
    assert a.outcome == "needs_more_information"


def test_u_with_fresh_supp_b_is_likely_eligible() -> None:
    a = run(u_profile(certifications=[cert(TODAY - dt.timedelta(days=60))]), "u_visa")
    assert statuses(a) == {
        "U-E1": "likely_met",
        "U-E2": "met",
        "U-E3": "met",
        "U-E3S": "met",
        "U-E4": "met",
        "U-E5": "met",
    }
    assert a.outcome == "likely_eligible"
    [dl] = [d for d in a.deadlines if d.id == "U-DL-SUPPB"]
    assert (dl.due, dl.passed) == (dt.date(2027, 3, 30), False)


def test_u_without_signed_supp_b_is_unknown_never_unmet() -> None:
    a = run(u_profile(certifications=[cert(None, status="requested")]), "u_visa")
    assert a.element("U-E3S").status == "unknown"
    assert "U-FLAG-CERT-MISSING" in a.flag_ids()
    assert a.outcome == "needs_more_information"


def test_u_supp_b_older_than_six_months_is_flagged() -> None:
    signed = dt.date(2026, 3, 1)  # expires 2026-09-01, before TODAY
    a = run(u_profile(certifications=[cert(signed)]), "u_visa")
    assert a.element("U-E3S").status == "unknown"
    assert "U-FLAG-CERT-OLD" in a.flag_ids()
    [dl] = [d for d in a.deadlines if d.id == "U-DL-SUPPB"]
    assert (dl.due, dl.passed) == (dt.date(2026, 9, 1), True)


def test_u_crime_abroad_without_us_law_fails_jurisdiction() -> None:
    abroad = {**LABOR_EPISODE, "in_us": False}
    p = u_profile(
        episodes=[abroad],
        answers={**HARMED, **CLEAN_RECORD, "crime.violated_us_law_abroad": False},
        certifications=[cert(TODAY - dt.timedelta(days=10))],
    )
    a = run(p, "u_visa")
    assert statuses(a) == {
        "U-E1": "likely_met",
        "U-E2": "met",
        "U-E3": "met",
        "U-E3S": "met",
        "U-E4": "unmet",
        "U-E5": "met",
    }
    assert a.outcome == "likely_not_eligible"


def test_u_crime_that_is_not_qualifying() -> None:
    theft = {**LABOR_EPISODE, "crime_types": ["theft"]}
    a = run(u_profile(episodes=[theft]), "u_visa")
    assert a.element("U-E1").status == "likely_unmet"


def test_u_no_information_and_not_helpful() -> None:
    p = make_profile(
        client=ADMITTED,
        answers={
            **HARMED,
            "cooperation.has_information": False,
            "cooperation.willing_to_help": False,
        },
        episodes=[LABOR_EPISODE],
        le_contacts=[],
    )
    a = run(p, "u_visa")
    assert statuses(a)["U-E2"] == "unmet"
    assert statuses(a)["U-E3"] == "unmet"
    assert statuses(a)["U-E5"] == "unknown"


def test_u_empty_profile_needs_information() -> None:
    a = run(make_profile(), "u_visa")
    assert a.outcome == "needs_more_information"
    assert "unmet" not in {e.status for e in a.elements}


# -- Continued Presence -----------------------------------------------------------------------


def test_demo_cp_needs_law_enforcement_facts(demo) -> None:
    a = run(demo, "continued_presence")
    assert statuses(a) == {
        "CP-E1": "met",
        "CP-E2": "unknown",
        "CP-E3": "unknown",
        "CP-E4": "met",
    }
    assert "CP-FLAG-LEA-ONLY" in a.flag_ids()


def test_cp_granted_shows_expiry_deadline() -> None:
    p = make_profile(
        client=ADULT,
        answers={"immigration.physically_present": True},
        episodes=[LABOR_EPISODE],
        cp_requests=[
            {
                "status": "granted",
                "granted_date": dt.date(2025, 1, 5),
                "expiry_date": dt.date(2027, 1, 5),
            }
        ],
    )
    a = run(p, "continued_presence")
    assert statuses(a) == {
        "CP-E1": "met",
        "CP-E2": "likely_met",
        "CP-E3": "likely_met",
        "CP-E4": "met",
    }
    assert a.outcome == "likely_eligible"
    [dl] = a.deadlines
    assert (dl.due, dl.days_left, dl.alert_from) == (
        dt.date(2027, 1, 5),
        37,
        dt.date(2026, 9, 7),
    )


def test_cp_agency_willing_with_federal_partner() -> None:
    p = make_profile(
        answers={
            "cooperation.potential_witness": True,
            "cp.lea_willing_to_request": True,
            "cp.federal_partner_involved": True,
        },
        episodes=[LABOR_EPISODE],
    )
    st = statuses(run(p, "continued_presence"))
    assert (st["CP-E2"], st["CP-E3"], st["CP-E4"]) == ("likely_met", "likely_met", "unknown")


def test_cp_civil_plaintiff_counts_as_witness_route() -> None:
    p = make_profile(answers={"cooperation.civil_action_1595": True}, episodes=[LABOR_EPISODE])
    assert run(p, "continued_presence").element("CP-E2").status == "likely_met"


def test_cp_not_present_is_unmet() -> None:
    p = make_profile(answers={"immigration.physically_present": False}, episodes=[LABOR_EPISODE])
    a = run(p, "continued_presence")
    assert a.element("CP-E4").status == "unmet"
    assert a.outcome == "likely_not_eligible"


def test_cp_no_trafficking_means() -> None:
    p = make_profile(
        client=ADULT,  # age matters: sex trafficking of a minor needs no means
        answers={
            **NO_MEANS,
            "trafficking.purpose.forced_work": False,
            "trafficking.purpose.commercial_sex": False,
        },
        episodes=[SMUGGLING_EPISODE],
    )
    a = run(p, "continued_presence")
    assert a.element("CP-E1").status == "unmet"
    # the agency's willingness is never "unmet" on a screen: advocacy can continue
    assert a.element("CP-E3").status == "unknown"


def test_u_under_16_flags_who_may_hold_the_information() -> None:
    young = {**LABOR_EPISODE, "start_date": dt.date(2021, 1, 1)}
    p = make_profile(client={"date_of_birth": dt.date(2006, 1, 1)}, episodes=[young])  # 15
    assert "U-FLAG-UNDER-16" in run(p, "u_visa").flag_ids()
    adult = make_profile(client=ADULT, episodes=[LABOR_EPISODE])
    assert "U-FLAG-UNDER-16" not in run(adult, "u_visa").flag_ids()
