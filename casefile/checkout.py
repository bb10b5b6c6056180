"""Check a client out of the clinic database to this laptop's encrypted store, and back in
(issue 22 item 7: working away from the network).

Check-out copies the client from the clinic store (PostgreSQL) to the laptop's SQLCipher
store and records it in both audit logs: on the server who (database user), from which
computer and at which version of the client (the *base*); on the laptop the same plus the
local version right after the copy. The record is an audit event (``checkout``/``checkin``,
its details as JSON in ``target``: ids, user and computer names and version numbers, never
client data), so no new table or migration is needed and the log keeps the history.

Check-in compares three versions: the base, the server's now and the laptop's now.
- only the laptop changed: its copy is written back (guarded: if the server moves on during
  the check-in, nothing is written);
- only the server changed, or neither: nothing to write;
- both changed and the copies differ: ``CheckinConflict`` names what differs and nothing is
  written, until the user chooses ``keep_server`` (the laptop's edits are dropped),
  ``keep_laptop`` (the laptop's copy replaces the server's) or ``keep_both`` (the laptop's copy
  becomes a separate client on the server, with a note).
After a check-in the laptop's copy is deleted (its store makes a backup first), so copies do
not pile up on laptops.
"""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from casefile.errors import (
    CasefileError,
    ClientNotFound,
    Difference,
    StaleProfile,
    ValidationError,
)
from casefile.profile import Profile
from casefile.store import (
    CaseStore,
    _as_separate_copy,
    _store_datetime,
    _stored_datetime,
    display_name,
    profile_differences,
)
from casefile.validation import validate_for_save

CHECKOUT, CHECKIN = "checkout", "checkin"
CheckinChoice = Literal["refuse", "keep_server", "keep_laptop", "keep_both"]
CHOICES: tuple[str, ...] = ("refuse", "keep_server", "keep_laptop", "keep_both")


class CheckoutError(CasefileError):
    """Errors of check-out and check-in."""


class AlreadyCheckedOut(CheckoutError):
    def __init__(self, client_id: str, by: str, host: str) -> None:
        self.client_id, self.by, self.host = client_id, by, host
        super().__init__(
            f"Client {client_id} is already checked out by {by} on {host or 'another computer'}."
            " Ask them to check it in first; nothing was copied."
        )


class CopyOnLaptop(CheckoutError):
    def __init__(self, client_id: str) -> None:
        self.client_id = client_id
        super().__init__(
            f"This laptop already has client {client_id} in its own case database. Check it in"
            " (or export and delete it) before checking it out again; nothing was copied."
        )


class NotCheckedOut(CheckoutError):
    def __init__(self, client_id: str) -> None:
        self.client_id = client_id
        super().__init__(
            f"Client {client_id} is not checked out to this laptop: nothing to check in."
        )


class CheckinConflict(CheckoutError):
    """Both sides changed the client since check-out. Nothing was written."""

    def __init__(self, client_id: str, name: str, differences: list[Difference]) -> None:
        self.client_id, self.name, self.differences = client_id, name, differences
        more = f" and {len(differences) - 8} more" if len(differences) > 8 else ""
        shown = ", ".join(d.words("on the server", "on this laptop") for d in differences[:8])
        super().__init__(
            f"{name} ({client_id}) was changed both on the clinic server and on this laptop "
            f"since it was checked out; they differ in {shown}{more}. "
            "Nothing was written: check in again choosing keep-server (drop this laptop's "
            "edits), keep-laptop (this laptop's copy replaces the server's) or keep-both "
            "(this laptop's copy becomes a separate client)."
        )


@dataclass(frozen=True)
class Checkout:
    """One client checked out: by whom (database user), to which computer, when, and the
    server's version of the client at check-out (``base``). ``local`` is the laptop store's
    version right after the copy (on the laptop's record only)."""

    client_id: str
    by: str
    host: str
    at: datetime
    base: int
    local: int | None = None

    def details(self) -> str:
        return json.dumps(
            {"by": self.by, "host": self.host, "base": self.base, "local": self.local},
            sort_keys=True,
        )


@dataclass(frozen=True)
class CheckinResult:
    """What a check-in did: ``written`` (the laptop's copy is now the server's),
    ``unchanged`` (nothing to write), ``kept_server`` or ``kept_both`` (the laptop's copy
    became ``copy_id`` on the server)."""

    client_id: str
    outcome: str
    copy_id: str | None = None


def checked_out(store: CaseStore) -> dict[str, Checkout]:
    """Every client whose last check-out in this store's log has no check-in after it."""
    with store.db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT client_id, action, target, at FROM auditevent "
            f"WHERE action IN ('{CHECKOUT}', '{CHECKIN}') ORDER BY id"
        ).fetchall()
    out: dict[str, Checkout] = {}
    for cid, action, target, at in rows:
        if action == CHECKIN:
            out.pop(cid, None)
            continue
        info = _details(target)
        when = at if isinstance(at, datetime) else _stored_datetime(str(at))
        out[cid] = Checkout(
            client_id=cid,
            by=str(info.get("by", "")),
            host=str(info.get("host", "")),
            at=when if when.tzinfo else when.replace(tzinfo=UTC),
            base=int(info.get("base") or 0),
            local=info.get("local"),
        )
    return out


