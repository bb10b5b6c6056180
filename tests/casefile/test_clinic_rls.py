"""The clinic access model (issue 22 items 4, 5) proved with direct SQL: psycopg sessions
logged in as each role, not the store. The session cluster trusts its local socket, so a
login role connects there without its password."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from casefile import clinic, migrate
from casefile.pgcluster import PgCluster

A, B = "c-assigned-1", "c-other-2"
#: Fictional client names; the audit log must never hold them.
NAMES = {A: "Quillfeather", B: "Marrowdale"}


def _client(conn: psycopg.Connection[Any], cid: str) -> None:
    conn.execute(
        "INSERT INTO client (id, created_at, updated_at, archived, family_name) "
        "VALUES (%s, now(), now(), false, %s)",
        (cid, NAMES[cid]),
    )
    conn.execute(
        "INSERT INTO alias (id, client_id, position, created_at, updated_at, family_name) "
        "VALUES (%s, %s, 0, now(), now(), %s)",
        (f"alias-{cid}", cid, NAMES[cid] + "-alias"),
    )


@pytest.fixture
def clinic_db(pg_cluster: PgCluster, pg_url: str) -> Iterator[tuple[PgCluster, str]]:
    """A fresh database with the access model, four users and two clients: A assigned to
    the paralegal and the student, B to nobody."""
    db = str(make_url(pg_url).database)
    with psycopg.connect(pg_cluster.conninfo(db), autocommit=True) as su:
        clinic.install(su)
        clinic.install(su)  # idempotent: a second run after a migration changes nothing
        for name, role in (
            ("sup_ana", "supervising_attorney"),
            ("para_ben", "paralegal"),
            ("stud_cy", "student"),
            ("para_dee", "paralegal"),
        ):
            clinic.add_user(su, name, role, "not-used-over-trust", team=None)
        for cid in (A, B):
            _client(su, cid)
        clinic.assign(su, A, to="para_ben")
        clinic.assign(su, A, to="stud_cy")
    yield pg_cluster, db


def _as(cluster: PgCluster, db: str, user: str) -> psycopg.Connection[Any]:
    info = cluster.conninfo(db).replace(f"user={cluster.superuser}", f"user={user}")
    return psycopg.connect(info, autocommit=True)


def _ids(conn: psycopg.Connection[Any], table: str) -> set[str]:
    return {r[0] for r in conn.execute(f"SELECT client_id FROM {table}").fetchall()}


def test_paralegal_sees_and_changes_only_assigned_rows(clinic_db: tuple[PgCluster, str]) -> None:
    cluster, db = clinic_db
    with _as(cluster, db, "para_ben") as conn:
        assert {r[0] for r in conn.execute("SELECT id FROM client").fetchall()} == {A}
        assert _ids(conn, "alias") == {A}
        assert conn.execute("UPDATE client SET pronouns = 'x' WHERE id = %s", (B,)).rowcount == 0
        assert (
            conn.execute("UPDATE alias SET family_name = 'x' WHERE client_id = %s", (B,)).rowcount
            == 0
        )
        assert conn.execute("DELETE FROM alias WHERE client_id = %s", (B,)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # no child row for B either
            conn.execute(
                "INSERT INTO alias (id, client_id, position, created_at, updated_at) "
                "VALUES ('sneak', %s, 0, now(), now())",
                (B,),
            )
    with _as(cluster, db, "para_dee") as conn:  # assigned nothing: sees nothing
        assert conn.execute("SELECT count(*) FROM client").fetchone() == (0,)
    with _as(cluster, db, "sup_ana") as conn:
        assert {r[0] for r in conn.execute("SELECT id FROM client").fetchall()} == {A, B}
        assert _ids(conn, "alias") == {A, B}


def test_creator_reads_back_a_new_client(clinic_db: tuple[PgCluster, str]) -> None:
    cluster, db = clinic_db
    with _as(cluster, db, "para_dee") as conn:
        row = conn.execute(
            "INSERT INTO client (id, created_at, updated_at, archived) "
            "VALUES ('c-new', now(), now(), false) RETURNING id"
        ).fetchone()
        assert row == ("c-new",)
        assert conn.execute("SELECT id FROM client").fetchall() == [("c-new",)]
    with _as(cluster, db, "para_ben") as conn:
        assert conn.execute("SELECT count(*) FROM client WHERE id = 'c-new'").fetchone() == (0,)


def test_student_cannot_delete_a_client(clinic_db: tuple[PgCluster, str]) -> None:
    cluster, db = clinic_db
    with _as(cluster, db, "stud_cy") as conn:
        assert _ids(conn, "alias") == {A}
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM client WHERE id = %s", (A,))
    with _as(cluster, db, "sup_ana") as conn:
        assert conn.execute("SELECT count(*) FROM client WHERE id = %s", (A,)).fetchone() == (1,)


def test_audit_log_is_append_only_for_everyone(clinic_db: tuple[PgCluster, str]) -> None:
    cluster, db = clinic_db
    with _as(cluster, db, "para_ben") as conn:
        clinic.record(conn, A, "open")
        clinic.record(conn, A, "export")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # not theirs to read
            conn.execute("SELECT * FROM clinic_audit")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM clinic_audit")
    with _as(cluster, db, "sup_ana") as conn:
        rows = clinic.audit_rows(conn, A)
        assert [(r[1], r[2], r[3]) for r in rows] == [
            ("para_ben", A, "open"),
            ("para_ben", A, "export"),
        ]
        text = repr(conn.execute("SELECT * FROM clinic_audit").fetchall())
        assert not any(name in text for name in NAMES.values())
    # Even the owner's session (and the superuser acting as it) is refused by the trigger.
    with psycopg.connect(cluster.conninfo(db), autocommit=True) as su:
        su.execute(f"SET ROLE {clinic.OWNER}")
        for statement in (
            "UPDATE clinic_audit SET action = 'open'",
            "DELETE FROM clinic_audit",
            "TRUNCATE clinic_audit",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
                su.execute(statement)
        assert su.execute("SELECT count(*) FROM clinic_audit").fetchone() == (2,)


def test_store_records_to_the_clinic_log(clinic_db: tuple[PgCluster, str], tmp_path: Any) -> None:
    from casefile.store import CaseStore

    cluster, db = clinic_db
    store = CaseStore.on_server(tmp_path, cluster.url(db))
    try:
        store.record(A, "generate")
        with pytest.raises(ValueError):  # a typo in an action is caught, not logged
            store.record(A, "opened")
    finally:
        store.lock()
    with _as(cluster, db, "para_ben") as conn:  # the store's own change rows are mirrored
        conn.execute(
            "INSERT INTO auditevent (client_id, at, action, target) "
            "VALUES (%s, now(), 'update', '')",
            (A,),
        )
    with _as(cluster, db, "sup_ana") as conn:
        rows = [(r[1], r[2], r[3]) for r in clinic.audit_rows(conn)]
        assert rows == [(cluster.superuser, A, "generate"), ("para_ben", A, "change")]


def test_clinic_init_end_to_end(monkeypatch: Any, capsys: Any) -> None:
    """One real clinic server: TLS with verify-full against the printed URL works, a plain
    TCP connection is refused, and the supervisor administers users and reads the log."""
    import io
    import shutil
    import tempfile

    import main
    from casefile.pgcluster import free_port

    # Under /tmp, not tmp_path: as root the server runs as `postgres`, which cannot enter
    # pytest's private folders.
    folder = Path(tempfile.mkdtemp(prefix="reliefdesk-clinic-"))
    port = free_port()
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse battery\n"))
    argv = ["clinic", "init", "--dir", str(folder), "--host", "127.0.0.1"]
    argv += ["--port", str(port), "--supervisor", "sup_eve", "--password-stdin"]
    try:
        assert main.main(argv) == 0
        url = next(w for w in capsys.readouterr().out.split() if w.startswith("'postgresql"))
        url = url.strip("'")
        assert "sslmode=verify-full" in url and str(folder / "tls" / "ca.crt") in url
        libpq = url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(libpq, password="correct horse battery") as conn:
            assert conn.info.pgconn.ssl_in_use
            assert conn.execute("SELECT clinic_role()").fetchone() == ("supervising_attorney",)
        plain = libpq.split("?")[0] + "?sslmode=disable"
        with pytest.raises(psycopg.OperationalError, match="no encryption"):
            psycopg.connect(plain, password="correct horse battery")
        assert (folder / "tls" / "server.key").stat().st_mode & 0o077 == 0
        assert (folder / "tls" / "ca.key").stat().st_mode & 0o077 == 0
        monkeypatch.setenv("PGPASSWORD", "correct horse battery")
        monkeypatch.setattr("sys.stdin", io.StringIO("another long secret\n"))
        add = ["--database", url, "clinic", "add-user", "para_fay", "--role", "paralegal"]
        assert main.main([*add, "--password-stdin"]) == 0
        with psycopg.connect(libpq, password="correct horse battery") as conn:
            assert conn.execute(
                "SELECT role FROM clinic_user WHERE username = 'para_fay'"
            ).fetchone() == ("paralegal",)
            clinic.record(conn, "c-x", "print")
        _keys_reach_the_new_user(url, folder)
        remove = ["--database", url, "clinic", "remove-user", "para_fay"]
        assert main.main(remove) == 0
        with psycopg.connect(libpq, password="correct horse battery") as conn:
            assert conn.execute("SELECT clinic_has_keys()").fetchone() == (True,)
            assert conn.execute("SELECT username FROM clinic_keyring").fetchall() == [
                ("sup_eve",)
            ]  # the removed user's wrapped key is gone; a supervisor sees only their own
        with pytest.raises(psycopg.OperationalError):  # the removed user cannot log in
            psycopg.connect(libpq.replace("sup_eve@", "para_fay@"), password="another long secret")
        assert main.main(["clinic", "upgrade", "--dir", str(folder)]) == 0  # idempotent
        assert migrate.head_revision() in capsys.readouterr().out
        out = folder / "audit.csv"
        assert main.main(["--database", url, "clinic", "audit", "--csv", str(out)]) == 0
        lines = out.read_text().splitlines()
        assert lines[0] == "at,who,client_id,action" and lines[1].endswith(",sup_eve,c-x,print")
    finally:
        from casefile.pgcluster import PgCluster, _run_as_user, find_bin_dir

        PgCluster(folder / "pg", port, find_bin_dir(), _owner=_run_as_user()).stop()
        shutil.rmtree(folder, ignore_errors=True)


def test_a_user_behind_the_schema_is_told_to_ask_the_supervisor(
    clinic_db: tuple[PgCluster, str], tmp_path: Any
) -> None:
    from casefile.errors import SchemaBehind
    from casefile.store import CaseStore

    cluster, db = clinic_db
    with psycopg.connect(cluster.conninfo(db), autocommit=True) as su:
        su.execute(
            "UPDATE alembic_version SET version_num = '0011_supplement_a_addresses_marriages'"
        )
    with pytest.raises(SchemaBehind, match="supervising attorney"):
        CaseStore.on_server(tmp_path, cluster.url(db, user="para_ben"))


def _keys_reach_the_new_user(url: str, folder: Path) -> None:
    """Issue 22 item 3 through the real init and add-user: the supervisor's store seals a
    client; the paralegal added by the supervisor opens the same data key with her own
    password and reads the client once it is assigned to her; the wrong password opens
    nothing."""
    from casefile.errors import StoreLocked
    from casefile.store import CaseStore

    sup = CaseStore.on_server(folder / "sup-laptop", url, "correct horse battery")
    try:
        cid = sup.add_demo_client().client.id
        with sup.db.engine.connect() as conn:
            stored = conn.exec_driver_sql("SELECT given_name FROM client").scalar()
        assert str(stored).startswith("rd1:") and "Luc" not in str(stored)
        fay_url = url.replace("sup_eve@", "para_fay@")
        fay = CaseStore.on_server(folder / "fay-laptop", fay_url, "another long secret")
        try:
            assert fay.list_clients() == []  # not assigned to her yet
            with psycopg.connect(
                url.replace("+psycopg", ""), password="correct horse battery"
            ) as c:
                clinic.assign(c, cid, to="para_fay")
            assert [s.display_name for s in fay.list_clients("lucia")] == ["Lucía Ejemplo Vargas"]
            assert fay.load(cid).client.a_number == "099999001"
        finally:
            fay.lock()
        with pytest.raises(StoreLocked):
            fay.list_clients()
    finally:
        sup.lock()
