"""The encrypted database: SQLCipher under SQLAlchemy/SQLModel.

Owns opening, keying and closing the database file. Never logs or stores the passphrase;
the key lives only inside the open connection pool and is dropped by ``close()``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import QueuePool
from sqlmodel import Session, SQLModel

from casefile.errors import DatabaseCorrupt, WrongPassphrase


def _quote_key(passphrase: str) -> str:
    # PRAGMA key does not accept bound parameters; quote it as an SQL string literal.
    return "'" + passphrase.replace("'", "''") + "'"


def _connect(path: Path, passphrase: str) -> Any:
    conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=30)
    conn.execute(f"PRAGMA key = {_quote_key(passphrase)}")
    # WAL keeps readers going during writes and makes commits crash-safe; FULL sync so a
    # commit that returned is on disk even if the laptop loses power.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Plaintext never hits temp files.
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def check_passphrase(path: Path, passphrase: str) -> None:
    """Raise WrongPassphrase (or DatabaseCorrupt) unless the file opens with this key."""
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = {_quote_key(passphrase)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        if path.stat().st_size == 0:
            raise DatabaseCorrupt(path, "the file is empty") from exc
        raise WrongPassphrase(path) from exc
    finally:
        conn.close()


class Database:
    """One open, keyed database file."""

    def __init__(self, path: Path, passphrase: str, *, create: bool = False) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise FileNotFoundError(self.path)
        if self.path.exists() and self.path.stat().st_size > 0:
            check_passphrase(self.path, passphrase)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        path = self.path
        # The key lives only in this closure, owned by the engine; close() drops both.
        self._engine: Engine | None = create_engine(
            "sqlite://",
            creator=lambda: _connect(path, passphrase),
            poolclass=QueuePool,
            pool_size=2,
            max_overflow=2,
        )
        SQLModel.metadata.create_all(self.engine)
        if os.name == "posix":
            self.path.chmod(0o600)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("database is locked (closed)")
        return self._engine

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed on success, rolled back on any error."""
        with Session(self.engine, expire_on_commit=False) as s:
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (before backups and exports)."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        """Dispose every pooled connection: the key leaves memory with them."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
