"""A save refused because the client was saved elsewhere (issue 21 item 5): the profile
editor says what changed and offers to merge or reload. Real encrypted store, fictional
demo client."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from casefile.store import CaseStore
from desktop.profile_editor import ProfileEditor
from tests.pg import make_store


@pytest.fixture
def store(tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> Any:
    """The laptop's encrypted file, and a clinic's PostgreSQL server (two people editing one
    client there get the same conflict, issue 22 item 6)."""
    s = make_store(request, backend, tmp_path / "store")
    yield s
    s.lock()


def _editor_with_a_stale_edit(qtbot: Any, store: CaseStore) -> ProfileEditor:
    cid = store.add_demo_client().client.id
    ed = ProfileEditor(store.load(cid), store.save, store=store)
    ed.timer.setInterval(20)
    qtbot.addWidget(ed)
    ed.show()
    other = store.load(cid)  # another window saves first
    other.client.pronouns = "they/them (other window)"
    store.save(other)
    field = ed.binding("chosen_name")
    field.widget.setFocus()
    field.widget.selectAll()
    qtbot.keyClicks(field.widget, "Lu")
    qtbot.keyClick(field.widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ed.stale_box is not None, timeout=5000)
    return ed


def _click(box: QMessageBox, label: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == label)
    button.click()


def test_stale_save_offers_merge_which_keeps_both_edits(qtbot: Any, store: CaseStore) -> None:
    ed = _editor_with_a_stale_edit(qtbot, store)
    cid = ed.session.profile.client.id
    box = ed.stale_box
    assert box is not None
    assert "client.pronouns" in box.text()
    assert ed.status.text() == "Not saved — see the message"
    assert store.load(cid).client.chosen_name != "Lu"  # nothing written yet
    _click(box, "Merge my edits")
    qtbot.waitUntil(lambda: not ed.session.dirty, timeout=5000)
    stored = store.load(cid)
    assert stored.client.chosen_name == "Lu"
    assert stored.client.pronouns == "they/them (other window)"
    assert ed.session.profile.client.pronouns == "they/them (other window)"
    assert ed.status.text().startswith("Saved ")


def test_stale_save_offers_reload_which_shows_the_other_version(
    qtbot: Any, store: CaseStore
) -> None:
    ed = _editor_with_a_stale_edit(qtbot, store)
    cid = ed.session.profile.client.id
    box = ed.stale_box
    assert box is not None
    _click(box, "Reload")
    assert ed.session.dirty is False
    assert ed.binding("pronouns").widget.text() == "they/them (other window)"
    assert ed.binding("chosen_name").widget.text() != "Lu"
    assert store.load(cid).client.chosen_name != "Lu"
    # the reloaded profile saves normally again
    ed.session.set(ed.session.profile.client, "chosen_name", "Lucy")
    ed.autosave()
    assert ed.stale_box is None
    assert store.load(cid).client.chosen_name == "Lucy"
