"""Form-detail questions (ids q_f_*): no rule reads their facts, so the interview never asks them
on its own; they are asked on request with ``focus`` and written to the profile like any answer."""

from __future__ import annotations

import datetime as dt

from eligibility.interview import InterviewSession
from eligibility.loader import load_rules
from facts import FactView, load_catalogue
from tests.eligibility.helpers import TODAY, make_profile

ASYLUM_FORM_FACTS = {
    "background.nationality_at_birth",
    "background.race_ethnic_group",
    "background.religion",
    "background.fluent_in_english",
    "spouse.marriage_date",
    "asylum.fears_torture",
    "asylum.returned_home",
    "asylum.ground.particular_social_group",
}


def test_every_form_detail_question_has_a_catalogue_fact_and_spanish() -> None:
    rules = load_rules()
    cat = load_catalogue()
    form_qs = [q for q in rules.questions.values() if q.id.startswith("q_f_")]
    assert len(form_qs) >= 47
    for q in form_qs:
        assert q.fact in cat, q.id
        assert q.prompt_es.strip() and q.prompt_es != q.prompt_en, q.id
    asked_facts = {q.fact for q in form_qs}
    assert asked_facts >= ASYLUM_FORM_FACTS
    in_asylum_flow = {rules.questions[i].fact for i in rules.flows["asylum_psg"].questions}
    assert in_asylum_flow >= ASYLUM_FORM_FACTS
    t_flow = set(rules.flows["t_visa"].questions)
    assert "q_f_ead_requested" in t_flow


def test_form_details_are_not_asked_automatically() -> None:
    s = InterviewSession(make_profile(), ["asylum_psg"], TODAY)
    asked = []
    while (q := s.current) is not None and len(asked) < 200:
        asked.append(q.id)
        s.skip()
    assert asked, "the asylum screen asks eligibility questions first"
    assert not [qid for qid in asked if qid.startswith("q_f_")]
    assert not (ASYLUM_FORM_FACTS & s.needed_facts())


def test_focus_asks_form_details_and_writes_the_answers() -> None:
    s = InterviewSession(make_profile(), ["asylum_psg"], TODAY)
    s.focus(["q_f_religion", "q_f_left_home", "q_f_fears_torture"])
    assert s.current is not None and s.current.id == "q_f_religion"
    assert "religion" in s.prompt().lower()
    s.answer("Evangelical Christian")
    assert s.current is not None and s.current.id == "q_f_left_home"
    s.answer("2021-04-30")
    assert s.current is not None and s.current.id == "q_f_fears_torture"
    s.decline()
    view = FactView(s.profile, today=TODAY)
    assert view.get("background.religion") == "Evangelical Christian"
    assert view.get("background.last_left_home_country_date") == dt.date(2021, 4, 30)
    assert not view.known("asylum.fears_torture")
    assert s.profile.answers["background.religion"].question_id == "q_f_religion"
