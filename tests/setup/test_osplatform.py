"""The OS-specific module's choices, each platform's fallback forced (ARCHITECTURE: Platforms)."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest

from casefile import osplatform


def test_scratch_root_is_the_setting_when_given(tmp_path: Path) -> None:
    root = osplatform.scratch_root({"RELIEFDESK_SCRATCH": str(tmp_path / "s")})
    assert root == tmp_path / "s" and root.is_dir()
    assert stat.S_IMODE(root.stat().st_mode) == 0o700


def test_scratch_root_is_a_private_folder_in_the_ram_folder(tmp_path: Path) -> None:
    ram = tmp_path / "shm"
    ram.mkdir()
    root = osplatform.scratch_root({}, ram=ram)
    assert root.parent == ram and root.name.startswith("reliefdesk-")
    assert stat.S_IMODE(root.stat().st_mode) == 0o700


def test_scratch_root_falls_back_to_the_temp_folder_without_a_ram_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    root = osplatform.scratch_root({}, ram=None)  # macOS / Windows
    assert root.parent == tmp_path
    root = osplatform.scratch_root({}, ram=tmp_path / "missing")
    assert root.parent == tmp_path


def test_new_scratch_dir_names_this_process(tmp_path: Path) -> None:
    d = osplatform.new_scratch_dir(tmp_path)
    assert d.name.startswith(f"{osplatform.SCRATCH_PREFIX}{os.getpid()}-")
    assert osplatform.sweep_stale_scratch(tmp_path) == []  # ours, alive: kept
    assert d.is_dir()


def test_child_groups_and_watchdogs_per_platform(tmp_path: Path) -> None:
    assert osplatform.child_session_kwargs("linux") == {"start_new_session": True}
    assert osplatform.child_session_kwargs("darwin") == {"start_new_session": True}
    assert osplatform.child_session_kwargs("win32") == {"creationflags": 0x200}
    posix = osplatform.watchdog_command(1234, tmp_path, "linux")
    assert posix is not None and posix[-2:] == ["1234", str(tmp_path)]
    assert "kill -s KILL" in posix[2]
    windows = osplatform.watchdog_command(1234, tmp_path, "win32")
    assert windows is not None and "taskkill" in windows[2]


@pytest.mark.parametrize(
    ("env", "platform", "problem"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_display_problem(env: dict[str, str], platform: str, problem: bool) -> None:
    found = osplatform.display_problem(env, platform)
    assert (found is not None) == problem
    if found:
        assert "./run --help" in found and "\n" not in found
