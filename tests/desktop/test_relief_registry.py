"""The desktop's relief lists are the relief registry's: a sixth relief added from a folder
(``tests/fixtures/reliefs/vawa``) is offered by the interview, assessment and documents screens
with no code change. Fictional demo client only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from desktop.assessment_view import AssessmentView
from desktop.documents_view import DocumentsView
from desktop.interview_view import InterviewView
from desktop.options import Options
from eligibility.registry import EXTRA_DIRS_ENV

TODAY = dt.date(2026, 11, 29)
VAWA = Path(__file__).resolve().parents[1] / "fixtures" / "reliefs" / "vawa"

pytestmark = [pytest.mark.filterwarnings("ignore::UserWarning:pikepdf.*")]


def _combo_reliefs(view: DocumentsView) -> list[str]:
    return [view.relief.itemData(i) for i in range(view.relief.count())]


def test_screens_offer_a_relief_added_from_a_folder(
    qtbot: Any, demo: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    options = Options(tmp_path / "data", tmp_path / "config")
    docs = DocumentsView(demo, options, today=TODAY)
    qtbot.addWidget(docs)
    assert "vawa_self_petition" not in _combo_reliefs(docs)

    monkeypatch.setenv(EXTRA_DIRS_ENV, str(VAWA))
    docs = DocumentsView(demo, options, today=TODAY)
    qtbot.addWidget(docs)
    assert _combo_reliefs(docs)[-1] == "vawa_self_petition"
    assert docs.relief.itemText(docs.relief.count() - 1) == "VAWA self-petition"

    interview = InterviewView(demo, today=TODAY)
    qtbot.addWidget(interview)
    assert "vawa_self_petition" in interview.relief_boxes
    assert interview.ctl.reliefs[-1] == "vawa_self_petition"

    assessment = AssessmentView(demo, today=TODAY)
    qtbot.addWidget(assessment)
    assessment.refresh()
    assert "vawa_self_petition" in assessment.results
    assert assessment.results["vawa_self_petition"].outcome == "likely_not_eligible"
