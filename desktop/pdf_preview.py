"""The packet preview: pages rendered by pypdfium2 (on a worker thread) in a scrolling column,
with a thumbnail strip, previous/next and a page box, and zoom (buttons, Ctrl+plus/minus).
Before a packet exists it says how to make one instead of showing an empty box."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.background import BackgroundOp, run_in_background
from desktop.documents_logic import render_pages
from desktop.i18n import Retranslating
from desktop.pdf_preview_logic import (
    DEFAULT_ZOOM,
    THUMB_WIDTH,
    ZOOMS,
    clamp_page,
    page_at,
    page_width,
    zoom_in,
    zoom_out,
)
from desktop.widgets import wrapped_label

Images = list[tuple[int, int, int, bytes]]


class PdfPreview(Retranslating, QWidget):
    """``load(pdf)`` renders the pages; ``pages`` holds one label per page shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf-preview")
        self.pdf: Path | None = None
        self.zoom = DEFAULT_ZOOM
        self.current = 0
        self.pages: list[QLabel] = []
        self.op: BackgroundOp | None = None

        self.prev_button = QToolButton()
        self.prev_button.setObjectName("preview-prev")
        self.prev_button.setArrowType(Qt.ArrowType.UpArrow)
        self.prev_button.clicked.connect(lambda: self.go_to(self.current - 1))
        self.next_button = QToolButton()
        self.next_button.setObjectName("preview-next")
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.next_button.clicked.connect(lambda: self.go_to(self.current + 1))
        self.page_box = QSpinBox()
        self.page_box.setObjectName("preview-page")
        self.page_box.setMinimum(1)
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda v: self.go_to(v - 1))
        self.of_label = QLabel()
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.clicked.connect(lambda: self.set_zoom(zoom_out(self.zoom)))
        self.zoom_box = QComboBox()
        self.zoom_box.setObjectName("preview-zoom")
        for z in ZOOMS:
            self.zoom_box.addItem(f"{z} %", z)
        self.zoom_box.setCurrentIndex(ZOOMS.index(DEFAULT_ZOOM))
        self.zoom_box.currentIndexChanged.connect(
            lambda _i: self.set_zoom(int(self.zoom_box.currentData()))
        )
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.clicked.connect(lambda: self.set_zoom(zoom_in(self.zoom)))
        for seq, fn in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.set_zoom(zoom_in(self.zoom))),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.set_zoom(zoom_out(self.zoom))),
        ):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(fn)

        self.thumbs = QListWidget()
        self.thumbs.setObjectName("preview-thumbnails")
        self.thumbs.setViewMode(QListView.ViewMode.IconMode)
        self.thumbs.setFlow(QListView.Flow.TopToBottom)
        self.thumbs.setWrapping(False)
        self.thumbs.setMovement(QListView.Movement.Static)
        self.thumbs.setIconSize(QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.3)))
        self.thumbs.setFixedWidth(THUMB_WIDTH + 34)
        self.thumbs.currentRowChanged.connect(self._thumb_chosen)

        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.inner = QWidget()
        self.column = QVBoxLayout(self.inner)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.area.setWidget(self.inner)
        self.area.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.placeholder = wrapped_label("preview-placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #555; padding: 24px;")
        self.column.addWidget(self.placeholder)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.page_label = QLabel()
        self.page_label.setBuddy(self.page_box)
        left: list[QWidget] = [self.prev_button, self.next_button, self.page_label]
        for w in (*left, self.page_box, self.of_label):
            bar.addWidget(w)
        bar.addStretch(1)
        right: list[QWidget] = [self.zoom_out_button, self.zoom_box, self.zoom_in_button]
        for w in right:
            bar.addWidget(w)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.thumbs)
        body.addWidget(self.area, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addLayout(body, 1)
        self.retranslate()
        self._update_controls()

    # -- text --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.page_label.setText(self.tr("&Page"))
        self.prev_button.setToolTip(self.tr("Previous page"))
        self.next_button.setToolTip(self.tr("Next page"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+minus)"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl+plus)"))
        self.placeholder.setText(
            self.tr(
                "No packet yet. Press Generate packet to build it; its pages appear here, "
                "with thumbnails, page navigation and zoom."
            )
        )
        self._update_controls()

    # -- loading -----------------------------------------------------------------------
    def clear(self) -> None:
        for label in self.pages:
            self.column.removeWidget(label)
            label.deleteLater()
        self.pages = []
        self.thumbs.clear()
        self.current = 0
        self.placeholder.setVisible(True)
        self._update_controls()

    def load(self, pdf: Path) -> BackgroundOp:
        """Render ``pdf`` at the current zoom on a worker thread."""
        self.pdf = pdf
        width = page_width(self.zoom)
        self.op = run_in_background(
            self,
            lambda progress, cancel: render_pages(pdf, width_px=width, cancel=cancel),
            success=self.show_images,
            title=self.tr("Rendering the preview…"),
        )
        return self.op

    def show_images(self, images: Images) -> None:
        keep = self.current
        self.clear()
        for w, h, stride, data in images:
            pix = QPixmap.fromImage(QImage(data, w, h, stride, QImage.Format.Format_RGB888).copy())
            label = QLabel()
            label.setPixmap(pix)
            label.setStyleSheet("border: 1px solid #999; margin: 6px;")
            self.column.addWidget(label)
            self.pages.append(label)
            n = len(self.pages)
            item = QListWidgetItem(QIcon(pix.scaledToWidth(THUMB_WIDTH)), str(n))
            item.setToolTip(self.tr("Page {n}").format(n=n))
            self.thumbs.addItem(item)
        self.placeholder.setVisible(not self.pages)
        self._update_controls()
        if self.pages:
            self.inner.adjustSize()
            self.go_to(keep)

    # -- navigation --------------------------------------------------------------------
    def go_to(self, page: int) -> None:
        """Scroll so that page ``page`` (0-based) is at the top; thumbnails and the page box
        follow."""
        if not self.pages:
            return
        self.current = clamp_page(page, len(self.pages))
        label = self.pages[self.current]
        self.area.verticalScrollBar().setValue(label.y())
        self._sync_controls()

    def set_zoom(self, zoom: int) -> None:
        if zoom == self.zoom:
            return
        self.zoom = zoom
        self.zoom_box.blockSignals(True)
        self.zoom_box.setCurrentIndex(ZOOMS.index(zoom))
        self.zoom_box.blockSignals(False)
        self._update_controls()
        if self.pdf is not None and self.pages:
            self.load(self.pdf)  # re-render sharp at the new size (keeps the page)

    def _scrolled(self, value: int) -> None:
        if self.pages:
            self.current = page_at([p.y() for p in self.pages], value)
            self._sync_controls()

    def _thumb_chosen(self, row: int) -> None:
        if row >= 0 and row != self.current:
            self.go_to(row)

    def _sync_controls(self) -> None:
        for w, value in ((self.page_box, self.current + 1), (self.thumbs, self.current)):
            w.blockSignals(True)
            if isinstance(w, QSpinBox):
                w.setValue(int(value))
            else:
                w.setCurrentRow(int(value))
            w.blockSignals(False)
        self.prev_button.setEnabled(self.current > 0)
        self.next_button.setEnabled(self.current < len(self.pages) - 1)

    def _update_controls(self) -> None:
        count = len(self.pages)
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(1, count))
        self.page_box.blockSignals(False)
        self.of_label.setText(self.tr("of {n}").format(n=count))
        for w in (self.page_box, self.prev_button, self.next_button, self.thumbs):
            w.setEnabled(count > 0)
        self.thumbs.setVisible(count > 0)
        self.zoom_in_button.setEnabled(self.zoom < ZOOMS[-1])
        self.zoom_out_button.setEnabled(self.zoom > ZOOMS[0])
        if count:
            self._sync_controls()

    def page_sizes(self) -> list[tuple[int, int]]:
        """(width, height) of each shown page image, for tests and callers."""
        out: list[tuple[int, int]] = []
        for label in self.pages:
            pix: Any = label.pixmap()
            out.append((pix.width(), pix.height()))
        return out
