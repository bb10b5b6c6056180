"""Shared fixtures. Fictional clients only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
