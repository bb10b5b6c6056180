"""Wrong hands: repeated wrong passphrases make the next try wait, increasingly; a correct one
resets the count; after lock() nothing reachable from the store holds the passphrase."""

from __future__ import annotations

import contextlib
import json
import types
from pathlib import Path
from typing import Any

import pytest

from casefile.errors import TooManyAttempts, WrongPassphrase
from casefile.store import CaseStore
from casefile.throttle import (
    FREE_ATTEMPTS,
    MAX_DELAY,
    THROTTLE_FILENAME,
    UnlockThrottle,
    delay_after,
)
from tests.casefile.helpers import PASSPHRASE


class FakeClock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("wrong-hands") / "data"
    CaseStore.create(where, PASSPHRASE).lock()
    return where


def test_delays_double_from_one_second_and_cap_at_five_minutes() -> None:
    assert [delay_after(n) for n in range(FREE_ATTEMPTS)] == [0.0] * FREE_ATTEMPTS
    assert [delay_after(n) for n in range(5, 10)] == [1.0, 2.0, 4.0, 8.0, 16.0]
    assert delay_after(13) == 256.0
    assert delay_after(14) == MAX_DELAY == 300.0
    assert delay_after(1000) == MAX_DELAY


def test_five_wrong_then_the_next_try_waits_increasingly(data_dir: Path, summary_line: Any) -> None:
    clock = FakeClock()

    def throttle() -> UnlockThrottle:  # a fresh object each time: the state is on disk
        return UnlockThrottle.for_data_dir(data_dir, clock=clock)

    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(WrongPassphrase):
            CaseStore.open(data_dir, "wrong guess", throttle=throttle())
    state = (data_dir / THROTTLE_FILENAME).read_text(encoding="utf-8")
    assert json.loads(state)["failures"] == FREE_ATTEMPTS
    assert "wrong guess" not in state and PASSPHRASE not in state
    assert set(json.loads(state)) == {"failures", "last_failure"}

    waits = []
    for expected in (1.0, 2.0, 4.0, 8.0):
        # Even the right passphrase is refused while the wait runs, and opens nothing.
        with pytest.raises(TooManyAttempts) as info:
            CaseStore.open(data_dir, PASSPHRASE, throttle=throttle())
        assert info.value.wait_seconds == expected
        assert "Wait" in str(info.value) and "wrong passphrases in a row" in str(info.value)
        clock.advance(expected - 0.5)
        with pytest.raises(TooManyAttempts) as info:
            CaseStore.open(data_dir, "wrong guess", throttle=throttle())
        assert info.value.wait_seconds == 0.5
        clock.advance(0.5)
        with pytest.raises(WrongPassphrase):
            CaseStore.open(data_dir, "wrong guess", throttle=throttle())
        waits.append(expected)
    assert waits == [1.0, 2.0, 4.0, 8.0]
    summary_line("unlock waits after 5 wrong passphrases: 1, 2, 4, 8 ... s (cap 300 s)")
    # The clock going back does not shorten the wait.
    clock.advance(-3600)
    assert throttle().wait_seconds() == 16.0
    clock.advance(3600 + 16)
    store = CaseStore.open(data_dir, PASSPHRASE, throttle=throttle())
    store.lock()
    assert not (data_dir / THROTTLE_FILENAME).exists()  # success resets it
    assert throttle().wait_seconds() == 0.0


def test_the_wait_is_capped_and_survives_a_restart(tmp_path: Path) -> None:
    clock = FakeClock()
    t = UnlockThrottle(tmp_path / THROTTLE_FILENAME, clock=clock)
    for _ in range(40):
        t.record_failure()
    again = UnlockThrottle(tmp_path / THROTTLE_FILENAME, clock=clock)
    assert again.failures == 40 and again.wait_seconds() == MAX_DELAY
    with pytest.raises(TooManyAttempts) as info:
        again.check()
    assert "5 minutes" in str(info.value)


