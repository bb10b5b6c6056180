"""Fixtures of the desktop tests: an isolated config and data folder, and helpers to find the
non-blocking message boxes the app opens. Fictional clients only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("RELIEFDESK_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("RELIEFDESK_CONFIG", str(tmp_path / "config"))
    yield
    from desktop.background import suppress_ui
    from desktop.i18n import TRANSLATIONS

    TRANSLATIONS.set_language("en")
    suppress_ui(False)  # a test that ended in a quick exit must not silence the next one


@pytest.fixture(autouse=True)
def close_all_windows(qapp: QApplication) -> Iterator[None]:
    yield
    for w in QApplication.topLevelWidgets():
        w.close()
        w.deleteLater()
    QApplication.processEvents()


def message_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
