"""File dialogs keep no history of the folders chosen (issue 21, item 6).

Qt's static ``QFileDialog`` functions save the chosen folder (which often carries a client's
name) in ``QtProject.conf`` in plain text; the control test shows that on this Qt. The app's
dialogs (``desktop.file_dialogs``) leave no path in it. Qt's settings are redirected to a
temporary folder for the test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from desktop import file_dialogs

NAME = "Rosa Quispe (fictional)"


@pytest.fixture
def qt_config(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    where = tmp_path / "config"
    where.mkdir()
    old = QSettings(QSettings.Scope.UserScope, "QtProject").fileName()
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(where))
    try:
        yield where / "QtProject.conf"
    finally:
        QSettings.setPath(
            QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(Path(old).parent)
        )


def _choose_later(target: Path, pick_file: bool = False) -> None:
    """Accept the next modal file dialog with ``target`` once it is shown (as a user would)."""
    tries = {"n": 0}

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            tries["n"] += 1
            if tries["n"] < 200:
                QTimer.singleShot(25, accept)
            return
        if pick_file:  # typed into the file name box (the folder view loads asynchronously)
            edit = dialog.findChild(QLineEdit, "fileNameEdit")
            assert edit is not None
            edit.setText(str(target))
        else:
            dialog.setDirectory(str(target))
        dialog.accept()
        if dialog.isVisible():  # refused (e.g. an overwrite question): do not hang the run
            dialog.reject()

    QTimer.singleShot(25, accept)


def _left(conf: Path) -> str:
    return conf.read_text(encoding="utf-8", errors="replace") if conf.exists() else ""


def test_the_static_dialog_leaks_the_folder_control(tmp_path: Path, qt_config: Path) -> None:
    folder = tmp_path / NAME
    folder.mkdir()
    _choose_later(folder)
    assert QFileDialog.getExistingDirectory(None, "Output folder", str(tmp_path)) == str(folder)
    assert "Rosa" in _left(qt_config)  # what the app's dialogs must not do


def _folder(d: Path) -> str:
    return file_dialogs.existing_directory(None, "Output folder", str(d.parent))


def _open(d: Path) -> str:
    return file_dialogs.open_file_name(None, "Import", str(d), "Bundles (*.rdbundle)")


def _save(d: Path) -> str:
    return file_dialogs.save_file_name(None, "Export", str(d), "Bundles (*.rdbundle)")


@pytest.mark.parametrize("call", [_folder, _open, _save], ids=["folder", "open", "save"])
def test_the_apps_dialogs_keep_no_history(
    tmp_path: Path, qt_config: Path, call: Callable[[Path], str]
) -> None:
    folder = tmp_path / NAME
    folder.mkdir()
    target: Path = folder
    if call is _open:
        target = folder / "export.rdbundle"
        target.write_bytes(b"RDBUNDLE")
    elif call is _save:
        target = folder / "new-export.rdbundle"  # a new name: no overwrite question
    _choose_later(target, pick_file=call is not _folder)
    assert call(folder) == str(target)
    left = _left(qt_config)
    assert "Rosa" not in left and "Quispe" not in left, left
    assert "history" not in left and "lastVisited" not in left


def test_start_scrubs_what_older_versions_left(qt_config: Path) -> None:
    s = QSettings(QSettings.Scope.UserScope, "QtProject")
    s.setValue("FileDialog/history", [f"file:///home/lawyer/{NAME}"])
    s.setValue("FileDialog/lastVisited", f"file:///home/lawyer/{NAME}")
    s.setValue("FileDialog/viewMode", "Detail")
    s.sync()
    assert "Rosa" in _left(qt_config)
    file_dialogs.scrub_dialog_history()
    assert "Rosa" not in _left(qt_config)
    assert "viewMode" in _left(qt_config)  # other settings are kept
