"""Alembic migrations: the schema at head equals the models, old files open and keep every
field, and a new revision runs on open after a backup. Fictional data only."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

from casefile import migrate as migrate_module
from casefile.db import Database
from casefile.errors import DatabaseTooNew
from casefile.paths import db_file
from casefile.store import CaseStore
from tests.casefile.helpers import as_json

FIXTURES = Path(__file__).parent / "fixtures"
V1_PASSPHRASE = "fixture-passphrase"  # documented in fixtures/make_v1_db.py


def _copy_v1(tmp_path: Path) -> Path:
    where = tmp_path / "data"
    where.mkdir()
    shutil.copyfile(FIXTURES / "v1.db", db_file(where))
    return where


def test_empty_database_migrates_to_head_and_records_it(db_path: Path) -> None:
    db = Database(db_path, "pw", create=True)
    assert db.schema_revision() == migrate_module.head_revision()
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    assert rows == [(migrate_module.head_revision(),)]
    db.close()


def test_migrated_schema_equals_the_models(db_path: Path) -> None:
    """A model change without a migration fails here (alembic check, plus our own diff)."""
    db = Database(db_path, "pw", create=True)
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, SQLModel.metadata)
        insp = inspect(conn)
        tables = set(insp.get_table_names()) - {"alembic_version"}
        assert tables == set(SQLModel.metadata.tables)
        for name, table in SQLModel.metadata.tables.items():
            got = {c["name"]: c for c in insp.get_columns(name)}
            assert set(got) == {c.name for c in table.columns}, name
            for c in table.columns:
                assert got[c.name]["nullable"] == c.nullable, f"{name}.{c.name}"
            got_idx = {i["name"] for i in insp.get_indexes(name)}
            assert got_idx == {i.name for i in table.indexes}, name
    db.close()
    assert diff == []


def _keeps(got: Any, old: Any, where: str = "profile") -> int:
    """Every value of the old file is unchanged; fields added later are empty. Returns how
    many old values were compared."""
    if isinstance(old, dict):
        assert isinstance(got, dict), where
        n = sum(_keeps(got.get(key), old[key], f"{where}.{key}") for key in old)
        for key in set(got) - set(old):
            assert got[key] in (None, []), f"{where}.{key} is new but not empty: {got[key]!r}"
        return n
    if isinstance(old, list) and where.count(".") <= 2:
        assert isinstance(got, list) and len(got) == len(old), where
        return sum(
            _keeps(g, o, f"{where}[{i}]") for i, (g, o) in enumerate(zip(got, old, strict=True))
        )
    assert got == old, where
    return 1


def test_v1_fixture_opens_migrated_and_keeps_every_field(tmp_path: Path, summary_line) -> None:
    expected = json.loads((FIXTURES / "v1_expected.json").read_text(encoding="utf-8"))
    assert expected["revision"] == "0001"
    where = _copy_v1(tmp_path)
    store = CaseStore.open(where, V1_PASSPHRASE)
    assert store.db.schema_revision() == migrate_module.head_revision()
    assert migrate_module.head_revision() != "0001"  # the fixture really was migrated
    loaded = store.load(expected["profile"]["client"]["id"])
    preserved = _keeps(as_json(loaded), expected["profile"])
    assert preserved > 100  # the fixture really holds a full profile
    # Every old row is present, and the new columns are there to be filled.
    assert loaded.client.do_not_contact is None
    loaded.client.do_not_contact = ["text messages"]
    loaded.add("perpetrators", names="'Don Chepe' (fictional)", prohibited_source=True)
    store.save(loaded)
    again = store.load(loaded.client.id)
    assert again.client.do_not_contact == ["text messages"]
    assert again.rows("perpetrators")[0].prohibited_source is True
    assert [b for b in store.list_backups() if "before-upgrade" in b.name]
    store.lock()
    # Every comparison above asserted equality, so reaching here means all were preserved.
    summary_line(f"migrations v1->head fields preserved {preserved}/{preserved}")


def test_pre_alembic_file_is_stamped_then_upgraded(db_path: Path) -> None:
    # A file made by create_all before migrations existed (the lead's first db.py).
    # That schema is revision 0001 without the alembic_version table.
    db = Database(db_path, "pw", create=True, migrate=False)
    db.migrate(migrate_module.INITIAL_REVISION)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE alembic_version")
    assert db.schema_revision() == migrate_module.INITIAL_REVISION
    db.migrate()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            migrate_module.head_revision()
        )
    db.close()


def test_unknown_newer_revision_is_refused(db_path: Path) -> None:
    db = Database(db_path, "pw", create=True)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'zz99'")
    db.close()
    with pytest.raises(DatabaseTooNew) as info:
        Database(db_path, "pw")
    assert "zz99" in str(info.value) and "newer version" in str(info.value)


REVISION_0002 = '''
"""Test-only revision: adds a column."""
import sqlalchemy as sa
from alembic import op

revision = "t002"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("client") as batch_op:
        batch_op.add_column(sa.Column("test_only_extra", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("client") as batch_op:
        batch_op.drop_column("test_only_extra")
'''


def test_a_new_revision_runs_on_open_after_a_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    head = migrate_module.head_revision()
    extra = tmp_path / "extra_versions"
    extra.mkdir()
    (extra / "t002_test_only.py").write_text(REVISION_0002.format(head=head), encoding="utf-8")
    real_config = migrate_module.alembic_config

    def config_with_extra(connection=None):  # type: ignore[no-untyped-def]
        cfg = real_config(connection)
        versions = migrate_module.MIGRATIONS_DIR / "versions"
        cfg.set_main_option("version_locations", f"{versions}:{extra}")
        return cfg

    monkeypatch.setattr(migrate_module, "alembic_config", config_with_extra)
    expected = json.loads((FIXTURES / "v1_expected.json").read_text(encoding="utf-8"))
    where = _copy_v1(tmp_path)
    store = CaseStore.open(where, V1_PASSPHRASE)
    assert store.db.schema_revision() == "t002"
    with store.db.engine.connect() as conn:
        cols = {c["name"] for c in inspect(conn).get_columns("client")}
    assert "test_only_extra" in cols
    _keeps(as_json(store.load(expected["profile"]["client"]["id"])), expected["profile"])
    backups = store.list_backups()
    assert len(backups) == 1 and "before-upgrade" in backups[0].name
    store.lock()
    # The backup is the file as it was before the upgrade.
    conn = sqlcipher3.connect(str(backups[0]))
    conn.execute(f"PRAGMA key = '{V1_PASSPHRASE}'")
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    conn.close()
