"""App-side encryption for a clinic's shared server (issue 22 item 3).

On PostgreSQL the server's disk, its backups and a ``pg_dump`` are outside the clinic's
laptops, so the store encrypts every sensitive column *before* it leaves the app:

- **Values**: AES-256-GCM under the clinic's data key, a fresh 96-bit nonce per value, and
  the column's name (``table.column``) as associated data, so a value cannot be moved to
  another column unnoticed. Stored as text: ``rd1:`` + URL-safe base64 of nonce || sealed.
- **The data key** is random (32 bytes), made once per clinic database, and stored only
  *wrapped* for each user: AES-GCM under a key derived from that user's password with scrypt
  (``wrap`` / ``unwrap``). The server never holds it in the clear.
- **Search** goes through a keyed blind index: HMAC-SHA256 (key derived from the data key) of
  each prefix of each folded name word, and of each run of three or more digits of the
  A-number, cut to 64 bits. The server compares tokens; it never sees a name.

What the server can still learn (said in the README): which clients share a name prefix or
an A-number run (equal tokens), how many tokens a client has, the non-sensitive columns
(statuses, positions, timestamps) and who opened what. Qt-free; no SQL here.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Iterable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from casefile.errors import CipherError, WrongKeyPassword

#: Marks a sealed value (a version, so a later format can sit beside it).
PREFIX = "rd1:"
_NONCE = 12
#: scrypt cost for wrapping the data key: about 0.1 s and 32 MiB per unlock, paid once per
#: opened store; the RFC 7914 interactive-login figure.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**15, 8, 1
_SALT = 16
#: Shortest A-number run that is indexed (``casefile.search.a_number_query`` needs 3 digits).
_MIN_DIGITS = 3


def new_data_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def _kek(password: str, salt: bytes) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P)
    return kdf.derive(password.encode("utf-8"))


def wrap(data_key: bytes, username: str, password: str) -> tuple[bytes, bytes]:
    """(salt, wrapped): the data key sealed for one user (the username is bound in, so a
    row copied to another user does not open)."""
    salt = os.urandom(_SALT)
    nonce = os.urandom(_NONCE)
    sealed = AESGCM(_kek(password, salt)).encrypt(nonce, data_key, username.encode())
    return salt, nonce + sealed


def unwrap(salt: bytes, wrapped: bytes, username: str, password: str) -> bytes:
    try:
        return AESGCM(_kek(password, bytes(salt))).decrypt(
            bytes(wrapped[:_NONCE]), bytes(wrapped[_NONCE:]), username.encode()
        )
    except InvalidTag:
        raise WrongKeyPassword(username) from None


def _derive(data_key: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(data_key)


class ClinicCipher:
    """Seals and opens column values and makes blind-index tokens under one data key."""

    def __init__(self, data_key: bytes) -> None:
        self._aead = AESGCM(_derive(data_key, b"reliefdesk column values v1"))
        self._index_key = _derive(data_key, b"reliefdesk blind index v1")

    def seal(self, text: str, where: str) -> str:
        nonce = os.urandom(_NONCE)
        sealed = self._aead.encrypt(nonce, text.encode("utf-8"), where.encode())
        return PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")

    def open(self, value: str, where: str) -> str:
        try:
            raw = base64.urlsafe_b64decode(value[len(PREFIX) :])
            plain = self._aead.decrypt(raw[:_NONCE], raw[_NONCE:], where.encode())
        except (InvalidTag, ValueError):
            raise CipherError(where) from None
        return plain.decode("utf-8")

    def token(self, kind: str, text: str) -> int:
        """A signed 64-bit blind-index token (PostgreSQL's bigint) of ``kind:text``."""
        digest = hmac.new(self._index_key, f"{kind}:{text}".encode(), hashlib.sha256).digest()
        return int.from_bytes(digest[:8], "big", signed=True)

    def index_tokens(self, names: str, a_number9: str | None) -> list[int]:
        """Every token a client is found by: each prefix of each folded name word (``names``
        of ``casefile.search.SearchKey``) and each run of 3+ digits of the padded A-number."""
        found: set[int] = set()
        for word in set(names.split()):
            found.update(self.token("n", word[:i]) for i in range(1, len(word) + 1))
        if a_number9:
            n = len(a_number9)
            for i in range(n):
                for j in range(i + _MIN_DIGITS, n + 1):
                    found.add(self.token("a", a_number9[i:j]))
        return sorted(found)

    def word_tokens(self, words: Iterable[str]) -> list[int]:
        return [self.token("n", w) for w in words]

    def digit_token(self, digits: str) -> int:
        return self.token("a", digits)


def is_sealed(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)
