"""The one rule a new database passphrase must meet, for ``./run init`` and the desktop's
first-run dialog alike (``CaseStore.create`` checks it too, so no path can skip it).

At least ``MIN_LENGTH`` characters, not only spaces. Length is what protects the key (SQLCipher
derives it with PBKDF2): a few unrelated words are easy to remember and hard to guess. A lost
passphrase cannot be recovered, so nothing here is stored.
"""

from __future__ import annotations

MIN_LENGTH = 10


def passphrase_problem(passphrase: str) -> str | None:
    """Why ``passphrase`` may not protect a new database, or None when it may."""
    if not passphrase or not passphrase.strip():
        return "the passphrase must not be empty"
    if len(passphrase) < MIN_LENGTH:
        return f"use at least {MIN_LENGTH} characters (a few unrelated words are easy to remember)"
    return None


def check_new_passphrase(passphrase: str) -> None:
    """Raise ``ValidationError('passphrase', ...)`` when the rule is not met."""
    problem = passphrase_problem(passphrase)
    if problem is not None:
        from casefile.errors import ValidationError

        raise ValidationError("passphrase", problem)
