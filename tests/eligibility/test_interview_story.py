"""The interview gathers the story, not only the elements (issue 23), and reuses the last
element results between questions (issue 20 item 5). Fictional answers only.

- decide / evidence / both: evidence is asked while its element is in play, even once decided,
  unless "decide only"; indicator answers appear with the element in the assessment;
- neutral migration and livelihood questions come before any question about harm, then the
  optional free narrative (``narrative.free_account``);
- every TVIT topic has a question asked in a T and in a CP interview where trafficking is in play;
- no written question is unreachable (property test over random answer sets);
- the incremental next question equals a full re-evaluation, question by question.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefile.models import AnswerStatus
from eligibility import assess_all, load_rules
from eligibility.interview import NARRATIVE_FACT, OPENING, InterviewSession
from eligibility.registry import relief_ids
from eligibility.schema import Question
from eligibility.scripted import scripted_answer
from facts import FactView
from tests.eligibility.helpers import ADULT, LABOR_EPISODE, TODAY, make_profile

#: The topics of the Vera Institute's Trafficking Victim Identification Tool (2014).
TVIT_TOPICS = (
    "migration",
    "country_of_origin",
    "reason_for_moving",
    "fraud",
    "coercion",
    "unfair_labour_practices",
    "sexual_exploitation",
    "isolation",
    "physical_harm",
    "working_and_living_conditions",
)

#: One fictional row per repeating group, for answers that add a row.
SAMPLE_ROWS: dict[str, dict[str, Any]] = {
    "episodes": dict(LABOR_EPISODE),
    "arrests": {
        "arrest_date": dt.date(2022, 9, 3),
        "state": "NY",
        "offense_category": "prostitution",
        "disposition": "convicted",
        "trafficking_related": True,
    },
    "family": {
        "relationship": "sibling",
        "given_name": "Ana",
        "date_of_birth": dt.date(2010, 1, 5),
        "in_danger_of_retaliation": True,
    },
    "le_contacts": {
        "agency": "Fictional County Police",
        "agency_level": "local",
        "contact_date": dt.date(2022, 1, 10),
        "event": "report",
        "request_made": "interview",
        "client_response": "complied",
    },
    "certifications": {
        "form": "I-918B",
        "agency": "Fictional County Police",
        "signed_date": dt.date(2026, 9, 1),
        "status": "signed",
    },
    "cp_requests": {"agency": "HSI", "status": "asked_agency"},
}
#: A second row for some groups, so random answers also reach what only they open.
OTHER_ROWS: dict[str, dict[str, Any]] = {
    "episodes": {
        "kind": "crime",
        "start_date": dt.date(2018, 5, 1),
        "end_date": dt.date(2018, 9, 1),
        "in_us": False,
        "country": "Fictionland",
        "crime_types": ["domestic_violence"],
    },
    "arrests": {"arrest_date": dt.date(2015, 2, 1), "state": "CA", "disposition": "pending"},
}


def sample(q: Question, yes: bool) -> Any:
    """The all-yes / all-no answer, adding the group's SAMPLE_ROWS row on all-yes."""
    return scripted_answer(q, yes, SAMPLE_ROWS)


Choose = Callable[[Question], Any]  # a value, or "skip" / "later" / "decline"


def drive(s: InterviewSession, choose: Choose, limit: int = 400) -> list[str]:
    """Run the interview to its end; the ids asked, in order. Fails if a question is asked
    twice (other than one "ask later" return) or the interview does not end."""
    asked: list[str] = []
    while (q := s.current) is not None:
        assert len(asked) < limit, f"the interview does not end: {asked[-10:]}"
        again = asked.count(q.id)
        assert again == 0 or (again == 1 and q.id in s.later), f"{q.id} asked twice"
        asked.append(q.id)
        value = choose(q)
        if value == "skip":
            s.skip()
        elif value == "later":
            s.ask_later()
        elif value == "decline":
            s.decline()
        else:
            s.answer(value)
    return asked


