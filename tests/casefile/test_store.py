"""CaseStore: the service the desktop and the CLI use. Fictional clients only."""

from __future__ import annotations

import gc
import inspect
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlmodel import select

from casefile.demo import DEMO_CLIENT_ID, demo_profile
from casefile.errors import (
    ClientNotFound,
    SaveFailed,
    StoreExists,
    StoreLocked,
    StoreMissing,
    ValidationError,
    WrongPassphrase,
)
from casefile.models import AuditEvent, Client
from casefile.paths import backups_dir, db_file
from casefile.store import CaseStore
from tests.casefile.helpers import PASSPHRASE, as_json, files_under, full_profile
from tests.pg import make_store


@pytest.fixture
def store(tmp_path: Path, backend: str, request: pytest.FixtureRequest):
    s = make_store(request, backend, tmp_path / "data")
    yield s
    s.lock()


def test_create_open_and_exists(tmp_path: Path) -> None:
    where = tmp_path / "data"
    assert not CaseStore.exists(where)
    with pytest.raises(StoreMissing):
        CaseStore.open(where, PASSPHRASE)
    s = CaseStore.create(where, PASSPHRASE)
    s.add_demo_client()
    s.lock()
    assert CaseStore.exists(where)
    before = db_file(where).read_bytes()
    with pytest.raises(StoreExists):
        CaseStore.create(where, "another")
    with pytest.raises(WrongPassphrase):
        CaseStore.open(where, "not it")
    assert db_file(where).read_bytes() == before
    s = CaseStore.open(where, PASSPHRASE)
    assert [c.id for c in s.list_clients()] == [DEMO_CLIENT_ID]
    s.lock()


def test_every_field_round_trips(store: CaseStore) -> None:
    profile = full_profile()
    store.save(profile)
    loaded = store.load(profile.client.id)
    assert as_json(loaded) == as_json(profile)
    # Spot-check the types, not only the JSON form.
    assert isinstance(loaded.client.date_of_birth, date)
    assert loaded.client.updated_at.tzinfo is not None
    assert loaded.rows("episodes")[1].means == profile.rows("episodes")[1].means
    assert loaded.answers["client.prefers"].status == "declined"
    assert loaded.answers["asylum.fear.details"].value == {"who": "fictional", "when": "2020-01-01"}


def test_save_replaces_children_and_answers(store: CaseStore) -> None:
    p = store.add_demo_client()
    assert len(p.rows("family")) == 2
    p.groups["family"] = p.groups["family"][:1]
    p.add("notes", body="Fictional note")
    p.set_answer("t.fact", "x")
    store.save(p)
    again = store.load(p.client.id)
    assert len(again.rows("family")) == 1
    assert [n.body for n in again.rows("notes")] == ["Fictional note"]
    del again.answers["t.fact"]
    store.save(again)
    assert "t.fact" not in store.load(p.client.id).answers


def test_save_sets_updated_at_and_audits_without_values(store: CaseStore) -> None:
    p = demo_profile()
    p.client.updated_at = datetime(2000, 1, 1, tzinfo=UTC)
    store.save(p)
    p.client.gender_identity = "woman (edited in a test)"
    store.save(p)
    store.save(p)  # nothing changed since the last save: nothing is written
    loaded = store.load(p.client.id)
    assert loaded.client.updated_at > datetime(2025, 1, 1, tzinfo=UTC)
    with store.db.session() as s:
        events = s.exec(select(AuditEvent)).all()
    assert [e.action for e in events] == ["create", "update"]
    for e in events:
        assert "Lucía" not in e.target and "099999001" not in e.target


def test_failing_save_half_way_keeps_the_previous_state(store: CaseStore) -> None:
    p = store.add_demo_client()
    before = as_json(store.load(p.client.id))
    changed = store.load(p.client.id)
    changed.client.given_name = "Changed"
    changed.groups["arrests"] = []
    # Two rows with the same primary key: the INSERT fails after the client row was updated
    # and the old child rows were deleted inside the transaction.
    first = changed.rows("family")[0]
    changed.rows("family")[1].id = first.id
    with pytest.raises(SaveFailed) as info:
        store.save(changed)
    assert p.client.id in str(info.value)
    assert as_json(store.load(p.client.id)) == before


