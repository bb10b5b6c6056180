"""A damaged database is reported as damaged, offers the newest backup, and is never counted
as a wrong passphrase (issue 21, item 8).

Damage that shows without the key (unreadable, empty, unencrypted, a size that is not whole
pages) is refused before any key is tried. Garbage of a plausible size cannot be told from a
wrong passphrase by the file alone (SQLCipher's first page is salt + ciphertext); then the
passphrase is tried on the newest backup: if it opens the backup, the database is damaged.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from casefile.errors import DatabaseCorrupt, DatabaseDamaged, WrongPassphrase
from casefile.paths import db_file
from casefile.store import CaseStore
from casefile.throttle import UnlockThrottle
from tests.casefile.helpers import PASSPHRASE

KINDS = ("truncated", "garbage", "empty", "plain_sqlite", "unreadable", "cut_at_page")
RESULTS: dict[str, int] = {"tried": 0, "told_apart": 0}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("damaged") / "data"
    store = CaseStore.create(where, PASSPHRASE)
    store.add_demo_client()
    store.backup()
    store.lock()
    return where


@pytest.fixture
def data_dir(pristine: Path, tmp_path: Path) -> Path:
    where = tmp_path / "data"
    shutil.copytree(pristine, where)
    return where


def _damage(where: Path, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    db = db_file(where)
    raw = db.read_bytes()
    for side in ("-wal", "-shm"):
        Path(f"{db}{side}").unlink(missing_ok=True)
    if kind == "truncated":
        db.write_bytes(raw[: len(raw) // 2 + 100])
    elif kind == "garbage":
        db.write_bytes(os.urandom(len(raw)))
    elif kind == "empty":
        db.write_bytes(b"")
    elif kind == "plain_sqlite":
        import sqlite3

        db.unlink()
        sqlite3.connect(db).execute("CREATE TABLE t (x)").connection.close()
    elif kind == "cut_at_page":
        db.write_bytes(raw[:4096])
    elif kind == "unreadable":
        # The tests run as root, where chmod 000 still reads: make the open fail instead.
        real_open = Path.open

        def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
            if self == db:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", refuse)


@pytest.mark.parametrize("kind", KINDS)
def test_damage_is_not_a_wrong_passphrase(
    data_dir: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _damage(data_dir, kind, monkeypatch)
    throttle = UnlockThrottle.for_data_dir(data_dir)
    RESULTS["tried"] += 1
    with pytest.raises(DatabaseCorrupt) as info:
        CaseStore.open(data_dir, PASSPHRASE, throttle=throttle)
    message = str(info.value)
    assert "wrong passphrase" not in message.lower() or "not a wrong passphrase" in message
    if kind != "cut_at_page":  # page 1 is intact: the integrity check finds the damage
        assert isinstance(info.value, DatabaseDamaged)
        assert "looks damaged" in message and "not counted" in message
        assert info.value.backup is not None and info.value.backup.name in message
    assert throttle.failures == 0
    assert UnlockThrottle.for_data_dir(data_dir).failures == 0  # nothing on disk either
    RESULTS["told_apart"] += 1


def test_a_wrong_passphrase_is_still_a_wrong_passphrase_and_counted(data_dir: Path) -> None:
    throttle = UnlockThrottle.for_data_dir(data_dir)
    with pytest.raises(WrongPassphrase):
        CaseStore.open(data_dir, "not the passphrase", throttle=throttle)
    assert throttle.failures == 1


def test_garbage_without_a_backup_cannot_be_told_from_a_wrong_passphrase(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.rmtree(data_dir / "backups")
    _damage(data_dir, "garbage", monkeypatch)
    with pytest.raises(WrongPassphrase):
        CaseStore.open(data_dir, PASSPHRASE, throttle=UnlockThrottle.for_data_dir(data_dir))


def test_the_cli_says_damaged_in_one_line(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import main

    _damage(data_dir, "truncated", monkeypatch)
    monkeypatch.setenv("RELIEFDESK_PASSPHRASE", PASSPHRASE)
    assert main.main(["--data-dir", str(data_dir), "clients"]) == 2
    err = capsys.readouterr().err
    assert "looks damaged" in err and "Traceback" not in err and err.count("\n") == 1


def test_damaged_database_summary(summary_line: Any) -> None:
    assert RESULTS["tried"] == len(KINDS) and RESULTS["told_apart"] == RESULTS["tried"]
    summary_line(
        f"damaged databases told from a wrong passphrase {RESULTS['told_apart']}/"
        f"{RESULTS['tried']} (0 counted as guesses)"
    )
