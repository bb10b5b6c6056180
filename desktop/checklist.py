"""A checklist for a list field with declared codes (issue 18 item 5): episode ACTIONS and
MEANS are ticked from their choices in words, never typed as codes. A code stored before the
choices were declared stays ticked and shown as it is, with a warning: kept, never dropped."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop.profile_logic import FieldSpec, choice_label

CODE_ROLE = Qt.ItemDataRole.UserRole


class ChoiceChecklist(QListWidget):
    """One checkable row per choice; ``changed`` when the user ticks or unticks one."""

    changed = Signal()

    def __init__(
        self,
        spec: FieldSpec,
        tr: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self._tr = tr
        for code in spec.choices:
            self._add(code, known=True)
        self.setMaximumHeight(22 * max(len(spec.choices), 1) + 8)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self.retranslate()

    def _add(self, code: str, *, known: bool) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setData(CODE_ROLE, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        if not known:
            item.setToolTip(
                QCoreApplication.translate(
                    "ProfileEditor",
                    "Stored before the choices were declared: kept as it is. Untick it to "
                    "remove it.",
                )
            )
        self.addItem(item)
        return item

    def retranslate(self) -> None:
        for i in range(self.count()):
            item = self.item(i)
            code = str(item.data(CODE_ROLE))
            if code in self.spec.choices:
                item.setText(self._tr(choice_label(code, self.spec.name)))
            else:
                item.setText(f"{code} ⚠")

    def set_codes(self, codes: list[str] | None) -> None:
        """Tick exactly ``codes``; an unknown one gets its own (warned) row."""
        wanted = [str(c) for c in codes or []]
        self.blockSignals(True)
        known = {str(self.item(i).data(CODE_ROLE)) for i in range(self.count())}
        for code in wanted:
            if code not in known:
                self._add(code, known=False)
        for i in range(self.count()):
            item = self.item(i)
            on = str(item.data(CODE_ROLE)) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.retranslate()
        self.blockSignals(False)

    def codes(self) -> list[str]:
        """The ticked codes, in the order of the choices (unknown ones last)."""
        return [
            str(self.item(i).data(CODE_ROLE))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]
