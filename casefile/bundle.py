"""Encrypted, authenticated export bundles: one file holding one or more client profiles.

Layout (big-endian)::

    magic    8 bytes   b"RDBUNDLE"
    version  2 bytes   FORMAT_VERSION
    log2_n   1 byte    scrypt cost  (N = 2**log2_n)
    r        1 byte    scrypt block size
    p        1 byte    scrypt parallelism
    salt     16 bytes  scrypt salt
    nonce    12 bytes  AES-GCM nonce
    length   8 bytes   length of what follows
    ciphertext + 16-byte GCM tag   (AES-256-GCM; the whole header is associated data)

The plaintext is UTF-8 JSON: ``{"format", "schema_version", "exported_at", "profiles"}``,
each profile as ``casefile.serialize.profile_to_json`` (every column, every child row, every
answer; dates ISO). A wrong passphrase and a damaged file both fail the GCM tag and cannot be
told apart. Reading never writes anything; writing goes to a temp file, then ``os.replace``.
"""

from __future__ import annotations

import json
import os
import secrets
import stat
import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from casefile.atomic import reason, write_atomic
from casefile.errors import BundleInvalid, BundleVersionTooNew, ExportFailed
from casefile.models import SCHEMA_VERSION, AnswerStatus
from casefile.profile import Profile
from casefile.serialize import FieldProblem, profile_from_json, profile_to_json

MAGIC = b"RDBUNDLE"
FORMAT_VERSION = 1
FORMAT_NAME = "reliefdesk-bundle"
_HEADER = struct.Struct(">8sHBBB16s12sQ")
HEADER_SIZE = _HEADER.size
TAG_SIZE = 16
MAX_BUNDLE_BYTES = 200 * 1024 * 1024
#: scrypt cost for new bundles (128 MiB, about half a second); tests lower it.
KDF_LOG2N = 17
KDF_R = 8
KDF_P = 1
#: What a reader accepts: bounds keep a hostile header from asking for gigabytes of memory.
_LOG2N_RANGE = range(14, 18)
_R_RANGE = range(1, 9)
_P_RANGE = range(1, 5)
SUFFIX = ".rdbundle"


def _derive_key(passphrase: str, salt: bytes, log2n: int, r: int, p: int) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=2**log2n, r=r, p=p)
    return kdf.derive(passphrase.encode("utf-8"))


def encode_bundle(profiles: list[Profile], passphrase: str) -> bytes:
    if not passphrase:
        raise ValueError("a bundle needs a passphrase")
    document = {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "exported_at": datetime.now(UTC).isoformat(),
        "profiles": [profile_to_json(p) for p in profiles],
    }
    plaintext = json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    header = _HEADER.pack(
        MAGIC, FORMAT_VERSION, KDF_LOG2N, KDF_R, KDF_P, salt, nonce, len(plaintext) + TAG_SIZE
    )
    key = _derive_key(passphrase, salt, KDF_LOG2N, KDF_R, KDF_P)
    return header + AESGCM(key).encrypt(nonce, plaintext, header)


def write_bundle(profiles: list[Profile], path: Path, passphrase: str) -> None:
    """Write atomically: a temp file beside ``path``, fsync, then rename over it. Raises
    ``ExportFailed`` (disk full, folder missing or read-only, target locked) with any earlier
    file at ``path`` unchanged."""
    data = encode_bundle(profiles, passphrase)
    path = Path(path)
    try:
        write_atomic(path, data, mode=0o600)
    except OSError as exc:
        raise ExportFailed(path, reason(exc)) from exc


@dataclass(frozen=True)
class BundleContents:
    """What a bundle holds: its profiles and when it was exported (None if not readable)."""

    profiles: list[Profile]
    exported_at: datetime | None


def decode_bundle(data: bytes, passphrase: str, source: Path | str = "bundle") -> list[Profile]:
    """Check and decrypt; raise a BundleError subclass naming what is wrong."""
    return decode_bundle_contents(data, passphrase, source).profiles


