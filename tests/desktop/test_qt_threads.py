"""The Qt binding must survive what the app does all day: the UI thread calling Qt methods
while a background operation (a packet build, the deadlines, a search) runs Python code.

PySide6 6.12.0 does not: a method returning None (``setText``, ``repaint``,
``processEvents``) called on the UI thread while another Python thread runs corrupts the
reference count of None and the process dies within a second ("Fatal Python error:
none_dealloc"). Found by the desktop benchmark (the deadlines view over 300 clients); 6.11.3
runs the same probe cleanly, so the lock pins it. This test keeps a later upgrade honest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("qt_thread_probe.py")


def test_ui_calls_while_a_worker_thread_runs_do_not_crash() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, str(PROBE), "2"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr[-600:]
    calls = int(proc.stdout.split()[-1])
    assert calls > 10_000  # the UI thread really was busy the whole time
