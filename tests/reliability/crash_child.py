"""Child for test_crash.py: saves the demo client in a loop and prints the number of each
save after its commit returned. The parent kills it with SIGKILL at a random moment.

Each save i sets intake_notes to "save i" AND holds exactly i + 1 notes, so a half-applied
save would show as a mismatch. ``run`` is also called in a forked child (no interpreter
start-up per kill); ``python crash_child.py DIR SECRET`` runs it as its own process (SECRET: the
passphrase, or the PostgreSQL URL in clinic mode)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.pg import open_store

DEMO_ID = "demo0000000000000000000000000001"


def run(where: Path, secret: str, out: TextIO) -> None:
    store = open_store(where, secret)
    profile = store.load(DEMO_ID)
    start = int((profile.client.intake_notes or "save -1").split()[1]) + 1
    print("ready", file=out, flush=True)
    i = start
    while True:
        profile.client.intake_notes = f"save {i}"
        profile.add("notes", body=f"fictional note {i}")
        profile.set_answer("crash.counter", i)
        store.save(profile)
        print(i, file=out, flush=True)
        i += 1


if __name__ == "__main__":
    run(Path(sys.argv[1]), sys.argv[2], sys.stdout)
