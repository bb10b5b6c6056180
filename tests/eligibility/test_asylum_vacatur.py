"""Asylum (PSG) and vacatur fact patterns (fictional). Every element's status is asserted."""

from __future__ import annotations

import dataclasses
import datetime as dt

from eligibility import assess, load_rules
from eligibility.schema import StateRule
from facts import FactView
from tests.eligibility.helpers import (
    ADULT,
    LABOR_EPISODE,
    STRONG_ASYLUM,
    TODAY,
    make_profile,
    run,
    statuses,
)

NO_EXCEPTIONS = {
    "asylum.unaccompanied_minor_at_arrival": False,
    "asylum.exception.changed_circumstances": False,
    "asylum.exception.trauma_or_illness": False,
    "asylum.exception.held_by_traffickers": False,
    "asylum.exception.ineffective_counsel": False,
    "asylum.exception.maintained_status": False,
}


def arrived(days_ago: int) -> dict[str, object]:
    return {**ADULT, "last_arrival_date": TODAY - dt.timedelta(days=days_ago)}


# -- asylum ----------------------------------------------------------------------------------


def test_demo_asylum_deadline_passed_asks_exception_questions(demo) -> None:
    a = run(demo, "asylum_psg")
    assert statuses(a) == {
        "A-E1": "likely_met",
        "A-E2": "unknown",
        "A-E3": "likely_met",
        "A-E4": "unknown",
        "A-E5": "unknown",  # fear alone is not well-founded: the objective basis is not recorded
        "A-E6": "unknown",
        "A-E7": "unknown",
        "A-E8": "unknown",
    }
    flag = next(f for f in a.flags if f.id == "A-FLAG-DEADLINE-PASSED")
    assert {"q_a_held", "q_a_trauma", "q_a_uac"} <= set(flag.questions)
    assert {"q_a_held", "q_a_trauma"} <= set(a.element("A-E7").resolving_questions)


def test_three_years_after_entry_without_exception() -> None:
    p = make_profile(client=arrived(3 * 365), answers={**STRONG_ASYLUM, **NO_EXCEPTIONS})
    a = run(p, "asylum_psg")
    assert statuses(a) == {
        "A-E1": "likely_met",
        "A-E2": "likely_met",
        "A-E3": "likely_met",
        "A-E4": "likely_met",
        "A-E5": "met",
        "A-E6": "likely_met",
        "A-E7": "likely_unmet",  # VERIFY caps even a computed "unmet"
        "A-E8": "likely_met",
    }
    assert a.outcome == "likely_not_eligible"
    assert "A-FLAG-DEADLINE-PASSED" in a.flag_ids()
    [dl] = a.deadlines
    assert dl.passed and dl.days_left < -700 and dl.verify_status == "VERIFY"
    assert "withholding_cat" in [o.relief for o in a.other_relief]


def test_captivity_exception_with_a_long_delay_is_never_met_forever() -> None:
    """Issue 14: captivity excuses the delay only for a reasonable period after it ends
    (8 CFR 208.4(a)(5)); almost two years later the element is not met."""
    answers = {
        **STRONG_ASYLUM,
        "asylum.unaccompanied_minor_at_arrival": False,
        "asylum.exception.held_by_traffickers": True,
        "asylum.exception_ended_date": dt.date(2025, 1, 1),
    }
    a = run(make_profile(client=arrived(3 * 365), answers=answers), "asylum_psg")
    e7 = a.element("A-E7")
    assert (e7.status, e7.exception_id) == ("likely_unmet", None)
    assert {"A-FLAG-DEADLINE-PASSED", "A-FLAG-REASONABLE-PERIOD"} <= set(a.flag_ids())
    assert a.outcome == "likely_not_eligible"
    # eight months after: doubtful, left to the attorney
    doubtful = {**answers, "asylum.exception_ended_date": TODAY - dt.timedelta(days=240)}
    e7 = run(make_profile(client=arrived(3 * 365), answers=doubtful), "asylum_psg").element("A-E7")
    assert (e7.status, e7.exception_id) == ("unknown", None)
    # two months after: within a reasonable period
    recent = {**answers, "asylum.exception_ended_date": TODAY - dt.timedelta(days=60)}
    e7 = run(make_profile(client=arrived(3 * 365), answers=recent), "asylum_psg").element("A-E7")
    assert (e7.status, e7.exception_id) == ("likely_met", "A-E7x")


def test_recent_arrival_is_within_the_deadline() -> None:
    p = make_profile(client=arrived(180), answers=STRONG_ASYLUM)
    a = run(p, "asylum_psg")
    assert a.element("A-E7").status == "likely_met"
    [dl] = a.deadlines
    assert (dl.passed, dl.days_left) == (False, 185)
    assert "A-FLAG-DEADLINE-PASSED" not in a.flag_ids()


