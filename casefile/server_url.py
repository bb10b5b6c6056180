"""Which database a run uses: the clinic server's URL or, with none, the encrypted file.

One check for every way a URL arrives (``--database``, $RELIEFDESK_DATABASE_URL, the desktop's
Clinic server setting). Light on purpose: nothing of the database layer is imported until a
URL is actually given, so the desktop's first window stays fast (issue 20).
"""

from __future__ import annotations

import os

from casefile.errors import ValidationError

DATABASE_URL_ENV = "RELIEFDESK_DATABASE_URL"


def check_database_url(chosen: str | None) -> str | None:
    """``chosen``, else $RELIEFDESK_DATABASE_URL, else None (the SQLCipher file). Refuses
    what is not a PostgreSQL URL and a URL that carries a password (it would sit in shell
    history and settings); ValidationError names what to fix."""
    url = chosen or os.environ.get(DATABASE_URL_ENV) or None
    if url is None:
        return None
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ValidationError("--database", f"is not a database URL ({exc})") from exc
    if not parsed.drivername.startswith("postgresql"):
        raise ValidationError("--database", "must be a postgresql+psycopg:// URL")
    if parsed.password:
        raise ValidationError(
            "--database", "must not contain the password: use PGPASSWORD or ~/.pgpass"
        )
    return url
