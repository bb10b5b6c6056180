"""Check out to this laptop / check in from this laptop in the main window (issue 22 item 7):
the actions on a clinic server only, the laptop's passphrase, the work off the UI thread, the
marks in the client list, clear messages, and a conflict on check-in that shows what differs
and writes nothing until the user chooses. A real throwaway cluster (tests/pg.py) and a real
SQLCipher laptop store; fictional clients only."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from casefile.checkout import check_in, check_out, checked_out
from casefile.errors import ClientNotFound, Difference
from casefile.store import CaseStore
from desktop.checkout_view import CheckinConflictDialog, LaptopActions
from desktop.clients import ID_ROLE
from desktop.i18n import TRANSLATIONS
from desktop.mainwindow import MainWindow
from desktop.options import Options
from desktop.passphrase import PassphraseDialog
from tests.casefile.helpers import PASSPHRASE

from .conftest import message_boxes, submit_passphrase


@pytest.fixture
def server(pg_url: str, tmp_path: Path) -> Iterator[CaseStore]:
    store = CaseStore.on_server(tmp_path / "data", pg_url)
    yield store
    store.lock()


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, server: CaseStore) -> MainWindow:
    w = MainWindow(server, Options(tmp_path / "data", tmp_path / "config"))
    qtbot.addWidget(w)
    w.show()
    return w


def _select(w: MainWindow, cid: str) -> None:
    w.show_clients()
    for i in range(w.clients.list.count()):
        if w.clients.list.item(i).data(ID_ROLE) == cid:
            w.clients.list.setCurrentRow(i)
            return
    raise AssertionError(f"{cid} not listed")


def _row_text(w: MainWindow, cid: str) -> str:
    for i in range(w.clients.list.count()):
        item = w.clients.list.item(i)
        if item.data(ID_ROLE) == cid:
            return str(item.text())
    raise AssertionError(f"{cid} not listed")


def _wait_op(qtbot: Any, actions: LaptopActions) -> None:
    qtbot.waitUntil(lambda: actions.op is not None and actions.op.finished, timeout=30000)


def _the_message(kind: QMessageBox.Icon) -> str:
    (box,) = message_boxes()
    assert box.icon() == kind
    text = str(box.text())
    assert "Traceback" not in text and "Error type" not in text
    box.close()
    QApplication.processEvents()
    return text


def _check_out_here(qtbot: Any, w: MainWindow, cid: str, confirm: str | None = None) -> None:
    _select(w, cid)
    dlg = w.laptop.check_out_selected()
    assert isinstance(dlg, PassphraseDialog)
    submit_passphrase(dlg, PASSPHRASE, confirm)
    _wait_op(qtbot, w.laptop)


def _edit_on_the_laptop(data_dir: Path, cid: str, given_name: str) -> None:
    laptop = CaseStore.open(data_dir, PASSPHRASE)
    try:
        p = laptop.load(cid)
        p.client.given_name = given_name
        laptop.save(p)
    finally:
        laptop.lock()


def _check_in_a_conflict(
    qtbot: Any, w: MainWindow, server: CaseStore, data_dir: Path, **on_server: str
) -> str:
    """A fictional Rosa checked out here, renamed on the laptop and changed on the server as
    ``on_server`` says, then checked in: both sides changed, so check-in stops at the choice.
    Returns the client's id."""
    cid = server.create_client(given_name="Rosa", family_name="Ejemplo (fictional)").client.id
    CaseStore.create(data_dir, PASSPHRASE).lock()
    _check_out_here(qtbot, w, cid)
    _the_message(QMessageBox.Icon.Information)
    _edit_on_the_laptop(data_dir, cid, "Rosalía")
    there = server.load(cid)
    for field, value in on_server.items():
        setattr(there.client, field, value)
    server.save(there)

    _select(w, cid)
    submit_passphrase(w.laptop.check_in_selected(), PASSPHRASE)
    _wait_op(qtbot, w.laptop)
    return cid


