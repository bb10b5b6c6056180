"""One open client: the tabs see each other's changes; "Resolve unknowns" takes the
interview to the questions that decide an element; a list question opens the profile."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.app import DesktopApp


def _workspace(tmp_path: Path) -> Any:
    app = DesktopApp(demo=True, config_dir=tmp_path / "config")
    app.start()
    return app, app.window.workspace


def test_resolve_unknowns_jumps_to_the_deciding_question(qtbot: Any, tmp_path: Path) -> None:
    _app, ws = _workspace(tmp_path)
    ws.setCurrentWidget(ws.assessment)
    av = ws.assessment
    relief = next(
        r for r, rv in av.results.items() if rv.resolving_questions()
    )  # the demo leaves some relief with unknown elements
    av.select_relief(relief)
    wanted = av.current().resolving_questions()
    av.resolve_button.click()
    assert ws.currentWidget() is ws.interview
    q = ws.interview.ctl.question
    assert q is not None and q.id == wanted[0]
    assert ws.interview.relief_boxes[relief].isChecked()


def test_profile_edit_is_seen_by_the_assessment(qtbot: Any, tmp_path: Path) -> None:
    _app, ws = _workspace(tmp_path)
    ws.setCurrentWidget(ws.assessment)

    def u_e4() -> str:
        rv = ws.assessment.results["u_visa"]
        return next(e.status for e in rv.elements if e.id == "U-E4")

    assert u_e4() == "met"  # the crime happened in the U.S. (the demo's episode)
    ws.setCurrentWidget(ws.editor)
    ws.editor.show_section("episodes")
    table = ws.editor.table("episodes")
    table.table.setCurrentCell(0, 0)
    table.remove_selected()  # no episode any more: where it happened is unknown
    ws.setCurrentWidget(ws.assessment)
    assert u_e4() == "unknown"
    ws.setCurrentWidget(ws.editor)
    ws.editor.undo.undo()  # and undo brings it back
    ws.setCurrentWidget(ws.assessment)
    assert u_e4() == "met"


def test_list_question_opens_the_profile_table(qtbot: Any, tmp_path: Path) -> None:
    _app, ws = _workspace(tmp_path)
    ws.setCurrentWidget(ws.interview)
    ws.interview.open_profile.emit("arrests")
    assert ws.currentWidget() is ws.editor
    titles = [ws.editor.sections.item(i).text() for i in range(ws.editor.sections.count())]
    assert ws.editor.pages.currentIndex() == titles.index("Arrests and convictions")


def test_missing_interview_fact_opens_its_question(qtbot: Any, tmp_path: Path) -> None:
    """A form's missing fact that has no profile field (an interview fact) opens the
    interview at the question that asks it; a column fact opens the profile."""
    _app, ws = _workspace(tmp_path)
    ws.jump_to_field("background.religion")
    assert ws.currentWidget() is ws.interview
    q = ws.interview.ctl.question
    assert q is not None and q.fact == "background.religion"
    ws.jump_to_field("date_of_birth")
    assert ws.currentWidget() is ws.editor


def test_a_generated_packet_is_recorded_for_the_audit_log(qtbot: Any, tmp_path: Path) -> None:
    _app, ws = _workspace(tmp_path)
    seen: list[tuple[str | None, str]] = []
    ws.store.record = lambda client_id, action: seen.append((client_id, action))
    ws.documents.generated.emit()  # what a written packet emits (the build itself is slow)
    assert seen == [(ws.profile.client.id, "generate")]
