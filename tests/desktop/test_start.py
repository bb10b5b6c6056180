"""Start-up: the passphrase gate (create / wrong / right), the client list search, the demo
offer, and the quick exit that hides every window and locks the store."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.app import DesktopApp
from desktop.passphrase import PassphraseDialog, strength

from .conftest import submit_passphrase

PASS = "violet tractor seventeen lanterns"


def _visible_windows() -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def _app(tmp_path: Path) -> DesktopApp:
    return DesktopApp(data_dir=tmp_path / "data", config_dir=tmp_path / "config")


def _submit(dlg: PassphraseDialog, text: str, confirm: str | None = None) -> None:
    submit_passphrase(dlg, text, confirm)


def _fresh_python(code: str, **env: str) -> str:
    """Run ``code`` in a new interpreter from the repository root, offscreen, and return its
    output: what a module import costs only shows in a process that has not imported it yet."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        cwd=root,
        env=dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen", **env),
    )
    return out.stdout


def test_strength_hint_grows_with_length_and_variety() -> None:
    assert strength("") == 0
    assert strength("abc") == 1
    assert strength("abcdefghijk") == 2
    assert strength("violet tractor seventeen lanterns") >= 3
    assert strength("Violet-Tractor-17-Lanterns!") == 4


def test_first_run_creates_then_wrong_then_right(qtbot: Any, tmp_path: Path) -> None:
    app = _app(tmp_path)
    dlg = app.ask_passphrase()
    assert dlg.mode == "create"
    assert "cannot be recovered" in dlg.warning.text()
    assert dlg.confirm.isVisibleTo(dlg)
    # too short, then mismatched: refused with a message, nothing created
    _submit(dlg, "short", "short")
    assert "at least" in dlg.error.text()
    _submit(dlg, PASS, PASS + "x")
    assert "differ" in dlg.error.text()
    assert not (tmp_path / "data" / "cases.db").exists()
    _submit(dlg, PASS, PASS)
    assert app.store is not None and not app.store.is_locked
    assert app.window.isVisible()
    # first run offers the fictional demo client
    assert app.window.clients.demo_button.isVisibleTo(app.window)
    app.window.clients.add_demo()
    assert app.window.workspace is not None
    app.quick_exit()
    assert app.store is None

    # second start: unlock; a wrong passphrase shows the typed message and allows a retry
    app2 = _app(tmp_path)
    dlg2 = app2.ask_passphrase()
    assert dlg2.mode == "unlock"
    _submit(dlg2, "not the passphrase")
    assert dlg2.error.isVisibleTo(dlg2)
    assert "does not open this case database" in dlg2.error.text()
    assert dlg2.passphrase.text() == ""  # never left in the field
    assert app2.store is None
    _submit(dlg2, PASS)
    assert app2.store is not None
    names = [s.display_name for s in app2.store.list_clients()]
    assert names == ["Lucía Ejemplo Vargas"]
    app2.quick_exit()


def test_search_as_you_type_filters_by_name_alias_and_a_number(qtbot: Any, tmp_path: Path) -> None:
    app = DesktopApp(demo=True, config_dir=tmp_path / "config")
    app.start()
    w = app.window
    w.show_clients()
    panel = w.clients
    panel.create_client("Sample", "Ana")
    panel.create_client("Prueba", "José")
    assert len(panel.visible_ids()) == 3
    qtbot.keyClicks(panel.search, "lucy")  # an alias of the demo client
    qtbot.waitUntil(panel.search_settled)  # typing is debounced
    assert panel.visible_ids() == [app.store.demo_id]
    panel.search.clear()
    qtbot.waitUntil(panel.search_settled)  # typing is debounced
    qtbot.keyClicks(panel.search, "jose")  # accent-insensitive
    qtbot.waitUntil(panel.search_settled)  # typing is debounced
    assert [panel.list.item(i).text().split("  ")[0] for i in range(panel.list.count())] == [
        "José Prueba"
    ]
    panel.search.clear()
    qtbot.waitUntil(panel.search_settled)  # typing is debounced
    qtbot.keyClicks(panel.search, "A-099-999")
    qtbot.waitUntil(panel.search_settled)  # typing is debounced
    assert panel.visible_ids() == [app.store.demo_id]
    panel.search.clear()
    qtbot.waitUntil(panel.search_settled)  # typing is debounced
    qtbot.keyClicks(panel.search, "nobody-like-this")
    qtbot.waitUntil(panel.search_settled)  # typing is debounced
    assert panel.visible_ids() == []
    panel.search.clear()
    qtbot.waitUntil(panel.search_settled)  # typing is debounced
    assert len(panel.visible_ids()) == 3
    # archive hides, "show archived" brings back
    panel.list.setCurrentRow(0)
    archived_id = panel.selected_id()
    panel.archive_selected()
    assert archived_id not in panel.visible_ids()
    panel.show_archived.setChecked(True)
    assert archived_id in panel.visible_ids()


