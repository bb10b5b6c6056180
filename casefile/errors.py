"""Typed errors of the case file, each with a message a user can act on."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


def printable(text: str, limit: int | None = None) -> str:
    """``text`` safe to print on a terminal or in one line: control characters (C0, C1, DEL,
    bidi overrides and other format characters) become ``\\xNN`` / ``\\uNNNN`` escapes;
    ``limit`` cuts it with '...'."""
    out = []
    for ch in text:
        if ch in "\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp"):
            out.append(ch)
        elif ord(ch) < 0x100:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(f"\\u{ord(ch):04x}")
    result = "".join(out)
    if limit is not None and len(result) > limit:
        result = result[: max(0, limit - 3)] + "..."
    return result


class ReliefDeskError(Exception):
    """Base of every typed error in every package: ``str(exc)`` is the human message that the
    UI shows in a dialog and the CLI prints as one line. Subclasses carry what the user needs
    to act (the file, field or fact at fault) as attributes."""


class CasefileError(ReliefDeskError):
    """Errors of the case file."""


class WrongPassphrase(CasefileError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            "The passphrase does not open this case database. Check Caps Lock and the keyboard "
            "language, then try again. A lost passphrase cannot be recovered."
        )


class DatabaseCorrupt(CasefileError):
    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(
            f"The case database at {path} cannot be read ({reason}). Nothing was changed. "
            "Restore the latest backup from Settings > Backups."
        )


class ClientNotFound(CasefileError):
    def __init__(self, ref: str, where: Path | str | None = None) -> None:
        self.ref = ref
        self.where = where
        place = f" in {where}" if where else ""
        super().__init__(
            f"No client matches '{printable(ref, 80)}'{place}. Check the name, A-number or id "
            "in the client list ('clients'), or use 'demo' for the fictional demo client."
        )


class BundleError(CasefileError):
    """An import bundle could not be read; the database is unchanged.

    ``kind`` says which check failed (``not_a_bundle``, ``truncated``, ``damaged`` — a failed
    authentication tag, which a wrong passphrase and tampering both produce —, ``too_large``,
    ``version``, ``malformed``, ``unknown_field``, ``invalid``, ``io``)."""

    kind: str = "invalid"

    def __init__(self, path: Path | str, reason: str, *, kind: str | None = None) -> None:
        self.path = path
        self.reason = reason
        if kind is not None:
            self.kind = kind
        super().__init__(
            f"The import file {path} could not be used: {reason}. Nothing was imported or changed."
        )


class BundleInvalid(BundleError):
    """Truncated, damaged, wrong passphrase, malformed or unknown content."""


class BundleVersionTooNew(BundleError):
    kind = "version"

    def __init__(self, path: Path | str, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            path,
            f"it was written by a newer ReliefDesk (format {found}; this version reads up to "
            f"{supported}); update ReliefDesk to import it",
        )


class ValidationError(CasefileError):
    """A save refused because of invalid data. ``problems`` lists every ``(field, message)``;
    ``field``/``reason`` are the first one."""

    def __init__(
        self, field: str, reason: str, *, problems: list[tuple[str, str]] | None = None
    ) -> None:
        self.field = field
        self.reason = reason
        self.problems = problems or [(field, reason)]
        extra = f" (and {len(self.problems) - 1} more problems)" if len(self.problems) > 1 else ""
        super().__init__(f"{field}: {reason}{extra}. Nothing was saved; correct it and save again.")


class DatabaseDamaged(DatabaseCorrupt):
    """The database looks damaged, not locked with another passphrase: visibly (unreadable,
    empty, unencrypted, cut short), or the passphrase opens the newest backup but not the
    database. Never counted as a wrong passphrase. ``backup`` is the newest backup, if any."""

    def __init__(self, path: Path, reason: str, backup: Path | None = None) -> None:
        self.path = path
        self.reason = reason
        self.backup = backup
        offer = (
            f" The newest backup is {backup}: restore it from Settings > Backups."
            if backup is not None
            else " Restore a backup from Settings > Backups if you have one."
        )
        CasefileError.__init__(
            self,
            f"The case database at {path} looks damaged ({reason}). This is not a wrong "
            f"passphrase and was not counted as one. Nothing was changed.{offer}",
        )


#: The issue's name for DatabaseCorrupt (both names are public).
CorruptDatabase = DatabaseCorrupt


class DatabaseTooNew(CasefileError):
    def __init__(self, path: Path, revision: str) -> None:
        self.path = path
        self.revision = revision
        super().__init__(
            f"The case database at {path} was written by a newer version of ReliefDesk "
            f"(schema '{revision}'). Nothing was changed. Update ReliefDesk to open it."
        )


class SchemaBehind(CasefileError):
    """A clinic database older than this app, opened by a user who may not upgrade it."""

    def __init__(self, path: Path, revision: str | None) -> None:
        self.path = path
        self.revision = revision
        super().__init__(
            f"The clinic database at {path} has an older schema ('{revision}') than this "
            "version of ReliefDesk needs. Nothing was changed. Ask your supervising attorney to "
            "run `./run clinic upgrade --dir DIR` on the clinic server, then open it again."
        )


class MigrationFailed(CasefileError):
    def __init__(self, path: Path, reason: str, backup: Path | None = None) -> None:
        self.path = path
        self.reason = reason
        self.backup = backup
        where = f" The database was backed up first to {backup}." if backup else ""
        super().__init__(
            f"Updating the case database at {path} to this version failed ({reason}).{where} "
            "Report this problem; do not delete any files."
        )


class StoreExists(CasefileError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"A case database already exists at {path}. Open it with its passphrase instead; "
            "it was not overwritten."
        )


class StoreMissing(CasefileError):
    def __init__(self, path: Path) -> None:
        from casefile.version import command

        self.path = path
        super().__init__(
            f"There is no case database at {path}. Create one first ({command('init')}) "
            "or choose another data folder with --data-dir."
        )


class StoreLocked(CasefileError):
    def __init__(self) -> None:
        super().__init__("The case database is locked. Enter the passphrase to unlock it.")


class PassphraseMissing(CasefileError):
    def __init__(self, env_var: str) -> None:
        self.env_var = env_var
        super().__init__(
            f"No passphrase: set the environment variable {env_var} or run the command in a "
            "terminal so it can ask for it."
        )


class AmbiguousClient(CasefileError):
    def __init__(self, ref: str, matches: list[tuple[str, str]]) -> None:
        self.ref = ref
        self.matches = matches
        listed = "; ".join(f"{printable(name, 80)} (id {cid})" for cid, name in matches[:5])
        more = f" and {len(matches) - 5} more" if len(matches) > 5 else ""
        super().__init__(
            f"'{printable(ref, 80)}' matches {len(matches)} clients: {listed}{more}. Use the "
            "client id or A-number instead."
        )


class DuplicateClient(CasefileError):
    def __init__(self, incoming: str, existing_id: str, existing_name: str, reason: str) -> None:
        self.incoming = incoming
        self.existing_id = existing_id
        self.existing_name = existing_name
        self.reason = reason
        super().__init__(
            f"The client '{printable(incoming, 80)}' looks like {printable(existing_name, 80)} "
            f"(id {existing_id}) already in "
            f"this database ({reason}). Nothing was imported. Merge by hand, or import again "
            "allowing duplicates."
        )


class BackupError(CasefileError):
    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"The backup {path} cannot be used: {reason}. Nothing was changed.")


class DemoDataError(CasefileError):
    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"The bundled demo data {path} is invalid: {reason}.")


class SaveFailed(CasefileError):
    def __init__(self, client_id: str, reason: str) -> None:
        self.client_id = client_id
        self.reason = reason
        super().__init__(
            f"Saving client {client_id} failed ({reason}). The last saved version is intact; "
            "try again, and restore a backup if it keeps failing."
        )


class StaleProfile(CasefileError):
    """Another window or process saved this client after it was opened here (optimistic
    concurrency: the version read at load no longer matches). Nothing was written.
    ``changed`` names what the other save changed (``client.given_name``, ``arrests``,
    ``answers.<fact>``; ``deleted`` if the client is gone); the UI offers to reload or merge."""

    def __init__(self, client_id: str, changed: list[str]) -> None:
        self.client_id = client_id
        self.changed = changed
        more = f" and {len(changed) - 8} more" if len(changed) > 8 else ""
        shown = ", ".join(changed[:8]) + more
        what = f" ({shown})" if changed else ""
        super().__init__(
            f"Client {client_id} was changed elsewhere since it was opened here{what}. "
            "Nothing was saved: reload the client, or merge your edits into the newer version."
        )


class TooManyAttempts(CasefileError):
    """Several wrong passphrases in a row: the next try must wait ``wait_seconds``."""

    def __init__(self, wait_seconds: float, failures: int) -> None:
        self.wait_seconds = wait_seconds
        self.failures = failures
        secs = max(1, int(-(-wait_seconds // 1)))  # whole seconds, rounded up
        if secs >= 120:
            when = f"{-(-secs // 60)} minutes"
        else:
            when = "1 second" if secs == 1 else f"{secs} seconds"
        super().__init__(
            f"{failures} wrong passphrases in a row. Wait {when} before trying again; each "
            "further wrong passphrase makes the wait longer (up to 5 minutes)."
        )


class ExportFailed(CasefileError):
    """An export bundle could not be written; nothing at ``path`` was changed."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(
            f"The export file {path} could not be written ({reason}). Nothing was exported and "
            "any earlier file there is unchanged. Free some disk space, close any program using "
            "that file, or choose another folder."
        )


