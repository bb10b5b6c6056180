"""The interview screen: the safe-to-talk opening card comes first and is recorded, one
question at a time, skip / ask later / prefers not to say are recorded with their reason,
content warnings come first, pause hides the question (and holds it for immediate needs), notes
are kept per question, prompts switch language, Enter answers, "decide only" drops the story
questions, and the free-narrative step is marked and stored."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Qt

from casefile.models import AnswerStatus
from desktop.interview_view import InterviewView

from .fakes import fake_factory


def _view(qtbot: Any, demo: Any, saves: list[int] | None = None) -> InterviewView:
    saves = saves if saves is not None else []
    view = InterviewView(
        demo,
        save=lambda: saves.append(1),
        reliefs=("t_visa", "u_visa"),
        today=dt.date(2026, 11, 29),
        session_factory=fake_factory,
        opening=False,
    )
    qtbot.addWidget(view)
    view.show()
    return view


def test_buttons_record_answer_skip_later_decline(qtbot: Any, demo: Any) -> None:
    saves: list[int] = []
    view = _view(qtbot, demo, saves)
    assert view.prompt.text() == "Were you lied to about the job?"
    assert view.bars["t_visa"].value() == 0 and view.bars["t_visa"].maximum() == 4
    view.yes.setChecked(True)
    view.answer_button.click()
    assert demo.answers["fake.fraud"].value is True
    assert view.prompt.text() == "When did the work start?"
    assert view.bars["t_visa"].value() == 1
    view.skip_button.click()
    assert demo.answers["fake.start"].status == AnswerStatus.SKIPPED.value
    # a sensitive question: the warning comes first, the question is hidden behind it
    assert view.card.currentWidget() is view.warning_page
    assert view.warning_text.text() == "This question is about violence."
    view.warning_continue.click()
    assert view.card.currentWidget() is view.question_page
    view.later_button.click()
    assert demo.answers["fake.harm"].status == AnswerStatus.ASK_LATER.value
    view.decline_button.click()
    assert demo.answers["fake.means"].status == AnswerStatus.DECLINED.value
    assert demo.answers["fake.means"].value is None
    assert len(saves) == 4  # saved after every step
    assert view.bars["u_visa"].value() == 1 and view.bars["u_visa"].maximum() == 2


def test_invalid_answer_shows_a_message_and_stays(qtbot: Any, demo: Any) -> None:
    view = _view(qtbot, demo)
    view.answer_button.click()  # nothing chosen for a yes/no question
    assert "Yes or No" in view.error.text()
    assert view.prompt.text() == "Were you lied to about the job?"
    view.no.setChecked(True)
    view.answer_button.click()
    view.line.setText("2021-13-01")
    view.answer_button.click()
    assert "year-month-day" in view.error.text()
    view.line.setText("2021-03-01")
    view.answer_button.click()
    assert demo.answers["fake.start"].value == dt.date(2021, 3, 1)


def test_keyboard_only_enter_answers(qtbot: Any, demo: Any) -> None:
    view = _view(qtbot, demo)
    view.activateWindow()
    qtbot.keyClick(view.yes, Qt.Key.Key_Space)  # choose Yes from the keyboard
    assert view.yes.isChecked()
    qtbot.keyClick(view.yes, Qt.Key.Key_Return)
    assert demo.answers["fake.fraud"].value is True
    qtbot.keyClicks(view.line, "2021-03-01")
    qtbot.keyClick(view.line, Qt.Key.Key_Return)
    assert demo.answers["fake.start"].value == dt.date(2021, 3, 1)
    assert view.card.currentWidget() is view.warning_page
    qtbot.keyClick(view.warning_continue, Qt.Key.Key_Return)  # Enter continues
    assert view.card.currentWidget() is view.question_page
    # tab order reaches every action button
    order = []
    stops = []
    view.text.setFocus()
    for _ in range(30):
        view.focusNextChild()  # what Tab does
        focused = view.focusWidget()
        order.append(focused.objectName() if focused else "")
        stops.append(focused)
    for name in ("skip", "later", "decline", "answer"):
        assert name in order
    assert view.card_scroll not in stops  # the card's scroll area is no Tab stop of its own


def test_spanish_prompt_pause_and_notes(qtbot: Any, demo: Any) -> None:
    view = _view(qtbot, demo)
    view.prompt_language.setCurrentIndex(1)
    assert view.prompt.text() == "¿Le mintieron sobre el trabajo?"
    # the answers the client reads follow the prompt language, not the attorney's UI
    assert (view.yes.text(), view.no.text()) == ("&Sí", "&No")
    view._setup_input(SimpleNamespace(type="date"))
    assert view.line.placeholderText() == "AAAA-MM-DD"
    view.prompt_language.setCurrentIndex(0)
    assert (view.yes.text(), view.no.text()) == ("&Yes", "N&o")
    view._setup_input(SimpleNamespace(type="date"))
    assert view.line.placeholderText() == "YYYY-MM-DD"
    view.prompt_language.setCurrentIndex(1)
    view.notes.setPlainText("Client hesitated; revisit with interpreter.")
    view.pause_button.click()
    assert view.card.currentWidget() is view.paused_label
    assert not view.prompt.isVisible()
    view.skip_button.click()  # ignored while paused
    assert "fake.fraud" not in demo.answers
    view.pause_button.click()
    assert view.prompt.isVisible()
    view.yes.setChecked(True)
    view.answer_button.click()
    notes = [(n.topic, n.body) for n in demo.rows("notes")]
    assert ("q_fraud", "Client hesitated; revisit with interpreter.") in notes
    assert view.notes.toPlainText() == ""  # the next question has its own notes
    view.back_button.click()
    assert view.notes.toPlainText() == "Client hesitated; revisit with interpreter."


def test_done_after_last_question(qtbot: Any, demo: Any) -> None:
    view = _view(qtbot, demo)
    finished: list[bool] = []
    view.finished.connect(lambda: finished.append(True))
    for _ in range(5):
        view.continue_after_warning()
        view.skip_button.click()
    assert view.card.currentWidget() is view.done_page
    view.to_assessment.click()
    assert finished == [True]


def _real(qtbot: Any, profile: Any, reliefs: tuple[str, ...], saves: list[int]) -> InterviewView:
    view = InterviewView(
        profile,
        save=lambda: saves.append(1),
        reliefs=reliefs,
        today=dt.date(2026, 11, 29),
    )
    qtbot.addWidget(view)
    view.show()
    return view


def _fictional(**client: Any) -> Any:
    from casefile.models import Client
    from casefile.profile import Profile

    return Profile(client=Client(**client))


def test_opening_card_comes_first_and_is_recorded(qtbot: Any) -> None:
    saves: list[int] = []
    profile = _fictional(date_of_birth=dt.date(1990, 6, 1))
    view = _real(qtbot, profile, ("t_visa",), saves)
    assert view.card.currentWidget() is view.opening_page
    assert not view.prompt.isVisible() and not view.notes.isEnabled()
    assert view.opening_concerns.text()  # nothing confirmed yet
    assert "alone" in view.opening_checks["private"].text()
    assert "stop" in view.opening_say["may_stop"].text()
    view.prompt_language.setCurrentIndex(1)  # what to say follows the prompt language
    assert "parar" in view.opening_say["may_stop"].text()
    for box in view.opening_checks.values():
        box.setChecked(True)
    assert view.opening_concerns.text() == ""
    view.opening_gender.setCurrentIndex(view.opening_gender.findData("woman"))
    view.opening_needs["shelter"].setChecked(True)
    qtbot.keyClick(view.opening_start, Qt.Key.Key_Return)  # Enter starts
    answers = profile.answers
    assert answers["interview.opening.private_setting"].value is True
    assert answers["interview.opening.interviewer_gender"].value == "woman"
    assert answers["interview.opening.immediate_needs"].value == ["shelter"]
    assert answers["interview.opening.private_setting"].question_id == "opening"
    assert saves == [1]
    # a need found at the opening: the interview waits, paused, saying why
    assert view.card.currentWidget() is view.paused_label
    assert "shelter" in view.paused_label.text()
    view.pause_button.click()  # Resume
    assert view.card.currentWidget() in (view.question_page, view.warning_page)
    assert view.ctl.question is not None
    view.continue_after_warning()
    assert view.notes.isEnabled()


def test_decide_only_drops_the_story_questions(qtbot: Any) -> None:
    from tests.eligibility.helpers import LABOR_EPISODE

    profile = _fictional(date_of_birth=dt.date(1990, 6, 1), last_arrival_date=dt.date(2019, 4, 2))
    profile.add("episodes", **LABOR_EPISODE)
    view = _real(qtbot, profile, ("t_visa",), [])
    view.start_interview()
    while view.ctl.question is not None and view.ctl.step() != "evidence":
        view.skip_button.click()
    q = view.ctl.question
    assert q is not None and q.id == "q_m_country"
    assert view.step_label.isVisible() and "evidence" in view.step_label.text()
    view.decide_only.setChecked(True)
    q = view.ctl.question
    assert q is not None and q.purpose in ("decide", "both")
    assert not view.step_label.isVisible()
    view.decide_only.setChecked(False)
    assert view.ctl.question is not None and view.ctl.question.id == "q_m_country"


def test_the_free_narrative_step_is_marked_and_stored(qtbot: Any) -> None:
    profile = _fictional(date_of_birth=dt.date(1990, 6, 1), last_arrival_date=dt.date(2019, 4, 2))
    view = _real(qtbot, profile, ("u_visa",), [])
    view.start_interview()
    while view.ctl.question is not None and view.ctl.step() != "narrative":
        view.continue_after_warning()
        view.skip_button.click()
    assert view.card.currentWidget() is view.warning_page  # offered, with a warning first
    view.warning_continue.click()
    assert "own words" in view.step_label.text() and view.step_label.isVisible()
    assert view.inputs.currentWidget() is view.text
    view.text.setPlainText("We left at night.\nA man said there was work in a kitchen.")
    view.answer_button.click()
    ans = profile.answers["narrative.free_account"]
    assert ans.value == "We left at night.\nA man said there was work in a kitchen."
    assert ans.question_id == "q_narrative"
    assert view.ctl.question is not None and view.ctl.question.id != "q_narrative"


def test_indicator_answers_show_with_the_element_in_the_assessment_screen(qtbot: Any) -> None:
    from desktop.assessment_view import AssessmentView

    profile = _fictional(date_of_birth=dt.date(1990, 6, 1))
    profile.set_answer("trafficking.isolation.phone_taken", True)
    view = AssessmentView(profile, today=dt.date(2026, 11, 29))
    qtbot.addWidget(view)
    view.select_relief("t_visa")
    row = view.element("T-E1")
    assert row is not None
    assert any("trafficking.isolation.phone_taken = yes" in i for i in row.indicators)
    html = view.rule_html(row)
    assert "Recorded in the interview" in html
    # shown by what it means, never by its fact id (issue 18 item 4)
    assert "kept the client&#x27;s phone" in html and "phone_taken" not in html
    other = view.element("T-E4")
    assert other is not None and "Recorded in the interview" not in view.rule_html(other)


def test_answering_moves_to_the_next_question_each_time(qtbot: Any, demo: Any) -> None:
    # (How fast: benchmarks/bench_startup.py prints the next-question time; no clock here.)
    view = _view(qtbot, demo)
    for _ in range(5):
        view.ctl.session.index = 0
        view.refresh()
        first = view.ctl.question
        assert first is not None
        view.yes.setChecked(True)
        view.answer_button.click()
        after = view.ctl.question
        assert after is None or after.id != first.id
