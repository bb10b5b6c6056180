"""Every OS-specific call ReliefDesk makes, each with a fallback per platform.

- ``scratch_root()``: where DOCX->PDF scratch folders go. ``$RELIEFDESK_SCRATCH`` (a setting; the
  tests use their own), else a private RAM folder (Linux: ``/dev/shm/reliefdesk-<uid>``, 0700)
  so plaintext never reaches the disk, else a private folder in the system temporary folder
  (macOS, Windows: no RAM folder without administrator rights).
- ``new_scratch_dir()`` / ``sweep_stale_scratch()``: scratch folders are named
  ``reliefdesk-pdf-<pid>-<random>``; one whose process is gone is stale and is removed (at
  start and before each conversion). Folders of live processes are left alone, so two
  conversions at once do not disturb each other.
- ``child_session_kwargs()``, ``tie_to_us()``: a child (LibreOffice) runs in its own process
  group, and a small watchdog outside our process group kills that group and removes the
  scratch folder as soon as we die, even by ``kill -9`` (POSIX: ``sh``; Windows: ``taskkill
  /T``). (``PR_SET_PDEATHSIG`` is not used: it would reach only LibreOffice's launcher, not
  ``soffice.bin`` that the launcher starts, and it needs ``preexec_fn``, unsafe with threads.)
  Windows in the frozen app has no watchdog yet (a job object is the way): the sweep at start
  is the fallback there.
- ``sweep_stale_temp(folder)``: temp files a killed backup, restore or export leaves
  (``.cases-*.db.tmp`` and its ``-journal``/``-wal``/``-shm``, ``.cases.db.restore.tmp``,
  ``.*.rdbundle.*.tmp``), once they are older than ``TEMP_STALE_SECONDS``.
- ``display_problem()``: why a desktop window cannot open here (no display), or None.

Standard library only; nothing here imports the rest of ReliefDesk.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    import subprocess

# subprocess, tempfile, shutil and signal are imported where used: the sweep at start-up runs
# before the first window and must cost next to nothing when there is nothing to sweep.

ENV_SCRATCH = "RELIEFDESK_SCRATCH"
SCRATCH_PREFIX = "reliefdesk-pdf-"
_SCRATCH_RE = re.compile(rf"^{re.escape(SCRATCH_PREFIX)}(\d+)-[A-Za-z0-9_]+$")
#: A scratch folder without a process id in its name (older versions) is stale after this long.
UNOWNED_STALE_SECONDS = 15 * 60
#: A backup/export temp file is stale after this long (a backup takes seconds).
TEMP_STALE_SECONDS = 10 * 60
_TEMP_PATTERNS = (
    re.compile(r"^\.cases-.*\.db\.tmp(-journal|-wal|-shm)?$"),
    re.compile(r"^\.cases\.db\.restore\.tmp(-journal|-wal|-shm)?$"),
    re.compile(r"^\..+\.rdbundle\.[0-9a-f]+\.tmp$"),
)
RAM_ROOT = Path("/dev/shm")


def _uid() -> str:
    getuid = getattr(os, "getuid", None)
    return str(getuid()) if getuid is not None else (os.environ.get("USERNAME") or "user")


# -- scratch folders ------------------------------------------------------------------------------
def scratch_root(
    env: Mapping[str, str] | None = None, *, ram: Path | None = RAM_ROOT, create: bool = True
) -> Path:
    """The folder scratch folders are made in (created 0700 when ``create``)."""
    env = os.environ if env is None else env
    chosen = env.get(ENV_SCRATCH)
    if chosen:
        root = Path(chosen).expanduser()
    elif ram is not None and ram.is_dir() and os.access(ram, os.W_OK | os.X_OK):
        root = ram / f"reliefdesk-{_uid()}"
    else:
        import tempfile

        root = Path(tempfile.gettempdir()) / f"reliefdesk-{_uid()}"
    if create:
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.chmod(root, 0o700)
    return root


def new_scratch_dir(root: Path | None = None) -> Path:
    """A fresh 0700 scratch folder named after this process."""
    import tempfile

    root = scratch_root() if root is None else root
    path = Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-", dir=root))
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists (POSIX: signal 0; Windows: OpenProcess)."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - exercised on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def sweep_stale_scratch(
    root: Path | None = None, *, now: float | None = None, only: list[Path] | None = None
) -> list[Path]:
    """Remove scratch folders whose process is gone; return what was removed."""
    root = scratch_root(create=False) if root is None else root
    entries = _entries(root) if only is None else only
    now = time.time() if now is None else now
    removed: list[Path] = []
    for path in entries:
        if not path.name.startswith(SCRATCH_PREFIX) or path.is_symlink() or not path.is_dir():
            continue
        match = _SCRATCH_RE.match(path.name)
        if match is not None:
            stale = not pid_alive(int(match.group(1)))
        else:
            try:
                stale = now - path.stat().st_mtime > UNOWNED_STALE_SECONDS
            except OSError:
                continue
        if stale:
            import shutil

            shutil.rmtree(path, ignore_errors=True)
            if not path.exists():
                removed.append(path)
    return removed


def sweep_at_start(data_dir: Path | None = None) -> list[Path]:
    """What a crash may have left, removed when ReliefDesk starts: stale scratch folders (in the
    scratch root, and those older versions made directly in the RAM folder, if this user's) and
    stale backup/restore temp files in the data folder and its backups folder."""
    removed = sweep_stale_scratch()
    if RAM_ROOT.is_dir() and hasattr(os, "getuid"):
        mine = [p for p in _entries(RAM_ROOT) if _owned(p)]
        removed += sweep_stale_scratch(RAM_ROOT, only=mine)
    if data_dir is not None:
        removed += sweep_stale_temp(data_dir)
        removed += sweep_stale_temp(Path(data_dir) / "backups")
    return removed


def _entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def _owned(path: Path) -> bool:
    try:
        return path.lstat().st_uid == os.getuid()
    except OSError:
        return False


def sweep_stale_temp(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove temp files a killed backup, restore or export left in ``folder``."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    for path in _entries(Path(folder)):
        if not any(p.match(path.name) for p in _TEMP_PATTERNS):
            continue
        try:
            if not path.is_file() or now - path.stat().st_mtime <= TEMP_STALE_SECONDS:
                continue
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


# -- child processes ------------------------------------------------------------------------------
def child_session_kwargs(platform: str | None = None) -> dict[str, Any]:
    """``subprocess`` arguments that put a child (and what it starts) in its own group."""
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        return {"creationflags": 0x00000200}  # CREATE_NEW_PROCESS_GROUP
    return {"start_new_session": True}


def watchdog_command(
    group: int, scratch: Path | None, platform: str | None = None
) -> list[str] | None:
    """A process that waits for its stdin to close (we closed it, or we died) and then kills
    the child's process group and removes the scratch folder. None where there is no way."""
    platform = sys.platform if platform is None else platform
    target = str(scratch) if scratch is not None else ""
    if platform == "win32":
        if getattr(sys, "frozen", False):
            return None  # the frozen app has no -c; Windows builds use a job object (TODO)
        code = (
            "import shutil, subprocess, sys\n"
            "sys.stdin.read()\n"
            "subprocess.run(['taskkill', '/T', '/F', '/PID', sys.argv[1]], capture_output=True)\n"
            "sys.argv[2] and shutil.rmtree(sys.argv[2], ignore_errors=True)\n"
        )
        return [sys.executable, "-c", code, str(group), target]
    import shutil

    sh = shutil.which("sh") or "/bin/sh"
    script = (
        'cat >/dev/null; kill -s KILL -- "-$1" 2>/dev/null; [ -n "$2" ] && rm -rf -- "$2"; exit 0'
    )
    return [sh, "-c", script, "reliefdesk-watchdog", str(group), target]


class Tie:
    """Keeps a child process group tied to our lifetime (see ``tie_to_us``)."""

    def __init__(self, watchdog: subprocess.Popen[bytes] | None) -> None:
        self.watchdog = watchdog

    def release(self) -> None:
        """We are done: the watchdog kills what is left of the group and exits."""
        dog = self.watchdog
        if dog is None:
            return
        self.watchdog = None
        stdin: IO[bytes] | None = dog.stdin
        if stdin is not None:
            with contextlib.suppress(OSError):
                stdin.close()
        import subprocess

        try:
            dog.wait(timeout=10)
        except subprocess.TimeoutExpired:
            dog.kill()
            dog.wait()


def tie_to_us(child: subprocess.Popen[Any], scratch: Path | None = None) -> Tie:
    """Start the watchdog for ``child`` (started with ``child_session_kwargs()``)."""
    group = child.pid
    if os.name == "posix":
        with contextlib.suppress(OSError):
            group = os.getpgid(child.pid)
    cmd = watchdog_command(group, scratch)
    if cmd is None:
        return Tie(None)
    import subprocess

    try:
        dog = subprocess.Popen(
            cmd,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=True,
            **child_session_kwargs(),
        )
    except OSError:
        return Tie(None)
    return Tie(dog)


def kill_group(child: subprocess.Popen[Any]) -> None:
    """Kill a child started with ``child_session_kwargs()`` and everything it started."""
    if os.name == "posix":
        import signal

        with contextlib.suppress(OSError):
            os.killpg(os.getpgid(child.pid), signal.SIGKILL)
    with contextlib.suppress(OSError):
        child.kill()


# -- display --------------------------------------------------------------------------------------
HEADLESS_HINT = (
    "no display found: the desktop app needs one; the headless commands work without it "
    "(./run --help)"
)


def display_problem(
    env: Mapping[str, str] | None = None, platform: str | None = None
) -> str | None:
    """Why a window cannot open here, or None. Only Linux/BSD X11 or Wayland sessions can lack
    a display; Windows and macOS always have one. ``QT_QPA_PLATFORM`` naming another plugin
    (offscreen, vnc, ...) needs none."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if platform in ("win32", "darwin"):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0]
    if qpa and qpa not in ("xcb", "wayland", "wayland-egl"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return HEADLESS_HINT
