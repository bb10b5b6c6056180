"""File and folder dialogs that leave no trace of what was chosen (issue 21, item 6).

Qt's static ``QFileDialog.get*`` functions save the dialog's history and last visited folder in
the user's ``QtProject.conf`` (``~/.config/QtProject.conf`` on Linux) in plain text, and the
folders lawyers choose often carry a client's name. These helpers run a dialog instance,
empty its history before Qt saves its state (when the dialog is destroyed), then remove the
history and last-visited keys from Qt's settings, so a run leaves neither.

Use ``open_file_name``, ``save_file_name`` and ``existing_directory`` instead of the static
functions; ``scrub_dialog_history()`` also runs once at start to clean what older versions left.
"""

from __future__ import annotations

import contextlib

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

#: Keys of Qt's ``FileDialog`` settings group that hold chosen paths.
_HISTORY_KEYS = ("history", "lastVisited")


def scrub_dialog_history() -> None:
    """Remove the chosen-folder history Qt keeps for file dialogs (UserScope "QtProject")."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in _HISTORY_KEYS:
        settings.remove(key)
    settings.endGroup()
    settings.sync()


def _run(
    dialog: QFileDialog,
    accept: QFileDialog.AcceptMode,
    mode: QFileDialog.FileMode,
    *options: QFileDialog.Option,
) -> str:
    """Show the dialog in this mode, with these options on; the path chosen, or "" if
    cancelled."""
    dialog.setAcceptMode(accept)
    dialog.setFileMode(mode)
    for option in options:
        dialog.setOption(option, True)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.selectedFiles() if accepted else []
    finally:
        dialog.setHistory([])
        # Qt writes its settings in the destructor: destroy it now, then clean after it.
        with contextlib.suppress(RuntimeError):
            shiboken6.delete(dialog)
        scrub_dialog_history()
    return chosen[0] if chosen else ""


def open_file_name(
    parent: QWidget | None, title: str, directory: str = "", name_filter: str = ""
) -> str:
    """An existing file to open, or "" if cancelled."""
    dialog = QFileDialog(parent, title, directory, name_filter)
    return _run(dialog, QFileDialog.AcceptMode.AcceptOpen, QFileDialog.FileMode.ExistingFile)


def save_file_name(
    parent: QWidget | None, title: str, directory: str = "", name_filter: str = ""
) -> str:
    """A file name to write, or "" if cancelled (the dialog asks before overwriting)."""
    dialog = QFileDialog(parent, title, directory, name_filter)
    return _run(dialog, QFileDialog.AcceptMode.AcceptSave, QFileDialog.FileMode.AnyFile)


def existing_directory(parent: QWidget | None, title: str, directory: str = "") -> str:
    """An existing folder, or "" if cancelled."""
    dialog = QFileDialog(parent, title, directory)
    return _run(
        dialog,
        QFileDialog.AcceptMode.AcceptOpen,
        QFileDialog.FileMode.Directory,
        QFileDialog.Option.ShowDirsOnly,
    )