def test_the_actions_are_there_on_a_clinic_server_only(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    actions = window.laptop
    assert actions.button.isVisibleTo(window) and actions.checkout_action.isVisible()
    assert actions.checkout_action.shortcut().toString() == "Ctrl+Shift+O"
    assert actions.checkin_action.shortcut().toString() == "Ctrl+Shift+I"
    assert window.clients.list.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert {actions.checkout_action, actions.checkin_action} <= set(window.clients.list.actions())
    assert [a.text() for a in actions.button.menu().actions()] == [
        "Check &out to this laptop",
        "Check &in from this laptop",
    ]
    assert actions.button.text() == "La&ptop copy"  # Alt+P opens its menu

    laptop_file = CaseStore.create(tmp_path / "own", PASSPHRASE)
    try:
        window.set_store(laptop_file)  # e.g. after a quick exit, this laptop's own file
        assert not actions.button.isVisibleTo(window) and not actions.checkout_action.isVisible()
        assert window.clients.list.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu
        assert actions.check_out_selected() is None  # no server: nothing to check out from
    finally:
        window.set_store(None)
        laptop_file.lock()


def test_check_out_then_in_with_no_conflict(
    qtbot: Any, window: MainWindow, server: CaseStore, tmp_path: Path
) -> None:
    cid = server.create_client(given_name="Ana", family_name="Muestra (fictional)").client.id
    data_dir = tmp_path / "data"
    assert not CaseStore.exists(data_dir)

    _select(window, cid)
    dlg = window.laptop.check_out_selected()
    assert isinstance(dlg, PassphraseDialog) and dlg.mode == "create"  # the first time
    assert "no case database of its own yet" in dlg.intro.text()
    submit_passphrase(dlg, PASSPHRASE, PASSPHRASE)
    _wait_op(qtbot, window.laptop)
    assert window.laptop.op is not None
    assert window.laptop.op.worker_thread_id != threading.get_ident()  # off the UI thread
    text = _the_message(QMessageBox.Icon.Information)
    assert "Ana Muestra (fictional) is checked out to this laptop" in text
    assert window.laptop.session is None  # the laptop's store is locked again

    record = checked_out(server)[cid]
    assert record.host == socket.gethostname()
    assert _row_text(window, cid).endswith(
        f"[checked out by {record.by} on {socket.gethostname()}]"
    )
    assert "nothing is overwritten without asking" in window.clients.list.currentItem().toolTip()
    qtbot.keyClicks(window.clients.search, "Muestra")  # typing keeps the marks
    qtbot.waitUntil(window.clients.search_settled, timeout=10000)
    assert "[checked out by" in _row_text(window, cid)

    _edit_on_the_laptop(data_dir, cid, "Anita")  # outreach, away from the clinic

    _select(window, cid)
    dlg = window.laptop.check_in_selected()
    assert isinstance(dlg, PassphraseDialog) and dlg.mode == "unlock"
    assert "To check the client in" in dlg.intro.text()
    submit_passphrase(dlg, PASSPHRASE)
    _wait_op(qtbot, window.laptop)
    text = _the_message(QMessageBox.Icon.Information)
    assert "this laptop's copy is now the clinic's" in text and "backed up first" in text
    assert server.load(cid).client.given_name == "Anita"
    assert checked_out(server) == {}
    assert "checked out" not in _row_text(window, cid)
    laptop = CaseStore.open(data_dir, PASSPHRASE)
    try:
        with pytest.raises(ClientNotFound):
            laptop.load(cid)
    finally:
        laptop.lock()


def test_a_conflict_shows_what_differs_and_writes_nothing_until_chosen(
    qtbot: Any, window: MainWindow, server: CaseStore, tmp_path: Path
) -> None:
    cid = _check_in_a_conflict(
        qtbot, window, server, tmp_path / "data", city_of_birth="Ciudad Ficticia"
    )
    dlg = window.laptop.conflict_dialog
    assert isinstance(dlg, CheckinConflictDialog) and dlg.isVisible()
    assert message_boxes() == []  # the choice, not an error message
    shown = [dlg.differences.item(i).text() for i in range(dlg.differences.count())]
    assert "Given name" in shown and "City of birth" in shown  # as the profile editor says
    assert not any("client." in s or "_" in s for s in shown)  # words, never field codes
    assert "changed both on the clinic server and on this laptop" in dlg.intro.text()
    assert "Nothing has been written yet" in dlg.intro.text()
    assert dlg.later.isDefault()
    # nothing written on either side while the user decides
    assert server.load(cid).client.given_name == "Rosa" and cid in checked_out(server)
    assert window.laptop.session is not None and window.laptop.session.is_open

    folder = Path(os.environ.get("RELIEFDESK_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    path = folder / "checkin-conflict.png"
    assert dlg.grab().save(str(path))
    assert QImage(str(path)).width() >= 500

    qtbot.mouseClick(dlg.keep_both, Qt.MouseButton.LeftButton)
    _wait_op(qtbot, window.laptop)
    text = _the_message(QMessageBox.Icon.Information)
    assert "added as a separate client" in text
    assert server.load(cid).client.city_of_birth == "Ciudad Ficticia"
    assert server.load(cid).client.given_name == "Rosa"
    copies = [s for s in server.list_clients("Ejemplo") if s.id != cid]
    assert [s.display_name for s in copies] == ["Rosalía Ejemplo (fictional)"]
    assert checked_out(server) == {} and window.laptop.session is None


def test_decide_later_keeps_everything_as_it_was(
    qtbot: Any, window: MainWindow, server: CaseStore, tmp_path: Path
) -> None:
    cid = _check_in_a_conflict(qtbot, window, server, tmp_path / "data", given_name="Rosario")
    dlg = window.laptop.conflict_dialog
    assert dlg is not None
    session = window.laptop.session
    assert session is not None
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)  # Esc: decide later
    assert session.laptop is None and window.laptop.session is None  # locked again
    assert message_boxes() == []
    assert server.load(cid).client.given_name == "Rosario" and cid in checked_out(server)
    _edit_on_the_laptop(tmp_path / "data", cid, "Rosalía")  # the laptop's copy is still there


def test_a_client_checked_out_by_someone_else_is_a_clear_message(
    qtbot: Any, window: MainWindow, server: CaseStore, tmp_path: Path
) -> None:
    cid = server.create_client(given_name="Ana", family_name="Muestra (fictional)").client.id
    other = CaseStore.create(tmp_path / "other-laptop", PASSPHRASE)
    try:
        check_out(server, other, cid, host="outreach-laptop-2")
        _select(window, cid)
        assert window.laptop.check_out_selected() is None  # no passphrase asked for nothing
        text = _the_message(QMessageBox.Icon.Warning)
        assert "is already checked out by" in text and "outreach-laptop-2" in text
        assert "Ask them to check it in first" in text and "Nothing was copied" in text

        assert window.laptop.check_in_selected() is None  # someone else's copy
        text = _the_message(QMessageBox.Icon.Warning)
        assert "checked out to another computer" in text and "outreach-laptop-2" in text
        assert not CaseStore.exists(tmp_path / "data")  # nothing made on this laptop

        check_in(server, other, cid)
        window.show_clients()
        assert window.laptop.check_in_selected() is None
        text = _the_message(QMessageBox.Icon.Warning)
        assert "is not checked out to this laptop" in text
    finally:
        other.lock()


def test_a_wrong_laptop_passphrase_copies_nothing(
    qtbot: Any, window: MainWindow, server: CaseStore, tmp_path: Path
) -> None:
    cid = server.create_client(given_name="Ana", family_name="Muestra (fictional)").client.id
    CaseStore.create(tmp_path / "data", PASSPHRASE).lock()
    _select(window, cid)
    dlg = window.laptop.check_out_selected()
    assert dlg is not None
    submit_passphrase(dlg, "not the laptop passphrase")
    assert dlg.isVisible() and "does not open" in dlg.error.text()
    dlg.reject()
    assert window.laptop.op is None and checked_out(server) == {}


def test_the_shortcut_and_the_context_menu_reach_the_action(
    qtbot: Any, window: MainWindow, server: CaseStore
) -> None:
    cid = server.create_client(given_name="Ana", family_name="Muestra (fictional)").client.id
    _select(window, cid)
    window.activateWindow()
    window.clients.list.setFocus()
    qtbot.waitUntil(window.clients.list.hasFocus)
    asked: list[str] = []
    window.laptop.checkout_action.triggered.disconnect()
    window.laptop.checkout_action.triggered.connect(lambda: asked.append("out"))
    qtbot.keyClick(
        window.clients.list,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert asked == ["out"]


def test_the_conflict_dialog_in_spanish(qtbot: Any, tmp_path: Path, server: CaseStore) -> None:
    from casefile.checkout import CheckinConflict

    TRANSLATIONS.set_language("es")
    conflict = CheckinConflict(
        "c-1",
        "Rosa Ejemplo (fictional)",
        [
            Difference("client.given_name"),
            Difference("arrests", 1, 2),
            Difference("", deleted=True),
        ],
    )
    dlg = CheckinConflictDialog(conflict)
    qtbot.addWidget(dlg)
    texts = [dlg.heading.text(), dlg.intro.text(), dlg.ask.text()]
    texts += [b.text() for b in (dlg.keep_server, dlg.keep_laptop, dlg.keep_both, dlg.later)]
    texts += [dlg.differences.item(i).text() for i in range(dlg.differences.count())]
    assert "Rosa Ejemplo (fictional)" in dlg.heading.text()
    for english in ("changed", "clinic", "laptop", "Keep", "Decide", "server"):
        assert not any(english in t for t in texts), (english, texts)
    assert "portátil" in dlg.intro.text()
    assert texts[-3:] == [
        "Nombre",
        "Arrestos, cargos y condenas (1 en el servidor de la clínica, 2 en esta computadora "
        "portátil)",
        "El cliente se eliminó en el servidor de la clínica.",
    ]

    w = MainWindow(server, Options(tmp_path / "data", tmp_path / "config"))
    qtbot.addWidget(w)
    assert "portátil" in w.laptop.checkout_action.text()


def test_a_quick_exit_mid_check_out_lets_it_finish_then_locks_the_laptop(
    qtbot: Any,
    window: MainWindow,
    server: CaseStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import time

    from desktop.checkout_logic import LaptopCheckout

    real = LaptopCheckout.check_out

    def slow(self: LaptopCheckout, client_id: str, host: str | None = None) -> Any:
        time.sleep(0.5)  # a slow network: the user quick-exits meanwhile
        return real(self, client_id, host)

    monkeypatch.setattr(LaptopCheckout, "check_out", slow)
    cid = server.create_client(given_name="Ana", family_name="Muestra (fictional)").client.id
    CaseStore.create(tmp_path / "data", PASSPHRASE).lock()
    _select(window, cid)
    dlg = window.laptop.check_out_selected()
    assert dlg is not None
    submit_passphrase(dlg, PASSPHRASE)
    session = window.laptop.session
    assert session is not None and window.laptop.op is not None
    assert not window.laptop.op.finished
    window.set_store(None)  # what a quick exit does to the window
    assert session.is_open  # not locked under the running step
    _wait_op(qtbot, window.laptop)
    assert not session.is_open and session.laptop is None  # locked once it ended
    assert message_boxes() == []
    assert cid in checked_out(server)  # the check-out finished whole