def test_unaccompanied_child_is_exempt() -> None:
    p = make_profile(
        client=arrived(4 * 365),
        answers={**STRONG_ASYLUM, "asylum.unaccompanied_minor_at_arrival": True},
    )
    e7 = run(p, "asylum_psg").element("A-E7")
    assert (e7.status, e7.exception_id) == ("likely_met", "A-E7u")


def test_sex_plus_nationality_group_is_flagged_under_kesg() -> None:
    answers = {
        **STRONG_ASYLUM,
        "asylum.psg_candidate": "nationality_women",
        "asylum.harmed_because": ["gender"],
    }
    a = run(make_profile(client=arrived(100), answers=answers), "asylum_psg")
    assert a.element("A-E2").status == "likely_unmet"
    assert "A-FLAG-KESG" in a.flag_ids()


def test_firm_resettlement_bar_and_government_persecutor() -> None:
    answers = {
        **STRONG_ASYLUM,
        "asylum.bar.firm_resettlement": True,
        "asylum.persecutor_is_government": True,
        "asylum.could_live_safely_elsewhere": True,
    }
    a = run(make_profile(client=arrived(100), answers=answers), "asylum_psg")
    st = statuses(a)
    assert st["A-E8"] == "likely_unmet"
    assert (st["A-E6"], a.element("A-E6").exception_id) == ("likely_met", "A-E6g")
    assert "withholding_cat" in [o.relief for o in a.other_relief]


def test_asylum_derivatives_spouse_and_child_under_21() -> None:
    p = make_profile(
        client=arrived(100),
        family=[
            {"relationship": "spouse", "given_name": "Ana"},
            {
                "relationship": "child",
                "given_name": "Beto",
                "date_of_birth": dt.date(2010, 1, 1),
                "marital_status": "single",
            },
            {
                "relationship": "child",
                "given_name": "Cata",
                "date_of_birth": dt.date(2000, 1, 1),
                "marital_status": "single",
            },
        ],
    )
    d = [(x.code, x.name, x.status) for x in run(p, "asylum_psg").derivatives]
    assert d == [("A-SPOUSE", "Ana", "may_qualify"), ("A-CHILD", "Beto", "may_qualify")]


# -- vacatur ----------------------------------------------------------------------------------


def arrest(**kw: object) -> dict[str, object]:
    row: dict[str, object] = {"disposition": "convicted", "trafficking_related": True}
    row.update(kw)
    return row


def test_demo_ny_loitering_conviction_is_covered(demo) -> None:
    a = run(demo, "vacatur")
    assert statuses(a) == {
        "V-E1": "met",
        "V-E2": "likely_met",
        "V-E3": "likely_met",
        "V-E4": "likely_met",
    }
    assert (
        "arrests[0] state statute covers offence = True "
        "(NY CPL 440.10(1)(i), (6) (L. 2021, ch. 629, START Act), any_offense)"
    ) in a.element("V-E3").basis
    assert {"V-FLAG-AZRAG", "V-FLAG-DUE-DILIGENCE"} <= set(a.flag_ids())


def test_no_arrests_means_not_applicable_but_unrecorded_means_unknown() -> None:
    assert run(make_profile(arrests=[]), "vacatur").outcome == "not_applicable"
    unknown = run(make_profile(), "vacatur")
    assert unknown.outcome == "needs_more_information"
    assert "q_arrests" in unknown.resolving_questions


def test_drug_conviction_in_a_prostitution_only_state_is_not_covered() -> None:
    rules = load_rules()
    ny = rules.states["NY"]
    zz = StateRule.model_validate(
        {
            **ny.model_dump(),
            "state": "ZZ",
            "name": "Fictional prostitution-only state (test data)",
            "offense_scope": "prostitution_related_only",
        }
    )
    test_rules = dataclasses.replace(rules, states={**rules.states, "ZZ": zz})
    p = make_profile(
        client=ADULT,
        episodes=[LABOR_EPISODE],
        arrests=[arrest(state="ZZ", offense_category="drug", statute="ZZ 12.3")],
    )
    a = assess(FactView(p, today=TODAY), "vacatur", rules=test_rules)
    assert statuses(a) == {
        "V-E1": "met",
        "V-E2": "likely_met",
        "V-E3": "likely_unmet",
        "V-E4": "likely_met",
    }
    assert "V-FLAG-NOT-COVERED" in a.flag_ids()
    assert a.outcome == "likely_not_eligible"
    p2 = make_profile(
        client=ADULT,
        episodes=[LABOR_EPISODE],
        arrests=[arrest(state="ZZ", offense_category="prostitution")],
    )
    assert (
        assess(FactView(p2, today=TODAY), "vacatur", rules=test_rules).element("V-E3").status
        == "likely_met"
    )


