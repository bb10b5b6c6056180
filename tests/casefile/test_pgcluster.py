"""The throwaway PostgreSQL cluster: starts, serves, stops without leftovers; clear errors."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from casefile.errors import PostgresNotFound
from casefile.pgcluster import PgCluster, find_bin_dir, process_alive, throwaway_cluster


def test_each_test_gets_its_own_database(pg_cluster: PgCluster, pg_url: str) -> None:
    name = pg_url.split("/")[3].split("?")[0]
    with psycopg.connect(pg_cluster.conninfo(name)) as conn:
        conn.execute("CREATE TABLE mine (x int)")
        conn.execute("INSERT INTO mine VALUES (7)")
        assert conn.execute("SELECT current_database(), x FROM mine").fetchone() == (name, 7)
    assert pg_cluster.socket_dir.is_dir()
    assert str(pg_cluster.socket_dir) in pg_url


def test_cluster_stops_and_leaves_nothing_behind() -> None:
    with throwaway_cluster() as cluster:
        pid = cluster.server_pid()
        assert pid is not None and process_alive(pid)
        base = cluster.base
    assert not process_alive(pid)
    assert not base.exists()


def test_cluster_is_removed_when_the_block_fails() -> None:
    with pytest.raises(RuntimeError), throwaway_cluster() as cluster:
        pid = cluster.server_pid()
        raise RuntimeError("a test failed inside")
    assert pid is not None and not process_alive(pid)
    assert not cluster.base.exists()


def test_missing_binaries_say_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("casefile.pgcluster._BIN_GLOBS", ())
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("PG_BIN", str(tmp_path))
    with pytest.raises(PostgresNotFound, match="install the postgresql package"):
        find_bin_dir()


def test_password_cluster_refuses_a_connection_without_the_password() -> None:
    # The clinic server's shape: scram-sha-256 with a generated superuser password.
    from casefile.pgcluster import new_cluster

    cluster = new_cluster(password="generate")
    try:
        cluster.start()
        assert cluster.password and len(cluster.password) >= 24
        with psycopg.connect(cluster.conninfo()) as conn:
            assert conn.execute("SHOW password_encryption").fetchone() == ("scram-sha-256",)
        anonymous = cluster.conninfo().replace(f" password={cluster.password}", "")
        with pytest.raises(psycopg.OperationalError, match="password"):
            psycopg.connect(anonymous + " password=wrong")
    finally:
        cluster.remove()
    assert not cluster.base.exists()
