"""Without a display the app says so in one line and names the headless commands: exit 2,
never Qt's abort (exit 134). And the shared-library names Qt's X11 plugin lacks map to the
Debian packages ./run installs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _bootstrap(call: str, env: dict[str, str] | None = None) -> str:
    """The output of ``call`` run after sourcing tools/bootstrap.sh, the shell functions ./run
    uses before any Python exists (``env=None``: this process's environment)."""
    proc = subprocess.run(
        ["bash", "-c", f"source tools/bootstrap.sh && {call}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return proc.stdout


@pytest.mark.parametrize("argv", [[], ["gui"], ["gui", "--demo"]])
def test_no_display_one_line_and_exit_2(argv: list[str], tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["RELIEFDESK_HOME"] = str(tmp_path)
    proc = subprocess.run(
        [sys.executable, "main.py", *argv], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "no display found" in lines[0] and "./run --help" in lines[0]
    assert proc.stdout == ""


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
        ("libEGL.so.1", "libegl1"),
        ("libfontconfig.so.1", "libfontconfig1"),
    ],
)
def test_soname_to_debian_package(soname: str, package: str) -> None:
    assert _bootstrap(f"_deb_for_soname {soname}").strip() == package


def test_missing_gui_libs_reads_ldd_of_the_plugin(tmp_path: Path) -> None:
    """``ldd`` on the venv's libqxcb.so (a stand-in ldd records what it was asked about and
    answers like glibc's): each 'not found' soname is reported once."""
    platforms = tmp_path / "venv" / "lib" / "python3.11" / "site-packages" / "PySide6" / "Qt"
    platforms = platforms / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (platforms / "libqxcb.so").write_bytes(b"\x7fELF")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    asked = tmp_path / "asked"
    ldd = bin_dir / "ldd"
    ldd.write_text(
        "#!/bin/sh\n"
        f'echo "$1" > {asked}\n'
        "printf '\\tlibxcb.so.1 => /lib/libxcb.so.1 (0x1)\\n'\n"
        "printf '\\tlibxcb-icccm.so.4 => not found\\n'\n"
        "printf '\\tlibxcb-keysyms.so.1 => not found\\n'\n"
        "printf '\\tlibxcb-icccm.so.4 => not found\\n'\n"
    )
    ldd.chmod(0o755)
    env = dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}")
    out = _bootstrap(f"VENV={tmp_path / 'venv'} missing_gui_libs", env)
    assert out.split() == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert asked.read_text().strip().endswith("platforms/libqxcb.so")
