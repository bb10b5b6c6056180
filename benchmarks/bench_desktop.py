"""Desktop speed (issues 18 and 20), each figure beside a baseline measured in the same run:

  screen to screen   switching the open client's tabs (profile, interview, assessment,
                     documents) until the new screen has painted, vs the same switch in a bare
                     QTabWidget of labels; target: every switch < 16 ms (one frame at 60 Hz),
                     measured while the documents screen's first plan runs and at rest
  search keystroke   from the end of the debounce to the first results shown in the client
                     list, over 10,000 fictional clients (a worker thread runs the query), vs
                     ``CaseStore.list_clients`` called bare; target < 50 ms (issue 20); the
                     query itself against bare SQL is bench_store's
  deadlines          the deadlines view over 300 clients until its table is filled, vs
                     loading the same profiles and ``eligibility.deadlines.all_deadlines`` on
                     them without a screen; target <= 1.5x

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_desktop.py [rounds]
Prints PASS/FAIL per line; exit 1 if any fails.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget  # noqa: E402

from benchmarks.bench_store import PASSPHRASE, fictional_profiles  # noqa: E402
from casefile.store import CaseStore  # noqa: E402
from desktop.background import working  # noqa: E402
from desktop.mainwindow import MainWindow  # noqa: E402
from desktop.options import Options  # noqa: E402
from eligibility.deadlines import all_deadlines  # noqa: E402

FAILED: list[str] = []


def verdict(name: str, ok: bool, text: str) -> None:
    if not ok:
        FAILED.append(name)
    print(f"{name:<34} {text}  {'PASS' if ok else 'FAIL'}")


def spin(ms: int = 0) -> None:
    """Run the event loop for about ``ms``. Through a QEventLoop, never a Python loop over
    ``processEvents()``: PySide6 6.12's processEvents wrapper corrupts None's reference count
    when another Python thread (our background operations) runs at the same time, and the
    process dies with 'deallocating None' (reproduced in 15 lines; ``app.exec()`` and
    QEventLoop are not affected, and the app itself never calls processEvents)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait(app: QApplication, done: Callable[[], bool], timeout: float = 60.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        spin(1)
        if time.perf_counter() > end:
            raise TimeoutError("the screen did not settle")


class _Paints(QObject):
    """Counts the paint events a page receives (to check a switch really painted it)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def check_paints(tabs: QTabWidget) -> None:
    """Switching to each tab, as ``switch_times`` does, paints that tab's page: else the timing
    would be void. Checked in a round of its own, outside the timed ones: the counting filter
    is Python, and each event through it takes the GIL, which a timed switch must not pay for
    (it waits for the GIL while a background operation runs)."""
    paints = _Paints()
    for i in range(tabs.count()):
        page = tabs.widget(i)
        assert page is not None
        page.installEventFilter(paints)  # on the page only: an app-wide filter costs more
        before = paints.count
        tabs.setCurrentIndex(i)
        spin()
        page.removeEventFilter(paints)
        if paints.count == before:
            raise RuntimeError(f"switching to tab {i} painted nothing: the figure is void")


def switch_times(tabs: QTabWidget, rounds: int) -> dict[int, list[float]]:
    """Milliseconds per switch to each tab: set it current, then run the event loop once, as
    the app does, which paints it (``check_paints`` checks that it does). No forced
    ``repaint()`` first: that painted the screen twice (once forced, then again for the tab
    bar's queued update)."""
    out: dict[int, list[float]] = {i: [] for i in range(tabs.count())}
    for _ in range(rounds):
        for i in range(tabs.count()):
            t0 = time.perf_counter()
            tabs.setCurrentIndex(i)
            spin()
            out[i].append((time.perf_counter() - t0) * 1000)
    return out


def bench_screens(app: QApplication, window: MainWindow, cid: str, rounds: int) -> None:
    """Twice: right after the client is opened, while the documents screen's first plan runs
    on a worker (imports and form files read cold, 1.5-2 s; the worker shares the GIL with
    the screens), then at rest, once no background operation runs."""
    window.open_client(cid)
    ws = window.workspace
    assert ws is not None
    switch_times(ws, 2)  # each screen built and filled once (the first visit builds it)
    check_paints(ws)
    busy = working()
    ours = switch_times(ws, rounds)
    wait(app, lambda: not working())
    rest = switch_times(ws, rounds)
    bare = QTabWidget()
    for name in ("Profile", "Interview", "Assessment", "Documents"):
        bare.addTab(QLabel(name), name)
    bare.resize(window.size())
    bare.show()
    check_paints(bare)
    base = switch_times(bare, rounds)
    base_ms = statistics.median(t for ts in base.values() for t in ts)
    for when, figures in (
        ("first plan running" if busy else "just opened", ours),
        ("at rest", rest),
    ):
        for i, times in figures.items():
            med, worst = statistics.median(times), max(times)
            verdict(
                f"switch to {ws.tabText(i).replace('&', '')}, {when}",
                med < 16.0,
                f"median {med:6.2f} ms (max {worst:6.2f})  bare tab {base_ms:5.2f} ms",
            )
    bare.close()


def bench_search(app: QApplication, window: MainWindow, store: CaseStore, rounds: int) -> None:
    window.show_clients()
    panel = window.clients
    ours: list[float] = []
    bare: list[float] = []
    for i in range(rounds):
        query = ("ana", "gonz", "sofía p", "o'brien", "ñúñez")[i % 5]
        panel.search.blockSignals(True)  # the debounce is skipped: we time what follows it
        panel.search.setText(query)
        panel.search.blockSignals(False)
        t0 = time.perf_counter()
        panel._start_search()
        wait(app, lambda: panel.list.count() > 0 and not panel._debounce.isActive()
             and panel.search_op is not None and panel.search_op.finished)  # fmt: skip
        ours.append((time.perf_counter() - t0) * 1000)
        wait(app, panel.search_settled)
        t1 = time.perf_counter()
        store.list_clients(query)
        bare.append((time.perf_counter() - t1) * 1000)
    med, ref = statistics.median(ours), statistics.median(bare)
    verdict(
        "search keystroke, 10,000 clients",
        med < 50.0,
        f"median {med:6.2f} ms  bare list_clients {ref:5.2f} ms  ratio {med / ref:4.2f}x",
    )


def bench_deadlines(app: QApplication, window: MainWindow, store: CaseStore, ids: list[str],
                    rounds: int) -> None:  # fmt: skip
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        panel = window.show_deadlines()
        panel.refresh()
        wait(app, panel.settled)
        ours.append((time.perf_counter() - t0) * 1000)
        t1 = time.perf_counter()
        all_deadlines(store.load(c) for c in ids)  # the same work without the screen
        bare.append((time.perf_counter() - t1) * 1000)
    med, ref = statistics.median(ours), statistics.median(bare)
    verdict(
        f"deadlines view, {len(ids)} clients",
        med <= 1.5 * ref,
        f"median {med:7.1f} ms  bare load + all_deadlines {ref:7.1f} ms  ratio {med / ref:4.2f}x",
    )


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(tmp)
        store = CaseStore.create(where / "data", PASSPHRASE)
        cid = store.add_demo_client().client.id
        window = MainWindow(store, Options(where / "data", where / "config"))
        window.resize(1280, 800)
        window.show()
        spin()
        bench_screens(app, window, cid, rounds)

        few = fictional_profiles(300, seed=7)
        store.save_many(few)
        bench_deadlines(app, window, store, [cid] + [p.client.id for p in few], max(3, rounds // 3))

        store.save_many(fictional_profiles(9_700, seed=11))  # 10,001 clients in all
        bench_search(app, window, store, rounds)
        window.close()
        window.deleteLater()  # before the store and the app go: no widget outlives them
        spin(500)
        store.lock()
    print("\nALL PASS" if not FAILED else f"\nFAILED: {', '.join(FAILED)}")
    return 1 if FAILED else 0


if __name__ == "__main__":
    raise SystemExit(main())
