"""Crash safety: a child process saves in a loop and is killed with SIGKILL at random
moments; afterwards the database opens, passes PRAGMA integrity_check, and holds every save
the child reported as committed, never half of one. 6 kills normally, 20 with
RELIEFDESK_SLOW=1."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from casefile import CaseStore
from casefile.demo import DEMO_CLIENT_ID
from tests.casefile.helpers import PASSPHRASE

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 20 if os.environ.get("RELIEFDESK_SLOW") == "1" else 6


def _run_and_kill(where: Path, rng: random.Random) -> list[int]:
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(where), PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline().strip()
    assert first == "ready", proc.stderr.read() if proc.stderr else first
    # Let it save for a random while (a few saves up to a few dozen), then kill mid-flight.
    time.sleep(rng.uniform(0.02, 0.4))
    proc.send_signal(signal.SIGKILL)
    out, _err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return [int(line) for line in out.split()]


def test_sigkill_during_saves_loses_nothing_committed(tmp_path: Path, summary_line) -> None:
    where = tmp_path / "data"
    store = CaseStore.create(where, PASSPHRASE)
    store.add_demo_client()
    store.lock()
    rng = random.Random(20261129)
    intact = 0
    reported_total = 0
    for _ in range(KILLS):
        reported = _run_and_kill(where, rng)
        reported_total += len(reported)
        store = CaseStore.open(where, PASSPHRASE)
        with store.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        p = store.load(DEMO_CLIENT_ID)
        store.lock()
        last = int((p.client.intake_notes or "save -1").split()[1])
        if reported:
            # Every reported commit is there (one more may have committed unreported).
            assert last in (reported[-1], reported[-1] + 1)
        # Never half a save: the notes and the answer match the counter exactly.
        assert len(p.rows("notes")) == last + 1
        if last >= 0:
            assert p.answers["crash.counter"].value == last
        else:
            assert "crash.counter" not in p.answers
        intact += 1
    assert reported_total > KILLS  # the child really was saving when killed
    summary_line(f"casefile crash test: {intact}/{KILLS} SIGKILLs intact, {reported_total} saves")
