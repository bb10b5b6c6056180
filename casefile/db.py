"""The encrypted database: SQLCipher under SQLAlchemy/SQLModel.

Owns opening, keying, migrating, re-keying and closing the database file. Never logs or
stores the passphrase; the key lives only inside the engine's connection factory and is
dropped by ``close()``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from alembic.util.exc import CommandError
from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from casefile import migrate
from casefile.errors import (
    DatabaseCorrupt,
    DatabaseDamaged,
    DatabaseTooNew,
    MigrationFailed,
    SchemaBehind,
    ServerUnavailable,
    WrongPassphrase,
)
from casefile.paths import make_private_dir


def _quote_key(passphrase: str) -> str:
    # PRAGMA key does not accept bound parameters; quote it as an SQL string literal.
    return "'" + passphrase.replace("'", "''") + "'"


def _raw_connect(path: Path, passphrase: str) -> Any:
    conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=30)
    # SQLCipher logs decryption failures to stderr by default; a wrong key is our error to
    # report, not noise on the console.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {_quote_key(passphrase)}")
    return conn


def _connect(path: Path, passphrase: str) -> Any:
    conn = _raw_connect(path, passphrase)
    # WAL keeps readers going during writes and makes commits crash-safe; FULL sync so a
    # commit that returned is on disk even if the laptop loses power.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Plaintext never hits temp files.
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


#: SQLCipher 4's page size (our databases keep the default): a whole file is whole pages.
PAGE_SIZE = 4096
_PLAIN_SQLITE = b"SQLite format 3\x00"


def damage_without_key(path: Path) -> str | None:
    """What is visibly wrong with the database file before any key is tried, or None: it
    cannot be read (permissions, I/O error), it is empty, it is a plain unencrypted SQLite
    file, or its size is not a whole number of pages (cut short or grown by garbage). A wrong
    passphrase never produces any of these, so none of them counts as a guess (issue 21)."""
    try:
        with Path(path).open("rb") as fh:
            head = fh.read(len(_PLAIN_SQLITE))
            size = os.fstat(fh.fileno()).st_size
    except PermissionError:
        return "it cannot be read: permission denied (check the file's owner and permissions)"
    except IsADirectoryError:
        return "a folder is in its place"
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or type(exc).__name__})"
    if size == 0:
        return "the file is empty"
    if head == _PLAIN_SQLITE:
        return "it is not encrypted (a plain SQLite file, not a ReliefDesk case database)"
    if size < PAGE_SIZE or size % PAGE_SIZE:
        return (
            f"its size ({size:,} bytes) is not a whole number of {PAGE_SIZE}-byte pages: "
            "it was cut short or damaged"
        )
    return None


def check_passphrase(path: Path, passphrase: str) -> None:
    """Raise WrongPassphrase (or DatabaseCorrupt) unless the file opens with this key."""
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_quote_key(passphrase)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        if path.stat().st_size == 0:
            raise DatabaseCorrupt(path, "the file is empty") from exc
        raise WrongPassphrase(path) from exc
    finally:
        conn.close()


def _make_engine(path: Path, passphrase: str) -> Engine:
    # The key lives only in this closure, owned by the engine; close() drops both.
    return create_engine(
        "sqlite://",
        # The DBAPI module must be sqlcipher3's so SQLAlchemy wraps its errors (IntegrityError
        # ...) in sqlalchemy.exc types instead of letting raw driver errors escape.
        module=sqlcipher3.dbapi2,
        creator=lambda: _connect(path, passphrase),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )


def is_server_url(location: str | Path) -> bool:
    """True for a PostgreSQL URL (clinic mode); a path is an SQLCipher file."""
    return isinstance(location, str) and location.startswith(("postgresql:", "postgresql+"))


class Database:
    """One open, keyed database file, migrated to the newest schema unless ``migrate=False``
    (the store then backs the file up and calls ``migrate()`` itself). Given a
    ``postgresql+psycopg://`` URL instead of a path, the same over a PostgreSQL server
    (clinic mode): ``passphrase`` is then the server password ('' lets libpq use PGPASSWORD
    or ~/.pgpass)."""

    def __init__(
        self, path: Path | str, passphrase: str, *, create: bool = False, migrate: bool = True
    ) -> None:
        self.url: str | None = None
        if is_server_url(path):
            self._open_server(str(path), passphrase, migrate)
            return
        self.path = Path(path)
        if not create and not self.path.exists():
            raise FileNotFoundError(self.path)
        existing = self.path.exists() and self.path.stat().st_size > 0
        if not create or existing:
            damage = damage_without_key(self.path)
            if damage is not None:
                raise DatabaseDamaged(self.path, damage)
        make_private_dir(self.path.parent)
        self._engine: Engine | None = _make_engine(self.path, passphrase)
        self._ready(migrate, check_key=existing)
        if os.name == "posix":
            self.path.chmod(0o600)

    def _open_server(self, url: str, password: str, migrate: bool) -> None:
        from casefile import pgserver  # psycopg is loaded only in clinic mode

        self.url = url
        self.path = Path(pgserver.redacted(url))  # what messages name; never the password
        self._engine = pgserver.make_engine(url, password)
        self._ready(migrate, check_key=False)  # the server checked the password

    def _ready(self, migrate: bool, *, check_key: bool) -> None:
        """Key checked, revision known, migrated; closed again on any failure."""
        try:
            if check_key:
                self._check_key()
            self._check_revision_known()
            if migrate:
                if self.is_server:
                    self._check_may_upgrade()
                    # A clinic user may not create tables (not even IF NOT EXISTS, which PG
                    # checks before looking): at head there is nothing to run.
                    if not self.needs_migration():
                        return
                self.migrate()
        except BaseException:  # close on any failure, even Ctrl-C; re-raised
            self.close()
            raise

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("database is locked (closed)")
        return self._engine

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    # -- schema ------------------------------------------------------------------------
    def schema_revision(self) -> str | None:
        """The alembic revision stored in the file (None for a new, empty file)."""
        try:
            with self.engine.connect() as conn:
                return migrate.current_revision(conn)
        except sqlcipher3.DatabaseError as exc:
            raise DatabaseCorrupt(self.path, str(exc)) from exc
        except DBAPIError as exc:
            if self.is_server:
                raise ServerUnavailable(self.path, str(exc.orig or exc)) from exc
            raise

    def _check_key(self) -> None:
        """The first pooled connection proves the key (one key derivation, not two)."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except (DBAPIError, sqlcipher3.DatabaseError) as exc:
            raise WrongPassphrase(self.path) from exc

    def _check_revision_known(self) -> None:
        rev = self.schema_revision()
        if rev is not None and rev not in migrate.known_revisions():
            raise DatabaseTooNew(self.path, rev)

    def _check_may_upgrade(self) -> None:
        """On a clinic server with the access model only the superuser (``clinic upgrade``)
        migrates: a user whose schema is behind is told whom to ask instead of failing half-way
        on a missing privilege."""
        rev = self.schema_revision()
        if rev is None or rev == migrate.head_revision():
            return
        with self.engine.connect() as conn:
            clinic, superuser = conn.exec_driver_sql(
                "SELECT to_regclass('public.clinic_user') IS NOT NULL, "
                "current_setting('is_superuser') = 'on'"
            ).one()
        if clinic and not superuser:
            raise SchemaBehind(self.path, rev)

    def needs_migration(self) -> bool:
        return self.schema_revision() != migrate.head_revision()

    def migrate(self, revision: str = "head") -> None:
        """Upgrade the schema (one transaction per revision)."""
        try:
            migrate.upgrade(self.engine, revision)
        except CommandError as exc:
            raise MigrationFailed(self.path, str(exc)) from exc

    # -- transactions ------------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed on success, rolled back on any error."""
        with Session(self.engine, expire_on_commit=False) as s:
            try:
                yield s
                s.commit()
            except BaseException:  # roll back on any failure, even Ctrl-C; re-raised
                s.rollback()
                raise

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (before backups and exports)."""
        if self.is_server:
            return  # no WAL file on our side: the server owns its storage
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def rekey(self, old: str, new: str) -> None:
        """Re-encrypt the whole file under ``new`` (PRAGMA rekey, one transaction)."""
        check_passphrase(self.path, old)
        self.checkpoint()
        self.close()
        conn = _connect(self.path, old)
        try:
            conn.execute(f"PRAGMA rekey = {_quote_key(new)}")
        finally:
            conn.close()
        self._engine = _make_engine(self.path, new)

    def close(self) -> None:
        """Dispose every pooled connection: the key leaves memory with them."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
