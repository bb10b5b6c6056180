"""Benchmark: the case store at clinic scale, each figure against a bare SQLCipher baseline
measured in the same run on the same file (same key, WAL, synchronous FULL).

    .venv/bin/python benchmarks/bench_store.py [--sizes 1000 10000] [--rounds 7]

1. Search and list. For each size, N fictional clients are created through the public API in
   one transaction (``CaseStore.save_many``, the store's bulk path). Then:
   - search: ``list_clients(query)`` for typical typed queries (part of a family name, a
     given name with accents left out, two words, part of an A-number) against a bare
     ``SELECT client_id FROM clientindex WHERE names LIKE ?`` over the same key column;
   - list: ``list_clients()`` of every client against the bare select of the same columns
     where the profile keeps them (client table and aliases, tuples only); the select from
     the narrow index table the store reads is printed beside it for reference.
   Target: search over 10,000 < 50 ms and <= 3x the bare LIKE; list <= 2x the bare select.
   The growth from the smallest to the largest size is printed.
2. Profile load and save of the fictional demo profile:
   - load against the bare SELECT of the same rows (client + every child table, tuples);
   - save of a one-field edit against a bare transaction that UPDATEs that field;
   - whole-profile save (a profile not read from the store) against the bare delete+insert
     of the same rows.
   Target: load <= 5x, save <= 3x.

Each pair (ours, bare) is timed in alternation, ``--rounds`` times after a warm-up, so both
see the same load on the shared machine; each line ends PASS or FAIL on the ratio of the
medians, with the ratio of the minima printed beside it. The exit status is 1 if any line
failed. Fictional data
only; everything happens in a temporary folder that is deleted.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from casefile.db import _connect
from casefile.demo import demo_profile
from casefile.models import CHILD_TABLES, Answer, Client
from casefile.paths import db_file
from casefile.profile import Profile
from casefile.serialize import column_names, row_to_json
from casefile.store import CaseStore

PASSPHRASE = "benchmark passphrase"
FAILED: list[str] = []

GIVEN = [
    "María",
    "José",
    "Lucía",
    "Ana",
    "Óscar",
    "Inés",
    "Chloé",
    "Nguyễn",
    "Amara",
    "Dayo",
    "Sofía",
    "Tomás",
    "Zoë",
    "Ikaika",
    "Leilani",
    "Xiomara",
    "Ramón",
    "Søren",
    "Aigerim",
]
FAMILY = ["González", "Pérez", "Hernández", "Müller", "Ñúñez", "O'Brien", "Đặng", "Okafor",
          "Castañeda", "Quispe", "Mamani", "Björk", "Lefèvre", "Sánchez", "Cruz", "Tran",
          "Ibáñez", "Zúñiga", "Kowalczyk"]  # fmt: skip


def fictional_profiles(n: int, seed: int) -> list[Profile]:
    """``n`` fictional clients with accented names, aliases and A-numbers."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        p = Profile(
            client=Client(
                given_name=rng.choice(GIVEN),
                family_name=f"{rng.choice(FAMILY)}{'-' + rng.choice(FAMILY) if i % 4 == 0 else ''}",
                middle_name=rng.choice(GIVEN) if i % 3 == 0 else None,
                chosen_name=rng.choice(GIVEN) if i % 7 == 0 else None,
                date_of_birth=date(1960 + i % 45, 1 + i % 12, 1 + i % 28),
                a_number=f"{rng.randrange(10**8, 10**9 - 1):09d}" if i % 2 == 0 else None,
                current_state="NY",
            )
        )
        if i % 3 == 0:
            p.add("aliases", name=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", source="work")
        out.append(p)
    return out


def timed(fn: Callable[[], Any], rounds: int) -> tuple[float, float]:
    """(min, median) seconds of ``rounds`` calls after one warm-up."""
    fn()
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)


def timed_pair(
    ours: Callable[[], Any], bare: Callable[[], Any], rounds: int, *, bare_first: bool = False
) -> tuple[tuple[float, float], tuple[float, float]]:
    """(min, median) of ours, then of bare: both timed in alternation (so both see the same
    machine load), after one untimed warm-up round. ``bare_first`` runs bare first in each
    round, for when ours must find what bare leaves behind."""
    first, second = (bare, ours) if bare_first else (ours, bare)
    first()
    second()
    a: list[float] = []
    b: list[float] = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        first()
        t1 = time.perf_counter()
        second()
        t2 = time.perf_counter()
        a.append(t1 - t0)
        b.append(t2 - t1)
    if bare_first:
        a, b = b, a
    return (min(a), statistics.median(a)), (min(b), statistics.median(b))