@pytest.mark.parametrize("whole", [False, True], ids=["changes-only", "whole-profile"])
def test_exception_in_the_middle_of_a_save_rolls_back(store: CaseStore, whole: bool) -> None:
    """A crash after some statements of the save ran leaves the previous state, for the
    save of a loaded profile (only what changed) and of a profile written whole."""
    p = store.add_demo_client()
    before = as_json(store.load(p.client.id))
    changed = store.load(p.client.id)
    if whole:
        changed.baseline = None  # as if it came from elsewhere: written whole
    changed.client.family_name = "Half Written"
    changed.groups["arrests"] = []
    changed.add("notes", body="Fictional note")
    statements: list[str] = []

    def crash_on_third_write(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            statements.append(statement)
            if len(statements) == 3:
                raise RuntimeError("simulated crash in the middle of a save")

    event.listen(store.db.engine, "before_cursor_execute", crash_on_third_write)
    try:
        with pytest.raises(RuntimeError):
            store.save(changed)
    finally:
        event.remove(store.db.engine, "before_cursor_execute", crash_on_third_write)
    assert len(statements) == 3  # two writes ran inside the transaction before the crash
    assert as_json(store.load(p.client.id)) == before


def test_invalid_profile_is_refused_and_nothing_written(store: CaseStore) -> None:
    p = demo_profile()
    p.client.a_number = "A12345"
    p.client.date_of_birth = date(2999, 1, 1)
    with pytest.raises(ValidationError) as info:
        store.save(p)
    fields = [f for f, _ in info.value.problems]
    assert fields == ["client.a_number", "client.date_of_birth"]
    assert "client.a_number" in str(info.value)
    assert store.list_clients() == []


def test_save_normalizes_the_a_number(store: CaseStore) -> None:
    p = store.create_client(given_name="Ana", family_name="Ficticia", a_number="A-12-345-678")
    assert p.client.a_number == "012345678"
    assert store.list_clients("12345678")[0].id == p.client.id


def test_edit_of_a_loaded_profile_is_checked_and_normalized(store: CaseStore) -> None:
    # A loaded profile's save checks only the rows it changed (issue 20): a bad edit of the
    # third family member is still refused, named with its real place in the list.
    cid = store.add_demo_client().client.id
    p = store.load(cid)
    family = p.rows("family")
    assert len(family) >= 2
    family[-1].date_of_birth = date(2999, 1, 1)
    with pytest.raises(ValidationError) as info:
        store.save(p)
    assert [f for f, _ in info.value.problems] == [f"family[{len(family) - 1}].date_of_birth"]
    family[-1].date_of_birth = None
    p.client.a_number = "A-98-765-432"  # normalized on save, and found by the search key
    p.client.current_state = "ny"
    store.save(p)
    again = store.load(cid)
    assert again.client.a_number == "098765432" and again.client.current_state == "NY"
    assert again.rows("family")[-1].date_of_birth is None
    assert [s.id for s in store.list_clients("98765432")] == [cid]
    p.client.current_state = "Zed"  # the client row is checked too
    with pytest.raises(ValidationError) as info:
        store.save(p)
    assert info.value.field == "client.current_state"


def test_create_client_rejects_unknown_fields(store: CaseStore) -> None:
    with pytest.raises(ValidationError) as info:
        store.create_client(given_name="Ana", favourite_colour="blue")
    assert info.value.field == "favourite_colour"


def test_export_needs_clients_and_a_passphrase(store: CaseStore, tmp_path: Path) -> None:
    store.add_demo_client()
    with pytest.raises(ValidationError):
        store.export_bundle([], tmp_path / "x.rdbundle", "pw")
    with pytest.raises(ValidationError):
        store.export_bundle([DEMO_CLIENT_ID], tmp_path / "x.rdbundle", "")
    with pytest.raises(ClientNotFound):
        store.export_bundle(["missing"], tmp_path / "x.rdbundle", "pw")
    assert not (tmp_path / "x.rdbundle").exists()


def test_load_unknown_client(store: CaseStore) -> None:
    with pytest.raises(ClientNotFound) as info:
        store.load("nope")
    assert "nope" in str(info.value)


def test_add_demo_client_is_idempotent(store: CaseStore) -> None:
    store.add_demo_client()
    store.add_demo_client()
    assert [c.id for c in store.list_clients()] == [DEMO_CLIENT_ID]
    assert len(store.load(DEMO_CLIENT_ID).rows("family")) == 2


@pytest.fixture(scope="module")
def search_store(tmp_path_factory: pytest.TempPathFactory):
    s = CaseStore.create(tmp_path_factory.mktemp("search"), PASSPHRASE)
    s.add_demo_client()
    s.create_client(given_name="Tomás", family_name="Otro", a_number="A012345678")
    yield s
    s.lock()


@pytest.mark.parametrize(
    "query",
    [
        "lucia",
        "LUCÍA",
        "vargas lucia",
        "lucy",
        "Lucy Vargas",
        "099999001",
        "A-099-999-001",
        "a 099 999 001",
        "99999001",
        "999-001",
        "ejemplo",
    ],
)
def test_search_by_name_alias_and_a_number(search_store: CaseStore, query: str) -> None:
    hits = search_store.list_clients(query)
    assert [h.id for h in hits] == [DEMO_CLIENT_ID]
    assert hits[0].aliases == ("Lucy Vargas",)
    assert hits[0].display_name == "Lucía Ejemplo Vargas"


def test_search_misses_and_summary_fields(store: CaseStore) -> None:
    store.add_demo_client()
    other = store.create_client(given_name="Tomás", family_name="Otro", a_number="A012345678")
    assert store.list_clients("nobody") == []
    assert store.list_clients("tomas")[0].id == other.client.id
    names = [c.display_name for c in store.list_clients()]
    assert names == ["Lucía Ejemplo Vargas", "Tomás Otro"]
    s = store.list_clients("tomas")[0]
    assert s.a_number == "012345678" and s.date_of_birth is None and not s.archived
    with pytest.raises(AttributeError):  # a summary is read-only
        s.archived = True  # type: ignore[misc]


def test_archive_hides_from_default_list(store: CaseStore) -> None:
    store.add_demo_client()
    store.archive(DEMO_CLIENT_ID)
    assert store.list_clients() == []
    hits = store.list_clients("lucia", include_archived=True)
    assert [h.archived for h in hits] == [True]
    store.archive(DEMO_CLIENT_ID, archived=False)
    assert [c.id for c in store.list_clients()] == [DEMO_CLIENT_ID]
    with pytest.raises(ClientNotFound):
        store.archive("missing")


# SQLite-only by design: the file backup before a delete (the clinic server backs up itself).
@pytest.mark.parametrize("backend", ["sqlite"])
def test_delete_makes_a_backup_first(store: CaseStore) -> None:
    store.add_demo_client()
    other = store.create_client(given_name="Ana", family_name="Ficticia")
    store.delete(DEMO_CLIENT_ID)
    assert [c.id for c in store.list_clients()] == [other.client.id]
    with pytest.raises(ClientNotFound):
        store.load(DEMO_CLIENT_ID)
    backups = store.list_backups()
    assert len(backups) == 1 and "before-delete" in backups[0].name
    store.restore_backup(backups[0])
    assert store.load(DEMO_CLIENT_ID).client.given_name == "Lucía"
    with pytest.raises(ClientNotFound):
        store.delete("missing")


def test_duplicate_for_family_member(store: CaseStore) -> None:
    principal = store.add_demo_client()
    brother = next(r for r in principal.rows("family") if r.given_name == "Tomás")
    new = store.duplicate_for_family_member(DEMO_CLIENT_ID, brother.id)
    assert new.client.id != DEMO_CLIENT_ID
    assert (new.client.given_name, new.client.family_name) == ("Tomás", "Ejemplo Vargas")
    assert new.client.date_of_birth == date(2012, 11, 5)
    assert new.client.household_id == DEMO_CLIENT_ID
    # He lives abroad: the clinic's safe mailing address is shared, the Queens flat is not.
    kinds = sorted(a.kind or "" for a in new.rows("addresses"))
    assert kinds == ["foreign", "safe_mailing"]
    link = new.rows("family")[0]
    assert link.relationship == "sibling" and link.linked_client_id == DEMO_CLIENT_ID
    assert new.rows("notes")[0].topic == "household"
    again = store.load(DEMO_CLIENT_ID)
    assert again.client.household_id == DEMO_CLIENT_ID
    linked = next(r for r in again.rows("family") if r.id == brother.id)
    assert linked.linked_client_id == new.client.id
    # A second call opens the same profile instead of making another.
    assert store.duplicate_for_family_member(DEMO_CLIENT_ID, brother.id).client.id == (
        new.client.id
    )
    assert len(store.list_clients()) == 2
    with pytest.raises(ClientNotFound):
        store.duplicate_for_family_member(DEMO_CLIENT_ID, "no-such-row")


def test_backups_rotate_and_open_with_the_same_passphrase(tmp_path: Path) -> None:
    s = CaseStore.create(tmp_path / "d", PASSPHRASE, keep_backups=3)
    s.add_demo_client()
    made = [s.backup() for _ in range(5)]
    kept = s.list_backups()
    assert kept == list(reversed(made))[:3]
    assert all(not p.exists() for p in made[:2])
    assert not [p for p in backups_dir(tmp_path / "d").iterdir() if p.name.endswith(".tmp")]
    raw = kept[0].read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"Ejemplo" not in raw
    s.lock()
    # A backup is a complete database: it opens as a store with the same passphrase.
    copy = tmp_path / "copy"
    copy.mkdir()
    db_file(copy).write_bytes(raw)
    other = CaseStore.open(copy, PASSPHRASE)
    assert [c.id for c in other.list_clients()] == [DEMO_CLIENT_ID]
    other.lock()


# SQLite-only by design: restoring a .db file backup.
@pytest.mark.parametrize("backend", ["sqlite"])
def test_restore_keeps_the_current_state_as_a_backup(store: CaseStore) -> None:
    store.add_demo_client()
    first = store.backup()
    store.create_client(given_name="Later", family_name="Ficticia")
    store.restore_backup(first)
    assert [c.display_name for c in store.list_clients()] == ["Lucía Ejemplo Vargas"]
    before_restore = [b for b in store.list_backups() if "before-restore" in b.name]
    assert len(before_restore) == 1
    store.restore_backup(before_restore[0])
    assert len(store.list_clients()) == 2


def test_restore_refuses_a_foreign_backup(store: CaseStore, tmp_path: Path) -> None:
    store.add_demo_client()
    other = CaseStore.create(tmp_path / "other", "other passphrase")
    foreign = other.backup()
    other.lock()
    from casefile.errors import BackupError

    with pytest.raises(BackupError) as info:
        store.restore_backup(foreign)
    assert "passphrase" in str(info.value)
    assert [c.id for c in store.list_clients()] == [DEMO_CLIENT_ID]


def test_change_passphrase_rekeys_database_and_backups(tmp_path: Path) -> None:
    where = tmp_path / "d"
    s = CaseStore.create(where, PASSPHRASE)
    s.add_demo_client()
    b = s.backup()
    with pytest.raises(WrongPassphrase):
        s.change_passphrase("wrong old", "new passphrase")
    s.change_passphrase(PASSPHRASE, "new passphrase")
    assert s.load(DEMO_CLIENT_ID).client.given_name == "Lucía"  # still usable
    s.lock()
    with pytest.raises(WrongPassphrase):
        CaseStore.open(where, PASSPHRASE)
    s = CaseStore.open(where, "new passphrase")
    s.restore_backup(b)  # the old backup was re-encrypted with the new passphrase
    assert [c.id for c in s.list_clients()] == [DEMO_CLIENT_ID]
    s.lock()


def _holds(obj: Any, secret: str, seen: set[int], depth: int = 0) -> bool:
    if id(obj) in seen or depth > 16:
        return False
    seen.add(id(obj))
    if isinstance(obj, str):
        return secret in obj
    if isinstance(obj, bytes):
        return secret.encode() in obj
    if isinstance(obj, dict):
        return any(_holds(v, secret, seen, depth + 1) for v in obj.values())
    if isinstance(obj, list | tuple | set):
        return any(_holds(v, secret, seen, depth + 1) for v in obj)
    if inspect.isfunction(obj):
        cells = obj.__closure__ or ()
        return any(_holds(c.cell_contents, secret, seen, depth + 1) for c in cells)
    if hasattr(obj, "__dict__"):
        return _holds(vars(obj), secret, seen, depth + 1)
    return False


def test_lock_drops_the_key(tmp_path: Path) -> None:
    secret = "unique-passphrase-4711"
    s = CaseStore.create(tmp_path / "d", secret)
    s.add_demo_client()
    assert _holds(s, secret, set())  # sanity: the open engine's factory holds it
    s.lock()
    gc.collect()
    assert s.is_locked
    assert not _holds(s, secret, set())
    for call in (s.list_clients, s.backup, lambda: s.load(DEMO_CLIENT_ID)):
        with pytest.raises(StoreLocked):
            call()
    with pytest.raises(WrongPassphrase):
        s.unlock("wrong")
    s.unlock(secret)
    assert not s.is_locked and len(s.list_clients()) == 1
    s.lock()


def test_no_plaintext_anywhere_under_the_data_dir(tmp_path: Path) -> None:
    where = tmp_path / "d"
    s = CaseStore.create(where, PASSPHRASE)
    s.add_demo_client()
    s.backup()
    s.export_bundle([DEMO_CLIENT_ID], where / "export.rdbundle", "bundle passphrase")
    s.import_bundle(where / "export.rdbundle", "bundle passphrase")
    s.lock()
    files = files_under(where)
    assert len(files) >= 3
    needles = [b"Ejemplo", "Lucía".encode(), b"099999001", b"Quetzaltenango", b"Don Chepe"]
    for f in files:
        raw = f.read_bytes()
        for needle in needles:
            assert needle not in raw, f"{needle!r} in plaintext in {f}"


# SQLite-only by design: the permissions of the .db file.
@pytest.mark.parametrize("backend", ["sqlite"])
def test_database_file_is_private(store: CaseStore) -> None:
    store.add_demo_client()
    assert store.path.stat().st_mode & 0o077 == 0
    assert store.backup().stat().st_mode & 0o077 == 0


def test_client_row_count_matches_after_many_saves(store: CaseStore) -> None:
    p = store.add_demo_client()
    for i in range(5):
        p.client.intake_notes = f"note {i}"
        store.save(p)
    with store.db.session() as s:
        assert len(s.exec(select(Client)).all()) == 1
    assert store.load(DEMO_CLIENT_ID).client.intake_notes == "note 4"


def test_a_profile_read_from_another_store_is_written_whole(tmp_path: Path) -> None:
    """Found while building the desktop check-out: saving a profile loaded from one store into
    another wrote nothing (its snapshot matched, so there was 'no change'), silently."""
    first = CaseStore.create(tmp_path / "one", PASSPHRASE)
    second = CaseStore.create(tmp_path / "two", PASSPHRASE)
    try:
        p = first.add_demo_client()
        second.save(p)
        assert [c.id for c in second.list_clients()] == [DEMO_CLIENT_ID]
        copy = second.load(DEMO_CLIENT_ID)
        assert copy.client.model_dump() == p.client.model_dump()
        copy.client.city_of_birth = "Ciudad Ficticia"
        second.save(copy)  # now read from here: an ordinary edit, with its version checked
        assert second.load(DEMO_CLIENT_ID).client.city_of_birth == "Ciudad Ficticia"
        assert first.load(DEMO_CLIENT_ID).client.city_of_birth != "Ciudad Ficticia"
    finally:
        first.lock()
        second.lock()


def test_archiving_does_not_make_an_open_profile_stale(store: CaseStore) -> None:
    """An editor has the client open while someone archives it: the editor's next save still
    goes through (archiving touches no column the editor writes) and keeps it archived."""
    open_in_editor = store.add_demo_client()
    store.archive(DEMO_CLIENT_ID)
    open_in_editor.client.city_of_birth = "Ciudad Ficticia"
    store.save(open_in_editor)
    again = store.load(DEMO_CLIENT_ID)
    assert again.client.archived and again.client.city_of_birth == "Ciudad Ficticia"
    assert store.list_clients() == []
