"""T visa fact patterns (fictional). Every element's status is asserted."""

from __future__ import annotations

import datetime as dt

from casefile.models import AnswerStatus
from tests.eligibility.helpers import (
    ADULT,
    CLEAN_RECORD,
    HARDSHIP_THREE,
    LABOR_EPISODE,
    NO_MEANS,
    SMUGGLING_EPISODE,
    make_profile,
    run,
    statuses,
)

PRESENT = {
    "immigration.physically_present": True,
    "immigration.stay_related_to_trafficking": True,
    "immigration.left_us_after_trafficking": False,
}
ADMITTED = {**ADULT, "last_arrival_manner": "admitted", "prior_removal_order": False}


def strong_adult(**answers: object) -> dict[str, object]:
    return {
        **PRESENT,
        **CLEAN_RECORD,
        **HARDSHIP_THREE,
        "trafficking.made_to_control_others": False,
        "cooperation.reported_to_lea": True,
        "cooperation.refused_request": False,
        "cooperation.reported_to_us_agency": True,
        **answers,
    }


def test_demo_is_likely_with_minor_exemption(demo) -> None:
    a = run(demo, "t_visa")
    assert statuses(a) == {
        "T-E1": "met",
        "T-E2": "likely_met",  # 214.207 departure exceptions are VERIFY
        "T-E3": "exception_applies",
        "T-E4": "likely_met",  # a factor screen, never more than likely
        "T-E5": "met",
        "T-E6": "likely_met",  # waiver available, VERIFY excluded paragraphs
    }
    assert a.element("T-E3").exception_id == "T-E3a"
    # the age is tied to a trafficking episode, not to any episode (issue 14)
    assert "episodes[0].minor_during = True" in a.element("T-E3").basis
    assert a.outcome == "likely_eligible"
    assert {"T-FLAG-I192", "T-FLAG-MINOR-EXEMPTION"} <= set(a.flag_ids())


def test_sixteen_year_old_who_refused_police_is_exempt() -> None:
    p = make_profile(
        client={"date_of_birth": dt.date(2006, 5, 1)},
        answers={"cooperation.reported_to_lea": False, "cooperation.refused_request": True},
        episodes=[
            {
                "kind": "sex_trafficking",
                "start_date": dt.date(2022, 7, 1),  # age 16
                "in_us": True,
                "actions": ["recruited", "harbored"],
            }
        ],
    )
    a = run(p, "t_visa")
    assert statuses(a) == {
        "T-E1": "met",  # sex trafficking of a minor: MEANS not required
        "T-E2": "unknown",
        "T-E3": "exception_applies",
        "T-E4": "unknown",
        "T-E5": "unknown",
        "T-E6": "unknown",
    }
    assert a.outcome == "needs_more_information"
    assert "T-FLAG-REFUSAL" in a.flag_ids()


def test_smuggled_with_debt_but_no_force_fraud_or_coercion_is_not_likely_eligible() -> None:
    p = make_profile(
        client=ADMITTED,
        answers=strong_adult(
            **NO_MEANS,
            **{
                "trafficking.someone_arranged_work_or_travel": True,
                "trafficking.debt_owed": True,
                "trafficking.purpose.forced_work": False,
                "trafficking.purpose.commercial_sex": False,
            },
        ),
        episodes=[SMUGGLING_EPISODE],
        arrests=[],
    )
    a = run(p, "t_visa")
    assert statuses(a) == {
        "T-E1": "unmet",
        "T-E2": "likely_met",
        "T-E3": "met",
        "T-E4": "likely_met",
        "T-E5": "met",
        "T-E6": "met",
    }
    assert a.outcome == "likely_not_eligible"


def test_debt_alone_with_means_unanswered_stays_unknown_not_met() -> None:
    p = make_profile(client=ADULT, episodes=[SMUGGLING_EPISODE])
    a = run(p, "t_visa")
    assert a.element("T-E1").status == "unknown"
    assert a.outcome != "likely_eligible"
    assert "q_fraud" in a.element("T-E1").resolving_questions


