"""packaging/smoke.sh catches a broken build. The real build and its smoke run take ~3 minutes
(./package); here smoke.sh runs against a small fake ``ReliefDesk`` that breaks one thing at a time.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.packaging.helpers import PACKAGING, ROOT

FAKE = textwrap.dedent(
    """\
    #!{python}
    import json, os, sys, time
    sys.path.insert(0, {root!r})
    from casefile.version import app_version
    __version__ = app_version()
    mode = os.environ["FAKE_MODE"]
    args = sys.argv[1:] or ["gui"]
    home = os.environ["RELIEFDESK_HOME"]
    reliefs = ["t_visa", "u_visa", "continued_presence", "asylum_psg", "vacatur"]
    if args == ["--version"]:
        print("ReliefDesk 9.9.9" if mode == "version" else f"ReliefDesk {{__version__}}")
    elif args[0] == "assess":
        if mode == "assess":
            reliefs.pop()
        result = {{r: {{"outcome": "x", "elements": [1]}} for r in reliefs}}
        print(json.dumps({{"assessments": result}}))
    elif args[0] == "packet":
        from reportlab.pdfgen.canvas import Canvas
        c = Canvas(args[args.index("--out") + 1])
        c.drawString(72, 720, "Someone Else" if mode == "packet" else "Lucia Ejemplo Vargas")
        c.save()
        soffice = os.environ.get("RELIEFDESK_SOFFICE")
        if soffice:  # the real app converts the drafts with LibreOffice
            import subprocess
            env = dict(os.environ)
            if mode == "leak":  # what PyInstaller's bootloader leaves without the runtime hook
                env["LD_LIBRARY_PATH"] = os.path.join(os.path.dirname(sys.argv[0]), "_internal")
            subprocess.run([soffice, "--version"], env=env, check=True)
    elif args[0] == "forms":
        print("I-589 Application for Asylum")
    elif args[0] == "init":
        with open(os.path.join(home, "cases.db"), "wb") as fh:
            fh.write((b"SQLite format 3\\0" if mode == "plain" else b"\\x8f" * 16) + b"x" * 4096)
    elif args[0] == "clients":
        if os.environ["RELIEFDESK_PASSPHRASE"] == "a wrong passphrase":
            sys.exit(2)
        print(json.dumps([{{"name": "Lucia Ejemplo Vargas"}}]))
    elif not args or args[0] == "gui":
        if os.environ.get("QT_DEBUG_PLUGINS") and mode != "noxcb":
            plugin = os.path.join(os.path.dirname(os.path.abspath(sys.argv[0])), "_internal",
                                  "PySide6/Qt/plugins/platforms/libqxcb.so")
            print(f'qt.core.library: "{{plugin}}" loaded library', file=sys.stderr)
        if mode != "gui_early" and "--demo" in args and not os.environ.get("QT_DEBUG_PLUGINS"):
            time.sleep(3.2)  # only the first GUI check times the run
    """
)


def run_smoke(tmp_path: Path, mode: str) -> subprocess.CompletedProcess[str]:
    dist = tmp_path / "ReliefDesk"
    dist.mkdir()
    app = dist / "ReliefDesk"
    app.write_text(FAKE.format(python=sys.executable, root=str(ROOT)))
    app.chmod(0o755)
    # a stand-in xvfb-run that runs the command directly (no X server needed for the fake)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    xvfb = bin_dir / "xvfb-run"
    xvfb.write_text('#!/bin/bash\nwhile [[ "$1" == -* ]]; do shift; done\nexec "$@"\n')
    xvfb.chmod(0o755)
    soffice = bin_dir / "soffice"  # stands in for LibreOffice, which the smoke wraps
    soffice.write_text("#!/bin/bash\nexit 0\n")
    soffice.chmod(0o755)
    env = dict(os.environ, FAKE_MODE=mode, PATH=f"{bin_dir}:{os.environ.get('PATH', '')}")
    return subprocess.run(
        ["bash", str(PACKAGING / "smoke.sh"), str(dist)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("version", "--version printed 'ReliefDesk 9.9.9'"),
        ("assess", "assess JSON is not what was expected"),
        ("packet", "does not name the client 'Ejemplo Vargas'"),
        ("plain", "is a plain SQLite file, not encrypted"),
        ("leak", "LibreOffice got the bundle's libraries"),
        ("gui_early", "exited before its 3 s quit timer"),
        ("noxcb", "the xcb platform plugin was not loaded from the bundle"),
    ],
)
def test_smoke_fails_on_a_broken_build(tmp_path: Path, mode: str, message: str) -> None:
    result = run_smoke(tmp_path, mode)
    assert result.returncode != 0
    assert message in result.stderr, result.stdout + result.stderr


def test_smoke_passes_a_working_build(tmp_path: Path) -> None:
    result = run_smoke(tmp_path, "ok")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "[smoke] all checks passed" in result.stdout
    assert "GUI on X11 (xvfb): the bundled xcb plugin loads" in result.stdout
    assert "LibreOffice started without the bundle's library path" in result.stdout
