"""The clinic data key on the server, wrapped for each user (issue 22 item 3).

``clinic_keyring`` (revision 0013) holds one row per user: the data key sealed under a key
derived from that user's password (``casefile.cipher.wrap``). Row-level security lets a user
read only their own row (``casefile.clinic``). The key is made once:

- by ``clinic init``, for the first supervising attorney (who sets their password there);
- or, on a server without a key yet (an older clinic database after ``clinic upgrade``, or a
  PostgreSQL database used without the clinic's access model), by the first supervising
  attorney or unmanaged user who opens it; the store then seals every row already there.

``clinic add-user NAME`` (run by a supervising attorney) wraps the key for a new user, or
re-wraps it with a reset password: the supervisor's own password opens their copy, the new
password seals the new one. Nobody else can give a user the key, and the server alone cannot.
Qt-free.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from casefile.cipher import ClinicCipher, new_data_key, unwrap, wrap
from casefile.errors import NoClinicKey

#: Serialises making the first key (two laptops opening a key-less server at once).
_BOOTSTRAP_LOCK = 220023

#: Whether the access model is installed (then clinic_has_keys() and clinic_role() exist).
_MODEL_SQL = "SELECT to_regproc('public.clinic_has_keys') IS NOT NULL, current_user"
#: With the model: whether any user has the key (through a SECURITY DEFINER function: RLS
#: hides other users' rows) and whether the caller may make it (a supervising attorney, or the
#: server's superuser on a server that has no key yet).
_CLINIC_STATE_SQL = "SELECT clinic_has_keys(), clinic_key_admin()"
#: Without the model (a PostgreSQL database used as is): every row is visible; anyone may.
_PLAIN_STATE_SQL = "SELECT EXISTS (SELECT 1 FROM clinic_keyring), true"


def _own_row(conn: Connection) -> Any:
    return conn.exec_driver_sql(
        "SELECT salt, wrapped, current_user FROM clinic_keyring WHERE username = current_user"
    ).first()


def unlock(conn: Connection, password: str) -> tuple[ClinicCipher, bool]:
    """The caller's cipher, and whether the key was made just now (the caller then seals the
    rows already on the server in this same transaction). Raises NoClinicKey when the server
    has a key but not for this user, or has none and this user may not make it;
    WrongKeyPassword when ``password`` does not open the user's copy."""
    row = _own_row(conn)
    if row is None:
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_BOOTSTRAP_LOCK})")
        # Asked again under the lock: another laptop of the same user may have just made it.
        row = _own_row(conn)
    if row is not None:
        return ClinicCipher(unwrap(row[0], row[1], str(row[2]), password)), False
    model, user = conn.exec_driver_sql(_MODEL_SQL).one()
    state = _CLINIC_STATE_SQL if model else _PLAIN_STATE_SQL
    has_keys, may_make = conn.exec_driver_sql(state).one()
    if has_keys or not may_make:
        raise NoClinicKey(str(user))
    key = new_data_key()
    # The psycopg connection under this transaction: the key row commits with the sealing.
    _put_key(conn.connection.driver_connection, str(user), key, password)
    return ClinicCipher(key), True


# -- administration (``clinic init`` / ``add-user``: psycopg connections) -------------------


def _put_key(conn: Any, username: str, key: bytes, password: str) -> None:
    """Store ``key`` wrapped for ``username`` (replacing their copy) on a psycopg connection."""
    salt, wrapped = wrap(key, username, password)
    model = conn.execute("SELECT to_regproc('public.clinic_key_put') IS NOT NULL").fetchone()
    if model[0]:  # the access model checks that the caller is a supervising attorney
        conn.execute("SELECT clinic_key_put(%s, %s, %s)", (username, salt, wrapped))
        return
    conn.execute(  # a database without the access model: every row is visible
        "INSERT INTO clinic_keyring (username, salt, wrapped) VALUES (%s, %s, %s) "
        "ON CONFLICT (username) DO UPDATE SET salt = EXCLUDED.salt, wrapped = EXCLUDED.wrapped",
        (username, salt, wrapped),
    )


def make_first_key(conn: Any, username: str, password: str) -> None:
    """``clinic init`` (a superuser's connection): the clinic's data key, wrapped for its
    first supervising attorney. Run again over a server that has a key, it changes nothing."""
    if conn.execute("SELECT 1 FROM clinic_keyring LIMIT 1").fetchone() is not None:
        return
    _put_key(conn, username, new_data_key(), password)


def grant(conn: Any, username: str, password: str, by_password: str | None = None) -> None:
    """Wrap the data key for ``username`` with ``password``: the connected supervising
    attorney's own copy opens with ``by_password`` (default: the password their connection
    used). NoClinicKey if they hold none; WrongKeyPassword if it does not open."""
    row = conn.execute(
        "SELECT salt, wrapped, current_user FROM clinic_keyring WHERE username = current_user"
    ).fetchone()
    if row is None:
        raise NoClinicKey(str(conn.execute("SELECT current_user").fetchone()[0]))
    if by_password is None:
        by_password = conn.info.password or ""
    key = unwrap(row[0], row[1], str(row[2]), by_password)
    _put_key(conn, username, key, password)
