"""Window actions report the errors a store action can raise and let a programming error
through (issue 19 item 5: no broad excepts). Fictional clients only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from casefile.errors import SaveFailed
from casefile.store import CaseStore
from desktop.clients import ClientListPanel
from desktop.options import Options

from .conftest import message_boxes

PASS = "granite pelican summer thirty"


class FailingStore:
    """The real store whose add_demo_client raises the given error."""

    def __init__(self, store: CaseStore, error: Exception) -> None:
        self.store = store
        self.error = error

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    @property
    def is_locked(self) -> bool:
        return self.store.is_locked

    def add_demo_client(self) -> Any:
        raise self.error


@pytest.fixture
def store(tmp_path: Path):
    s = CaseStore.create(tmp_path / "data", PASS)
    yield s
    s.lock()


def _panel(qtbot: Any, tmp_path: Path, store: Any) -> ClientListPanel:
    panel = ClientListPanel(store, Options(tmp_path / "data", tmp_path / "config"))
    qtbot.addWidget(panel)
    qtbot.waitUntil(panel.search_settled)
    return panel


def test_a_store_error_is_shown_to_the_user(qtbot: Any, tmp_path: Path, store: CaseStore) -> None:
    panel = _panel(qtbot, tmp_path, FailingStore(store, SaveFailed("c-1", "disk full")))
    panel.add_demo()
    boxes = message_boxes()
    assert len(boxes) == 1 and "disk full" in boxes[0].text()
    assert store.list_clients() == []


def test_a_programming_error_is_not_swallowed(qtbot: Any, tmp_path: Path, store: CaseStore) -> None:
    panel = _panel(qtbot, tmp_path, FailingStore(store, TypeError("a bug")))
    with pytest.raises(TypeError, match="a bug"):
        panel.add_demo()
    assert message_boxes() == []
