"""The counsel and organisation settings page (issue 15 item 2, issue 18 item 1): what is
typed is stored once and every client reads it; a client's own answer overrides it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QLineEdit

from casefile.models import COUNSEL_FIELDS, Counsel
from casefile.store import CaseStore
from desktop.counsel_logic import ClientCounsel, CounselSettings
from desktop.counsel_page import CounselDialog
from desktop.profile_editor import ProfileEditor
from desktop.profile_logic import EditSession
from facts import UNKNOWN, FactView

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
    from desktop.demo_store import DemoStore

    settings = CounselSettings(DemoStore())  # the demo's in-memory store
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


def _office_and_client(tmp_path: Path) -> tuple[CaseStore, str]:
    store = CaseStore.create(tmp_path / "data", PASS)
    store.save_counsel(Counsel(family_name="Okafor", firm_name="Harbor Clinic", fax="2125550199"))
    client = store.create_client(given_name="Ana", family_name="Ejemplo")
    return store, client.client.id


def test_client_counsel_overrides_every_detail_and_goes_back_to_the_office(
    tmp_path: Path,
) -> None:
    store, cid = _office_and_client(tmp_path)
    session = EditSession(store.load(cid), store.save)
    logic = ClientCounsel(session)
    assert not logic.override and logic.values["family_name"] == "Okafor"
    assert logic.changes() == {}  # nothing ticked, nothing stored
    logic.override = True
    logic.values.update(family_name="Lindqvist", firm_name="Northside Legal", fax="")
    for fact, (_old, new) in logic.changes().items():
        session.set_answer_state(fact, new)
    session.flush()
    view = FactView(store.load(cid))
    assert view.get("representative.family_name") == "Lindqvist"
    assert view.get("representative.firm_name") == "Northside Legal"
    # the office's fax is not the other attorney's: a blank detail stays blank
    assert view.get("representative.fax") is UNKNOWN
    again = ClientCounsel(EditSession(store.load(cid), store.save))
    assert again.override and again.values["family_name"] == "Lindqvist"
    again.override = False
    changes = again.changes()
    assert set(changes) == {f"representative.{n}" for n in COUNSEL_FIELDS}
    assert all(new is None for _old, new in changes.values())
    store.lock()


def test_client_counsel_refuses_a_broken_email_only_when_overriding(tmp_path: Path) -> None:
    store, cid = _office_and_client(tmp_path)
    logic = ClientCounsel(EditSession(store.load(cid), store.save))
    logic.values["email"] = "broken@"
    assert logic.problems() == []  # the office's details are not this dialog's to check
    logic.override = True
    assert logic.problems() == ["email"]
    store.lock()


def test_profile_editor_counsel_dialog_is_one_undoable_step(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, cid = _office_and_client(tmp_path)
    profile = store.load(cid)
    editor = ProfileEditor(profile, store.save, store=store)
    qtbot.addWidget(editor)
    dlg = editor.edit_counsel()
    name = dlg.inputs["family_name"]
    assert isinstance(name, QLineEdit)
    assert name.text() == "Okafor" and not name.isEnabled()  # the office's, greyed
    dlg.own.setChecked(True)
    assert name.isEnabled()
    name.setText("Lindqvist")
    dlg.apply()
    assert dlg.result() == CounselDialog.DialogCode.Accepted
    assert FactView(profile).get("representative.family_name") == "Lindqvist"
    editor.undo.undo()  # one step takes the whole override back
    assert "representative.family_name" not in profile.answers
    assert FactView(profile).get("representative.family_name") == "Okafor"
    store.lock()