def _details(target: str | None) -> dict[str, Any]:
    try:
        value = json.loads(target or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _record(conn: Any, cid: str, action: str, details: str, now: datetime) -> None:
    conn.exec_driver_sql(
        "INSERT INTO auditevent (client_id, at, action, target) VALUES (?, ?, ?, ?)",
        (cid, _store_datetime(now), action, details),
    )


def _server_user(server: CaseStore) -> str:
    with server.db.engine.connect() as conn:
        return str(conn.exec_driver_sql("SELECT current_user").scalar())


def _check_pair(server: CaseStore, laptop: CaseStore) -> None:
    if server.database_url is None:
        raise ValidationError("--database", "check-out needs the clinic database (a server URL)")
    if laptop.database_url is not None:
        raise ValidationError("--data-dir", "the laptop's store must be its own encrypted file")


def check_out(
    server: CaseStore, laptop: CaseStore, client_id: str, *, host: str | None = None
) -> Checkout:
    """Copy the client to the laptop and record the check-out on both sides."""
    _check_pair(server, laptop)
    held = checked_out(server).get(client_id)
    if held is not None:
        raise AlreadyCheckedOut(client_id, held.by, held.host)
    if laptop.has_client(client_id):
        raise CopyOnLaptop(client_id)
    profile = server.load(client_id)
    base = int(profile.version or 0)
    profile.baseline, profile.version = None, None  # a copy from elsewhere: written whole
    laptop.save(profile)
    now = datetime.now(UTC)
    record = Checkout(
        client_id, _server_user(server), host or socket.gethostname(), now, base, profile.version
    )
    try:
        with server.db.engine.begin() as conn:
            _record(conn, client_id, CHECKOUT, record.details(), now)
    except BaseException:  # the server did not record it: the laptop's copy must not stay
        laptop.delete(client_id)
        raise
    with laptop.db.engine.begin() as conn:
        _record(conn, client_id, CHECKOUT, record.details(), now)
    return record


def check_in(
    server: CaseStore, laptop: CaseStore, client_id: str, choice: CheckinChoice = "refuse"
) -> CheckinResult:
    """Bring the laptop's copy back (see the module's text for what is written when)."""
    _check_pair(server, laptop)
    if choice not in CHOICES:
        raise ValidationError("choice", f"'{choice}' is not one of {', '.join(CHOICES)}")
    record = checked_out(laptop).get(client_id)
    if record is None:
        raise NotCheckedOut(client_id)
    mine = laptop.load(client_id)
    try:
        theirs: Profile | None = server.load(client_id)
    except ClientNotFound:
        theirs = None  # deleted on the server meanwhile: only a choice writes it back
    laptop_changed = mine.version != record.local
    server_version = theirs.version if theirs is not None else None
    server_changed = server_version != record.base
    outcome, copy_id = "unchanged", None
    if laptop_changed and not server_changed:
        outcome = "written"
    elif laptop_changed:
        differences = (
            profile_differences(theirs, mine) if theirs else [Difference("", deleted=True)]
        )
        if differences and choice == "refuse":
            raise CheckinConflict(client_id, display_name(mine.client), differences)
        if differences:
            outcome = {"keep_server": "kept_server", "keep_laptop": "written"}.get(
                choice, "kept_both"
            )
    if outcome == "kept_both":
        mine = _as_separate_copy(mine, "a laptop check-in")
        copy_id = mine.client.id
    _write_back(
        server,
        mine if outcome in ("written", "kept_both") else None,
        client_id,
        server_version if outcome == "written" else None,
        record,
    )
    with laptop.db.engine.begin() as conn:
        _record(conn, client_id, CHECKIN, json.dumps({"outcome": outcome}), datetime.now(UTC))
    laptop.delete(client_id)  # a backup of the laptop's file is made first
    return CheckinResult(client_id, outcome, copy_id)


def _write_back(
    server: CaseStore,
    profile: Profile | None,
    client_id: str,
    expected: int | None,
    record: Checkout,
) -> None:
    """In one server transaction: write ``profile`` whole (if any), only if the client is
    still at version ``expected`` (when given), and record the check-in."""
    from casefile.store import _write_profile

    if profile is not None:
        validate_for_save(profile)
    now = datetime.now(UTC)
    details = json.dumps({"by": record.by, "host": record.host, "base": record.base})
    with server.db.engine.begin() as conn:
        if expected is not None:
            # Takes the row lock: a save racing this check-in waits, then finds a new version.
            hit = conn.exec_driver_sql(
                "UPDATE clientindex SET version = version WHERE client_id = ? AND version = ?",
                (client_id, expected),
            )
            if hit.rowcount != 1:
                raise StaleProfile(client_id, ["changed on the server during the check-in"])
        if profile is not None:
            profile.baseline, profile.version = None, None
            _write_profile(conn, profile, now, touch=False, sealer=server.sealer)
        _record(conn, client_id, CHECKIN, details, now)
