"""Start-up speed of the desktop app (issue 8), measured against a bare PySide6 window.

Each sample is a fresh Python process (offscreen Qt) timed by the parent from spawn until the
child reports that its first window is exposed:
  bare  — QApplication + one QLabel, nothing else;
  app   — ReliefDesk's real start: the passphrase window of ``desktop.app.DesktopApp``
          (a first run in a temporary data folder).
Prints the medians and the ratio (target: app <= 1.5 x bare), then the time to move to the
next interview question on the demo client (target: < 16 ms).

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py [runs]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("ReliefDesk")
label.show()
app.processEvents()
print("shown", flush=True)
"""

APP = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.app import DesktopApp
controller = DesktopApp()
dlg = controller.ask_passphrase()
app.processEvents()
assert dlg.isVisible()
print("shown", flush=True)
"""


def sample(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if line.strip() != "shown":
        raise RuntimeError(f"child did not show its window: {line!r}")
    return elapsed


def next_question_ms(runs: int = 50) -> float:
    import datetime as dt

    from PySide6.QtWidgets import QApplication

    from casefile.demo import demo_profile
    from desktop.interview_view import InterviewView

    app = QApplication.instance() or QApplication([])
    times = []
    for _ in range(runs):
        view = InterviewView(demo_profile(), today=dt.date(2026, 11, 29))
        q = view.ctl.question
        if q is None:
            break
        t = time.perf_counter()
        view.skip()  # record, choose the next question, show it
        app.processEvents()
        times.append(time.perf_counter() - t)
        view.deleteLater()
    return statistics.median(times) * 1000


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        env["RELIEFDESK_HOME"] = str(Path(tmp) / "data")
        env["RELIEFDESK_CONFIG"] = str(Path(tmp) / "config")
        sample(BARE, env)  # warm the disk cache for both
        sample(APP, env)
        bare, app = [], []
        for _ in range(runs):  # interleaved, so drift hits both alike
            bare.append(sample(BARE, env))
            app.append(sample(APP, env))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window: median {b * 1000:.0f} ms over {runs} runs")
    print(f"ReliefDesk first window: median {a * 1000:.0f} ms over {runs} runs")
    print(f"startup ratio {a / b:.2f} (target <= 1.5)")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"next interview question: median {next_question_ms():.2f} ms (target < 16)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
