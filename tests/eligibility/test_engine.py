"""Engine rules: Kleene logic, dependencies, VERIFY caps, staleness, derivatives, properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from casefile.models import AnswerStatus
from eligibility import OUTCOMES, STATUSES, evaluate, evaluate_full, parse
from eligibility.conditions import Context
from facts import FactView, load_catalogue
from tests.eligibility.helpers import ADULT, LABOR_EPISODE, TODAY, make_profile, run, run_all

T, F, U = True, False, None


def view(**kw: object) -> FactView:
    return FactView(make_profile(**kw), today=TODAY)  # type: ignore[arg-type]


def bool_answers(a: bool | None, b: bool | None) -> FactView:
    answers = {}
    if a is not None:
        answers["trafficking.means.force"] = a
    if b is not None:
        answers["trafficking.means.fraud"] = b
    return view(answers=answers)


A = {"fact": "trafficking.means.force", "is_true": True}
B = {"fact": "trafficking.means.fraud", "is_true": True}


@pytest.mark.parametrize(
    ("a", "b", "all_", "any_"),
    [
        (T, T, T, T),
        (T, F, F, T),
        (F, F, F, F),
        (T, U, U, T),
        (F, U, F, U),
        (U, U, U, U),
    ],
)
def test_kleene_truth_tables(a: bool | None, b: bool | None, all_: object, any_: object) -> None:
    v = bool_answers(a, b)
    assert evaluate({"all": [A, B]}, v) is all_
    assert evaluate({"any": [A, B]}, v) is any_
    assert evaluate({"not": A}, v) is (None if a is None else not a)


def test_dependencies_name_only_facts_that_could_still_decide() -> None:
    v = bool_answers(None, None)
    assert evaluate_full({"all": [A, B]}, v).unknown == {
        "trafficking.means.force",
        "trafficking.means.fraud",
    }
    decided = evaluate_full({"any": [A, B]}, bool_answers(True, None))
    assert (decided.value, decided.unknown) == (True, frozenset())
    partial = evaluate_full({"all": [A, B]}, bool_answers(True, None))
    assert partial.unknown == {"trafficking.means.fraud"}


def test_operators_short_and_long_form_and_dates() -> None:
    v = view(client={"date_of_birth": dt.date(2004, 3, 2), "current_state": "NY"})
    assert evaluate({"fact": "client.current_state", "op": "eq", "value": "NY"}, v) is True
    assert evaluate({"fact": "client.current_state", "in": ["CA", "TX"]}, v) is False
    assert evaluate({"fact": "client.date_of_birth", "before": "2005-01-01"}, v) is True
    assert evaluate({"fact": "client.date_of_birth", "after": dt.date(2005, 1, 1)}, v) is False
    assert evaluate({"fact": "client.age", "gte": 21}, v) is True
    assert evaluate({"fact": "client.a_number", "known": True}, v) is False
    assert evaluate({"fact": "client.a_number", "unknown": True}, v) is True
    assert evaluate({"fact": "client.a_number", "eq": "1"}, v) is None
    assert (
        evaluate({"at_least": {"n": 2, "of": [A, B, {"const": True}]}}, bool_answers(True, None))
        is True
    )
    assert (
        evaluate({"at_least": {"n": 3, "of": [A, B, {"const": True}]}}, bool_answers(True, None))
        is None
    )
    assert (
        evaluate({"at_least": {"n": 2, "of": [A, B, {"const": False}]}}, bool_answers(False, None))
        is False
    )


def test_value_fact_compares_two_facts() -> None:
    v = view(
        client={"date_of_birth": dt.date(2004, 3, 2), "last_arrival_date": dt.date(2021, 5, 14)}
    )
    cond = {"fact": "client.date_of_birth", "before_fact": "client.last_arrival_date"}
    assert evaluate(cond, v) is True
    missing = view(client={"date_of_birth": dt.date(2004, 3, 2)})
    assert evaluate_full(cond, missing).unknown == {"client.last_arrival_date"}


def test_quantifiers_distinguish_empty_from_answered_none() -> None:
    cond = {"any_row": {"group": "arrests", "where": {"fact": "arrests[].state", "eq": "NY"}}}
    every = {"all_rows": {"group": "arrests", "where": {"fact": "arrests[].state", "eq": "NY"}}}
    nothing = view()
    assert evaluate_full(cond, nothing).value is None
    assert evaluate_full(cond, nothing).unknown == {"arrests[]"}
    none = view(arrests=[])
    assert (evaluate(cond, none), evaluate(every, none)) == (False, True)
    two = view(arrests=[{"state": "NY"}, {"state": None}])
    assert (evaluate(cond, two), evaluate(every, two)) == (True, None)
    assert evaluate_full(every, two).unknown == {"arrests[].state"}
    # outside a row, a group column means "some row" (the clauses package relies on it)
    assert evaluate({"fact": "arrests[].state", "eq": "NY"}, two) is True


def test_malformed_conditions_are_rejected() -> None:
    with pytest.raises(ValidationError):
        parse({"fact": "client.age", "op": "roughly", "value": 3})
    with pytest.raises(ValidationError):
        parse({"fact": "trafficking.means.force", "is_true": False})  # use not
    with pytest.raises(ValidationError):
        parse({"all": []})
    with pytest.raises(ValidationError):
        parse({"fact": "client.age", "in": 3})


def test_demo_answers_use_catalogue_facts_and_statuses(demo) -> None:
    cat = load_catalogue()
    for fact, ans in demo.answers.items():
        assert fact in cat, fact
        if ans.status == AnswerStatus.ANSWERED.value:
            kind = cat[fact].type
            assert kind != "bool" or isinstance(ans.value, bool), fact
            if cat[fact].allowed:
                values = ans.value if isinstance(ans.value, list) else [ans.value]
                assert set(values) <= set(cat[fact].allowed), fact
    assert demo.answers["trafficking.means.force"].status == AnswerStatus.DECLINED.value


# -- caps and staleness ------------------------------------------------------------------------


def test_verify_caps_met_and_unmet(demo) -> None:
    a = run(demo, "t_visa")
    for e in a.elements:
        if e.verify_status != "ok":
            assert e.status not in ("met", "unmet", "exception_applies"), e.element_id
    assert a.element("T-E2").verify_status == "VERIFY"
    assert a.element("T-E1").status == "met"  # ok rules are not capped


def test_rules_go_stale_after_the_threshold(demo) -> None:
    later = dt.date(2027, 6, 1)  # 191 days after the 2026-11-22 review
    a = run(demo, "t_visa", today=later)
    e1 = a.element("T-E1")
    assert (e1.status, e1.verify_status) == ("likely_met", "stale")
    assert "t_visa-STALE" in a.flag_ids()
    fresh = run(demo, "t_visa", today=dt.date(2027, 5, 20))  # 179 days: still ok
    assert fresh.element("T-E1").status == "met"
    from eligibility import assess

    longer = assess(FactView(demo, today=later), "t_visa", stale_after_days=365)
    assert longer.element("T-E1").status == "met"


# -- derivatives -----------------------------------------------------------------------------


def family_codes(
    dob: dt.date, family: list[dict[str, object]], relief: str = "t_visa"
) -> list[tuple[str, str, str]]:
    p = make_profile(client={"date_of_birth": dob}, family=family)
    return [(d.code, d.name, d.status) for d in run(p, relief).derivatives]


def test_t_derivatives_for_a_principal_under_21() -> None:
    fam = [
        {"relationship": "parent", "given_name": "Pa", "in_danger_of_retaliation": False},
        {
            "relationship": "sibling",
            "given_name": "Sib15",
            "date_of_birth": dt.date(2011, 6, 1),
            "marital_status": "single",
        },
        {
            "relationship": "sibling",
            "given_name": "Sib19",
            "date_of_birth": dt.date(2007, 6, 1),
            "marital_status": "single",
        },
        {
            "relationship": "sibling",
            "given_name": "Wed16",
            "date_of_birth": dt.date(2010, 6, 1),
            "marital_status": "married",
        },
        {"relationship": "spouse", "given_name": "Sp"},
        {
            "relationship": "child",
            "given_name": "Kid",
            "date_of_birth": dt.date(2024, 1, 1),
            "marital_status": "single",
        },
    ]
    assert family_codes(dt.date(2007, 1, 1), fam) == [  # principal is 19
        ("T-4", "Pa", "may_qualify"),
        ("T-5", "Sib15", "may_qualify"),
        ("T-2", "Sp", "may_qualify"),
        ("T-3", "Kid", "may_qualify"),
    ]


def test_t_derivatives_for_an_adult_principal_need_present_danger() -> None:
    fam = [
        {"relationship": "parent", "given_name": "Safe", "in_danger_of_retaliation": False},
        {"relationship": "parent", "given_name": "Threatened", "in_danger_of_retaliation": True},
        {
            "relationship": "sibling",
            "given_name": "Young",
            "date_of_birth": dt.date(2012, 1, 1),
            "marital_status": "single",
            "in_danger_of_retaliation": True,
        },
        {
            "relationship": "child_of_derivative",
            "given_name": "Grand",
            "in_danger_of_retaliation": True,
            "derivative_parent": "Sib",  # issue 14: T-6 is linked to its derivative parent
        },
        {
            "relationship": "child_of_derivative",
            "given_name": "Far",
            "in_danger_of_retaliation": False,
        },
        {"relationship": "parent", "given_name": "Maybe"},
    ]
    assert family_codes(dt.date(1990, 1, 1), fam) == [
        ("T-4", "Threatened", "may_qualify"),
        ("T-5", "Young", "may_qualify"),
        ("T-6", "Grand", "may_qualify"),
        ("T-4", "Maybe", "unknown"),  # danger not yet known: listed, not dropped
    ]


def test_demo_derivatives_mother_and_brother_in_danger(demo) -> None:
    d = run(demo, "t_visa").derivatives
    assert [(x.code, x.relationship) for x in d] == [("T-4", "parent"), ("T-5", "sibling")]
    assert run(demo, "u_visa").derivatives == []  # she is 22: no U-4/U-5


def test_u_derivatives_depend_on_principal_age() -> None:
    fam = [{"relationship": "parent", "given_name": "Pa"}]
    assert family_codes(dt.date(2008, 1, 1), fam, "u_visa") == [("U-4", "Pa", "may_qualify")]
    assert family_codes(dt.date(1990, 1, 1), fam, "u_visa") == []


# -- whole-relief properties -----------------------------------------------------------------


def test_empty_profile_never_likely_not_eligible() -> None:
    for relief, a in run_all(make_profile()).items():
        assert a.outcome == "needs_more_information", relief
        assert {e.status for e in a.elements} <= {"unknown"}
        assert a.outcome in OUTCOMES


BOOL_FACTS = sorted(f.name for f in load_catalogue() if f.storage == "answer" and f.type == "bool")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(BOOL_FACTS), st.booleans()),
        min_size=1,
        max_size=25,
        unique_by=lambda t: t[0],
    )
)
def test_answering_more_never_turns_a_settled_element_unknown(
    answers: list[tuple[str, bool]],
) -> None:
    profile = make_profile(client=ADULT, episodes=[LABOR_EPISODE])
    before = {r: {e.element_id: e.status for e in a.elements} for r, a in run_all(profile).items()}
    for fact, value in answers:
        profile.set_answer(fact, value)
        after = {
            r: {e.element_id: e.status for e in a.elements} for r, a in run_all(profile).items()
        }
        for relief, elements in before.items():
            for eid, status in elements.items():
                assert status in STATUSES
                if status != "unknown":
                    assert after[relief][eid] != "unknown", (relief, eid, fact)
        before = after


def test_declined_or_skipped_answers_never_count_as_no() -> None:
    profile = make_profile()
    statuses_cycle = [AnswerStatus.DECLINED, AnswerStatus.SKIPPED, AnswerStatus.ASK_LATER]
    for i, fact in enumerate(f.name for f in load_catalogue() if f.storage == "answer"):
        profile.set_answer(fact, None, statuses_cycle[i % 3])
    for relief, a in run_all(profile).items():
        assert a.outcome == "needs_more_information", relief
        assert {e.status for e in a.elements} == {"unknown"}, relief


def test_context_memoises_fact_reads(demo) -> None:
    ctx = Context(FactView(demo, today=TODAY))
    ctx.value("client.age")
    ctx.view.profile.client.date_of_birth = None
    assert ctx.value("client.age") == 22  # one pass sees one snapshot


def test_capped_reasons_say_why(demo) -> None:
    a = run(demo, "t_visa")
    assert "Capped at 'likely': the rule is marked VERIFY" in a.element("T-E2").reason
    assert "Capped" not in a.element("T-E1").reason
    stale = run(demo, "t_visa", today=dt.date(2027, 6, 1)).element("T-E1")
    assert "stale" in stale.reason
