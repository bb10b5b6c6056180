"""Schema migrations (alembic) run on our own SQLCipher connection.

Owns the alembic configuration built in code (no alembic.ini): the scripts are in
``casefile/migrations`` and the current revision is stored in the ``alembic_version`` table of
the encrypted database. Each model change needs a new revision in
``casefile/migrations/versions``; ``tests/casefile/test_migrations.py`` fails otherwise.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: The revision that ``SQLModel.metadata.create_all`` produced before alembic was added.
INITIAL_REVISION = "0001"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    if head is None:  # pragma: no cover - the initial revision ships with the package
        raise RuntimeError("no alembic revisions in casefile/migrations/versions")
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in script_directory().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The revision stored in the database; ``INITIAL_REVISION`` for a pre-alembic file that
    already has the tables; None for an empty file."""
    rev = MigrationContext.configure(connection).get_current_revision()
    if rev is None and inspect(connection).has_table("client"):
        return INITIAL_REVISION
    return rev


def needs_upgrade(engine: Engine) -> bool:
    with engine.connect() as conn:
        return current_revision(conn) != head_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` in the engine's database (one connection)."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Several computers may open a new clinic database at once: one migrates, the
            # others wait here and then find it at head (held until this transaction ends).
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(220022)")
            # Our revision ids are longer than alembic's VARCHAR(32), which SQLite ignores and
            # PostgreSQL enforces: make the table first, wide enough (alembic then uses it).
            conn.exec_driver_sql(
                "CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(255) NOT NULL "
                "CONSTRAINT alembic_version_pkc PRIMARY KEY)"
            )
        ctx = MigrationContext.configure(conn)
        if ctx.get_current_revision() is None and inspect(conn).has_table("client"):
            # A file made by create_all before migrations existed: it is at the first revision.
            command.stamp(alembic_config(conn), INITIAL_REVISION)
        command.upgrade(alembic_config(conn), revision)
