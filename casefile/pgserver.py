"""The case store's engine over a PostgreSQL server (clinic mode).

The store's hand-written SQL uses SQLite's ``?`` placeholders and reads values the way
SQLite returns them (timestamps and dates as ISO text, JSON as text); this module makes a
psycopg connection speak the same way, so ``casefile.store`` runs unchanged on both backends.
"""

from __future__ import annotations

from typing import Any

from psycopg import Connection as PgConnection
from psycopg.adapt import Dumper, Loader
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url


def redacted(url: str) -> str:
    """The URL without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True)


class _TextLoader(Loader):
    """json/jsonb/date as their text (SQLite returns the stored text)."""

    def load(self, data: Any) -> str:
        return bytes(data).decode()


class _TimestampLoader(Loader):
    """A timestamp as ``casefile.store._store_datetime`` writes it: UTC, six fraction digits,
    no offset (PostgreSQL trims trailing zeros and may add '+00')."""

    def load(self, data: Any) -> str:
        text = bytes(data).decode()
        if text.endswith("+00"):
            text = text[:-3]
        head, _, frac = text.partition(".")
        return f"{head}.{frac:0<6}"


class _UntypedIntDumper(Dumper):
    """Python ints sent untyped, so the server reads them as the column needs: the store
    writes flags as 0/1 (SQLite has no boolean type) and PostgreSQL casts '0' to false."""

    oid = 0

    def dump(self, obj: Any) -> bytes:
        return str(int(obj)).encode()


def _on_connect(dbapi_conn: PgConnection[Any], _record: Any) -> None:
    dbapi_conn.adapters.register_dumper(int, _UntypedIntDumper)
    was = dbapi_conn.autocommit
    dbapi_conn.autocommit = True
    dbapi_conn.execute("SET TIME ZONE 'UTC'")
    dbapi_conn.autocommit = was


def qmark_to_format(statement: str) -> str:
    """SQLite's ``?`` placeholders as psycopg's ``%s`` (a literal '%' doubled)."""
    return statement.replace("%", "%%").replace("?", "%s")


class QmarkConnection:
    """A psycopg connection that takes the store's ``?`` SQL (the store's fast paths read
    through the driver connection, below SQLAlchemy's statement hooks)."""

    def __init__(self, raw: PgConnection[Any]) -> None:
        self._raw = raw

    def pipeline(self) -> Any:
        """Queue the next statements and send them together (results after the block)."""
        return self._raw.pipeline()

    def execute(self, statement: str, params: Any = None) -> Any:
        if params:
            statement = qmark_to_format(statement)
        cursor = self._raw.cursor()
        # Values as SQLite returns them, for these reads only (the ORM keeps its types).
        for name in ("json", "jsonb", "date"):
            cursor.adapters.register_loader(name, _TextLoader)
        for name in ("timestamp", "timestamptz"):
            cursor.adapters.register_loader(name, _TimestampLoader)
        return cursor.execute(statement, params)


def _qmark(
    _conn: Any,
    _cursor: Any,
    statement: str,
    parameters: Any,
    context: Any,
    _executemany: bool,
) -> tuple[str, Any]:
    """Hand-written SQL with ``?`` marks becomes psycopg's ``%s`` (SQLAlchemy's own compiled
    statements already use psycopg's style and pass through)."""
    if context is not None and context.compiled is None and parameters:
        statement = qmark_to_format(statement)
    return statement, parameters


def make_engine(url: str, password: str) -> Engine:
    """An engine for ``url``; ``password`` '' leaves it to libpq (PGPASSWORD, ~/.pgpass)."""
    target = make_url(url)
    if password:
        target = target.set(password=password)
    engine = create_engine(target, pool_size=4, max_overflow=4)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "before_cursor_execute", _qmark, retval=True)
    return engine
