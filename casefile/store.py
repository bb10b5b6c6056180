"""CaseStore: the case-file service the desktop and the CLI use.

Every edit is one transaction on the encrypted database (WAL, synchronous FULL): a save or
import that fails half-way leaves the last committed state. Backups are encrypted copies made
with ``sqlcipher_export`` (same key), written to a temp file and renamed, and rotate.
The store never keeps the passphrase in an attribute; only the engine's connection factory
holds it, and ``lock()`` drops the engine.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import uuid
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, NamedTuple

import sqlcipher3
from sqlalchemy import Connection, delete, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import configure_mappers
from sqlmodel import Session, SQLModel, col, select

from casefile import bundle, migrate
from casefile.cipher import ClinicCipher, is_sealed
from casefile.db import Database, check_passphrase, damage_without_key
from casefile.demo import demo_profile
from casefile.errors import (
    AmbiguousClient,
    BackupError,
    BundleInvalid,
    CasefileError,
    ClientConflict,
    ClientNotFound,
    DatabaseCorrupt,
    DatabaseDamaged,
    DataDirUnusable,
    Difference,
    DuplicateClient,
    ImportConflict,
    MigrationFailed,
    ReliefDeskError,
    SaveFailed,
    StaleProfile,
    StoreExists,
    StoreLocked,
    StoreMissing,
    ValidationError,
    WrongPassphrase,
)
from casefile.models import (
    CHILD_TABLES,
    COUNSEL_FIELDS,
    GROUPS,
    Address,
    Alias,
    Answer,
    AuditEvent,
    Client,
    ClientIndex,
    Counsel,
    FamilyMember,
)
from casefile.passphrase_policy import check_new_passphrase
from casefile.paths import backups_dir, db_file, make_private_dir
from casefile.profile import Profile
from casefile.search import (
    SearchKey,
    a_number_query,
    display_name_of,
    fold,
    pack_aliases,
    query_words,
    search_key,
    unpack_aliases,
)
from casefile.serialize import _kind, column_names, columns, copy_row, profile_to_json
from casefile.throttle import UnlockThrottle
from casefile.validation import (
    a_number_digits,
    check_profile,
    import_problems,
    validate_for_save,
)

DEFAULT_KEEP_BACKUPS = 10
_BACKUP_RE = re.compile(r"^cases-(\d{8}T\d{12}Z)(?:-[a-z0-9-]+)?\.db$")

#: family[].relationship of the member -> relationship of the principal seen from the member.
INVERSE_RELATIONSHIP = {
    "parent": "child",
    "child": "parent",
    "sibling": "sibling",
    "spouse": "spouse",
}


def _now() -> datetime:
    return datetime.now(UTC)


__all__ = ["CaseStore", "ClientSummary", "a_number_query", "display_name", "fold"]


def display_name(client: Client) -> str:
    return display_name_of(client.given_name, client.family_name)


class ClientSummary(NamedTuple):
    """One line of the client list. A named tuple, not a dataclass: the list builds one per
    client (10,000 in a clinic) and a tuple is built about three times faster (issue 20)."""

    id: str
    display_name: str
    aliases: tuple[str, ...]
    a_number: str | None
    date_of_birth: date | None
    updated_at: datetime
    archived: bool


class CaseStore:
    """One open case database in ``data_dir``. Make it with ``create`` or ``open``."""

    def __init__(
        self, data_dir: Path, db: Database, *, keep_backups: int = DEFAULT_KEEP_BACKUPS
    ) -> None:
        self.data_dir = Path(data_dir)
        #: The PostgreSQL URL in clinic mode (no password in it), None for the SQLCipher file.
        self.database_url = db.url
        self.keep_backups = keep_backups
        self._db: Database | None = db
        #: Whether the server has the clinic's audit log (asked once, on the first record).
        self._has_clinic_audit: bool | None = None
        #: Seals sensitive values for a clinic server (``_unlock_keys``); PLAIN for the file.
        self.sealer: _Sealer = PLAIN
        #: Which database this is, as profiles read from it remember (``_Snapshot.origin``).
        self.origin = db.url or str(db_file(self.data_dir).resolve())

    # -- opening -----------------------------------------------------------------------
    @staticmethod
    def exists(data_dir: Path) -> bool:
        path = db_file(data_dir)
        return path.is_file() and path.stat().st_size > 0

    @classmethod
    def on_server(cls, data_dir: Path, url: str, password: str = "") -> CaseStore:
        """The case store on a PostgreSQL server (clinic mode), migrated to the newest schema.
        ``password`` '' lets libpq use PGPASSWORD or ~/.pgpass. ``data_dir`` keeps this
        computer's settings and exports; the cases live on the server."""
        store = cls(data_dir, Database(url, password))
        try:
            store._unlock_keys(password)
            _repair_index(store)
        except BaseException:  # close on any failure, even Ctrl-C; re-raised
            store.db.close()
            raise
        return store

    @classmethod
    def create(
        cls, data_dir: Path, passphrase: str, *, keep_backups: int = DEFAULT_KEEP_BACKUPS
    ) -> CaseStore:
        """A new, empty encrypted database; refuses to touch an existing one."""
        path = db_file(data_dir)
        if path.exists() and path.stat().st_size > 0:
            raise StoreExists(path)
        check_new_passphrase(passphrase)  # the one policy (casefile/passphrase_policy.py)
        try:
            make_private_dir(Path(data_dir))
        except OSError as exc:
            what = "a file is in its place" if Path(data_dir).is_file() else _short(exc)
            raise DataDirUnusable(Path(data_dir), what) from exc
        try:
            db = Database(path, passphrase, create=True)
        except BaseException:  # crash-safe cleanup on any failure, even Ctrl-C; re-raised
            for p in (path, _sidecar(path, "-wal"), _sidecar(path, "-shm")):
                p.unlink(missing_ok=True)
            raise
        return cls(data_dir, db, keep_backups=keep_backups)

    @classmethod
    def open(
        cls,
        data_dir: Path,
        passphrase: str,
        *,
        keep_backups: int = DEFAULT_KEEP_BACKUPS,
        throttle: UnlockThrottle | None = None,
    ) -> CaseStore:
        """Open (and if needed migrate, after a backup) the database in ``data_dir``.
        Raises WrongPassphrase, TooManyAttempts (after 5 wrong passphrases in a row the next
        try must wait; see ``casefile.throttle``), DatabaseCorrupt, DatabaseTooNew or
        StoreMissing. ``throttle`` defaults to the data folder's own (tests pass a clock)."""
        path = db_file(data_dir)
        try:
            empty = path.is_file() and path.stat().st_size == 0
        except OSError as exc:
            raise DatabaseDamaged(path, f"it cannot be reached ({_short(exc)})") from exc
        if empty:  # cut to nothing: damaged, not missing (a new one must not replace it)
            raise DatabaseDamaged(path, "the file is empty", _newest_backup(Path(data_dir)))
        if not cls.exists(data_dir):
            raise StoreMissing(path)
        throttle = throttle or UnlockThrottle.for_data_dir(data_dir)
        db = _open_throttled(path, passphrase, throttle)
        store = cls(data_dir, db, keep_backups=keep_backups)
        try:
            store._quick_check()
            if db.needs_migration():
                saved = store.backup(label="before-upgrade")
                try:
                    db.migrate()
                except MigrationFailed as exc:
                    raise MigrationFailed(path, exc.reason, saved) from exc
            _repair_index(store)
        except BaseException:  # close on any failure, even Ctrl-C; re-raised
            db.close()
            raise
        return store

    def _unlock_keys(self, password: str) -> None:
        """Open this user's copy of the clinic data key (``casefile.clinic_keys``). On a
        server that has no key yet, make it and seal every row already there, in one
        transaction: a crash leaves either no key and plain rows, or the key and sealed rows
        (a plain value still reads, so a half-sealed server cannot exist anyway)."""
        from casefile import clinic_keys  # clinic mode only

        with self.db.engine.begin() as conn:
            raw = conn.connection.driver_connection
            used = password or (getattr(getattr(raw, "info", None), "password", None) or "")
            cipher, made = clinic_keys.unlock(conn, used)
            self.sealer = _Sealer(cipher)
            try:
                if made:  # the reader takes plain values as they are (flags as '1'/'0')
                    ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM client")]
                    for p in [self.load(cid) for cid in ids]:
                        _write_profile(conn, p, _now(), touch=False, sealer=self.sealer)
            except BaseException:  # the key was not stored: forget it; re-raised
                self.sealer = PLAIN
                raise

    def _quick_check(self) -> None:
        if self.db.is_server:
            return  # the server checks its own pages (data checksums, WAL replay)
        try:
            with self.db.engine.connect() as conn:
                result = conn.exec_driver_sql("PRAGMA quick_check").scalar()
        except (SQLAlchemyError, sqlcipher3.DatabaseError) as exc:
            raise DatabaseCorrupt(self.db.path, str(exc)) from exc
        if result != "ok":
            raise DatabaseCorrupt(self.db.path, f"integrity check: {result}")

    @property
    def db(self) -> Database:
        if self._db is None:
            raise StoreLocked()
        return self._db

    @property
    def path(self) -> Path:
        return db_file(self.data_dir)

    # -- locking -----------------------------------------------------------------------
    def lock(self) -> None:
        """Close the database; the key leaves memory with the engine."""
        if self._db is not None:
            self._db.close()
            self._db = None
        self.sealer = PLAIN  # the clinic key leaves memory with the engine

    def unlock(self, passphrase: str, *, throttle: UnlockThrottle | None = None) -> None:
        """Reopen after ``lock()`` (WrongPassphrase if it does not match; TooManyAttempts
        while a wait after repeated wrong passphrases is running)."""
        if self._db is None and self.database_url is not None:
            self._db = Database(self.database_url, passphrase)
            try:
                self._unlock_keys(passphrase)
            except BaseException:  # no half-open store: close on any failure; re-raised
                self.lock()
                raise
        elif self._db is None:
            throttle = throttle or UnlockThrottle.for_data_dir(self.data_dir)
            self._db = _open_throttled(self.path, passphrase, throttle, migrate=True)

    @property
    def is_locked(self) -> bool:
        return self._db is None

    def close(self) -> None:
        self.lock()

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    # -- reading -----------------------------------------------------------------------
    def list_clients(
        self, query: str = "", *, include_archived: bool = False
    ) -> list[ClientSummary]:
        """Clients whose name, chosen name, alias or A-number matches ``query`` (every word
        must match; accents and case are ignored; an A-number matches with or without 'A',
        spaces and dashes). Sorted by name.

        One query over the one narrow table that holds the search key (``casefile.search``)
        and the listed columns, kept by every write."""
        if self.sealer.cipher is not None:
            sql, params = _blind_list_sql(self.sealer.cipher, query, include_archived)
        else:
            sql, params = _list_sql(query, include_archived, not self.db.is_server)
        with self.db.engine.connect() as conn:
            raw = _driver(conn)
            rows = raw.execute(sql, params).fetchall()
        parse_date, new = date.fromisoformat, tuple.__new__
        if self.sealer.cipher is not None:
            # Sorted here: the server holds no plaintext sort key (issue 22 item 3).
            opened = [self.sealer.open_summary(r) for r in rows]
            rows = sorted(opened, key=lambda r: (fold(r[1] or ""), r[0]))
        return [
            new(
                ClientSummary,
                (
                    cid,
                    name,
                    unpack_aliases(aliases) if aliases else (),
                    a_number,
                    parse_date(dob) if dob else None,
                    _stored_datetime(updated),
                    bool(archived),
                ),
            )
            for cid, name, aliases, a_number, dob, updated, archived in rows
        ]

    def list_clients_slow(
        self, query: str = "", *, include_archived: bool = False
    ) -> list[ClientSummary]:
        """The reference search: every client's rows read and matched in Python with
        ``casefile.search.matches`` (tests compare ``list_clients`` against it)."""
        from casefile.search import matches

        profiles = [self.load(c.id) for c in self._all_clients()]
        words, digits = query_words(query), a_number_query(query)
        blind = self.sealer.cipher is not None  # the blind index matches word beginnings
        out = []
        for p in profiles:
            c = p.client
            if c.archived and not include_archived:
                continue
            names = [a.name for a in p.rows("aliases") if isinstance(a, Alias) and a.name]
            if words and not matches(_key_of(p), words, digits, prefix=blind):
                continue
            out.append(
                ClientSummary(
                    id=c.id,
                    display_name=display_name(c),
                    aliases=tuple(names),
                    a_number=c.a_number,
                    date_of_birth=c.date_of_birth,
                    updated_at=c.updated_at,
                    archived=c.archived,
                )
            )
        out.sort(key=lambda x: (fold(x.display_name), x.id))
        return out

    def record(self, client_id: str | None, action: str) -> None:
        """Append ``action`` (``casefile.clinic.AUDIT_ACTIONS``: open, export, generate, ...)
        for ``client_id`` to the clinic's audit log; the server stamps who and when. Only a
        clinic database with the access model has that log: the single-laptop store keeps
        today's ``auditevent`` rows (changes, imports, exports) and records nothing more."""
        if not self.db.is_server:
            return
        with self.db.engine.begin() as conn:
            if self._has_clinic_audit is None:
                found = conn.exec_driver_sql("SELECT to_regclass('public.clinic_audit')")
                self._has_clinic_audit = found.scalar() is not None
            if self._has_clinic_audit:
                from casefile.clinic import AUDIT_ACTIONS

                if action not in AUDIT_ACTIONS:  # a programming error, not a user's
                    raise ValueError(f"unknown audit action {action!r}")
                conn.exec_driver_sql(
                    "INSERT INTO clinic_audit (client_id, action) VALUES (?, ?)",
                    (client_id, action),
                )

    def load(self, client_id: str) -> Profile:
        """The whole profile, read in one connection: one query for the client and one per
        table that holds rows of theirs (an EXISTS probe per table finds which), decoded
        column by column into detached model instances. The profile remembers its version
        and a snapshot of what was read, so ``save`` writes only what changed."""
        nprobe = len(_PROBED)
        with self.db.engine.connect() as conn:
            raw = _driver(conn)
            head = raw.execute(_HEAD_SQL, [client_id] * (nprobe + 2)).fetchone()
            if head is None:
                raise ClientNotFound(client_id)
            client_row, version, present = head[: -nprobe - 1], head[-nprobe - 1], head[-nprobe:]
            tables = [t for t, hit in zip(_PROBED, present, strict=True) if hit]
            # One round trip for all of them on a server (a pipeline); SQLite runs them in turn.
            with raw.pipeline() if hasattr(raw, "pipeline") else nullcontext():
                cursors = {t: raw.execute(_READERS[t].sql, (client_id,)) for t in tables}
                counsel_cur = raw.execute(_COUNSEL_SQL)
            fetched = {t: cur.fetchall() for t, cur in cursors.items()}
            counsel_row = counsel_cur.fetchone()
        if self.sealer.cipher is not None:  # clinic server: open the sealed values first
            opened = self.sealer.open
            client_row = opened("client", tuple(client_row))
            fetched = {t: [opened(_READERS[t].table, r) for r in rs] for t, rs in fetched.items()}
        client = _READERS[Client].build(client_row)
        assert isinstance(client, Client)
        profile = Profile(client=client)
        cid = client.id
        base: dict[str, dict[str, tuple[Any, ...]]] = {
            "client": {cid: _READERS[Client].as_stored(client_row)}
        }
        for table, rows in fetched.items():
            reader = _READERS[table]
            built = [reader.build(r) for r in rows]
            base[reader.table] = {r[reader.id_at]: reader.as_stored(r) for r in rows}
            if table is Answer:
                for ans in built:
                    assert isinstance(ans, Answer)
                    profile.answers[ans.fact] = ans
            else:
                profile.groups[_GROUP_OF[table]] = built  # type: ignore[assignment]
        profile.version = version
        profile.baseline = _Snapshot(
            client_id=cid, tables=base, key=_index_row(profile), origin=self.origin
        )
        profile.counsel = _counsel_facts(counsel_row)
        return profile

    # -- counsel and organisation (held once for every client) -------------------------
    def load_counsel(self) -> Counsel:
        """The office's counsel details (an empty record until first saved)."""
        with self.db.session() as s:
            row = s.get(Counsel, "default")
            return Counsel.model_validate(row.model_dump()) if row else Counsel()

    def counsel_facts(self) -> dict[str, Any]:
        """The office's counsel details as ``representative.*`` fact values (as ``load``
        gives every profile)."""
        with self.db.engine.connect() as conn:
            raw = _driver(conn)
            return _counsel_facts(raw.execute(_COUNSEL_SQL).fetchone())

    def save_counsel(self, counsel: Counsel) -> None:
        """Store the office's counsel details; every client reads them from the next load."""
        values = {n: getattr(counsel, n) for n in COUNSEL_FIELDS}
        with self.db.session() as s:
            row = s.get(Counsel, "default") or Counsel()
            for name, value in values.items():
                setattr(row, name, (value.strip() or None) if isinstance(value, str) else value)
            row.updated_at = _now()
            s.add(row)
            s.add(AuditEvent(client_id=None, action="update", target="counsel"))

    def has_client(self, client_id: str) -> bool:
        # Below the ORM: it would read the whole row, whose sealed columns (on a clinic
        # server) are text its types do not expect.
        with self.db.engine.connect() as conn:
            found = conn.exec_driver_sql("SELECT 1 FROM client WHERE id = ?", (client_id,))
            return found.first() is not None

    # -- writing -----------------------------------------------------------------------
    def save(self, profile: Profile) -> None:
        """Store the profile in one transaction (ValidationError refuses it first).

        A profile read with ``load`` (or saved here before) writes only the rows and columns
        that differ from what was read, after checking that nobody saved the client since:
        otherwise ``StaleProfile`` names what the other save changed and nothing is written.
        A profile made elsewhere (new client, demo, import) is written whole.

        Normalizes identifiers in place (A-numbers to 9 digits), renumbers row positions,
        sets ``updated_at`` and records an audit event without values. A save with nothing
        changed writes nothing."""
        base = profile.baseline
        if (
            isinstance(base, _Snapshot)
            and profile.version is not None
            and base.client_id == profile.client.id
            and base.origin == self.origin
        ):
            self._save_changes(profile, base, profile.version)
        else:
            validate_for_save(profile)
            _prepare_rows(profile)
            self._save_whole(profile)

    def save_many(self, profiles: list[Profile]) -> None:
        """Store many profiles whole in one transaction (bulk intake, benchmarks): all are
        validated first, and either all are written or none."""
        for p in profiles:
            validate_for_save(p)
        now = _now()
        current = ""
        try:
            with self.db.engine.begin() as conn:
                for p in profiles:
                    current = p.client.id
                    created = _write_profile(conn, p, now, sealer=self.sealer)
                    _audit(conn, current, "create" if created else "update", now)
        except (SQLAlchemyError, ValueError, TypeError) as exc:
            raise SaveFailed(current, _short(exc)) from exc
        for p in profiles:
            p.client.updated_at = now
            p.baseline = None  # written whole: the next save of this object writes whole

    def _save_whole(self, profile: Profile) -> None:
        now = _now()
        cid = profile.client.id
        try:
            with self.db.engine.begin() as conn:
                created = _write_profile(conn, profile, now, sealer=self.sealer)
                _audit(conn, cid, "create" if created else "update", now)
        except (SQLAlchemyError, ValueError, TypeError) as exc:
            raise SaveFailed(cid, _short(exc)) from exc
        profile.client.updated_at = now
        profile.baseline = _snapshot(profile)
        profile.baseline.origin = self.origin

    def _save_changes(self, profile: Profile, base: _Snapshot, version: int) -> None:
        cid = profile.client.id
        cur = _checked_snapshot(profile, base)
        changes = _diff(base, cur)
        key_changed = cur.key != base.key
        if not changes and not key_changed:
            return
        now = _now()
        try:
            with self.db.engine.begin() as conn:
                # The first statement takes the write lock: a concurrent save waits here and
                # then finds the version moved on.
                bumped = conn.exec_driver_sql(
                    "UPDATE clientindex SET version = ?, updated_at = ? "
                    "WHERE client_id = ? AND version = ?",
                    (version + 1, _store_datetime(now), cid, version),
                )
                if bumped.rowcount != 1:
                    raise _Stale()
                _apply(conn, cid, changes, now, self.sealer)
                if key_changed:
                    names, values = self.sealer.index(cur.key)
                    sets = ", ".join(f"{c} = {_index_mark(c)}" for c in names)
                    conn.exec_driver_sql(
                        f"UPDATE clientindex SET {sets} WHERE client_id = ?", (*values, cid)
                    )
                _audit(conn, cid, "update", now)
        except _Stale:
            raise StaleProfile(cid, self._changed_since(base)) from None
        except (SQLAlchemyError, ValueError, TypeError) as exc:
            raise SaveFailed(cid, _short(exc)) from exc
        profile.client.updated_at = now
        profile.version = version + 1
        cur.tables["client"] = {cid: _stored_tuple(profile.client)}
        cur.origin = self.origin
        profile.baseline = cur

    def _changed_since(self, base: _Snapshot) -> list[str]:
        """What the stored client differs in from the snapshot ``base`` (for StaleProfile)."""
        try:
            now = self.load(base.client_id)
        except ClientNotFound:
            return ["deleted"]
        assert isinstance(now.baseline, _Snapshot)
        return _describe(base, now.baseline)

    def merge(self, profile: Profile) -> Profile:
        """The stored client with this profile's own edits (what differs from what it was
        loaded as) applied on top: for a ``StaleProfile``. Where both changed the same
        column of the same row, this profile's value wins. The result carries the stored
        version, so saving it succeeds unless yet another save came in between."""
        base = profile.baseline
        if not isinstance(base, _Snapshot):
            raise ValidationError("profile", "was not loaded from this store")
        _prepare_rows(profile)
        mine = _snapshot(profile)
        theirs = self.load(profile.client.id)
        for change in _diff(base, mine):
            _merge_change(theirs, profile, change)
        return theirs

    def create_client(self, **client_fields: Any) -> Profile:
        unknown = sorted(set(client_fields) - set(Client.model_fields))
        if unknown:
            raise ValidationError(unknown[0], "is not a client field")
        for reserved in ("created_at", "updated_at"):
            client_fields.pop(reserved, None)
        profile = Profile(client=Client(**client_fields))
        self.save(profile)
        return self.load(profile.client.id)

    def add_demo_client(self) -> Profile:
        """Save the fictional demo client (same id every time: saving again resets it)."""
        profile = demo_profile()
        self.save(profile)
        return self.load(profile.client.id)

    def archive(self, client_id: str, archived: bool = True) -> None:
        now = _now()
        stamp = _store_datetime(now)
        # Driver-level statements: the ORM would read the whole (on a server, sealed) row.
        with self.db.engine.begin() as conn:
            hit = conn.exec_driver_sql(
                "UPDATE client SET archived = ?, updated_at = ? WHERE id = ?",
                (archived, stamp, client_id),
            )
            if hit.rowcount != 1:
                raise ClientNotFound(client_id)
            # No version bump, as before: archiving touches one column no editor writes, so a
            # profile open elsewhere still saves without a conflict.
            conn.exec_driver_sql(
                "UPDATE clientindex SET archived = ?, updated_at = ? WHERE client_id = ?",
                (archived, stamp, client_id),
            )
            _audit(conn, client_id, "archive" if archived else "unarchive", now)

    def delete(self, client_id: str) -> None:
        """Delete a client and every row of theirs, after a backup (the UI confirms first)."""
        if not self.has_client(client_id):
            raise ClientNotFound(client_id)
        self._backup_file(label="before-delete")
        with self.db.session() as s:
            _delete_rows(s, client_id)
            s.exec(delete(ClientIndex).where(col(ClientIndex.client_id) == client_id))
            s.exec(delete(Client).where(col(Client.id) == client_id))
            s.exec(
                update(FamilyMember)
                .where(col(FamilyMember.linked_client_id) == client_id)
                .values(linked_client_id=None)
            )
            s.add(AuditEvent(client_id=client_id, action="delete"))

    def duplicate_for_family_member(self, client_id: str, family_row_id: str) -> Profile:
        """A new profile for a family member of ``client_id``, linked by ``household_id``.

        Copies the member's identity from the family row, the principal's safe mailing
        address (and, if the member lives in the U.S. or it is not known, the other U.S.
        addresses), the principal as a family row with the inverse relationship, and a note
        asking the attorney to check what was copied. If the member already has a profile
        (``linked_client_id``), that profile is returned instead."""
        principal = self.load(client_id)
        member = next((r for r in principal.rows("family") if r.id == family_row_id), None)
        if not isinstance(member, FamilyMember):
            raise ClientNotFound(f"family member {family_row_id} of client {client_id}")
        if member.linked_client_id and self.has_client(member.linked_client_id):
            return self.load(member.linked_client_id)
        household = principal.client.household_id or principal.client.id
        principal.client.household_id = household
        new = Profile(
            client=Client(
                household_id=household,
                family_name=member.family_name,
                given_name=member.given_name,
                date_of_birth=member.date_of_birth,
                sex=member.sex,
                marital_status=member.marital_status,
                country_of_birth=member.country_of_birth,
                nationalities=[member.nationality] if member.nationality else None,
                a_number=member.a_number,
            )
        )
        for addr in principal.rows("addresses"):
            assert isinstance(addr, Address)
            shared = addr.kind == "safe_mailing" or (
                member.in_us is not False and addr.kind in ("physical", "mailing")
            )
            if shared:
                values = _child_values(addr)
                new.add("addresses", **values)
        if member.in_us is False and (member.location_city or member.location_country):
            new.add(
                "addresses",
                kind="foreign",
                city=member.location_city,
                country=member.location_country,
            )
        c = principal.client
        new.add(
            "family",
            relationship=INVERSE_RELATIONSHIP.get(member.relationship or ""),
            family_name=c.family_name,
            given_name=c.given_name,
            date_of_birth=c.date_of_birth,
            sex=c.sex,
            country_of_birth=c.country_of_birth,
            nationality=c.nationalities[0] if c.nationalities else None,
            marital_status=c.marital_status,
            in_us=_in_us(principal),
            a_number=c.a_number,
            linked_client_id=c.id,
        )
        new.add(
            "notes",
            topic="household",
            author="ReliefDesk",
            body=(
                f"Profile created from {display_name(c)}'s family list. Check the copied "
                "addresses and the family relationship before relying on them."
            ),
        )
        member.linked_client_id = new.client.id
        for p in (new, principal):
            validate_for_save(p)
        now = _now()
        try:
            with self.db.session() as s:
                _write_profile(s, new, now, sealer=self.sealer)
                _write_profile(s, principal, now, sealer=self.sealer)
                s.add(AuditEvent(client_id=new.client.id, action="create", target="household"))
                s.add(AuditEvent(client_id=client_id, action="update", target="household"))
        except SQLAlchemyError as exc:
            raise SaveFailed(new.client.id, _short(exc)) from exc
        return self.load(new.client.id)

    # -- backups -----------------------------------------------------------------------
    def _backup_file(self, label: str) -> None:
        """A file backup before a risky step. Not in clinic mode: there the server's data is
        the clinic's to back up (pg_dump), and an import keeps each client it replaces as an
        archived copy instead (``_replaced_copies``)."""
        if not self.db.is_server:
            self.backup(label=label)

    def backup(self, label: str | None = None) -> Path:
        """An encrypted copy (same passphrase) in the backups folder; keeps the newest
        ``keep_backups``. Returns its path. Not in clinic mode: the server is backed up there."""
        if self.db.is_server:
            raise BackupError(self.db.path, "a clinic database is backed up on its server")
        bdir = backups_dir(self.data_dir)
        try:
            make_private_dir(bdir)
        except OSError as exc:
            why = "a file is in its place" if bdir.is_file() else _short(exc)
            raise BackupError(bdir, f"the backups folder cannot be made ({why})") from exc
        stamp = _now().strftime("%Y%m%dT%H%M%S%fZ")
        suffix = f"-{re.sub(r'[^a-z0-9-]', '', label.lower())}" if label else ""
        final = bdir / f"cases-{stamp}{suffix}.db"
        tmp = bdir / f".{final.name}.tmp"
        tmp.unlink(missing_ok=True)
        try:
            with self.db.engine.connect() as conn:
                # ATTACH without KEY: the copy is encrypted with the main database's key.
                conn.exec_driver_sql("ATTACH DATABASE ? AS rd_backup", (str(tmp),))
                try:
                    conn.exec_driver_sql("SELECT sqlcipher_export('rd_backup')")
                finally:
                    conn.exec_driver_sql("DETACH DATABASE rd_backup")
            _fsync_file(tmp)
            if os.name == "posix":
                tmp.chmod(0o600)
            os.replace(tmp, final)
            _fsync_dir(bdir)
        except (SQLAlchemyError, OSError) as exc:
            raise BackupError(final, f"the copy could not be written ({_short(exc)})") from exc
        finally:
            tmp.unlink(missing_ok=True)
        self._rotate_backups()
        return final

    def list_backups(self) -> list[Path]:
        """Backups, newest first."""
        bdir = backups_dir(self.data_dir)
        if not bdir.is_dir():
            return []
        found = [p for p in bdir.iterdir() if p.is_file() and _BACKUP_RE.match(p.name)]
        return sorted(found, key=lambda p: _BACKUP_RE.match(p.name).group(1), reverse=True)  # type: ignore[union-attr]

    def _rotate_backups(self) -> None:
        for old in self.list_backups()[max(self.keep_backups, 1) :]:
            old.unlink(missing_ok=True)

    def restore_backup(self, path: Path) -> None:
        """Replace the database by a backup made with the same passphrase. The current
        database is backed up first; a backup from an older schema is migrated."""
        path = Path(path)
        if not path.is_file():
            raise BackupError(path, "the file does not exist")
        self._check_backup(path)
        live = self.path
        staged = live.with_name(f".{live.name}.restore.tmp")
        try:
            shutil.copyfile(path, staged)
            _fsync_file(staged)
            self.backup(label="before-restore")
            self.db.checkpoint()
            self.db.engine.dispose()  # close every pooled connection; the engine stays usable
            wal = _sidecar(live, "-wal")
            if wal.exists() and wal.stat().st_size > 0:
                raise BackupError(path, "the database is busy; close other windows and retry")
            wal.unlink(missing_ok=True)
            _sidecar(live, "-shm").unlink(missing_ok=True)
            os.replace(staged, live)
            _fsync_dir(live.parent)
        finally:
            staged.unlink(missing_ok=True)
        self.db.migrate()
        with self.db.session() as s:
            s.add(AuditEvent(action="restore", target=path.name))

    def _check_backup(self, path: Path) -> None:
        try:
            with self.db.engine.connect() as conn:
                conn.exec_driver_sql("ATTACH DATABASE ? AS rd_check", (str(path),))
                try:
                    tables = {
                        r[0]
                        for r in conn.exec_driver_sql(
                            "SELECT name FROM rd_check.sqlite_master WHERE type='table'"
                        )
                    }
                    check = conn.exec_driver_sql("PRAGMA rd_check.quick_check").scalar()
                    rev = None
                    if "alembic_version" in tables:
                        rev = conn.exec_driver_sql(
                            "SELECT version_num FROM rd_check.alembic_version"
                        ).scalar()
                finally:
                    conn.exec_driver_sql("DETACH DATABASE rd_check")
        except (SQLAlchemyError, sqlcipher3.DatabaseError) as exc:
            raise BackupError(
                path,
                "it does not open with the current passphrase (it may have been made "
                "under an earlier passphrase) or it is damaged",
            ) from exc
        if check != "ok":
            raise BackupError(path, f"its integrity check failed ({check})")
        if "client" not in tables:
            raise BackupError(path, "it is not a ReliefDesk case database")
        if rev is not None and rev not in migrate.known_revisions():
            raise BackupError(path, "it was made by a newer version of ReliefDesk")

    # -- passphrase --------------------------------------------------------------------
    def change_passphrase(self, old: str, new: str) -> None:
        """Re-encrypt the database (PRAGMA rekey) and every backup made with ``old``.
        Backups that do not open with ``old`` are left as they are."""
        if not new:
            raise ValidationError("passphrase", "the new passphrase must not be empty")
        self.db.rekey(old, new)
        for b in self.list_backups():
            try:
                check_passphrase(b, old)
            except CasefileError:
                continue
            conn = sqlcipher3.connect(str(b))
            try:
                conn.execute("PRAGMA cipher_log_level = NONE")
                conn.execute(f"PRAGMA key = {_quote(old)}")
                conn.execute(f"PRAGMA rekey = {_quote(new)}")
            finally:
                conn.close()
        with self.db.session() as s:
            s.add(AuditEvent(action="change_passphrase"))

    # -- bundles -----------------------------------------------------------------------
    def export_bundle(self, client_ids: list[str], path: Path, passphrase: str) -> None:
        """Write the clients to one encrypted bundle protected by its own passphrase."""
        if not passphrase:
            raise ValidationError("passphrase", "the export passphrase must not be empty")
        if not client_ids:
            raise ValidationError("clients", "choose at least one client to export")
        profiles = [self.load(cid) for cid in client_ids]
        bundle.write_bundle(profiles, Path(path), passphrase)
        with self.db.session() as s:
            for cid in client_ids:
                s.add(AuditEvent(client_id=cid, action="export"))

    def import_bundle(
        self,
        path: Path,
        passphrase: str,
        *,
        allow_duplicates: bool = False,
        on_conflict: ImportChoice = "refuse",
    ) -> list[str]:
        """Import every profile of a bundle in one transaction; returns their ids.

        A profile whose id exists replaces that client (a backup is made first) unless this
        computer's copy is newer or both copies changed since they were last the same
        (``import_conflicts``): then ``on_conflict`` decides: ``refuse`` (default) raises
        ImportConflict naming what differs, ``replace`` lets the bundle's copy win,
        ``keep_both`` adds the bundle's copy as a new client (new ids, a note says so). A new
        profile that looks like an existing client (same A-number, or same name and date
        of birth) raises DuplicateClient unless ``allow_duplicates``. On any error nothing
        is written."""
        if on_conflict not in ("refuse", "replace", "keep_both"):
            raise ValidationError("on_conflict", f"'{on_conflict}' is not refuse/replace/keep_both")
        path = Path(path)
        contents = bundle.read_bundle_contents(path, passphrase)
        profiles = contents.profiles
        for i, p in enumerate(profiles):
            problems = import_problems(p) + check_profile(p)
            if problems:
                field, msg = problems[0]
                raise BundleInvalid(path, f"profiles[{i}] {field}: {msg}", kind="invalid")
        conflicts = self.import_conflicts(profiles, contents.exported_at)
        if conflicts and on_conflict == "refuse":
            raise ImportConflict(path, conflicts)
        copies: set[str] = set()
        if conflicts and on_conflict == "keep_both":
            clashing = {c.client_id for c in conflicts}
            kept = []
            for p in profiles:
                if p.client.id in clashing:
                    p = _as_separate_copy(p, path.name)
                    copies.add(p.client.id)
                kept.append(p)
            profiles = kept
        existing = {c.id: c for c in self._all_clients()}
        updates = [p for p in profiles if p.client.id in existing]
        if not allow_duplicates:
            for p in profiles:
                if p.client.id not in existing and p.client.id not in copies:
                    _check_duplicate(p, existing.values())
        if updates:
            self._backup_file(label="before-import")
        # Clinic mode has no backup file of its own: each client the import replaces is kept
        # on the server first, as an archived separate copy, so no edit is lost (issue 22).
        kept_before = self._replaced_copies(updates, path.name) if self.db.is_server else []
        now = _now()
        try:
            with self.db.session() as s:
                for p in kept_before:
                    _write_profile(s, p, now, touch=False, sealer=self.sealer)
                    s.add(AuditEvent(client_id=p.client.id, action="import", target="replaced"))
                for p in profiles:
                    validate_for_save(p)
                    _write_profile(s, p, now, touch=False, sealer=self.sealer)
                    target = "keep_both" if p.client.id in copies else ""
                    s.add(AuditEvent(client_id=p.client.id, action="import", target=target))
        except SQLAlchemyError as exc:
            raise BundleInvalid(path, f"it conflicts with this database ({_short(exc)})") from exc
        return [p.client.id for p in profiles]

    def _replaced_copies(self, updates: list[Profile], source: str) -> list[Profile]:
        """The server's current copy of each client an import replaces, as an archived
        separate client with a note saying what replaced it."""
        out = []
        for p in updates:
            old_id = p.client.id
            note = (
                f"The copy of client {old_id} as it was before the import of {source} replaced "
                "it. Kept (archived) so nothing is lost; compare and merge by hand, then delete."
            )
            copy = _as_separate_copy(self.load(old_id), source, note=note)
            copy.client.archived = True
            out.append(copy)
        return out

    def import_conflicts(
        self, profiles: list[Profile], exported_at: datetime | None
    ) -> list[ClientConflict]:
        """The bundle's clients whose import would lose data on this computer: this copy was
        changed after the bundle's copy (``local_newer``), or each was changed since this
        computer last exported or imported the client (``both_changed``). A client whose
        content is the same in both (whatever the change times) is no conflict."""
        out: list[ClientConflict] = []
        for p in profiles:
            try:
                local = self.load(p.client.id)
            except ClientNotFound:
                continue
            mine = _utc(local.client.updated_at)
            theirs = _utc(p.client.updated_at)
            if mine == theirs:
                continue
            if mine > theirs:
                kind = "local_newer"
            else:
                synced = self._last_sync(p.client.id)
                if synced is None or not (mine > synced and theirs > synced):
                    continue
                kind = "both_changed"
            differences = profile_differences(local, p)
            if not differences:
                continue
            out.append(
                ClientConflict(
                    client_id=p.client.id,
                    name=display_name(local.client),
                    kind=kind,
                    local_updated_at=mine,
                    bundle_updated_at=theirs,
                    exported_at=exported_at,
                    differences=tuple(differences),
                )
            )
        return out

    def _last_sync(self, client_id: str) -> datetime | None:
        """When this computer last exported or imported the client (from the audit log)."""
        with self.db.session() as s:
            at = s.exec(
                select(AuditEvent.at)
                .where(col(AuditEvent.client_id) == client_id)
                .where(col(AuditEvent.action).in_(("import", "export")))
                .order_by(col(AuditEvent.at).desc())
            ).first()
        return _utc(at) if at is not None else None

    def _all_clients(self) -> list[Client]:
        """Every client row, opened (read below the ORM: on a server the sealed columns are
        text the ORM's types would not decode)."""
        reader = _READERS[Client]
        with self.db.engine.connect() as conn:
            rows = _driver(conn).execute(f'SELECT {reader.quoted} FROM "client"').fetchall()
        out = [reader.build(self.sealer.open("client", tuple(r))) for r in rows]
        return [c for c in out if isinstance(c, Client)]

    # -- lookup for the CLI ------------------------------------------------------------
    def find_client(self, ref: str) -> str:
        """A client id from an id, an A-number or a name that matches exactly one client.
        Raises ClientNotFound / AmbiguousClient."""
        ref = ref.strip()
        if ref and self.has_client(ref):
            return ref
        digits = a_number_digits(ref)
        if digits is not None:
            hits = [c for c in self.list_clients(include_archived=True) if c.a_number]
            hits = [c for c in hits if c.a_number == digits.zfill(9)]
        else:
            hits = self.list_clients(ref, include_archived=True) if ref else []
        if not hits:
            raise ClientNotFound(ref, self.path)
        if len(hits) > 1:
            raise AmbiguousClient(ref, [(h.id, h.display_name) for h in hits])
        return hits[0].id


