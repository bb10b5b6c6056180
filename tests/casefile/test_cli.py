"""The case-file commands, run through main.main like a user would. Fictional data only."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

import main
from casefile.cli import add_client_arguments, load_profile_from_args
from casefile.demo import DEMO_CLIENT_ID
from casefile.errors import ClientNotFound, PassphraseMissing
from casefile.store import CaseStore

DB_PW = "cli db passphrase"
BUNDLE_PW = "cli bundle passphrase"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "home"
    monkeypatch.setenv("RELIEFDESK_HOME", str(where))
    monkeypatch.setenv("RELIEFDESK_PASSPHRASE", DB_PW)
    monkeypatch.setenv("RELIEFDESK_BUNDLE_PASSPHRASE", BUNDLE_PW)
    from casefile import bundle

    monkeypatch.setattr(bundle, "KDF_LOG2N", 14)
    return where


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    rc = main.main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def test_init_list_search_show(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "init", "--with-demo")
    assert rc == 0 and str(home / "cases.db") in out
    rc, out, _ = run(capsys, "clients")
    assert rc == 0 and "Lucía Ejemplo Vargas" in out and "A-099-999-001" in out
    rc, out, _ = run(capsys, "clients", "list", "nobody")
    assert rc == 0 and "No clients match" in out
    rc, out, _ = run(capsys, "clients", "lucia", "--json")
    data = json.loads(out)
    assert [d["id"] for d in data] == [DEMO_CLIENT_ID]
    assert data[0]["date_of_birth"] == "2004-03-02" and data[0]["aliases"] == ["Lucy Vargas"]
    rc, out, _ = run(capsys, "clients", "show", "A099999001")
    assert rc == 0 and "arrests: 1" in out and "family: 2" in out
    rc, out, _ = run(capsys, "clients", "show", "lucy", "--json")
    assert json.loads(out)["client"]["given_name"] == "Lucía"


def test_init_refuses_to_overwrite(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "init")[0] == 0
    rc, _, err = run(capsys, "init")
    assert rc == 2 and "already exists" in err and "Traceback" not in err


def test_errors_are_one_line(home: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    rc, _, err = run(capsys, "clients")
    assert rc == 2 and "There is no case database" in err and str(home) in err
    run(capsys, "init", "--with-demo")
    rc, _, err = run(capsys, "clients", "show", "Nadie")
    assert rc == 2 and "'Nadie'" in err and len(err.strip().splitlines()) == 1
    monkeypatch.setenv("RELIEFDESK_PASSPHRASE", "wrong")
    rc, _, err = run(capsys, "clients")
    assert rc == 2 and "passphrase does not open" in err


def test_missing_passphrase_without_a_terminal(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "init")
    monkeypatch.delenv("RELIEFDESK_PASSPHRASE")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    rc, _, err = run(capsys, "clients")
    assert rc == 2 and "RELIEFDESK_PASSPHRASE" in err
    monkeypatch.setenv("OTHER_VAR", DB_PW)
    rc, out, _ = run(capsys, "clients", "--passphrase-env", "OTHER_VAR")
    assert rc == 0 and "No clients yet" in out


def test_prompts_without_echo_on_a_terminal(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "init", "--with-demo")
    monkeypatch.delenv("RELIEFDESK_PASSPHRASE")
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    asked: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        asked.append(prompt)
        return DB_PW

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    rc, out, _ = run(capsys, "clients")
    assert rc == 0 and "Lucía" in out and asked == ["Passphrase: "]


def test_export_import_backup(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    run(capsys, "init", "--with-demo")
    out_file = tmp_path / "lucia.rdbundle"
    rc, out, _ = run(capsys, "export", "--client", "ejemplo", "--out", str(out_file))
    assert rc == 0 and out_file.read_bytes().startswith(b"RDBUNDLE")
    # Into a second, separate database.
    other = tmp_path / "other"
    rc, _, _ = run(capsys, "--data-dir", str(other), "init")
    assert rc == 0
    rc, out, _ = run(capsys, "--data-dir", str(other), "import", str(out_file))
    assert rc == 0 and DEMO_CLIENT_ID in out
    store = CaseStore.open(other, DB_PW)
    assert store.load(DEMO_CLIENT_ID).rows("arrests")[0].statute == "PL 240.37"
    store.lock()
    monkeypatch.setenv("RELIEFDESK_BUNDLE_PASSPHRASE", "wrong")
    rc, _, err = run(capsys, "--data-dir", str(other), "import", str(out_file))
    assert rc == 2 and "wrong passphrase or damaged file" in err
    rc, out, _ = run(capsys, "backup")
    assert rc == 0 and "Backup written to" in out
    made = Path(out.strip().rsplit(" ", 1)[1])
    assert made.is_file() and made.parent == home / "backups"
    rc, out, _ = run(capsys, "backup", "--list")
    assert str(made) in out


def test_export_demo_needs_no_database(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "demo.rdbundle"
    rc, out, _ = run(capsys, "export", "--client", "demo", "--out", str(out_file))
    assert rc == 0 and out_file.is_file() and not (home / "cases.db").exists()
    rc, out, _ = run(capsys, "clients", "show", "demo")
    assert rc == 0 and "Lucía Ejemplo Vargas" in out and not (home / "cases.db").exists()


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir")
    add_client_arguments(parser)
    return parser.parse_args(list(argv))


def test_load_profile_from_args(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # demo opens no database and needs no passphrase.
    monkeypatch.delenv("RELIEFDESK_PASSPHRASE")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    assert load_profile_from_args(_args("--client", "demo")).client.id == DEMO_CLIENT_ID
    assert not home.exists()
    with pytest.raises(PassphraseMissing):
        CaseStore.create(home, DB_PW).lock()
        load_profile_from_args(_args("--client", "lucia"))
    monkeypatch.setenv("RELIEFDESK_PASSPHRASE", DB_PW)
    store = CaseStore.open(home, DB_PW)
    store.add_demo_client()
    made = store.create_client(given_name="Ana", family_name="Ficticia", a_number="A-11-111-111")
    store.lock()
    assert load_profile_from_args(_args("--client", "A011111111")).client.id == made.client.id
    assert load_profile_from_args(_args("--client", made.client.id)).client.given_name == "Ana"
    assert load_profile_from_args(_args("--client", "lucía")).client.id == DEMO_CLIENT_ID
    with pytest.raises(ClientNotFound) as info:
        load_profile_from_args(_args("--client", "Zelda"))
    assert "'Zelda'" in str(info.value) and str(home) in str(info.value)


def test_clients_from_the_clinic_database(
    home: Path, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # --database: the cases come from PostgreSQL, not from the encrypted file in the home.
    store = CaseStore.on_server(tmp_path, pg_url)
    store.create_client(given_name="Tomás", family_name="Servidor", a_number="A012345678")
    store.close()
    rc, out, _ = run(capsys, "--database", pg_url, "clients", "--json")
    assert rc == 0 and [d["display_name"] for d in json.loads(out)] == ["Tomás Servidor"]
    assert not (home / "cases.db").exists()


def test_database_url_must_not_carry_the_password(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RELIEFDESK_DATABASE_URL", "postgresql+psycopg://ana:secret@clinic/rd")
    rc, _, err = run(capsys, "clients")
    assert rc != 0 and "PGPASSWORD" in err and "secret" not in err
