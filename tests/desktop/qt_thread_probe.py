"""Run by test_qt_threads.py in its own process: the main thread calls Qt methods that
return None while another Python thread runs, for the seconds given (argv[1])."""

import os
import sys
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
label = QLabel("a")
stop = False


def work():
    while not stop:
        x = [None, True, False] * 20
        del x


t = threading.Thread(target=work)
t.start()
calls = 0


def tick():
    global calls
    for _ in range(200):
        label.setText("b")
        app.processEvents()
        calls += 1


timer = QTimer()
timer.timeout.connect(tick)
timer.start(0)
QTimer.singleShot(int(float(sys.argv[1]) * 1000), app.quit)
app.exec()
stop = True
t.join()
print("calls", calls)
