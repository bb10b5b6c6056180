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
from desktop.widgets import FIELD_STYLE, INVALID_FIELD_STYLE

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
        "fee_waiver",
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
    assert field.widget.styleSheet() == INVALID_FIELD_STYLE  # framed in red
    assert not ed.session.dirty
    assert store.load(cid).client.a_number == "099999001"
    field.widget.setText("A 088 888 002")
    assert field.commit() is True
    assert not field.error.isVisibleTo(ed)
    assert field.widget.styleSheet() == FIELD_STYLE  # its own frame back, not the style's
    ed.flush()
    assert store.load(cid).client.a_number == "088888002"


def test_repeating_group_add_edit_remove_undo(qtbot: Any, store: Any) -> None:
    ed = _editor(qtbot, store)
    cid = ed.session.profile.client.id
    ed.show_section("arrests")
    table = ed.table("arrests")
    assert table.table.rowCount() == 1
    table.add_row()
    assert table.table.rowCount() == 2 and table.table.currentRow() == 1
    assert table.form_box.isVisibleTo(ed)
    field = table.binding("arrest_date")
    assert ed.focusWidget() is table.row_bindings[0].widget  # typing goes into the new row
    field.widget.setText("31/31/2020")  # invalid: refused, message shown, nothing written
    assert field.commit() is False
    assert "year-month-day" in field.error.text()
    assert table.rows()[1].arrest_date is None
    field.widget.setText("2020-05-01")
    assert field.commit() is True
    # the list shows the new value; the form edits the selected row only
    col = [s.name for s in table.columns].index("arrest_date")
    assert table.table.item(1, col).text() == "2020-05-01"
    ed.flush()
    arrests = store.load(cid).rows("arrests")
    assert [a.arrest_date for a in arrests] == [dt.date(2022, 9, 3), dt.date(2020, 5, 1)]
    table.table.setCurrentCell(0, 0)
    assert table.binding("arrest_date").widget.text() == "2022-09-03"
    table.remove_selected()
    ed.flush()
    assert [a.arrest_date for a in store.load(cid).rows("arrests")] == [dt.date(2020, 5, 1)]
    ed.undo.undo()  # brings the removed arrest back
    ed.flush()
    assert len(store.load(cid).rows("arrests")) == 2
    assert table.table.rowCount() == 2


def test_fixed_choices_are_combo_boxes_in_words(qtbot: Any, store: Any) -> None:
    from PySide6.QtWidgets import QComboBox

    ed = _editor(qtbot, store)
    cid = ed.session.profile.client.id
    prec = ed.binding("dob_precision").widget
    assert isinstance(prec, QComboBox)  # "banana" cannot be typed as a date precision
    assert [prec.itemData(i) for i in range(prec.count())] == [None, "day", "month", "year"]
    assert prec.itemText(1) == "Exact day"
    ed.show_section("episodes")
    episodes = ed.table("episodes")
    kind = episodes.binding("kind").widget
    assert isinstance(kind, QComboBox) and kind.currentData() == "both"
    assert kind.currentText() == "Both sex and labor trafficking"
    kind.setCurrentIndex(kind.findData("labor_trafficking"))
    kind.activated.emit(kind.currentIndex())
    col = [s.name for s in episodes.columns].index("kind")
    assert episodes.table.item(0, col).text() == "Labor trafficking"
    ed.flush()
    assert store.load(cid).rows("episodes")[0].kind == "labor_trafficking"
    # a value stored before the choices were declared is shown and kept, not blanked
    episodes.rows()[0].kind = "mixed (legacy note)"
    episodes.refresh()
    assert kind.currentText() == "mixed (legacy note)"
    assert episodes.rows()[0].kind == "mixed (legacy note)"


