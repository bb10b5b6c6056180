"""Nothing on the demo client's screens is cut at 1280x800, in English or Spanish: no label
whose text is wider than the label, no button narrower than its text, no table or tree cell
whose text needs more room than the cell gives it (wrapped cells: more height). And a
screenshot of every main screen in both languages at 1280x800 and 1920x1080, saved where the
test prints, for a person to look at."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

from desktop.app import DesktopApp

from .test_screen_texts import _screens, _set_language, _settle

pytestmark = [pytest.mark.filterwarnings("ignore::UserWarning:pikepdf.*")]

#: a cell's text needs this much more than its advance (margins, focus frame)
CELL_PADDING = 6


def _plain_label(label: QLabel) -> str:
    text = label.text()
    if not text or label.textFormat() == Qt.TextFormat.RichText or "<" in text:
        return ""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _cut_label(label: QLabel) -> bool:
    text = _plain_label(label)
    if not text or label.wordWrap() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return False
    fm = label.fontMetrics()
    need = max(fm.horizontalAdvance(line) for line in text.splitlines() or [""])
    return need > label.contentsRect().width() + 1


def _cut_button(button: QAbstractButton) -> bool:
    if not button.text():
        return False
    return button.width() + 1 < button.minimumSizeHint().width()


def _needs(view: Any, text: str, width: int, wrap: bool) -> tuple[int, int]:
    fm = view.fontMetrics()
    if not wrap:
        return fm.horizontalAdvance(text) + CELL_PADDING, fm.height()
    rect = fm.boundingRect(
        QRect(0, 0, max(width - CELL_PADDING, 1), 100_000), int(Qt.TextFlag.TextWordWrap), text
    )
    return rect.width() + CELL_PADDING, rect.height()


def _cut_table(table: QTableWidget) -> list[str]:
    out = []
    for r in range(table.rowCount()):
        if table.isRowHidden(r):
            continue
        for c in range(table.columnCount()):
            item = table.item(r, c)
            if item is None or not item.text() or table.isColumnHidden(c):
                continue
            width = table.columnWidth(c)
            need_w, need_h = _needs(table, item.text(), width, table.wordWrap())
            if need_w > width or need_h > table.rowHeight(r) + 2:
                out.append(f"{table.objectName()}[{r},{c}]: {item.text()[:60]!r}")
    return out


def _cut_tree(tree: QTreeWidget) -> list[str]:
    out = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item is None or item.isHidden():
            continue
        for c in range(tree.columnCount()):
            text = item.text(c)
            if not text:
                continue
            width = tree.columnWidth(c) - (tree.indentation() if c == 0 else 0)
            need_w, need_h = _needs(tree, text, width, tree.wordWrap())
            height = tree.visualItemRect(item).height()
            if need_w > width or (tree.wordWrap() and need_h > height + 2):
                out.append(
                    f"{tree.objectName()}[{i},{c}]: {text[:60]!r} needs {need_w}x{need_h}, "
                    f"has {width}x{height}"
                )
    return out


def cut_texts(window: QWidget) -> list[str]:
    """Every visible text in ``window`` that does not fit where it is shown."""
    out: list[str] = []
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 0:
            continue
        if isinstance(w, QLabel) and _cut_label(w):
            out.append(f"label {w.objectName() or '?'}: {w.text()[:60]!r}")
        elif isinstance(w, QAbstractButton) and _cut_button(w):
            out.append(f"button {w.objectName() or '?'}: {w.text()[:60]!r}")
        elif isinstance(w, QTableWidget):
            out += _cut_table(w)
        elif isinstance(w, QTreeWidget):
            out += _cut_tree(w)
    return out


@pytest.fixture
def app(qtbot: Any, tmp_path: Path) -> DesktopApp:
    a = DesktopApp(demo=True, config_dir=tmp_path / "config")
    a.start()
    a.window.resize(1280, 800)
    a.window.show()
    return a


@pytest.mark.parametrize("lang", ["en", "es"])
def test_nothing_is_cut_at_1280x800(app: DesktopApp, qtbot: Any, lang: str) -> None:
    _set_language(app, qtbot, lang)
    problems: dict[str, list[str]] = {}
    for name, show in _screens(app, qtbot):
        window = show()
        _settle()
        cut = cut_texts(window)
        if cut:
            problems[name] = cut
        if name in ("clients", "deadlines"):
            app.window.open_client(app.store.demo_id)
    assert problems == {}


def test_the_check_catches_a_cut_label_button_and_cell(qtbot: Any) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    host = QWidget()
    qtbot.addWidget(host)
    lay = QVBoxLayout(host)
    label = QLabel("A label far too long for the forty pixels it was given to show")
    label.setFixedWidth(40)
    button = QPushButton("A button with a long caption")
    button.setFixedWidth(30)
    table = QTableWidget(1, 1)
    table.setObjectName("t")
    table.setWordWrap(False)
    from PySide6.QtWidgets import QTableWidgetItem

    table.setItem(0, 0, QTableWidgetItem("A cell whose text is much wider than its column"))
    table.setColumnWidth(0, 50)
    for w in (label, button, table):
        lay.addWidget(w)
    host.show()
    QApplication.processEvents()
    found = cut_texts(host)
    assert any(f.startswith("label") for f in found)
    assert any(f.startswith("button") for f in found)
    assert any(f.startswith("t[0,0]") for f in found)
    label.setFixedWidth(600)
    button.setFixedWidth(400)
    table.setColumnWidth(0, 600)
    QApplication.processEvents()
    assert cut_texts(host) == []


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_screenshots_both_languages(
    app: DesktopApp, qtbot: Any, tmp_path: Path, size: tuple[int, int]
) -> None:
    folder = Path(os.environ.get("RELIEFDESK_SHOTS") or tmp_path / "shots") / f"{size[0]}x{size[1]}"
    folder.mkdir(parents=True, exist_ok=True)
    app.window.resize(*size)
    saved = []
    for lang in ("en", "es"):
        _set_language(app, qtbot, lang)
        for name, show in _screens(app, qtbot):
            window = show()
            _settle()
            path = folder / f"{lang}-{name}.png"
            assert window.grab().save(str(path))
            saved.append(path)
            if name in ("clients", "deadlines"):
                app.window.open_client(app.store.demo_id)
    print(f"\nscreenshots: {folder}")
    assert len(saved) >= 2 * 12 and all(p.stat().st_size > 5000 for p in saved)