def run(reliefs: tuple[str, ...], yes: bool, **kw: Any) -> list[str]:
    s = InterviewSession(make_profile(), list(reliefs), TODAY, **kw)
    return drive(s, lambda q: sample(q, yes))


def answer_strategy(q: Question) -> st.SearchStrategy[Any]:
    unknown = st.sampled_from(["skip", "later", "decline"])
    if q.type == "yes_no":
        return st.one_of(st.booleans(), st.booleans(), unknown)
    if q.type == "group":
        group = q.fact[:-2]
        rows = [[dict(r[group])] for r in (SAMPLE_ROWS, OTHER_ROWS) if group in r]
        return st.sampled_from([[], *rows, *rows, "skip"])
    if q.type == "choice":
        return st.one_of(st.sampled_from([c.value for c in q.choices]), unknown)
    if q.type == "multi_choice":
        values = [c.value for c in q.choices]
        return st.lists(st.sampled_from(values), min_size=1, max_size=2, unique=True)
    if q.type == "date":
        return st.sampled_from([dt.date(1990, 6, 1), dt.date(2009, 2, 1), dt.date(2026, 1, 5)])
    return st.one_of(st.just(sample(q, True)), unknown)


# ---------------------------------------------------------------------------------------------
# Two purposes, one interview
# ---------------------------------------------------------------------------------------------


def test_every_question_has_a_purpose_its_data_supports() -> None:
    rules = load_rules()
    elements = {(r, e.id) for r, rr in rules.reliefs.items() for e in rr.elements}
    flows = {qid for f in rules.flows.values() for qid in f.questions}
    for q in rules.questions.values():
        if q.gathers_evidence:
            assert q.evidence_for, f"{q.id}: evidence for what?"
        for target in q.evidence_for:
            relief, _, element = target.partition("/")
            assert relief in rules.reliefs, (q.id, target)
            assert not element or (relief, element) in elements, (q.id, target)
        if q.purpose not in ("form", "retired"):
            assert q.id in flows, f"{q.id} is in no flow"
    tagged = {t for q in rules.questions.values() for t in q.topics}
    assert tagged <= set(TVIT_TOPICS), tagged - set(TVIT_TOPICS)


def test_evidence_is_asked_after_the_element_is_decided_unless_decide_only() -> None:
    full = run(("t_visa",), yes=True)
    quick = run(("t_visa",), yes=True, decide_only=True)
    # all yes: T-E1 is met after the first few answers; the full interview still asks the rest
    # of the story, the quick screen does not
    for qid in ("q_threats", "q_restraint", "q_scheme", "q_legal_process"):
        assert qid in full and qid not in quick, qid
    for qid in ("q_debt_owed", "q_debt_grew", "q_documents_taken", "q_narrative"):
        assert qid in full and qid not in quick, qid
    assert set(quick) < set(full)
    # switching "decide only" on in the middle stops the evidence questions at once
    s = InterviewSession(make_profile(client=ADULT, episodes=[LABOR_EPISODE]), ["t_visa"], TODAY)
    while s.current is not None and s.current.purpose != "evidence":
        s.skip()
    assert s.current is not None and s.current.id == "q_m_country"
    s.decide_only = True
    assert s.current is not None and s.current.decides


def test_an_answered_evidence_question_is_not_asked_again() -> None:
    profile = make_profile(answers={"trafficking.debt_owed": True})
    asked = run_on(profile, ("t_visa",))
    assert "q_debt_owed" not in asked and "q_debt_grew" in asked  # its follow-up is


def run_on(profile: Any, reliefs: tuple[str, ...]) -> list[str]:
    return drive(InterviewSession(profile, list(reliefs), TODAY), lambda q: sample(q, True))


