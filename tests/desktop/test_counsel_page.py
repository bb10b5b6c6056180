"""The counsel and organisation settings page (issue 15 item 2, issue 18 item 1): what is
typed is stored once and every client reads it; a client's own answer overrides it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QLineEdit

from casefile.store import CaseStore
from desktop.counsel_logic import CounselSettings
from desktop.counsel_page import CounselDialog
from facts import FactView

PASS = "lantern meadow cobalt ninety"


def _type(dlg: CounselDialog, name: str, text: str) -> None:
    box = dlg.inputs[name]
    assert isinstance(box, QLineEdit)
    box.setText(text)


def test_page_saves_counsel_that_every_client_then_reads(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = CaseStore.create(tmp_path / "data", PASS)
    client = store.create_client(given_name="Ana", family_name="Ejemplo")
    dlg = CounselDialog(store)
    qtbot.addWidget(dlg)
    _type(dlg, "family_name", "Okafor")
    _type(dlg, "eoir_id", "ZX123456")
    _type(dlg, "accreditation_expires", "2027-06-30")
    attorney = dlg.inputs["is_attorney"]
    assert isinstance(attorney, QCheckBox)
    attorney.setChecked(True)
    dlg.apply()
    assert dlg.result() == CounselDialog.DialogCode.Accepted
    view = FactView(store.load(client.client.id))
    assert view.get("representative.family_name") == "Okafor"
    assert view.get("representative.eoir_id") == "ZX123456"
    assert view.get("representative.is_attorney") is True
    assert str(view.get("representative.accreditation_expires")) == "2027-06-30"
    again = CounselDialog(store)  # reopened: shows what was stored
    qtbot.addWidget(again)
    assert isinstance(again.inputs["family_name"], QLineEdit)
    assert again.inputs["family_name"].text() == "Okafor"
    store.lock()


def test_page_refuses_a_broken_email_and_date_and_says_why(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = CaseStore.create(tmp_path / "data", PASS)
    dlg = CounselDialog(store)
    qtbot.addWidget(dlg)
    _type(dlg, "email", "nokafor@")
    _type(dlg, "accreditation_expires", "30/06/2027")
    dlg.apply()
    assert dlg.result() != CounselDialog.DialogCode.Accepted
    assert "e-mail" in dlg.problem.text() and "YYYY-MM-DD" in dlg.problem.text()
    assert store.load_counsel().email is None  # nothing saved
    store.lock()


def test_logic_without_a_counsel_table_cannot_save() -> None:
    settings = CounselSettings(object())  # e.g. the demo's in-memory store
    settings.values["family_name"] = "Okafor"
    assert settings.available is False and settings.save() == []


def test_missing_counsel_fact_opens_the_counsel_page_and_the_client_sees_the_save(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop.options import Options
    from desktop.workspace import ClientWorkspace

    store = CaseStore.create(tmp_path / "data", PASS)
    profile = store.create_client(given_name="Ana", family_name="Ejemplo")
    ws = ClientWorkspace(store, profile, Options(tmp_path / "data", tmp_path / "config"))
    qtbot.addWidget(ws)
    ws.jump_to_field("representative.phone")
    dlg = ws.counsel_dialog
    assert isinstance(dlg, CounselDialog) and dlg.isVisible()
    _type(dlg, "phone", "518-555-0147")
    dlg.apply()
    assert FactView(ws.profile).get("representative.phone") == "518-555-0147"
    store.lock()