# -- helpers ---------------------------------------------------------------------------


ImportChoice = Literal["refuse", "replace", "keep_both"]

_VOLATILE = frozenset({"created_at", "updated_at", "position", "id", "client_id"})


def _utc(when: datetime) -> datetime:
    return when.replace(tzinfo=UTC) if when.utcoffset() is None else when.astimezone(UTC)


def _comparable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in _VOLATILE}


def profile_differences(a: Profile, b: Profile) -> list[Difference]:
    """The fields, groups and answers that differ between two copies of one client, by name,
    never by value: ``client.given_name``, ``arrests`` (with both row counts when they
    differ), ``answers.trafficking.means.fraud``."""
    ja, jb = profile_to_json(a), profile_to_json(b)
    out: list[Difference] = []
    ca, cb = _comparable(ja["client"]), _comparable(jb["client"])
    out += [Difference(f"client.{k}") for k in sorted(set(ca) | set(cb)) if ca.get(k) != cb.get(k)]
    ga, gb = ja["groups"], jb["groups"]
    for g in sorted(set(ga) | set(gb)):
        ra = [_comparable(r) for r in ga.get(g, [])]
        rb = [_comparable(r) for r in gb.get(g, [])]
        if ra != rb:
            out.append(Difference(g) if len(ra) == len(rb) else Difference(g, len(ra), len(rb)))
    aa = {x["fact"]: _comparable(x) for x in ja["answers"]}
    ab = {x["fact"]: _comparable(x) for x in jb["answers"]}
    out += [Difference(f"answers.{f}") for f in sorted(set(aa) | set(ab)) if aa.get(f) != ab.get(f)]
    return out


