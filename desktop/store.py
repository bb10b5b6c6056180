"""The desktop's view of the case file: one small adapter over ``casefile.store.CaseStore``.

The window talks to a ``Store`` (the CaseStore API). ``open_store`` / ``create_store`` return
the real encrypted ``casefile.store.CaseStore``; ``desktop.demo_store.DemoStore`` is the
in-memory store of ``--demo``.

This module is on the start-up path: it imports only ``casefile.paths`` (cheap; ``casefile``
exports lazily). The database layer (about 2 s to import here) is warmed on a worker thread
while the passphrase window is already showing (``warm_up``).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any, Protocol

from casefile import paths

log = logging.getLogger(__name__)


class Store(Protocol):
    """What the desktop uses of ``casefile.store.CaseStore``."""

    #: The clinic server's URL, or None for this computer's encrypted file (and the demo).
    database_url: str | None
    #: How many automatic backups to keep (the demo store makes none).
    keep_backups: int

    @property
    def is_locked(self) -> bool: ...

    def list_clients(self, query: str = "", *, include_archived: bool = False) -> list[Any]: ...

    def load(self, client_id: str) -> Any: ...

    def save(self, profile: Any) -> None: ...

    def create_client(self, **fields: Any) -> Any: ...

    def add_demo_client(self) -> Any: ...

    def archive(self, client_id: str, archived: bool = True) -> None: ...

    def delete(self, client_id: str) -> None: ...

    def backup(self) -> Path: ...

    def list_backups(self) -> list[Any]: ...

    def restore_backup(self, path: Path) -> None: ...

    def export_bundle(self, ids: list[str], path: Path, passphrase: str) -> Any: ...

    def import_bundle(self, path: Path, passphrase: str) -> list[str]: ...

    def record(self, client_id: str | None, action: str) -> None: ...

    def lock(self) -> None: ...


def resolve_data_dir(override: str | Path | None = None) -> Path:
    return paths.data_dir(override)


def store_exists(data_dir: Path) -> bool:
    """Same test as ``CaseStore.exists``: a non-empty database file."""
    path = paths.db_file(data_dir)
    return path.is_file() and path.stat().st_size > 0


def _warm() -> None:
    try:
        import casefile.store  # noqa: F401
        import facts.view  # noqa: F401
    except ImportError as exc:  # surfaces again, with its message, when the store is opened
        log.warning("warming up the database layer failed: %s", exc)


def warm_up() -> threading.Thread:
    """Import the database layer on a worker thread while the user types."""
    t = threading.Thread(target=_warm, name="reliefdesk-warm-up", daemon=True)
    t.start()
    return t


def create_store(data_dir: Path, passphrase: str) -> Store:
    from casefile.store import CaseStore

    return CaseStore.create(data_dir, passphrase)


def open_store(data_dir: Path, passphrase: str) -> Store:
    from casefile.store import CaseStore

    return CaseStore.open(data_dir, passphrase)


def open_server(data_dir: Path, url: str, password: str) -> Store:
    """Clinic mode: the cases on the PostgreSQL server at ``url``; ``password`` '' lets libpq
    use PGPASSWORD or ~/.pgpass. The password goes to the driver and is not kept."""
    from casefile.store import CaseStore

    return CaseStore.on_server(data_dir, url, password)


def clinic_url(chosen: str | None) -> str | None:
    """The clinic server's URL, checked as ``--database`` is (a PostgreSQL URL with no
    password in it), from ``chosen`` or $RELIEFDESK_DATABASE_URL; None: the encrypted file.
    A bad URL raises ValidationError naming what to fix. With no URL anywhere, nothing of the
    database layer is imported (the first window stays light)."""
    from casefile.server_url import check_database_url

    return check_database_url(chosen)


def server_label(url: str) -> str:
    """'ana at clinic-server/reliefdesk': who and where, for the password prompt."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    where = f"{parsed.host or 'local socket'}/{parsed.database or ''}"
    return f"{parsed.username} at {where}" if parsed.username else where
