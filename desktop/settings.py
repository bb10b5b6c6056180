"""The settings dialog: data location, backups (how many to keep, make one, restore one),
default output folder, Bates prefix and interface language. Every value is declared in
``desktop.options`` and read/written through the one ``Options`` object."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casefile.errors import ReliefDeskError
from desktop.background import run_in_background, show_message
from desktop.file_dialogs import existing_directory
from desktop.i18n import Retranslating
from desktop.options import LANGUAGES, Options
from desktop.store import clinic_url
from desktop.widgets import FieldEdit, push_button, wrapped_label

log = logging.getLogger(__name__)


class SettingsDialog(Retranslating, QDialog):
    language_changed = Signal(str)
    restored = Signal()

    def __init__(
        self, options: Options, store: Any, parent: QWidget | None = None, *, demo: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self.options = options
        self.store = store
        self.demo = demo
        has_data = options.data_dir is not None

        self.data_dir = FieldEdit(options.get("data_dir"))
        self.data_dir.setPlaceholderText(str(options.data_dir or ""))
        self.data_browse = push_button(
            lambda: self._browse(self.data_dir, self.tr("Data location"))
        )
        self.data_note = wrapped_label()
        # clinic mode: the cases on the clinic's PostgreSQL server (issue 22 item 1)
        self.server_url = FieldEdit(options.get("database_url"))
        self.server_url.setObjectName("database-url")
        self.server_url.setPlaceholderText("postgresql+psycopg://ana@clinic-server/reliefdesk")
        self.server_label = QLabel()
        self.server_note = wrapped_label()
        self.backup_count = QSpinBox()
        self.backup_count.setRange(1, 100)
        self.backup_count.setValue(int(options.get("backup_count")) if has_data else 10)
        self.backup_now = push_button(self.make_backup)
        self.backups = QListWidget()
        self.backups.setMaximumHeight(110)
        self.restore = push_button(self.restore_selected)
        self.output_dir = FieldEdit(options.get("output_dir") if has_data else "")
        self.output_browse = push_button(
            lambda: self._browse(self.output_dir, self.tr("Default output folder"))
        )
        self.output_warning = wrapped_label(style="color: #8a4b00;")
        self.bates = FieldEdit(options.get("bates_prefix") if has_data else "RD")
        self.bates.setMaxLength(12)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(options.get("language")), 0))

        def row(*widgets: QWidget) -> QWidget:
            w = QWidget()
            lay = QHBoxLayout(w)
            lay.setContentsMargins(0, 0, 0, 0)
            for x in widgets:
                lay.addWidget(x)
            return w

        self.data_box = QGroupBox()
        f1 = QFormLayout(self.data_box)
        self.data_label = QLabel()
        f1.addRow(self.data_label, row(self.data_dir, self.data_browse))
        f1.addRow("", self.data_note)
        f1.addRow(self.server_label, self.server_url)
        f1.addRow("", self.server_note)
        self.backup_box = QGroupBox()
        f2 = QFormLayout(self.backup_box)
        self.keep_label = QLabel()
        f2.addRow(self.keep_label, row(self.backup_count, self.backup_now))
        f2.addRow(self.backups)
        f2.addRow(self.restore)
        self.docs_box = QGroupBox()
        f3 = QFormLayout(self.docs_box)
        self.output_label = QLabel()
        self.bates_label = QLabel()
        f3.addRow(self.output_label, row(self.output_dir, self.output_browse))
        f3.addRow("", self.output_warning)
        f3.addRow(self.bates_label, self.bates)
        # counsel's details for every client's forms and letters
        self.counsel = push_button(self.open_counsel)
        f3.addRow(self.counsel)
        self.ui_box = QGroupBox()
        f4 = QFormLayout(self.ui_box)
        self.language_label = QLabel()
        f4.addRow(self.language_label, self.language)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        for box in (self.data_box, self.backup_box, self.docs_box, self.ui_box):
            lay.addWidget(box)
        lay.addWidget(buttons)
        for w in (self.backup_count, self.backup_now, self.restore, self.output_dir, self.bates):
            w.setEnabled(has_data and not demo)
        self.retranslate()
        self.refresh_backups()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.data_box.setTitle(self.tr("Data"))
        self.data_label.setText(self.tr("Data location:"))
        self.data_browse.setText(self.tr("Choose…"))
        self.data_note.setText(
            self.tr("Used from the next start. Leave empty for the default folder.")
        )
        self.server_label.setText(self.tr("Clinic server:"))
        self.server_note.setText(
            self.tr(
                "Clinic mode, from the next start: the cases live on the clinic's server and "
                "ReliefDesk asks for your server password at each start (never saved). Leave "
                "empty to keep the cases in this computer's encrypted file."
            )
        )
        self.backup_box.setTitle(self.tr("Backups (encrypted)"))
        self.keep_label.setText(self.tr("Keep this many:"))
        self.backup_now.setText(self.tr("Make a backup now"))
        self.restore.setText(self.tr("Restore the selected backup…"))
        self.docs_box.setTitle(self.tr("Documents"))
        self.output_label.setText(self.tr("Default output folder:"))
        self.output_browse.setText(self.tr("Choose…"))
        self.output_warning.setText(
            self.tr("Generated documents are not encrypted: prefer a folder on an encrypted disk.")
        )
        self.bates_label.setText(self.tr("Bates prefix:"))
        self.counsel.setText(self.tr("Counsel and organization…"))
        self.ui_box.setTitle(self.tr("Interface"))
        self.language_label.setText(self.tr("Language:"))

    def _browse(self, target: QLineEdit, title: str) -> None:
        folder = existing_directory(self, title, target.text())
        if folder:
            target.setText(folder)

    def open_counsel(self) -> None:
        from desktop.counsel_page import CounselDialog

        dlg = CounselDialog(self.store, self)
        dlg.open()
        self.counsel_dialog = dlg

    # -- backups -----------------------------------------------------------------------
    def refresh_backups(self) -> None:
        self.backups.clear()
        if self.store is None or self.demo:
            return
        try:
            for path in self.store.list_backups():
                self.backups.addItem(str(Path(path).name))
        except OSError as exc:  # an unreadable backups folder: say so in the list
            log.warning("backups cannot be listed: %s", exc)
            self.backups.addItem(
                self.tr("The backups folder cannot be read: {reason}").format(
                    reason=exc.strerror or exc
                )
            )

    def make_backup(self) -> None:
        store = self.store
        run_in_background(
            self,
            lambda progress, cancel: store.backup(),
            success=self._backup_done,
            title=self.tr("Making a backup…"),
            cancellable=False,
        )

    def _backup_done(self, path: Path) -> None:
        self.refresh_backups()
        show_message(
            self,
            self.tr("Backup written: {name}").format(name=Path(path).name),
            icon=QMessageBox.Icon.Information,
        )

    def restore_selected(self) -> None:
        item = self.backups.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace the current data with the backup {name}? Changes made after it was "
                "taken will be lost (a backup of the current data is made first)."
            ).format(name=item.text()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        path = next(
            (Path(p) for p in self.store.list_backups() if Path(p).name == item.text()), None
        )
        if path is None:
            return
        store = self.store
        run_in_background(
            self,
            lambda progress, cancel: store.restore_backup(path),
            success=self._restored,
            title=self.tr("Restoring…"),
            cancellable=False,
        )

    def _restored(self, _result: Any) -> None:
        self.refresh_backups()
        self.restored.emit()
        show_message(self, self.tr("The backup was restored."), icon=QMessageBox.Icon.Information)

    # -- apply -------------------------------------------------------------------------
    def apply(self) -> None:
        o = self.options
        url = self.server_url.text().strip()
        try:  # a URL holding a password would sit in the settings file: refused
            if url:
                clinic_url(url)
        except ReliefDeskError as exc:
            show_message(self, str(exc), title=self.tr("Clinic server"))
            return
        o.set("database_url", url)
        o.set("data_dir", self.data_dir.text().strip())
        if o.data_dir is not None and not self.demo:
            o.set("backup_count", self.backup_count.value())
            o.set("output_dir", self.output_dir.text().strip())
            o.set("bates_prefix", self.bates.text().strip() or "RD")
            if self.store is not None:
                self.store.keep_backups = self.backup_count.value()
        code = str(self.language.currentData())
        if code != o.get("language"):
            self.language_changed.emit(code)
        self.accept()
