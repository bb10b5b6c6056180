"""The runtime hook gives programs the app starts (LibreOffice) the user's library path."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.packaging.helpers import PACKAGING

HOOK = PACKAGING / "rthooks" / "rth_reliefdesk_env.py"
SHOW = "import os; print(os.environ.get('LD_LIBRARY_PATH', '<unset>'))"


def run_hook(env: dict[str, str]) -> str:
    # the hook runs first, then the app starts a program: here, a child Python that prints it
    code = f"exec(open({str(HOOK)!r}).read()); import subprocess, sys; " + (
        f"subprocess.run([sys.executable, '-c', {SHOW!r}], check=True)"
    )
    base = {k: v for k, v in os.environ.items() if not k.startswith("LD_LIBRARY_PATH")}
    out = subprocess.run(
        [sys.executable, "-c", code], env={**base, **env}, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_user_library_path_is_restored() -> None:
    env = {"LD_LIBRARY_PATH": "/opt/ReliefDesk/_internal", "LD_LIBRARY_PATH_ORIG": "/usr/local/x"}
    assert run_hook(env) == "/usr/local/x"


def test_bundle_library_path_is_removed_when_the_user_had_none() -> None:
    assert run_hook({"LD_LIBRARY_PATH": "/opt/ReliefDesk/_internal"}) == "<unset>"
