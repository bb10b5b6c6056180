"""Application start-up: QApplication, translations, the passphrase gate, the main window,
and the quick exit (hide every window, lock the store; coming back asks for the passphrase).

``DesktopApp`` is the controller; ``run_app(...)`` is what ``main.py`` calls.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication

from desktop.file_dialogs import scrub_dialog_history
from desktop.i18n import TRANSLATIONS
from desktop.options import Options
from desktop.passphrase import PassphraseDialog
from desktop.store import (
    clinic_url,
    create_store,
    open_server,
    open_store,
    resolve_data_dir,
    server_label,
    store_exists,
    warm_up,
)

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QSystemTrayIcon

DOUBLE_ESC_SECONDS = 0.6
_KEY_PRESS = QEvent.Type.KeyPress
_KEY_ESCAPE = 0x01000000  # Qt::Key_Escape (a literal: importing Qt costs ~55 ms at start)


def show_error(parent: Any, exc: BaseException) -> None:
    from desktop.background import show_error as show

    show(parent, exc)


class DesktopApp(QObject):
    """Owns the store and the windows. Holds no passphrase: it is passed from the dialog
    straight to the store and not kept anywhere."""

    locked_changed = Signal(bool)

    def __init__(
        self,
        *,
        data_dir: Path | None = None,
        demo: bool = False,
        config_dir: Path | None = None,
        quit_without_tray: bool = False,
        database_url: str | None = None,
    ) -> None:
        super().__init__()
        self.demo = demo
        self.options = Options(None, config_dir)
        self.data_dir: Path | None = None
        #: Clinic mode: the server's URL (``--database``, $RELIEFDESK_DATABASE_URL or the
        #: database_url setting); None opens this computer's encrypted file.
        self.database_url: str | None = None
        if not demo:
            chosen = data_dir or self.options.get("data_dir") or None
            self.data_dir = resolve_data_dir(chosen)
            self.options.attach_data_dir(self.data_dir)
            self.database_url = clinic_url(database_url or self.options.get("database_url"))
        self.store: Any = None
        self.window: Any = None
        self.dialog: PassphraseDialog | None = None
        self.locked = True
        self.quit_without_tray = quit_without_tray
        self._last_esc = 0.0
        self.tray: QSystemTrayIcon | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        # The double Esc is watched on each window as it gets the keyboard, not with a filter
        # on the whole application: that one ran Python for every event of every widget
        # (~600 in one tab switch), 4-10 ms a switch and, while a background operation held
        # the GIL, 140-460 ms (issue 18). A key press reaches its window once, before any
        # widget, so the window is where to count it.
        app.focusWindowChanged.connect(self._watch_window)
        # applicationStateChanged is connected with the main window (_on_app_state acts only
        # once there is one): its Qt::ApplicationState argument needs the Qt namespace's
        # enums, ~25 ms that the first window (the passphrase dialog) does without.
        TRANSLATIONS.set_language(self.options.get("language"))

    # -- start / unlock ----------------------------------------------------------------
    def start(self) -> None:
        if self.demo:
            from desktop.demo_store import DemoStore

            self._unlocked(DemoStore())
            self.window.open_client(self.store.demo_id)
            return
        self.ask_passphrase()
        # the first window is up: load the database layer while the user types
        QTimer.singleShot(0, warm_up)

    def ask_passphrase(self) -> PassphraseDialog:
        assert self.data_dir is not None
        data_dir = self.data_dir
        if self.dialog is not None:
            self.dialog.show()
            self.dialog.raise_()
            return self.dialog
        url = self.database_url
        first_run = url is None and not store_exists(data_dir)
        mode = "server" if url is not None else "create" if first_run else "unlock"

        def attempt(passphrase: str) -> Any:
            if url is not None:
                return open_server(data_dir, url, passphrase)
            if mode == "create":
                return create_store(data_dir, passphrase)
            return open_store(data_dir, passphrase)

        dlg = PassphraseDialog(mode, attempt, server=server_label(url) if url else "")
        # (no Qt namespace here: importing it costs ~55 ms before the first window shows)
        dlg.finished.connect(dlg.deleteLater)
        dlg.unlocked.connect(self._unlocked)
        dlg.rejected.connect(self._gate_rejected)
        dlg.destroyed.connect(self._dialog_gone)
        self.dialog = dlg
        dlg.show()
        return dlg

    def _dialog_gone(self) -> None:
        self.dialog = None

    def _gate_rejected(self) -> None:
        self.dialog = None
        hidden = self.window is None or not self.window.isVisible()
        if hidden and (self.quit_without_tray or self.tray is None):
            QCoreApplication.quit()

    def _unlocked(self, store: Any) -> None:
        from desktop.background import suppress_ui
        from desktop.mainwindow import MainWindow

        suppress_ui(False)
        self.store = store
        self.locked = False
        self.dialog = None
        if self.options.data_dir is not None:
            store.keep_backups = int(self.options.get("backup_count"))
        if self.window is None:
            self.window = MainWindow(store, self.options, demo=self.demo)
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            app.applicationStateChanged.connect(self._on_app_state)
            self.window.quick_exit_requested.connect(self.quick_exit)
            self.window.language_requested.connect(self.set_language)
            self.window.settings_requested.connect(self.open_settings)
            self.window.set_language_choice(TRANSLATIONS.language)
        else:
            self.window.set_store(store)
            self.window.show_clients()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.locked_changed.emit(False)

    # -- quick exit --------------------------------------------------------------------
    def quick_exit(self) -> None:
        """Hide every window at once, then save what is open and lock the store."""
        from PySide6.QtWidgets import QDialog

        from desktop.background import suppress_ui

        suppress_ui(True)
        windows = QApplication.topLevelWidgets()
        for w in windows:
            w.hide()
        for w in windows:  # dialogs (messages, progress, settings) are closed, not kept
            if isinstance(w, QDialog) and w is not self.dialog:
                w.close()
        if self.window is not None:
            try:
                self.window.close_client()
            # Everything on purpose: the lock below must happen anyway (the error is printed).
            except Exception as exc:
                print(f"reliefdesk: could not save before locking: {exc}", file=sys.stderr)
            self.window.set_store(None)
        if self.store is not None:
            self.store.lock()
        self.store = None
        self.locked = True
        self.locked_changed.emit(True)
        self._ensure_tray()
        if self.tray is None and self.quit_without_tray:
            QTimer.singleShot(0, QCoreApplication.quit)

    def come_back(self) -> None:
        """Re-show after a quick exit: the passphrase first (the demo needs none)."""
        if not self.locked:
            if self.window is not None:
                self.window.show()
            return
        if self.demo:
            from desktop.demo_store import DemoStore

            self._unlocked(DemoStore())
            return
        self.ask_passphrase()

    def _ensure_tray(self) -> None:
        from PySide6.QtWidgets import QMenu, QStyle, QSystemTrayIcon

        if self.tray is not None or not QSystemTrayIcon.isSystemTrayAvailable():
            return
        icon = QApplication.windowIcon()
        if icon.isNull():  # a tray entry without an icon is invisible: use a plain one
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
        tray = QSystemTrayIcon(icon, self)
        menu = QMenu()
        menu.addAction(self.tr("Open"), self.come_back)
        menu.addAction(self.tr("Quit"), QCoreApplication.quit)
        tray.setContextMenu(menu)
        tray.activated.connect(lambda _reason: self.come_back())
        tray.setToolTip(self.tr("Locked"))
        tray.show()
        self.tray = tray
        self._tray_menu = menu

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        active = state == QtCore.Qt.ApplicationState.ApplicationActive
        if active and self.locked and self.window is not None and self.dialog is None:
            self.come_back()

    def _watch_window(self, window: QWindow | None) -> None:
        """Count Esc presses on ``window`` (installing again only moves the filter first)."""
        if window is not None:
            window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Runs for the events of our windows (not of each widget): keep it to one comparison.
        if event.type() != _KEY_PRESS or self.locked:
            return False
        if not isinstance(event, QKeyEvent) or event.key() != _KEY_ESCAPE:
            return False
        if event.isAutoRepeat():
            return False
        now = time.monotonic()
        if now - self._last_esc <= DOUBLE_ESC_SECONDS:
            self._last_esc = 0.0
            self.quick_exit()
            return True
        self._last_esc = now
        return False

    def shutdown(self) -> None:
        """At quit: save what is open and lock the store (the key leaves memory)."""
        if self.window is not None:
            try:
                self.window.close_client()
            # Everything on purpose: the store must be locked at quit (the error is printed).
            except Exception as exc:
                print(f"reliefdesk: could not save before quitting: {exc}", file=sys.stderr)
        if self.store is not None:
            self.store.lock()
            self.store = None
        self.locked = True

    # -- settings and language ---------------------------------------------------------
    def set_language(self, code: str) -> None:
        if TRANSLATIONS.set_language(code):
            self.options.set("language", code)
        if self.window is not None:
            self.window.set_language_choice(TRANSLATIONS.language)

    def open_settings(self) -> None:
        from desktop.background import action_errors
        from desktop.settings import SettingsDialog

        try:
            dlg = SettingsDialog(self.options, self.store, self.window, demo=self.demo)
        except action_errors() as exc:
            show_error(self.window, exc)
            return
        dlg.language_changed.connect(self.set_language)
        if self.window is not None:
            dlg.restored.connect(self.window.discard_client)
        dlg.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        self.settings_dialog = dlg


def qt_platform_problem() -> str | None:
    """Why Qt could not open a window here, said in one line (None: it can). Qt itself would
    abort the process (exit 134) with a misleading message, so this is checked first: no display
    at all, or the X11 plugin's shared libraries missing (``./run`` installs them with apt)."""
    from casefile.osplatform import display_problem

    problem = display_problem()
    if problem is not None or not sys.platform.startswith("linux"):
        return problem
    if os.environ.get("QT_QPA_PLATFORM", "xcb").split(":")[0] != "xcb" or not os.environ.get(
        "DISPLAY"
    ):
        return None
    import ctypes

    plugin = Path(QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.PluginsPath))
    xcb = plugin / "platforms" / "libqxcb.so"
    if not xcb.is_file():
        return None
    try:
        ctypes.CDLL(str(xcb))
    except OSError as exc:
        missing = str(exc).split(":")[0]
        return (
            f"the X11 window plugin cannot load ({missing} is missing): ./run installs the "
            "system packages it needs (apt), or see README 'System packages'"
        )
    return None


