"""Check out to this laptop / check in from this laptop, in the main window (issue 22 item 7).

Thin widgets over ``desktop.checkout_logic.LaptopCheckout``: the two actions (client-list
context menu, the "Laptop copy" button's menu, Ctrl+Shift+O / Ctrl+Shift+I), the laptop
passphrase dialog, the work on a worker thread (``desktop.background``), and the messages.
A check-in that finds the client changed on both sides shows what differs and asks which
copy to keep (``CheckinConflictDialog``); nothing is written until the user chooses.
"""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.background import BackgroundOp, run_in_background, show_error, show_message
from desktop.checkout_logic import LaptopCheckout, field_label, is_clinic
from desktop.passphrase import PassphraseDialog

if TYPE_CHECKING:
    from casefile.checkout import CheckinConflict, CheckinResult, Checkout
    from casefile.errors import Difference

#: The user's answers to a conflict, as ``casefile.checkout.check_in`` takes them.
KEEP_SERVER, KEEP_LAPTOP, KEEP_BOTH = "keep_server", "keep_laptop", "keep_both"


class CheckinConflictDialog(QDialog):
    """Both the clinic's copy and this laptop's changed since check-out: which fields differ
    (names, never values) and the three ways out, or decide later (nothing written)."""

    #: "keep_server", "keep_laptop", "keep_both", or "" (decide later: nothing is written)
    chosen = Signal(str)

    def __init__(
        self, conflict: CheckinConflict, parent: QWidget | None = None, *, name: str = ""
    ) -> None:
        super().__init__(parent)
        self.conflict = conflict
        # the name the client list shows (the server's): the laptop's copy may have changed it
        name = name or conflict.name
        self.choice = ""
        self.setObjectName("checkin-conflict")
        self.setWindowTitle(self.tr("Check in from this laptop"))
        self.setMinimumWidth(560)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        self.heading = QLabel(self.tr("{client} was changed on both sides").format(client=name))
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.intro = QLabel(
            self.tr(
                "Since {client} was checked out to this laptop, it was changed both on the "
                "clinic server and on this laptop. Nothing has been written yet. The two "
                "copies differ in:"
            ).format(client=name)
        )
        self.intro.setWordWrap(True)
        self.differences = QListWidget()
        self.differences.setObjectName("checkin-differences")
        texts = [self.difference_text(d) for d in conflict.differences]
        self.differences.addItems(texts)
        self.differences.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.differences.setWordWrap(True)
        self.differences.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # tall enough for the first eight differences, wrapped, without scrolling
        metrics = self.differences.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        width = self.minimumWidth() - 60
        tall = sum(
            metrics.boundingRect(0, 0, width, 10_000, flags, t).height() + 4 for t in texts[:8]
        )
        self.differences.setFixedHeight(max(tall, 2 * metrics.lineSpacing()) + 8)
        self.ask = QLabel(
            self.tr(
                "Choose which copy to keep. Whatever you choose, this laptop's case database "
                "is backed up before its copy is removed."
            )
        )
        self.ask.setWordWrap(True)

        self.keep_server = QPushButton(self.tr("Keep the &clinic's copy"))
        self.keep_laptop = QPushButton(self.tr("Use this &laptop's copy"))
        self.keep_both = QPushButton(self.tr("Keep &both"))
        self.later = QPushButton(self.tr("Decide l&ater"))
        said = {
            self.keep_server: self.tr(
                "The changes made on this laptop are dropped; the clinic's copy stays as it is."
            ),
            self.keep_laptop: self.tr(
                "This laptop's copy replaces the clinic's: what was changed on the server since "
                "the check-out is lost."
            ),
            self.keep_both: self.tr(
                "This laptop's copy is added on the server as a separate client, with a note. "
                "Compare the two and merge them by hand."
            ),
            self.later: self.tr("Nothing is written. The client stays checked out to this laptop."),
        }
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, (button, text) in enumerate(said.items()):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setBuddy(button)
            button.setToolTip(text)
            grid.addWidget(button, row, 0)
            grid.addWidget(label, row, 1)
        choices = {
            self.keep_server: KEEP_SERVER,
            self.keep_laptop: KEEP_LAPTOP,
            self.keep_both: KEEP_BOTH,
        }
        for button, choice in choices.items():
            button.clicked.connect(lambda _c=False, ch=choice: self._choose(ch))
        self.later.clicked.connect(self.reject)
        self.later.setDefault(True)  # Enter and Esc both leave everything as it is
        self.later.setAutoDefault(True)

        top = QGridLayout()
        top.addWidget(icon, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.heading, 0, 1)
        top.addWidget(self.intro, 1, 1)
        top.setColumnStretch(1, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.differences)
        lay.addWidget(self.ask)
        lay.addLayout(grid)
        self.finished.connect(self._finished)

    def difference_text(self, d: Difference) -> str:
        """One difference in words: the field's label as the profile editor shows it, a
        group's row counts on each side, or that the server no longer has the client."""
        if d.deleted:
            return self.tr("The client was deleted on the clinic server.")
        from desktop.profile_editor import tr_field

        label = tr_field(field_label(d.name))
        if d.here is not None:
            return self.tr(
                "{field} ({server} on the clinic server, {laptop} on this laptop)"
            ).format(field=label, server=d.here, laptop=d.there)
        return label

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def _finished(self, _result: int) -> None:
        self.chosen.emit(self.choice)


