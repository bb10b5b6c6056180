"""A form for one new row of a repeating group (an arrest, a family member...), used inside
the interview so a list question is answered without leaving for the profile. One widget per
column: choices and yes/no as combo boxes in words, narratives as multi-line boxes; each value
is parsed and validated like a profile field (``desktop.profile_logic.parse_value``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop.checklist import ChoiceChecklist
from desktop.profile_editor import tr_field
from desktop.profile_logic import (
    HIDDEN_COLUMNS,
    FieldSpec,
    choice_label,
    group_specs,
    parse_value,
)
from desktop.widgets import FieldEdit


def _line_text(w: QWidget) -> str:
    return w.text() if isinstance(w, QLineEdit) else ""


class RowForm(QWidget):
    def __init__(
        self, group: str, columns: Sequence[str] = (), parent: QWidget | None = None
    ) -> None:
        """``columns``: the ones the question asks, in its order (all of the group's if
        empty)."""
        super().__init__(parent)
        self.group = group
        self.columns = tuple(columns)
        self.setObjectName(f"row-form-{group}")
        specs = {s.name: s for s in group_specs(group) if s.name not in HIDDEN_COLUMNS}
        names = [c for c in columns if c in specs] or list(specs)
        self.specs = [specs[n] for n in names if specs[n].kind != "list"]
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in self.specs:
            w = self._widget(spec)
            w.setObjectName(f"row-{spec.name}")
            w.setToolTip(tr_field(spec.description))
            label = QLabel(tr_field(spec.label))
            label.setBuddy(w)
            form.addRow(label, w)
            self.widgets[spec.name] = w

    @staticmethod
    def _widget(spec: FieldSpec) -> QWidget:
        if spec.kind == "multi_choice" and spec.choices:
            return ChoiceChecklist(spec, tr_field)
        if spec.kind == "bool" or spec.choices:
            box = QComboBox()
            box.addItem("", None)
            if spec.kind == "bool":
                box.addItem(QCoreApplication.translate("ProfileEditor", "Yes"), True)
                box.addItem(QCoreApplication.translate("ProfileEditor", "No"), False)
            for c in spec.choices:
                box.addItem(tr_field(choice_label(c, spec.name)), c)
            return box
        if spec.kind == "long":
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(60)
            return edit
        line = FieldEdit()
        if spec.kind == "date":
            line.setPlaceholderText(QCoreApplication.translate("ProfileEditor", "YYYY-MM-DD"))
        return line

    def set_text(self, name: str, text: str) -> None:
        """Type into one box (tests and the "copy from" helpers)."""
        w = self.widgets[name]
        if isinstance(w, ChoiceChecklist):
            w.set_codes([c.strip() for c in text.split(",") if c.strip()])
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(w.findData(text), 0))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(text)
        elif isinstance(w, QLineEdit):
            w.setText(text)

    def values(self) -> dict[str, Any]:
        """The typed row, parsed; raises ``FieldInvalid`` naming the first bad box."""
        out: dict[str, Any] = {}
        for spec in self.specs:
            w = self.widgets[spec.name]
            if isinstance(w, ChoiceChecklist):
                value = w.codes() or None
            elif isinstance(w, QComboBox):
                value = w.currentData()
            else:
                raw = w.toPlainText() if isinstance(w, QPlainTextEdit) else _line_text(w)
                value = parse_value(spec, raw)
            if value is not None:
                out[spec.name] = value
        return out

    def clear(self) -> None:
        for w in self.widgets.values():
            if isinstance(w, QComboBox):
                w.setCurrentIndex(0)
            elif isinstance(w, QPlainTextEdit | QLineEdit):
                w.clear()

    def first(self) -> QWidget | None:
        return next(iter(self.widgets.values()), None)