def test_adult_labor_trafficking_who_complied_is_likely_eligible() -> None:
    p = make_profile(
        client=ADMITTED,
        answers=strong_adult(),
        episodes=[LABOR_EPISODE],
        le_contacts=[
            {"event": "interview", "client_response": "complied", "agency_level": "local"}
        ],
        arrests=[],
    )
    a = run(p, "t_visa")
    assert statuses(a) == {
        "T-E1": "met",
        "T-E2": "likely_met",
        "T-E3": "met",
        "T-E4": "likely_met",
        "T-E5": "met",
        "T-E6": "met",
    }
    assert a.outcome == "likely_eligible"
    assert a.label.startswith("Screening result for attorney review")
    assert "T-FLAG-I192" not in a.flag_ids()


def test_adult_who_never_reported_and_no_trauma_fails_compliance() -> None:
    p = make_profile(
        client=ADMITTED,
        answers=strong_adult(
            **{"cooperation.reported_to_lea": False, "cooperation.trauma_prevented": False}
        ),
        episodes=[LABOR_EPISODE],
        arrests=[],
        le_contacts=[],  # recorded: no contact with law enforcement
    )
    a = run(p, "t_visa")
    assert statuses(a) == {
        "T-E1": "met",
        "T-E2": "likely_met",
        "T-E3": "unmet",
        "T-E4": "likely_met",
        "T-E5": "met",
        "T-E6": "met",
    }
    assert a.outcome == "likely_not_eligible"


def test_trauma_exception_is_capped_because_verify() -> None:
    p = make_profile(
        client=ADMITTED,
        answers=strong_adult(
            **{
                "cooperation.reported_to_lea": False,
                "cooperation.trauma_prevented": True,
                "cooperation.unable_due_to_trauma": True,
            }
        ),
        episodes=[LABOR_EPISODE],
        arrests=[],
    )
    a = run(p, "t_visa")
    e3 = a.element("T-E3")
    assert (e3.status, e3.exception_id, e3.verify_status) == ("likely_met", "T-E3b", "VERIFY")
    assert "T-FLAG-TRAUMA-EXCEPTION" in a.flag_ids()


def test_very_hard_is_not_unable_to_cooperate() -> None:
    """Issue 14: the trauma exception needs inability (INA 101(a)(15)(T)(i)(III)(bb)); a yes to
    "it is very hard" alone does not excuse a client who never reported."""
    answers = strong_adult(
        **{"cooperation.reported_to_lea": False, "cooperation.trauma_prevented": True}
    )
    p = make_profile(
        client=ADMITTED, answers=answers, episodes=[LABOR_EPISODE], arrests=[], le_contacts=[]
    )
    e3 = run(p, "t_visa").element("T-E3")
    assert (e3.status, e3.exception_id) == ("unknown", None)
    assert "q_unable_due_to_trauma" in e3.resolving_questions
    p.set_answer("cooperation.unable_due_to_trauma", False)
    assert run(p, "t_visa").element("T-E3").status == "unmet"


def test_reporting_unknown_with_trauma_skipped_is_unknown_never_unmet() -> None:
    p = make_profile(
        client=ADMITTED,
        answers={"cooperation.reported_to_lea": False},
        unknown={"cooperation.trauma_prevented": AnswerStatus.DECLINED},
        episodes=[LABOR_EPISODE],
    )
    e3 = run(p, "t_visa").element("T-E3")
    assert e3.status == "unknown"
    assert "cooperation.trauma_prevented" in e3.unknown_facts
    assert "q_trauma_prevented" in e3.resolving_questions