def test_quick_exit_hides_everything_and_locks(qtbot: Any, tmp_path: Path) -> None:
    app = _app(tmp_path)
    dlg = app.ask_passphrase()
    _submit(dlg, PASS, PASS)
    store = app.store
    app.window.clients.add_demo()
    app.window.open_settings = None  # not used here
    assert app.window.isVisible()
    # the double Esc, sent where the keyboard delivers a key press: the window that has the
    # focus (Qt then passes it on to the focus widget)
    window = QGuiApplication.focusWindow()
    assert window is not None and window is app.window.windowHandle()
    for _ in range(2):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert _visible_windows() == []
    assert store.is_locked
    assert app.locked and app.store is None
    assert app.window.workspace is None  # the open profile's widgets are gone
    # nothing of ours keeps the passphrase
    gc.collect()
    for obj in (app, app.window, app.window.clients, store, app.options):
        for value in vars(obj).values():
            assert PASS not in repr(value)[:100000]
    # coming back asks for the passphrase again
    app.come_back()
    assert app.dialog is not None and app.dialog.mode == "unlock"
    assert not app.window.isVisible()
    _submit(app.dialog, PASS)
    assert app.window.isVisible()
    assert app.window.clients.visible_ids()


def test_quick_exit_button_is_visible_and_works(qtbot: Any, tmp_path: Path) -> None:
    app = DesktopApp(demo=True, config_dir=tmp_path / "config")
    app.start()
    button = app.window.quick_exit_button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _visible_windows() == []
    assert app.locked


def test_store_exists_matches_casefile(tmp_path: Path) -> None:
    from casefile.store import CaseStore
    from desktop import store

    assert store.store_exists(tmp_path) is CaseStore.exists(tmp_path) is False
    CaseStore.create(tmp_path, PASS).lock()
    assert store.store_exists(tmp_path) is CaseStore.exists(tmp_path) is True


def test_first_window_imports_no_database_layer() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop.app import DesktopApp\n"
        "DesktopApp().ask_passphrase()\n"
        "print(sorted(m for m in ('sqlcipher3', 'sqlalchemy', 'sqlmodel') if m in sys.modules))\n"
    )
    assert _fresh_python(code).strip() == "[]"


def test_first_window_through_main_leaves_openssl_unloaded(tmp_path: Path) -> None:
    """Issue 20: ``hashlib`` (OpenSSL, ~12 ms) is imported where an exhibit is hashed, not on
    the way to the first window."""
    code = (
        "import sys, main, desktop.store\n"
        # the warm-up thread loads the database layer once the window is up, on purpose
        "desktop.store.warm_up = lambda: None\n"
        "main.main([])\n"
        "print(sorted(m for m in ('hashlib', '_hashlib') if m in sys.modules))\n"
    )
    out = _fresh_python(
        code,
        RELIEFDESK_SMOKE_SECONDS="0",
        RELIEFDESK_HOME=str(tmp_path / "data"),
        RELIEFDESK_CONFIG=str(tmp_path / "config"),
        RELIEFDESK_SCRATCH=str(tmp_path / "scratch"),
    )
    assert out.strip().splitlines()[-1] == "[]"


