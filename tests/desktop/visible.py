"""Collects the text a person can see in a window: labels, buttons, group titles, tab titles,
list/tree/table cells and headers, combo-box choices and the window title; with ``tooltips``,
also every widget's tooltip and every list/tree/table cell's tooltip. Used by the tests that
check every visible string is translated and that no internals show on screen."""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

_TAG = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _model_texts(
    model: QAbstractItemModel, parent: QModelIndex, out: list[str], tooltips: bool = False
) -> None:
    roles = [Qt.ItemDataRole.DisplayRole]
    if tooltips:
        roles.append(Qt.ItemDataRole.ToolTipRole)
    try:
        columns = model.columnCount(parent)
    except TypeError:  # list models keep columnCount private
        columns = 1
    for r in range(model.rowCount(parent)):
        for c in range(columns):
            idx = model.index(r, c, parent)
            for role in roles:
                value = model.data(idx, role)
                if isinstance(value, str):
                    out.append(value)
            if c == 0 and columns > 1 and model.rowCount(idx):
                _model_texts(model, idx, out, tooltips)


def _header_texts(model: QAbstractItemModel, out: list[str]) -> None:
    try:
        columns = model.columnCount()
    except TypeError:
        return
    for i in range(columns):
        value = model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            out.append(value)


def visible_texts(root: QWidget, *, tooltips: bool = False) -> list[str]:
    """Every non-empty text shown by ``root`` and its visible children, in widget order (with
    ``tooltips``: and their tooltips, a cell's after its text, a widget's after what it shows)."""
    out: list[str] = [root.windowTitle()] if root.isWindow() else []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            _model_texts(w.model(), QModelIndex(), out, tooltips)
            _header_texts(w.model(), out)
        elif isinstance(w, QLineEdit | QPlainTextEdit) and w.isReadOnly():
            out.append(w.text() if isinstance(w, QLineEdit) else w.toPlainText())
        elif isinstance(w, QTextEdit) and w.isReadOnly():
            out.append(w.toPlainText())
        if tooltips and w.toolTip():
            out.append(w.toolTip())
    return [t for t in (_plain(x) for x in out) if t]
