"""Start-up cost (issues 8, 13, 20), each figure a ratio against a baseline measured in the same
run, on the path users take (``main.py``, what ``./run`` starts):

  --version      ``main.py --version``           vs ``python -c "import argparse"``   (<= 3x)
  assess         ``main.py assess --client demo --json``
                                                  vs ``python -c "import sqlalchemy, yaml,
                                                     pydantic"``                        (<= 2x)
  first window   ``main.py`` until its first window is up (the passphrase window of a first
                 run, offscreen Qt, then quit)   vs a bare PySide6 window with one label (<= 1.5x)

Each sample is a fresh process; its CPU time (user + system, from ``wait4``) is what the ratio
compares, because other processes on the machine move wall time a lot (wall medians are printed
too). Samples are interleaved, so a change of load hits both sides alike; medians of ``runs``.
Then the time to move to the next interview question on the demo client (target < 5 ms median,
printed for information).

Run:  .venv/bin/python benchmarks/bench_startup.py [runs]      (prints PASS/FAIL, exit 0/1)
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
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("ReliefDesk")
label.show()
app.processEvents()
"""

#: (name, command, baseline command, target ratio)
CASES: list[tuple[str, list[str], list[str], float]] = [
    (
        "--version",
        ["main.py", "--version"],
        ["-c", "import argparse"],
        3.0,
    ),
    (
        "assess --client demo --json",
        ["main.py", "assess", "--client", "demo", "--json", "--today", "2026-11-29"],
        ["-c", "import sqlalchemy, yaml, pydantic"],
        2.0,
    ),
    (
        "first window through main.py",
        ["main.py"],
        ["-c", BARE_WINDOW],
        1.5,
    ),
]


def sample(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one fresh process running ``python args``."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if proc.returncode != 0:
        raise RuntimeError(f"{args[:3]} exited {proc.returncode}: {err[-500:]}")
    return usage.ru_utime + usage.ru_stime, wall


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
    env["RELIEFDESK_SMOKE_SECONDS"] = "0"  # the app quits once its event loop runs
    # As on a user's machine: modules are compiled once (the warm-up run writes the bytecode),
    # not on every start (./test sets PYTHONDONTWRITEBYTECODE for the suite).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        env["RELIEFDESK_HOME"] = str(Path(tmp) / "data")  # a first run: the passphrase window
        env["RELIEFDESK_CONFIG"] = str(Path(tmp) / "config")
        env["RELIEFDESK_SCRATCH"] = str(Path(tmp) / "scratch")
        for name, cmd, base, target in CASES:
            sample(base, env)  # warm the disk cache for both
            sample(cmd, env)
            got: list[tuple[float, float]] = []
            ref: list[tuple[float, float]] = []
            for _ in range(runs):
                ref.append(sample(base, env))
                got.append(sample(cmd, env))
            cpu = statistics.median(c for c, _w in got)
            cpu_ref = statistics.median(c for c, _w in ref)
            wall = statistics.median(w for _c, w in got)
            wall_ref = statistics.median(w for _c, w in ref)
            ratio = cpu / cpu_ref
            passed = ratio <= target
            ok &= passed
            print(
                f"{name}: CPU {cpu * 1000:.0f} ms vs baseline {cpu_ref * 1000:.0f} ms, "
                f"ratio {ratio:.2f} (target <= {target}) {'PASS' if passed else 'FAIL'}; "
                f"wall {wall * 1000:.0f} vs {wall_ref * 1000:.0f} ms (median of {runs})"
            )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"next interview question: median {next_question_ms():.2f} ms (target < 5)")
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
