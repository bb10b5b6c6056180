"""Fixtures of the desktop tests: an isolated config and data folder, and helpers to find the
non-blocking message boxes the app opens. Fictional clients only."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


def submit_passphrase(dlg: Any, text: str, confirm: str | None = None) -> None:
    """Type the passphrase (twice on first run), press OK and wait for the store to open
    (it opens on a worker thread)."""
    dlg.passphrase.setText(text)
    if confirm is not None:
        dlg.confirm.setText(confirm)
    dlg.submit()
    deadline = time.monotonic() + 30
    while dlg.busy and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.002)
    assert not dlg.busy, "the store did not open within 30 s"


def data_in_spanish(lines: list[str]) -> list[str]:
    """Each data text (a plan warning, a form note) as a Spanish screen shows it."""
    from desktop.data_text import data_tr
    from desktop.i18n import TRANSLATIONS

    try:
        TRANSLATIONS.set_language("es")
        return [data_tr(line) for line in lines]
    finally:
        TRANSLATIONS.set_language("en")
