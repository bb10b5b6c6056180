"""The profile editor: sections generated from the SQLModel columns (labels from the column
names, tooltips from their descriptions), repeating groups as tables with add/remove, inline
validation, debounced autosave with a visible "Saved" indicator, and undo (QUndoStack)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casefile.errors import StaleProfile
from casefile.models import AnswerStatus
from casefile.profile import Profile
from desktop.background import action_errors, show_error
from desktop.checklist import ChoiceChecklist
from desktop.counsel_logic import ClientCounsel
from desktop.counsel_page import ClientCounselDialog
from desktop.file_dialogs import open_file_name
from desktop.i18n import Retranslating
from desktop.profile_logic import (
    HIDDEN_COLUMNS,
    SECTIONS,
    EditSession,
    FieldInvalid,
    FieldSpec,
    answer_specs,
    choice_label,
    client_specs,
    display_value,
    format_value,
    group_specs,
    group_title,
    parse_value,
    summary_columns,
)
from desktop.widgets import FieldEdit, WrappedLabel, push_button, wrapped_label

AUTOSAVE_MS = 800
INVALID_STYLE = "border: 2px solid #c62828;"


#: a stored code a description names ("safe_mailing", "t_visa"): said in words on screen
_CODE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
_CODE_WORDS = {"t_visa": "T visa", "u_visa": "U visa"}


def tr_field(text: str) -> str:
    """A label, tooltip or choice of a field, in the interface language; the English is
    cleaned of fact ids, file names and stored codes (the Spanish is written without them)."""
    from desktop.data_text import screen_text

    out = QCoreApplication.translate("Field", text)
    if out != text:
        return out
    return _CODE.sub(lambda m: _CODE_WORDS.get(m[0], m[0].replace("_", " ")), screen_text(text))


# ---------------------------------------------------------------------------
# Undo commands
# ---------------------------------------------------------------------------


class SetValue(QUndoCommand):
    def __init__(self, editor: ProfileEditor, target: Any, name: str, old: Any, new: Any):
        super().__init__(
            QCoreApplication.translate("ProfileEditor", "Edit {field}").format(field=tr_field(name))
        )
        self.editor, self.target, self.name, self.old, self.new = editor, target, name, old, new

    def redo(self) -> None:
        self.editor.session.set(self.target, self.name, self.new)
        self.editor.refresh_values()

    def undo(self) -> None:
        self.editor.session.set(self.target, self.name, self.old)
        self.editor.refresh_values()


class SetAnswer(QUndoCommand):
    def __init__(self, editor: ProfileEditor, fact: str, old: Any, new: Any):
        super().__init__(QCoreApplication.translate("ProfileEditor", "Edit answer"))
        self.editor, self.fact, self.old, self.new = editor, fact, old, new

    def redo(self) -> None:
        self.editor.session.set_answer_state(self.fact, self.new)
        self.editor.refresh_values()

    def undo(self) -> None:
        self.editor.session.set_answer_state(self.fact, self.old)
        self.editor.refresh_values()


class AddRow(QUndoCommand):
    def __init__(self, editor: ProfileEditor, group: str):
        super().__init__(QCoreApplication.translate("ProfileEditor", "Add row"))
        self.editor, self.group = editor, group
        self.row: Any = None
        self.index: int | None = None

    def redo(self) -> None:
        self.row = self.editor.session.add_row(self.group, self.row, self.index)
        self.index = self.row.position
        self.editor.refresh_values()

    def undo(self) -> None:
        self.editor.session.remove_row(self.group, self.row)
        self.editor.refresh_values()


class RemoveRow(QUndoCommand):
    def __init__(self, editor: ProfileEditor, group: str, row: Any):
        super().__init__(QCoreApplication.translate("ProfileEditor", "Remove row"))
        self.editor, self.group, self.row = editor, group, row
        self.index = 0

    def redo(self) -> None:
        self.index = self.editor.session.remove_row(self.group, self.row)
        self.editor.refresh_values()

    def undo(self) -> None:
        self.editor.session.add_row(self.group, self.row, self.index)
        self.editor.refresh_values()


# ---------------------------------------------------------------------------
# Field widgets
# ---------------------------------------------------------------------------


class LongText(QPlainTextEdit):
    committed = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.committed.emit()
        super().focusOutEvent(event)


class FieldBinding:
    """One scalar field on a form: widget, error label, read and write."""

    def __init__(
        self,
        editor: ProfileEditor,
        spec: FieldSpec,
        target: Callable[[], Any] | None,
        *,
        wrap: bool = False,
    ) -> None:
        self.editor = editor
        self.spec = spec
        self.target = target  # None for an answer fact
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.widget: QWidget
        if spec.kind == "bool" or (spec.kind == "choice" and spec.choices):
            box = QComboBox()
            box.addItem("", None)
            if spec.kind == "bool":
                box.addItem("", True)
                box.addItem("", False)
            else:
                for c in spec.choices:
                    box.addItem(choice_label(c, spec.name), c)
            box.activated.connect(lambda _i: self.commit())
            if spec.kind == "bool":
                box.setMaximumWidth(160)
            self.widget = box
        elif spec.kind == "multi_choice" and spec.choices:
            checklist = ChoiceChecklist(spec, tr_field)
            checklist.changed.connect(self.commit)
            self.widget = checklist
        elif spec.kind == "long":
            edit = LongText()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70)
            edit.committed.connect(self.commit)
            self.widget = edit
        else:
            line = FieldEdit()
            line.editingFinished.connect(self.commit)
            self.widget = line
        self.widget.setObjectName(f"field-{spec.name}")
        self.label = WrappedLabel() if wrap else QLabel()  # a whole sentence wraps
        self.label.setBuddy(self.widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(tr_field(self.spec.label))
        tip = tr_field(self.spec.description)
        if self.spec.sensitive:
            tip += "\n" + QCoreApplication.translate(
                "ProfileEditor", "Sensitive: never printed outside the documents you generate."
            )
            self.label.setStyleSheet("font-style: italic;")
        self.label.setToolTip(tip)
        self.widget.setToolTip(tip)  # the field says the same as its label on hover
        if isinstance(self.widget, QLineEdit) and self.spec.kind == "date":
            # year-month-day in the reader's letters (AAAA-MM-DD in Spanish)
            hint = QCoreApplication.translate("ProfileEditor", "YYYY-MM-DD")
            self.widget.setPlaceholderText(hint)
        if isinstance(self.widget, QComboBox) and self.spec.kind == "bool":
            self.widget.setItemText(1, QCoreApplication.translate("ProfileEditor", "Yes"))
            self.widget.setItemText(2, QCoreApplication.translate("ProfileEditor", "No"))
        elif isinstance(self.widget, ChoiceChecklist):
            self.widget.retranslate()
        elif isinstance(self.widget, QComboBox):
            for i in range(1, self.widget.count()):
                data = self.widget.itemData(i)
                if data in self.spec.choices:
                    self.widget.setItemText(i, tr_field(choice_label(data, self.spec.name)))

    def current(self) -> Any:
        if self.target is None:
            return self.editor.session.get_answer(self.spec.fact or self.spec.name)
        obj = self.target()
        return None if obj is None else getattr(obj, self.spec.name)

    def text(self) -> str:
        w = self.widget
        if isinstance(w, ChoiceChecklist):
            return ", ".join(w.codes())
        if isinstance(w, QComboBox):
            data = w.currentData()
            return "" if data is None else format_value(self.spec, data)
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        assert isinstance(w, QLineEdit)
        return w.text()

    def show_value(self) -> None:
        value = self.current()
        w = self.widget
        w.blockSignals(True)
        if isinstance(w, ChoiceChecklist):
            w.set_codes(value if isinstance(value, list) else None)
        elif isinstance(w, QComboBox):
            idx = w.findData(value) if value is not None else 0
            if idx < 0:  # a value stored before the choices were declared: shown, kept
                w.addItem(str(value), value)
                idx = w.count() - 1
            w.setCurrentIndex(idx)
        elif isinstance(w, QPlainTextEdit):
            if w.toPlainText() != format_value(self.spec, value):
                w.setPlainText(format_value(self.spec, value))
        elif isinstance(w, QLineEdit):
            w.setText(format_value(self.spec, value))
        w.blockSignals(False)
        self.set_error(None)

    def set_error(self, message: str | None) -> None:
        if message:
            self.error.setText(message)
            self.error.show()
        else:
            self.error.hide()
        if isinstance(self.widget, FieldEdit):  # keeps its own frame: see FieldEdit
            self.widget.set_invalid(bool(message))
            return
        style = INVALID_STYLE if message else ""
        if self.widget.styleSheet() != style:  # a new style sheet re-polishes the widget
            self.widget.setStyleSheet(style)

    def commit(self) -> bool:
        try:
            if isinstance(self.widget, ChoiceChecklist):  # ticked codes, old ones kept
                value: Any = self.widget.codes() or None
            else:
                value = parse_value(self.spec, self.text())
        except FieldInvalid as exc:
            self.set_error(tr_field(exc.reason))
            return False
        self.set_error(None)
        if value == self.current():
            return True
        if self.target is not None and self.target() is None:
            return True  # no row selected: nothing to write to
        if self.target is None:
            fact = self.spec.fact or self.spec.name
            old = self.editor.session.answer_state(fact)
            new = None if value is None else (value, AnswerStatus.ANSWERED.value)
            self.editor.undo.push(SetAnswer(self.editor, fact, old, new))
        else:
            self.editor.undo.push(
                SetValue(self.editor, self.target(), self.spec.name, self.current(), value)
            )
        return True


class GroupTable(QGroupBox):
    """A repeating group: a short list of its rows (a few key columns, read-only) and, under
    it, a form for the selected row with one field per column (choices as combo boxes,
    narratives as multi-line editors), each parsed and validated like a profile field."""

    def __init__(self, editor: ProfileEditor, group: str) -> None:
        super().__init__()
        self.editor = editor
        self.group = group
        self.specs = [s for s in group_specs(group) if s.name not in HIDDEN_COLUMNS]
        self.columns = summary_columns(self.specs)
        self.setObjectName(f"group-{group}")
        self.table = QTableWidget(0, len(self.columns))
        self.table.setObjectName(f"table-{group}")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(220)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.table.setMinimumWidth(300)
        self.table.currentCellChanged.connect(lambda *_a: self._row_selected())
        self.table.cellDoubleClicked.connect(lambda *_a: self.focus_form())
        self.add_button = push_button(self.add_row)
        self.remove_button = push_button(self.remove_selected)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        self.attach_button: QPushButton | None = None
        if group == "exhibits":
            self.attach_button = push_button(self.choose_file, "attach-file")
            buttons.addWidget(self.attach_button)
        buttons.addStretch(1)

        self.form_box = QGroupBox()
        self.form_box.setObjectName(f"row-form-{group}")
        form = QFormLayout(self.form_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.row_bindings: list[FieldBinding] = []
        for spec in self.specs:
            b = FieldBinding(editor, spec, self.current_row)
            self.row_bindings.append(b)
            form.addRow(b.label, b.widget)
            form.addRow("", b.error)
        self.no_row = wrapped_label(style="color: #555;")

        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        lay.addWidget(self.no_row)
        lay.addWidget(self.form_box)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setTitle(tr_field(group_title(self.group)))
        self.table.setHorizontalHeaderLabels([tr_field(s.label) for s in self.columns])
        for i, s in enumerate(self.columns):
            header = self.table.horizontalHeaderItem(i)
            if header is not None:
                header.setToolTip(tr_field(s.description))
        self.add_button.setText(QCoreApplication.translate("ProfileEditor", "Add"))
        if self.attach_button is not None:
            self.attach_button.setText(
                QCoreApplication.translate("ProfileEditor", "Attach file to the selected row…")
            )
        self.remove_button.setText(QCoreApplication.translate("ProfileEditor", "Remove"))
        self.form_box.setTitle(QCoreApplication.translate("ProfileEditor", "Selected row"))
        self.no_row.setText(
            QCoreApplication.translate(
                "ProfileEditor", "Select a row above to see and edit all of it, or press Add."
            )
        )
        for b in self.row_bindings:
            b.retranslate()
        if self.table.rowCount():
            self._fill_table(self.rows())

    def rows(self) -> list[Any]:
        return self.editor.session.rows(self.group)

    def current_row(self) -> Any:
        """The selected row (the row form edits it), or None."""
        rows = self.rows()
        r = self.table.currentRow()
        return rows[r] if 0 <= r < len(rows) else None

    def refresh(self) -> None:
        rows = self.rows()
        keep = self.table.currentRow()
        self._fill_table(rows)
        if rows and not 0 <= keep < len(rows):
            keep = 0 if keep < 0 else len(rows) - 1
        self.table.blockSignals(True)
        self.table.setCurrentCell(keep if rows else -1, 0)
        self.table.blockSignals(False)
        self._row_selected()

    def _fill_table(self, rows: list[Any]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, spec in enumerate(self.columns):
                item = QTableWidgetItem(display_value(spec, getattr(row, spec.name), tr_field))
                item.setToolTip(tr_field(spec.description))
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()

    def _row_selected(self) -> None:
        has_row = self.current_row() is not None
        self.form_box.setVisible(has_row)
        self.no_row.setVisible(not has_row)
        if has_row:
            for b in self.row_bindings:
                b.show_value()

    def focus_form(self) -> None:
        if self.row_bindings and self.current_row() is not None:
            self.row_bindings[0].widget.setFocus()

    def binding(self, name: str) -> FieldBinding:
        return next(b for b in self.row_bindings if b.spec.name == name)

    def choose_file(self) -> None:
        path = open_file_name(
            self,
            QCoreApplication.translate("ProfileEditor", "Attach exhibit file"),
            "",
            QCoreApplication.translate(
                "ProfileEditor", "Documents (*.pdf *.jpg *.jpeg *.png *.docx)"
            ),
        )
        if path:
            self.attach_file(Path(path))

    def attach_file(self, path: Path) -> None:
        """Record the file (path and SHA-256, so a later change is noticed) on the row."""
        rows = self.rows()
        r = self.table.currentRow()
        if not 0 <= r < len(rows):
            self.error.setText(
                QCoreApplication.translate("ProfileEditor", "Select the exhibit's row first.")
            )
            self.error.show()
            return
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        row = rows[r]
        self.editor.undo.beginMacro(QCoreApplication.translate("ProfileEditor", "Attach file"))
        self.editor.undo.push(
            SetValue(self.editor, row, "file_path", row.file_path, str(path.resolve()))
        )
        self.editor.undo.push(SetValue(self.editor, row, "file_sha256", row.file_sha256, digest))
        self.editor.undo.endMacro()

    def add_row(self) -> None:
        """Add a row, select it and put the cursor in its form's first field."""
        self.editor.undo.push(AddRow(self.editor, self.group))
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.focus_form()

    def remove_selected(self) -> None:
        r = self.table.currentRow()
        rows = self.rows()
        if 0 <= r < len(rows):
            self.editor.undo.push(RemoveRow(self.editor, self.group, rows[r]))