def decode_bundle_contents(
    data: bytes, passphrase: str, source: Path | str = "bundle"
) -> BundleContents:
    """``decode_bundle`` with the export time (the import's conflict check needs it)."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleInvalid(source, "it is larger than 200 MB", kind="too_large")
    if not data.startswith(MAGIC[: len(data)]) or len(data) == 0:
        raise BundleInvalid(source, "it is not a ReliefDesk export file", kind="not_a_bundle")
    if len(data) < len(MAGIC) + 2:
        raise BundleInvalid(source, "the file is cut short (truncated)", kind="truncated")
    (version,) = struct.unpack_from(">H", data, len(MAGIC))
    if version > FORMAT_VERSION:
        raise BundleVersionTooNew(source, version, FORMAT_VERSION)
    if version < 1:
        raise BundleInvalid(source, f"unknown format version {version}", kind="version")
    if len(data) < HEADER_SIZE:
        raise BundleInvalid(source, "the file is cut short (truncated)", kind="truncated")
    _magic, _v, log2n, r, p, salt, nonce, length = _HEADER.unpack_from(data)
    body = data[HEADER_SIZE:]
    if len(body) < length:
        raise BundleInvalid(source, "the file is cut short (truncated)", kind="truncated")
    if len(body) > length or length < TAG_SIZE:
        raise BundleInvalid(source, "wrong passphrase or damaged file", kind="damaged")
    if log2n not in _LOG2N_RANGE or r not in _R_RANGE or p not in _P_RANGE:
        raise BundleInvalid(source, "wrong passphrase or damaged file", kind="damaged")
    key = _derive_key(passphrase, salt, log2n, r, p)
    try:
        plaintext = AESGCM(key).decrypt(nonce, body, data[:HEADER_SIZE])
    except InvalidTag:
        raise BundleInvalid(source, "wrong passphrase or damaged file", kind="damaged") from None
    try:
        document = json.loads(plaintext.decode("utf-8"))
    except ValueError as exc:  # bad UTF-8, bad JSON, an integer of over 4,300 digits
        raise BundleInvalid(
            source, f"its content is not valid JSON ({str(exc)[:200]})", kind="malformed"
        ) from None
    except RecursionError:
        raise BundleInvalid(source, "its content is nested too deep", kind="malformed") from None
    try:
        profiles = _profiles_from_document(document, source)
    except RecursionError:
        raise BundleInvalid(source, "its content is nested too deep", kind="malformed") from None
    return BundleContents(profiles, _exported_at(document))


def _exported_at(document: dict[str, Any]) -> datetime | None:
    raw = document.get("exported_at")
    if not isinstance(raw, str):
        return None
    try:
        when = datetime.fromisoformat(raw)
    except ValueError:
        return None
    return when.replace(tzinfo=UTC) if when.utcoffset() is None else when.astimezone(UTC)


def _profiles_from_document(document: Any, source: Path | str) -> list[Profile]:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise BundleInvalid(source, "its content is not a ReliefDesk export", kind="malformed")
    unknown = sorted(set(document) - {"format", "schema_version", "exported_at", "profiles"})
    if unknown:
        raise BundleInvalid(source, f"unknown field '{unknown[0]}'", kind="unknown_field")
    schema = document.get("schema_version")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise BundleInvalid(source, "schema_version is missing or invalid", kind="malformed")
    if schema > SCHEMA_VERSION:
        raise BundleVersionTooNew(source, schema, SCHEMA_VERSION)
    items = document.get("profiles")
    if not isinstance(items, list):
        raise BundleInvalid(source, "'profiles' is not a list", kind="malformed")
    profiles: list[Profile] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        try:
            profile = profile_from_json(item, f"profiles[{i}]")
        except FieldProblem as exc:
            kind = "unknown_field" if "unknown" in exc.reason else "malformed"
            raise BundleInvalid(source, f"{exc.field} {exc.reason}", kind=kind) from None
        for fact, ans in profile.answers.items():
            if ans.status not in {s.value for s in AnswerStatus}:
                raise BundleInvalid(
                    source, f"profiles[{i}] answer '{fact}' has status '{ans.status}'"
                )
        if profile.client.id in seen:
            raise BundleInvalid(source, f"client {profile.client.id} appears twice")
        seen.add(profile.client.id)
        profiles.append(profile)
    return profiles


def read_bundle(path: Path, passphrase: str) -> list[Profile]:
    return read_bundle_contents(path, passphrase).profiles


def read_bundle_contents(path: Path, passphrase: str) -> BundleContents:
    """Read and decode the bundle at ``path`` (a regular file only: a FIFO, device or folder
    is refused before anything is read)."""
    path = Path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            what = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
            raise BundleInvalid(path, f"it is {what}", kind="io")
        if info.st_size > MAX_BUNDLE_BYTES:
            raise BundleInvalid(path, "it is larger than 200 MB", kind="too_large")
        # O_NONBLOCK: a FIFO swapped in after the check cannot make the read hang; the read
        # is capped in case the file grows after the check.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise BundleInvalid(path, "it is not a regular file", kind="io")
            data = fh.read(MAX_BUNDLE_BYTES + 1)
    except OSError as exc:
        raise BundleInvalid(
            path, f"it cannot be read ({exc.strerror or type(exc).__name__})", kind="io"
        ) from exc
    return decode_bundle_contents(data, passphrase, path)
