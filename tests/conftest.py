"""Shared fixtures. Fictional clients only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests import netguard

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytest_plugins = ["tests.pg"]  # PostgreSQL cluster fixtures (clinic mode)
netguard.install()  # the whole suite runs with IP sockets blocked

#: One-line figures that reliability tests print at the end of the run (read from CI output).
SUMMARY_LINES: list[str] = []


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    lines = list(SUMMARY_LINES)
    lines.append(f"network attempts blocked {len(netguard.attempts)}")
    terminalreporter.section("ReliefDesk figures")
    for line in lines:
        terminalreporter.write_line(line)


def pytest_sessionfinish(session, exitstatus) -> None:  # type: ignore[no-untyped-def]
    # Any network attempt anywhere in the suite fails the run, even if a test swallowed it.
    if netguard.attempts and exitstatus == 0:
        session.exitstatus = 1


@pytest.fixture
def summary_line():
    """Record a figure line, e.g. summary_line('crash 20/20 intact')."""
    return SUMMARY_LINES.append


ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_forms() -> Path:
    """The real blank official forms kept beside the repo (../shared/forms)."""
    path = SHARED / "forms"
    if not path.is_dir():
        pytest.fail(f"../shared/forms is missing at {path}: CI lays it beside the clone")
    return path


@pytest.fixture
def demo():
    from casefile.demo import demo_profile

    return demo_profile()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cases.db"
