"""A damaged unlock-throttle file must never lock the user out for good (issue 21, item 3).

Before the fix every load of an unreadable file set the last failure to "now" and never
rewrote the file, so a fresh throttle (one per unlock try) always asked for another second.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from casefile.store import CaseStore
from casefile.throttle import FREE_ATTEMPTS, THROTTLE_FILENAME, UnlockThrottle
from tests.casefile.helpers import PASSPHRASE

DAMAGE = {
    "not json": b"{not json",
    "binary": b"\xff\xfe\x00garbage",
    "empty": b"",
    "wrong types": b'{"failures": "5", "last_failure": []}',
    "bool count": b'{"failures": true, "last_failure": 1}',
    "infinite time": b'{"failures": 30, "last_failure": Infinity}',
    "nan time": b'{"failures": 30, "last_failure": NaN}',
    "far future": b'{"failures": 5, "last_failure": 99999999999}',
    "huge count": b'{"failures": 1e400, "last_failure": 1}',
    "huge int count": b'{"failures": ' + b"9" * 400 + b', "last_failure": 1}',
    "a list": b"[1, 2]",
}


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("lockout") / "data"
    CaseStore.create(where, PASSPHRASE).lock()
    return where


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_a_damaged_throttle_file_costs_one_short_wait_then_the_passphrase_opens(
    data_dir: Path, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    state = data_dir / THROTTLE_FILENAME
    state.write_bytes(DAMAGE[kind])
    clock = Clock()
    with caplog.at_level(logging.WARNING, logger="casefile.throttle"):
        first = UnlockThrottle.for_data_dir(data_dir, clock=clock)
    assert 0.0 <= first.wait_seconds() <= 1.0
    # Every later try builds a fresh throttle from the file, as the app and the CLI do.
    clock.now += 1.0
    again = UnlockThrottle.for_data_dir(data_dir, clock=clock)
    assert again.wait_seconds() == 0.0, json.loads(state.read_text())
    CaseStore.open(data_dir, PASSPHRASE, throttle=again).lock()
    assert not state.exists()  # the right passphrase reset it
    if kind != "far future":  # a valid state, only its time is moved back to now
        assert any("damaged" in r.getMessage() for r in caplog.records)
    for record in caplog.records:
        assert PASSPHRASE not in record.getMessage()
        assert "garbage" not in record.getMessage() and "Infinity" not in record.getMessage()


def test_a_folder_in_place_of_the_file_does_not_lock_anyone_out(data_dir: Path) -> None:
    state = data_dir / THROTTLE_FILENAME
    state.unlink(missing_ok=True)
    state.mkdir()
    (state / "keep").write_text("x")  # not empty: it cannot be removed either
    try:
        clock = Clock()
        for _ in range(3):
            t = UnlockThrottle.for_data_dir(data_dir, clock=clock)
            assert t.wait_seconds() == 0.0
        CaseStore.open(data_dir, PASSPHRASE, throttle=t).lock()
    finally:
        (state / "keep").unlink()
        state.rmdir()


def test_a_damaged_file_is_still_not_a_way_around_the_wait(data_dir: Path) -> None:
    state = data_dir / THROTTLE_FILENAME
    state.write_bytes(b"{damaged")
    clock = Clock()
    t = UnlockThrottle.for_data_dir(data_dir, clock=clock)
    assert t.failures == FREE_ATTEMPTS and t.wait_seconds() == 1.0
    assert json.loads(state.read_text()) == {"failures": FREE_ATTEMPTS, "last_failure": clock.now}
