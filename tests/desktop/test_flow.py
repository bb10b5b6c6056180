"""The whole attorney flow for the fictional demo client, with the real services: unlock the
encrypted store, open the client, answer five interview questions, check the assessment the
screen shows against the eligibility service, generate the packet in the background, check
the file and its page count, preview it, then quick exit. Also: a corrupt exhibit gives a
clear dialog, and closing a client leaves no widgets behind."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from casefile.models import AnswerStatus
from desktop.app import DesktopApp
from eligibility import assess
from facts.view import FactView

from .conftest import message_boxes, submit_passphrase

pytestmark = [
    # pikepdf notes that copied form pages keep widgets outside /AcroForm (packets' business)
    pytest.mark.filterwarnings("ignore::UserWarning:pikepdf.*"),
]

PASS = "copper kettle winter orchard"


def _unlock(tmp_path: Path) -> DesktopApp:
    app = DesktopApp(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    submit_passphrase(app.ask_passphrase(), PASS, PASS)
    assert app.store is not None
    return app


def _answer_current(view: Any) -> str:
    """Answer whatever question is shown, the way a user would; returns its fact."""
    q = view.ctl.question
    if view.card.currentWidget() is view.warning_page:
        view.warning_continue.click()
    kind = q.type
    if kind == "yes_no":
        view.yes.setChecked(True)
    elif kind == "date":
        view.line.setText("2023-01-10")
    elif kind == "int":
        view.line.setText("2")
    elif kind == "choice":
        view.choice_list.setCurrentRow(0)
    elif kind == "multi_choice":
        view.choice_list.item(0).setCheckState(Qt.CheckState.Checked)
    elif kind in ("text",):
        view.text.setPlainText("The client described it in her own words (fictional).")
    view.answer_button.click()
    assert view.error.text() == "", view.error.text()
    return str(q.fact)


def test_demo_client_end_to_end(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _unlock(tmp_path)
    w = app.window
    w.clients.add_demo()  # first run: the fictional demo client
    ws = w.workspace
    cid = ws.profile.client.id

    # -- interview: five questions through the screen ------------------------------------
    ws.setCurrentWidget(ws.interview)
    view = ws.interview
    assert view.card.currentWidget() is view.opening_page  # the safe-to-talk checklist first
    for box in view.opening_checks.values():
        box.setChecked(True)
    view.opening_start.click()
    facts = []
    for _ in range(5):
        assert view.ctl.question is not None, "the demo should leave questions to ask"
        facts.append(_answer_current(view))
    stored = app.store.load(cid)
    for fact in facts:
        ans = stored.answers.get(fact)
        assert ans is not None and ans.status == AnswerStatus.ANSWERED.value, fact

    # -- assessment: what the screen shows is what the service says ------------------------
    ws.setCurrentWidget(ws.assessment)
    av = ws.assessment
    fv = FactView(stored)
    for i in range(av.reliefs.count()):
        av.reliefs.setCurrentRow(i)
        relief = av.reliefs.item(i).data(Qt.ItemDataRole.UserRole)
        expected = assess(fv, relief)
        shown = [
            (av.elements.topLevelItem(r).text(0), av.elements.topLevelItem(r).text(1))
            for r in range(av.elements.topLevelItemCount())
        ]
        assert len(shown) == len(expected.elements)
        for (title, status), e in zip(shown, expected.elements, strict=True):
            assert title == e.title
            assert status.lower().replace(" ", "_") in (
                e.status,
                "not_met" if e.status == "unmet" else "",
            )
        for r in range(av.elements.topLevelItemCount()):
            assert av.elements.topLevelItem(r).text(3), "every element shows its citation"
    av.select_relief("t_visa")
    assert av.outcome.text() == "T visa — screening result: likely eligible"
    assert av.elements.topLevelItem(0).text(1) == "Met"  # T-E1 on the demo's episode

    # -- documents: plan, generate in the background, the file and its pages -------------
    ws.setCurrentWidget(ws.documents)
    dv = ws.documents
    qtbot.waitUntil(lambda: dv.plan_op is not None and dv.plan_op.finished, timeout=30000)
    assert dv.docs.topLevelItemCount() >= 5
    titles = [dv.docs.topLevelItem(i).text(0) for i in range(dv.docs.topLevelItemCount())]
    assert any("I-914" in t for t in titles)
    assert dv.review.count() > 0
    out = tmp_path / "out"
    dv.set_output_folder(str(out))
    app.options.set("bates_prefix", "SMPL")  # Settings > Bates prefix
    op = dv.generate_packet()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=60000)
    # the demo has no official form PDFs or exhibit files here: a DRAFT packet, said plainly
    boxes = message_boxes()
    assert len(boxes) == 1 and "written as a DRAFT" in boxes[0].text()
    assert boxes[0].icon() == boxes[0].Icon.Warning
    boxes[0].close()
    pdf = out / "packet-t_visa.pdf"
    assert dv.packet_path == pdf and pdf.exists()
    reader = PdfReader(pdf)
    pages = len(reader.pages)
    assert pages == op.result.page_count
    assert "SMPL-000001" in reader.pages[0].extract_text()
    assert f"SMPL-{pages:06d}" in reader.pages[-1].extract_text()
    assert f"({pages} pages)" in dv.status.text()
    qtbot.waitUntil(lambda: len(dv.preview.pages) == pages, timeout=30000)
    # the DOCX drafts open in the system's editor, as local files only
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    names = [a.text() for a in dv.drafts_menu.actions()]  # by the document's name
    assert "Personal declaration of the applicant" in names
    action = dv.drafts_menu.actions()[names.index("Personal declaration of the applicant")]
    assert action.toolTip() == "personal-declaration-of-the-applicant.docx"
    action.trigger()
    assert len(opened) == 1 and opened[0].isLocalFile()
    local = Path(opened[0].toLocalFile())
    assert local.name == "personal-declaration-of-the-applicant.docx" and local.exists()

    # -- quick exit ----------------------------------------------------------------------
    store = app.store
    w.quick_exit_button.click()
    assert [x for x in QApplication.topLevelWidgets() if x.isVisible()] == []
    assert store.is_locked


def test_corrupt_exhibit_is_a_clear_dialog(qtbot: Any, tmp_path: Path) -> None:
    app = _unlock(tmp_path)
    demo = app.store.add_demo_client()
    bad = tmp_path / "birth-certificate.pdf"
    bad.write_bytes(b"%PDF-1.7\nthis is not really a PDF\n")
    demo.rows("exhibits")[0].file_path = str(bad)  # type: ignore[attr-defined]
    app.store.save(demo)
    ws = app.window.open_client(demo.client.id)
    dv = ws.documents
    dv.set_output_folder(str(tmp_path / "out"))
    op = dv.generate_packet()
    qtbot.waitUntil(lambda: op.finished, timeout=60000)
    boxes = message_boxes()
    assert len(boxes) == 1
    text = boxes[0].text()
    assert "Exhibit A — Birth certificate, with certified translation: Unreadable" in text
    assert "not in it" in text
    assert "Traceback" not in text + boxes[0].detailedText()
    # the review list says why, before any build
    dv.refresh()
    qtbot.waitUntil(lambda: dv.plan_op.finished, timeout=30000)
    review = [dv.review.item(i).text() for i in range(dv.review.count())]
    assert any(t.startswith("Exhibit A") for t in review)


def test_closing_a_client_leaves_no_widgets(qtbot: Any, tmp_path: Path) -> None:
    app = DesktopApp(demo=True, config_dir=tmp_path / "config")
    app.start()
    app.window.show_clients()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
    before = len(QApplication.allWidgets())
    for _ in range(3):
        app.window.open_client(app.store.demo_id)
        app.window.show_clients()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # deleteLater()s
    gc.collect()
    assert len(QApplication.allWidgets()) == before
