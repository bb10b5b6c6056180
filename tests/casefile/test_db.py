from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from casefile.db import Database
from casefile.errors import WrongPassphrase
from casefile.models import Arrest, Client
from casefile.profile import Profile


def _save(db: Database, profile: Profile) -> None:
    with db.session() as s:
        s.add(profile.client)
        s.flush()  # the client row first: children reference it
        for rows in profile.groups.values():
            for r in rows:
                s.add(r)


def _create_with(db_path: Path, passphrase: str, profile: Profile) -> bytes:
    """A new database holding ``profile``, closed: the bytes on disk, as an attacker sees them
    (checkpointed first, so nothing waits in the write-ahead log)."""
    db = Database(db_path, passphrase, create=True)
    _save(db, profile)
    db.checkpoint()
    db.close()
    return db_path.read_bytes()


def test_round_trip_and_encrypted_at_rest(db_path: Path, demo) -> None:
    raw = _create_with(db_path, "correct horse", demo)
    assert b"Ejemplo" not in raw and b"099999001" not in raw
    assert not raw.startswith(b"SQLite format 3")

    db = Database(db_path, "correct horse")
    with db.session() as s:
        client = s.exec(select(Client)).one()
        arrest = s.exec(select(Arrest)).one()
    assert client.given_name == "Lucía"
    assert arrest.statute == "PL 240.37"
    db.close()


def test_wrong_passphrase_is_typed_and_changes_nothing(db_path: Path, demo) -> None:
    before = _create_with(db_path, "right", demo)
    with pytest.raises(WrongPassphrase) as info:
        Database(db_path, "wrong")
    assert "passphrase" in str(info.value)
    assert db_path.read_bytes() == before


def test_close_drops_the_engine(db_path: Path) -> None:
    db = Database(db_path, "pw", create=True)
    db.close()
    assert not db.is_open
    with pytest.raises(RuntimeError):
        _ = db.engine
