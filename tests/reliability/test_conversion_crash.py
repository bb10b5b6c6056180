"""A crash during DOCX->PDF leaves no plaintext and no LibreOffice behind (issue 21 item 4).

A child process converts a fictional declaration; once LibreOffice runs, the child is killed
with SIGKILL. The watchdog must kill LibreOffice's process group and remove the scratch folder;
a stale folder a crash left anyway is removed by the sweep at the next start. Each test uses
its own scratch folder (``RELIEFDESK_SCRATCH``), so other processes converting at the same time
cannot disturb it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casefile import osplatform
from templates.convert import find_soffice

ROOT = Path(__file__).resolve().parents[2]
NAME = "Quintessa Fictivia-Orlov"  # fictional; the needle searched for afterwards

CHILD = f"""
import io, sys
sys.path.insert(0, {str(ROOT)!r})
import docx
from templates.convert import docx_to_pdf
d = docx.Document()
for _ in range(400):
    d.add_paragraph("Declaration of {NAME}. " * 8)
buf = io.BytesIO()
d.save(buf)
print("converting", flush=True)
docx_to_pdf(buf.getvalue(), timeout=300)
print("done", flush=True)
"""


def _processes_mentioning(text: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if text.encode() in cmdline and int(entry.name) != os.getpid():
            found.append(int(entry.name))
    return found


def _wait_for(predicate, deadline_s: float) -> bool:  # type: ignore[no-untyped-def]
    """Poll until true or the deadline passes (a deadline for the machine, not a speed check)."""
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return bool(predicate())


def _plaintext_files(root: Path) -> list[Path]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if NAME.encode() in data or b"draft.docx" in path.name.encode():
                hits.append(path)
    return hits


def test_kill_9_during_conversion_leaves_nothing(tmp_path: Path, summary_line) -> None:  # type: ignore[no-untyped-def]
    if find_soffice() is None:
        pytest.fail("LibreOffice (soffice) is not installed: ./test installs it")
    scratch = tmp_path / "scratch"
    env = dict(os.environ, RELIEFDESK_SCRATCH=str(scratch))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD], env=env, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "converting"
    # LibreOffice runs, and its watchdog too, when two processes name the scratch folder
    # (soffice's profile path; the watchdog's argument).
    assert _wait_for(lambda: len(_processes_mentioning(str(scratch))) >= 2, 120), "no soffice"
    assert any(p.is_dir() for p in scratch.iterdir())  # the scratch folder exists now
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    gone = _wait_for(lambda: not _processes_mentioning(str(scratch)), 30)
    orphans = _processes_mentioning(str(scratch))
    for pid in orphans:  # never leave them behind, even when the test fails
        os.kill(pid, signal.SIGKILL)
    _wait_for(lambda: not any(scratch.iterdir()), 10)
    left = _plaintext_files(scratch)
    summary_line(
        f"crash during conversion: plaintext left {len(left)}, orphan processes {len(orphans)}"
    )
    assert gone and orphans == []
    assert left == [] and list(scratch.iterdir()) == []


def test_stale_scratch_is_swept_and_a_live_ones_is_kept(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # a process id that no longer runs
    stale = tmp_path / f"{osplatform.SCRATCH_PREFIX}{dead.pid}-abc123"
    live = tmp_path / f"{osplatform.SCRATCH_PREFIX}{os.getpid()}-def456"
    legacy_old = tmp_path / f"{osplatform.SCRATCH_PREFIX}x8y_9z"
    legacy_new = tmp_path / f"{osplatform.SCRATCH_PREFIX}q1w_2e"
    for d in (stale, live, legacy_old, legacy_new):
        d.mkdir()
        (d / "draft.docx").write_bytes(NAME.encode())
    old = time.time() - osplatform.UNOWNED_STALE_SECONDS - 60
    os.utime(legacy_old, (old, old))
    removed = osplatform.sweep_stale_scratch(tmp_path)
    assert sorted(removed) == sorted([stale, legacy_old])
    assert live.is_dir() and legacy_new.is_dir()


def test_backup_and_export_temp_files_are_swept_when_stale(tmp_path: Path) -> None:
    names = [
        ".cases-20261201T101010000000Z.db.tmp",
        ".cases-20261201T101010000000Z.db.tmp-journal",
        ".cases.db.restore.tmp",
        ".clients.rdbundle.0a1b2c3d.tmp",
    ]
    keep = ["cases.db", "cases.db-wal", "cases.db-journal", "cases-20261201T101010000000Z.db"]
    for n in names + keep:
        (tmp_path / n).write_bytes(b"x")
    fresh = tmp_path / ".cases-20261202T101010000000Z.db.tmp"
    fresh.write_bytes(b"x")  # a backup running right now in another process
    old = time.time() - osplatform.TEMP_STALE_SECONDS - 60
    for n in names + keep:
        os.utime(tmp_path / n, (old, old))
    removed = osplatform.sweep_stale_temp(tmp_path)
    assert sorted(p.name for p in removed) == sorted(names)
    assert all((tmp_path / n).exists() for n in keep) and fresh.exists()


def test_the_start_of_a_command_sweeps(tmp_path: Path) -> None:
    scratch, data = tmp_path / "scratch", tmp_path / "data"
    (data / "backups").mkdir(parents=True)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = scratch / f"{osplatform.SCRATCH_PREFIX}{dead.pid}-abc123"
    stale.mkdir(parents=True)
    (stale / "draft.pdf").write_bytes(NAME.encode())
    tmp_backup = data / "backups" / ".cases-20261201T101010000000Z.db.tmp"
    tmp_backup.write_bytes(b"x")
    old = time.time() - osplatform.TEMP_STALE_SECONDS - 60
    os.utime(tmp_backup, (old, old))
    env = dict(os.environ, RELIEFDESK_SCRATCH=str(scratch), RELIEFDESK_HOME=str(data))
    proc = subprocess.run(
        [sys.executable, "main.py", "forms", "list"], cwd=ROOT, env=env, capture_output=True
    )
    assert proc.returncode == 0, proc.stderr
    assert not stale.exists() and not tmp_backup.exists()


def test_export_sweeps_what_a_killed_export_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import main

    left = tmp_path / ".clients.rdbundle.0a1b2c3d.tmp"
    left.write_bytes(b"encrypted but unfinished")
    old = time.time() - osplatform.TEMP_STALE_SECONDS - 60
    os.utime(left, (old, old))
    monkeypatch.setenv("RELIEFDESK_BUNDLE_PASSPHRASE", "fictional bundle passphrase")
    out = tmp_path / "clients.rdbundle"
    assert main.main(["export", "--client", "demo", "--out", str(out)]) == 0
    assert out.is_file() and not left.exists()
