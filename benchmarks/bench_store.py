"""Benchmark: CaseStore.save + load of the demo profile vs a bare SQLCipher insert of the
same rows (same file settings: WAL, synchronous FULL, same key), in the same run.

    .venv/bin/python benchmarks/bench_store.py [--rounds N]

Prints milliseconds per operation (median of N rounds) and the ratio store / bare.
Fictional demo data only; everything happens in a temporary folder that is deleted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from casefile.db import _connect
from casefile.demo import demo_profile
from casefile.models import CHILD_TABLES, Answer, Client
from casefile.serialize import column_names, row_to_json
from casefile.store import CaseStore

PASSPHRASE = "benchmark passphrase"


def _sql_value(v: Any) -> Any:
    if isinstance(v, datetime):
        return v.isoformat(sep=" ")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, list | dict):
        import json

        return json.dumps(v)
    return v


def _bare_rows() -> list[tuple[str, str, list[tuple[Any, ...]]]]:
    """(table, INSERT statement, parameter rows) for the demo profile."""
    p = demo_profile()
    out = []
    tables: list[tuple[Any, list[Any]]] = [(Client, [p.client])]
    tables += [(t, p.rows(t.__group__)) for t in CHILD_TABLES if p.groups.get(t.__group__)]
    tables.append((Answer, list(p.answers.values())))
    for table, rows in tables:
        if not rows:
            continue
        names = column_names(table)
        stmt = (
            f"INSERT INTO {table.__tablename__} ({', '.join(names)}) "
            f"VALUES ({', '.join('?' for _ in names)})"
        )
        params = [tuple(_sql_value(row_to_json(r)[n]) for n in names) for r in rows]
        out.append((table.__tablename__, stmt, params))
    return out


def bench(rounds: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        # --- the store -----------------------------------------------------------------
        store = CaseStore.create(Path(tmp) / "store", PASSPHRASE)
        profile = demo_profile()
        store.save(profile)  # warm up
        store.load(profile.client.id)
        save_t, load_t, both_t = [], [], []
        for _ in range(rounds):
            t0 = time.perf_counter()
            store.save(profile)
            t1 = time.perf_counter()
            store.load(profile.client.id)
            t2 = time.perf_counter()
            save_t.append(t1 - t0)
            load_t.append(t2 - t1)
            both_t.append(t2 - t0)
        store.lock()

        # --- bare SQLCipher: same schema, same pragmas, one transaction per round --------
        bare_dir = Path(tmp) / "bare"
        CaseStore.create(bare_dir, PASSPHRASE).lock()  # schema via the migrations
        conn = _connect(bare_dir / "cases.db", PASSPHRASE)
        rows = _bare_rows()
        cid = demo_profile().client.id
        all_tables = [t.__tablename__ for t in (*CHILD_TABLES, Answer, Client)]
        bare_t = []
        for i in range(rounds + 1):
            t0 = time.perf_counter()
            conn.execute("BEGIN")
            # Same replace semantics as save(): clear every child table, then insert.
            for table in all_tables:
                key = "id" if table == "client" else "client_id"
                conn.execute(f"DELETE FROM {table} WHERE {key} = ?", (cid,))
            for _table, stmt, params in rows:
                conn.executemany(stmt, params)
            conn.execute("COMMIT")
            if i:  # first round is the warm-up
                bare_t.append(time.perf_counter() - t0)
        conn.close()
    med = statistics.median
    return {
        "store_save_ms": med(save_t) * 1000,
        "store_load_ms": med(load_t) * 1000,
        "store_save_load_ms": med(both_t) * 1000,
        "bare_insert_ms": med(bare_t) * 1000,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    r = bench(args.rounds)
    for k, v in r.items():
        print(f"{k:22s} {v:8.2f}")
    print(f"ratio save+load / bare insert: {r['store_save_load_ms'] / r['bare_insert_ms']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