def test_evidence_is_not_asked_when_its_relief_is_not_chosen_or_does_not_apply() -> None:
    u_only = run(("u_visa",), yes=True)
    assert "q_debt_owed" not in u_only and "q_iso_phone" not in u_only
    assert "q_narrative" in u_only
    # vacatur with no arrests does not apply: no narrative for it
    s = InterviewSession(make_profile(client=ADULT), ["vacatur"], TODAY)
    assert s.current is not None and s.current.id == "q_arrests"
    s.answer([])
    assert s.current is None


def test_indicator_answers_appear_with_the_element_in_the_assessment() -> None:
    profile = make_profile(
        client=ADULT,
        answers={
            "trafficking.debt_owed": True,
            "trafficking.isolation.phone_taken": True,
            "trafficking.pay_withheld": False,  # a "no" is not evidence of anything
            "migration.journey_paid_by": "loan_to_repay",
            "migration.promised": "A job in a bakery with a room and fair pay.",
        },
    )
    t1 = assess_all(FactView(profile, today=TODAY), reliefs=["t_visa"])["t_visa"].element("T-E1")
    shown = "\n".join(t1.indicators)
    assert "trafficking.debt_owed = yes" in shown
    assert "trafficking.isolation.phone_taken = yes" in shown
    assert "migration.journey_paid_by = loan_to_repay" in shown
    assert "trafficking.pay_withheld" not in shown
    assert "migration.promised" in shown and "bakery" not in shown  # the words stay in the file
    assert "(recorded, 11 words)" in shown
    data = assess_all(FactView(profile, today=TODAY), reliefs=["t_visa"])["t_visa"].to_dict()
    assert data["elements"][0]["indicators"] == list(t1.indicators)
    # an element the questions do not name lists nothing
    t2 = assess_all(FactView(profile, today=TODAY), reliefs=["t_visa"])["t_visa"].element("T-E2")
    assert t2.indicators == ()


# ---------------------------------------------------------------------------------------------
# Neutral first, then the narrative, then the structured questions
# ---------------------------------------------------------------------------------------------


#: The neutral migration and livelihood questions: how the client came, who arranged and paid,
#: whether anyone was owed, why they left, what they were promised, how they support themselves.
NEUTRAL = (
    "q_m_country",
    "q_m_why_left",
    "q_m_promised",
    "q_m_journey",
    "q_m_arranged_by",
    "q_m_paid_by",
    "q_debt_owed",
    "q_livelihood",
)


def test_neutral_questions_then_the_narrative_come_before_any_question_about_harm() -> None:
    for relief in ("t_visa", "continued_presence"):
        for yes in (True, False):
            asked = run((relief,), yes=yes)
            rules = load_rules()
            first_harm = next(
                i
                for i, qid in enumerate(asked)
                if rules.questions[qid].sensitive and qid not in NEUTRAL
            )
            assert asked[first_harm] == "q_narrative", (relief, yes, asked)
            before = asked[:first_harm]
            for qid in NEUTRAL:
                assert qid in before, (relief, yes, qid, before)
            narrative = asked.index("q_narrative")
            structured = [
                asked.index(q) for q in ("q_arranged_work", "q_fraud", "q_force") if q in asked
            ]
            assert structured and narrative < min(structured), (relief, asked)


def test_the_narrative_is_stored_as_an_interview_fact_and_can_be_skipped() -> None:
    s = InterviewSession(make_profile(client=ADULT), ["u_visa"], TODAY)
    while s.current is not None and s.current.fact != NARRATIVE_FACT:
        s.skip()
    assert s.current is not None and s.needs_content_warning  # offered, never pressed for
    words = "They told me I would cook.\nI could not leave the house."
    s.answer(words)
    ans = s.profile.answers[NARRATIVE_FACT]
    assert (ans.value, ans.question_id) == (words, "q_narrative")
    s2 = InterviewSession(make_profile(client=ADULT), ["u_visa"], TODAY)
    while s2.current is not None and s2.current.fact != NARRATIVE_FACT:
        s2.skip()
    s2.decline()
    assert s2.profile.answers[NARRATIVE_FACT].status == AnswerStatus.DECLINED.value


