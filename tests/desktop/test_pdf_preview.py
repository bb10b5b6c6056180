"""The packet preview (issue 18 item 9): a placeholder before a packet exists, then pages with
thumbnails, page navigation and zoom. Logic without widgets, then the widget with qtbot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from desktop.pdf_preview import PdfPreview
from desktop.pdf_preview_logic import (
    PREVIEW_WIDTH,
    ZOOMS,
    clamp_page,
    page_at,
    page_width,
    zoom_in,
    zoom_out,
)


def test_zoom_steps_and_page_arithmetic() -> None:
    assert zoom_in(100) == 125 and zoom_out(100) == 75
    assert zoom_in(ZOOMS[-1]) == ZOOMS[-1] and zoom_out(ZOOMS[0]) == ZOOMS[0]
    assert zoom_in(110) == 125 and zoom_out(110) == 100  # between steps: the next one
    assert page_width(100) == PREVIEW_WIDTH and page_width(50) == PREVIEW_WIDTH // 2
    assert [clamp_page(p, 3) for p in (-1, 0, 2, 7)] == [0, 0, 2, 2]
    assert clamp_page(4, 0) == 0
    tops = [0, 600, 1200]
    assert [page_at(tops, y) for y in (0, 570, 590, 1250, 9000)] == [0, 0, 1, 2, 2]
    assert page_at([], 100) == 0


def _pdf(path: Path, pages: int) -> Path:
    c = canvas.Canvas(str(path), pagesize=letter)
    for i in range(pages):
        c.setFont("Helvetica", 28)
        c.drawString(72, 700, f"Fictional page {i + 1}")
        c.showPage()
    c.save()
    return path


def _loaded(qtbot: Any, view: PdfPreview) -> None:
    qtbot.waitUntil(lambda: view.op is not None and view.op.finished, timeout=30000)
    QApplication.processEvents()


def test_preview_navigates_thumbnails_and_zooms(qtbot: Any, tmp_path: Path) -> None:
    view = PdfPreview()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    assert view.placeholder.isVisible() and "Generate" in view.placeholder.text()
    assert not view.page_box.isEnabled() and not view.thumbs.isVisible()

    view.load(_pdf(tmp_path / "p.pdf", 4))
    _loaded(qtbot, view)
    assert len(view.pages) == 4 and view.thumbs.count() == 4
    assert not view.placeholder.isVisible()
    assert view.page_box.maximum() == 4 and view.of_label.text() == "of 4"
    assert {w for w, _ in view.page_sizes()} == {PREVIEW_WIDTH}
    assert not view.prev_button.isEnabled() and view.next_button.isEnabled()

    view.next_button.click()
    assert view.current == 1 and view.page_box.value() == 2 and view.thumbs.currentRow() == 1
    view.page_box.setValue(4)
    assert view.current == 3 and view.thumbs.currentRow() == 3
    assert not view.next_button.isEnabled()
    assert view.area.verticalScrollBar().value() == view.pages[3].y() or (
        view.area.verticalScrollBar().value() == view.area.verticalScrollBar().maximum()
    )
    view.thumbs.setCurrentRow(0)
    assert view.current == 0 and view.page_box.value() == 1

    view.go_to(2)
    view.zoom_in_button.click()
    assert view.zoom == 125 and view.zoom_box.currentData() == 125
    _loaded(qtbot, view)
    assert {w for w, _ in view.page_sizes()} == {page_width(125)}
    assert view.current == 2  # the page is kept across a re-render
    view.zoom_box.setCurrentIndex(0)
    _loaded(qtbot, view)
    assert view.zoom == ZOOMS[0] and not view.zoom_out_button.isEnabled()
    assert {w for w, _ in view.page_sizes()} == {page_width(ZOOMS[0])}
