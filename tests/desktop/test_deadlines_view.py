"""The deadlines view (issue 18 item 10): every client's dated deadlines in one table, soonest
first, coloured by urgency; double-click opens the client at the assessment. Fictional clients
only; the date is pinned so the figures below are exact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from casefile.store import CaseStore
from desktop.deadlines_logic import COLOURS, collect, days_text
from desktop.i18n import TRANSLATIONS
from desktop.mainwindow import MainWindow
from desktop.options import Options
from eligibility.deadlines import URGENT_DAYS

PASS = "copper lantern harbour nine"
TODAY = dt.date(2026, 12, 2)


@pytest.fixture
def store(tmp_path: Path) -> CaseStore:
    s = CaseStore.create(tmp_path / "data", PASS)
    soon = s.create_client(family_name="Prueba", given_name="Ana")
    soon.client.in_removal_proceedings = True
    soon.client.next_hearing_date = TODAY + dt.timedelta(days=10)
    s.save(soon)
    later = s.create_client(family_name="Ejemplo", given_name="Berta")
    later.client.in_removal_proceedings = True
    later.client.next_hearing_date = TODAY + dt.timedelta(days=200)
    s.save(later)
    gone = s.create_client(family_name="Muestra", given_name="Carla")
    gone.client.in_removal_proceedings = True
    gone.client.next_hearing_date = TODAY - dt.timedelta(days=3)
    s.save(gone)
    s.create_client(family_name="Sinfecha", given_name="Dora")  # no dated facts at all
    return s


def _hearings(rows: list[Any]) -> list[Any]:
    return [r for r in rows if r.title == "Next immigration court hearing"]


def test_collect_sorts_by_date_windows_and_grades_urgency(store: CaseStore) -> None:
    rows = collect(store, today=TODAY, days=90)
    assert [r.due for r in rows] == sorted(r.due for r in rows)
    hearings = _hearings(rows)
    # one row per client and date although three reliefs report the same hearing
    assert [(r.client_name, r.urgency) for r in hearings] == [
        ("Carla Muestra", "passed"),
        ("Ana Prueba", "urgent"),
    ]
    assert hearings[1].days_left == 10 <= URGENT_DAYS
    assert hearings[1].authority == "8 CFR 1003.18"
    # a wider window brings in the far hearing, graded "later" (outside its 30-day alert)
    far = _hearings(collect(store, today=TODAY, days=None))
    assert [(r.client_name, r.urgency) for r in far][-1] == ("Berta Ejemplo", "later")
    assert COLOURS["later"] is None and COLOURS["passed"] is not None


def test_collect_honours_cancel(store: CaseStore) -> None:
    from packets.ops import Cancelled, CancelToken

    token = CancelToken()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done == 1:
            token.cancel()

    with pytest.raises(Cancelled):
        collect(store, today=TODAY, progress=progress, cancel=token)
    assert seen == [0, 1]


def test_days_text_reads_like_a_person() -> None:
    from desktop.deadlines_logic import DeadlineRow

    def row(n: int) -> DeadlineRow:
        return DeadlineRow("x", "X", TODAY, n, "later", "t", "T visa", "", False)

    said = [days_text(row(n)) for n in (-5, -1, 0, 1, 12)]
    assert said == ["5 days ago", "yesterday", "today", "tomorrow", "in 12 days"]


def _wait(qtbot: Any, panel: Any) -> None:
    qtbot.waitUntil(panel.settled, timeout=20000)
    QApplication.processEvents()


def test_view_lists_colours_and_opens_the_client(
    qtbot: Any, store: CaseStore, tmp_path: Path
) -> None:
    w = MainWindow(store, Options(tmp_path / "data", tmp_path / "config"))
    qtbot.addWidget(w)
    w.show()
    w.deadlines_action.trigger()
    panel = w.deadlines
    assert w.stack.currentWidget() is panel
    panel.today = TODAY
    panel.refresh()
    _wait(qtbot, panel)
    t = panel.table
    texts = [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]
    hearing_rows = [r for r, row in enumerate(texts) if row[3].startswith("Next immigration")]
    assert [texts[r][2] for r in hearing_rows] == ["Carla Muestra", "Ana Prueba"]
    assert texts[hearing_rows[0]][1] == "3 days ago"
    assert texts[hearing_rows[1]][1] == "in 10 days"
    passed_bg = t.item(hearing_rows[0], 0).background().color().name()
    assert passed_bg == COLOURS["passed"][0]  # type: ignore[index]
    assert not panel.empty.isVisible()

    # the window choice re-queries: "Any date" brings the far hearing in
    panel.within.setCurrentIndex(panel.within.findData(None))
    _wait(qtbot, panel)
    assert any(t.item(r, 2).text() == "Berta Ejemplo" for r in range(t.rowCount()))

    # Enter on a row opens that client at the assessment
    ana = next(r for r in range(t.rowCount()) if t.item(r, 2).text() == "Ana Prueba")
    t.setCurrentCell(ana, 0)
    qtbot.keyClick(t, Qt.Key.Key_Return)
    ws = w.workspace
    assert ws is not None and ws.profile.display_name == "Ana Prueba"
    assert ws.currentWidget() is ws.assessment


def test_view_in_spanish(qtbot: Any, store: CaseStore, tmp_path: Path) -> None:
    w = MainWindow(store, Options(tmp_path / "data", tmp_path / "config"))
    qtbot.addWidget(w)
    TRANSLATIONS.set_language("es")
    QApplication.processEvents()
    panel = w.show_deadlines()
    panel.today = TODAY
    panel.refresh()
    _wait(qtbot, panel)
    headers = [panel.table.horizontalHeaderItem(c).text() for c in range(6)]
    assert headers == ["Vence", "Cuándo", "Cliente", "Plazo", "Beneficio", "Fundamento legal"]
    assert panel.title.text() == "Plazos"
    whens = {panel.table.item(r, 1).text() for r in range(panel.table.rowCount())}
    assert "dentro de 10 días" in whens and "hace 3 días" in whens