def test_a_damaged_state_file_does_not_lift_the_wait(tmp_path: Path) -> None:
    (tmp_path / THROTTLE_FILENAME).write_text("{not json", encoding="utf-8")
    clock = FakeClock()
    t = UnlockThrottle(tmp_path / THROTTLE_FILENAME, clock=clock)
    assert t.wait_seconds() == 1.0
    clock.advance(1)
    t.check()


def test_unlock_after_lock_is_throttled_too(data_dir: Path) -> None:
    clock = FakeClock()
    store = CaseStore.open(data_dir, PASSPHRASE)
    store.lock()
    throttle = UnlockThrottle.for_data_dir(data_dir, clock=clock)
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(WrongPassphrase):
            store.unlock("wrong guess", throttle=throttle)
    with pytest.raises(TooManyAttempts):
        store.unlock(PASSPHRASE, throttle=throttle)
    assert store.is_locked
    clock.advance(1)
    store.unlock(PASSPHRASE, throttle=throttle)
    assert not store.is_locked and throttle.failures == 0
    store.lock()


# -- the key leaves memory with lock() -------------------------------------------------------


def _holds(obj: Any, secret: str, depth: int = 0, seen: set[int] | None = None) -> list[str]:
    """Paths (a few levels deep) from ``obj`` to a string containing ``secret``: attributes
    (``vars``/``__slots__``), containers, and functions' closure cells and defaults."""
    seen = set() if seen is None else seen
    if isinstance(obj, str):
        return ["<str>"] if secret in obj else []
    if isinstance(obj, bytes | bytearray):
        return ["<bytes>"] if secret.encode() in obj else []
    if depth > 7 or id(obj) in seen or isinstance(obj, int | float | bool | type(None)):
        return []
    if isinstance(obj, types.ModuleType | type):
        return []
    seen.add(id(obj))
    children: list[tuple[str, Any]] = []
    if isinstance(obj, dict):
        children = [(f"[{k!r}]", v) for k, v in obj.items()]
        children += [(f"<key {k!r}>", k) for k in obj if isinstance(k, str)]
    elif isinstance(obj, list | tuple | set | frozenset):
        children = [(f"[{i}]", v) for i, v in enumerate(obj)]
    elif isinstance(obj, types.FunctionType):
        cells = obj.__closure__ or ()
        names = obj.__code__.co_freevars
        children = [(f".<cell {n}>", c.cell_contents) for n, c in zip(names, cells, strict=True)]
        children += [(".__defaults__", obj.__defaults__), (".__kwdefaults__", obj.__kwdefaults__)]
    elif isinstance(obj, types.MethodType):
        children = [(".__func__", obj.__func__), (".__self__", obj.__self__)]
    elif isinstance(obj, types.CellType):
        children = [(".cell_contents", obj.cell_contents)]
    else:
        with contextlib.suppress(TypeError):
            children = [(f".{k}", v) for k, v in vars(obj).items()]
        for slot in getattr(type(obj), "__slots__", ()) or ():
            if isinstance(slot, str) and hasattr(obj, slot):
                children.append((f".{slot}", getattr(obj, slot)))
    found: list[str] = []
    for name, child in children:
        found += [name + rest for rest in _holds(child, secret, depth + 1, seen)]
    return found


def test_lock_drops_the_passphrase_from_everything_reachable(
    tmp_path: Path, summary_line: Any
) -> None:
    secret = "fictional-quick-exit passphrase 4711"
    where = tmp_path / "data"
    store = CaseStore.create(where, secret)
    store.add_demo_client()
    store.list_clients()  # pooled connections exist
    # The walk does find the key while the store is open (inside the engine's creator).
    held = _holds(store, secret)
    assert held, "the walker should find the key in the open engine's connection factory"
    assert any("creator" in h or "cell" in h for h in held), held
    engine = store.db.engine
    store.lock()
    assert _holds(store, secret) == []
    assert engine.pool.checkedout() == 0
    # Reopening works: the key really was only in the engine.
    store.unlock(secret)
    assert [c.display_name for c in store.list_clients()] == ["Lucía Ejemplo Vargas"]
    store.lock()
    left = _holds(store, secret)
    assert left == []
    summary_line(f"passphrase references after lock {len(left)} (open store: {len(held)})")