def _as_separate_copy(p: Profile, source: str, *, note: str | None = None) -> Profile:
    """A copy of a client as a new client: new ids for it, its rows and answers, and a note
    saying where it came from (default: the bundle's copy, ``keep_both``)."""
    new_id = uuid.uuid4().hex
    old_id = p.client.id
    p.client.id = new_id
    p.client.created_at = _now()
    for rows in p.groups.values():
        for r in rows:
            r.id = uuid.uuid4().hex
            r.client_id = new_id
    for ans in p.answers.values():
        ans.id = uuid.uuid4().hex
        ans.client_id = new_id
    p.add(
        "notes",
        topic="import",
        author="ReliefDesk",
        body=note
        or (
            f"Imported from {source} as a separate copy of client {old_id}, because this "
            "computer's copy had changed too. Compare the two and merge by hand."
        ),
    )
    return p


def _child_values(row: Any) -> dict[str, Any]:
    skip = {"id", "client_id", "position", "created_at", "updated_at"}
    return {k: v for k, v in copy_row(row).model_dump().items() if k not in skip}


def _in_us(profile: Profile) -> bool | None:
    return True if profile.client.current_state else None


def _delete_rows(s: Session, client_id: str) -> None:
    for table in CHILD_TABLES:
        s.exec(delete(table).where(col(table.client_id) == client_id))
    s.exec(delete(Answer).where(col(Answer.client_id) == client_id))


