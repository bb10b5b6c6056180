"""Issue 14 fact patterns: each test failed before the rule fix it names (fictional people only).

Every assertion is reasoned from the statute or regulation cited in the rule, not copied from
output. More patterns in the same shape live in tests/eligibility/patterns/*.yaml.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from casefile.profile import Profile
from tests.eligibility.helpers import (
    ADULT,
    CLEAN_RECORD,
    HARDSHIP_THREE,
    LABOR_EPISODE,
    NO_MEANS,
    STRONG_ASYLUM,
    TODAY,
    make_profile,
    run,
)

ADMITTED = {**ADULT, "last_arrival_manner": "admitted", "prior_removal_order": False}
PRESENT = {
    "immigration.physically_present": True,
    "immigration.stay_related_to_trafficking": True,
    "immigration.left_us_after_trafficking": False,
}
STRONG_T: dict[str, Any] = {
    **PRESENT,
    **CLEAN_RECORD,
    **HARDSHIP_THREE,
    "trafficking.made_to_control_others": False,
    "cooperation.reported_to_lea": True,
    "cooperation.reported_to_us_agency": True,
    "cooperation.refused_request": False,
}
#: A crime (not trafficking) suffered at 12, decades before the adult episode.
CHILDHOOD_CRIME = {
    "kind": "crime",
    "start_date": dt.date(2002, 5, 1),
    "in_us": False,
    "crime_types": ["felonious_assault"],
    "actions": ["obtained"],
    "means": ["document_confiscation"],  # an indicator, not MEANS
}
ADULT_SEX_WORK_NO_MEANS = {
    "kind": "sex_trafficking",
    "start_date": dt.date(2021, 3, 1),
    "in_us": True,
    "actions": ["recruited"],
    "means": ["debt"],  # an indicator, not MEANS
}


def t_profile(answers: dict[str, Any] | None = None, **groups: Any) -> Profile:
    groups.setdefault("episodes", [LABOR_EPISODE])
    groups.setdefault("arrests", [])
    return make_profile(client=ADMITTED, answers={**STRONG_T, **(answers or {})}, **groups)


# -- T: minor exemption and T-E1 tied to the same trafficking (8 CFR 214.202(c)(1)) ------------


def test_childhood_crime_episode_does_not_give_the_minor_exemption() -> None:
    p = t_profile(
        {"cooperation.reported_to_lea": False, "cooperation.trauma_prevented": False},
        episodes=[CHILDHOOD_CRIME, LABOR_EPISODE],
        le_contacts=[],
    )
    e3 = run(p, "t_visa").element("T-E3")
    assert e3.exception_id is None and e3.status == "unmet"


def test_adult_commercial_sex_without_means_is_not_severe_trafficking_because_of_childhood() -> (
    None
):
    answers = {**NO_MEANS, "trafficking.purpose.forced_work": False}
    p = t_profile(answers, episodes=[CHILDHOOD_CRIME, ADULT_SEX_WORK_NO_MEANS])
    assert run(p, "t_visa").element("T-E1").status == "unmet"


def test_sex_trafficking_of_a_minor_needs_no_means() -> None:
    minor = {**ADULT_SEX_WORK_NO_MEANS, "start_date": dt.date(2007, 1, 1)}  # aged 16
    p = t_profile({**NO_MEANS, "trafficking.purpose.forced_work": False}, episodes=[minor])
    a = run(p, "t_visa")
    assert a.element("T-E1").status == "met"
    assert a.element("T-E3").exception_id == "T-E3a"


# -- T-E2 physical presence (8 CFR 214.207) -----------------------------------------------------


def test_liberated_by_law_enforcement_is_present_on_account_of_trafficking() -> None:
    answers = {
        "immigration.stay_related_to_trafficking": False,
        "immigration.liberated_by_lea": True,
    }
    assert run(t_profile(answers), "t_visa").element("T-E2").status == "likely_met"


def test_departure_without_an_exception_is_unknown_then_unmet() -> None:
    left = {"immigration.left_us_after_trafficking": True}
    e2 = run(t_profile(left), "t_visa").element("T-E2")
    assert e2.status == "unknown" and "q_departure_exception" in e2.resolving_questions
    none = {**left, "immigration.departure_exception": "none"}
    assert run(t_profile(none), "t_visa").element("T-E2").status == "likely_unmet"
    back = {**left, "immigration.departure_exception": "return_for_investigation"}
    assert run(t_profile(back), "t_visa").element("T-E2").status == "likely_met"


# -- T-E3 cooperation ---------------------------------------------------------------------------


def test_report_to_police_abroad_does_not_show_compliance() -> None:
    foreign = [{"event": "report", "client_response": "complied", "agency_level": "foreign"}]
    answers = {"cooperation.reported_to_us_agency": False}
    a = run(t_profile(answers, le_contacts=foreign), "t_visa")
    assert a.element("T-E3").status != "met"
    assert "T-FLAG-FOREIGN-REPORT" in a.flag_ids()
    local = [{"event": "report", "client_response": "complied", "agency_level": "local"}]
    assert run(t_profile(answers, le_contacts=local), "t_visa").element("T-E3").status == "met"


def test_refused_request_and_refused_supp_b_weigh_against_compliance() -> None:
    answers = {"cooperation.refused_request": True, "cooperation.unable_due_to_trauma": False}
    refused_b = [{"form": "I-914B", "status": "refused"}]
    a = run(t_profile(answers, certifications=refused_b), "t_visa")
    assert a.element("T-E3").status == "unmet"
    signed_b = [{"form": "I-914B", "status": "signed"}]
    assert run(t_profile(answers, certifications=signed_b), "t_visa").element("T-E3").status != (
        "unmet"
    )


# -- T-E4 hardship weighed (8 CFR 214.209) ------------------------------------------------------


def test_one_hardship_factor_is_not_likely_met() -> None:
    one = {
        "hardship.trafficker_reprisal_risk": True,
        "hardship.trafficking_consequences": False,
        "hardship.revictimization_risk": False,
    }
    e4 = run(t_profile(one), "t_visa").element("T-E4")
    assert e4.status == "unknown"
    assert e4.basis == ("hardship.trafficker_reprisal_risk = True",)  # the factor shown is named
    assert run(t_profile(), "t_visa").element("T-E4").status == "likely_met"  # three factors
    none = {
        f"hardship.{k}": False
        for k in (
            "age_and_circumstances",
            "illness_care_unavailable",
            "trafficking_consequences",
            "loss_of_us_justice",
            "home_country_penalizes_victims",
            "revictimization_risk",
            "trafficker_reprisal_risk",
            "civil_unrest",
        )
    }
    assert run(t_profile(none), "t_visa").element("T-E4").status == "likely_unmet"


# -- T-E6 waivers (INA 212(d)(13)) --------------------------------------------------------------


def test_felony_drug_conviction_leaves_the_waiver_to_the_attorney() -> None:
    drug = [{"disposition": "convicted", "offense_category": "drug", "state": "CA"}]
    answers = {"inadmissibility.incident_to_victimization": True}
    a = run(t_profile(answers, arrests=drug), "t_visa")
    assert a.element("T-E6").status == "unknown"
    assert "T-FLAG-WAIVER-DISCRETION" in a.flag_ids()
    theft = [{"disposition": "convicted", "offense_category": "theft", "state": "CA"}]
    assert run(t_profile(answers, arrests=theft), "t_visa").element("T-E6").status == "likely_met"


def test_ground_unconnected_to_the_victimisation_is_not_waivable_by_default() -> None:
    answers = {
        "inadmissibility.false_documents": True,
        "inadmissibility.incident_to_victimization": False,
    }
    a = run(t_profile(answers), "t_visa")
    assert a.element("T-E6").status == "unknown" and "T-FLAG-WAIVER-DISCRETION" in a.flag_ids()


# -- U (8 CFR 214.14) ---------------------------------------------------------------------------


def u_profile(**groups: Any) -> Profile:
    answers = {
        **CLEAN_RECORD,
        "crime.abuse.physical_injury": True,
        "cooperation.has_information": True,
        "cooperation.willing_to_help": True,
    }
    groups.setdefault("episodes", [LABOR_EPISODE])
    groups.setdefault("arrests", [])
    return make_profile(client=ADMITTED, answers=answers, **groups)


def test_declined_request_makes_helpfulness_unmet() -> None:
    declined = [{"event": "interview", "client_response": "declined", "agency_level": "local"}]
    assert run(u_profile(le_contacts=declined), "u_visa").element("U-E3").status == "unmet"


def test_documented_refusal_to_certify_makes_certification_unmet() -> None:
    refused = [{"form": "I-918B", "status": "refused", "agency": "Example PD"}]
    assert run(u_profile(certifications=refused), "u_visa").element("U-E3S").status == "unmet"
    requested = [{"form": "I-918B", "status": "requested"}]
    assert run(u_profile(certifications=requested), "u_visa").element("U-E3S").status == "unknown"


def test_u_waiver_excludes_only_212_a_3_e() -> None:
    def e5(**answers: Any) -> str:
        p = u_profile()
        for k, v in answers.items():
            p.set_answer(k, v)
        return run(p, "u_visa").element("U-E5").status

    security = {"inadmissibility.security_related": True}
    assert e5(**security) == "unknown"
    assert e5(
        **security, **{"inadmissibility.participated_persecution_genocide_torture": False}
    ) == ("exception_applies")
    assert e5(
        **security, **{"inadmissibility.participated_persecution_genocide_torture": True}
    ) == ("unmet")


# -- Derivatives: ages at the principal's filing date -------------------------------------------


def test_child_who_turned_21_after_filing_still_qualifies_and_citizens_are_excluded() -> None:
    child = {
        "relationship": "child",
        "given_name": "Lia",
        "date_of_birth": dt.date(2005, 1, 10),
        "marital_status": "single",
    }
    citizen = {**child, "given_name": "Noa", "nationality": "United States"}
    p = t_profile({"t_visa.filing_date": dt.date(2025, 6, 1)}, family=[child, citizen])
    ds = run(p, "t_visa").derivatives
    assert [(d.code, d.name, d.status) for d in ds] == [("T-3", "Lia", "may_qualify")]
    unfiled = t_profile(family=[child])  # no filing date: today, when she is 21
    assert run(unfiled, "t_visa").derivatives == []


def test_age_out_deadlines_are_dated() -> None:
    child = {"relationship": "child", "date_of_birth": dt.date(2006, 2, 1)}
    a = run(t_profile(family=[child]), "t_visa")
    dl = next(d for d in a.deadlines if d.id == "T-DL-CHILD-AGE-OUT")
    assert dl.due == dt.date(2027, 1, 31) and not dl.passed
    young = make_profile(
        client={**ADMITTED, "date_of_birth": dt.date(2007, 9, 15)},
        family=[{"relationship": "parent"}],
    )
    u = run(young, "u_visa")
    assert [d.due for d in u.deadlines if d.id == "U-DL-PRINCIPAL-21"] == [dt.date(2028, 9, 14)]


# -- Asylum -------------------------------------------------------------------------------------


def arrived(days_ago: int) -> dict[str, Any]:
    return {**ADULT, "last_arrival_date": TODAY - dt.timedelta(days=days_ago)}


def test_fear_alone_is_not_a_well_founded_fear() -> None:
    fear_only = {
        **STRONG_ASYLUM,
        "asylum.harmed_in_home_country": False,
        "asylum.objective_basis": False,
    }
    assert (
        run(make_profile(client=arrived(100), answers=fear_only), "asylum_psg")
        .element("A-E5")
        .status
        == "unmet"
    )
    basis = {**fear_only, "asylum.objective_basis": True}
    assert (
        run(make_profile(client=arrived(100), answers=basis), "asylum_psg").element("A-E5").status
        == "met"
    )


def test_past_persecution_presumes_relocation_unreasonable() -> None:
    answers = {**STRONG_ASYLUM, "asylum.could_live_safely_elsewhere": True}
    e6 = run(make_profile(client=arrived(100), answers=answers), "asylum_psg").element("A-E6")
    assert (e6.status, e6.exception_id) == ("likely_met", "A-E6p")


def test_only_an_ij_or_bia_denial_bars_and_changed_circumstances_override() -> None:
    def e8(**extra: Any) -> str:
        answers = {**STRONG_ASYLUM, "asylum.bar.prior_denial": True, **extra}
        return (
            run(make_profile(client=arrived(100), answers=answers), "asylum_psg")
            .element("A-E8")
            .status
        )

    assert e8(**{"asylum.prior_denial_by": "asylum_office"}) == "likely_met"
    assert (
        e8(
            **{
                "asylum.prior_denial_by": "immigration_judge",
                "asylum.exception.changed_circumstances": False,
            }
        )
        == "likely_unmet"
    )
    assert (
        e8(**{"asylum.prior_denial_by": "bia", "asylum.exception.changed_circumstances": True})
        == "likely_met"
    )


def test_mailing_record_counts_as_filing() -> None:
    arrival = dt.date(2025, 3, 3)  # deadline Tuesday 2026-03-03
    answers = {
        **STRONG_ASYLUM,
        "asylum.already_filed": True,
        "asylum.filed_date": dt.date(2026, 3, 5),
        "asylum.mailed_date": dt.date(2026, 3, 2),
    }
    p = make_profile(client={**ADULT, "last_arrival_date": arrival}, answers=answers)
    assert run(p, "asylum_psg").element("A-E7").status == "likely_met"
    p.set_answer("asylum.mailed_date", None)
    assert run(p, "asylum_psg").element("A-E7").status != "likely_met"


# -- Vacatur: scope, disposition, remedy ---------------------------------------------------------


def conviction(**kw: Any) -> dict[str, Any]:
    return {"disposition": "convicted", "trafficking_related": True, **kw}


def test_ny_reaches_convictions_not_dismissed_arrests() -> None:
    dismissed = [conviction(state="NY", disposition="dismissed", offense_category="prostitution")]
    assert run(make_profile(arrests=dismissed), "vacatur").element("V-E3").status == (
        "likely_unmet"
    )
    convicted = [conviction(state="NY", offense_category="prostitution")]
    assert run(make_profile(arrests=convicted), "vacatur").element("V-E3").status == "likely_met"


def test_pending_charge_is_not_vacatable_and_the_defence_is_flagged() -> None:
    pending = [conviction(state="CA", disposition="pending", offense_category="theft")]
    a = run(make_profile(arrests=pending), "vacatur")
    assert a.element("V-E1").status == "unmet"
    assert "V-FLAG-PENDING" in a.flag_ids()


def test_texas_nondisclosure_is_other_relief_not_vacatur() -> None:
    tx = [conviction(state="TX", offense_category="prostitution")]
    a = run(make_profile(arrests=tx), "vacatur")
    assert a.element("V-E3").status == "likely_unmet"
    assert "record_sealing" in [o.relief for o in a.other_relief]
    ny = run(make_profile(arrests=[conviction(state="NY", offense_category="drug")]), "vacatur")
    assert "record_sealing" not in [o.relief for o in ny.other_relief]


def test_florida_expunction_and_hawaii_prostitution_only() -> None:
    fl = [conviction(state="FL", offense_category="theft")]
    assert run(make_profile(arrests=fl), "vacatur").element("V-E3").status == "likely_met"
    fl_violent = [conviction(state="FL", offense_category="violent")]
    assert run(make_profile(arrests=fl_violent), "vacatur").element("V-E3").status == (
        "likely_unmet"
    )
    hi_theft = [conviction(state="HI", offense_category="theft")]
    assert run(make_profile(arrests=hi_theft), "vacatur").element("V-E3").status == ("likely_unmet")
    hi = [conviction(state="HI", offense_category="prostitution")]
    assert run(make_profile(arrests=hi), "vacatur").element("V-E3").status == "likely_met"


# -- Continued Presence: requested by a federal official (22 USC 7105(c)(3)) --------------------


def test_local_agency_without_a_federal_partner_is_flagged() -> None:
    answers = {"cp.lea_willing_to_request": True, "cp.federal_partner_involved": False}
    a = run(make_profile(answers=answers), "continued_presence")
    assert "CP-FLAG-FEDERAL-PARTNER" in a.flag_ids()
    assert a.element("CP-E3").status == "unknown"
    partnered = {**answers, "cp.federal_partner_involved": True}
    b = run(make_profile(answers=partnered), "continued_presence")
    assert "CP-FLAG-FEDERAL-PARTNER" not in b.flag_ids()
    assert b.element("CP-E3").status == "likely_met"


def test_reporting_or_testifying_alone_is_not_nexus() -> None:
    only = {**STRONG_ASYLUM, "asylum.harmed_because": ["reported_or_testified"]}
    a = run(make_profile(client=arrived(100), answers=only), "asylum_psg")
    assert a.element("A-E3").status == "unknown"
    assert "A-FLAG-NEXUS-REPORTING" in a.flag_ids()
    money = {**STRONG_ASYLUM, "asylum.harmed_because": ["money_only"]}
    assert (
        run(make_profile(client=arrived(100), answers=money), "asylum_psg").element("A-E3").status
        == "likely_unmet"
    )


def test_derivative_exclusions_stepchildren_and_t6_link() -> None:
    """Issue 14: never a U.S. citizen or the perpetrator; the relationship must exist at filing;
    a stepchild counts when the marriage came before 18; T-6 is linked to its derivative."""
    filing = {"t_visa.filing_date": dt.date(2026, 1, 15)}
    kid = {
        "relationship": "child",
        "marital_status": "single",
        "date_of_birth": dt.date(2015, 1, 1),
    }
    family = [
        {**kid, "given_name": "Ok"},
        {**kid, "given_name": "Citizen", "us_citizen": True},
        {"relationship": "spouse", "given_name": "Abuser", "is_perpetrator": True},
        {"relationship": "spouse", "given_name": "Later",
         "relationship_since": dt.date(2026, 5, 1)},
        {**kid, "relationship": "stepchild", "given_name": "Step",
         "relationship_since": dt.date(2020, 6, 1)},
        {**kid, "relationship": "stepchild", "given_name": "Late",
         "date_of_birth": dt.date(2006, 1, 1), "relationship_since": dt.date(2024, 6, 1)},
        {"relationship": "child_of_derivative", "given_name": "Unlinked",
         "in_danger_of_retaliation": True},
    ]  # fmt: skip
    ds = run(t_profile(filing, family=family), "t_visa").derivatives
    assert [(d.code, d.name, d.status) for d in ds] == [
        ("T-3", "Ok", "may_qualify"),
        ("T-3", "Step", "may_qualify"),
        ("T-6", "Unlinked", "unknown"),
    ]
