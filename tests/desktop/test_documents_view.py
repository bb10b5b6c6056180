"""The documents screen with the real packets service: plan statuses, the review list jumps
to the profile field, adding an official form, and cancelling a packet build."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.documents_logic import Missing, _missing_items
from desktop.documents_view import DocumentsView
from desktop.options import Options

from .conftest import message_boxes

pytestmark = [pytest.mark.filterwarnings("ignore::UserWarning:pikepdf.*")]


def _view(qtbot: Any, demo: Any, tmp_path: Path) -> DocumentsView:
    options = Options(tmp_path / "data", tmp_path / "config")
    view = DocumentsView(demo, options, today=dt.date(2026, 11, 29))
    qtbot.addWidget(view)
    view.show()
    op = view.refresh()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=30000)
    return view


def test_missing_items_name_the_field() -> None:
    items = _missing_items("3 answer(s) missing: USCIS online account number; Passport number …")
    assert items == [
        Missing("USCIS online account number", "client.uscis_account_number"),
        Missing("Passport number", "client.passport_number"),
    ]
    assert items[0].field == "uscis_account_number"
    assert Missing("x", "arrests[].docket").field == "arrests"
    assert _missing_items("no file attached") == [Missing("no file attached", None)]


def test_plan_and_review_jump(qtbot: Any, demo: Any, tmp_path: Path) -> None:
    view = _view(qtbot, demo, tmp_path)
    statuses = {
        view.docs.topLevelItem(i).text(0): view.docs.topLevelItem(i).text(1)
        for i in range(view.docs.topLevelItemCount())
    }
    assert statuses["Exhibit index"] == "Ready"
    assert statuses["Exhibit A — Birth certificate, with certified translation"] == "Missing file"
    jumps: list[str] = []
    view.jump_to_field.connect(jumps.append)
    rows = [view.review.item(i) for i in range(view.review.count())]
    target = next(r for r in rows if r.text().endswith("USCIS online account number"))
    view._review_activated(target)  # what a double-click does
    assert jumps == ["uscis_account_number"]
    assert target.data(Qt.ItemDataRole.UserRole) == "uscis_account_number"


def test_add_official_form(qtbot: Any, demo: Any, tmp_path: Path, shared_forms: Path) -> None:
    view = _view(qtbot, demo, tmp_path)
    op = view.add_official_form_file(shared_forms / "i-765.pdf")
    qtbot.waitUntil(lambda: op.finished, timeout=30000)
    text = message_boxes()[0].text()
    assert "I-765" in text and "was added" in text
    assert list((tmp_path / "data" / "forms").glob("i-765*.pdf"))
    message_boxes()[0].close()
    not_a_form = tmp_path / "letter.pdf"
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(not_a_form))
    c.drawString(72, 720, "A fictional letter, not a USCIS form")
    c.save()
    op = view.add_official_form_file(not_a_form)
    qtbot.waitUntil(lambda: op.finished and bool(message_boxes()), timeout=30000)
    msg = message_boxes()[0].text()
    assert "letter.pdf" in msg and "Traceback" not in msg


def test_cancel_generation_leaves_nothing(qtbot: Any, demo: Any, tmp_path: Path) -> None:
    view = _view(qtbot, demo, tmp_path)
    out = tmp_path / "out"
    view.set_output_folder(str(out))
    op = view.generate_packet()
    assert op is not None
    op.cancel()  # the Cancel button of the progress dialog
    qtbot.waitUntil(lambda: op.finished, timeout=60000)
    assert op.was_cancelled
    assert view.status.text() == "Cancelled. Nothing was written."
    assert not (out / "packet-t_visa.pdf").exists()
    assert not message_boxes()