def _prepare_rows(profile: Profile) -> None:
    """Check each row's type and each answer's fact, renumber positions, set client ids."""
    cid = profile.client.id
    # Values are read from each instance's __dict__ (where the ORM keeps them; its attribute
    # descriptors cost more, and this runs for every row on every save); set only what
    # differs, through the attribute, since each ORM assignment costs.
    for fact, ans in profile.answers.items():
        d = ans.__dict__
        if d.get("fact") != fact:
            raise ValidationError(f"answers.{fact}", f"holds the answer for '{ans.fact}'")
        if d.get("client_id") != cid:
            ans.client_id = cid
    for group, rows in profile.groups.items():
        table = GROUPS[group]
        for i, r in enumerate(sorted(rows, key=_position)):
            if not isinstance(r, table):
                raise ValidationError(group, f"holds a row of '{type(r).__name__}'")
            d = r.__dict__
            if d.get("position") != i:
                r.position = i
            if d.get("client_id") != cid:
                r.client_id = cid


def _position(row: Any) -> int:
    """A row's place in its group (a row given none yet sorts first, in the order given)."""
    pos = row.__dict__.get("position")
    return pos if isinstance(pos, int) else int(row.position or 0)


def _write_profile(
    s: Session | Connection,
    profile: Profile,
    now: datetime,
    *,
    touch: bool = True,
    sealer: _Sealer | None = None,
) -> bool:
    """Upsert the client, replace its child rows and answers and set its search key and
    version, inside the transaction of ``s`` (driver-level statements: no ORM objects are
    attached, no statement is compiled). Returns True if the client is new."""
    conn = s.connection() if isinstance(s, Session) else s
    _prepare_rows(profile)
    cid = profile.client.id
    client = _WRITERS["client"]
    values = list(client.stored(_row_tuple(profile.client)))
    if touch:
        values[client.names.index("updated_at")] = _store_datetime(now)
    created = conn.exec_driver_sql("SELECT 1 FROM client WHERE id = ?", (cid,)).first() is None
    sealer = sealer or PLAIN
    values = list(sealer.seal("client", tuple(values)))
    if created:
        conn.exec_driver_sql(client.insert_sql, tuple(values))
    else:
        conn.exec_driver_sql(client.update_sql, (*values, cid))
        for table in _CHILD_NAMES:
            conn.exec_driver_sql(f'DELETE FROM "{table}" WHERE client_id = ?', (cid,))
    by_table: dict[str, list[tuple[Any, ...]]] = {}
    for group, rows in profile.groups.items():
        w = _WRITERS[_table_name(GROUPS[group])]
        by_table[w.table] = [sealer.seal(w.table, w.stored(_row_tuple(r))) for r in rows]
    if profile.answers:
        w = _WRITERS["answer"]
        by_table["answer"] = [
            sealer.seal("answer", w.stored(_row_tuple(a))) for a in profile.answers.values()
        ]
    for table, params in by_table.items():
        if params:
            conn.exec_driver_sql(_WRITERS[table].insert_sql, params)
    stamp = now if touch else profile.client.updated_at
    profile.version = _write_index(conn, profile, stamp, sealer)
    return created


