"""Faults: disk full, a folder that cannot be written, a file "locked by another program".
Each gives the service's typed error with a human message, and nothing is lost: the database
loads exactly as before, earlier backups and outputs are byte-identical, no temp file is left.

Disk full is REAL where this process may mount a small tmpfs (CI runs as root; the filesystem
is filled with a filler file, so SQLite and Python writes hit a true ENOSPC). Where mounting is
not allowed it is SIMULATED: ``os.fsync`` raises ENOSPC for file writes (fsync is where a full
disk often surfaces) and SQLite gets ``PRAGMA max_page_count`` at the current size, which makes
it fail with SQLITE_FULL exactly as on a full disk. The summary line says which was used.

A read-only folder cannot be made with chmod when running as root, so it is simulated by a
regular file standing where the folder should be. A file locked by another program (as Word
does on Windows) is simulated by ``os.replace`` raising PermissionError, and by a folder
standing at the target path.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from casefile import bundle as bundle_module
from casefile.demo import DEMO_CLIENT_ID, demo_profile
from casefile.errors import BackupError, ExportFailed, SaveFailed
from casefile.serialize import profile_to_json
from casefile.store import CaseStore
from facts import FactView
from forms.errors import FormWriteError
from packets import PacketWriteError, build_packet
from templates.errors import DraftWriteError
from templates.render import DocxDraft
from tests.casefile.helpers import PASSPHRASE
from tests.packets.fakes import fake_providers

BUNDLE_PW = "fictional export passphrase"
HANDLED: list[str] = []
MODE: dict[str, str] = {}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _leftovers(folder: Path) -> list[str]:
    return sorted(
        p.name for p in folder.rglob("*") if p.name.endswith((".tmp", ".part")) and p.is_file()
    )


def _enospc(*_a: Any, **_k: Any) -> Any:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _locked(*_a: Any, **_k: Any) -> Any:
    raise PermissionError(errno.EACCES, "The file is in use by another program")


class Disk:
    """A folder that can be made full: a real tmpfs when mounting is allowed."""

    def __init__(self, folder: Path, real: bool) -> None:
        self.folder = folder
        self.real = real
        self.filler = folder / "filler.bin"

    @contextlib.contextmanager
    def full(self, mp: pytest.MonkeyPatch, store: CaseStore | None = None) -> Iterator[None]:
        if self.real:
            fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                for size in (65536, 4096, 512, 1):  # fill it to the last byte
                    with contextlib.suppress(OSError):
                        while True:
                            os.write(fd, b"\0" * size)
            finally:
                os.close(fd)
            try:
                yield
            finally:
                self.filler.unlink()
            return
        with mp.context() as m:
            m.setattr(os, "fsync", _enospc)
            listener = None
            if store is not None:
                engine = store.db.engine

                def limit(conn: Any, _record: Any, _proxy: Any) -> None:
                    pages = conn.execute("PRAGMA page_count").fetchone()[0]
                    conn.execute(f"PRAGMA max_page_count = {pages}")

                listener = limit
                event.listen(engine, "checkout", listener)
            try:
                yield
            finally:
                if store is not None and listener is not None:
                    event.remove(store.db.engine, "checkout", listener)
                    store.db.engine.dispose()  # drop connections that carry the limit


@pytest.fixture(scope="module", params=["tmpfs", "simulated"])
def disk(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Disk]:
    """Each disk-full case runs twice: on a real full tmpfs (falls back to the simulation
    where mounting is not allowed) and simulated."""
    folder = tmp_path_factory.mktemp("small-disk")
    mounted = False
    if request.param == "tmpfs" and os.geteuid() == 0:
        proc = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=6m,mode=0700", "tmpfs", str(folder)],
            capture_output=True,
            check=False,
        )
        mounted = proc.returncode == 0
    if request.param == "tmpfs":
        MODE["disk full"] = "real full tmpfs and simulated" if mounted else "simulated only"
    try:
        yield Disk(folder, mounted)
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture(scope="module")
def stored(disk: Disk) -> Iterator[tuple[CaseStore, Path]]:
    where = disk.folder / "data"
    store = CaseStore.create(where, PASSPHRASE)
    store.add_demo_client()
    store.backup()
    yield store, where
    store.lock()


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CaseStore, Path]]:
    """A store on the ordinary disk, for the cases that do not need a full one."""
    where = tmp_path_factory.mktemp("plain") / "data"
    store = CaseStore.create(where, PASSPHRASE)
    store.add_demo_client()
    store.backup()
    yield store, where
    store.lock()


def _snapshot(store: CaseStore) -> Any:
    return profile_to_json(store.load(DEMO_CLIENT_ID))


def _draft(data: bytes) -> DocxDraft:
    return DocxDraft("t_declaration", "Declaration", data, (), (), (), ())


def _handled(name: str) -> None:
    HANDLED.append(name)


# -- disk full ---------------------------------------------------------------------------


def test_disk_full_during_save(stored: Any, disk: Disk, monkeypatch: pytest.MonkeyPatch) -> None:
    store, _where = stored
    before = _snapshot(store)
    profile = store.load(DEMO_CLIENT_ID)
    # ~4 MB in all, more than the disk has left, each value within the length caps (issue 21)
    profile.client.intake_notes = "fictional " * 40_000
    for i in range(50):
        profile.add("notes", body=f"fictional note {i} " * 4_000)
    with disk.full(monkeypatch, store), pytest.raises(SaveFailed) as info:
        store.save(profile)
    assert "last saved version is intact" in str(info.value)
    assert DEMO_CLIENT_ID in str(info.value)
    assert _snapshot(store) == before
    store.lock()  # and after reopening
    store.unlock(PASSPHRASE)
    with store.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    assert _snapshot(store) == before
    _handled(f"disk full during save ({disk.real})")


def test_disk_full_during_backup(stored: Any, disk: Disk, monkeypatch: pytest.MonkeyPatch) -> None:
    store, where = stored
    earlier = {p.name: _sha(p) for p in store.list_backups()}
    assert earlier
    before = _snapshot(store)
    with disk.full(monkeypatch, None), pytest.raises(BackupError) as info:
        store.backup(label="nightly")
    assert "could not be written" in str(info.value)
    assert {p.name: _sha(p) for p in store.list_backups()} == earlier
    assert _leftovers(where) == []
    assert _snapshot(store) == before
    assert store.backup(label="after")  # works again once there is space
    _handled(f"disk full during backup ({disk.real})")


def test_disk_full_during_export(stored: Any, disk: Disk, monkeypatch: pytest.MonkeyPatch) -> None:
    store, _where = stored
    monkeypatch.setattr(bundle_module, "KDF_LOG2N", 14)
    out = disk.folder / "export.rdbundle"
    store.export_bundle([DEMO_CLIENT_ID], out, BUNDLE_PW)
    earlier = _sha(out)
    with disk.full(monkeypatch, None), pytest.raises(ExportFailed) as info:
        store.export_bundle([DEMO_CLIENT_ID], out, BUNDLE_PW)
    assert str(out) in str(info.value) and "Nothing was exported" in str(info.value)
    assert _sha(out) == earlier
    assert _leftovers(disk.folder) == []
    _handled(f"disk full during export ({disk.real})")


def _packet(out: Path) -> Any:
    return build_packet(
        FactView(demo_profile()),
        "t_visa",
        out,
        providers=fake_providers(derivative_list=[]),
    )


def test_disk_full_during_packet_output(disk: Disk, monkeypatch: pytest.MonkeyPatch) -> None:
    out_dir = disk.folder / "packet-out"
    out_dir.mkdir()
    first = _packet(out_dir / "packet.pdf")
    earlier = {p.name: _sha(p) for p in out_dir.rglob("*") if p.is_file()}
    assert first.path.name in earlier
    with disk.full(monkeypatch, None), pytest.raises(PacketWriteError) as info:
        _packet(out_dir / "packet.pdf")
    assert "packet.pdf" in str(info.value) and "Choose another folder" in str(info.value)
    assert {p.name: _sha(p) for p in out_dir.rglob("*") if p.is_file()} == earlier
    assert _leftovers(out_dir) == []
    _handled(f"disk full during packet output ({disk.real})")


# -- folder that cannot be written -------------------------------------------------------


def test_output_folder_not_writable(plain: Any, tmp_path: Path) -> None:
    store, _ = plain
    not_a_folder = tmp_path / "Packets"
    not_a_folder.write_text("a file where the output folder should be", encoding="utf-8")
    with pytest.raises(PacketWriteError) as info:
        _packet(not_a_folder / "packet.pdf")
    assert "folder does not exist" in str(info.value)
    with pytest.raises(ExportFailed) as exc:
        store.export_bundle([DEMO_CLIENT_ID], not_a_folder / "x.rdbundle", BUNDLE_PW)
    assert "Not a directory" in str(exc.value)
    with pytest.raises(DraftWriteError) as d:
        _draft(b"PK fictional").save(not_a_folder / "d.docx")
    assert str(not_a_folder / "d.docx") in str(d.value)
    assert not_a_folder.read_text(encoding="utf-8").startswith("a file where")
    _handled("output folder not writable (packet, export, draft)")


# -- file locked by another program -------------------------------------------------------


def _locked_case(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    write: Callable[[Path], Any],
    error: type[Exception],
    target: str,
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    write(out_dir / target)
    earlier = {p.relative_to(out_dir): _sha(p) for p in out_dir.rglob("*") if p.is_file()}
    with monkeypatch.context() as m:
        m.setattr(os, "replace", _locked)
        with pytest.raises(error) as info:
            write(out_dir / target)
    assert "in use by another program" in str(info.value), str(info.value)
    after = {p.relative_to(out_dir): _sha(p) for p in out_dir.rglob("*") if p.is_file()}
    assert after == earlier and _leftovers(out_dir) == []


def test_locked_packet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _locked_case(tmp_path, monkeypatch, _packet, PacketWriteError, "packet.pdf")
    _handled("packet locked by another program")


def test_locked_export(plain: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, _ = plain
    monkeypatch.setattr(bundle_module, "KDF_LOG2N", 14)

    def export(path: Path) -> None:
        store.export_bundle([DEMO_CLIENT_ID], path, BUNDLE_PW)

    _locked_case(tmp_path, monkeypatch, export, ExportFailed, "x.rdbundle")
    _handled("export locked by another program")


def test_locked_draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def save(path: Path) -> None:
        _draft(os.urandom(64)).save(path)

    _locked_case(tmp_path, monkeypatch, save, DraftWriteError, "declaration.docx")
    _handled("draft locked by another program")


def test_locked_backup(plain: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    store, where = plain
    earlier = {p.name: _sha(p) for p in store.list_backups()}
    with monkeypatch.context() as m:
        m.setattr(os, "replace", _locked)
        with pytest.raises(BackupError):
            store.backup(label="locked")
    assert {p.name: _sha(p) for p in store.list_backups()} == earlier
    assert _leftovers(where) == []
    _handled("backup locked by another program")


def test_filled_form_target_is_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI's fill: the target path is a folder (another program's)."""
    import main

    target = tmp_path / "i-765.pdf"
    target.mkdir()
    (target / "keep.txt").write_text("someone else's file", encoding="utf-8")
    code = main.main(["fill", "--client", "demo", "--form", "i-765", "--out", str(target)])
    err = capsys.readouterr().err
    assert code == 2 and "could not be written" in err and "Traceback" not in err
    assert (target / "keep.txt").read_text(encoding="utf-8") == "someone else's file"
    assert _leftovers(tmp_path) == []
    # the CLI printed the typed error's human message as one line
    assert str(FormWriteError(target, "Is a directory")) in err
    _handled("filled form target is a folder")


def test_faults_summary(summary_line: Any) -> None:
    expected = 4 * 2 + 6  # disk full x (tmpfs, simulated) + the others
    assert len(HANDLED) == expected, HANDLED
    summary_line(f"faults {len(HANDLED)}/{expected} handled (disk full: {MODE['disk full']})")