def report(name: str, ours: tuple[float, float], bare: tuple[float, float], limit: float,
           extra: str = "") -> float:  # fmt: skip
    # PASS/FAIL on the ratio of the medians of alternated runs; the ratio of the minima is
    # printed beside it.
    ratio = ours[1] / bare[1]
    ratio_min = ours[0] / bare[0]
    ok = ratio <= limit
    if not ok:
        FAILED.append(name)
    print(
        f"{name:34s} {ours[1] * 1000:8.2f} ms (min {ours[0] * 1000:7.2f})  bare "
        f"{bare[1] * 1000:7.2f} ms (min {bare[0] * 1000:7.2f})  ratio median {ratio:5.2f}x "
        f"(min {ratio_min:5.2f}x) (<= {limit}x){extra}  "
        f"{'PASS' if ok else 'FAIL'}"
    )
    return ratio


# -- 1. search and list ------------------------------------------------------------------

QUERIES = ["gonzalez", "lucia ibanez", "ZUÑIGA", "okafor cruz"]


def bench_scale(tmp: Path, n: int, rounds: int) -> dict[str, float]:
    where = tmp / f"scale-{n}"
    store = CaseStore.create(where, PASSPHRASE)
    profiles = fictional_profiles(n, seed=n)
    t0 = time.perf_counter()
    store.save_many(profiles)
    print(f"\n{n} clients created in one transaction (save_many) in "
          f"{time.perf_counter() - t0:.1f} s")  # fmt: skip
    a_num = next(p.client.a_number for p in profiles if p.client.a_number)
    assert a_num
    queries = [*QUERIES, f"A-{a_num[1:4]}-{a_num[4:7]}"]
    raw = _connect(db_file(where), PASSPHRASE)
    out: dict[str, float] = {}

    def search_all() -> None:
        for q in queries:
            store.list_clients(q)

    def bare_like() -> None:
        for q in queries:
            words = q.replace(",", " ").split()
            like = " AND ".join("names LIKE ?" for _ in words)
            raw.execute(
                f"SELECT client_id FROM clientindex WHERE {like}",
                [f"%{w.lower()}%" for w in words],
            ).fetchall()

    hits = [len(store.list_clients(q)) for q in queries]
    ours, bare = timed_pair(search_all, bare_like, rounds)
    per_query = (ours[0] / len(queries), ours[1] / len(queries))
    out["search_ms"] = per_query[1] * 1000
    out["search_ratio"] = report(
        f"search {n} (per query, hits {min(hits)}-{max(hits)})",
        per_query,
        (bare[0] / len(queries), bare[1] / len(queries)),
        3.0,
    )
    if n >= 10_000 and per_query[1] >= 0.050:
        FAILED.append(f"search {n} >= 50 ms")
        print(f"search {n}: {per_query[1] * 1000:.1f} ms >= 50 ms  FAIL")

    def list_all() -> None:
        store.list_clients()

    def bare_list() -> None:
        # The listed columns where the profile keeps them: the client table and the aliases.
        raw.execute(
            "SELECT id, given_name, family_name, a_number, date_of_birth, updated_at, archived "
            "FROM client WHERE archived = 0"
        ).fetchall()
        raw.execute(
            "SELECT client_id, name FROM alias WHERE name IS NOT NULL AND name != '' "
            "ORDER BY client_id, position, id"
        ).fetchall()

    def bare_index_select() -> None:
        # For reference: the same columns from the client index, sorted, tuples only.
        raw.execute(
            "SELECT client_id, display_name, aliases, a_number, date_of_birth, updated_at, "
            "archived FROM clientindex WHERE archived = 0 ORDER BY sort_key, client_id"
        ).fetchall()

    assert len(store.list_clients()) == n
    ours, bare = timed_pair(list_all, bare_list, rounds)
    out["list_ms"] = ours[1] * 1000
    out["list_ratio"] = report(f"list all {n}", ours, bare, 2.0)
    narrow = timed(bare_index_select, rounds)
    print(
        f"  (the same select from the narrow index table alone: {narrow[1] * 1000:.2f} ms, "
        f"min {narrow[0] * 1000:.2f}; list_clients / that = {ours[0] / narrow[0]:.2f}x min: "
        "the rest is building the summaries in Python)"
    )
    raw.close()
    store.lock()
    return out