_COUNSEL_SQL = f"SELECT {', '.join(COUNSEL_FIELDS)} FROM counsel WHERE key = 'default'"


def _counsel_facts(row: tuple[Any, ...] | None) -> dict[str, Any]:
    """The stored counsel row as ``representative.*`` fact values (only those set)."""
    if row is None:
        return {}
    out: dict[str, Any] = {}
    for name, value in zip(COUNSEL_FIELDS, row, strict=True):
        if value is None or value == "":
            continue
        if name == "accreditation_expires" and isinstance(value, str):
            value = date.fromisoformat(value[:10])
        elif name.startswith("is_"):
            value = bool(value)
        out[f"representative.{name}"] = value
    return out


def _driver(conn: Connection) -> Any:
    """The DBAPI connection for the fast read paths: sqlcipher3's as is; psycopg's wrapped so
    it takes the same ``?`` SQL (clinic mode)."""
    raw = conn.connection.driver_connection
    assert raw is not None
    if conn.dialect.name == "sqlite":
        return raw
    from casefile.pgserver import QmarkConnection  # psycopg only in clinic mode

    return QmarkConnection(raw)


def _audit(conn: Connection, cid: str, action: str, now: datetime) -> None:
    conn.exec_driver_sql(
        "INSERT INTO auditevent (client_id, at, action, target) VALUES (?, ?, ?, '')",
        (cid, _store_datetime(now), action),
    )


