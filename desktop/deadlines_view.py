"""All clients' upcoming deadlines in one table, sorted by date and coloured by urgency;
double-click (or Enter) opens the client at the assessment, where the deadline comes from.
Thin widget over ``desktop.deadlines_logic``; the list is built on a worker thread."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.background import BackgroundOp, run_in_background
from desktop.data_text import cite_tr, data_tr
from desktop.deadlines_logic import (
    COLOURS,
    DEFAULT_WINDOW,
    WINDOWS,
    DayWords,
    DeadlineRow,
    collect,
    days_text,
)
from desktop.i18n import TRANSLATIONS, Retranslating
from desktop.widgets import push_button, wrapped_label

ID_ROLE = Qt.ItemDataRole.UserRole


class DeadlinesTable(QTableWidget):
    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.activated_row.emit(self.currentRow())
            return
        super().keyPressEvent(event)


class DeadlinesPanel(Retranslating, QWidget):
    open_requested = Signal(str)  # a client id: open it at the assessment

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadlines")
        self.store = store
        self.today: dt.date | None = None  # tests pin the date; None is today
        self.rows: list[DeadlineRow] = []
        self.op: BackgroundOp | None = None

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.within_label = QLabel()
        self.within = QComboBox()
        self.within.setObjectName("deadline-window")
        for days in WINDOWS:
            self.within.addItem("", days)
        self.within.setCurrentIndex(WINDOWS.index(DEFAULT_WINDOW))
        self.within.currentIndexChanged.connect(lambda _i: self.refresh())
        self.within_label.setBuddy(self.within)
        self.refresh_button = push_button(self.refresh)
        self.note = wrapped_label()
        self.empty = wrapped_label()
        self.empty.setVisible(False)

        self.table = DeadlinesTable(0, 6)
        self.table.setObjectName("deadline-table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in (0, 1, 2, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._open_row(row))
        self.table.activated_row.connect(self._open_row)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.within_label)
        top.addWidget(self.within)
        top.addWidget(self.refresh_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.note)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty)
        self.retranslate()

    # -- text --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Deadlines"))
        self.within_label.setText(self.tr("&Within:"))
        for i, days in enumerate(WINDOWS):
            text = self.tr("{n} days").format(n=days) if days else self.tr("Any date")
            self.within.setItemText(i, text)
        self.refresh_button.setText(self.tr("&Refresh"))
        self.note.setText(
            self.tr(
                "Every client's dated deadlines from the screening rules, soonest first; passed "
                "ones stay listed. Screening aid for attorney review: confirm each date against "
                "the record. Double-click a row to open the client."
            )
        )
        self.empty.setText(self.tr("No dated deadlines in this window."))
        self.words = DayWords(
            today=self.tr("today"),
            tomorrow=self.tr("tomorrow"),
            yesterday=self.tr("yesterday"),
            ahead=self.tr("in {n} days"),
            ago=self.tr("{n} days ago"),
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Due"),
                self.tr("When"),
                self.tr("Client"),
                self.tr("Deadline"),
                self.tr("Relief"),
                self.tr("Authority"),
            ]
        )
        self._fill()

    # -- data --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Rebuild the list on a worker thread (progress and Cancel on a big store)."""
        if self.store is None or self.store.is_locked:
            self.rows = []
            self._fill()
            return
        if self.op is not None and not self.op.finished:
            self.op.cancel()
        store, today, days = self.store, self.today, self.within.currentData()
        language = TRANSLATIONS.language

        def work(progress: Any, cancel: Any) -> list[DeadlineRow]:
            def report(done: int, total: int) -> None:
                progress(done, total, "")

            return collect(
                store, today=today, days=days, language=language, progress=report, cancel=cancel
            )

        self.op = run_in_background(
            self, work, success=self._show, title=self.tr("Collecting deadlines…")
        )

    def settled(self) -> bool:
        return self.op is None or self.op.finished

    def _show(self, rows: list[DeadlineRow]) -> None:
        self.rows = rows
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            title = data_tr(row.title)
            if row.verify:
                title += " [" + self.tr("VERIFY") + "]"
            cells = [
                row.due.isoformat(),
                days_text(row, self.words),
                row.client_name,
                title,
                row.relief,
                cite_tr(row.authority),
            ]
            colours = COLOURS[row.urgency]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row.client_id)
                item.setToolTip(text)
                if colours is not None:
                    item.setBackground(QBrush(QColor(colours[0])))
                    item.setForeground(QBrush(QColor(colours[1])))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self.rows)

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_requested.emit(self.rows[row].client_id)
