"""Hostile bundles (issue 21, items 1 and 2): exhibit paths that leave the client's exhibits
folder, and imports that would silently replace newer local data.

Exhibit paths: a bundle's exhibit ``file_path`` must be relative to the client's exhibits
folder; absolute paths, drive letters, UNC paths, ``..`` and NUL are refused at import naming
the exhibit. At plan time a stored relative path is resolved (symlinks included) and must stay
inside the folder, and a file whose SHA-256 differs from the recorded one is refused.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from casefile import bundle as bundle_module
from casefile.errors import BundleInvalid, ExhibitPathRefused, ImportConflict
from casefile.paths import resolve_exhibit
from casefile.profile import Profile
from casefile.store import CaseStore
from facts import FactView
from packets.plan import plan
from packets.providers import PartStatus
from tests.casefile.helpers import PASSPHRASE
from tests.pg import make_store

BUNDLE_PW = "bundle passphrase, fictional"

#: Exhibit paths a bundle from another computer must not bring in.
HOSTILE_PATHS = (
    "/home/other/clients/Other Client/passport.pdf",
    "/etc/passwd",
    "../other_client/passport.pdf",
    "scans/../../other_client/passport.pdf",
    "..",
    "C:\\Users\\other\\passport.pdf",
    "C:passport.pdf",
    "\\\\server\\share\\passport.pdf",
    "..\\..\\other\\passport.pdf",
    "passport.pdf\x00.png",
    "a/" * 600 + "x.pdf",
    "",
)


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_module, "KDF_LOG2N", 14)


@pytest.fixture
def store(tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> Any:
    """The importing store, on the laptop's SQLCipher file and on a clinic's PostgreSQL server
    (a bundle from an outreach laptop imported into the clinic, issue 22)."""
    s = make_store(request, backend, tmp_path / "data")
    yield s
    s.lock()


@pytest.fixture
def there(tmp_path: Path) -> Iterator[CaseStore]:
    """A second laptop that receives the client from ``store`` and sends it back."""
    s = CaseStore.create(tmp_path / "there", PASSPHRASE)
    yield s
    s.lock()


def _client(cid: str = "e" * 32, *, file_path: str | None = None) -> Profile:
    from casefile.models import Client

    p = Profile(client=Client(id=cid, family_name="Quispe", given_name="Rosa (fictional)"))
    p.add(
        "exhibits",
        label="C",
        description="Police report (fictional)",
        file_path=file_path,
        reliefs=["t_visa"],
    )
    return p


def _write(path: Path, profiles: list[Profile]) -> Path:
    bundle_module.write_bundle(profiles, path, BUNDLE_PW)
    return path


ESCAPES: dict[str, int] = {"tried": 0, "escaped": 0}


@pytest.mark.parametrize("hostile", HOSTILE_PATHS)
def test_an_exhibit_path_that_leaves_the_folder_refuses_the_bundle(
    store: CaseStore, tmp_path: Path, hostile: str
) -> None:
    path = _write(tmp_path / "hostile.rdbundle", [_client(file_path=hostile)])
    ESCAPES["tried"] += 1
    try:
        store.import_bundle(path, BUNDLE_PW)
    except BundleInvalid as exc:
        assert "exhibits[0].file_path" in str(exc) and "exhibit C" in str(exc), str(exc)
        assert "\x00" not in str(exc)
    else:
        ESCAPES["escaped"] += 1
        pytest.fail(f"a bundle with the exhibit path {hostile!r} was imported")
    assert store.list_clients() == []


def test_a_relative_exhibit_path_inside_the_folder_is_imported(
    store: CaseStore, tmp_path: Path
) -> None:
    path = _write(tmp_path / "ok.rdbundle", [_client(file_path="scans/police report.pdf")])
    assert store.import_bundle(path, BUNDLE_PW) == ["e" * 32]
    row = store.load("e" * 32).rows("exhibits")[0]
    assert row.file_path == "scans/police report.pdf"  # type: ignore[attr-defined]


def test_import_paths_summary(summary_line: Any) -> None:
    assert ESCAPES["tried"] == 2 * len(HOSTILE_PATHS)  # on both backends
    assert ESCAPES["escaped"] == 0
    summary_line(f"import paths {ESCAPES['escaped']}/{ESCAPES['tried']} escaped")


# -- at plan time -------------------------------------------------------------------------


def _pdf(path: Path, text: str) -> bytes:
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path))
    c.drawString(72, 720, text)
    c.showPage()
    c.save()
    return path.read_bytes()


def _exhibit_doc(profile: Profile, folder: Path) -> Any:
    result = plan(FactView(profile), "t_visa", exhibits_dir=folder)
    return next(d for d in result.documents if d.kind == "exhibit" and d.exhibit_label == "C")


def test_a_symlink_out_of_the_exhibits_folder_is_refused_at_plan_time(tmp_path: Path) -> None:
    folder = tmp_path / "rosa-exhibits"
    folder.mkdir()
    _pdf(tmp_path / "other-client" / "passport.pdf", "Another fictional client's passport")
    (folder / "report.pdf").symlink_to(tmp_path / "other-client" / "passport.pdf")
    with pytest.raises(ExhibitPathRefused, match="outside the exhibits folder"):
        resolve_exhibit("report.pdf", folder, name="Exhibit C")
    doc = _exhibit_doc(_client(file_path="report.pdf"), folder)
    assert doc.status is PartStatus.UNREADABLE
    assert doc.path is None
    assert any("outside the exhibits folder" in p for p in doc.problems), doc.problems


def test_a_climbing_path_in_the_database_is_refused_at_plan_time(tmp_path: Path) -> None:
    folder = tmp_path / "rosa-exhibits"
    folder.mkdir()
    _pdf(tmp_path / "other-client.pdf", "Another fictional client's document")
    doc = _exhibit_doc(_client(file_path="../other-client.pdf"), folder)
    assert doc.status is PartStatus.UNREADABLE and doc.path is None
    assert any("climbs out" in p for p in doc.problems), doc.problems


def test_a_file_whose_sha256_differs_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "rosa-exhibits"
    raw = _pdf(folder / "report.pdf", "Fictional police report")
    profile = _client(file_path="report.pdf")
    row = profile.rows("exhibits")[0]
    row.file_sha256 = hashlib.sha256(raw).hexdigest()  # type: ignore[attr-defined]
    doc = _exhibit_doc(profile, folder)
    assert doc.status is PartStatus.READY, doc.problems
    assert doc.path == (folder / "report.pdf").resolve()

    _pdf(folder / "report.pdf", "A different fictional document")
    doc = _exhibit_doc(profile, folder)
    assert doc.status is PartStatus.UNREADABLE and doc.path is None
    assert any("SHA-256 differs" in p for p in doc.problems), doc.problems


def test_a_relative_path_without_an_exhibits_folder_is_not_read_from_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _pdf(tmp_path / "report.pdf", "A file that happens to be in the working folder")
    with pytest.raises(ExhibitPathRefused, match="no exhibits folder"):
        resolve_exhibit("report.pdf", None)


# -- import conflicts (item 2) ---------------------------------------------------------------

CONFLICTS: dict[str, int] = {"tried": 0, "refused": 0}


def _state(store: CaseStore) -> list[Any]:
    from casefile.serialize import profile_to_json

    return [profile_to_json(store.load(c.id)) for c in store.list_clients(include_archived=True)]


def _edit_name(p: Profile) -> None:
    p.client.given_name = "Rosa María (fictional)"


def _add_arrest(p: Profile) -> None:
    p.add("arrests", offense="Loitering (fictional)")


def _change_answer(p: Profile) -> None:
    p.set_answer("trafficking.means.fraud", False)


def _change(store: CaseStore, cid: str, edit: Callable[[Profile], None]) -> None:
    """One saved edit of a client: its copy in ``store`` is now newer than any earlier export."""
    p = store.load(cid)
    edit(p)
    store.save(p)


def _send(here: CaseStore, there: CaseStore, bundle: Path, cid: str) -> list[str]:
    """Export the client from ``here`` and import it ``there``; returns the imported ids."""
    here.export_bundle([cid], bundle, BUNDLE_PW)
    return there.import_bundle(bundle, BUNDLE_PW)


def _shared(here: CaseStore, there: CaseStore, folder: Path) -> str:
    """A fictional client saved ``here`` and sent ``there`` (folder/1.rdbundle): both stores
    start from the same copy. Returns its id."""
    cid = "e" * 32
    here.save(_client(cid))
    assert _send(here, there, folder / "1.rdbundle", cid) == [cid]
    return cid


def _refused(store: CaseStore, bundle: Path) -> ImportConflict:
    """The ImportConflict ``store`` raises on importing ``bundle``, after checking that the
    refusal changed nothing; each call counts towards the conflicts summary line."""
    before = _state(store)
    CONFLICTS["tried"] += 1
    with pytest.raises(ImportConflict) as info:
        store.import_bundle(bundle, BUNDLE_PW)
    CONFLICTS["refused"] += 1
    assert _state(store) == before  # nothing replaced
    return info.value


@pytest.mark.parametrize("edit", [_edit_name, _add_arrest, _change_answer])
def test_importing_an_older_export_over_newer_local_data_is_refused(
    store: CaseStore, tmp_path: Path, edit: Any
) -> None:
    cid = "e" * 32
    store.save(_client(cid))
    old = tmp_path / "old.rdbundle"
    store.export_bundle([cid], old, BUNDLE_PW)
    _change(store, cid, edit)
    error = _refused(store, old)
    (conflict,) = error.conflicts
    assert conflict.client_id == cid and conflict.kind == "local_newer"
    assert conflict.local_updated_at > conflict.bundle_updated_at
    assert conflict.exported_at is not None
    assert conflict.differences, conflict
    message = str(error)
    assert "Rosa" in message and cid in message and "--replace" in message
    assert all(d.words() in message for d in conflict.differences[:3])
    assert "Loitering" not in message  # names what differs, not the values
    assert error.kind == "conflict"


def test_both_copies_changed_since_the_export_is_refused(
    tmp_path: Path, store: CaseStore, there: CaseStore
) -> None:
    here = store
    cid = _shared(here, there, tmp_path)
    _change(here, cid, _edit_name)  # edited here first ...
    _change(there, cid, _add_arrest)  # ... then there, later: the bundle's copy is the newer one
    there.export_bundle([cid], tmp_path / "2.rdbundle", BUNDLE_PW)
    error = _refused(here, tmp_path / "2.rdbundle")
    (conflict,) = error.conflicts
    assert conflict.kind == "both_changed"
    assert {d.name for d in conflict.differences} >= {"client.given_name"}
    (arrests,) = [d for d in conflict.differences if d.name == "arrests"]
    assert (arrests.here, arrests.there) == (0, 1)  # added there: none here, one in the bundle
    assert "arrests (0 here, 1 in the bundle)" in str(error)
    assert "both copies were changed" in str(error)


def test_a_newer_bundle_over_an_unchanged_copy_imports(
    tmp_path: Path, store: CaseStore, there: CaseStore
) -> None:
    here = store
    cid = _shared(here, there, tmp_path)
    _change(there, cid, _add_arrest)
    assert _send(there, here, tmp_path / "2.rdbundle", cid) == [cid]
    assert len(here.load(cid).rows("arrests")) == 1
    # The same bundle again: same content, no conflict.
    assert here.import_bundle(tmp_path / "2.rdbundle", BUNDLE_PW) == [cid]


def test_replace_and_keep_both(store: CaseStore, tmp_path: Path) -> None:
    cid = "e" * 32
    store.save(_client(cid))
    old = tmp_path / "old.rdbundle"
    store.export_bundle([cid], old, BUNDLE_PW)
    _change(store, cid, _edit_name)

    ids = store.import_bundle(old, BUNDLE_PW, on_conflict="keep_both")
    assert len(ids) == 1 and ids[0] != cid
    assert store.load(cid).client.given_name == "Rosa María (fictional)"  # kept
    copy = store.load(ids[0])
    assert copy.client.given_name == "Rosa (fictional)"
    assert copy.rows("exhibits")[0].client_id == ids[0]
    assert any("separate copy" in (n.body or "") for n in copy.rows("notes"))  # type: ignore[attr-defined]

    assert store.import_bundle(old, BUNDLE_PW, on_conflict="replace") == [cid]
    assert store.load(cid).client.given_name == "Rosa (fictional)"
    if store.database_url is None:  # the laptop: an encrypted backup file first
        assert any("before-import" in b.name for b in store.list_backups())
        return
    # the clinic's server: the replaced copy is kept there, archived, with what replaced it
    archived = [c for c in store.list_clients(include_archived=True) if c.archived]
    assert len(archived) == 1
    kept = store.load(archived[0].id)
    assert kept.client.given_name == "Rosa María (fictional)"
    assert any("before the import of old.rdbundle replaced it" in (n.body or "")
               for n in kept.rows("notes"))  # type: ignore[attr-defined]  # fmt: skip


def test_cli_refuses_then_replace_and_keep_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import main

    cid = "e" * 32
    where = tmp_path / "data"
    s = CaseStore.create(where, PASSPHRASE)
    s.save(_client(cid))
    s.export_bundle([cid], tmp_path / "old.rdbundle", BUNDLE_PW)
    _change(s, cid, _edit_name)
    s.lock()
    monkeypatch.setenv("RELIEFDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("RELIEFDESK_BUNDLE_PASSPHRASE", BUNDLE_PW)
    argv = ["--data-dir", str(where), "import", str(tmp_path / "old.rdbundle")]
    CONFLICTS["tried"] += 1
    assert main.main(argv) == 2
    err = capsys.readouterr().err
    assert "would replace newer data" in err and "--keep-both" in err
    CONFLICTS["refused"] += 1
    assert main.main([*argv, "--keep-both"]) == 0
    assert "Imported client" in capsys.readouterr().out
    assert main.main([*argv, "--replace"]) == 0
    with pytest.raises(SystemExit):
        main.main([*argv, "--replace", "--keep-both"])
    s = CaseStore.open(where, PASSPHRASE)
    try:
        names = sorted(c.display_name for c in s.list_clients())
        assert names == ["Rosa (fictional) Quispe", "Rosa (fictional) Quispe"]
    finally:
        s.lock()


def test_conflicts_summary(summary_line: Any) -> None:
    # 3 edits and the both-changed case on each backend, and the CLI on the laptop's file
    assert CONFLICTS["tried"] == 9 and CONFLICTS["refused"] == CONFLICTS["tried"], CONFLICTS
    summary_line(f"conflicting imports refused {CONFLICTS['refused']}/{CONFLICTS['tried']}")