def test_made_to_control_others_bar() -> None:
    base = {"client": ADMITTED, "episodes": [LABOR_EPISODE], "arrests": []}
    not_coerced = run(
        make_profile(
            answers=strong_adult(
                **{
                    "trafficking.made_to_control_others": True,
                    "trafficking.committed_act_against_others": True,
                    "trafficking.control_of_others_was_coerced": False,
                }
            ),
            **base,
        ),
        "t_visa",
    )
    assert not_coerced.element("T-E5").status == "unmet"
    assert not_coerced.outcome == "likely_not_eligible"
    coerced = run(
        make_profile(
            answers=strong_adult(
                **{
                    "trafficking.made_to_control_others": True,
                    "trafficking.control_of_others_was_coerced": True,
                }
            ),
            **base,
        ),
        "t_visa",
    )
    assert coerced.element("T-E5").status == "unknown"  # attorney review, never auto-met
    assert "T-FLAG-BAR-REVIEW" in coerced.flag_ids()


def test_made_to_watch_others_is_not_the_trafficker_bar() -> None:
    """Issue 14: being made to watch others or collect money is not in itself an act of a severe
    form of trafficking (8 CFR 214.202(e)); unknown until counsel answers, met when it was not."""
    answers = strong_adult(
        **{
            "trafficking.made_to_control_others": True,
            "trafficking.control_of_others_was_coerced": False,
        }
    )
    p = make_profile(client=ADMITTED, answers=answers, episodes=[LABOR_EPISODE], arrests=[])
    e5 = run(p, "t_visa").element("T-E5")
    assert e5.status == "unknown" and "q_committed_act_against_others" in e5.resolving_questions
    p.set_answer("trafficking.committed_act_against_others", False)
    a = run(p, "t_visa")
    assert a.element("T-E5").status == "met" and "T-FLAG-BAR-REVIEW" in a.flag_ids()


def test_security_ground_blocks_automatic_waiver_result() -> None:
    p = make_profile(
        client={**ADULT, "last_arrival_manner": "without inspection"},
        answers=strong_adult(**{"inadmissibility.security_related": True}),
        episodes=[LABOR_EPISODE],
        arrests=[],
    )
    a = run(p, "t_visa")
    assert a.element("T-E6").status == "unknown"
    assert "T-FLAG-I192" in a.flag_ids()


def test_departure_after_trafficking_is_flagged() -> None:
    p = make_profile(
        client=ADULT,
        entries=[
            {"direction": "exit", "event_date": dt.date(2022, 1, 1), "after_trafficking": True}
        ],
    )
    assert "T-FLAG-DEPARTURE" in run(p, "t_visa").flag_ids()


def test_empty_profile_needs_more_information() -> None:
    a = run(make_profile(), "t_visa")
    assert a.outcome == "needs_more_information"
    assert {e.status for e in a.elements} == {"unknown"}
    assert a.resolving_questions  # the interview knows what to ask


def test_long_absence_after_t_approval_flags_adjustment_risk() -> None:
    p = make_profile(
        answers={
            "immigration.t_u_status": "t",
            "immigration.t_u_approval_date": dt.date(2024, 1, 1),
        },
        entries=[
            {"direction": "exit", "event_date": dt.date(2025, 2, 1)},
            {"direction": "entry", "event_date": dt.date(2025, 6, 1)},
        ],
    )
    a = run(p, "t_visa")
    assert "T-FLAG-PRESENCE-BROKEN" in a.flag_ids()
    [dl] = [d for d in a.deadlines if d.id == "T-DL-ADJUST"]
    assert dl.due == dt.date(2027, 1, 1) and dl.alert_from == dt.date(2026, 7, 5)


def test_departure_after_trafficking_leaves_presence_to_attorney_review() -> None:
    answers = {**PRESENT, "immigration.left_us_after_trafficking": True}
    a = run(make_profile(client=ADULT, answers=answers, episodes=[LABOR_EPISODE]), "t_visa")
    assert a.element("T-E2").status == "unknown"
    assert "T-FLAG-DEPARTURE" in a.flag_ids()
    gone = {**PRESENT, "immigration.physically_present": False}
    assert run(make_profile(answers=gone), "t_visa").element("T-E2").status == "likely_unmet"
    asked = run(
        make_profile(
            client=ADULT, answers={**PRESENT, "immigration.left_us_after_trafficking": None}
        ),
        "t_visa",
    )
    assert "q_left_us" in asked.element("T-E2").resolving_questions
