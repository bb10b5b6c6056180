"""Fuzzing import bundles: truncated, bit-flipped, wrong version, wrong passphrase, oversized,
header fields out of range and plain garbage. Every one must raise a typed ``BundleError``
subclass, never another exception, and leave the database's content exactly as it was.

Count: tests/reliability/scale.py (CI: what fits in about 20 s; 1000 with RELIEFDESK_SLOW=1).
The bundle under test uses the lowest scrypt cost the reader accepts (2**14), as
tests/casefile/test_bundle.py does. Every structural fault (magic, version, length, KDF
parameters) is refused by ``decode_bundle`` before the key derivation; only faults inside the
authenticated part (salt, nonce, ciphertext, tag) or a wrong passphrase need the KDF to be
refused, because only the GCM tag can tell them apart from a good file.
"""

from __future__ import annotations

import hashlib
import struct
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casefile import bundle as bundle_module
from casefile.demo import DEMO_CLIENT_ID
from casefile.errors import BundleError
from casefile.paths import backups_dir
from casefile.store import CaseStore
from tests.casefile.helpers import PASSPHRASE, full_profile
from tests.reliability.scale import FUZZ_BUNDLE_CONTENTS, FUZZ_BUNDLES, fuzz_settings

BUNDLE_PW = "bundle passphrase, fictional"
KINDS = (
    "truncate",
    "flip",
    "flip_header",
    "version",
    "passphrase",
    "oversized",
    "trailing",
    "kdf_params",
    "length_field",
    "garbage",
    "garbage_magic",
    "zeroed",
)


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    where = tmp_path_factory.mktemp("fuzz-bundles")
    store = CaseStore.create(where / "data", PASSPHRASE)
    store.add_demo_client()
    store.save(full_profile("a" * 32))  # the bundle's client exists: import would replace it
    yield store, where
    store.lock()


@pytest.fixture(scope="module")
def good_bundle() -> bytes:
    old = bundle_module.KDF_LOG2N
    bundle_module.KDF_LOG2N = 14
    try:
        return bundle_module.encode_bundle([full_profile("a" * 32)], BUNDLE_PW)
    finally:
        bundle_module.KDF_LOG2N = old


def _content(store: CaseStore) -> tuple[str, tuple[str, ...]]:
    """A checksum of every row of every table, and the backups present."""
    h = hashlib.sha256()
    with store.db.engine.connect() as conn:
        tables = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        for t in tables:
            h.update(t.encode())
            for row in conn.exec_driver_sql(f'SELECT * FROM "{t}" ORDER BY rowid'):
                h.update(repr(tuple(row)).encode())
    bdir = backups_dir(store.data_dir)
    names = tuple(sorted(p.name for p in bdir.iterdir())) if bdir.is_dir() else ()
    return h.hexdigest(), names


def _mutate(good: bytes, kind: str, data: st.DataObject) -> tuple[bytes, str]:
    """(bad bytes, passphrase to import with)."""
    n = len(good)
    header = bundle_module.HEADER_SIZE
    if kind == "truncate":
        return good[: data.draw(st.integers(0, n - 1))], BUNDLE_PW
    if kind in ("flip", "flip_header"):
        hi = header - 1 if kind == "flip_header" else n - 1
        bad = bytearray(good)
        for at in data.draw(st.lists(st.integers(0, hi), min_size=1, max_size=4, unique=True)):
            bad[at] ^= 1 << data.draw(st.integers(0, 7))
        return bytes(bad), BUNDLE_PW
    if kind == "version":
        version = data.draw(st.integers(0, 65535).filter(lambda v: v != 1))
        return good[:8] + struct.pack(">H", version) + good[10:], BUNDLE_PW
    if kind == "passphrase":
        wrong = data.draw(st.text(min_size=0, max_size=40).filter(lambda p: p != BUNDLE_PW))
        return good, wrong
    if kind == "oversized":
        # A file over the 200 MB limit: the reader refuses it from its size before reading.
        # Simulated by a sparse file (no disk used); see the writer in the test.
        return b"", BUNDLE_PW
    if kind == "trailing":
        return good + data.draw(st.binary(min_size=1, max_size=64)), BUNDLE_PW
    if kind == "kdf_params":
        log2n, r, p = (
            data.draw(st.integers(0, 255)),
            data.draw(st.integers(0, 255)),
            data.draw(st.integers(0, 255)),
        )
        return good[:10] + bytes([log2n, r, p]) + good[13:], BUNDLE_PW
    if kind == "length_field":
        length = data.draw(st.integers(0, 2**64 - 1))
        return good[: header - 8] + struct.pack(">Q", length) + good[header:], BUNDLE_PW
    if kind == "garbage":
        return data.draw(st.binary(min_size=0, max_size=2048)), BUNDLE_PW
    if kind == "garbage_magic":
        return bundle_module.MAGIC + data.draw(st.binary(min_size=0, max_size=2048)), BUNDLE_PW
    # zeroed: a run of zero bytes (a disk block lost)
    start = data.draw(st.integers(0, n - 1))
    length = data.draw(st.integers(1, 512))
    end = min(n, start + length)
    bad = good[:start] + bytes(end - start) + good[end:]
    return (bad if bad != good else bad + b"\0"), BUNDLE_PW


