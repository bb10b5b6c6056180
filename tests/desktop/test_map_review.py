"""The map review screen, walked with qtbot: the obsolete G-28 (a negative fixture, never filed)
is proposed, reviewed field by field with the page preview, and saved as a reviewed map."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from desktop.app import DesktopApp
from desktop.map_review import MapReviewDialog
from desktop.map_review_logic import MapReviewModel

from .conftest import message_boxes

pytestmark = [pytest.mark.filterwarnings("ignore::UserWarning:pikepdf.*")]

OBSOLETE_G28 = "g-28_obsolete-ed-05-05-16.pdf"


def _close_boxes() -> None:
    for box in message_boxes():
        box.close()
    QApplication.processEvents()


def test_review_screen_walk(qtbot: Any, tmp_path: Path, shared_forms: Path) -> None:
    model = MapReviewModel.from_pdf(shared_forms / OBSOLETE_G28)
    dlg = MapReviewDialog(model, data_dir=tmp_path / "data")
    qtbot.addWidget(dlg)
    dlg.show()
    assert "G-28 edition 05/05/16" in dlg.windowTitle()

    # The first field is shown with its tooltip and a rendered page, the field highlighted.
    first = model.current
    assert first is not None and dlg.tooltip.text() == model.item(first).tooltip
    pix = dlg.preview.pixmap()
    assert pix is not None and not pix.isNull() and pix.width() > 300
    x, y, w, h = dlg.preview_highlight
    assert 0 <= x < pix.width() and 0 <= y < pix.height() and w > 0 and h > 0
    centre = pix.toImage().pixelColor(x + w // 2, y + h // 2)
    assert centre.red() > centre.blue() + 40  # the yellow/red highlight, not the white page

    # Nothing can be saved while fields wait for review.
    dlg.reviewer.setText("D. Fictional, Esq.")
    assert not dlg.save_button.isEnabled()
    accepted = dlg.accept_confident()
    assert accepted > 10
    done, total = model.progress()
    assert 0 < done < total and f"{done} of {total}" in dlg.progress.text()
    assert not dlg.save_button.isEnabled()

    # Blank by design needs a reason: an empty one is refused with a message.
    pending = model.current
    assert pending is not None and model.status(pending) == "pending"
    dlg.blank_reason.clear()
    qtbot.mouseClick(dlg.blank_button, Qt.MouseButton.LeftButton)
    assert message_boxes() and model.status(pending) == "pending"
    _close_boxes()

    # Change one field to another fact, then mark the rest blank with a reason.
    if model.checked.inventory.fields[pending].type == "text":
        dlg.change_fact.setCurrentText("client.email")
        qtbot.mouseClick(dlg.change_button, Qt.MouseButton.LeftButton)
        assert model.status(pending) == "changed"
        assert dlg._rows[pending].text(4) == "changed"
    dlg.blank_reason.setText("reviewed: not filled from the profile")
    while model.session.pending():
        before = len(model.session.pending())
        qtbot.mouseClick(dlg.blank_button, Qt.MouseButton.LeftButton)
        assert len(model.session.pending()) == before - 1
    assert dlg.save_button.isEnabled()

    folder = Path(os.environ.get("RELIEFDESK_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    shot = folder / "map_review.png"
    for _ in range(3):
        QApplication.processEvents()
    assert dlg.grab().save(str(shot))
    img = QImage(str(shot))
    colors = {img.pixel(i, j) for i in range(0, img.width(), 9) for j in range(0, img.height(), 9)}
    assert img.width() >= 800 and len(colors) > 8

    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.saved_path is not None and dlg.saved_path.is_file()
    _close_boxes()
    data = yaml.safe_load(dlg.saved_path.read_text(encoding="utf-8"))
    assert data["reviewed_by"] == "D. Fictional, Esq." and data["edition"] == "05/05/16"
    reasons = {b["reason"] for b in data["blank_by_design"]}
    assert "reviewed: not filled from the profile" in reasons
    out = dlg.export(tmp_path / "shared.yaml")
    assert out is not None and "D. Fictional, Esq." in out.read_text(encoding="utf-8")


def test_main_window_opens_the_review_and_refuses_a_non_form(
    qtbot: Any, tmp_path: Path, shared_forms: Path
) -> None:
    app = DesktopApp(demo=True, config_dir=tmp_path / "config")
    app.start()
    w = app.window
    assert w.map_form_action.text() == "Map a form…"
    bad = tmp_path / "letter.pdf"
    bad.write_text("not a pdf", encoding="utf-8")
    op = w.open_map_review(bad)
    qtbot.waitUntil(lambda: op.finished and bool(message_boxes()), timeout=30000)
    assert any("cannot be opened as a PDF" in b.text() for b in message_boxes())
    assert not [x for x in QApplication.topLevelWidgets() if isinstance(x, MapReviewDialog)]
    _close_boxes()
    op = w.open_map_review(shared_forms / OBSOLETE_G28)
    qtbot.waitUntil(lambda: op.finished, timeout=30000)
    dlg = op.result
    assert isinstance(dlg, MapReviewDialog) and dlg.isVisible()
    assert op.worker_thread_id is not None  # proposed off the UI thread
    dlg.close()
