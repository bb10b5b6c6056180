"""Grabs a screenshot of every screen (offscreen) so a person can look at them: set
RELIEFDESK_SHOTS=/some/folder to keep them. Each image is checked to be a real rendering
(right size, not blank)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from desktop.app import DesktopApp
from desktop.passphrase import PassphraseDialog
from desktop.settings import SettingsDialog

from .conftest import submit_passphrase
from .fakes import fake_factory

pytestmark = [pytest.mark.filterwarnings("ignore::UserWarning:pikepdf.*")]


def _shot(widget: QWidget, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    for _ in range(3):  # let pending layout requests run, as the event loop would
        QApplication.processEvents()
    assert widget.grab().save(str(path))
    img = QImage(str(path))
    assert img.width() >= 300 and img.height() >= 150, name
    colors = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
    assert len(colors) > 8, f"{name} looks blank"
    return path


def test_screens(qtbot: Any, tmp_path: Path) -> None:
    folder = Path(os.environ.get("RELIEFDESK_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)

    dlg = PassphraseDialog("create", lambda p: None)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.passphrase.setText("violet tractor seventeen")
    _shot(dlg, folder, "01-passphrase-create")
    unlock = PassphraseDialog(
        "unlock",
        lambda p: (_ for _ in ()).throw(
            __import__("casefile.errors", fromlist=["WrongPassphrase"]).WrongPassphrase(tmp_path)
        ),
    )
    qtbot.addWidget(unlock)
    unlock.show()
    submit_passphrase(unlock, "wrong")
    _shot(unlock, folder, "02-passphrase-wrong")

    app = DesktopApp(demo=True, config_dir=tmp_path / "config")
    app.start()
    w = app.window
    w.resize(1200, 780)
    ws = w.workspace
    _shot(w, folder, "04-profile-identity")
    ws.editor.show_section("episodes")
    _shot(w, folder, "05-profile-episodes")
    ws.editor.show_section("arrests")
    _shot(w, folder, "06-profile-arrests")
    ws.setCurrentWidget(ws.interview)
    _shot(w, folder, "07-interview")
    ws.setCurrentWidget(ws.assessment)
    ws.assessment.select_relief("t_visa")
    _shot(w, folder, "09-assessment-t")
    ws.assessment.select_relief("asylum_psg")
    _shot(w, folder, "10-assessment-asylum")
    ws.setCurrentWidget(ws.documents)
    dv = ws.documents
    qtbot.waitUntil(lambda: dv.plan_op is not None and dv.plan_op.finished, timeout=30000)
    dv.set_output_folder(str(tmp_path / "out"))
    op = dv.generate_packet()
    qtbot.waitUntil(lambda: op is not None and op.finished, timeout=60000)
    qtbot.waitUntil(lambda: bool(dv.preview.pages), timeout=30000)
    for box in [x for x in w.findChildren(QWidget) if x.objectName() == "reliefdesk-message"]:
        _shot(box, folder, "12-documents-draft-dialog")
        box.close()
    _shot(w, folder, "11-documents")
    settings = SettingsDialog(app.options, app.store, w, demo=True)
    qtbot.addWidget(settings)
    settings.show()
    _shot(settings, folder, "13-settings")
    settings.close()
    w.language.setCurrentIndex(w.language.findData("es"))
    qtbot.waitUntil(lambda: w.quick_exit_button.text() == "Salida rápida", timeout=3000)
    ws.setCurrentWidget(ws.interview)
    _shot(w, folder, "14-interview-es")
    ws.setCurrentWidget(ws.assessment)
    _shot(w, folder, "15-assessment-es")
    w.language.setCurrentIndex(w.language.findData("en"))
    w.show_clients()
    _shot(w, folder, "03-clients")
    panel = w.show_deadlines()
    qtbot.waitUntil(panel.settled, timeout=30000)
    _shot(w, folder, "16-deadlines")


def test_interview_warning_screen(qtbot: Any, demo: Any, tmp_path: Path) -> None:
    from desktop.interview_view import InterviewView

    folder = Path(os.environ.get("RELIEFDESK_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    view = InterviewView(demo, session_factory=fake_factory, reliefs=("t_visa",), opening=False)
    qtbot.addWidget(view)
    view.resize(1100, 650)
    view.show()
    view.yes.setChecked(True)
    view.answer()
    view.skip()
    assert view.card.currentWidget() is view.warning_page
    _shot(view, folder, "08-interview-content-warning")
