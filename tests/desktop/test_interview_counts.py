"""Interview feedback (issue 18 item 8): "question X of about Y" with the questions left per
relief, a visible count of skipped and ask-later answers with a way back to them, and list
questions answered inside the interview (a row added without leaving for the profile). The
real interview session over the fictional demo client; the widgets with qtbot."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from casefile.demo import demo_profile
from desktop.interview_logic import AnswerInvalid, InterviewController
from desktop.interview_view import InterviewView

TODAY = dt.date(2026, 12, 2)


def test_counts_set_aside_and_revisit_without_widgets() -> None:
    saves: list[int] = []
    ctl = InterviewController(
        demo_profile(), reliefs=("t_visa",), today=TODAY, save=lambda: saves.append(1)
    )
    before = ctl.counts()
    assert before.asked == 0 and before.left == before.left_by_relief["t_visa"] > 2
    first = ctl.question
    assert first is not None
    ctl.skip()
    second = ctl.question
    assert second is not None and second.id != first.id
    ctl.ask_later()
    after = ctl.counts()
    assert after.asked == 2
    # the demo client already has answers set aside at an earlier meeting: they count too
    assert set(after.skipped) == set(before.skipped) | {first.id}
    assert set(after.later) == set(before.later) | {second.id}
    assert after.left < before.left
    assert ctl.revisit_set_aside() is True
    assert ctl.question is not None
    assert ctl.question.id == after.skipped[0]  # the skipped ones first, in flow order
    assert saves  # each step saved


def test_add_row_needs_a_value_and_lands_on_the_profile() -> None:
    profile = demo_profile()
    saves: list[int] = []
    ctl = InterviewController(
        profile, reliefs=("vacatur",), today=TODAY, save=lambda: saves.append(1)
    )
    n = len(profile.rows("arrests"))
    with pytest.raises(AnswerInvalid):
        ctl.add_row("arrests", {"docket": "", "trafficking_related": None})
    ctl.add_row("arrests", {"docket": "2019QN000001", "disposition": "convicted"})
    rows = profile.rows("arrests")
    assert len(rows) == n + 1 and rows[-1].docket == "2019QN000001"
    assert rows[-1].disposition == "convicted" and saves == [1]


def _view(qtbot: Any, profile: Any, reliefs: tuple[str, ...]) -> InterviewView:
    view = InterviewView(profile, reliefs=reliefs, today=TODAY, opening=False, save=lambda: None)
    qtbot.addWidget(view)
    view.show()
    return view


def test_counts_line_and_revisit_button(qtbot: Any) -> None:
    profile = demo_profile()
    for fact in list(profile.answers):  # a client with nothing set aside yet
        if profile.answers[fact].status in ("skipped", "ask_later"):
            del profile.answers[fact]
    view = _view(qtbot, profile, ("t_visa",))
    left = view.ctl.counts().left
    assert view.counts_label.text() == f"Question 1 of about {left}"
    assert not view.revisit_button.isVisibleTo(view)
    assert f"about {left} questions left" in view.bars["t_visa"].format()
    first = view.ctl.question
    assert first is not None
    view.skip()
    view.ask_later()
    text = view.counts_label.text()
    assert text.startswith("Question 3 of about ")
    assert "1 skipped" in text and "1 for later" in text
    assert view.revisit_button.isVisibleTo(view)
    view.revisit_button.click()
    assert view.ctl.question is not None and view.ctl.question.id == first.id


def test_list_question_adds_rows_inside_the_interview(qtbot: Any) -> None:
    profile = demo_profile()
    view = _view(qtbot, profile, ("vacatur",))
    view.focus_on("vacatur", ["q_arrests"])
    assert view.ctl.question is not None and view.ctl.question.id == "q_arrests"
    view.continue_after_warning()  # a sensitive question: the content warning comes first
    assert view.inputs.currentWidget() is view.group_page
    n = len(profile.rows("arrests"))
    assert view.group_rows.count() == n
    form = view.row_form
    assert form is not None and form.group == "arrests"
    form.set_text("arrest_date", "31/31/2019")  # refused with the field named
    view.add_row_button.click()
    assert "Arrest date" in view.error.text() and len(profile.rows("arrests")) == n
    form.set_text("arrest_date", "2019-04-02")
    form.set_text("charge", "PL 230.00 (fictional)")
    form.set_text("disposition", "dismissed")
    view.add_row_button.click()
    assert view.error.text() == ""
    assert len(profile.rows("arrests")) == n + 1
    added = profile.rows("arrests")[-1]
    assert (added.arrest_date, added.charge, added.disposition) == (
        dt.date(2019, 4, 2),
        "PL 230.00 (fictional)",
        "dismissed",
    )
    assert view.group_rows.count() == n + 1
    assert view.row_form is form and form.values() == {}  # cleared for the next row
    assert view.ctl.question is not None and view.ctl.question.id == "q_arrests"  # stays
