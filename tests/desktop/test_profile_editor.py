"""The profile editor: generated sections, inline validation, debounced autosave with a
"Saved" indicator, and undo of recent edits — against the real encrypted store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from casefile.store import CaseStore
from desktop.profile_editor import ProfileEditor
from desktop.profile_logic import (
    SECTIONS,
    EditSession,
    FieldInvalid,
    client_specs,
    group_specs,
    parse_value,
)

PASS = "quiet harbour melon seventy"


@pytest.fixture
def store(tmp_path: Path) -> Any:
    s = CaseStore.create(tmp_path / "store", PASS)
    yield s
    s.lock()


def _editor(qtbot: Any, store: Any) -> ProfileEditor:
    demo = store.add_demo_client()
    ed = ProfileEditor(demo, store.save)
    ed.timer.setInterval(20)
    qtbot.addWidget(ed)
    ed.show()
    return ed


def test_sections_cover_the_profile() -> None:
    keys = [s.key for s in SECTIONS]
    assert keys == [
        "identity",
        "family",
        "immigration",
        "episodes",
        "law_enforcement",
        "arrests",
        "fear",
        "statements",
        "exhibits",
    ]
    names = {s.name: s for s in client_specs(("a_number", "date_of_birth", "interpreter_needed"))}
    assert names["a_number"].label == "A-number"
    assert names["date_of_birth"].kind == "date"
    assert names["interpreter_needed"].kind == "bool"
    arrest_cols = [s.name for s in group_specs("arrests")]
    assert "offense" in arrest_cols and "client_id" not in arrest_cols


def test_parse_rejects_bad_dates_and_a_numbers() -> None:
    dob = client_specs(("date_of_birth",))[0]
    a_num = client_specs(("a_number",))[0]
    assert parse_value(dob, "2004-03-02") == dt.date(2004, 3, 2)
    assert parse_value(dob, "03/02/2004") == dt.date(2004, 3, 2)
    assert parse_value(dob, "") is None
    with pytest.raises(FieldInvalid, match="year-month-day"):
        parse_value(dob, "2004-13-45")
    assert parse_value(a_num, "A-099-999-001") == "099999001"
    assert parse_value(a_num, "99999001") == "099999001"
    with pytest.raises(FieldInvalid, match="8 or 9 digits"):
        parse_value(a_num, "12345")


def test_edit_autosaves_and_undo_restores(qtbot: Any, store: Any) -> None:
    ed = _editor(qtbot, store)
    cid = ed.session.profile.client.id
    field = ed.binding("given_name")
    field.widget.setFocus()
    field.widget.selectAll()
    qtbot.keyClicks(field.widget, "Lucia Maria")
    qtbot.keyClick(field.widget, Qt.Key.Key_Return)  # Enter (or leaving the field) commits
    assert ed.status.text() == "Saving…"
    qtbot.waitUntil(lambda: not ed.session.dirty, timeout=3000)
    assert ed.status.text().startswith("Saved ")
    assert store.load(cid).client.given_name == "Lucia Maria"
    # undo restores the old value on screen and, after autosave, in the database
    ed.undo_button.click()
    assert field.widget.text() == "Lucía"
    qtbot.waitUntil(lambda: not ed.session.dirty, timeout=3000)
    assert store.load(cid).client.given_name == "Lucía"
    ed.redo_button.click()
    qtbot.waitUntil(lambda: not ed.session.dirty, timeout=3000)
    assert store.load(cid).client.given_name == "Lucia Maria"


def test_invalid_a_number_is_shown_inline_and_not_saved(qtbot: Any, store: Any) -> None:
    ed = _editor(qtbot, store)
    cid = ed.session.profile.client.id
    field = ed.binding("a_number")
    field.widget.setText("A-12")
    assert field.commit() is False
    assert field.error.isVisibleTo(ed)
    assert "8 or 9 digits" in field.error.text()
    assert not ed.session.dirty
    assert store.load(cid).client.a_number == "099999001"
    field.widget.setText("A 088 888 002")
    assert field.commit() is True
    assert not field.error.isVisibleTo(ed)
    ed.flush()
    assert store.load(cid).client.a_number == "088888002"


def test_repeating_group_add_edit_remove_undo(qtbot: Any, store: Any) -> None:
    ed = _editor(qtbot, store)
    cid = ed.session.profile.client.id
    ed.show_section("arrests")
    table = ed.table("arrests")
    assert table.table.rowCount() == 1
    table.add_row()
    assert table.table.rowCount() == 2
    col = [s.name for s in table.specs].index("arrest_date")
    table.table.item(1, col).setText("31/31/2020")  # invalid: refused, message shown
    assert "year-month-day" in table.error.text()
    assert table.table.item(1, col).text() == ""
    table.table.item(1, col).setText("2020-05-01")
    ed.flush()
    arrests = store.load(cid).rows("arrests")
    assert [a.arrest_date for a in arrests] == [dt.date(2022, 9, 3), dt.date(2020, 5, 1)]
    table.table.setCurrentCell(0, 0)
    table.remove_selected()
    ed.flush()
    assert [a.arrest_date for a in store.load(cid).rows("arrests")] == [dt.date(2020, 5, 1)]
    ed.undo.undo()  # brings the removed arrest back
    ed.flush()
    assert len(store.load(cid).rows("arrests")) == 2
    assert table.table.rowCount() == 2


def test_edit_session_is_plain_logic(demo: Any) -> None:
    saved: list[Any] = []
    session = EditSession(demo, saved.append)
    assert session.flush() is False
    session.set(demo.client, "pronouns", "they/them")
    assert session.dirty
    assert session.flush() is True
    assert saved == [demo] and not session.dirty


def test_attach_exhibit_file_records_path_and_hash(qtbot: Any, store: Any, tmp_path: Path) -> None:
    import hashlib

    ed = _editor(qtbot, store)
    cid = ed.session.profile.client.id
    ed.show_section("exhibits")
    table = ed.table("exhibits")
    assert table.attach_button is not None
    scan = tmp_path / "birth-certificate.pdf"
    scan.write_bytes(b"%PDF-1.4 fictional scan\n")
    table.table.setCurrentCell(0, 0)
    table.attach_file(scan)
    ed.flush()
    row = store.load(cid).rows("exhibits")[0]
    assert row.file_path == str(scan.resolve())
    assert row.file_sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    ed.undo.undo()  # one step undoes both
    ed.flush()
    row = store.load(cid).rows("exhibits")[0]
    assert row.file_path is None and row.file_sha256 is None