# -- the search key and version per client (table clientindex) -------------------------


def _key_of(profile: Profile) -> SearchKey:
    c = profile.client
    return search_key(
        given_name=c.given_name,
        middle_name=c.middle_name,
        family_name=c.family_name,
        chosen_name=c.chosen_name,
        a_number=c.a_number,
        aliases=[getattr(a, "name", None) for a in profile.rows("aliases")],
    )


#: Columns of ``clientindex`` that follow from the profile (``_index_row``), in order.
_INDEX_COLUMNS = (
    "names",
    "a_number9",
    "sort_key",
    "display_name",
    "aliases",
    "a_number",
    "date_of_birth",
    "archived",
)


def _index_row(profile: Profile) -> tuple[Any, ...]:
    """The client's row of ``clientindex`` (``_INDEX_COLUMNS``), encoded as stored."""
    c = profile.client
    key = _key_of(profile)
    aliases = [a.name for a in profile.rows("aliases") if isinstance(a, Alias) and a.name]
    return (
        key.names,
        key.a_number9,
        key.sort_key,
        display_name(c),
        pack_aliases(aliases),
        c.a_number,
        _store_date(c.date_of_birth) if c.date_of_birth else None,
        1 if c.archived else 0,
    )


def _index_mark(column: str) -> str:
    """The placeholder of a ``clientindex`` column: the blind-index tokens travel as a
    PostgreSQL array literal (``_pg_array``)."""
    return "?::bigint[]" if column == "tokens" else "?"


def _pg_array(numbers: list[int]) -> str:
    """A bigint[] literal (the driver's own int adapter sends ints untyped, see pgserver)."""
    return "{" + ",".join(map(str, numbers)) + "}"


def _write_index(
    conn: Connection, profile: Profile, updated_at: datetime, sealer: _Sealer | None = None
) -> int:
    """Set the client's row of the index and bump its version (1 if new). Returns it."""
    names, values = (sealer or PLAIN).index(_index_row(profile))
    cols = ", ".join(names)
    marks = ", ".join(_index_mark(c) for c in names)
    sets = ", ".join(f"{c} = excluded.{c}" for c in names)
    row = conn.exec_driver_sql(
        f"INSERT INTO clientindex (client_id, {cols}, updated_at, version) "
        f"VALUES (?, {marks}, ?, 1) ON CONFLICT (client_id) DO UPDATE SET {sets}, "
        "updated_at = excluded.updated_at, version = clientindex.version + 1 RETURNING version",
        (profile.client.id, *values, _store_datetime(updated_at)),
    ).first()
    assert row is not None
    return int(row[0])


def _repair_index(store: CaseStore) -> int:
    """Give every client that has no index row one (a file written by something that
    bypassed the store). Returns how many were added."""
    with store.db.engine.connect() as conn:
        missing = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT c.id FROM client c LEFT JOIN clientindex k ON k.client_id = c.id "
                "WHERE k.client_id IS NULL"
            )
        ]
    if missing:
        profiles = [store.load(cid) for cid in missing]
        with store.db.engine.begin() as conn:
            for p in profiles:
                _write_index(conn, p, p.client.updated_at, store.sealer)
    return len(missing)


_LIST_COLUMNS = (
    "SELECT client_id, display_name, aliases, a_number, date_of_birth, updated_at, archived "
    "FROM clientindex"
)


def _list_sql(query: str, include_archived: bool, sqlite: bool = True) -> tuple[str, list[Any]]:
    """The list/search statement: the same test as ``casefile.search.matches`` in SQL
    (``instr`` is an exact substring test, like Python's ``in``; PostgreSQL's is ``strpos``)."""
    sql, params = _list_sql_sqlite(query, include_archived)
    if sqlite:
        return sql, params
    sql = sql.replace(" NOT INDEXED", "").replace("instr(", "strpos(")
    return sql.replace("archived = 0", "NOT archived"), params


def _list_sql_sqlite(query: str, include_archived: bool) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if not include_archived:
        where.append("archived = 0")
    words = query_words(query)
    if words:
        name_test = " AND ".join("instr(names, ?) > 0" for _ in words)
        params_words: list[Any] = list(words)
        digits = a_number_query(query)
        if digits is not None:
            where.append(
                "((a_number9 IS NOT NULL AND (instr(a_number9, ?) > 0 OR a_number9 = ?))"
                f" OR ({name_test}))"
            )
            params += [digits, digits.zfill(9), *params_words]
        else:
            where.append(f"({name_test})")
            params += params_words
    sql = _LIST_COLUMNS
    if words:
        # NOT INDEXED: scan the table and sort only the hits (not every row in index order).
        sql += " NOT INDEXED"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql + " ORDER BY sort_key, client_id", params


def _blind_list_sql(
    cipher: ClinicCipher, query: str, include_archived: bool
) -> tuple[str, list[Any]]:
    """The list/search statement on a clinic server: the blind index's tokens instead of the
    plaintext key. A word hits the beginning of a name word (prefix tokens; the plaintext
    store also finds it inside a word); digits hit any run of the A-number. Not sorted: the
    caller sorts the opened names."""
    where: list[str] = []
    params: list[Any] = []
    if not include_archived:
        where.append("NOT archived")
    words = query_words(query)
    if words:
        name_test = "tokens @> ?::bigint[]"
        name_tokens = _pg_array(cipher.word_tokens(words))
        digits = a_number_query(query)
        if digits is not None and len(digits) <= 9:
            where.append(f"(tokens @> ?::bigint[] OR {name_test})")
            params.append(_pg_array([cipher.digit_token(digits)]))
            params.append(name_tokens)
        else:
            where.append(name_test)
            params.append(name_tokens)
    sql = _LIST_COLUMNS
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql, params


# -- reading rows without the ORM --------------------------------------------------------


def _stored_datetime(value: str) -> datetime:
    """A stored timestamp as SQLModel's UTCDateTime returns it (aware, UTC)."""
    try:  # stored without an offset, in UTC: one C call (replace() costs several times more)
        return datetime.fromisoformat(value + "+00:00")
    except ValueError:  # already carries an offset
        return datetime.fromisoformat(value).astimezone(UTC)


def _json_value(value: Any) -> Any:
    """A JSON column's value: text is decoded; a number is already one (SQLite gives a
    column declared JSON numeric affinity, so the text '5' is stored as the integer 5)."""
    return json.loads(value) if isinstance(value, str | bytes) else value


_CONVERT: dict[str, Callable[[Any], Any] | None] = {
    "str": None,
    "int": None,
    "bool": bool,
    "date": date.fromisoformat,
    "datetime": _stored_datetime,
    "json": _json_value,
}