class LaptopActions(QObject):
    """The two actions for the client list's selected client, shown on a clinic server only.
    ``op``, ``passphrase_dialog`` and ``conflict_dialog`` are the latest of each (tests)."""

    #: a check-out or check-in ended (whatever the outcome): the list shows the new marks
    finished = Signal()

    def __init__(self, panel: Any) -> None:
        super().__init__(panel)
        self.panel = panel
        self.session: LaptopCheckout | None = None
        self.op: BackgroundOp | None = None
        self.passphrase_dialog: PassphraseDialog | None = None
        self.conflict_dialog: CheckinConflictDialog | None = None
        self.message: QMessageBox | None = None
        self._op_session: LaptopCheckout | None = None
        self.checkout_action = QAction(panel)
        self.checkout_action.setObjectName("checkout-to-laptop")
        self.checkout_action.setShortcut("Ctrl+Shift+O")
        self.checkout_action.triggered.connect(self.check_out_selected)
        self.checkin_action = QAction(panel)
        self.checkin_action.setObjectName("checkin-from-laptop")
        self.checkin_action.setShortcut("Ctrl+Shift+I")
        self.checkin_action.triggered.connect(self.check_in_selected)
        for action in (self.checkout_action, self.checkin_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            panel.addAction(action)  # the shortcut works anywhere in the client list
            panel.list.addAction(action)  # ... and the list's context menu offers it
        self.menu = QMenu(panel)
        self.menu.addAction(self.checkout_action)
        self.menu.addAction(self.checkin_action)
        self.button = QPushButton(panel)
        self.button.setObjectName("laptop-copy")
        self.button.setMenu(self.menu)
        panel.add_button(self.button)
        self.retranslate()
        self.set_store(panel.store)

    def retranslate(self) -> None:
        self.checkout_action.setText(self.tr("Check &out to this laptop"))
        self.checkout_action.setToolTip(
            self.tr(
                "Copy the selected client to this laptop's encrypted case database to work "
                "away from the clinic (Ctrl+Shift+O)"
            )
        )
        self.checkin_action.setText(self.tr("Check &in from this laptop"))
        self.checkin_action.setToolTip(
            self.tr(
                "Bring this laptop's copy of the selected client back to the clinic server "
                "(Ctrl+Shift+I)"
            )
        )
        self.button.setText(self.tr("La&ptop copy"))
        self.button.setToolTip(self.tr("Check the selected client out to this laptop, or back in"))

    def set_store(self, store: Any) -> None:
        """Shown on a clinic server only; a new store (or a quick exit) locks the laptop's."""
        self.release()
        clinic = is_clinic(store)
        for action in (self.checkout_action, self.checkin_action):
            action.setVisible(clinic)
            action.setEnabled(clinic)
        self.button.setVisible(clinic)
        self.panel.list.setContextMenuPolicy(
            Qt.ContextMenuPolicy.ActionsContextMenu
            if clinic
            else Qt.ContextMenuPolicy.DefaultContextMenu
        )

    def release(self) -> None:
        """Lock the laptop's store of the check-out or check-in under way. A step still
        running on the worker keeps it until it ends (locking it under the core's feet could
        leave half a check-out); its callback then sees it was dropped and locks it."""
        session, self.session = self.session, None
        if session is None:
            return
        running = self.op is not None and not self.op.finished
        if not (running and self._op_session is session):
            session.release()

    # -- names and messages ------------------------------------------------------------
    def _name(self, client_id: str) -> str:
        shown = self.panel._shown.get(client_id)
        return str(shown.display_name) if shown is not None else client_id

    def _say(self, text: str, *, ok: bool = False) -> QMessageBox:
        icon = QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning
        self.message = show_message(self.panel, text, title=self.tr("Laptop copy"), icon=icon)
        return self.message

    def _holder(self, record: Checkout) -> str:
        if record.host:
            return self.tr("{user} on {computer}").format(user=record.by, computer=record.host)
        return record.by

    def show_problem(self, exc: BaseException, name: str) -> QMessageBox:
        """What went wrong and what to do, in the interface language (never a traceback)."""
        from casefile.checkout import AlreadyCheckedOut, CopyOnLaptop, NotCheckedOut
        from casefile.errors import StaleProfile

        if isinstance(exc, AlreadyCheckedOut):
            who = self.tr("{user} on {computer}").format(
                user=exc.by, computer=exc.host or self.tr("another computer")
            )
            return self._say(
                self.tr(
                    "{client} is already checked out by {who}. Nothing was copied. Ask them "
                    "to check it in first, then try again."
                ).format(client=name, who=who)
            )
        about_client: dict[type[BaseException], str] = {
            CopyOnLaptop: self.tr(
                "This laptop's own case database already has {client}. Nothing was "
                "copied. Check that copy in first (or export it and delete it on this "
                "laptop), then check the client out again."
            ),
            NotCheckedOut: self.tr(
                "{client} is not checked out to this laptop, so there is nothing to check "
                "in. Nothing was changed."
            ),
            StaleProfile: self.tr(
                "Someone saved {client} on the clinic server while it was being checked "
                "in. Nothing was written and it is still checked out to this laptop: "
                "check it in again."
            ),
        }
        for kind, text in about_client.items():
            if isinstance(exc, kind):
                return self._say(text.format(client=name))
        self.message = show_error(self.panel, exc)
        return self.message

    # -- check out ---------------------------------------------------------------------
    def check_out_selected(self) -> PassphraseDialog | None:
        """Ask for this laptop's passphrase, then copy the selected client to it."""
        found = self._selected()
        if found is None:
            return None
        session, cid, name, held = found
        if held is not None:  # said before the passphrase is asked for
            from casefile.checkout import AlreadyCheckedOut

            self.show_problem(AlreadyCheckedOut(cid, held.by, held.host), name)
            return None
        return self._ask_passphrase(
            session, lambda: self._run(session, cid, name, "checkout"), checkout=True
        )

    # -- check in ----------------------------------------------------------------------
    def check_in_selected(self) -> PassphraseDialog | None:
        """Ask for this laptop's passphrase, then bring its copy of the client back."""
        found = self._selected()
        if found is None:
            return None
        session, cid, name, held = found
        if held is None:
            from casefile.checkout import NotCheckedOut

            self.show_problem(NotCheckedOut(cid), name)
            return None
        if held.host and held.host != socket.gethostname():
            self._say(
                self.tr(
                    "{client} is checked out to another computer ({who}). Check it in from "
                    "that computer. Nothing was changed."
                ).format(client=name, who=self._holder(held))
            )
            return None
        return self._ask_passphrase(
            session, lambda: self._run(session, cid, name, "refuse"), checkout=False
        )

    # -- shared ------------------------------------------------------------------------
    def _selected(self) -> tuple[LaptopCheckout, str, str, Any] | None:
        """The selected client on a clinic server: a check-out session, its id, its name and
        who holds it now (None: nobody); None when there is nothing to do, or after saying
        why the check-out state could not be read."""
        store, cid = self.panel.store, self.panel.selected_id()
        if not cid or not is_clinic(store):
            return None
        session = LaptopCheckout(store)
        name = self._name(cid)
        try:
            held = session.checked_out().get(cid)
        except _errors() as exc:
            self.show_problem(exc, name)
            return None
        return session, cid, name, held

    def _ask_passphrase(self, session: LaptopCheckout, then: Any, *, checkout: bool) -> Any:
        self.release()
        self.session = session
        dlg = PassphraseDialog(
            session.passphrase_mode(),
            session.open_laptop,
            self.panel,
            laptop="checkout" if checkout else "checkin",
        )
        dlg.unlocked.connect(lambda _store: then())
        dlg.rejected.connect(session.release)
        dlg.finished.connect(dlg.deleteLater)
        self.passphrase_dialog = dlg
        dlg.open()
        return dlg

    def _run(self, session: LaptopCheckout, cid: str, name: str, what: str) -> BackgroundOp:
        """``what``: ``checkout``, or the check-in choice (``refuse`` the first time).
        Not cancellable: each is one guarded step of the core (all or nothing), and
        stopping it half-way is what must not happen."""
        if what == "checkout":
            title = self.tr("Copying {client} to this laptop…").format(client=name)

            def work(progress: Any, cancel: Any) -> Any:
                return session.check_out(cid)

        else:
            title = self.tr("Checking {client} in to the clinic server…").format(client=name)

            def work(progress: Any, cancel: Any) -> Any:
                return session.check_in(cid, what)

        def dropped() -> bool:
            """The window moved on meanwhile (a quick exit, another store): lock, say nothing
            (the list shows the outcome when it is unlocked again)."""
            if self.session is session:
                return False
            session.release()
            return True

        def done(result: Any) -> None:
            if dropped():
                return
            self._end(session)
            if what != "checkout":
                self._checked_in(result, name)
            else:
                self._say(
                    self.tr(
                        "{client} is checked out to this laptop. To work on it away from the "
                        "clinic, start ReliefDesk without the clinic server: it opens this "
                        "laptop's encrypted case database. Check the client in when you are "
                        "back; if it was changed here too, you will be asked which copy to keep."
                    ).format(client=name),
                    ok=True,
                )

        def failed(exc: BaseException) -> None:
            from casefile.checkout import CheckinConflict

            if dropped():
                return
            if isinstance(exc, CheckinConflict):  # the laptop's store stays open for the answer
                self.ask_conflict(session, exc, name)
                return
            self._end(session)
            self.show_problem(exc, name)

        self._op_session = session
        self.op = run_in_background(
            self.panel, work, success=done, failure=failed, title=title, cancellable=False
        )
        return self.op

    def _end(self, session: LaptopCheckout) -> None:
        session.release()
        if self.session is session:
            self.session = None
        self.panel.refresh()
        self.finished.emit()

    def _checked_in(self, result: CheckinResult, name: str) -> None:
        said = {
            "written": self.tr("{client} is checked in: this laptop's copy is now the clinic's."),
            "unchanged": self.tr(
                "{client} is checked in. Nothing had changed on this laptop, so the clinic's "
                "copy stays as it is."
            ),
            "kept_server": self.tr(
                "{client} is checked in. The clinic's copy was kept; this laptop's changes "
                "were dropped."
            ),
            "kept_both": self.tr(
                "{client} is checked in. This laptop's copy was added as a separate client, "
                "with a note: compare the two and merge them by hand."
            ),
        }[result.outcome].format(client=name)
        removed = self.tr(
            "The copy on this laptop was removed (its case database was backed up first)."
        )
        self._say(f"{said} {removed}", ok=True)

    def ask_conflict(
        self, session: LaptopCheckout, conflict: CheckinConflict, name: str
    ) -> CheckinConflictDialog:
        dlg = CheckinConflictDialog(conflict, self.panel, name=name)

        def chosen(choice: str) -> None:
            if choice:
                self._run(session, conflict.client_id, name, choice)
            else:  # decide later: nothing written, the laptop's store is locked again
                self._end(session)

        dlg.chosen.connect(chosen)
        dlg.finished.connect(dlg.deleteLater)
        self.conflict_dialog = dlg
        dlg.open()
        return dlg


def _errors() -> tuple[type[Exception], ...]:
    from desktop.background import action_errors

    return action_errors()