class ExhibitPathRefused(CasefileError):
    """An exhibit's stored path is not used: it leaves the exhibits folder, is absolute in an
    imported bundle, or names a file whose SHA-256 is not the recorded one."""

    def __init__(self, exhibit: str, stored: str, reason: str) -> None:
        self.exhibit = exhibit
        self.stored = stored
        self.reason = reason
        super().__init__(
            f"{printable(exhibit, 120)}: the file path '{printable(stored, 120)}' is refused: "
            f"{reason}."
        )


@dataclass(frozen=True)
class Difference:
    """One thing that differs between two copies of a client, named, never its value:
    ``name`` is a field (``client.given_name``), a repeating group (``arrests``) or an answer
    (``answers.<fact>``); ``here``/``there`` are a group's row counts when the two copies have
    a different number of rows (here: this computer's copy in an import, the clinic server's in
    a check-in; there: the bundle's, the laptop's); ``deleted``: the other side no longer has
    the client at all (a check-in whose client was deleted on the server)."""

    name: str
    here: int | None = None
    there: int | None = None
    deleted: bool = False

    def words(self, here: str = "here", there: str = "in the bundle") -> str:
        """For messages: "arrests (1 here, 2 in the bundle)"."""
        if self.deleted:
            return "the client itself (deleted on the other side)"
        if self.here is None:
            return self.name
        return f"{self.name} ({self.here} {here}, {self.there} {there})"


