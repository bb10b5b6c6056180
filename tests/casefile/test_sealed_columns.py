"""Issue 22 item 3: on a clinic server the app seals every sensitive value before it leaves
(``casefile.cipher``), searches through a keyed blind index, and holds the data key only
wrapped for each user. Real server (the session's throwaway cluster), fictional clients only.
The ``pg_dump`` scan is in tests/reliability/test_plaintext.py."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from casefile.cipher import ClinicCipher, new_data_key, unwrap, wrap
from casefile.demo import DEMO_CLIENT_ID
from casefile.errors import CipherError, NoClinicKey, WrongKeyPassword
from casefile.pgcluster import PgCluster
from casefile.search import a_number_query, query_words
from casefile.store import SEALED, CaseStore
from tests.casefile.helpers import PASSPHRASE


@pytest.fixture
def server(pg_url: str, tmp_path: Path):
    store = CaseStore.on_server(tmp_path / "laptop", pg_url)
    yield store
    store.lock()


def _raw(store: CaseStore, sql: str, *params: object) -> list[tuple[object, ...]]:
    with store.db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql, params or ()).all()]


# -- the cipher itself ---------------------------------------------------------------------


def test_sealed_values_open_only_in_their_own_column_and_under_their_own_key() -> None:
    key = new_data_key()
    c = ClinicCipher(key)
    sealed = c.seal("Lucía", "client.given_name")
    assert sealed.startswith("rd1:") and "Luc" not in sealed
    assert sealed != c.seal("Lucía", "client.given_name")  # a fresh nonce every time
    assert c.open(sealed, "client.given_name") == "Lucía"
    with pytest.raises(CipherError, match=r"client\.family_name"):
        c.open(sealed, "client.family_name")  # moved to another column
    with pytest.raises(CipherError):
        ClinicCipher(new_data_key()).open(sealed, "client.given_name")  # another clinic's
    assert c.token("n", "luc") == ClinicCipher(key).token("n", "luc")
    assert c.token("n", "luc") != ClinicCipher(new_data_key()).token("n", "luc")


def test_the_wrapped_key_opens_only_with_its_user_and_password() -> None:
    key = new_data_key()
    salt, wrapped = wrap(key, "para_ben", "a long enough secret")
    assert unwrap(salt, wrapped, "para_ben", "a long enough secret") == key
    with pytest.raises(WrongKeyPassword, match="para_ben"):
        unwrap(salt, wrapped, "para_ben", "a long enough secreT")
    with pytest.raises(WrongKeyPassword):
        unwrap(salt, wrapped, "stud_cy", "a long enough secret")  # copied to another user


def test_index_tokens_cover_word_beginnings_and_a_number_runs() -> None:
    c = ClinicCipher(new_data_key())
    tokens = set(c.index_tokens("lucia vargas", "099999001"))
    assert {c.token("n", "l"), c.token("n", "lucia"), c.token("n", "varg")} <= tokens
    assert c.token("n", "ucia") not in tokens  # the inside of a word is not indexed
    assert {c.digit_token("999"), c.digit_token("99999001"), c.digit_token("099999001")} <= tokens
    assert c.digit_token("09") not in tokens  # runs of three digits or more only


# -- the store on a server ------------------------------------------------------------------


def test_every_sealed_column_is_text_on_the_server(server: CaseStore) -> None:
    """A sensitive column added later as a date, flag or JSON needs a migration making it text
    on PostgreSQL; this fails until it has one."""
    rows = _raw(
        server,
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = 'public'",
    )
    types = {(t, c): d for t, c, d in rows}
    sealed = [where.split(".") for cols in SEALED.values() for _i, where, _k in cols]
    assert len(sealed) > 100
    text = ("text", "character varying")  # VARCHAR without a length holds any text
    wrong = [f"{t}.{c}: {types[(t, c)]}" for t, c in sealed if types[(t, c)] not in text]
    assert wrong == []
    assert types[("clientindex", "tokens")] == "ARRAY"


def test_demo_client_is_sealed_on_the_server_and_reads_back_whole(server: CaseStore) -> None:
    saved = server.add_demo_client()
    row = _raw(server, "SELECT given_name, a_number, date_of_birth, do_not_contact FROM client")[0]
    assert row[3] is None  # nothing stored stays nothing (no sealed empty value)
    assert all(isinstance(v, str) and v.startswith("rd1:") for v in row[:3]), row
    harms = _raw(server, "SELECT harms, could_leave FROM episode")[0]
    assert all(str(v).startswith("rd1:") for v in harms if v is not None)
    index = _raw(server, "SELECT names, a_number9, sort_key, display_name FROM clientindex")[0]
    assert index[:3] == ("", None, "") and str(index[3]).startswith("rd1:")
    # A second store (another laptop) opens the same key and reads every field back.
    again = CaseStore.on_server(server.data_dir / "other", str(server.database_url))
    try:
        loaded = again.load(DEMO_CLIENT_ID)
    finally:
        again.lock()
    assert loaded.client.model_dump() == saved.client.model_dump()
    assert [e.model_dump() for e in loaded.rows("episodes")] == [
        e.model_dump() for e in saved.rows("episodes")
    ]


def test_an_edit_is_sealed_and_the_list_follows(server: CaseStore) -> None:
    p = server.add_demo_client()
    p.client.family_name = "Quintanilla"
    p.client.date_of_birth = p.client.date_of_birth.replace(year=1991)  # type: ignore[union-attr]
    server.save(p)
    stored = _raw(server, "SELECT family_name, date_of_birth FROM client")[0]
    assert all(str(v).startswith("rd1:") for v in stored)
    assert [s.display_name for s in server.list_clients("quin")] == ["Lucía Quintanilla"]
    assert server.list_clients("vargas") == [] or all(
        "Vargas" in " ".join(s.aliases) for s in server.list_clients("vargas")
    )
    assert server.load(DEMO_CLIENT_ID).client.date_of_birth.year == 1991  # type: ignore[union-attr]
    server.archive(DEMO_CLIENT_ID)
    assert server.list_clients() == []
    assert [s.archived for s in server.list_clients(include_archived=True)] == [True]


@pytest.mark.parametrize(
    "query",
    [
        "lucia",
        "LUCÍA",
        "vargas lu",
        "lucy",
        "099999001",
        "A-099-999-001",
        "999-001",
        "ria",
        "tomas",
        "otro",
        "012345678",
        "345",
        "zz",
        "",
    ],
)
def test_blind_search_gives_the_reference_answers(server: CaseStore, query: str) -> None:
    server.add_demo_client()
    server.create_client(given_name="Tomás", family_name="Otro", a_number="A012345678")
    server.create_client(given_name="María", family_name="Ría Soto")
    got = [s.id for s in server.list_clients(query)]
    assert got == [s.id for s in server.list_clients_slow(query)]
    words, digits = query_words(query), a_number_query(query)
    if query == "ria":  # a word beginning: "Ría Soto" is found, "María" (inside) is not
        assert [s.display_name for s in server.list_clients(query)] == ["María Ría Soto"]
    if not words and digits is None:
        assert len(got) == 3


def test_rows_written_before_the_key_are_sealed_when_it_is_made(
    pg_cluster: PgCluster, pg_url: str, tmp_path: Path
) -> None:
    """An older clinic database (plain values, no key): the first open makes the key and
    seals what is there, in the same transaction."""
    db = str(make_url(pg_url).database)
    with psycopg.connect(pg_cluster.conninfo(db), autocommit=True) as su:
        su.execute(
            "INSERT INTO client (id, created_at, updated_at, archived, given_name, "
            "date_of_birth, do_not_contact) VALUES ('c-old', now(), now(), false, 'Odalys', "
            "'1990-02-03', '[\"uncle\"]')"
        )
        su.execute(
            "INSERT INTO episode (id, client_id, position, created_at, updated_at, could_leave) "
            "VALUES ('e-old', 'c-old', 0, now(), now(), '0')"
        )
    store = CaseStore.on_server(tmp_path / "laptop", pg_url)
    try:
        raw = _raw(store, "SELECT given_name, date_of_birth FROM client")[0]
        assert all(str(v).startswith("rd1:") for v in raw)
        p = store.load("c-old")
        assert p.client.given_name == "Odalys" and str(p.client.date_of_birth) == "1990-02-03"
        assert p.client.do_not_contact == ["uncle"]
        assert p.rows("episodes")[0].could_leave is False  # type: ignore[attr-defined]
        assert [s.id for s in store.list_clients("odal")] == ["c-old"]
    finally:
        store.lock()


def test_a_changed_value_on_the_server_is_refused_not_misread(server: CaseStore) -> None:
    server.add_demo_client()
    given, family = _raw(server, "SELECT given_name, family_name FROM client")[0]
    with server.db.engine.begin() as conn:  # someone swaps two sealed values on the server
        conn.exec_driver_sql("UPDATE client SET given_name = ?, family_name = ?", (family, given))
    with pytest.raises(CipherError, match=r"client\.(given|family)_name"):
        server.load(DEMO_CLIENT_ID)


def test_a_user_without_the_key_or_with_another_password_reads_nothing(
    pg_cluster: PgCluster, pg_url: str, tmp_path: Path
) -> None:
    first = CaseStore.on_server(tmp_path / "a", pg_url)  # makes the key (for the superuser)
    first.add_demo_client()
    first.lock()
    db = str(make_url(pg_url).database)
    with psycopg.connect(pg_cluster.conninfo(db), autocommit=True) as su:
        su.execute(
            "DO $$ BEGIN CREATE ROLE sealed_newcomer LOGIN; "
            "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        )
        su.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO sealed_newcomer")
    newcomer = pg_cluster.url(db, user="sealed_newcomer")
    with pytest.raises(NoClinicKey, match="sealed_newcomer"):
        CaseStore.on_server(tmp_path / "b", newcomer)
    # The trust-auth test cluster lets any password in; the key still opens only with the one
    # it was wrapped with ('' here).
    with pytest.raises(WrongKeyPassword):
        CaseStore.on_server(tmp_path / "c", pg_url, "not the password it was wrapped with")


def test_the_laptop_store_is_unchanged(tmp_path: Path) -> None:
    """The SQLCipher file is encrypted whole: no per-value sealing, no key table."""
    store = CaseStore.create(tmp_path / "d", PASSPHRASE)
    try:
        store.add_demo_client()
        assert store.sealer.cipher is None
        assert store.list_clients("ria") == []  # substring search as before (no "María")
        assert [s.id for s in store.list_clients("cia")] == [DEMO_CLIENT_ID]  # inside "Lucía"
        given = _raw(store, "SELECT given_name FROM client")[0][0]
        assert given == "Lucía"
    finally:
        store.lock()
