"""The dependency locks resolve from the package index alone: pinned, hashed, no paths or URLs,
runtime apart from dev. Each failing case runs the guard on a copy of the real lock with one
line made bad, so the guard is proven on this project's files, not on the machine it runs on."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _guard() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_lock", ROOT / "tools" / "check_lock.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_lock"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


GUARD = _guard()
HASH = "--hash=sha256:" + "ab" * 32


@pytest.fixture
def copies(tmp_path: Path) -> tuple[Path, Path, Path]:
    runtime = tmp_path / "requirements.lock"
    dev = tmp_path / "requirements-dev.lock"
    pyproject = tmp_path / "pyproject.toml"
    shutil.copy(ROOT / "requirements.lock", runtime)
    shutil.copy(ROOT / "requirements-dev.lock", dev)
    shutil.copy(ROOT / "pyproject.toml", pyproject)
    return runtime, dev, pyproject


def test_the_committed_locks_pass() -> None:
    assert GUARD.check() == []


def test_the_copies_pass_before_they_are_changed(copies: tuple[Path, Path, Path]) -> None:
    assert GUARD.check(*copies) == []


def _replace_pin(lock: Path, name: str, new_head: str) -> None:
    """Replace the ``name==version`` head of one requirement, keeping its hashes."""
    lines = lock.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if line.lower().startswith(f"{name}=="):
            rest = line.split(" ", 1)[1] if " " in line else ""
            lines[i] = f"{new_head} {rest}".rstrip()
            break
    else:
        raise AssertionError(f"{name} not in {lock}")
    lock.write_text("\n".join(lines) + "\n", encoding="utf-8")


WHEEL = "sqlcipher3-0.6.4-cp311-cp311-manylinux_2_17_x86_64.whl"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (f"sqlcipher3 @ file:///tmp/tmpabc/{WHEEL}", "URL or direct reference"),
        (f"sqlcipher3 @ https://example.invalid/{WHEEL}", "URL or direct reference"),
        ("sqlcipher3 @ git+https://example.invalid/sqlcipher3.git@v0.6.4", "URL or direct"),
        (f"./wheels/{WHEEL}", "is a path"),
        ("sqlcipher3>=0.6", "not pinned"),
        ("sqlcipher3", "not pinned"),
    ],
)
def test_a_bad_runtime_line_fails(
    copies: tuple[Path, Path, Path], head: str, expected: str
) -> None:
    runtime, _dev, _py = copies
    _replace_pin(runtime, "sqlcipher3", head)
    problems = GUARD.check(*copies)
    assert any(expected in p and "sqlcipher3" in p for p in problems), problems


def test_the_file_url_line_from_issue_13_fails_on_the_command_line(
    copies: tuple[Path, Path, Path],
) -> None:
    runtime, dev, _py = copies
    _replace_pin(runtime, "sqlcipher3", f"sqlcipher3 @ file:///tmp/tmpabc/{WHEEL}")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "check_lock.py"), str(runtime), str(dev)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "tools/lock.sh" in proc.stdout  # says how to regenerate


def test_an_unhashed_line_fails(copies: tuple[Path, Path, Path]) -> None:
    runtime, _dev, _py = copies
    with runtime.open("a", encoding="utf-8") as fh:
        fh.write("six==1.17.0\n")
    problems = GUARD.check(*copies)
    assert any("six==1.17.0 has no --hash" in p for p in problems), problems


@pytest.mark.parametrize(
    "line",
    [
        "-e .",
        "--extra-index-url https://example.invalid/simple",
        "--find-links /opt/wheels",
        "-r other.txt",
    ],
)
def test_option_lines_fail(copies: tuple[Path, Path, Path], line: str) -> None:
    runtime, _dev, _py = copies
    with runtime.open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")
    assert any("option line" in p for p in GUARD.check(*copies))


def test_a_dev_tool_in_the_runtime_lock_fails(copies: tuple[Path, Path, Path]) -> None:
    runtime, _dev, _py = copies
    with runtime.open("a", encoding="utf-8") as fh:
        fh.write(f"pytest==9.2.0 \\\n    {HASH}\n")
    assert any("pytest is a development tool" in p for p in GUARD.check(*copies))


def test_dev_lock_must_agree_with_runtime(copies: tuple[Path, Path, Path]) -> None:
    _runtime, dev, _py = copies
    _replace_pin(dev, "pypdf", "pypdf==0.0.1")
    assert any("pypdf==0.0.1 but" in p for p in GUARD.check(*copies))


def test_pyproject_pins_must_be_exact_and_locked(copies: tuple[Path, Path, Path]) -> None:
    _runtime, _dev, pyproject = copies
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(
        text.replace('"types-PyYAML==6.0.12.20261122"', '"types-PyYAML"'), encoding="utf-8"
    )
    assert any("'types-PyYAML' is not pinned" in p for p in GUARD.check(*copies))


def test_the_packaging_lock_is_portable_too() -> None:
    text = (ROOT / "packaging" / "requirements-package.txt").read_text()
    pins, problems = GUARD.check_lock_text(text, "requirements-package.txt")
    assert problems == []
    assert "pyinstaller" in {p.name for p in pins}


def test_runtime_lock_has_no_dev_tools_and_dev_lock_has_them() -> None:
    runtime, _ = GUARD.check_lock_text((ROOT / "requirements.lock").read_text(), "r")
    dev, _ = GUARD.check_lock_text((ROOT / "requirements-dev.lock").read_text(), "d")
    names = {p.name for p in runtime}
    dev_names = {p.name for p in dev}
    assert {"pyside6-essentials", "sqlcipher3", "pypdf"} <= names
    assert not names & {"pytest", "mypy", "ruff", "hypothesis", "types-pyyaml"}
    assert {"pytest", "mypy", "ruff", "types-pyyaml", "uv"} <= dev_names