@dataclass(frozen=True)
class ClientConflict:
    """One client of a bundle that clashes with this computer's copy (issue 21).

    ``kind``: ``local_newer`` (this copy was changed after the bundle's copy) or
    ``both_changed`` (each copy was changed since they were last the same: this copy after
    its last export/import, the bundle's after that too). ``differences`` names the fields
    and groups that differ, never their values."""

    client_id: str
    name: str
    kind: str
    local_updated_at: datetime
    bundle_updated_at: datetime
    exported_at: datetime | None
    differences: tuple[Difference, ...]

    def describe(self) -> str:
        def when(d: datetime | None) -> str:
            return d.strftime("%Y-%m-%d %H:%M UTC") if d is not None else "unknown"

        if self.kind == "local_newer":
            what = (
                f"this computer's copy was changed {when(self.local_updated_at)}, after the "
                f"bundle's copy ({when(self.bundle_updated_at)}, exported "
                f"{when(self.exported_at)})"
            )
        else:
            what = (
                f"both copies were changed since they were last the same (this computer "
                f"{when(self.local_updated_at)}, the bundle {when(self.bundle_updated_at)})"
            )
        shown = ", ".join(d.words() for d in self.differences[:8])
        shown = shown or "no field (only the change times)"
        more = f" and {len(self.differences) - 8} more" if len(self.differences) > 8 else ""
        name = printable(self.name, 80)
        return f"{name} (id {self.client_id}): {what}; they differ in {shown}{more}"


