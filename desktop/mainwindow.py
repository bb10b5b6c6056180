"""The main window: client list, the open client's workspace, settings, language, and the
always-visible quick-exit button."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)
from shiboken6 import isValid

from desktop.background import action_errors, show_error
from desktop.clients import ClientListPanel, is_fictional_demo
from desktop.i18n import Retranslating
from desktop.options import LANGUAGES, Options
from desktop.style import install_style

if TYPE_CHECKING:
    from desktop.store import Store


class MainWindow(Retranslating, QMainWindow):
    quick_exit_requested = Signal()
    language_requested = Signal(str)
    settings_requested = Signal()

    def __init__(self, store: Any, options: Options, *, demo: bool = False) -> None:
        install_style()  # before any widget of the window is made (see desktop.style)
        super().__init__()
        self.store = store
        self.options = options
        self.demo = demo
        self.workspace: Any = None
        self.presence: Any = self._new_presence(store)  # clinic mode only
        self.setObjectName("main-window")
        self.resize(1100, 720)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.clients_action = QAction(self)
        self.clients_action.setShortcut("Ctrl+L")
        self.clients_action.triggered.connect(self.show_clients)
        self.deadlines_action = QAction(self)
        self.deadlines_action.setShortcut("Ctrl+D")
        self.deadlines_action.triggered.connect(self.show_deadlines)
        self.settings_action = QAction(self)
        self.settings_action.setShortcut("Ctrl+,")
        self.settings_action.triggered.connect(self.settings_requested.emit)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.map_form_action = QAction(self)
        self.map_form_action.triggered.connect(lambda: self.open_map_review())
        self.toolbar.addAction(self.clients_action)
        self.toolbar.addAction(self.deadlines_action)
        self.toolbar.addAction(self.settings_action)
        self.toolbar.addAction(self.map_form_action)
        self.toolbar.addAction(self.about_action)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_requested.emit(self.language.currentData())
        )
        self.language_label = QLabel()
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.language_label)
        self.toolbar.addWidget(self.language)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.demo_badge = QLabel()
        self.demo_badge.setObjectName("demo-badge")
        self.demo_badge.setStyleSheet(
            "background: #ffd54f; color: #000; font-weight: 700; padding: 3px 8px;"
        )
        self.demo_badge.setVisible(demo)
        self.toolbar.addWidget(self.demo_badge)
        self.quick_exit_button = QPushButton()
        self.quick_exit_button.setObjectName("quick-exit")
        self.quick_exit_button.setStyleSheet(
            "QPushButton { background: #c62828; color: white; font-weight: 700;"
            " padding: 4px 14px; border-radius: 3px; }"
        )
        self.quick_exit_button.clicked.connect(self.quick_exit_requested.emit)
        self.toolbar.addWidget(self.quick_exit_button)

        self.stack = QStackedWidget()
        self.clients = ClientListPanel(store, options)
        self.clients.presence = self.presence
        self.clients.open_requested.connect(self.open_client)
        self.clients.interview_requested.connect(self.open_client_interview)
        self.stack.addWidget(self.clients)
        from desktop.checkout_view import LaptopActions

        #: Check out to this laptop / check in (clinic mode only; issue 22 item 7).
        self.laptop = LaptopActions(self.clients)
        self.deadlines: Any = None  # built the first time it is shown
        self.setCentralWidget(self.stack)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved-indicator")
        self.statusBar().addPermanentWidget(self.saved_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.update_title()
        self.clients_action.setText(self.tr("Clients"))
        self.clients_action.setToolTip(self.tr("Back to the client list (Ctrl+L)"))
        self.deadlines_action.setText(self.tr("Deadlines"))
        self.deadlines_action.setToolTip(
            self.tr("Every client's upcoming deadlines, soonest first (Ctrl+D)")
        )
        self.settings_action.setText(self.tr("Settings…"))
        self.about_action.setText(self.tr("About"))
        self.map_form_action.setText(self.tr("Map a form…"))
        self.map_form_action.setToolTip(
            self.tr("Propose a field map for an official PDF (e.g. a new edition) and review it")
        )
        self.language_label.setText(self.tr("Language:") + " ")
        self.demo_badge.setText(self.tr("DEMO"))
        self.demo_badge.setToolTip(self.tr("Fictional demo client in memory; nothing is saved"))
        self.quick_exit_button.setText(self.tr("Quick exit"))
        self.quick_exit_button.setToolTip(
            self.tr("Hide every window at once and lock the case database (or press Esc twice)")
        )
        self.laptop.retranslate()
        # the toolbar's buttons learn their new texts a moment later: lay it out again then
        QTimer.singleShot(0, self._relayout_toolbar)

    def update_title(self) -> None:
        """The window title names the open client; the fictional demo client says so, and demo
        mode says nothing is saved."""
        parts = []
        if self.workspace is not None:
            profile = self.workspace.profile
            name = profile.display_name
            if is_fictional_demo(profile.client.id):
                name += " (" + self.tr("fictional demo") + ")"
            parts.append(name)
        parts.append(self.tr("ReliefDesk"))
        if self.demo:
            parts.append(self.tr("DEMO (fictional client, nothing is saved)"))
        self.setWindowTitle(" — ".join(parts))

    def _saved_state(self, text: str) -> None:
        # Demo mode keeps everything in memory: never claim that changes were saved.
        self.saved_label.setText(self.tr("Demo: nothing is saved") if self.demo else text)

    def _relayout_toolbar(self) -> None:
        if not isValid(self.toolbar):  # the window closed before the timer fired
            return
        layout = self.toolbar.layout()
        if layout is not None:
            layout.invalidate()

    def show_about(self) -> Any:
        from desktop.about import show_about

        return show_about(self, data_dir=self.options.data_dir, demo=self.demo)

    def open_map_review(self, path: Any = None) -> Any:
        from desktop.map_review import open_map_review

        return open_map_review(self, path, data_dir=self.options.data_dir)

    def set_language_choice(self, code: str) -> None:
        idx = self.language.findData(code)
        if idx >= 0 and idx != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(idx)
            self.language.blockSignals(False)

    # -- store -------------------------------------------------------------------------
    def _new_presence(self, store: Store | None) -> Any:
        """This computer's presence marks on a clinic server (a no-op object on the file)."""
        if store is None or store.database_url is None:
            return None
        import getpass
        import socket

        from casefile.presence import Presence
        from casefile.store import CaseStore

        assert isinstance(store, CaseStore)  # only the database store has a server URL
        # shown to colleagues in their client list: who, and on which computer
        return Presence(store, f"{getpass.getuser()} on {socket.gethostname()}")

    def set_store(self, store: Any) -> None:
        if self.presence is not None:
            self.presence.close()
        self.store = store
        self.presence = self._new_presence(store)
        self.clients.store = store
        self.clients.presence = self.presence
        self.laptop.set_store(store)  # also locks a laptop store still open for a check-in
        self.clients.refresh()
        if self.deadlines is not None:
            self.deadlines.store = store

    def show_deadlines(self) -> Any:
        """All clients' deadlines by date; a double-clicked row opens that client's
        assessment."""
        from desktop.deadlines_view import DeadlinesPanel

        self.close_client()
        if self.deadlines is None:
            self.deadlines = DeadlinesPanel(self.store)
            self.deadlines.open_requested.connect(self.open_client_assessment)
            self.stack.addWidget(self.deadlines)
        self.deadlines.store = self.store
        self.stack.setCurrentWidget(self.deadlines)
        self.deadlines.refresh()
        self.deadlines.table.setFocus()
        return self.deadlines

    def show_clients(self) -> None:
        self.close_client()
        self.clients.refresh()
        self.stack.setCurrentWidget(self.clients)
        self.clients.search.setFocus()

    def _release_presence(self, ws: Any) -> None:
        if self.presence is not None:
            self.presence.release(ws.profile.client.id)

    def _drop_client(self, *, save: bool) -> None:
        """Drop the open client's widgets (and the profile they hold), saved first or, without
        ``save``, with any unsaved edit thrown away."""
        if self.workspace is None:
            return
        ws = self.workspace
        self.workspace = None
        self._release_presence(ws)
        ws.saved_state.disconnect(self._saved_state)
        try:
            if save:
                ws.flush()
            else:
                ws.editor.timer.stop()
                ws.editor.session.dirty = False
        finally:
            self.stack.removeWidget(ws)
            ws.deleteLater()
        self.saved_label.clear()
        self.update_title()

    def close_client(self) -> None:
        """Save and drop the open client's widgets (and the profile they hold)."""
        self._drop_client(save=True)

    def discard_client(self) -> None:
        """Drop the open client WITHOUT saving (its data was replaced, e.g. by a restore)."""
        self._drop_client(save=False)
        self.show_clients()

    def open_client(self, client_id: str) -> Any:
        from desktop.workspace import ClientWorkspace

        try:
            profile = self.store.load(client_id)
            self.store.record(client_id, "open")  # clinic audit log; no-op on the laptop file
        except action_errors() as exc:
            show_error(self, exc)
            return None
        self.close_client()
        if self.presence is not None:
            try:  # a hint for colleagues: opening never waits on it or fails for it
                self.presence.hold(client_id)
            except action_errors() as exc:
                show_error(self, exc)
        ws = ClientWorkspace(self.store, profile, self.options, demo=self.demo)
        ws.saved_state.connect(self._saved_state)
        self.workspace = ws
        self.stack.addWidget(ws)
        self.stack.setCurrentWidget(ws)
        self.update_title()
        if self.demo:
            self._saved_state("")
        if self.options.data_dir is not None:
            self.options.touch_recent(client_id)
        return ws

    def open_client_interview(self, client_id: str) -> Any:
        """A new client: open it straight at the interview (not a blank profile form)."""
        ws = self.open_client(client_id)
        if ws is not None and hasattr(ws, "interview"):
            ws.setCurrentWidget(ws.interview)
        return ws

    def open_client_assessment(self, client_id: str) -> Any:
        """From the deadlines view: the client, at the assessment that lists the deadline."""
        ws = self.open_client(client_id)
        if ws is not None and hasattr(ws, "assessment"):
            ws.setCurrentWidget(ws.assessment)
        return ws

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.close_client()
        except action_errors() as exc:  # never lose the window on a failed save
            show_error(self, exc)
            event.ignore()
            return
        if self.presence is not None:
            self.presence.close()  # the server drops every mark with the session
        super().closeEvent(event)
