"""The passphrase gate: create (first run) or unlock the encrypted case database.

The typed passphrase is handed straight to ``attempt`` and the fields are cleared at once;
no attribute of the dialog keeps it. A wrong passphrase shows the typed error's own message
and lets the user try again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casefile.passphrase_policy import MIN_LENGTH, passphrase_problem
from desktop.i18n import Retranslating
from desktop.widgets import FieldEdit, wrapped_label


def strength(passphrase: str) -> int:
    """0 (empty) .. 4 (strong): length first, variety second. A hint, not a policy."""
    if not passphrase:
        return 0
    score = 1
    if len(passphrase) >= MIN_LENGTH:
        score += 1
    if len(passphrase) >= 16 or len(passphrase.split()) >= 4:
        score += 1
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    if kinds >= 3 and score >= 2:
        score += 1
    return min(score, 4)


class PassphraseDialog(Retranslating, QDialog):
    """``mode`` is ``create`` (first run: type twice), ``unlock``, or ``server`` (clinic mode:
    the user's password on the clinic's PostgreSQL server named by ``server``; empty lets
    libpq use PGPASSWORD or ~/.pgpass). ``laptop`` (``checkout`` or ``checkin``) says the
    passphrase is for this laptop's own case database, opened (``unlock``) or made
    (``create``) to check a client out of the clinic server or back in.

    ``attempt(passphrase)`` returns the opened store or raises (``WrongPassphrase`` ...).
    On success ``unlocked`` is emitted with the store and the dialog accepts.
    """

    unlocked = Signal(object)

    def __init__(
        self,
        mode: str,
        attempt: Callable[[str], Any],
        parent: QWidget | None = None,
        *,
        server: str = "",
        laptop: str = "",
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.server = server
        self.laptop = laptop
        self._attempt = attempt
        self.store: Any = None
        self.op: Any = None
        self.setObjectName("passphrase-dialog")
        self.setModal(True)
        self.setMinimumWidth(460)

        self.intro = wrapped_label()
        self.warning = wrapped_label(style="color: #8a4b00;")
        self.passphrase = FieldEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.confirm = FieldEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setObjectName("confirm")
        self.strength_label = QLabel()
        self.error = wrapped_label("error", "color: #b00020;")
        # Buttons set after construction: the constructor taking them is overloaded on
        # Qt.Orientation, and resolving that builds every enum of the Qt namespace (~25 ms
        # before this first window shows, issue 20).
        self.buttons = QDialogButtonBox()
        self.buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.pass_label = QLabel()
        self.confirm_label = QLabel()
        self.form.addRow(self.pass_label, self.passphrase)
        if mode == "create":
            self.form.addRow(self.confirm_label, self.confirm)
            self.form.addRow("", self.strength_label)
            self.passphrase.textChanged.connect(self._update_strength)
        else:
            self.confirm.hide()
            self.warning.hide()
            self.strength_label.hide()
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(self.form)
        lay.addWidget(self.warning)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.error.hide()
        self.retranslate()
        self._update_strength("")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ReliefDesk: passphrase"))
        if self.laptop:
            self._laptop_texts()
        elif self.mode == "create":
            self.intro.setText(
                self.tr(
                    "Choose a passphrase for the encrypted case database. A few unrelated "
                    "words are easy to remember and hard to guess."
                )
            )
        elif self.mode == "server":
            self.intro.setText(
                self.tr(
                    "Clinic mode: enter your password for the clinic's case server {server}. "
                    "ReliefDesk keeps it only while connecting and never saves it."
                ).format(server=self.server)
            )
        else:
            self.intro.setText(self.tr("Enter the passphrase of the case database."))
        self.warning.setText(
            self.tr(
                "Write it down somewhere safe. A lost passphrase cannot be recovered: "
                "nobody, including the makers of ReliefDesk, can open the data without it."
            )
        )
        self.pass_label.setText(
            self.tr("&Password:") if self.mode == "server" else self.tr("&Passphrase:")
        )
        self.pass_label.setBuddy(self.passphrase)
        self.confirm_label.setText(self.tr("&Type it again:"))
        self.confirm_label.setBuddy(self.confirm)
        self._update_strength(self.passphrase.text())

    def _laptop_texts(self) -> None:
        self.setWindowTitle(self.tr("ReliefDesk: this laptop's passphrase"))
        if self.mode == "create":
            self.intro.setText(
                self.tr(
                    "This laptop has no case database of its own yet: checked-out clients are "
                    "kept there, encrypted. Choose a passphrase for it. A few unrelated words "
                    "are easy to remember and hard to guess."
                )
            )
        elif self.laptop == "checkin":
            self.intro.setText(
                self.tr(
                    "To check the client in, ReliefDesk opens this laptop's own encrypted "
                    "case database. Enter its passphrase."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "To check the client out, ReliefDesk opens this laptop's own encrypted "
                    "case database. Enter its passphrase."
                )
            )

    def _update_strength(self, text: str) -> None:
        names = [
            self.tr("Strength: —"),
            self.tr("Strength: weak"),
            self.tr("Strength: fair"),
            self.tr("Strength: good"),
            self.tr("Strength: strong"),
        ]
        self.strength_label.setText(names[strength(text)])

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()  # room for the whole message
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def submit(self) -> None:
        typed = self.passphrase.text()
        if self.mode == "create":
            again = self.confirm.text()
            self.confirm.clear()
            if passphrase_problem(typed) is not None:  # the core's rule, as ./run init applies it
                self._fail(self.tr("Use at least {n} characters.").format(n=MIN_LENGTH))
                return
            if typed != again:
                self.passphrase.clear()
                self._fail(self.tr("The two passphrases differ. Type them again."))
                return
        self.passphrase.clear()
        self._set_busy(True)
        attempt = self._attempt
        from desktop.background import run_in_background

        # Opening derives the key (and, on the first try, loads the database layer): seconds
        # on a slow laptop, so it runs off the UI thread. Only the worker's closure holds the
        # passphrase, and the helper drops it when the work ends.
        self.op = run_in_background(
            self,
            lambda progress, cancel: attempt(typed),
            success=self._opened,
            failure=self._not_opened,
            title=self.tr("Opening the case database…"),
            cancellable=False,
        )

    @property
    def busy(self) -> bool:
        return self.op is not None and not self.op.finished

    def _set_busy(self, on: bool) -> None:
        for w in (self.passphrase, self.confirm, self.buttons):
            w.setEnabled(not on)

    def _opened(self, store: Any) -> None:
        self._set_busy(False)
        self.op = None
        self.store = store
        self.error.hide()
        self.unlocked.emit(store)
        self.accept()

    def _not_opened(self, exc: BaseException) -> None:
        from casefile.errors import ReliefDeskError

        self._set_busy(False)
        self.op = None
        if isinstance(exc, ReliefDeskError):
            self._fail(str(exc))
            return
        from desktop.background import show_error

        show_error(self, exc)