def test_prompts_ask_about_conduct_not_labels() -> None:
    banned = ("trafficker", "trafficked", "victim", "prostitut", "tratante", "víctima")
    for q in load_rules().questions.values():
        if q.prompt_en.startswith("For counsel") or q.prompt_es.startswith("Para el abogado"):
            continue  # attorney-facing
        for text in (
            q.prompt_en,
            q.prompt_es,
            q.content_warning_en or "",
            q.content_warning_es or "",
        ):
            assert not any(b in text.lower() for b in banned), (q.id, text)
    # the trafficking questions no longer assume it was "work"
    for qid in ("q_arranged_work", "q_fraud", "q_forced_work", "q_debt_owed", "q_debt_grew"):
        q = load_rules().questions[qid]
        assert " work" not in q.prompt_en.lower().replace("work permit", ""), q.prompt_en


# ---------------------------------------------------------------------------------------------
# The safe-to-talk opening
# ---------------------------------------------------------------------------------------------


def test_the_opening_checklist_is_recorded_with_the_interview() -> None:
    s = InterviewSession(make_profile(client=ADULT), ["t_visa"], TODAY, language="es")
    record = s.record_opening(
        {"private": True, "interpreter": True, "gender": "woman", "explained": True,
         "may_stop": False, "needs_checked": True, "needs": ["medical", "safety", "pizza"]}
    )  # fmt: skip
    assert record.concerns == (next(i.label for i in OPENING if i.id == "may_stop"),)
    assert record.immediate_needs == ("safety", "medical") and record.pause_for_needs
    view = FactView(s.profile, today=TODAY)
    assert view.get("interview.opening.private_setting") is True
    assert view.get("interview.opening.may_stop_explained") is False
    assert view.get("interview.opening.interviewer_gender") == "woman"
    assert view.get("interview.opening.immediate_needs") == ["safety", "medical"]
    assert view.get("interview.opening.date") == TODAY
    assert {a.question_id for f, a in s.profile.answers.items() if f.startswith("interview.")} == {
        "opening"
    }
    # every item says what to tell the client in both languages where it speaks to them
    for item in OPENING:
        assert bool(item.say_en) == bool(item.say_es), item.id
    nothing = InterviewSession(make_profile(), ["t_visa"], TODAY).record_opening({})
    assert len(nothing.concerns) == sum(1 for i in OPENING if i.kind == "check")
    assert not nothing.pause_for_needs


# ---------------------------------------------------------------------------------------------
# Measured: TVIT coverage, reachability, length
# ---------------------------------------------------------------------------------------------


def test_every_tvit_topic_is_asked_in_a_t_and_a_cp_interview_where_trafficking_is_in_play() -> None:
    rules = load_rules()
    for relief in ("t_visa", "continued_presence"):
        for yes in (True, False):  # trafficking indicated, or every indicator answered no
            asked = run((relief,), yes=yes)
            covered = {t for qid in asked for t in rules.questions[qid].topics}
            missing = [t for t in TVIT_TOPICS if t not in covered]
            assert not missing, (relief, yes, missing)


