"""Child process for test_crash.py: saves the demo client in a loop and prints the number of
each save after its commit returned. The parent kills it with SIGKILL at a random moment.

Each save i sets intake_notes to "save i" AND holds exactly i + 1 notes, so a half-applied
save would show as a mismatch."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from casefile.store import CaseStore


def main() -> None:
    where, passphrase = Path(sys.argv[1]), sys.argv[2]
    store = CaseStore.open(where, passphrase)
    profile = store.load("demo0000000000000000000000000001")
    start = int((profile.client.intake_notes or "save -1").split()[1]) + 1
    print("ready", flush=True)
    i = start
    while True:
        profile.client.intake_notes = f"save {i}"
        profile.add("notes", body=f"fictional note {i}")
        profile.set_answer("crash.counter", i)
        store.save(profile)
        print(i, flush=True)
        i += 1


if __name__ == "__main__":
    main()
