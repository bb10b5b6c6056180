"""The freedesktop entry and the icons."""

from __future__ import annotations

import configparser
import shutil
import subprocess

import pytest
from PySide6.QtGui import QGuiApplication, QImage, QImageReader
from PySide6.QtSvg import QSvgRenderer

from tests.packaging.helpers import PACKAGING

ENTRY = PACKAGING / "reliefdesk.desktop"


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(ENTRY, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_fields() -> None:
    e = _entry()
    assert e["Type"] == "Application"
    assert e["Name"] == "ReliefDesk"
    assert e["Exec"].split()[0] == "ReliefDesk"  # the executable the spec builds
    assert "%" not in e["Exec"]  # the app takes no file arguments
    assert e["Terminal"] == "false"
    assert e["Icon"] == "org.reliefdesk.ReliefDesk"  # installed under the bundle identifier
    assert e["Categories"].endswith(";") and "Office" in e["Categories"].split(";")
    assert ENTRY.read_text(encoding="utf-8").startswith("[Desktop Entry]\n")


def test_desktop_entry_validates() -> None:
    # desktop-file-validate (Debian desktop-file-utils) when installed; the parse above always runs
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        e = _entry()
        assert set(e) >= {"Type", "Name", "Exec", "Icon"}
        return
    result = subprocess.run([tool, str(ENTRY)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_desktop_entry_validator_catches_a_bad_entry(tmp_path) -> None:  # type: ignore[no-untyped-def]
    tool = shutil.which("desktop-file-validate")
    bad = tmp_path / "bad.desktop"
    bad.write_text("[Desktop Entry]\nType=Application\nExec=ReliefDesk\nIcon=x\n")  # no Name
    if tool is None:
        parser = configparser.ConfigParser(interpolation=None)
        parser.read(bad)
        assert "Name" not in parser["Desktop Entry"]
        return
    assert subprocess.run([tool, str(bad)], capture_output=True).returncode != 0


@pytest.mark.usefixtures("qapp")
def test_icons_render() -> None:
    assert isinstance(QGuiApplication.instance(), QGuiApplication)
    svg = QSvgRenderer(str(PACKAGING / "icons" / "reliefdesk.svg"))
    assert svg.isValid()
    png = QImage(str(PACKAGING / "icons" / "reliefdesk.png"))
    assert (png.width(), png.height()) == (256, 256)
    assert png.hasAlphaChannel()
    # opaque in the middle (drawn), transparent in the corner (rounded square)
    assert png.pixelColor(128, 128).alpha() == 255
    assert png.pixelColor(1, 1).alpha() == 0
    for suffix in ("ico", "icns"):
        reader = QImageReader(str(PACKAGING / "icons" / f"reliefdesk.{suffix}"))
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert image.width() >= 256
