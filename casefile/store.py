"""CaseStore: the case-file service the desktop and the CLI use.

Every edit is one transaction on the encrypted database (WAL, synchronous FULL): a save or
import that fails half-way leaves the last committed state. Backups are encrypted copies made
with ``sqlcipher_export`` (same key), written to a temp file and renamed, and rotate.
The store never keeps the passphrase in an attribute; only the engine's connection factory
holds it, and ``lock()`` drops the engine.
"""

from __future__ import annotations

import os
import re
import shutil
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

import sqlcipher3
from sqlalchemy import delete, insert, update
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, SQLModel, col, select

from casefile import bundle, migrate
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
    DuplicateClient,
    ImportConflict,
    MigrationFailed,
    SaveFailed,
    StoreExists,
    StoreLocked,
    StoreMissing,
    ValidationError,
    WrongPassphrase,
)
from casefile.models import (
    CHILD_TABLES,
    GROUPS,
    Address,
    Alias,
    Answer,
    AuditEvent,
    Client,
    FamilyMember,
)
from casefile.paths import backups_dir, db_file, make_private_dir
from casefile.profile import Profile
from casefile.serialize import copy_row, profile_to_json, row_values
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


def fold(text: str) -> str:
    """Case- and accent-insensitive form for search: 'Lucía' -> 'lucia'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def display_name(client: Client) -> str:
    parts = [p for p in (client.given_name, client.family_name) if p]
    return " ".join(parts) or "(unnamed client)"


@dataclass(frozen=True)
class ClientSummary:
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
        self.keep_backups = keep_backups
        self._db: Database | None = db

    # -- opening -----------------------------------------------------------------------
    @staticmethod
    def exists(data_dir: Path) -> bool:
        path = db_file(data_dir)
        return path.is_file() and path.stat().st_size > 0

    @classmethod
    def create(
        cls, data_dir: Path, passphrase: str, *, keep_backups: int = DEFAULT_KEEP_BACKUPS
    ) -> CaseStore:
        """A new, empty encrypted database; refuses to touch an existing one."""
        if not passphrase:
            raise ValidationError("passphrase", "the passphrase must not be empty")
        path = db_file(data_dir)
        if path.exists() and path.stat().st_size > 0:
            raise StoreExists(path)
        try:
            make_private_dir(Path(data_dir))
        except OSError as exc:
            what = "a file is in its place" if Path(data_dir).is_file() else _short(exc)
            raise DataDirUnusable(Path(data_dir), what) from exc
        try:
            db = Database(path, passphrase, create=True)
        except BaseException:
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
        except BaseException:
            db.close()
            raise
        return store

    def _quick_check(self) -> None:
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

    def unlock(self, passphrase: str, *, throttle: UnlockThrottle | None = None) -> None:
        """Reopen after ``lock()`` (WrongPassphrase if it does not match; TooManyAttempts
        while a wait after repeated wrong passphrases is running)."""
        if self._db is None:
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
        spaces and dashes). Sorted by name."""
        with self.db.session() as s:
            clients = list(s.exec(select(Client)).all())
            aliases: dict[str, list[str]] = {}
            for cid, name in s.exec(
                select(Alias.client_id, Alias.name).order_by(col(Alias.position))
            ):
                if name:
                    aliases.setdefault(cid, []).append(name)
        words = [w for w in re.split(r"[\s,]+", fold(query.strip())) if w]
        digits = a_number_query(query)
        out: list[ClientSummary] = []
        for c in clients:
            if c.archived and not include_archived:
                continue
            names = aliases.get(c.id, [])
            if words and not _matches(c, names, words, digits):
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

    def load(self, client_id: str) -> Profile:
        with self.db.session() as s:
            client = s.get(Client, client_id)
            if client is None:
                raise ClientNotFound(client_id)
            profile = Profile(client=client)
            for table in CHILD_TABLES:
                rows = s.exec(
                    select(table)
                    .where(col(table.client_id) == client_id)
                    .order_by(col(table.position), col(table.id))
                ).all()
                if rows:
                    profile.groups[table.__group__] = list(rows)
            for ans in s.exec(select(Answer).where(col(Answer.client_id) == client_id)).all():
                profile.answers[ans.fact] = ans
        return profile

    def has_client(self, client_id: str) -> bool:
        with self.db.session() as s:
            return s.get(Client, client_id) is not None

    # -- writing -----------------------------------------------------------------------
    def save(self, profile: Profile) -> None:
        """Store the whole profile in one transaction (ValidationError refuses it first).

        Normalizes identifiers in place (A-numbers to 9 digits), renumbers row positions,
        sets ``updated_at`` and records an audit event without values."""
        validate_for_save(profile)
        now = _now()
        cid = profile.client.id
        try:
            with self.db.session() as s:
                created = _write_profile(s, profile, now)
                s.add(AuditEvent(client_id=cid, action="create" if created else "update"))
        except SQLAlchemyError as exc:
            raise SaveFailed(cid, _short(exc)) from exc
        profile.client.updated_at = now

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
        with self.db.session() as s:
            client = s.get(Client, client_id)
            if client is None:
                raise ClientNotFound(client_id)
            client.archived = archived
            client.updated_at = _now()
            s.add(AuditEvent(client_id=client_id, action="archive" if archived else "unarchive"))

    def delete(self, client_id: str) -> None:
        """Delete a client and every row of theirs, after a backup (the UI confirms first)."""
        if not self.has_client(client_id):
            raise ClientNotFound(client_id)
        self.backup(label="before-delete")
        with self.db.session() as s:
            _delete_rows(s, client_id)
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
                _write_profile(s, new, now)
                _write_profile(s, principal, now)
                s.add(AuditEvent(client_id=new.client.id, action="create", target="household"))
                s.add(AuditEvent(client_id=client_id, action="update", target="household"))
        except SQLAlchemyError as exc:
            raise SaveFailed(new.client.id, _short(exc)) from exc
        return self.load(new.client.id)

    # -- backups -----------------------------------------------------------------------
    def backup(self, label: str | None = None) -> Path:
        """An encrypted copy (same passphrase) in the backups folder; keeps the newest
        ``keep_backups``. Returns its path."""
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
            self.backup(label="before-import")
        now = _now()
        try:
            with self.db.session() as s:
                for p in profiles:
                    validate_for_save(p)
                    _write_profile(s, p, now, touch=False)
                    target = "keep_both" if p.client.id in copies else ""
                    s.add(AuditEvent(client_id=p.client.id, action="import", target=target))
        except SQLAlchemyError as exc:
            raise BundleInvalid(path, f"it conflicts with this database ({_short(exc)})") from exc
        return [p.client.id for p in profiles]

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
        with self.db.session() as s:
            return list(s.exec(select(Client)).all())

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


