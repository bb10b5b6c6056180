"""Clinic mode in the desktop (issue 22 item 1): with a server URL (``--database``, the
environment or the database_url setting) the start gate asks for the user's server password,
never saves it, and opens the cases on the server; an unreachable server is a clear message
and the gate stays open. A real throwaway cluster (tests/pg.py); fictional clients only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from casefile.errors import ValidationError
from desktop.app import DesktopApp
from desktop.options import Options

from .conftest import message_boxes, submit_passphrase


def test_the_gate_asks_for_the_server_password_and_opens_the_clinic_store(
    qtbot: Any, tmp_path: Path, pg_url: str
) -> None:
    app = DesktopApp(
        data_dir=tmp_path / "data", config_dir=tmp_path / "config", database_url=pg_url
    )
    dlg = app.ask_passphrase()
    assert dlg.mode == "server" and not dlg.confirm.isVisibleTo(dlg)
    assert "Clinic mode" in dlg.intro.text() and "never saves it" in dlg.intro.text()
    assert dlg.pass_label.text() == "&Password:"
    submit_passphrase(dlg, "")  # the test cluster trusts its local socket
    try:
        assert app.store is not None and app.store.database_url == pg_url
        assert app.window.presence is not None  # colleagues see what this computer has open
        cid = app.store.create_client(given_name="Rosa", family_name="Ejemplo (fictional)")
        app.window.clients.refresh()
        assert app.window.clients.visible_ids() == [cid.client.id]
        assert not (tmp_path / "data" / "cases.db").exists()  # nothing on the laptop
        settings = b"".join(p.read_bytes() for p in (tmp_path / "config").rglob("*") if p.is_file())
        assert b"postgresql" not in settings  # the command-line URL is not written anywhere
    finally:
        app.window.close()
        app.store.lock()


def test_an_unreachable_server_is_a_message_and_the_gate_stays(qtbot: Any, tmp_path: Path) -> None:
    url = f"postgresql+psycopg://ana@/reliefdesk?host={tmp_path / 'no-server-here'}"
    app = DesktopApp(data_dir=tmp_path / "data", config_dir=tmp_path / "config", database_url=url)
    dlg = app.ask_passphrase()
    submit_passphrase(dlg, "fictional-password")
    assert app.store is None and dlg.isVisible()
    assert dlg.error.isVisible() and "Traceback" not in dlg.error.text()
    assert (
        "cannot be reached" in dlg.error.text() and "Check the server address" in dlg.error.text()
    )
    assert not message_boxes()
    assert dlg.passphrase.text() == ""  # the typed password is not kept in the box


def test_the_setting_is_read_and_a_url_with_a_password_refused(tmp_path: Path) -> None:
    options = Options(tmp_path / "data", tmp_path / "config")
    options.set("database_url", "postgresql+psycopg://ana@clinic.example/reliefdesk")
    app = DesktopApp(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    assert app.database_url == "postgresql+psycopg://ana@clinic.example/reliefdesk"
    with pytest.raises(ValidationError, match="must not contain the password"):
        DesktopApp(
            data_dir=tmp_path / "data",
            config_dir=tmp_path / "config",
            database_url="postgresql+psycopg://ana:secret@clinic.example/reliefdesk",
        )


def test_the_desktop_and_the_cli_read_the_same_variable_with_the_same_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import argparse

    from casefile.cli import database_url_from_args
    from casefile.errors import ValidationError
    from desktop.store import clinic_url

    url = "postgresql+psycopg://ana@clinic.example/reliefdesk"
    monkeypatch.setenv("RELIEFDESK_DATABASE_URL", url)
    assert clinic_url(None) == url == database_url_from_args(argparse.Namespace(database=None))
    monkeypatch.setenv("RELIEFDESK_DATABASE_URL", url.replace("ana@", "ana:pw@"))
    for check in (lambda: clinic_url(None), lambda: database_url_from_args(argparse.Namespace())):
        with pytest.raises(ValidationError, match="password"):
            check()


def test_a_password_that_does_not_open_the_clinic_key_is_said_in_the_gate(
    qtbot: Any, tmp_path: Path, pg_url: str
) -> None:
    """Issue 22 item 3: the server lets the user in (the test cluster trusts its socket) but
    the clinic data key is wrapped with another password: the gate says so and what to do,
    and no store is opened (nothing could be read)."""
    from casefile.store import CaseStore

    CaseStore.on_server(tmp_path / "first", pg_url, "").lock()  # makes the key, wrapped with ''
    app = DesktopApp(
        data_dir=tmp_path / "data", config_dir=tmp_path / "config", database_url=pg_url
    )
    dlg = app.ask_passphrase()
    submit_passphrase(dlg, "not the password the key was wrapped with")
    assert app.store is None and dlg.isVisible()
    text = dlg.error.text()
    assert "does not open with this password" in text and "clinic add-user" in text
    assert "Traceback" not in text and not message_boxes()
