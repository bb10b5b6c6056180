"""Presence in clinic mode (issue 22 item 6): two computers on one clinic database, as two
database users; the marks vanish with the session that held them. Fictional clients only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from casefile import clinic_keys
from casefile.pgcluster import PgCluster
from casefile.presence import Holder, Presence, presence_key, who_has_open
from casefile.store import CaseStore
from tests.casefile.helpers import PASSPHRASE

OTHER = "m_rivera"


def as_user(pg_cluster: PgCluster, pg_url: str, user: str) -> str:
    """The same database as another login (created once per cluster, given the tables)."""
    dbname = make_url(pg_url).database
    assert dbname
    with psycopg.connect(pg_cluster.conninfo(), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (user,)).fetchone()
        if not exists:
            conn.execute(f'CREATE ROLE "{user}" LOGIN')
    with psycopg.connect(pg_cluster.conninfo(dbname), autocommit=True) as conn:
        conn.execute(f'GRANT ALL ON SCHEMA public TO "{user}"')
        conn.execute(f'GRANT ALL ON ALL TABLES IN SCHEMA public TO "{user}"')
        conn.execute(f'GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO "{user}"')
        # The clinic data key, wrapped for the new login (the superuser's store made it; the
        # trust-auth test cluster has no passwords, so both wrap with '').
        clinic_keys.grant(conn, user, "")
    return pg_cluster.url(dbname, user=user)


@pytest.fixture
def two(
    pg_cluster: PgCluster, pg_url: str, tmp_path: Path
) -> Iterator[tuple[CaseStore, CaseStore]]:
    mine = CaseStore.on_server(tmp_path / "a", pg_url)
    theirs = CaseStore.on_server(tmp_path / "b", as_user(pg_cluster, pg_url, OTHER))
    yield mine, theirs
    mine.lock()
    theirs.lock()


def test_presence_is_seen_and_cleared_when_the_other_closes(
    two: tuple[CaseStore, CaseStore],
) -> None:
    mine, theirs = two
    a = mine.create_client(given_name="Ana", family_name="Ejemplo").client.id
    b = mine.create_client(given_name="Bea", family_name="Ficticia").client.id
    me, other = Presence(mine, "Ana Lawyer"), Presence(theirs, "M. Rivera")
    me.hold(a)  # my own mark is never reported to me
    other.hold(a)
    assert me.who_has_open([a, b]) == {a: [Holder(user=OTHER, name="M. Rivera")]}
    assert [h.shown for h in other.who_has_open([a, b])[a]] == ["Ana Lawyer"]
    other.release(a)
    assert me.who_has_open([a, b]) == {}
    other.hold(b)
    other.close()  # the session ends (a crashed laptop's does too): no stale mark
    assert me.who_has_open([a, b]) == {}
    me.close()


def test_a_lost_session_leaves_no_mark(two: tuple[CaseStore, CaseStore]) -> None:
    mine, theirs = two
    a = mine.create_client(given_name="Ana", family_name="Ejemplo").client.id
    other = Presence(theirs, "M. Rivera")
    other.hold(a)
    pid = other.pid()
    # the server ends the laptop's session (waiting up to 5 s for it to be gone)
    with mine.db.engine.connect() as conn:
        conn.exec_driver_sql(f"SELECT pg_terminate_backend({int(pid or 0)}, 5000)")
    assert who_has_open(mine, [a]) == {}
    other.close()


def test_presence_is_a_no_op_on_the_laptop_file(tmp_path: Path) -> None:
    store = CaseStore.create(tmp_path / "d", PASSPHRASE)
    cid = store.create_client(given_name="Ana", family_name="Ejemplo").client.id
    p = Presence(store, "Ana")
    p.hold(cid)
    assert p.who_has_open([cid]) == {} and p.pid() is None
    p.close()
    store.lock()


def test_keys_are_signed_bigints_and_stable() -> None:
    keys = {presence_key(f"client-{i}") for i in range(2000)}
    assert len(keys) == 2000
    assert all(-(1 << 63) <= k < (1 << 63) for k in keys)
    assert presence_key("x") == presence_key("x")
