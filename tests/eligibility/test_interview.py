"""InterviewSession: asks only what matters; skip / later / decline leave facts unknown."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.models import AnswerStatus
from eligibility import InterviewError, UnknownRelief
from eligibility.interview import InterviewSession
from facts import UNKNOWN, FactView
from tests.eligibility.helpers import ADULT, LABOR_EPISODE, TODAY, make_profile

#: A sex-trafficking episode: the client's age at it decides the MEANS question, so DOB matters.
SEX_EPISODE = {"kind": "sex_trafficking", "start_date": dt.date(2021, 1, 1)}


def session(profile=None, reliefs=("t_visa",), **kw):  # type: ignore[no-untyped-def]
    return InterviewSession(profile or make_profile(), list(reliefs), TODAY, **kw)


def test_skip_later_decline_record_the_reason_and_leave_unknown() -> None:
    s = session(make_profile(episodes=[LABOR_EPISODE]))
    seen = []
    for action in ("skip", "ask_later", "decline"):
        q = s.current
        assert q is not None
        seen.append(q)
        getattr(s, action)()
    view = FactView(s.profile, today=TODAY)
    for q, status in zip(
        seen, (AnswerStatus.SKIPPED, AnswerStatus.ASK_LATER, AnswerStatus.DECLINED), strict=True
    ):
        assert view.get(q.fact) is UNKNOWN
        assert view.status(q.fact) is status
        assert s.profile.answers[q.fact].question_id == q.id
    assert len({q.id for q in seen}) == 3  # each moved on


def test_decline_clears_a_column_fact_and_is_not_asked_again() -> None:
    s = session(make_profile(client={"date_of_birth": None}, episodes=[SEX_EPISODE]))
    _skip_to(s, "q_dob")
    s.decline("not today")
    assert s.profile.client.date_of_birth is None
    assert s.profile.answers["client.date_of_birth"].note == "not today"
    again = InterviewSession(s.profile, ["t_visa"], TODAY)
    assert all(q.id != "q_dob" for q in _drain(again)), (
        "a declined question is not asked again in a new session"
    )


def _skip_to(s: InterviewSession, qid: str) -> None:
    """Skip the questions before ``qid`` (the order follows the rules, which issue 14 changed)."""
    for _ in range(50):
        q = s.current
        assert q is not None, f"{qid} was never asked"
        if q.id == qid:
            return
        s.skip()
    raise AssertionError(f"{qid} not reached")


def _drain(s: InterviewSession, limit: int = 200) -> list:  # type: ignore[type-arg]
    out = []
    while (q := s.current) is not None and len(out) < limit:
        out.append(q)
        s.skip()
    return out


def test_next_question_only_asks_what_matters(demo) -> None:
    # The demo's T screening is settled: a quick screen asks nothing for T; the full
    # interview goes on to the story (neutral questions first)
    assert session(demo, decide_only=True).current is None
    first = session(demo).current
    assert first is not None and first.purpose == "evidence" and not first.sensitive
    # For asylum only asylum-relevant unknowns are asked, none already answered.
    asked = _drain(session(demo, reliefs=("asylum_psg",)))
    ids = {q.id for q in asked}
    assert "q_a_fears" not in ids  # answered in the demo
    assert "q_h_age" not in ids  # T hardship: irrelevant to asylum
    assert {"q_a_psg", "q_a_held"} <= ids
    # decide only: once a fact settles an element, its sibling questions drop out
    s = session(make_profile(client=ADULT, episodes=[LABOR_EPISODE]), reliefs=("t_visa",))
    quick = [
        q.id
        for q in _drain(
            session(make_profile(client=ADULT, episodes=[LABOR_EPISODE]), decide_only=True)
        )
    ]
    assert "q_fraud" not in quick  # T-E1 is already met from the recorded episode
    assert "q_h_age" in quick
    assert s.current is not None
    # the full interview still gathers the story of the decided element (issue 23)
    full = [q.id for q in _drain(session(make_profile(client=ADULT, episodes=[LABOR_EPISODE])))]
    assert {"q_fraud", "q_debt_owed", "q_iso_phone", "q_narrative"} <= set(full)
    assert "q_h_age" in full and len(full) > len(quick)


def test_ask_if_gates_follow_up_questions() -> None:
    s = session(make_profile(client=ADULT, episodes=[LABOR_EPISODE]))
    asked = [q.id for q in _drain(s)]
    assert "q_control_others" in asked and "q_control_coerced" not in asked
    s2 = session(make_profile(client=ADULT, episodes=[LABOR_EPISODE]))
    while s2.current is not None and s2.current.id != "q_control_others":
        s2.skip()
    s2.answer(True)
    rest = [q.id for q in _drain(s2)]
    assert "q_control_coerced" in rest


def test_ask_later_comes_back_once_at_the_end() -> None:
    s = session(make_profile(client=ADULT, episodes=[LABOR_EPISODE]))
    first = s.current
    assert first is not None
    s.ask_later()
    asked = []
    while (q := s.current) is not None:
        asked.append(q.id)
        if q.id == first.id:
            s.ask_later()  # deferred again: not repeated in this session
        else:
            s.skip()
    assert asked.count(first.id) == 1 and asked[-1] == first.id


def test_answer_types_back_and_progress() -> None:
    s = session(
        make_profile(client={"date_of_birth": None}, episodes=[SEX_EPISODE]), reliefs=("t_visa",)
    )
    _skip_to(s, "q_dob")
    with pytest.raises(InterviewError, match="q_dob"):
        s.answer("sometime")
    s.answer("2004-03-02")
    assert s.profile.client.date_of_birth == dt.date(2004, 3, 2)
    nxt = s.current
    assert nxt is not None and nxt.id != "q_dob"
    assert s.back() is not None and s.current is not None and s.current.id == "q_dob"
    s.answer(dt.date(2005, 3, 2))
    assert s.profile.client.date_of_birth == dt.date(2005, 3, 2)
    prog = s.progress()["t_visa"]
    # under 18 at the sex-trafficking episode: the T-E3a minor exemption settles T-E3 alone
    assert (prog.total, prog.done) == (6, 1) and prog.percent == 17
    yes_no = next(q for q in _until(s, "yes_no"))
    with pytest.raises(InterviewError):
        s.answer("yes")
    s.answer(True)
    assert s.profile.answers[yes_no.fact].value is True


def _until(s: InterviewSession, kind: str):  # type: ignore[no-untyped-def]
    while (q := s.current) is not None:
        if q.type == kind:
            yield q
            return
        s.skip()


def test_group_answer_adds_rows_or_records_none() -> None:
    s = session(make_profile(client=ADULT), reliefs=("vacatur",))
    assert s.current is not None and s.current.id == "q_arrests"
    s.answer([{"state": "NY", "offense_category": "prostitution", "disposition": "convicted"}])
    assert [r.state for r in s.profile.rows("arrests")] == ["NY"]  # type: ignore[attr-defined]
    s2 = session(make_profile(client=ADULT), reliefs=("vacatur",))
    s2.answer(None)  # "none"
    assert s2.current is None  # vacatur now does not apply: nothing else to ask
    with pytest.raises(InterviewError):
        session(make_profile(), reliefs=("vacatur",)).answer([{"colour": "red"}])


def test_spanish_prompts_and_content_warnings() -> None:
    s = session(make_profile(client=ADULT), language="es")
    q = next(q for q in _until_sensitive(s))
    assert s.prompt() == q.prompt_es
    assert s.needs_content_warning
    assert s.content_warning() == q.content_warning_es
    s.acknowledge_warning()
    assert not s.needs_content_warning


def _until_sensitive(s: InterviewSession):  # type: ignore[no-untyped-def]
    while (q := s.current) is not None:
        if q.sensitive and q.content_warning_en:
            yield q
            return
        s.skip()


def test_focus_asks_chosen_questions_first_and_unknown_relief_fails() -> None:
    s = session(make_profile(client=ADULT))
    s.focus(["q_h_unrest", "q_h_age"])
    assert s.current is not None and s.current.id == "q_h_unrest"
    s.answer(False)
    assert s.current is not None and s.current.id == "q_h_age"
    with pytest.raises(UnknownRelief):
        session(reliefs=("green_card",))


def _sample(q):  # type: ignore[no-untyped-def]
    if q.type == "yes_no":
        return True
    if q.type == "date":
        return dt.date(2022, 2, 28)
    if q.type == "choice":
        return q.choices[-1].value
    if q.type == "multi_choice":
        return [c.value for c in q.choices[:2]]
    if q.type == "int":
        return 3
    if q.type == "group":
        return []
    return "In my own words"


def test_every_question_writes_a_value_the_fact_view_reads_back() -> None:
    from eligibility import load_rules

    for q in load_rules().questions.values():
        s = session(make_profile())
        s.focus([q.id])
        assert s.current is not None and s.current.id == q.id
        value = _sample(q)
        s.answer(value)
        view = FactView(s.profile, today=TODAY)
        got = view.get(q.fact)
        if q.type == "group":
            assert got == [] and view.status(q.fact) is AnswerStatus.ANSWERED, q.id
        else:
            assert got == value, (q.id, got, value)
            assert view.status(q.fact) is AnswerStatus.ANSWERED, q.id
