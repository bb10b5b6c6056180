"""Issue 15: the admissibility questionnaire of the T and U forms (I-914 Part 4, I-918 Part 3).
Each question is a catalogue fact asked in the T and U flows on request; a yes opens an
explanation, and a yes that names an INA 212(a) ground raises the I-192 flag."""

from __future__ import annotations

import pytest

from eligibility.conditions import Context, evaluate_full
from eligibility.loader import load_rules
from facts import FactView, load_catalogue
from tests.eligibility.helpers import LABOR_EPISODE, TODAY, make_profile, run
from tests.eligibility.test_t_visa import ADMITTED, strong_adult

ADMISSIBILITY = sorted(
    f.name
    for f in load_catalogue().facts.values()
    if f.name.startswith("admissibility.") and f.type == "bool" and f.storage == "answer"
)


def test_every_admissibility_fact_is_asked_in_the_t_and_u_flows_with_an_explanation() -> None:
    rules = load_rules()
    assert len(ADMISSIBILITY) >= 50
    by_fact = {q.fact: q for q in rules.questions.values()}
    catalogue = load_catalogue()
    # items only the I-918 asks (10.F, 10.G, 11, 13.C, 15, 25) are asked in the U flow alone
    u_only = {n for n in ADMISSIBILITY if "I-914" not in catalogue[n].description}
    assert len(u_only) == 7
    t_flow = set(rules.flows["t_visa"].questions)
    assert not {by_fact[n].id for n in u_only} & t_flow
    for relief in ("t_visa", "u_visa"):
        flow = set(rules.flows[relief].questions)
        for name in ADMISSIBILITY:
            if relief == "t_visa" and name in u_only:
                continue
            q, explain = by_fact[name], by_fact[f"{name}_explanation"]
            assert {q.id, explain.id} <= flow, (relief, name)
            assert q.type == "yes_no" and q.purpose == "form", name
            assert q.prompt_es != q.prompt_en, name
            assert explain.ask_if is not None and explain.ask_if.fact == name, name
    # not asked for a relief where the questions do not matter
    asylum_flow = set(rules.flows["asylum_psg"].questions)
    assert not {by_fact[n].id for n in ADMISSIBILITY} & asylum_flow


def test_the_prostitution_question_asks_about_what_happened_not_a_label() -> None:
    q = next(q for q in load_rules().questions.values() if q.fact == "admissibility.prostitution")
    assert "forced or pressured" in q.prompt_en
    assert "obligadas o presionadas" in q.prompt_es
    assert "prostitut" not in (q.prompt_en + q.prompt_es).lower()


@pytest.mark.parametrize(("answer", "explained"), [(True, True), (False, False), (None, False)])
def test_only_a_yes_opens_the_explanation(answer: bool | None, explained: bool) -> None:
    """The interview asks a question when its ``ask_if`` is true; a no or no answer keeps the
    explanation closed."""
    rules = load_rules()
    answers = {} if answer is None else {"admissibility.prostitution": answer}
    view = FactView(make_profile(answers=answers), today=TODAY)
    gate = rules.questions["q_adm_prostitution_explanation"].ask_if
    assert gate is not None
    assert (evaluate_full(gate, Context(view, refs=rules.common)).value is True) is explained


def _t_flags(**answers: object) -> set[str]:
    p = make_profile(
        client=ADMITTED, answers=strong_adult(**answers), episodes=[LABOR_EPISODE], arrests=[]
    )
    return set(run(p, "t_visa").flag_ids())


def test_yes_answers_naming_a_ground_raise_the_i192_flag() -> None:
    assert "T-FLAG-I192" not in _t_flags()
    assert "T-FLAG-I192" in _t_flags(**{"admissibility.crime_not_arrested": True})
    assert "T-FLAG-I192" in _t_flags(**{"admissibility.misrepresentation": True})
    # a no changes nothing, and having been present when others were harmed is not a ground
    assert "T-FLAG-I192" not in _t_flags(**{"admissibility.crime_not_arrested": False})
    assert "T-FLAG-I192" not in _t_flags(**{"admissibility.witnessed_killing": True})