class _Reader:
    """SELECT of one table's columns for one client, and the decoding of a row into a
    detached model instance, as the ORM would build it (no session, no identity map)."""

    def __init__(self, table: type[SQLModel]) -> None:
        cols = columns(table)
        self.names = [c.name for c in cols]
        self.convert = [_CONVERT[_kind(c)] for c in cols]
        key = "id" if table is Client else "client_id"
        order = " ORDER BY position, id" if "position" in self.names else ""
        if table is Answer:
            order = " ORDER BY fact, id"
        self.quoted = ", ".join(f'"{n}"' for n in self.names)
        self.table = _table_name(table)
        self.sql = f'SELECT {self.quoted} FROM "{self.table}" WHERE {key} = ?{order}'
        self.manager = sa_inspect(table).class_manager
        self.id_at = self.names.index("id")
        self.json_at = [i for i, c in enumerate(cols) if _kind(c) == "json"]

    def as_stored(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        """The row as ``_Writer.stored`` would write it: JSON null read as SQL NULL, and a
        JSON number (which SQLite's NUMERIC affinity of a JSON column turned into a number)
        as its JSON text."""
        json_at = self.json_at
        if not json_at or all(isinstance(row[i], str | None) and row[i] != "null" for i in json_at):
            return tuple(row)
        out = list(row)
        for i in self.json_at:
            v = out[i]
            if v == "null":
                out[i] = None
            elif isinstance(v, int | float):
                out[i] = json.dumps(v)
        return tuple(out)

    def build(self, row: tuple[Any, ...]) -> SQLModel:
        if not _MAPPED:
            _map()
        obj = self.manager.new_instance()
        d = obj.__dict__
        for name, conv, v in zip(self.names, self.convert, row, strict=True):
            d[name] = v if conv is None or v is None else conv(v)
        return obj


_MAPPED: list[bool] = []


def _map() -> None:
    """Instances are built without their constructor, so the ORM mappers must be set up
    first (the constructor or a query would do it on first use)."""
    configure_mappers()
    _MAPPED.append(True)


def _table_name(table: type[SQLModel]) -> str:
    return str(table.__table__.name)  # type: ignore[attr-defined]


_PROBED: tuple[type[SQLModel], ...] = (*CHILD_TABLES, Answer)
_GROUP_OF: dict[type[SQLModel], str] = {t: t.__group__ for t in CHILD_TABLES}
_ALL: tuple[type[SQLModel], ...] = (Client, *_PROBED)
_READERS: dict[type[SQLModel], _Reader] = {t: _Reader(t) for t in _ALL}
#: One statement for the client row, its version and which tables hold rows of theirs.
_HEAD_SQL = (
    f"SELECT {_READERS[Client].quoted}, "
    "(SELECT version FROM clientindex WHERE client_id = ?), "
    + ", ".join(f'EXISTS(SELECT 1 FROM "{_table_name(t)}" WHERE client_id = ?)' for t in _PROBED)
    + " FROM client WHERE id = ?"
)
_TABLES: dict[str, type[SQLModel]] = {_table_name(t): t for t in _ALL}
_NAMES: dict[str, list[str]] = {name: column_names(t) for name, t in _TABLES.items()}
_CHILD_NAMES: tuple[str, ...] = tuple(_table_name(t) for t in _PROBED)


@lru_cache(maxsize=8192)
def _store_datetime(value: datetime) -> str:
    """A timestamp as SQLModel's UTCDateTime stores it in SQLite (UTC, no offset). Cached:
    every save encodes each row's created_at and updated_at again to compare them (issue 20's
    one-field save; a datetime is immutable and cheap to hash)."""
    if value.utcoffset() is None:
        raise ValueError("a timestamp without a time zone cannot be stored")
    u = value.astimezone(UTC)
    return (
        f"{u.year:04d}-{u.month:02d}-{u.day:02d} "
        f"{u.hour:02d}:{u.minute:02d}:{u.second:02d}.{u.microsecond:06d}"
    )


@lru_cache(maxsize=8192)
def _store_date(value: date) -> str:
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


_TO_STORED: dict[str, Callable[[Any], Any] | None] = {
    "str": None,
    "int": None,
    "bool": None,
    "date": _store_date,
    "datetime": _store_datetime,
    "json": json.dumps,
}


class _Writer:
    """INSERT / UPDATE statements of one table and the encoding of a row's values (in
    column order) the way SQLAlchemy's column types store them."""

    def __init__(self, table: type[SQLModel]) -> None:
        cols = columns(table)
        self.table = _table_name(table)
        self.names = [c.name for c in cols]
        self.convert = [_TO_STORED[_kind(c)] for c in cols]
        quoted = ", ".join(f'"{n}"' for n in self.names)
        marks = ", ".join("?" for _ in self.names)
        self.insert_sql = f'INSERT INTO "{self.table}" ({quoted}) VALUES ({marks})'
        sets = ", ".join(f'"{n}" = ?' for n in self.names)
        self.update_sql = f'UPDATE "{self.table}" SET {sets} WHERE id = ?'
        # Only the columns that need encoding are visited (most are text, stored as is).
        self.encode_at = [(i, conv) for i, conv in enumerate(self.convert) if conv is not None]

    def stored(self, values: tuple[Any, ...]) -> tuple[Any, ...]:
        if len(values) != len(self.names):
            raise ValueError(f"{self.table}: {len(values)} values for {len(self.names)} columns")
        out = list(values)
        for i, conv in self.encode_at:
            v = out[i]
            if v is not None:
                out[i] = conv(v)
        return tuple(out)


_WRITERS: dict[str, _Writer] = {_table_name(t): _Writer(t) for t in _ALL}

# -- sealing for a clinic server (issue 22 item 3, casefile.cipher) ----------------------

#: Sealed on a clinic server beyond the catalogue's ``sensitive`` columns: answers (not
#: catalogue columns, but the client's own words), the parts of an address that pin it down
#: with the street, USCIS receipt numbers (each names one case), and free text that may name
#: the client (an exhibit's description, a school).
_SEALED_EXTRA: dict[str, tuple[str, ...]] = {
    "answer": ("value", "note"),
    "client": ("receipt_numbers",),
    "address": ("unit", "city", "postal_code"),
    "priorapplication": ("receipt_number",),
    "exhibit": ("description",),
    "education": ("school_name",),
    "familymember": ("location_city",),
}


def _is_sensitive(table: type[SQLModel], name: str) -> bool:
    if name in _SEALED_EXTRA.get(_table_name(table), ()):
        return True
    field = table.model_fields.get(name)
    extra = field.json_schema_extra if field is not None else None
    return isinstance(extra, dict) and bool(extra.get("sensitive"))


#: table -> (position, "table.column", kind) of each column sealed on a clinic server.
SEALED: dict[str, tuple[tuple[int, str, str], ...]] = {
    _table_name(t): tuple(
        (i, f"{_table_name(t)}.{c.name}", _kind(c))
        for i, c in enumerate(columns(t))
        if _is_sensitive(t, c.name)
    )
    for t in _ALL
}


def _from_text(kind: str, text: str) -> Any:
    """An opened value in the form ``_Writer.stored`` gives (flags and amounts are sealed as
    their text; dates and JSON are text already)."""
    if kind == "bool":
        return text in ("1", "true", "t")
    if kind == "int":
        return int(text)
    return text


class _Sealer:
    """Seals the sensitive values of a stored row before they go to a clinic server and opens
    them again on reading; ``PLAIN`` (no cipher) for the SQLCipher file, encrypted whole.
    Snapshots and comparisons always see the opened values (a sealed value differs on every
    write: each has its own nonce)."""

    def __init__(self, cipher: ClinicCipher | None) -> None:
        self.cipher = cipher

    def seal(self, table: str, values: tuple[Any, ...]) -> tuple[Any, ...]:
        cipher = self.cipher
        if cipher is None:
            return values
        out = list(values)
        for i, where, kind in SEALED[table]:
            v = out[i]
            if v is not None:
                text = ("1" if v else "0") if kind == "bool" else str(v)
                out[i] = cipher.seal(text, where)
        return tuple(out)

    def open(self, table: str, row: tuple[Any, ...]) -> tuple[Any, ...]:
        cipher = self.cipher
        if cipher is None:
            return row
        out = list(row)
        for i, where, kind in SEALED[table]:
            v = out[i]
            if isinstance(v, str):  # a value stored before the key was made is plain text
                out[i] = _from_text(kind, cipher.open(v, where) if is_sealed(v) else v)
        return tuple(out)

    def index(self, key: tuple[Any, ...]) -> tuple[tuple[str, ...], tuple[Any, ...]]:
        """The columns and values of the client's ``clientindex`` row from ``_index_row``.
        On a server the plaintext search columns stay empty: the blind-index tokens replace
        them, and the four listed columns travel as one sealed value in ``display_name`` (one
        decryption per listed client instead of four)."""
        cipher = self.cipher
        if cipher is None:
            return _INDEX_COLUMNS, key
        names, a_number9, _sort, display, aliases, a_number, dob, archived = key
        listed = json.dumps([display, aliases, a_number, dob], ensure_ascii=False)
        values = (
            "",
            None,
            "",
            cipher.seal(listed, "clientindex.listed"),
            "",
            None,
            None,
            archived,
            _pg_array(cipher.index_tokens(names, a_number9)),
        )
        return (*_INDEX_COLUMNS, "tokens"), values

    def open_summary(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        """A ``clientindex`` list row (``_LIST_COLUMNS``) with its sealed columns opened."""
        cipher = self.cipher
        if cipher is None or not is_sealed(row[1]):  # the file, or a row not sealed yet
            return row
        cid, listed, _aliases, _a_number, _dob, updated, archived = row
        display, aliases, a_number, dob = json.loads(cipher.open(listed, "clientindex.listed"))
        return (cid, display, aliases, a_number, dob, updated, archived)


PLAIN = _Sealer(None)

#: Table name by model class: looked up once per row on every save's snapshot.
_TABLE_OF: dict[type[SQLModel], str] = {t: _table_name(t) for t in _ALL}


def _table_of(row: SQLModel) -> str:
    return _TABLE_OF.get(type(row)) or _table_name(type(row))


# -- snapshots and differences -----------------------------------------------------------


@dataclass
class _Snapshot:
    """What a profile held when it was read or last saved: table -> row id -> values in
    column order, encoded as stored), plus its row of the client index (``_index_row``)."""

    client_id: str
    tables: dict[str, dict[str, tuple[Any, ...]]]
    key: tuple[Any, ...]
    #: The store it was read from (``CaseStore.origin``): a profile read from another store
    #: (the clinic's, when checking out to a laptop) is written whole, never diffed against
    #: rows this store does not hold.
    origin: str = ""


def _row_tuple(row: SQLModel) -> tuple[Any, ...]:
    """The row's values in column order (not copied: they are encoded right away). Read
    from the instance's ``__dict__``, where the ORM keeps loaded and set values (a third of
    the cost of its attribute descriptors); a column never set falls back to them."""
    names = _NAMES[_table_of(row)]
    d = row.__dict__
    try:
        return tuple([d[name] for name in names])
    except KeyError:
        return tuple(getattr(row, name) for name in names)


def _stored_tuple(row: SQLModel) -> tuple[Any, ...]:
    return _WRITERS[_table_of(row)].stored(_row_tuple(row))


def _snapshot(profile: Profile, placed: list[tuple[SQLModel, str, str]] | None = None) -> _Snapshot:
    """The profile as it would be stored (each value encoded as in the database, so the
    snapshot is immutable and compares with what ``load`` read). ``placed`` collects each
    row with its table and id, for a caller that walks the rows again."""
    cid = profile.client.id
    tables: dict[str, dict[str, tuple[Any, ...]]] = {}
    for r in _profile_rows(profile):
        name = _table_of(r)
        by_id = tables.setdefault(name, {})
        rid = _row_id(r)
        if rid in by_id:
            raise SaveFailed(cid, f"two rows of {name} have the id {rid}")
        by_id[rid] = _WRITERS[name].stored(_row_tuple(r))
        if placed is not None:
            placed.append((r, name, rid))
    return _Snapshot(client_id=cid, tables=tables, key=_index_row(profile))


def _row_id(row: SQLModel) -> str:
    """The row's id from the instance's ``__dict__`` (the ORM descriptor costs more, once per
    row on every save); a row never given one falls back to it."""
    rid = row.__dict__.get("id")
    return rid if isinstance(rid, str) else str(row.id)  # type: ignore[attr-defined]


def _profile_rows(profile: Profile) -> list[SQLModel]:
    rows: list[SQLModel] = [profile.client]
    rows += [r for g in profile.groups.values() for r in g]
    rows += profile.answers.values()
    return rows


def _checked_snapshot(profile: Profile, base: _Snapshot) -> _Snapshot:
    """The snapshot of a loaded profile about to be saved, after checking and normalizing
    only the rows that differ from ``base`` (issue 20: a one-field edit of a large profile
    checks one row). The others were checked when they were stored."""
    _prepare_rows(profile)
    placed: list[tuple[SQLModel, str, str]] = []
    try:
        cur = _snapshot(profile, placed)
    except (TypeError, ValueError, AttributeError):
        validate_for_save(profile)  # a value that cannot be encoded: the check names it
        raise
    changed = [
        r for r, name, rid in placed if base.tables.get(name, {}).get(rid) != cur.tables[name][rid]
    ]
    if not changed:
        return cur
    validate_for_save(profile, only=frozenset(id(r) for r in changed))
    for r in changed:  # normalizing may have rewritten a changed row: encode it again
        cur.tables[_table_of(r)][r.id] = _stored_tuple(r)  # type: ignore[attr-defined]
    if any(r is profile.client for r in changed):  # normalizing may change its search key
        cur.key = _index_row(profile)
    return cur


def profile_fingerprint(profile: Profile) -> int | None:
    """A hash of every stored value of the profile (rows and answers, as they would be
    written): equal fingerprints mean nothing changed, so a screen need not refresh. None when
    a value cannot be encoded (an edit in progress): the caller refreshes."""
    try:
        tables = _snapshot(profile).tables
    except (ReliefDeskError, TypeError, ValueError, AttributeError):
        return None
    return hash(tuple((t, tuple(sorted(rows.items()))) for t, rows in sorted(tables.items())))


@dataclass(frozen=True)
class _Change:
    table: str
    kind: str  # "add", "delete", "update"
    row_id: str
    columns: tuple[int, ...] = ()  # changed column indexes (update)
    values: tuple[Any, ...] = ()  # the row's new values (add, update)


def _diff(base: _Snapshot, cur: _Snapshot) -> list[_Change]:
    out: list[_Change] = []
    for table in _TABLES:
        b = base.tables.get(table, {})
        c = cur.tables.get(table, {})
        if not b and not c:
            continue
        for rid in b.keys() - c.keys():
            out.append(_Change(table, "delete", rid))
        for rid, values in c.items():
            old = b.get(rid)
            if old is None:
                out.append(_Change(table, "add", rid, values=values))
            elif old != values:
                pairs = enumerate(zip(old, values, strict=True))
                changed = tuple(i for i, (x, y) in pairs if x != y)
                out.append(_Change(table, "update", rid, changed, values))
    return out


def _apply(
    conn: Connection, cid: str, changes: list[_Change], now: datetime, sealer: _Sealer
) -> None:
    client_updated = False
    adds: dict[str, list[tuple[Any, ...]]] = {}
    deletes: dict[str, list[str]] = {}
    for ch in changes:
        w = _WRITERS[ch.table]
        if ch.kind == "add":
            adds.setdefault(ch.table, []).append(sealer.seal(ch.table, ch.values))
        elif ch.kind == "delete":
            deletes.setdefault(ch.table, []).append(ch.row_id)
        else:
            stored = sealer.seal(ch.table, ch.values)
            cols = [w.names[i] for i in ch.columns]
            params = [stored[i] for i in ch.columns]
            if ch.table == "client":
                client_updated = True
                if "updated_at" not in cols:
                    cols.append("updated_at")
                    params.append(None)
                params[cols.index("updated_at")] = _store_datetime(now)
            sets = ", ".join(f'"{c}" = ?' for c in cols)
            conn.exec_driver_sql(
                f'UPDATE "{ch.table}" SET {sets} WHERE id = ?', (*params, ch.row_id)
            )
    for table, ids in deletes.items():
        marks = ",".join("?" * len(ids))
        conn.exec_driver_sql(
            f'DELETE FROM "{table}" WHERE client_id = ? AND id IN ({marks})', (cid, *ids)
        )
    for table, params_list in adds.items():
        conn.exec_driver_sql(_WRITERS[table].insert_sql, params_list)
    if not client_updated:
        conn.exec_driver_sql(
            "UPDATE client SET updated_at = ? WHERE id = ?", (_store_datetime(now), cid)
        )


_QUIET = {"updated_at", "created_at"}


def _describe(base: _Snapshot, now: _Snapshot) -> list[str]:
    """Human names of what differs: client columns, groups, answer facts."""
    out: set[str] = set()
    fact_at = _NAMES["answer"].index("fact")
    for ch in _diff(base, now):
        names = _NAMES[ch.table]
        if ch.table == "client":
            out.update(f"client.{names[i]}" for i in ch.columns if names[i] not in _QUIET)
        elif ch.table == "answer":
            row = ch.values or base.tables["answer"][ch.row_id]
            out.add(f"answers.{row[fact_at]}")
        elif ch.kind != "update" or any(names[i] not in _QUIET for i in ch.columns):
            out.add(_GROUP_OF[_TABLES[ch.table]])
    return sorted(out)


def _merge_change(theirs: Profile, mine: Profile, ch: _Change) -> None:
    """Apply one of ``mine``'s own edits to ``theirs`` (the stored profile)."""
    table = _TABLES[ch.table]
    names = _NAMES[ch.table]
    if table is Client:
        for i in ch.columns:
            setattr(theirs.client, names[i], copy.deepcopy(getattr(mine.client, names[i])))
        return
    if table is Answer:
        by_id = {a.id: f for f, a in theirs.answers.items()}
        if ch.kind == "delete":
            if ch.row_id in by_id:
                del theirs.answers[by_id[ch.row_id]]
            return
        mine_ans = next(a for a in mine.answers.values() if a.id == ch.row_id)
        theirs.answers[mine_ans.fact] = copy_row(mine_ans)
        return
    group = _GROUP_OF[table]
    rows = theirs.groups.setdefault(group, [])
    index = next((i for i, r in enumerate(rows) if r.id == ch.row_id), None)
    if ch.kind == "delete":
        if index is not None:
            rows.pop(index)
        return
    mine_row = next(r for r in mine.groups.get(group, []) if r.id == ch.row_id)
    if index is None:  # added here, or changed here and deleted there: keep it
        rows.append(copy_row(mine_row))
        return
    for i in ch.columns:
        setattr(rows[index], names[i], copy.deepcopy(getattr(mine_row, names[i])))


class _Stale(Exception):
    """The version check failed inside the save transaction (turned into StaleProfile)."""


def _check_duplicate(p: Profile, existing: Iterable[Client]) -> None:
    c = p.client
    for other in existing:
        if c.a_number and other.a_number and c.a_number.zfill(9) == other.a_number.zfill(9):
            raise DuplicateClient(display_name(c), other.id, display_name(other), "same A-number")
        same_name = (
            c.family_name
            and c.given_name
            and fold(c.family_name) == fold(other.family_name or "")
            and fold(c.given_name) == fold(other.given_name or "")
        )
        if same_name and c.date_of_birth and c.date_of_birth == other.date_of_birth:
            raise DuplicateClient(
                display_name(c), other.id, display_name(other), "same name and date of birth"
            )


def _open_throttled(
    path: Path, passphrase: str, throttle: UnlockThrottle, *, migrate: bool = False
) -> Database:
    """Open the database, refusing while the throttle says wait, counting wrong passphrases."""
    throttle.check()
    try:
        db = Database(path, passphrase, migrate=migrate)
    except DatabaseDamaged as exc:
        # Visibly damaged (unreadable, empty, cut short): not a guess; offer the backup.
        raise DatabaseDamaged(path, exc.reason, _newest_backup(path.parent)) from exc
    except WrongPassphrase:
        opened = _backup_opening_with(path.parent, passphrase)
        if opened is not None:
            raise DatabaseDamaged(
                path,
                f"the passphrase opens the newest backup {opened.name} but not the database",
                opened,
            ) from None
        throttle.record_failure()
        raise
    throttle.record_success()
    return db


def _newest_backup(data_dir: Path) -> Path | None:
    bdir = backups_dir(data_dir)
    try:
        found = [p for p in bdir.iterdir() if p.is_file() and _BACKUP_RE.match(p.name)]
    except OSError:
        return None
    return max(found, key=lambda p: p.name[len("cases-") :], default=None)


def _backup_opening_with(data_dir: Path, passphrase: str) -> Path | None:
    """The newest backup, if this passphrase opens it (then a database that refuses the same
    passphrase is damaged, not locked with another one). One key derivation."""
    newest = _newest_backup(data_dir)
    if newest is None or damage_without_key(newest) is not None:
        return None
    try:
        check_passphrase(newest, passphrase)
    except (CasefileError, sqlcipher3.Error, OSError):
        return None
    return newest


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name == "posix":  # a folder opens for fsync only there
        _fsync_file(path)


def _quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]