RESULTS: dict[str, int] = {"run": 0, "clean": 0}
BY_KIND: dict[str, int] = {}


@fuzz_settings(FUZZ_BUNDLES)
@given(kind=st.sampled_from(KINDS), data=st.data())
def test_malformed_bundles_are_refused_cleanly(
    fuzz_store: Any, good_bundle: bytes, kind: str, data: st.DataObject
) -> None:
    store, where = fuzz_store
    before = _content(store)
    bad, passphrase = _mutate(good_bundle, kind, data)
    path = where / "fuzzed.rdbundle"
    path.unlink(missing_ok=True)
    if kind == "oversized":
        with path.open("wb") as fh:
            fh.write(good_bundle)
            fh.truncate(bundle_module.MAX_BUNDLE_BYTES + data.draw(st.integers(1, 4096)))
    else:
        path.write_bytes(bad)
    RESULTS["run"] += 1
    BY_KIND[kind] = BY_KIND.get(kind, 0) + 1
    try:
        store.import_bundle(path, passphrase)
    except BundleError as exc:
        assert str(path) in str(exc)  # the message names the file
        assert "Nothing was imported" in str(exc)
    else:
        raise AssertionError(f"a {kind} bundle was imported")
    # Any other exception propagates and fails the test (hypothesis shrinks it).
    assert _content(store) == before
    RESULTS["clean"] += 1


def test_fuzz_bundles_summary(fuzz_store: Any, summary_line) -> None:
    store, _ = fuzz_store
    assert RESULTS["run"] >= min(FUZZ_BUNDLES, 100), RESULTS
    assert set(BY_KIND) == set(KINDS), BY_KIND  # every kind of damage was tried
    assert RESULTS["clean"] == RESULTS["run"]
    assert store.load(DEMO_CLIENT_ID).client.given_name == "Lucía"
    summary_line(f"fuzz bundles {RESULTS['clean']}/{RESULTS['run']} rejected cleanly")


# -- well-encrypted bundles whose content is wrong ------------------------------------------

_ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.sampled_from(["2020-13-45", "2020-01-01", "not a date", "\x00", "A" * 5000]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def _leaf_paths(obj: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path] if path else []
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += _leaf_paths(v, (*path, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += _leaf_paths(v, (*path, i))
    return out


CONTENT: dict[str, int] = {"run": 0, "refused": 0, "imported": 0}


@fuzz_settings(FUZZ_BUNDLE_CONTENTS)
@given(data=st.data())
def test_wrong_content_inside_a_good_bundle_is_typed(fuzz_store: Any, data: st.DataObject) -> None:
    """A correctly encrypted bundle with one value replaced by something odd: imported (the
    value was acceptable) or refused with a BundleError leaving the content unchanged."""
    import json
    import secrets

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from casefile.serialize import profile_to_json

    store, where = fuzz_store
    doc: dict[str, Any] = {
        "format": "reliefdesk-bundle",
        "schema_version": 1,
        "exported_at": "2026-01-01T00:00:00+00:00",
        "profiles": [profile_to_json(full_profile("b" * 32))],
    }
    path_to = data.draw(st.sampled_from(_leaf_paths(doc)))
    target: Any = doc
    for k in path_to[:-1]:
        target = target[k]
    target[path_to[-1]] = data.draw(_ODD_VALUES)
    plaintext = json.dumps(doc).encode()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = bundle_module._HEADER.pack(
        bundle_module.MAGIC, 1, 14, 8, 1, salt, nonce, len(plaintext) + 16
    )
    key = bundle_module._derive_key(BUNDLE_PW, salt, 14, 8, 1)
    path = where / "content.rdbundle"
    path.write_bytes(header + AESGCM(key).encrypt(nonce, plaintext, header))
    before = _content(store)
    CONTENT["run"] += 1
    try:
        store.import_bundle(path, BUNDLE_PW, allow_duplicates=True)
    except BundleError:
        assert _content(store) == before
        CONTENT["refused"] += 1
    else:
        CONTENT["imported"] += 1


def test_fuzz_bundle_content_summary(summary_line) -> None:
    assert CONTENT["run"] >= FUZZ_BUNDLE_CONTENTS // 2, CONTENT
    assert CONTENT["refused"] > 0  # the odd values did reach the checks
    summary_line(
        f"fuzz bundle contents {CONTENT['refused'] + CONTENT['imported']}/{CONTENT['run']} "
        f"typed ({CONTENT['refused']} refused, {CONTENT['imported']} harmless, imported)"
    )
