"""Review a field map proposed for an official PDF: part by part, each field's tooltip, the
proposed fact and confidence, and the page with the field highlighted (pypdfium2). The attorney
accepts, changes, or marks each field blank by design with a reason; the reviewed map is saved
per edition in the data folder (nothing proposed is used for filling before that).

Thin view: the state lives in ``desktop.map_review_logic.MapReviewModel``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.background import (
    BackgroundOp,
    action_errors,
    run_in_background,
    show_error,
    show_message,
)
from desktop.file_dialogs import open_file_name, save_file_name
from desktop.map_review_logic import PREVIEW_WIDTH, STATUS_TEXT, MapReviewModel
from desktop.widgets import FieldEdit, push_button, wrapped_label

FIELD_ROLE = Qt.ItemDataRole.UserRole


class MapReviewDialog(QDialog):
    def __init__(
        self,
        model: MapReviewModel,
        *,
        data_dir: Path | str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.data_dir = data_dir
        self.saved_path: Path | None = None
        self.setObjectName("map-review")
        title = self.tr("Review the proposed field map — %1")
        self.setWindowTitle(title.replace("%1", model.title))
        self.resize(1360, 800)

        self.tree = QTreeWidget()
        self.tree.setObjectName("map-review-fields")
        self.tree.setHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Tooltip"),
                self.tr("Proposed"),
                self.tr("Confidence"),
                self.tr("Status"),
            ]
        )
        self.tree.setColumnWidth(0, 70)
        self.tree.setColumnWidth(1, 150)
        self.tree.setColumnWidth(2, 190)
        self.tree.setColumnWidth(3, 75)
        self.tree.currentItemChanged.connect(self._on_current)
        self._rows: dict[str, QTreeWidgetItem] = {}
        for part in model.session.parts():
            top = QTreeWidgetItem([self.tr("Part %1").replace("%1", part)])
            top.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(top)
            for p in model.session.in_part(part):
                row = QTreeWidgetItem(top)
                row.setData(0, FIELD_ROLE, p.field)
                self._rows[p.field] = row
                self._fill_row(p.field)
            top.setExpanded(True)

        self.tooltip = wrapped_label("map-review-tooltip")
        self.proposed = wrapped_label("map-review-proposed")
        self.confidence = QLabel()
        self.field_name = wrapped_label(style="color: #666;")
        self.accept_button = push_button(self.accept_current, text=self.tr("Accept"))
        self.change_fact = QComboBox()
        self.change_fact.setEditable(True)
        self.change_fact.setObjectName("map-review-fact")
        from facts import load_catalogue

        self.change_fact.addItems(sorted(f.name for f in load_catalogue() if f.type != "group"))
        self.change_value = FieldEdit()
        self.change_value.setPlaceholderText(self.tr("value this box stands for (check boxes)"))
        self.change_button = push_button(self.change_current, text=self.tr("Change to this fact"))
        self.blank_reason = FieldEdit()
        self.blank_reason.setPlaceholderText(self.tr("why this field stays blank"))
        self.blank_button = push_button(self.blank_current, text=self.tr("Blank by design"))
        self.preview = QLabel()
        self.preview.setObjectName("map-review-preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        self.preview_scroll = scroll
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(PREVIEW_WIDTH + 30)

        details = QWidget()
        form = QFormLayout(details)
        form.addRow(self.tr("Tooltip:"), self.tooltip)
        form.addRow(self.tr("Proposed:"), self.proposed)
        form.addRow(self.tr("Confidence:"), self.confidence)
        form.addRow(self.tr("Field:"), self.field_name)
        form.addRow(self.accept_button)
        change_row = QHBoxLayout()
        change_row.addWidget(self.change_fact, 2)
        change_row.addWidget(self.change_value, 1)
        change_row.addWidget(self.change_button)
        form.addRow(change_row)
        blank_row = QHBoxLayout()
        blank_row.addWidget(self.blank_reason, 1)
        blank_row.addWidget(self.blank_button)
        form.addRow(blank_row)
        form.addRow(scroll)

        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(details)
        splitter.setSizes([760, 600])

        self.accept_confident_button = push_button(
            self.accept_confident, text=self.tr("Accept all high-confidence proposals")
        )
        self.reviewer = FieldEdit()
        self.reviewer.setObjectName("map-review-reviewer")
        self.reviewer.setPlaceholderText(self.tr("Reviewed by (name)"))
        self.progress = QLabel()
        self.save_button = push_button(self.save, text=self.tr("Save reviewed map"))
        self.export_button = push_button(lambda: self.export(), text=self.tr("Export…"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.accept_confident_button)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.reviewer)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.export_button)

        notice = QLabel(
            self.tr(
                "Nothing proposed here is used for filling until you review every field and "
                "save the map. Check each proposal against the page."
            )
        )
        notice.setWordWrap(True)
        notice.setStyleSheet("background: #fff3cd; padding: 6px;")
        layout = QVBoxLayout(self)
        layout.addWidget(notice)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.reviewer.textChanged.connect(lambda _t: self._update_progress())
        if model.current:
            self.select(model.current)
        self._update_progress()

    # -- display ----------------------------------------------------------------------------
    def _fill_row(self, field_name: str) -> None:
        p = self.model.item(field_name)
        row = self._rows[field_name]
        row.setText(0, p.item or "-")
        row.setText(1, p.tooltip)
        row.setToolTip(1, p.tooltip)
        row.setText(2, self.model.proposed_text(p))
        row.setText(3, f"{p.confidence:.0%}")
        status = self.model.status(field_name)
        row.setText(4, self.tr(STATUS_TEXT[status]))
        colour = {"pending": "#b26a00", "blank": "#555555"}.get(status, "#1b5e20")
        row.setForeground(4, QColor(colour))

    def _on_current(self, current: QTreeWidgetItem | None, _previous: Any = None) -> None:
        if current is None:
            return
        name = current.data(0, FIELD_ROLE)
        if name:
            self.select(str(name))

    def select(self, field_name: str) -> None:
        self.model.current = field_name
        row = self._rows[field_name]
        if self.tree.currentItem() is not row:
            self.tree.setCurrentItem(row)
        p = self.model.item()
        self.tooltip.setText(p.tooltip or self.tr("(no tooltip)"))
        self.proposed.setText(self.model.proposed_text(p))
        self.confidence.setText(f"{p.confidence:.0%} — {p.reason}")
        self.field_name.setText(f"{p.field} (page {p.page})")
        if isinstance(p.fact, str):
            self.change_fact.setCurrentText(p.fact)
        self.change_value.setText(p.value or "")
        self._show_preview()

    def _show_preview(self) -> None:
        try:
            pv = self.model.preview()
        # pypdfium2's PdfiumError is a RuntimeError; a page that cannot be rendered must not
        # block the review
        except (RuntimeError, OSError, ValueError, IndexError, KeyError, ArithmeticError) as exc:
            self.preview.setText(self.tr("The page cannot be shown: %1").replace("%1", str(exc)))
            return
        if pv is None:
            return
        img = QImage(pv.rgb, pv.width, pv.height, pv.stride, QImage.Format.Format_RGB888).copy()
        painter = QPainter(img)
        pen = QPen(QColor("#d32f2f"))
        pen.setWidth(3)
        painter.setPen(pen)
        painter.fillRect(*pv.highlight, QColor(255, 235, 59, 110))
        x, y, w, h = pv.highlight
        painter.drawRect(x - 2, y - 2, w + 4, h + 4)
        painter.end()
        self.preview.setPixmap(QPixmap.fromImage(img))
        self.preview_highlight = pv.highlight
        self.preview.adjustSize()
        self.preview_scroll.ensureVisible(x + w // 2, y + h // 2, 60, 120)

    def _update_progress(self) -> None:
        done, total = self.model.progress()
        self.progress.setText(
            self.tr("%1 of %2 fields reviewed").replace("%1", str(done)).replace("%2", str(total))
        )
        self.save_button.setEnabled(done == total and bool(self.reviewer.text().strip()))

    def _after_decision(self, field_name: str) -> None:
        self._fill_row(field_name)
        self._update_progress()
        nxt = self.model.next_pending()
        if nxt is not None:
            self.select(nxt)

    # -- actions ----------------------------------------------------------------------------
    def _decide(self, decision: Callable[[str], object]) -> None:
        """Record ``decision(field name)`` for the current field (none selected: nothing), then
        show it and go on to the next field still pending."""
        name = self.model.current
        if name is None:
            return
        try:
            decision(name)
        except action_errors() as exc:
            show_error(self, exc)
            return
        self._after_decision(name)

    def accept_current(self) -> None:
        self._decide(lambda name: self.model.session.accept(name))

    def change_current(self) -> None:
        self._decide(
            lambda name: self.model.session.change(
                name,
                self.change_fact.currentText().strip(),
                value=self.change_value.text().strip() or None,
            )
        )

    def blank_current(self) -> None:
        self._decide(lambda name: self.model.session.blank(name, self.blank_reason.text()))

    def accept_confident(self) -> int:
        n = self.model.session.accept_confident()
        for name in self._rows:
            self._fill_row(name)
        self._update_progress()
        nxt = self.model.next_pending()
        if nxt is not None:
            self.select(nxt)
        return n

    def save(self) -> Path | None:
        try:
            self.saved_path = self.model.save(self.reviewer.text(), self.data_dir)
        except action_errors() as exc:
            show_error(self, exc)
            return None
        show_message(
            self,
            self.tr("The reviewed map was saved as %1.").replace("%1", str(self.saved_path)),
            title=self.tr("Map saved"),
        )
        return self.saved_path

    def export(self, out: Path | str | None = None) -> Path | None:
        if out is None:
            chosen = save_file_name(
                self, self.tr("Export the reviewed map"), "", self.tr("Field maps (*.yaml)")
            )
            if not chosen:
                return None
            out = chosen
        try:
            return self.model.export(out, self.data_dir)
        except action_errors() as exc:
            show_error(self, exc)
            return None


def open_map_review(
    parent: QWidget | None, path: Path | str | None = None, data_dir: Path | str | None = None
) -> BackgroundOp | None:
    """Ask for an official PDF (unless given), check it and propose its map on a worker thread,
    then open the review screen (``op.result`` is the dialog once ``op.finished``). Bad input
    (not a USCIS form, locked, no fields, ...) is shown as the error's one-line reason."""
    if path is None:
        chosen = open_file_name(
            parent,
            QCoreApplication.translate("MapReviewDialog", "Choose an official PDF from uscis.gov"),
            "",
            QCoreApplication.translate("MapReviewDialog", "PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        path = chosen
    pdf = Path(path)

    def opened(model: MapReviewModel) -> MapReviewDialog:
        dlg = MapReviewDialog(model, data_dir=data_dir, parent=parent)
        dlg.show()
        op.result = dlg
        return dlg

    op = run_in_background(
        parent,
        lambda progress, cancel: MapReviewModel.from_pdf(pdf),
        success=opened,
        title=QCoreApplication.translate("MapReviewDialog", "Reading the form's fields…"),
        cancellable=False,
    )
    return op