def test_california_excludes_violent_offences() -> None:
    violent = make_profile(
        client=ADULT,
        episodes=[LABOR_EPISODE],
        arrests=[arrest(state="CA", offense_category="violent")],
    )
    theft = make_profile(
        client=ADULT,
        episodes=[LABOR_EPISODE],
        arrests=[arrest(state="CA", offense_category="theft")],
    )
    assert run(violent, "vacatur").element("V-E3").status == "likely_unmet"
    assert run(theft, "vacatur").element("V-E3").status == "likely_met"


def test_unconfirmed_state_scope_stays_unknown_and_federal_is_not_covered() -> None:
    wa = run(make_profile(arrests=[arrest(state="WA", offense_category="prostitution")]), "vacatur")
    assert wa.element("V-E3").status == "unknown"
    assert wa.element("V-E3").unknown_facts == ()  # research for counsel, not a client question
    fed = run(
        make_profile(arrests=[arrest(state="federal", offense_category="immigration")]), "vacatur"
    )
    assert fed.element("V-E3").status == "likely_unmet"
    assert "V-FLAG-NOT-COVERED" in fed.flag_ids()


def test_offence_not_related_to_trafficking() -> None:
    p = make_profile(
        client=ADULT,
        episodes=[LABOR_EPISODE],
        arrests=[arrest(state="NY", trafficking_related=False)],
    )
    st = statuses(run(p, "vacatur"))
    assert (st["V-E1"], st["V-E2"], st["V-E3"]) == ("met", "likely_unmet", "likely_unmet")


def test_state_table_has_required_jurisdictions_with_provenance() -> None:
    states = load_rules().states
    assert {"NY", "CA", "TX", "FL", "IL", "WA", "NJ", "federal"} <= set(states)
    assert states["NY"].statute_cite.startswith("NY CPL 440.10(1)(i)")
    for s in states.values():
        assert s.authority and s.last_reviewed and s.reviewed_by
        assert s.verify is (s.verify_status != "ok")


def test_state_age_limit_is_applied_per_arrest() -> None:
    rules = load_rules()
    minors_only = StateRule.model_validate(
        {
            **rules.states["NY"].model_dump(),
            "state": "ZY",
            "name": "Fictional minors-only state (test data)",
            "age_limit": "under_18_at_offense",
        }
    )
    test_rules = dataclasses.replace(rules, states={**rules.states, "ZY": minors_only})

    def v_e3(dob: dt.date | None, arrested: dt.date) -> tuple[str, tuple[str, ...]]:
        p = make_profile(
            client={"date_of_birth": dob},
            episodes=[LABOR_EPISODE],
            arrests=[arrest(state="ZY", arrest_date=arrested, offense_category="theft")],
        )
        e = assess(FactView(p, today=TODAY), "vacatur", rules=test_rules).element("V-E3")
        return e.status, e.unknown_facts

    assert v_e3(dt.date(2004, 3, 2), dt.date(2021, 1, 1))[0] == "likely_met"  # 16
    assert v_e3(dt.date(2000, 3, 2), dt.date(2021, 1, 1))[0] == "likely_unmet"  # 20
    assert v_e3(None, dt.date(2021, 1, 1)) == ("unknown", ("client.date_of_birth",))


def test_border_entry_rules_are_flagged_by_arrival_date() -> None:
    def flags(
        arrival: dt.date, manner: str = "without inspection", border: bool = True
    ) -> list[str]:
        p = make_profile(
            client={"last_arrival_date": arrival, "last_arrival_manner": manner},
            answers={
                "asylum.southern_border_entry": border,
                "asylum.traveled_through_other_country": True,
            },
        )
        return run(p, "asylum_psg").flag_ids()

    assert "A-FLAG-LAWFUL-PATHWAYS" in flags(dt.date(2023, 5, 11))
    assert "A-FLAG-LAWFUL-PATHWAYS" not in flags(dt.date(2023, 5, 10))
    assert "A-FLAG-LAWFUL-PATHWAYS" not in flags(dt.date(2025, 5, 11))
    # issue 14: only southern-border entries without documents (8 CFR 208.33(a)(1))
    assert "A-FLAG-LAWFUL-PATHWAYS" not in flags(dt.date(2024, 1, 5), border=False)
    assert "A-FLAG-LAWFUL-PATHWAYS" not in flags(dt.date(2024, 1, 5), manner="admitted")
    assert "A-FLAG-PROCLAMATION-10888" in flags(dt.date(2025, 6, 1))
    assert "A-FLAG-PROCLAMATION-10888" not in flags(dt.date(2025, 6, 1), manner="admitted")
    assert "A-FLAG-PROCLAMATION-10888" not in flags(dt.date(2025, 1, 19))