def run_app(*, demo: bool, data_dir: str | None, database_url: str | None) -> int:
    problem = qt_platform_problem()
    if problem is not None:
        print(f"ReliefDesk: {problem}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("ReliefDesk")
    app.setQuitOnLastWindowClosed(False)
    scrub_dialog_history()  # folders older versions' dialogs left in QtProject.conf (issue 21)
    try:
        controller = DesktopApp(
            data_dir=Path(data_dir) if data_dir else None,
            demo=demo,
            quit_without_tray=True,
            database_url=database_url,
        )
        controller.start()
    # Everything on purpose: a failed start shows a message (show_error logs the traceback)
    # instead of a window that never appears.
    except Exception as exc:
        show_error(None, exc)
        app.setQuitOnLastWindowClosed(True)
        return int(app.exec()) or 1

    # Closing the main window ends the app (quick exit only hides it).
    def on_last_closed() -> None:
        hidden = controller.window is None or not controller.window.isVisible()
        if hidden and (not controller.locked or controller.tray is None):
            app.quit()

    app.lastWindowClosed.connect(on_last_closed)
    # RELIEFDESK_SMOKE_SECONDS=N: quit after N seconds (for ./run smoke checks under xvfb).
    smoke = os.environ.get("RELIEFDESK_SMOKE_SECONDS")
    if smoke:
        QTimer.singleShot(int(float(smoke) * 1000), app.quit)
    code = int(app.exec())
    controller.shutdown()
    return code