def profile_differences(a: Profile, b: Profile) -> list[str]:
    """Names (never values) of the fields, groups and answers that differ between two copies
    of one client: ``client.given_name``, ``arrests``, ``answers.trafficking.means.fraud``."""
    ja, jb = profile_to_json(a), profile_to_json(b)
    out: list[str] = []
    ca, cb = _comparable(ja["client"]), _comparable(jb["client"])
    out += [f"client.{k}" for k in sorted(set(ca) | set(cb)) if ca.get(k) != cb.get(k)]
    ga, gb = ja["groups"], jb["groups"]
    for g in sorted(set(ga) | set(gb)):
        ra = [_comparable(r) for r in ga.get(g, [])]
        rb = [_comparable(r) for r in gb.get(g, [])]
        if ra != rb:
            out.append(
                g if len(ra) == len(rb) else f"{g} ({len(ra)} here, {len(rb)} in the bundle)"
            )
    aa = {x["fact"]: _comparable(x) for x in ja["answers"]}
    ab = {x["fact"]: _comparable(x) for x in jb["answers"]}
    out += [f"answers.{f}" for f in sorted(set(aa) | set(ab)) if aa.get(f) != ab.get(f)]
    return out


def _as_separate_copy(p: Profile, source: str) -> Profile:
    """The bundle's copy of a client as a new client: new ids for it, its rows and answers,
    and a note saying where it came from (``keep_both``)."""
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
        body=(
            f"Imported from {source} as a separate copy of client {old_id}, because this "
            "computer's copy had changed too. Compare the two and merge by hand."
        ),
    )
    return p


def a_number_query(query: str) -> str | None:
    """Digits to look for when the query looks like (part of) an A-number."""
    s = re.sub(r"[\s\-.]", "", query.strip())
    if s[:1] in ("A", "a"):
        s = s[1:]
    return s if s.isascii() and s.isdigit() and len(s) >= 3 else None


def _matches(c: Client, aliases: list[str], words: list[str], digits: str | None) -> bool:
    if digits is not None and c.a_number:
        stored = c.a_number.zfill(9)
        if digits in stored or digits.zfill(9) == stored:
            return True
    names = [c.given_name, c.middle_name, c.family_name, c.chosen_name, *aliases]
    haystack = " ".join(fold(n) for n in names if n)
    return all(w in haystack for w in words)


def _child_values(row: Any) -> dict[str, Any]:
    skip = {"id", "client_id", "position", "created_at", "updated_at"}
    return {k: v for k, v in copy_row(row).model_dump().items() if k not in skip}


def _in_us(profile: Profile) -> bool | None:
    return True if profile.client.current_state else None


def _delete_rows(s: Session, client_id: str) -> None:
    for table in CHILD_TABLES:
        s.exec(delete(table).where(col(table.client_id) == client_id))
    s.exec(delete(Answer).where(col(Answer.client_id) == client_id))


def _write_profile(s: Session, profile: Profile, now: datetime, *, touch: bool = True) -> bool:
    """Upsert the client and replace its child rows and answers inside session ``s``
    (SQLAlchemy Core statements: no ORM objects are attached). Returns True if new."""
    cid = profile.client.id
    for fact, ans in profile.answers.items():
        if ans.fact != fact:
            raise ValidationError(f"answers.{fact}", f"holds the answer for '{ans.fact}'")
    values = row_values(profile.client)
    if touch:
        values["updated_at"] = now
    created = s.exec(select(Client.id).where(col(Client.id) == cid)).first() is None
    if created:
        s.exec(insert(Client).values(**values))
    else:
        s.exec(update(Client).where(col(Client.id) == cid).values(**values))
        _delete_rows(s, cid)
    by_table: dict[type[SQLModel], list[dict[str, Any]]] = {}
    for group, rows in profile.groups.items():
        table = GROUPS[group]
        for i, r in enumerate(sorted(rows, key=lambda x: x.position)):
            if not isinstance(r, table):
                raise ValidationError(group, f"holds a row of '{type(r).__name__}'")
            r.position = i
            r.client_id = cid
            by_table.setdefault(table, []).append(row_values(r))
    for ans in profile.answers.values():
        ans.client_id = cid
        by_table.setdefault(Answer, []).append(row_values(ans))
    for target, dicts in by_table.items():
        s.exec(insert(target), params=dicts)
    return created


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
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]
