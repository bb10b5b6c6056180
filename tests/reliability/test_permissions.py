"""Permissions and terminal safety (issue 21, item 9): the data folder is 0700 however it is
first made (CLI, store, the GUI's settings), and `clients` never prints raw control characters
from a stored name."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from casefile.models import Client
from casefile.profile import Profile
from casefile.store import CaseStore
from tests.casefile.helpers import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")  # Windows: ACLs


@pytest.fixture
def loose_umask() -> Iterator[None]:
    old = os.umask(0o022)  # the usual desktop umask: folders would be 0755
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_guis_first_run_makes_the_data_folder_0700(tmp_path: Path, loose_umask: None) -> None:
    from desktop.options import Options

    where = tmp_path / "fresh" / "ReliefDesk"
    Options(where, config_dir=tmp_path / "config")
    assert _mode(where) == 0o700


def test_create_tightens_an_existing_open_folder(tmp_path: Path, loose_umask: None) -> None:
    where = tmp_path / "data"
    where.mkdir(mode=0o755)
    where.chmod(0o755)
    store = CaseStore.create(where, PASSPHRASE)
    try:
        assert _mode(where) == 0o700
        assert _mode(store.backup().parent) == 0o700
    finally:
        store.lock()
    where.chmod(0o755)  # e.g. copied by a tool that kept no modes
    CaseStore.open(where, PASSPHRASE).lock()
    assert _mode(where) == 0o700


def test_the_cli_init_makes_0700(
    tmp_path: Path, loose_umask: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import main

    monkeypatch.setenv("RELIEFDESK_PASSPHRASE", PASSPHRASE)
    where = tmp_path / "cli-data"
    assert main.main(["--data-dir", str(where), "init"]) == 0
    assert _mode(where) == 0o700


HOSTILE_NAME = "Rosa\x1b[2J\x1b]0;owned\x07\x9b31m\u202eatsoR\x00"


def test_clients_escapes_control_characters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import main

    where = tmp_path / "data"
    store = CaseStore.create(where, PASSPHRASE)
    cid = "f" * 32
    store.save(Profile(client=Client(id=cid, family_name="Quispe", given_name="Rosa")))
    # A name stored before names were checked (or by another tool): written directly.
    with store.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE client SET given_name = ? WHERE id = ?", (HOSTILE_NAME, cid))
        # that tool knew nothing of the search index: the store rebuilds the row on open
        conn.exec_driver_sql("DELETE FROM clientindex WHERE client_id = ?", (cid,))
    store.lock()
    monkeypatch.setenv("RELIEFDESK_PASSPHRASE", PASSPHRASE)
    raw = ("\x1b", "\x07", "\x9b", "\u202e", "\x00")
    for argv in (["clients"], ["clients", "--json"], ["clients", "show", cid]):
        assert main.main(["--data-dir", str(where), *argv]) == 0
        out = capsys.readouterr().out
        assert "Quispe" in out, out
        assert not any(ch in out for ch in raw), repr(out)
        assert "1b" in out  # shown escaped, not dropped
    import json

    assert main.main(["--data-dir", str(where), "clients", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["display_name"].startswith(HOSTILE_NAME)  # JSON keeps the exact value


def test_a_control_character_in_an_imported_name_is_refused(tmp_path: Path) -> None:
    from casefile import bundle as bundle_module
    from casefile.errors import BundleInvalid

    store = CaseStore.create(tmp_path / "data", PASSPHRASE)
    try:
        bundle_module.KDF_LOG2N, old = 14, bundle_module.KDF_LOG2N
        try:
            bad = Profile(client=Client(id="f" * 32, given_name="Rosa\x1b[2J"))
            bundle_module.write_bundle([bad], tmp_path / "b.rdbundle", "pw, fictional")
        finally:
            bundle_module.KDF_LOG2N = old
        with pytest.raises(BundleInvalid, match=r"client\.given_name"):
            store.import_bundle(tmp_path / "b.rdbundle", "pw, fictional")
        assert store.list_clients() == []
    finally:
        store.lock()