def test_no_written_question_is_unreachable_in_every_flow() -> None:
    """Over random answer sets (yes / no / skip / later / decline, rows or none) in each relief's
    flow, plus all-yes and all-no, every question that is not a form detail (asked on request)
    or retired is asked at least once."""
    rules = load_rules()
    reached: set[str] = set()
    for relief in relief_ids():
        for yes in (True, False):
            reached.update(run((relief,), yes=yes))
            reached.update(run((relief,), yes=yes, decide_only=True))

    @settings(
        max_examples=12,
        derandomize=True,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.data(), st.booleans())
    def explore(data: st.DataObject, decide_only: bool) -> None:
        for relief in relief_ids():
            s = InterviewSession(make_profile(), [relief], TODAY, decide_only=decide_only)
            reached.update(drive(s, lambda q: data.draw(answer_strategy(q), label=q.id)))

    explore()
    # Questions gated on a profile column no question asks (removal proceedings is set in the
    # profile editor) are reached from a profile that has it.
    in_court = make_profile(client={"in_removal_proceedings": True})
    for relief in relief_ids():
        s = InterviewSession(in_court, [relief], TODAY)
        reached.update(drive(s, lambda q: sample(q, True)))
    expected = {q.id for q in rules.questions.values() if q.purpose not in ("form", "retired")}
    assert not expected - reached, sorted(expected - reached)


def test_interview_length_all_yes_and_all_no(summary_line: Callable[[str], None]) -> None:
    lengths: dict[str, int] = {}
    for label, reliefs in (
        ("T", ("t_visa",)),
        ("T+U", ("t_visa", "u_visa")),
        ("all", relief_ids()),
    ):
        for yes in (True, False):
            for quick in (False, True):
                key = f"{label} all-{'yes' if yes else 'no'}{' decide-only' if quick else ''}"
                lengths[key] = len(run(reliefs, yes=yes, decide_only=quick))
    line = "interview length: " + ", ".join(f"{k} {v}" for k, v in lengths.items())
    summary_line(line)
    print(line)
    for label in ("T", "T+U", "all"):
        for answer in ("yes", "no"):
            assert lengths[f"{label} all-{answer}"] > lengths[f"{label} all-{answer} decide-only"]


# ---------------------------------------------------------------------------------------------
# Issue 20 item 5: the reused results equal a full re-evaluation
# ---------------------------------------------------------------------------------------------


@settings(max_examples=10, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
@given(st.data())
def test_incremental_next_question_equals_a_full_re_evaluation(data: st.DataObject) -> None:
    reliefs = list(relief_ids())
    fast = InterviewSession(make_profile(), reliefs, TODAY)
    slow = InterviewSession(make_profile(), reliefs, TODAY, incremental=False)
    steps = 0
    while (q := fast.current) is not None and steps < 60:
        other = slow.current
        assert other is not None and other.id == q.id, (steps, q.id, other)
        value = data.draw(answer_strategy(q), label=q.id)
        for s in (fast, slow):
            if value in ("skip", "later", "decline"):
                {"skip": s.skip, "later": s.ask_later, "decline": s.decline}[value]()
            else:
                s.answer(value)
        steps += 1
        assert fast.progress() == slow.progress()
    full = assess_all(FactView(fast.profile, today=TODAY), reliefs=reliefs)
    for relief, a in full.items():
        assert list(fast.element_results(relief).values()) == a.elements, relief


def test_the_terminal_assessment_lists_what_the_interview_recorded() -> None:
    from eligibility.cli import format_assessment

    profile = make_profile(client=ADULT, answers={"trafficking.documents_taken": True})
    text = format_assessment(assess_all(FactView(profile, today=TODAY))["t_visa"])
    assert "recorded: trafficking.documents_taken = yes" in text
    assert text.count("recorded:") == 1


def test_a_both_question_says_whether_it_still_decides() -> None:
    s = InterviewSession(make_profile(client=ADULT), ["t_visa"], TODAY)
    threats = s.question("q_threats")
    assert s.asked_for(threats) == "decide"  # T-E1 is open: the answer could settle it
    s.profile.set_answer("trafficking.means.fraud", True)
    s.profile.set_answer("trafficking.someone_arranged_work_or_travel", True)
    s.profile.set_answer("trafficking.purpose.forced_work", True)
    s.refresh()
    assert s.element_results("t_visa")["T-E1"].status in ("met", "likely_met")
    assert s.asked_for(threats) == "evidence"  # decided: now it is more about this
    assert s.asked_for(s.question("q_h_age")) == "decide"
