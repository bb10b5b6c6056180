"""Crash safety: a child process saves in a loop and is killed with SIGKILL at random
moments; after each kill the database opens (CaseStore.open), passes PRAGMA integrity_check,
and holds every save the child reported as committed, never half of one.

20 kills in CI, 100 with RELIEFDESK_SLOW=1 (tests/reliability/scale.py). The first child is a
fresh interpreter running crash_child.py; the others are forked from the test process (same
code, no interpreter start-up per kill), which keeps 20 kills within a few CPU seconds.
On PostgreSQL (clinic mode) the killed process is the client: the server must keep every
committed save and roll back the one in flight.
"""

from __future__ import annotations

import contextlib
import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casefile.demo import DEMO_CLIENT_ID
from tests.pg import assert_intact, open_store, store_and_secret
from tests.reliability import crash_child
from tests.reliability.scale import CRASH_KILLS

CHILD = Path(crash_child.__file__)


def _read_line(fd: int, buf: bytearray, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while b"\n" not in buf:
        left = deadline - time.monotonic()
        ready, _, _ = select.select([fd], [], [], max(left, 0))
        if not ready:
            raise AssertionError("the saving child did not start within 60 s")
        chunk = os.read(fd, 4096)
        if not chunk:
            raise AssertionError("the saving child exited before it was ready")
        buf.extend(chunk)
    line, _, rest = bytes(buf).partition(b"\n")
    buf[:] = rest
    return line.decode()


def _read_all(fd: int, buf: bytearray) -> str:
    while chunk := os.read(fd, 65536):
        buf.extend(chunk)
    return bytes(buf).decode()


def _kill_subprocess(where: Path, secret: str, rng: random.Random) -> list[int]:
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(where), secret],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    fd, buf = proc.stdout.fileno(), bytearray()
    assert _read_line(fd, buf, 60) == "ready"
    time.sleep(rng.uniform(0.02, 0.4))  # let it save a few times, then kill mid-flight
    proc.send_signal(signal.SIGKILL)
    out = _read_all(fd, buf)
    proc.wait(timeout=30)
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    return [int(x) for x in out.split()]


def _kill_fork(where: Path, secret: str, rng: random.Random) -> list[int]:
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: save until killed; never return into pytest
        try:
            os.close(r)
            crash_child.run(where, secret, os.fdopen(w, "w"))
        finally:
            os._exit(3)
    os.close(w)
    buf = bytearray()
    try:
        assert _read_line(r, buf, 60) == "ready"
        time.sleep(rng.uniform(0.02, 0.4))
        os.kill(pid, signal.SIGKILL)
        out = _read_all(r, buf)
    finally:
        os.close(r)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    return [int(x) for x in out.split()]


def test_sigkill_during_saves_loses_nothing_committed(
    tmp_path: Path, summary_line, backend: str, request: pytest.FixtureRequest
) -> None:
    where = tmp_path / "data"
    store, secret = store_and_secret(request, backend, where)
    store.add_demo_client()
    store.lock()  # the parent holds no connection while a child writes
    rng = random.Random(20261129)
    intact = 0
    reported_total = 0
    for k in range(CRASH_KILLS):
        reported = (_kill_subprocess if k == 0 else _kill_fork)(where, secret, rng)
        reported_total += len(reported)
        store = open_store(where, secret)
        try:
            assert_intact(store)
            p = store.load(DEMO_CLIENT_ID)
        finally:
            store.lock()
        last = int((p.client.intake_notes or "save -1").split()[1])
        if reported:
            # Every reported commit is there (one more may have committed unreported).
            assert last in (reported[-1], reported[-1] + 1), (k, reported[-1], last)
        # Never half a save: the notes and the answer match the counter exactly.
        assert len(p.rows("notes")) == last + 1
        if last >= 0:
            assert p.answers["crash.counter"].value == last
        else:
            assert "crash.counter" not in p.answers
        intact += 1
    assert reported_total > CRASH_KILLS  # the children really were saving when killed
    summary_line(
        f"crash ({backend}) {intact}/{CRASH_KILLS} intact "
        f"({reported_total} saves before the kills)"
    )
