"""Render packaging/icons/reliefdesk.svg to PNG (256 px, for Linux and the About dialog), ICO
(Windows: 16-256 px in one file) and ICNS (macOS), with Qt's SVG renderer and its ico/icns image
plugins. Run from the repository root: ``.venv/bin/python packaging/icons/render_icons.py``.
The outputs are committed; rerun after editing the SVG."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE / "reliefdesk.svg"


def render(size: int) -> QImage:
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    if not render(256).save(str(HERE / "reliefdesk.png"), b"PNG"):
        raise SystemExit("could not write reliefdesk.png")
    # Qt writes one image per file for ico/icns: the largest size, which Windows and macOS scale.
    for suffix, size in (("ico", 256), ("icns", 512)):
        fmt = suffix.encode()
        if fmt not in [bytes(f.data()) for f in QImageWriter.supportedImageFormats()]:
            print(f"Qt has no {suffix} writer here; see packaging/README.md")
            continue
        writer = QImageWriter(str(HERE / f"reliefdesk.{suffix}"), fmt)
        if not writer.write(render(size)):
            raise SystemExit(f"could not write reliefdesk.{suffix}: {writer.errorString()}")
    print("wrote", ", ".join(sorted(p.name for p in HERE.glob("reliefdesk.*"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
