"""The counsel and organisation settings page: a thin form over ``CounselSettings``.
Entered once for the office; every client's G-28, cover letters and court papers read it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casefile.models import COUNSEL_FIELDS
from desktop.counsel_logic import FLAGS, ClientCounsel, CounselSettings
from desktop.i18n import Retranslating
from desktop.widgets import FieldEdit, wrapped_label


class CounselDialog(Retranslating, QDialog):
    def __init__(
        self,
        store: Any,
        parent: QWidget | None = None,
        *,
        logic: CounselSettings | ClientCounsel | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("counsel_settings")
        self.logic = logic if logic is not None else CounselSettings(store)
        self.inputs: dict[str, QLineEdit | QCheckBox] = {}
        self.labels: dict[str, QLabel] = {}
        body = QWidget()
        form = QFormLayout(body)
        for name in COUNSEL_FIELDS:
            value = self.logic.values[name]
            if name in FLAGS:
                box = QCheckBox()
                box.setChecked(bool(value))
                self.inputs[name] = box
            else:
                self.inputs[name] = FieldEdit(str(value))
            self.labels[name] = QLabel()
            form.addRow(self.labels[name], self.inputs[name])
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.intro = wrapped_label()
        self.problem = wrapped_label(style="color: #8a4b00;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(self.logic.available)
        self.lay = QVBoxLayout(self)
        for w in (self.intro, scroll, self.problem, buttons):
            self.lay.addWidget(w)
        self.resize(560, 640)
        self.retranslate()

    def _label_texts(self) -> dict[str, str]:
        return {
            "family_name": self.tr("Family name (last name):"),
            "given_name": self.tr("Given name (first name):"),
            "middle_name": self.tr("Middle name:"),
            "is_attorney": self.tr("Attorney in good standing"),
            "bar_number": self.tr("Bar number:"),
            "bar_state": self.tr("Bar state (two letters):"),
            "licensing_authority": self.tr("Licensing authority:"),
            "is_accredited_representative": self.tr("DOJ accredited representative"),
            "recognized_organization": self.tr("Recognized organization:"),
            "doj_accreditation_id": self.tr("DOJ recognition/accreditation number:"),
            "accreditation_expires": self.tr("Accreditation expires (YYYY-MM-DD):"),
            "firm_name": self.tr("Law firm or organization:"),
            "street": self.tr("Street number and name:"),
            "unit": self.tr("Suite or floor:"),
            "city": self.tr("City or town:"),
            "state": self.tr("State (two letters):"),
            "postal_code": self.tr("ZIP code:"),
            "country": self.tr("Country:"),
            "phone": self.tr("Daytime telephone:"),
            "mobile_phone": self.tr("Mobile telephone:"),
            "fax": self.tr("Fax:"),
            "email": self.tr("E-mail:"),
            "uscis_account_number": self.tr("USCIS online account number:"),
            "eoir_id": self.tr("EOIR ID:"),
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Counsel and organization"))
        self.intro.setText(
            self.tr(
                "Entered once for the office: every client's G-28, cover letters and court "
                "papers use these details, unless the client's profile names another attorney "
                "of record."
            )
        )
        for name, text in self._label_texts().items():
            target = self.inputs[name] if name in FLAGS else self.labels[name]
            target.setText(text)

    def read_inputs(self) -> None:
        for name, widget in self.inputs.items():
            if isinstance(widget, QCheckBox):
                self.logic.values[name] = widget.isChecked()
            else:
                self.logic.values[name] = widget.text()

    def show_problems(self, problems: list[str]) -> bool:
        """Word the problems under the form; True when there were any."""
        texts = {
            "email": self.tr("The e-mail address is not complete (name@example.org)."),
            "date": self.tr("Write the accreditation expiry date as YYYY-MM-DD."),
        }
        self.problem.setText("\n".join(texts[p] for p in problems))
        return bool(problems)

    def apply(self) -> None:
        self.read_inputs()
        assert isinstance(self.logic, CounselSettings)
        if not self.show_problems(self.logic.save()):
            self.accept()


class ClientCounselDialog(CounselDialog):
    """Counsel for one client: the office's details unless "another attorney of record" is
    ticked. OK hands the changes to ``on_apply`` (the profile editor's undoable edits)."""

    def __init__(
        self,
        logic: ClientCounsel,
        on_apply: Callable[[ClientCounsel], None],
        parent: QWidget | None = None,
    ) -> None:
        self.own = QCheckBox()
        super().__init__(None, parent, logic=logic)
        self.setObjectName("client_counsel")
        self.client_logic = logic
        self.on_apply = on_apply
        self.own.setChecked(logic.override)
        self.own.toggled.connect(self._own_toggled)
        self.lay.insertWidget(1, self.own)
        self._own_toggled(logic.override)

    def _own_toggled(self, on: bool) -> None:
        for name, widget in self.inputs.items():
            widget.setEnabled(on)
            if not on:  # the office's details, shown greyed
                value = self.client_logic.office[name]
                if isinstance(widget, QCheckBox):
                    widget.setChecked(bool(value))
                else:
                    widget.setText(str(value))

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Counsel for this client"))
        self.intro.setText(
            self.tr(
                "This client's G-28, cover letters and court papers use the office's counsel "
                "details (Settings). Tick the box to name another attorney of record for this "
                "client only."
            )
        )
        self.own.setText(self.tr("Another attorney of record for this client"))

    def apply(self) -> None:
        self.client_logic.override = self.own.isChecked()
        self.read_inputs()
        if not self.show_problems(self.client_logic.problems()):
            self.on_apply(self.client_logic)
            self.accept()
