"""The screens' plain controllers, driven with no widget at all (Mu style)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from casefile.models import AnswerStatus
from desktop.assessment_logic import assess_profile, deadline_when
from desktop.interview_logic import AnswerInvalid, InterviewController, parse_answer

from .fakes import fake_assess, fake_factory


def test_interview_controller_without_a_window(demo: Any) -> None:
    saves: list[int] = []
    ctl = InterviewController(
        demo, reliefs=("t_visa",), session_factory=fake_factory, save=lambda: saves.append(1)
    )
    assert ctl.prompt() == "Were you lied to about the job?"
    ctl.language = "es"
    assert ctl.prompt() == "¿Le mintieron sobre el trabajo?"
    with pytest.raises(AnswerInvalid):
        ctl.answer(None)
    ctl.answer(True)
    ctl.skip()
    assert ctl.needs_warning() and ctl.content_warning() == "Esta pregunta trata de violencia."
    ctl.acknowledge_warning()
    assert not ctl.needs_warning()
    ctl.pause()
    ctl.decline()  # ignored while paused
    assert "fake.harm" not in demo.answers
    ctl.resume()
    ctl.decline()
    assert demo.answers["fake.harm"].status == AnswerStatus.DECLINED.value
    assert ctl.history == [("q_fraud", "answered"), ("q_start", "skipped"), ("q_harm", "declined")]
    assert [(p.relief, p.done, p.total) for p in ctl.progress()] == [("t_visa", 3, 4)]
    assert ctl.choices() == [("threats", "Amenazas"), ("debt", "Una deuda")]
    assert ctl.set_note("q_means", "Ask with the interpreter") is True
    assert ctl.note_for("q_means") == "Ask with the interpreter"
    assert ctl.set_note("q_means", "Ask with the interpreter") is False
    assert len(saves) >= 5


def test_parse_answer_types() -> None:
    assert parse_answer("yes_no", False) is False
    assert parse_answer("date", "05/14/2021") == dt.date(2021, 5, 14)
    assert parse_answer("int", " 3 ") == 3
    assert parse_answer("multi_choice", ["a"]) == ["a"]
    with pytest.raises(AnswerInvalid):
        parse_answer("text", "   ")
    with pytest.raises(AnswerInvalid):
        parse_answer("choice", None)


def test_assessment_rows_without_a_window(demo: Any) -> None:
    (rv,) = assess_profile(demo, ["t_visa"], assess=fake_assess)
    assert [e.status for e in rv.elements] == ["unknown", "met", "unknown"]
    assert rv.resolving_questions() == ["q_fraud", "q_police"]
    assert not rv.elements[1].verified and rv.elements[0].verified
    assert (rv.deadlines[0].detail, rv.deadlines[0].days_left) == ("2022-05-14", -1295)
    assert deadline_when(-1295) == "(passed 1295 days ago)"
    assert deadline_when(0) == "(0 days left)"
    assert deadline_when(-2, "{n}", "hace {n} días") == "hace 2 días"


def test_real_assessment_rows_have_cites(demo: Any) -> None:
    views = assess_profile(demo, ["t_visa", "u_visa"], today=dt.date(2026, 11, 29))
    for rv in views:
        assert rv.elements
        for e in rv.elements:
            assert e.cites, f"{rv.relief} {e.id} has no citation"
            assert e.last_reviewed
            assert e.verify_status in ("ok", "VERIFY", "stale")
