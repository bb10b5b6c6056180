"""Presence in clinic mode: who else has a client open (issue 22 item 6).

While a client is open, the store holds a session-level shared advisory lock keyed on the
client, on one dedicated server connection of its own. ``who_has_open`` reads the server's
lock table (``pg_locks``) joined with its session list (``pg_stat_activity``) for the user
and the name the other computer gave its session. A laptop that crashes or loses the network
loses its session, and the server drops its locks with it: no mark is left behind, and there
is no table of "open" rows to clean up.

Shared locks never block each other (nobody takes the exclusive form), so holding one never
stops another person from opening the same client: presence is a hint, and the optimistic
version check on save is what keeps edits from being lost.

On the SQLCipher file (one laptop) every call is a no-op.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from casefile.store import CaseStore

#: The prefix of ``application_name`` on a presence session; what follows is the name shown.
APP_PREFIX = "ReliefDesk: "
#: PostgreSQL cuts application_name at 63 bytes.
_APP_MAX = 63


def presence_key(client_id: str) -> int:
    """The advisory lock key of a client: 64 bits of a hash of its id, as PostgreSQL's signed
    bigint. 64 bits (not the two-int4 form) so two of a clinic's clients practically never
    share a key (1 in about 10^11 for 10,000 clients)."""
    unsigned = int.from_bytes(
        hashlib.blake2b(client_id.encode(), digest_size=8, person=b"rd-presence").digest()
    )
    return unsigned - (1 << 64) if unsigned >= 1 << 63 else unsigned


def _key_from_lock(classid: int, objid: int) -> int:
    # pg_locks shows a bigint key as its high 32 bits (classid) and low 32 bits (objid).
    unsigned = (int(classid) << 32) | int(objid)
    return unsigned - (1 << 64) if unsigned >= 1 << 63 else unsigned


@dataclass(frozen=True)
class Holder:
    """Someone else who has a client open: the database user and the name their computer
    gave (their display name, or '' when it gave none)."""

    user: str
    name: str

    @property
    def shown(self) -> str:
        return self.name or self.user


def _application_name(name: str) -> str:
    text = APP_PREFIX + " ".join(name.split())
    while len(text.encode()) > _APP_MAX:
        text = text[:-1]
    return text


class Presence:
    """This computer's marks on the clients it has open. ``hold``/``release`` as a client is
    opened and closed; ``close`` when the store is locked or closed (drops every mark)."""

    def __init__(self, store: CaseStore, name: str = "") -> None:
        self._store = store
        self._name = name
        self._conn: Any = None
        self._held: set[str] = set()
        self._lock = threading.Lock()  # the list refresh reads on a worker thread

    @property
    def active(self) -> bool:
        return self._store.database_url is not None

    def _connection(self) -> Any:
        if self._conn is None:
            # Detached from the pool: the locks live exactly as long as this connection, and
            # it must never be handed to other work (which could end its session).
            fairy = self._store.db.engine.raw_connection()
            raw: Any = fairy.driver_connection
            fairy.detach()
            raw.rollback()  # idle, so autocommit can be switched on
            raw.autocommit = True
            raw.execute(
                "SELECT set_config('application_name', %s, false)", (_application_name(self._name),)
            )
            self._conn = raw
        return self._conn

    def pid(self) -> int | None:
        """The server process of the presence session (None before the first hold)."""
        with self._lock:
            if self._conn is None:
                return None
            return int(self._conn.info.backend_pid)

    def hold(self, client_id: str) -> None:
        if not self.active or client_id in self._held:
            return
        with self._lock:
            conn = self._connection()
            conn.execute("SELECT pg_advisory_lock_shared(%s::bigint)", (presence_key(client_id),))
            self._held.add(client_id)

    def release(self, client_id: str) -> None:
        if not self.active or client_id not in self._held:
            return
        with self._lock:
            self._held.discard(client_id)
            if self._conn is not None:
                self._conn.execute(
                    "SELECT pg_advisory_unlock_shared(%s::bigint)", (presence_key(client_id),)
                )

    @property
    def held(self) -> frozenset[str]:
        return frozenset(self._held)

    def close(self) -> None:
        """End the presence session: the server drops every mark with it."""
        with self._lock:
            self._held.clear()
            if self._conn is not None:
                try:
                    self._conn.close()
                finally:
                    self._conn = None

    def who_has_open(self, client_ids: list[str]) -> dict[str, list[Holder]]:
        """For each of ``client_ids`` that another session has open: who. This computer's own
        marks are left out."""
        if not self.active or not client_ids:
            return {}
        return who_has_open(self._store, client_ids, exclude_pid=self.pid())


_LOCKS_SQL = (
    "SELECT l.classid, l.objid, a.usename, a.application_name, l.pid "
    "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
    "WHERE l.locktype = 'advisory' AND l.objsubid = 1 AND l.granted "
    "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
)


def who_has_open(
    store: CaseStore, client_ids: list[str], *, exclude_pid: int | None = None
) -> dict[str, list[Holder]]:
    """Who holds a presence mark on each of ``client_ids`` (a session of ``exclude_pid`` is
    left out). {} on the SQLCipher file. One query however many clients are listed: the
    advisory locks of the database are few, and are matched to the ids here."""
    if store.database_url is None or not client_ids:
        return {}
    by_key = {presence_key(cid): cid for cid in client_ids}
    out: dict[str, list[Holder]] = {}
    with store.db.engine.connect() as conn:
        rows = conn.exec_driver_sql(_LOCKS_SQL).fetchall()
    for classid, objid, user, app, pid in rows:
        cid = by_key.get(_key_from_lock(classid, objid))
        if cid is None or pid == exclude_pid:
            continue
        app = app or ""
        name = app[len(APP_PREFIX) :] if app.startswith(APP_PREFIX) else ""
        holder = Holder(user=user or "", name=name)
        if holder not in out.setdefault(cid, []):
            out[cid].append(holder)
    return out