def test_episode_actions_and_means_are_ticked_in_words(qtbot: Any, store: Any) -> None:
    """Issue 18 item 5: declared codes, a checklist in words; an old code is kept and warned."""
    from PySide6.QtCore import Qt

    from desktop.checklist import ChoiceChecklist

    ed = _editor(qtbot, store)
    cid = ed.session.profile.client.id
    ed.show_section("episodes")
    episodes = ed.table("episodes")
    means = episodes.binding("means").widget
    assert isinstance(means, ChoiceChecklist)
    words = {means.item(i).text() for i in range(means.count())}
    assert "Debt bondage" in words and "Threats of arrest or deportation (legal process)" in words
    assert not [w for w in words if "_" in w]  # never a code on screen
    assert means.codes() == ["fraud", "coercion", "threats", "debt", "document_confiscation"]
    force = next(means.item(i) for i in range(means.count()) if means.item(i).text() == "Force")
    force.setCheckState(Qt.CheckState.Checked)  # what a click does
    ed.flush()
    assert store.load(cid).rows("episodes")[0].means[0] == "force"
    ed.undo.undo()
    assert "force" not in episodes.rows()[0].means
    # a code stored before the choices existed: kept, shown as it is, with a warning
    episodes.rows()[0].means = ["fraud", "blackmail (old note)"]
    episodes.refresh()
    assert means.codes() == ["fraud", "blackmail (old note)"]
    old = means.item(means.count() - 1)
    assert old.text() == "blackmail (old note) ⚠" and "kept" in old.toolTip()
    force = next(means.item(i) for i in range(means.count()) if means.item(i).text() == "Force")
    force.setCheckState(Qt.CheckState.Checked)
    assert episodes.rows()[0].means == ["force", "fraud", "blackmail (old note)"]
    actions = episodes.binding("actions").widget
    assert isinstance(actions, ChoiceChecklist)
    assert actions.codes() == ["recruited", "harbored", "transported"]


def test_long_answers_get_multiline_editors_and_hashes_stay_hidden(qtbot: Any, store: Any) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    ed = _editor(qtbot, store)
    ed.show_section("episodes")
    episodes = ed.table("episodes")
    assert isinstance(episodes.binding("means_details").widget, QPlainTextEdit)
    assert len(episodes.columns) <= 4  # no sideways-scrolling spreadsheet
    assert all(s.kind != "long" for s in episodes.columns)
    exhibits = ed.table("exhibits")
    names = [s.name for s in exhibits.specs]
    assert "file_sha256" not in names
    headers = [exhibits.table.horizontalHeaderItem(i).text() for i in range(len(exhibits.columns))]
    assert not any("SHA" in h for h in headers)


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


def test_section_pages_are_built_when_first_shown(qtbot: Any, store: Any) -> None:
    """Issue 18 (screen to screen): only the shown section's page exists at first; a page built
    later shows the current values, in the current language, and a field on an unbuilt page
    can still be reached (documents review jump, undo)."""
    from desktop.i18n import TRANSLATIONS
    from desktop.profile_logic import SECTIONS

    ed = _editor(qtbot, store)
    assert ed._built == [True] + [False] * (len(SECTIONS) - 1)
    ed.session.profile.client.i94_number = "12345678901"  # fictional; its page is unbuilt
    arrests = next(i for i, s in enumerate(SECTIONS) if "arrests" in s.groups)
    try:
        TRANSLATIONS.set_language("es")
        ed.sections.setCurrentRow(arrests)
        assert ed._built[arrests] and ed.pages.currentIndex() == arrests
        assert ed.table("arrests").table.rowCount() == len(ed.session.profile.rows("arrests"))
        heading = ed.section_titles[-1][0] if SECTIONS[arrests].answer_prefixes else None
        titles = [label.text() for label, _text in ed.section_titles]
        assert "Arrestos y condenas" in titles, titles
        assert heading is None or heading.text() != "Interview answers"
    finally:
        TRANSLATIONS.set_language("en")
    assert ed.binding("i94_number").widget.text() == "12345678901"  # built on demand
    i94 = next(i for i, s in enumerate(SECTIONS) if "i94_number" in s.client_fields)
    assert ed._built[i94]  # the page that shows it, and no other
    assert sum(ed._built) == len({0, arrests, i94})
