"""The client list against the real encrypted store: recent clients, export to an encrypted
bundle and import it into another store, delete with confirmation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from casefile.store import CaseStore
from desktop.clients import ClientListPanel
from desktop.mainwindow import MainWindow
from desktop.options import Options

from .conftest import message_boxes

PASS = "granite pelican summer thirty"


def test_recent_export_import_delete(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = CaseStore.create(tmp_path / "a", PASS)
    options = Options(tmp_path / "a", tmp_path / "config")
    w = MainWindow(store, options)
    qtbot.addWidget(w)
    panel = w.clients
    demo_id = store.add_demo_client().client.id
    other = panel.create_client("Muestra", "Rosa")
    assert other is not None
    w.open_client(other)
    w.open_client(demo_id)
    w.show_clients()
    assert [panel.recent.item(i).text() for i in range(panel.recent.count())] == [
        "Lucía Ejemplo Vargas (fictional demo)",
        "Rosa Muestra",
    ]

    bundle = tmp_path / "lucia.rdbundle"
    op = panel.export_to([demo_id], bundle, "bundle pass phrase 1")
    qtbot.waitUntil(lambda: op.finished, timeout=20000)
    assert bundle.exists() and b"Ejemplo" not in bundle.read_bytes()
    for box in message_boxes():
        box.close()

    store_b = CaseStore.create(tmp_path / "b", PASS)
    panel_b = ClientListPanel(store_b, Options(tmp_path / "b", tmp_path / "config"))
    qtbot.addWidget(panel_b)
    op = panel_b.import_from(bundle, "wrong bundle pass")
    qtbot.waitUntil(lambda: op.finished and bool(message_boxes()), timeout=20000)
    assert "Traceback" not in message_boxes()[0].text()
    assert panel_b.visible_ids() == []
    for box in message_boxes():
        box.close()
    op = panel_b.import_from(bundle, "bundle pass phrase 1")
    qtbot.waitUntil(lambda: op.finished, timeout=20000)
    assert panel_b.visible_ids() == [demo_id]

    # delete asks first; "No" keeps the client
    panel.search.setText("rosa")
    qtbot.waitUntil(panel.search_settled)  # typing is debounced
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    panel.delete_selected()
    assert panel.visible_ids() == [other]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.delete_selected()
    assert panel.visible_ids() == []
    assert other not in options.get("recent_clients")
    store.lock()
    store_b.lock()


def _button(box: QMessageBox, text: str) -> Any:
    return next(b for b in box.buttons() if b.text() == text)


def test_import_conflict_offers_keep_replace_or_both(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18 item 11: importing over a copy changed here says what differs, in words, and
    offers keep this computer's copy / replace / keep both; never a silent overwrite."""
    from casefile import bundle as bundle_module

    monkeypatch.setattr(bundle_module, "KDF_LOG2N", 14)
    store = CaseStore.create(tmp_path / "a", PASS)
    try:
        panel = ClientListPanel(store, Options(tmp_path / "a", tmp_path / "config"))
        qtbot.addWidget(panel)
        cid = store.create_client(given_name="Rosa", family_name="Muestra (fictional)").client.id
        old = tmp_path / "old.rdbundle"
        store.export_bundle([cid], old, "bundle pass phrase 1")
        local = store.load(cid)
        local.client.given_name = "Rosa María"
        store.save(local)

        def conflict() -> QMessageBox:
            op = panel.import_from(old, "bundle pass phrase 1")
            qtbot.waitUntil(lambda: op.finished and panel.conflict_box.isVisible(), timeout=20000)
            return panel.conflict_box

        box = conflict()
        text = box.text()
        assert "Nothing was imported" in text and "Rosa María Muestra (fictional)" in text
        assert "client.given_name" not in text and "--replace" not in text  # words, no codes
        assert "given name" in text.lower()
        _button(box, "Keep this computer's copy").click()
        assert store.load(cid).client.given_name == "Rosa María"
        assert len(store.list_clients()) == 1

        _button(conflict(), "Keep both").click()
        qtbot.waitUntil(lambda: len(store.list_clients()) == 2, timeout=20000)
        assert store.load(cid).client.given_name == "Rosa María"  # this copy untouched

        _button(conflict(), "Replace with the bundle's copy").click()
        qtbot.waitUntil(lambda: store.load(cid).client.given_name == "Rosa", timeout=20000)
        assert any("before-import" in b.name for b in store.list_backups())
    finally:
        store.lock()


def test_import_conflict_names_fields_in_the_screen_language(qtbot: Any, tmp_path: Path) -> None:
    """Issue 18 items 3 and 11: what differs is named with the profile editor's labels, in
    Spanish on a Spanish screen, with a group's row counts on each side; no field code, no
    English catalogue description."""
    from datetime import datetime

    from casefile.errors import ClientConflict, Difference, ImportConflict
    from desktop.i18n import TRANSLATIONS

    panel = ClientListPanel(None, Options(tmp_path / "a", tmp_path / "config"))
    qtbot.addWidget(panel)
    stamp = datetime(2026, 11, 30, 9, 15)
    conflict = ClientConflict(
        client_id="c1",
        name="Rosa Muestra (fictional)",
        kind="local_newer",
        local_updated_at=stamp,
        bundle_updated_at=stamp,
        exported_at=None,
        differences=(
            Difference("client.given_name"),
            Difference("arrests", here=1, there=2),
            Difference("answers.trafficking.means.fraud"),
        ),
    )
    exc = ImportConflict(tmp_path / "old.rdbundle", [conflict])
    english = panel.conflict_text(exc)
    assert "Given name, Arrests, charges and convictions (1 here, 2 in the bundle), " in english
    try:
        TRANSLATIONS.set_language("es")
        spanish = panel.conflict_text(exc)
    finally:
        TRANSLATIONS.set_language("en")
    assert "Nombre, Arrestos, cargos y condenas (1 en esta computadora, 2 en el paquete), " in (
        spanish
    )
    assert "distintos de lo prometido" in spanish  # the answer's label, in Spanish
    for english_word in ("here", "bundle", "given", "promised", "client.", "answers."):
        assert english_word not in spanish, english_word
