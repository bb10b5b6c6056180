"""PostgreSQL fixtures: one throwaway cluster for the whole run, a fresh database per test.

The cluster starts on first use (tests that never ask for it pay nothing) and is stopped and
deleted at session end, also when tests fail; the teardown fails the run if the server process
is still there. Each test gets its own database made by CREATE DATABASE from a template.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from casefile.db import Database
from casefile.pgcluster import PgCluster, process_alive, throwaway_cluster
from casefile.store import CaseStore

_counter = itertools.count(1)
#: The template each test database is copied from (casefile's migrations fill it, see db).
TEMPLATE = "reliefdesk_template"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    with throwaway_cluster() as cluster:
        pid = cluster.server_pid()
        with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{TEMPLATE}"')
        # Migrated once: every test database is a copy (CREATE DATABASE ... TEMPLATE).
        Database(cluster.url(TEMPLATE), "").close()
        yield cluster
    if pid is not None and process_alive(pid):
        pytest.fail(f"the test PostgreSQL server (pid {pid}) was still running after stop")


def create_database(cluster: PgCluster, template: str = TEMPLATE) -> str:
    """A new empty-or-templated database; returns its name."""
    name = f"t{next(_counter)}"
    with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return name


@pytest.fixture
def pg_url(pg_cluster: PgCluster) -> Iterator[str]:
    """The SQLAlchemy URL of a fresh database for this test (dropped afterwards)."""
    name = create_database(pg_cluster)
    yield pg_cluster.url(name)
    with psycopg.connect(pg_cluster.conninfo(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


#: The store's backends. SQLite (SQLCipher) is the default; PostgreSQL is clinic mode.
BACKENDS = ["sqlite", "postgres"]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Parametrises a test over both backends (a test that is SQLite-only by design overrides
    it with ``@pytest.mark.parametrize("backend", ["sqlite"])`` and says why)."""
    return str(request.param)


def make_store(request: pytest.FixtureRequest, backend: str, data_dir: Path) -> CaseStore:
    """A new, empty store on ``backend``; the cluster starts only when a test needs it."""
    if backend == "sqlite":
        from tests.casefile.helpers import PASSPHRASE

        return CaseStore.create(data_dir, PASSPHRASE)
    url = request.getfixturevalue("pg_url")
    return CaseStore.on_server(data_dir, url)


def open_store(data_dir: Path, secret: str) -> CaseStore:
    """The store a child process opens: ``secret`` is a PostgreSQL URL (clinic mode) or the
    SQLCipher file's passphrase. Lets the reliability children run on either backend."""
    if secret.startswith("postgresql"):
        return CaseStore.on_server(data_dir, secret)
    return CaseStore.open(data_dir, secret)


def store_and_secret(
    request: pytest.FixtureRequest, backend: str, data_dir: Path
) -> tuple[CaseStore, str]:
    """A new store on ``backend`` and what ``open_store`` opens it again with."""
    store = make_store(request, backend, data_dir)
    if store.database_url is not None:
        return store, request.getfixturevalue("pg_url")
    from tests.casefile.helpers import PASSPHRASE

    return store, PASSPHRASE


def assert_intact(store: CaseStore) -> None:
    """The backend's own consistency check: SQLite's integrity_check on the file; on the
    server, that every table reads (PostgreSQL has no page check callable by a user)."""
    with store.db.engine.connect() as conn:
        if store.database_url is None:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        else:
            for table in ("client", "answer", "note"):
                conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
