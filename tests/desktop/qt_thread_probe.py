"""Run by test_qt_threads.py in its own process: the main thread calls Qt methods that
return None while another Python thread runs, until it has made the number of calls given
(argv[1]). Counting calls rather than seconds keeps the probe's work the same on a slow
machine: a timed run on a loaded two-core runner made too few calls to mean anything."""

import os
import sys
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
label = QLabel("a")
stop = False
target = int(sys.argv[1])
worker_rounds = 0


def work():
    global worker_rounds
    while not stop:
        x = [None, True, False] * 20
        del x
        worker_rounds += 1


t = threading.Thread(target=work)
t.start()
calls = 0


def tick():
    global calls
    for _ in range(200):
        label.setText("b")
        app.processEvents()
        calls += 1
    if calls >= target:
        app.quit()


timer = QTimer()
timer.timeout.connect(tick)
timer.start(0)
app.exec()
stop = True
t.join()
print("worker", worker_rounds, "calls", calls)