class ImportConflict(BundleError):
    """An import refused because it would replace newer or diverged local data. Nothing was
    imported. ``conflicts`` lists each client; import again choosing ``replace`` (the bundle's
    copy wins, after a backup) or ``keep_both`` (the bundle's copy becomes a new client)."""

    kind = "conflict"

    def __init__(self, path: Path | str, conflicts: list[ClientConflict]) -> None:
        self.conflicts = conflicts
        listed = "; ".join(c.describe() for c in conflicts[:3])
        more = f"; and {len(conflicts) - 3} more clients" if len(conflicts) > 3 else ""
        super().__init__(
            path,
            f"it would replace newer data on this computer: {listed}{more}. Import again "
            "with --replace to let the bundle's copy win (a backup is made first) or "
            "--keep-both to add it as a separate client",
            kind="conflict",
        )


class DataDirUnusable(CasefileError):
    """The data folder cannot be made or used (a file in its place, no permission)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(
            f"The data folder {path} cannot be used ({reason}). Nothing was created. Choose "
            "another folder with --data-dir, or move the file that is in its place."
        )


class PostgresError(CasefileError):
    """Errors of a PostgreSQL cluster or server (clinic mode)."""


class PostgresNotFound(PostgresError):
    def __init__(self, searched: list[str]) -> None:
        self.searched = searched
        super().__init__(
            "PostgreSQL binaries (initdb, pg_ctl) were not found in "
            f"{', '.join(searched) or 'PATH'}: install the postgresql package "
            "(Debian/Ubuntu: apt-get install postgresql)."
        )


class ClusterFailed(PostgresError):
    def __init__(self, step: str, detail: str) -> None:
        self.step = step
        self.detail = detail
        super().__init__(f"The PostgreSQL cluster could not {step}: {printable(detail, 600)}")


class ServerUnavailable(PostgresError):
    def __init__(self, where: Path | str, reason: str) -> None:
        self.where = where
        self.reason = reason
        super().__init__(
            f"The clinic database {where} cannot be reached ({printable(reason, 300)}). "
            "Check the server address and your password (or PGPASSWORD / ~/.pgpass); nothing "
            "was changed."
        )


class CipherError(CasefileError):
    """A sealed value that this clinic key cannot open: the value was changed on the server,
    or it was sealed under another clinic's key."""

    def __init__(self, where: str) -> None:
        self.where = where
        super().__init__(
            f"A stored value ({where}) cannot be decrypted with this clinic's key: it was "
            "changed on the server or copied from another clinic's database. Nothing was "
            "changed; ask the supervising attorney to restore the server from a backup."
        )


class WrongKeyPassword(CasefileError):
    """The password does not open the user's wrapped copy of the clinic data key."""

    def __init__(self, username: str) -> None:
        self.username = username
        super().__init__(
            f"The clinic key stored for {username!r} does not open with this password (the "
            "password was changed on the server without the key). Ask the supervising "
            f"attorney to run `./run clinic add-user {username}` again to reset both."
        )


class NoClinicKey(CasefileError):
    """The clinic server has no copy of its data key for this user."""

    def __init__(self, username: str) -> None:
        self.username = username
        super().__init__(
            f"This clinic server holds no key for {username!r}, so the clients' data cannot be "
            "read. Ask the supervising attorney to run `./run clinic add-user "
            f"{username}` (it sets your password again and gives you the key)."
        )
