"""The assessment and documents screens are readable at 1280x800: element rows wrap (no cell
shorter than its text, no "…"), the detail panes get the room, disabled actions say why, and
"Generate" with no folder opens the folder picker in the user's Documents folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QTreeWidget

from desktop import documents_view
from desktop.app import DesktopApp

pytestmark = [pytest.mark.filterwarnings("ignore::UserWarning:pikepdf.*")]


def _settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


def _cut_cells(tree: QTreeWidget) -> list[str]:
    """Cells whose wrapped text needs more height or width than the row gives it."""
    metrics = tree.fontMetrics()
    header = tree.header()
    cut = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        rect = tree.visualItemRect(item)
        for col in range(tree.columnCount()):
            width = header.sectionSize(col) - 8
            need = metrics.boundingRect(
                0, 0, width, 10000, int(Qt.TextFlag.TextWordWrap), item.text(col)
            )
            if need.height() > rect.height() or need.width() > width:
                cut.append(item.text(col))
    return cut


@pytest.fixture
def demo(qtbot: Any, tmp_path: Path) -> DesktopApp:
    app = DesktopApp(demo=True, config_dir=tmp_path / "config")
    app.start()
    app.window.resize(1280, 800)
    app.window.show()
    return app


@pytest.mark.parametrize("lang", ["en", "es"])
def test_assessment_rows_wrap_and_detail_takes_the_room(
    demo: DesktopApp, qtbot: Any, lang: str
) -> None:
    w = demo.window
    w.language.setCurrentIndex(w.language.findData(lang))
    ws = w.workspace
    view = ws.assessment
    ws.setCurrentWidget(view)
    for relief in ("t_visa", "u_visa", "asylum_psg", "vacatur"):
        view.select_relief(relief)
        _settle()
        assert view.elements.textElideMode() == Qt.TextElideMode.ElideNone
        assert _cut_cells(view.elements) == [], relief
        elements_h, detail_h = view.split.sizes()
        assert detail_h >= 0.4 * (elements_h + detail_h), relief
        # the full citation is in its cell
        for i in range(view.elements.topLevelItemCount()):
            assert "…" not in view.elements.topLevelItem(i).text(3)


def test_disabled_resolve_says_why(demo: DesktopApp) -> None:
    view = demo.window.workspace.assessment
    view.select_relief("t_visa")
    assert not view.resolve_button.isEnabled()
    assert "Nothing to resolve" in view.resolve_button.toolTip()
    for relief in ("t_visa", "u_visa", "continued_presence", "asylum_psg", "vacatur"):
        view.select_relief(relief)
        said = "Nothing to resolve" in view.resolve_button.toolTip()
        assert said == (not view.resolve_button.isEnabled()), relief


def test_documents_status_not_cut_and_generate_asks_for_a_folder(
    demo: DesktopApp, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = demo.window.workspace
    dv = ws.documents
    ws.setCurrentWidget(dv)
    qtbot.waitUntil(lambda: dv.plan_op is not None and dv.plan_op.finished, timeout=30000)
    _settle()
    statuses = [dv.docs.topLevelItem(i).text(1) for i in range(dv.docs.topLevelItemCount())]
    assert "Form PDF not supplied" in statuses
    assert _cut_cells(dv.docs) == []
    assert not dv.open_pdf.isEnabled() and dv.open_pdf.toolTip() == "Generate the packet first."

    asked: list[str] = []
    out = tmp_path / "out"
    out.mkdir()

    def pick(_parent: Any, _title: str, start: str) -> str:
        asked.append(start)
        return str(out)

    monkeypatch.setattr(documents_view, "existing_directory", pick)
    assert dv.output_folder() is None
    op = dv.generate_packet()
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked == [docs or str(Path.home())]
    assert Path(asked[0]).resolve() != Path(documents_view.__file__).resolve().parents[1]
    assert op is not None and dv.output_folder() == out
    qtbot.waitUntil(lambda: op.finished, timeout=60000)

    asked.clear()
    monkeypatch.setattr(documents_view, "existing_directory", lambda *a: "")
    dv.set_output_folder("")
    assert dv.generate_packet() is None  # cancelled picker: nothing generated
