"""Export/import bundles: round trip, and every kind of bad file is refused with the
database unchanged. Fictional clients only."""

from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlmodel import select

from casefile import bundle as bundle_module
from casefile.demo import DEMO_CLIENT_ID, demo_profile
from casefile.errors import BundleError, BundleInvalid, BundleVersionTooNew, DuplicateClient
from casefile.models import AuditEvent
from casefile.serialize import profile_to_json
from casefile.store import CaseStore
from tests.casefile.helpers import PASSPHRASE, as_json, full_profile

BUNDLE_PW = "bundle passphrase, fictional"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    # The real cost (2**17) is checked in test_default_kdf_cost; tests use the floor.
    monkeypatch.setattr(bundle_module, "KDF_LOG2N", 14)


@pytest.fixture
def store(tmp_path: Path):
    s = CaseStore.create(tmp_path / "data", PASSPHRASE)
    yield s
    s.lock()


def _encrypt(document: Any, passphrase: str = BUNDLE_PW, *, version: int = 1) -> bytes:
    """Build a correctly encrypted bundle around an arbitrary plaintext document."""
    plaintext = document if isinstance(document, bytes) else json.dumps(document).encode()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = bundle_module._HEADER.pack(
        bundle_module.MAGIC, version, 14, 8, 1, salt, nonce, len(plaintext) + 16
    )
    key = bundle_module._derive_key(passphrase, salt, 14, 8, 1)
    return header + AESGCM(key).encrypt(nonce, plaintext, header)


def _document(profiles: list[Any]) -> dict[str, Any]:
    return {
        "format": "reliefdesk-bundle",
        "schema_version": 1,
        "exported_at": "2026-01-01T00:00:00+00:00",
        "profiles": [profile_to_json(p) for p in profiles],
    }


def _state(store: CaseStore) -> Any:
    clients = sorted(c.id for c in store.list_clients(include_archived=True))
    with store.db.session() as s:
        audit = len(s.exec(select(AuditEvent)).all())
    return ([as_json(store.load(c)) for c in clients], audit, store.list_backups())


def test_default_kdf_cost() -> None:
    assert bundle_module.KDF_LOG2N in bundle_module._LOG2N_RANGE
    assert bundle_module._LOG2N_RANGE.stop - 1 == 17  # 128 MiB: the reader's ceiling


def test_round_trip_every_field(store: CaseStore, tmp_path: Path) -> None:
    profile = full_profile()
    store.save(profile)
    store.add_demo_client()
    out = tmp_path / "two.rdbundle"
    store.export_bundle([profile.client.id, DEMO_CLIENT_ID], out, BUNDLE_PW)
    raw = out.read_bytes()
    assert raw.startswith(b"RDBUNDLE")
    assert b"Ejemplo" not in raw and "Ñandú".encode() not in raw
    assert out.stat().st_mode & 0o077 == 0

    target = CaseStore.create(tmp_path / "elsewhere", "another db passphrase")
    ids = target.import_bundle(out, BUNDLE_PW)
    assert ids == [profile.client.id, DEMO_CLIENT_ID]
    assert as_json(target.load(profile.client.id)) == as_json(store.load(profile.client.id))
    assert as_json(target.load(DEMO_CLIENT_ID)) == as_json(store.load(DEMO_CLIENT_ID))
    target.lock()


def test_wrong_passphrase_says_wrong_or_damaged(store: CaseStore, tmp_path: Path) -> None:
    out = tmp_path / "b.rdbundle"
    bundle_module.write_bundle([demo_profile()], out, BUNDLE_PW)
    with pytest.raises(BundleInvalid) as info:
        store.import_bundle(out, "not the passphrase")
    assert info.value.kind == "damaged"
    assert "wrong passphrase or damaged file" in str(info.value)
    assert str(out) in str(info.value)
    assert store.list_clients() == []


@pytest.mark.parametrize(
    ("mutate", "kind"),
    [
        (lambda b: b[:5], "truncated"),
        (lambda b: b[:30], "truncated"),
        (lambda b: b[:-1], "truncated"),
        (lambda b: b + b"x", "damaged"),
        (lambda b: b[:-3] + bytes([b[-3] ^ 1]) + b[-2:], "damaged"),
        (lambda b: b[:60] + bytes([b[60] ^ 0x80]) + b[61:], "damaged"),
        (lambda b: b"PK\x03\x04" + b[4:], "not_a_bundle"),
        (lambda b: b"", "not_a_bundle"),
        (lambda b: b[:8] + b"\x00\x00" + b[10:], "version"),
    ],
)
def test_damaged_files_are_typed(store: CaseStore, tmp_path: Path, mutate: Any, kind: str) -> None:
    good = bundle_module.encode_bundle([demo_profile()], BUNDLE_PW)
    path = tmp_path / "bad.rdbundle"
    path.write_bytes(mutate(good))
    with pytest.raises(BundleError) as info:
        store.import_bundle(path, BUNDLE_PW)
    assert info.value.kind == kind
    assert store.list_clients() == []


def test_newer_format_and_schema_are_refused(store: CaseStore, tmp_path: Path) -> None:
    path = tmp_path / "new.rdbundle"
    path.write_bytes(_encrypt(_document([demo_profile()]), version=2))
    with pytest.raises(BundleVersionTooNew) as info:
        store.import_bundle(path, BUNDLE_PW)
    assert info.value.found == 2 and "newer ReliefDesk" in str(info.value)
    doc = _document([demo_profile()])
    doc["schema_version"] = 99
    path.write_bytes(_encrypt(doc))
    with pytest.raises(BundleVersionTooNew):
        store.import_bundle(path, BUNDLE_PW)
    assert store.list_clients() == []