# ---------------------------------------------------------------------------
# The editor
# ---------------------------------------------------------------------------


class ProfileEditor(Retranslating, QWidget):
    saved_state = Signal(str)

    def __init__(
        self,
        profile: Profile,
        save_fn: Callable[[Profile], None],
        parent: QWidget | None = None,
        *,
        store: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profile-editor")
        self.session = EditSession(profile, save_fn)
        #: The case store (``load`` / ``merge``) for a save refused as stale; None for stores
        #: that have a single writer (the demo).
        self.store = store
        self.stale_box: QMessageBox | None = None
        self.undo = QUndoStack(self)
        self.bindings: list[FieldBinding] = []
        self.tables: list[GroupTable] = []
        self.section_titles: list[tuple[QLabel, str]] = []
        self.last_saved: dt.datetime | None = None
        self.demo = False  # set by the workspace in demo mode (nothing is saved)
        self.save_failed = False

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave)
        self.session.listeners.append(self._on_changed)

        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        self.sections.setMaximumWidth(230)
        self.pages = QStackedWidget()
        # Each section's page is built when first shown (issue 18, screen to screen): built
        # at once they were over 3,000 widgets, which Qt walks on every switch of the client's
        # tabs. Until then a page is an empty placeholder.
        self._built = [False] * len(SECTIONS)
        for _section in SECTIONS:
            self.sections.addItem("")
            self.pages.addWidget(QWidget())
        self.sections.currentRowChanged.connect(self._show_page)
        self.sections.setCurrentRow(0)

        self.undo_button = push_button(self.undo.undo)
        self.redo_button = push_button(self.undo.redo)
        self.undo.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.undo_action = self.undo.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.redo_action = self.undo.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.status = QLabel()
        self.status.setObjectName("saved")
        self.legend = QLabel()
        self.legend.setObjectName("sensitive-legend")
        self.legend.setStyleSheet("color: #555;")
        top = QHBoxLayout()
        top.addWidget(self.undo_button)
        top.addWidget(self.redo_button)
        self.counsel_button = push_button(self.edit_counsel, "client-counsel")
        top.addWidget(self.counsel_button)
        top.addSpacing(12)
        top.addWidget(self.legend)
        top.addStretch(1)
        top.addWidget(self.status)

        body = QHBoxLayout()
        body.addWidget(self.sections)
        body.addWidget(self.pages, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(body, 1)
        self.retranslate()
        self.refresh_values()

    def _show_page(self, index: int) -> None:
        if index < 0:
            return
        self._ensure_page(index)
        self.pages.setCurrentIndex(index)

    def _ensure_page(self, index: int) -> None:
        """Build section ``index``'s page if it is still a placeholder, showing the current
        language and values."""
        if self._built[index]:
            return
        self._built[index] = True
        n_titles, n_bindings, n_tables = (
            len(self.section_titles),
            len(self.bindings),
            len(self.tables),
        )
        page = self._build_page(SECTIONS[index])
        placeholder = self.pages.widget(index)
        self.pages.insertWidget(index, page)
        if placeholder is not None:
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        for label, text in self.section_titles[n_titles:]:
            label.setText(tr_field(text))
        for b in self.bindings[n_bindings:]:
            b.retranslate()
            b.show_value()
        for t in self.tables[n_tables:]:
            t.retranslate()
            t.refresh()

    @staticmethod
    def _page_holding(name: str) -> int | None:
        """The section whose page shows the client field, group or interview answer ``name``."""
        for index, section in enumerate(SECTIONS):
            if name in section.client_fields or name in section.groups:
                return index
            if section.answer_prefixes and name.startswith(section.answer_prefixes):
                return index
        return None

    def _build_page(self, section: Any) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        title = QLabel()
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.section_titles.append((title, section.title))
        lay.addWidget(title)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in client_specs(section.client_fields):
            b = FieldBinding(self, spec, self._client)
            self.bindings.append(b)
            form.addRow(b.label, b.widget)
            form.addRow("", b.error)
        lay.addLayout(form)
        for group in section.groups:
            t = GroupTable(self, group)
            self.tables.append(t)
            lay.addWidget(t)
        answers = answer_specs(section.answer_prefixes)
        if answers:
            # interview answers: the label (a whole sentence) above its field
            heading = QLabel()
            heading.setStyleSheet("font-weight: 600; margin-top: 8px;")
            self.section_titles.append((heading, "Interview answers"))
            lay.addWidget(heading)
            aform = QFormLayout()
            aform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            for spec in answers:
                b = FieldBinding(self, spec, None, wrap=True)
                self.bindings.append(b)
                aform.addRow(b.label, b.widget)
                aform.addRow(b.error)
            lay.addLayout(aform)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _client(self) -> Any:
        return self.session.profile.client

    def retranslate(self) -> None:
        for i, section in enumerate(SECTIONS):
            item = self.sections.item(i)
            if item is not None:
                item.setText(tr_field(section.title))
        for label, text in self.section_titles:
            label.setText(tr_field(text))
        for b in self.bindings:
            b.retranslate()
        for t in self.tables:
            t.retranslate()
        self.undo_button.setText(self.tr("Undo"))
        self.redo_button.setText(self.tr("Redo"))
        self.counsel_button.setText(self.tr("Counsel for this client…"))
        self.counsel_button.setToolTip(
            self.tr("The attorney of record on this client's G-28, letters and court papers")
        )
        self.legend.setText(
            self.tr(
                "<i>Italic</i> labels mark sensitive details (never printed outside the filings)"
            )
        )
        self._show_status()

    # -- counsel -----------------------------------------------------------------------
    def edit_counsel(self) -> ClientCounselDialog:
        """Open the client's counsel dialog (returned for tests; it is modal to the user)."""
        dialog = ClientCounselDialog(ClientCounsel(self.session), self.apply_counsel, self)
        dialog.open()
        return dialog

    def apply_counsel(self, logic: ClientCounsel) -> None:
        """The client's counsel changes as one undoable step."""
        changes = logic.changes()
        if not changes:
            return
        self.undo.beginMacro(self.tr("Counsel for this client"))
        for fact, (old, new) in changes.items():
            self.undo.push(SetAnswer(self, fact, old, new))
        self.undo.endMacro()

    # -- values ------------------------------------------------------------------------
    def _ensure_page_holding(self, name: str) -> None:
        index = self._page_holding(name)
        if index is not None:
            self._ensure_page(index)

    def binding(self, name: str) -> FieldBinding:
        found = next((b for b in self.bindings if b.spec.name == name), None)
        if found is None:  # on a page not built yet: build that page only
            self._ensure_page_holding(name)
            found = next(b for b in self.bindings if b.spec.name == name)
        return found

    def table(self, group: str) -> GroupTable:
        found = next((t for t in self.tables if t.group == group), None)
        if found is None:  # on a page not built yet: build that page only
            self._ensure_page_holding(group)
            found = next(t for t in self.tables if t.group == group)
        return found

    def refresh_values(self) -> None:
        for b in self.bindings:
            b.show_value()
        for t in self.tables:
            t.refresh()

    def show_section(self, key: str) -> None:
        idx = next(i for i, s in enumerate(SECTIONS) if s.key == key)
        self.sections.setCurrentRow(idx)

    def focus_field(self, name: str) -> bool:
        """Jump to a field (from the documents review). Returns False if not shown here."""
        for i, section in enumerate(SECTIONS):
            if name in section.client_fields:
                self.sections.setCurrentRow(i)
                self.binding(name).widget.setFocus()
                return True
            if name in section.groups:
                self.sections.setCurrentRow(i)
                self.table(name).table.setFocus()
                return True
        return False

    # -- autosave ----------------------------------------------------------------------
    def _on_changed(self) -> None:
        self.timer.start()
        self._show_status()

    def autosave(self) -> None:
        self.timer.stop()
        try:
            saved = self.session.flush()
        except StaleProfile as exc:
            self.save_failed = True
            self._show_status()
            self._offer_reload_or_merge(exc)
            return
        except action_errors() as exc:
            self.save_failed = True
            self._show_status()
            show_error(self, exc)
            return
        self.save_failed = False
        if saved:
            self.last_saved = dt.datetime.now()
        self._show_status()

    # -- a save refused because the client was saved elsewhere -------------------------
    def _offer_reload_or_merge(self, exc: StaleProfile) -> None:
        """Say what the other save changed; offer to merge these edits into it or to reload
        it (dropping these edits). Non-blocking; nothing is saved until one is chosen."""
        if self.stale_box is not None or self.store is None:
            if self.store is None:
                show_error(self, exc)
            return
        box = QMessageBox(self)
        box.setObjectName("stale-profile")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changed elsewhere"))
        box.setText(str(exc))
        box.setInformativeText(
            self.tr(
                "Merge keeps your edits and the other changes (where both changed the same "
                "field, yours wins). Reload shows the other version and drops your unsaved "
                "edits."
            )
        )
        merge = box.addButton(self.tr("&Merge my edits"), QMessageBox.ButtonRole.AcceptRole)
        reload = box.addButton(self.tr("&Reload"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Decide &later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(merge)

        def chosen(button: Any) -> None:
            self.stale_box = None
            if button is merge:
                self.merge_with_stored()
            elif button is reload:
                self.reload_stored()

        box.buttonClicked.connect(chosen)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.stale_box = box
        box.open()

    def merge_with_stored(self) -> None:
        """Apply this window's edits on top of the stored version and save."""
        try:
            merged = self.store.merge(self.session.profile)
        except action_errors() as exc:
            show_error(self, exc)
            return
        self.session.profile.adopt(merged)
        self.session.dirty = True
        self.refresh_values()
        self.autosave()

    def reload_stored(self) -> None:
        """Show the stored version; this window's unsaved edits are dropped."""
        try:
            fresh = self.store.load(self.session.profile.client.id)
        except action_errors() as exc:
            show_error(self, exc)
            return
        self.session.profile.adopt(fresh)
        self.session.dirty = False
        self.timer.stop()
        self.undo.clear()
        self.save_failed = False
        self.refresh_values()
        self._show_status()

    def flush(self) -> None:
        # commit a field still being typed in
        focus = self.focusWidget()
        for b in self.bindings:
            if b.widget is focus:
                b.commit()
        self.autosave()

    def set_demo(self, on: bool) -> None:
        self.demo = on
        self._show_status()

    def status_text(self) -> str:
        if self.save_failed:
            return self.tr("Not saved — see the message")
        if self.demo:  # demo mode keeps the profile in memory: never claim it was saved
            return self.tr("Demo: nothing is saved")
        if self.session.dirty:
            return self.tr("Saving…")
        if self.last_saved is not None:
            return self.tr("Saved {time}").format(time=self.last_saved.strftime("%H:%M:%S"))
        return self.tr("All changes saved")

    def _show_status(self) -> None:
        text = self.status_text()
        self.status.setText(text)
        self.saved_state.emit(text)
