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
CALLS = 20_000  # 6.12.0 died within a second, a few thousand such calls


def test_ui_calls_while_a_worker_thread_runs_do_not_crash() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, str(PROBE), str(CALLS)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr[-600:]
    words = proc.stdout.split()
    worker, calls = int(words[1]), int(words[3])
    assert calls >= CALLS  # the UI thread made every call it was asked to
    assert worker > 0  # and the other Python thread really ran meanwhile
