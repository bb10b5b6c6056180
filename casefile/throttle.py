"""UnlockThrottle: after several wrong passphrases in a row, the next try must wait.

The first ``FREE_ATTEMPTS`` (5) wrong passphrases cost nothing; after that each try must wait
``1, 2, 4, 8 ...`` seconds after the previous failure, capped at 5 minutes. A correct
passphrase resets the count. The state is a small JSON file in the data folder
(``unlock-throttle.json``) holding only the count of consecutive failures and the time of the
last one, never the passphrase or anything derived from it.

What it protects against: someone at the lawyer's unlocked computer guessing passphrases in
the app. It does not stop an attacker who copies the database file and guesses offline (the
SQLCipher key derivation is the defence there), and deleting the file resets it. The clock is
injectable for tests; it is wall-clock time because the state must survive a restart.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import time
from collections.abc import Callable
from pathlib import Path

from casefile.errors import TooManyAttempts

FREE_ATTEMPTS = 5
BASE_DELAY = 1.0
MAX_DELAY = 300.0
THROTTLE_FILENAME = "unlock-throttle.json"
#: A larger count on disk is damage (the wait reaches its cap after 14).
MAX_FAILURES = 1000

log = logging.getLogger(__name__)

Clock = Callable[[], float]


def delay_after(failures: int) -> float:
    """Seconds the next try must wait after ``failures`` consecutive wrong passphrases."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(BASE_DELAY * 2.0 ** (failures - FREE_ATTEMPTS), MAX_DELAY)


class UnlockThrottle:
    """Counts consecutive wrong passphrases for one data folder."""

    def __init__(self, path: Path, *, clock: Clock = time.time) -> None:
        self.path = Path(path)
        self.clock = clock
        self.failures = 0
        self.last_failure = 0.0
        self._load()

    @classmethod
    def for_data_dir(cls, data_dir: Path, *, clock: Clock = time.time) -> UnlockThrottle:
        return cls(Path(data_dir) / THROTTLE_FILENAME, clock=clock)

    # -- state ---------------------------------------------------------------------------
    def _load(self) -> None:
        """Read the state. A damaged file (unreadable, not JSON, wrong types, a time in the
        future or not finite) is replaced at once by a state of ``FREE_ATTEMPTS`` failures
        just now: one short wait, then the right passphrase works. It is never left in place
        to be read as "failed just now" on every later load (issue 21: that locked the user
        out for good). The event is logged without any content of the file."""
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as exc:
            self._replace_damaged(type(exc).__name__)
            return
        try:
            data = json.loads(raw)
            failures = data["failures"]
            last = data["last_failure"]
            if isinstance(failures, bool) or not isinstance(failures, int):
                raise TypeError("failures")
            if isinstance(last, bool) or not isinstance(last, int | float):
                raise TypeError("last_failure")
            if not math.isfinite(last) or not 0 <= failures <= MAX_FAILURES:
                raise ValueError("out of range")
        except (ValueError, KeyError, TypeError, IndexError) as exc:
            self._replace_damaged(type(exc).__name__)
            return
        self.failures = failures
        self.last_failure = float(last)
        now = self.clock()
        if self.last_failure > now:
            # A failure "in the future" (the clock went back, or the file was edited) would
            # make the wait never end: count it from now instead, and keep that on disk.
            self.last_failure = now
            self._store()

    def _replace_damaged(self, what: str) -> None:
        log.warning(
            "The unlock throttle file %s was damaged (%s); it was replaced.", self.path.name, what
        )
        self.failures = FREE_ATTEMPTS
        self.last_failure = self.clock()
        if self._store():
            return
        # It cannot be replaced (a folder in its place, a read-only disk): a state that can
        # never be written must not turn into a wait on every try. Start from zero.
        log.warning("The unlock throttle file %s could not be replaced.", self.path.name)
        self.failures = 0
        self.last_failure = 0.0

    def _store(self) -> bool:
        """Persist the state; False if it could not be written."""
        if self.failures == 0:
            try:
                self.path.unlink(missing_ok=True)
            except IsADirectoryError:
                with contextlib.suppress(OSError):
                    self.path.rmdir()
            except OSError:
                return False
            return not self.path.exists()
        data = json.dumps({"failures": self.failures, "last_failure": self.last_failure})
        tmp = self.path.with_name(f".{self.path.name}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(data)
            os.replace(tmp, self.path)
        except OSError:
            # Cannot persist (disk full, read-only folder): the count still holds for this
            # session; never make the case file unusable because of the throttle.
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            return False
        return True

    # -- API -------------------------------------------------------------------------------
    def wait_seconds(self) -> float:
        """Seconds to wait before the next try may be made (0.0: try now)."""
        delay = delay_after(self.failures)
        if delay == 0.0:
            return 0.0
        elapsed = self.clock() - self.last_failure
        if elapsed < 0:  # the clock went back: do not let that shorten the wait
            return delay
        return max(0.0, delay - elapsed)

    def check(self) -> None:
        """Raise ``TooManyAttempts`` if the next try must wait."""
        wait = self.wait_seconds()
        if wait > 0:
            raise TooManyAttempts(wait, self.failures)

    def record_failure(self) -> None:
        self.failures += 1
        self.last_failure = self.clock()
        self._store()

    def record_success(self) -> None:
        self.failures = 0
        self.last_failure = 0.0
        self._store()
