"""Clinic mode (issue 22) speed, each figure beside the SQLCipher store in the same run:

  open profile     ``CaseStore.load`` of the demo client over a local unix socket vs the
                   same load from the SQLCipher file; target <= 2x
  writers          10 processes, each saving its own clients (different clients), vs the same
                   saves by one process; nothing may be lost and the 10 must reach >= 50%
                   of the one process's throughput
  blind search     ``list_clients`` over 100,000 clients whose names are sealed on the server,
                   through the keyed blind index (``casefile.cipher``): < 50 ms for a full
                   name, an A-number and a rare family name; printed beside the bare SQL
                   token lookup it runs on (``tokens @> ...`` with the GIN index), the cost
                   of opening and sorting the hits being the difference

Runs its own throwaway cluster (casefile/pgcluster.py); fictional clients only.
Run:  .venv/bin/python benchmarks/bench_clinic.py [saves_per_writer] [search_clients]
      (search_clients defaults to 100000; creating them takes a few minutes)
Prints PASS/FAIL per line; exit 1 if any fails.
"""

from __future__ import annotations

import multiprocessing
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402

from benchmarks.bench_store import PASSPHRASE, fictional_profiles, timed_pair  # noqa: E402
from casefile.pgcluster import PgCluster, throwaway_cluster  # noqa: E402
from casefile.store import CaseStore  # noqa: E402

WRITERS = 10


def _median_load(store: CaseStore, cid: str, rounds: int = 200) -> float:
    store.load(cid)  # warm: connection pool, statement caches
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        store.load(cid)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _new_db(cluster: PgCluster, name: str) -> str:
    with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return cluster.url(name)


def bench_open(cluster: PgCluster, tmp: Path) -> bool:
    local = CaseStore.create(tmp / "local", PASSPHRASE)
    server = CaseStore.on_server(tmp / "server", _new_db(cluster, "open_bench"))
    try:
        a = _median_load(local, local.add_demo_client().client.id)
        b = _median_load(server, server.add_demo_client().client.id)
    finally:
        local.close()
        server.close()
    ratio = b / a
    ok = ratio <= 2.0
    print(f"open profile: sqlcipher {a * 1000:.2f} ms, postgres {b * 1000:.2f} ms, "
          f"ratio {ratio:.2f}x (target <= 2x) {'PASS' if ok else 'FAIL'}")  # fmt: skip
    return ok


def _writer(url: str, tag: str, saves: int, start: Any, done: Any) -> None:
    store = CaseStore.on_server(Path(tempfile.mkdtemp()), url)
    try:
        profile = store.create_client(given_name=f"Writer{tag}", family_name="Ejemplo")
        start.wait()  # timing starts when every writer is connected (not process start-up)
        for i in range(saves):
            profile.client.city_of_birth = f"Ciudad {tag}-{i}"
            store.save(profile)
        done.put(time.monotonic())  # the last save committed (not the process's exit)
    finally:
        store.close()


def _run_writers(url: str, writers: int, saves: int) -> float:
    """Seconds from the moment every writer is connected until the last one's last save
    committed (CLOCK_MONOTONIC is one clock for every process on Linux)."""
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(writers + 1)
    done = ctx.Queue()
    procs = [
        ctx.Process(target=_writer, args=(url, str(w), saves, start, done)) for w in range(writers)
    ]
    for p in procs:
        p.start()
    start.wait()
    t = time.monotonic()
    ends = [done.get(timeout=600) for _ in procs]
    for p in procs:
        p.join()
    if any(p.exitcode != 0 for p in procs):
        raise SystemExit("a writer process failed")
    return max(ends) - t


def _check_nothing_lost(url: str, writers: int, saves: int) -> bool:
    store = CaseStore.on_server(Path(tempfile.mkdtemp()), url)
    try:
        rows = store.list_clients()
        ok = len(rows) == writers
        for row in rows:
            p = store.load(row.id)
            tag = p.client.given_name.removeprefix("Writer")
            ok = (
                ok
                and p.version == saves + 1
                and p.client.city_of_birth == f"Ciudad {tag}-{saves - 1}"
            )
    finally:
        store.close()
    return ok


def bench_writers(cluster: PgCluster, saves: int) -> bool:
    one_url = _new_db(cluster, "writers_one")
    many_url = _new_db(cluster, "writers_many")
    # One process doing all the saves (same total), then 10 processes in parallel.
    one = _run_writers(one_url, 1, saves * WRITERS)
    many = _run_writers(many_url, WRITERS, saves)
    intact = _check_nothing_lost(many_url, WRITERS, saves)
    total = saves * WRITERS
    share = (total / many) / (total / one)
    ok = intact and share >= 0.5
    print(f"writers: 1 process {total / one:.0f} saves/s, {WRITERS} processes "
          f"{total / many:.0f} saves/s ({share:.0%} of one; target >= 50%), "
          f"nothing lost {'yes' if intact else 'NO'} {'PASS' if ok else 'FAIL'}")  # fmt: skip
    return ok


#: Clients with names found nowhere else in the generated set (the needle of a real search).
RARE = [("Xiomara", "Villalobos-Etxeberria"), ("Teodulfo", "Aranzazu"), ("Wenceslao", "Ybarra")]


def bench_search(cluster: PgCluster, tmp: Path, n: int) -> bool:
    from casefile.search import query_words

    url = _new_db(cluster, "search_bench")
    store = CaseStore.on_server(tmp / "search", url)
    cipher = store.sealer.cipher
    assert cipher is not None
    try:
        t = time.perf_counter()
        chunk = 2000
        for start in range(0, n, chunk):
            store.save_many(fictional_profiles(min(chunk, n - start), seed=start + 1))
        for given, family in RARE:
            store.create_client(given_name=given, family_name=family, a_number="A087654321")
        print(f"blind search: {n + len(RARE)} clients created (save_many, chunks of {chunk}) "
              f"in {time.perf_counter() - t:.0f} s")  # fmt: skip
        with store.db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE clientindex")
            conn.commit()
        ok = True
        for query in ("lucia ibanez", "A087654321", "villalobos", "xio vill"):
            words = query_words(query)
            tokens = "{" + ",".join(map(str, cipher.word_tokens(words))) + "}"

            def ours(q: str = query) -> None:
                store.list_clients(q)

            def bare(tok: str = tokens) -> None:
                with store.db.engine.connect() as conn:
                    conn.exec_driver_sql(
                        "SELECT client_id, display_name FROM clientindex "
                        "WHERE NOT archived AND tokens @> ?::bigint[]",
                        (tok,),
                    ).all()

            (_mn, med), (_bmn, bmed) = timed_pair(ours, bare, 15)
            hits = len(store.list_clients(query))
            good = med < 0.050
            ok = ok and good
            print(f"  search {query!r:16s} {hits:5d} hits  {med * 1000:7.2f} ms (bare token "
                  f"lookup {bmed * 1000:6.2f} ms, ratio {med / bmed:5.1f}x)  target < 50 ms "
                  f"{'PASS' if good else 'FAIL'}")  # fmt: skip
    finally:
        store.close()
    return ok


def main(argv: list[str]) -> int:
    saves = int(argv[0]) if argv else 50
    clients = int(argv[1]) if len(argv) > 1 else 100_000
    with throwaway_cluster() as cluster, tempfile.TemporaryDirectory() as tmp:
        results = [bench_open(cluster, Path(tmp)), bench_writers(cluster, saves)]
        results.append(bench_search(cluster, Path(tmp), clients))
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