def test_oversized_file_is_refused_before_reading(store: CaseStore, tmp_path: Path) -> None:
    path = tmp_path / "huge.rdbundle"
    with path.open("wb") as fh:
        fh.write(b"RDBUNDLE")
        fh.truncate(bundle_module.MAX_BUNDLE_BYTES + 1)  # sparse: no real disk use
    with pytest.raises(BundleInvalid) as info:
        store.import_bundle(path, BUNDLE_PW)
    assert info.value.kind == "too_large" and "200 MB" in str(info.value)


def _with(profile_json: dict[str, Any], edit: Any) -> dict[str, Any]:
    doc = {
        "format": "reliefdesk-bundle",
        "schema_version": 1,
        "exported_at": "2026-01-01T00:00:00+00:00",
        "profiles": [profile_json],
    }
    edit(doc)
    return doc


@pytest.mark.parametrize(
    ("edit", "kind", "named"),
    [
        (lambda d: d.update(extra=1), "unknown_field", "extra"),
        (
            lambda d: d["profiles"][0]["client"].update(eye_colour="x"),
            "unknown_field",
            "eye_colour",
        ),
        (lambda d: d["profiles"][0]["groups"].update(pets=[]), "unknown_field", "pets"),
        (
            lambda d: d["profiles"][0]["groups"]["arrests"][0].update(arrest_date="03/09/2022"),
            "malformed",
            "arrests[0].arrest_date",
        ),
        (
            lambda d: d["profiles"][0]["client"].update(detained="no"),
            "malformed",
            "client.detained",
        ),
        (lambda d: d["profiles"][0]["client"].pop("id"), "malformed", "client.id"),
        (lambda d: d.update(profiles={}), "malformed", "profiles"),
        (lambda d: d.update(format="other"), "malformed", "ReliefDesk"),
        (
            lambda d: d["profiles"][0]["client"].update(a_number="12"),
            "invalid",
            "client.a_number",
        ),
        (lambda d: d["profiles"].append(d["profiles"][0]), "invalid", "twice"),
    ],
)
def test_bad_content_is_refused_naming_the_field(
    store: CaseStore, tmp_path: Path, edit: Any, kind: str, named: str
) -> None:
    path = tmp_path / "content.rdbundle"
    path.write_bytes(_encrypt(_with(profile_to_json(demo_profile()), edit)))
    with pytest.raises(BundleInvalid) as info:
        store.import_bundle(path, BUNDLE_PW)
    assert info.value.kind == kind
    assert named in str(info.value)
    assert store.list_clients() == []


def test_not_json_inside(store: CaseStore, tmp_path: Path) -> None:
    path = tmp_path / "nojson.rdbundle"
    path.write_bytes(_encrypt(b"\xff{not json"))
    with pytest.raises(BundleInvalid) as info:
        store.import_bundle(path, BUNDLE_PW)
    assert info.value.kind == "malformed"


def test_import_is_one_transaction(store: CaseStore, tmp_path: Path) -> None:
    store.add_demo_client()
    before = _state(store)
    fine = full_profile("f" * 32)
    clash = full_profile("e" * 32)
    # The second profile reuses a child-row id that belongs to the demo client: the INSERT
    # fails after the first profile was written inside the transaction.
    clash.rows("aliases")[0].id = store.load(DEMO_CLIENT_ID).rows("aliases")[0].id
    clash.client.a_number = "011111111"
    path = tmp_path / "two.rdbundle"
    path.write_bytes(_encrypt(_document([fine, clash])))
    with pytest.raises(BundleInvalid) as info:
        store.import_bundle(path, BUNDLE_PW)
    assert "conflicts" in str(info.value)
    assert _state(store) == before


def test_same_id_updates_after_a_backup(store: CaseStore, tmp_path: Path) -> None:
    store.add_demo_client()
    newer = demo_profile()
    newer.client.intake_notes = "Updated on the other laptop"
    path = tmp_path / "u.rdbundle"
    bundle_module.write_bundle([newer], path, BUNDLE_PW)
    assert store.import_bundle(path, BUNDLE_PW) == [DEMO_CLIENT_ID]
    assert store.load(DEMO_CLIENT_ID).client.intake_notes == "Updated on the other laptop"
    assert any("before-import" in b.name for b in store.list_backups())
    assert len(store.list_clients()) == 1


def test_duplicate_detection(store: CaseStore, tmp_path: Path) -> None:
    store.add_demo_client()
    twin = demo_profile()
    twin.client.id = "twin" + "0" * 28
    for rows in twin.groups.values():
        for r in rows:
            r.client_id = twin.client.id
            r.id = "t" + r.id[1:]
    for ans in twin.answers.values():
        ans.client_id = twin.client.id
        ans.id = "t" + ans.id[1:]
    path = tmp_path / "twin.rdbundle"
    bundle_module.write_bundle([twin], path, BUNDLE_PW)
    with pytest.raises(DuplicateClient) as info:
        store.import_bundle(path, BUNDLE_PW)
    assert info.value.existing_id == DEMO_CLIENT_ID and "A-number" in str(info.value)
    twin.client.a_number = None
    bundle_module.write_bundle([twin], path, BUNDLE_PW)
    with pytest.raises(DuplicateClient) as info:
        store.import_bundle(path, BUNDLE_PW)
    assert "name and date of birth" in str(info.value)
    assert len(store.list_clients()) == 1
    assert store.import_bundle(path, BUNDLE_PW, allow_duplicates=True) == [twin.client.id]
    assert len(store.list_clients()) == 2


# Random truncations, bit flips and other damage (hypothesis, 700 in CI / 1000 slow):
# tests/reliability/test_fuzz_bundles.py.
