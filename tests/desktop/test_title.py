"""Which client is open: the title bar names it, the fictional demo client is marked as such
(title and client list), and demo mode never claims that changes were saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from casefile.demo import DEMO_CLIENT_ID
from casefile.store import CaseStore
from desktop.app import DesktopApp
from desktop.mainwindow import MainWindow
from desktop.options import Options

PASS = "copper lantern harbour nine"


def test_demo_title_names_the_fictional_client_and_never_says_saved(
    qtbot: Any, tmp_path: Path
) -> None:
    app = DesktopApp(demo=True, config_dir=tmp_path / "config")
    app.start()
    w = app.window
    ws = w.workspace
    name = ws.profile.display_name
    assert name in w.windowTitle()
    assert "(fictional demo)" in w.windowTitle()

    editor = ws.editor
    editor.binding("chosen_name").widget.setText("Lu")  # an edit the autosave then "saves"
    editor.binding("chosen_name").commit()
    editor.autosave()
    QApplication.processEvents()
    for text in (w.saved_label.text(), editor.status.text()):
        assert text == "Demo: nothing is saved"
        assert "saved" not in text.replace("nothing is saved", "")

    w.show_clients()
    assert "(fictional demo)" not in w.windowTitle()  # no client open
    rows = [w.clients.list.item(i).text() for i in range(w.clients.list.count())]
    assert any(name in r and "(fictional demo)" in r for r in rows)

    w.language.setCurrentIndex(w.language.findData("es"))
    qtbot.waitUntil(lambda: w.quick_exit_button.text() == "Salida rápida", timeout=3000)
    w.open_client(app.store.demo_id)
    assert "(demostración ficticia)" in w.windowTitle()
    assert w.saved_label.text() == "Demo: no se guarda nada"


def test_real_client_title_and_saved_state(qtbot: Any, tmp_path: Path) -> None:
    store = CaseStore.create(tmp_path / "data", PASS)
    real = store.create_client(family_name="Ejemplo", given_name="Rosa")
    demo = store.add_demo_client()
    assert demo.client.id == DEMO_CLIENT_ID
    w = MainWindow(store, Options(tmp_path / "data", tmp_path / "config"))
    qtbot.addWidget(w)
    w.show_clients()
    rows = {
        w.clients.list.item(i).data(256): w.clients.list.item(i).text()
        for i in range(w.clients.list.count())
    }
    assert "(fictional demo)" in rows[DEMO_CLIENT_ID]
    assert "(fictional demo)" not in rows[real.client.id]

    w.open_client(real.client.id)
    assert w.windowTitle() == "Rosa Ejemplo — ReliefDesk"
    w.workspace.editor.autosave()
    QApplication.processEvents()
    assert w.saved_label.text() != "Demo: nothing is saved"
    w.close_client()
    assert w.windowTitle() == "ReliefDesk"
    store.lock()