def test_first_window_builds_none_of_the_qt_namespace_enums() -> None:
    """Issue 20: the passphrase window does without the Qt namespace, whose enums PySide builds
    all at once on first use (~25 ms): no constructor overloaded on a Qt enum, no signal with
    a Qt enum argument connected before the main window."""
    code = (
        "import enum, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "made = []\n"
        "create = enum.EnumType._create_\n"
        "def spy(cls, name, *a, **k):\n"
        "    made.append(name)\n"
        "    return create(cls, name, *a, **k)\n"
        "enum.EnumType._create_ = spy\n"
        "app = QApplication([])\n"
        "from desktop.app import DesktopApp\n"
        "ctl = DesktopApp()\n"
        "ctl.ask_passphrase()\n"
        "app.processEvents()\n"
        "print(sorted({'ApplicationState', 'Orientation', 'Key'} & set(made)))\n"
    )
    assert _fresh_python(code).strip().splitlines()[-1] == "[]"


def test_the_app_state_signal_is_connected_with_the_main_window(qtbot: Any, tmp_path: Path) -> None:
    """Issue 20: ``applicationStateChanged`` (whose argument needs the Qt namespace) reaches the
    app from when the main window exists, the only time ``_on_app_state`` acts on it."""
    from PySide6.QtCore import SIGNAL

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    signal = SIGNAL("applicationStateChanged(Qt::ApplicationState)")
    before = qapp.receivers(signal)
    app = _app(tmp_path)
    dlg = app.ask_passphrase()
    assert qapp.receivers(signal) == before
    _submit(dlg, PASS, PASS)
    assert qapp.receivers(signal) == before + 1
    app.quick_exit()
    _submit(app.ask_passphrase(), PASS)  # unlocking again connects nothing more
    assert qapp.receivers(signal) == before + 1


def test_about_opens_from_the_main_window(qtbot: Any, tmp_path: Path) -> None:
    app = DesktopApp(demo=True, config_dir=tmp_path / "config")
    app.start()
    dlg = app.window.show_about()
    assert dlg.isVisible()
    assert dlg.parent() is app.window


def test_after_quick_exit_nothing_pops_up_and_reactivation_asks(qtbot: Any, tmp_path: Path) -> None:
    import threading

    from desktop.background import run_in_background

    from .conftest import message_boxes

    app = _app(tmp_path)
    _submit(app.ask_passphrase(), PASS, PASS)
    app.window.clients.add_demo()
    release = threading.Event()

    def work(progress: Any, cancel: Any) -> None:
        release.wait(5)
        raise RuntimeError("late failure")

    op = run_in_background(app.window, work, show_progress=False)
    app.quick_exit()
    with qtbot.waitSignal(op.done, timeout=5000):
        release.set()
    assert message_boxes() == []  # the late error did not undo the quick exit
    assert _visible_windows() == []
    # the app being activated again (launcher, dock) asks for the passphrase
    app._on_app_state(Qt.ApplicationState.ApplicationActive)
    assert app.dialog is not None and app.dialog.isVisible()
    assert app.dialog.mode == "unlock"
    _submit(app.dialog, PASS)
    assert app.window.isVisible()


class _KeyCount(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.escapes = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            self.escapes += event.key() == Qt.Key.Key_Escape
        return False


def test_one_escape_is_not_a_quick_exit(qtbot: Any, tmp_path: Path) -> None:
    """A single Esc travels through several objects (window, focus widget, parents); it
    must count once, and a second press within the interval exits. Pressed where the
    keyboard delivers it: the focus window, which passes it to the focused field."""
    app = DesktopApp(demo=True, config_dir=tmp_path / "config")
    app.start()
    w = app.window
    field = w.workspace.editor.binding("given_name").widget
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow(), timeout=3000)
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=3000)
    window = w.windowHandle()
    reached = _KeyCount()
    field.installEventFilter(reached)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert reached.escapes == 1  # counted on the window, and passed on to the field
    assert w.isVisible() and not app.locked
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not w.isVisible() and app.locked
