"""Child for test_concurrent_saves.py: ``ROUNDS`` load-edit-save rounds on one client.

Each round loads the client, appends this writer's marker ("w<writer>r<round>;") to
``intake_notes`` (a read-modify-write of one field: exactly what two open windows do) and
saves. A save refused as stale (another writer saved since the load) is retried from a fresh
load; the number of refusals is printed at the end. Fictional data only.

    python concurrent_child.py DATA_DIR SECRET CLIENT_ID WRITER ROUNDS GO_FILE

SECRET is the SQLCipher passphrase, or the PostgreSQL URL in clinic mode (tests.pg.open_store).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from casefile.errors import StaleProfile
from tests.pg import open_store


def main(where: str, secret: str, cid: str, writer: str, rounds: int, go: str) -> None:
    store = open_store(Path(where), secret)
    print("ready", flush=True)
    while not Path(go).exists():  # both writers start together
        time.sleep(0.005)
    refused = 0
    for r in range(rounds):
        while True:
            profile = store.load(cid)
            profile.client.intake_notes = (profile.client.intake_notes or "") + f"w{writer}r{r};"
            try:
                store.save(profile)
                break
            except StaleProfile:
                refused += 1
    print(f"done {refused}", flush=True)
    store.lock()


if __name__ == "__main__":
    a = sys.argv[1:]
    main(a[0], a[1], a[2], a[3], int(a[4]), a[5])