# -- 2. load and save --------------------------------------------------------------------


def _sql_value(v: Any) -> Any:
    if isinstance(v, datetime):
        return v.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, list | dict):
        return json.dumps(v)
    return v


def _bare_rows(p: Profile) -> list[tuple[str, str, list[tuple[Any, ...]]]]:
    """(table, INSERT statement, parameter rows) for a profile."""
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


def bench_profile(tmp: Path, rounds: int) -> None:
    print("\nprofile load and save (fictional demo profile)")
    where = tmp / "profile"
    store = CaseStore.create(where, PASSPHRASE)
    cid = store.add_demo_client().client.id
    raw = _connect(db_file(where), PASSPHRASE)
    child_tables = [str(t.__tablename__) for t in CHILD_TABLES] + [str(Answer.__tablename__)]

    def bare_load() -> None:
        raw.execute("SELECT * FROM client WHERE id = ?", (cid,)).fetchall()
        for t in child_tables:
            raw.execute(f"SELECT * FROM {t} WHERE client_id = ?", (cid,)).fetchall()

    report("load", *timed_pair(lambda: store.load(cid), bare_load, rounds), 5.0)

    profile = store.load(cid)
    counter = iter(range(10**6))
    # The bare statements write another client: bumping the version of the one the store
    # saves would (rightly) make its next save stale.
    bare_cid = store.create_client(given_name="Bare", family_name="Baseline").client.id

    def save_one_field() -> None:
        profile.client.gender_identity = f"edit {next(counter)}"
        store.save(profile)

    def bare_update() -> None:
        # The equivalent in bare SQL of what a save must do (the optimistic version
        # check and the audit trail are part of a save, so the baseline runs them too): bump
        # the version where it is unchanged, update the column, record the event, commit.
        stamp = datetime.now(UTC).isoformat(sep=" ")
        raw.execute("BEGIN")
        raw.execute(
            "UPDATE clientindex SET version = version + 1, updated_at = ? "
            "WHERE client_id = ? AND version = version",
            (stamp, bare_cid),
        )
        raw.execute(
            "UPDATE client SET gender_identity = ?, updated_at = ? WHERE id = ?",
            (f"edit {next(counter)}", stamp, bare_cid),
        )
        raw.execute(
            "INSERT INTO auditevent (client_id, at, action, target) VALUES (?, ?, 'update', '')",
            (bare_cid, stamp),
        )
        raw.execute("COMMIT")

    report("save one edited field", *timed_pair(save_one_field, bare_update, rounds), 3.0)

    # Profiles not read from the store are written whole; built before the timing.
    fresh = [demo_profile() for _ in range(rounds + 1)]

    def save_whole() -> None:
        store.save(fresh.pop())

    rows = _bare_rows(demo_profile())
    all_tables = [*child_tables, "clientindex", "client"]

    def bare_rewrite() -> None:
        raw.execute("BEGIN")
        for table in all_tables:
            key = "id" if table == "client" else "client_id"
            raw.execute(f"DELETE FROM {table} WHERE {key} = ?", (cid,))
        for _table, stmt, params in rows:
            raw.executemany(stmt, params)
        raw.execute("COMMIT")

    # The store's whole save runs after the bare rewrite, so it always finds the client
    # (and, when timed first, its own rows): alternate them.
    report(
        "save whole profile",
        *timed_pair(save_whole, bare_rewrite, rounds, bare_first=True),
        3.0,
    )
    raw.close()
    store.lock()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        results = {n: bench_scale(Path(tmp), n, args.rounds) for n in args.sizes}
        if len(args.sizes) > 1:
            lo, hi = min(args.sizes), max(args.sizes)
            print(
                f"\ngrowth {lo} -> {hi} clients ({hi / lo:.0f}x rows): search "
                f"{results[hi]['search_ms'] / results[lo]['search_ms']:.1f}x, list "
                f"{results[hi]['list_ms'] / results[lo]['list_ms']:.1f}x"
            )
        bench_profile(Path(tmp), args.rounds)
    print("\nALL PASS" if not FAILED else f"\nFAILED: {', '.join(FAILED)}")
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
