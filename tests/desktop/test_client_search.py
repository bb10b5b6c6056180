"""The client list at scale (issue 20): typing is debounced to one query per pause, the
query runs off the UI thread, an outdated result is dropped, and a long list is shown in
chunks. Fictional clients only."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from casefile.models import Client
from casefile.profile import Profile
from casefile.store import CaseStore
from desktop.clients import SHOW_CHUNK, ClientListPanel
from desktop.options import Options
from tests.pg import make_store


class CountingStore:
    """The real store, recording each list_clients call and the thread it ran on."""

    def __init__(self, store: CaseStore) -> None:
        self.store = store
        self.calls: list[tuple[str, int]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    @property
    def is_locked(self) -> bool:
        return self.store.is_locked

    def list_clients(self, query: str = "", *, include_archived: bool = False) -> list[Any]:
        self.calls.append((query, threading.get_ident()))
        return self.store.list_clients(query, include_archived=include_archived)


@pytest.fixture
def big_store(tmp_path: Path, backend: str, request: pytest.FixtureRequest):
    """On the laptop's file and on a clinic's PostgreSQL server (the same list and search)."""
    store = make_store(request, backend, tmp_path / "data")
    families = ["Okafor", "Quispe", "Mamani"]
    store.save_many(
        [
            Profile(client=Client(given_name=f"Ana {i:03d}", family_name=families[i % 3]))
            for i in range(2 * SHOW_CHUNK + 50)
        ]
    )
    yield store
    store.lock()


def test_typing_runs_one_query_off_the_ui_thread(
    qtbot: Any, tmp_path: Path, big_store: CaseStore
) -> None:
    counting = CountingStore(big_store)
    panel = ClientListPanel(counting, Options(tmp_path / "data", tmp_path / "config"))
    qtbot.addWidget(panel)
    qtbot.waitUntil(panel.search_settled)
    counting.calls.clear()
    qtbot.keyClicks(panel.search, "quispe")  # six keystrokes, no pause between them
    assert counting.calls == []  # nothing yet: waiting for the pause
    qtbot.waitUntil(panel.search_settled, timeout=10000)
    assert [q for q, _ in counting.calls] == ["quispe"]
    assert counting.calls[0][1] != threading.get_ident()
    assert panel.searches_started == 1
    expected = [s.id for s in big_store.list_clients("quispe")]
    assert panel.visible_ids() == expected and len(expected) == (2 * SHOW_CHUNK + 50) // 3


def test_a_long_list_is_shown_in_chunks(qtbot: Any, tmp_path: Path, big_store: CaseStore) -> None:
    panel = ClientListPanel(big_store, Options(tmp_path / "data", tmp_path / "config"))
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.search, "ana")
    qtbot.waitUntil(lambda: panel.list.count() > 0, timeout=10000)
    assert panel.list.count() == SHOW_CHUNK  # the first rows at once, the rest later
    assert panel.list.currentRow() == 0
    qtbot.waitUntil(panel.search_settled, timeout=10000)
    assert panel.visible_ids() == [s.id for s in big_store.list_clients("ana")]
    assert panel.list.count() == 2 * SHOW_CHUNK + 50


def test_an_outdated_result_is_dropped(
    qtbot: Any, tmp_path: Path, big_store: CaseStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = ClientListPanel(big_store, Options(tmp_path / "data", tmp_path / "config"))
    qtbot.addWidget(panel)
    release = threading.Event()
    real = big_store.list_clients

    def slow_for_okafor(query: str = "", *, include_archived: bool = False) -> list[Any]:
        if query == "okafor":
            release.wait(10)
        return real(query, include_archived=include_archived)

    monkeypatch.setattr(big_store, "list_clients", slow_for_okafor)
    qtbot.keyClicks(panel.search, "okafor")
    qtbot.waitUntil(lambda: panel.searches_started == 1, timeout=5000)
    panel.search.setText("mamani")  # typed while the first search still runs
    qtbot.waitUntil(lambda: panel.searches_started == 2, timeout=5000)
    qtbot.waitUntil(lambda: panel.list.count() > 0, timeout=10000)
    release.set()
    qtbot.waitUntil(panel.search_settled, timeout=10000)
    qtbot.wait(50)  # let the late "okafor" result arrive: it must not replace the list
    assert panel.visible_ids() == [s.id for s in real("mamani")]
