"""The About dialog: version, data location, licences (PySide6 LGPL, dynamically linked) and the
bundled official forms with their editions and printed expiry dates."""

from __future__ import annotations

import datetime as dt
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.about import LIBRARIES, LICENSES_DIR, AboutDialog, form_rows, show_about
from forms.registry import load_registry

ROOT = Path(__file__).resolve().parents[2]


def _pyproject_version() -> str:
    import tomllib

    return str(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"])


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELIEFDESK_HOME", str(tmp_path / "home"))


def _table(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _expiry(number: str) -> dt.date:
    for f in load_registry().forms:
        if f.number == number:
            exp = f.editions[0].expiry_date()
            assert exp is not None
            return exp
    raise AssertionError(number)


def test_version_and_data_location(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dlg = AboutDialog(data_dir=tmp_path / "cases")
    qtbot.addWidget(dlg)
    assert dlg.title.text() == f"ReliefDesk {_pyproject_version()}"
    assert str(tmp_path / "cases") in dlg.data_label.text()
    from forms.registry import user_forms_dir

    assert str(user_forms_dir(tmp_path / "cases")) in dlg.forms_note.text()
    assert "source checkout" in dlg.summary.text()
    assert "does not check for updates" in dlg.network_label.text()


def test_default_data_location_follows_reliefdesk_home(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    assert str(tmp_path / "home") in dlg.data_label.text()


def test_libreoffice_is_named_as_external(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("desktop.about.libreoffice_path", lambda: None)
    dlg = AboutDialog(data_dir=tmp_path)
    qtbot.addWidget(dlg)
    assert "does not include it" in dlg.office_label.text()
    monkeypatch.setattr("desktop.about.libreoffice_path", lambda: "/opt/lo/soffice")
    dlg2 = AboutDialog(data_dir=tmp_path)
    qtbot.addWidget(dlg2)
    assert "/opt/lo/soffice" in dlg2.office_label.text()


def test_pyside6_is_lgpl_and_dynamically_linked(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dlg = AboutDialog(data_dir=tmp_path)
    qtbot.addWidget(dlg)
    rows = _table(dlg.lib_table)
    pyside = next(r for r in rows if r[0].startswith("Qt for Python (PySide6)"))
    assert pyside[1] == metadata.version("PySide6-Essentials")
    assert pyside[2] == "LGPL-3.0-only (dynamically linked)"
    note = dlg.lgpl_note.text()
    assert "LGPL-3.0" in note and "dynamically linked" in note and "replace" in note
    # selecting the row shows the LGPL text itself
    dlg.lib_table.setCurrentCell(rows.index(pyside), 0)
    assert dlg.licence_files.currentItem().text() == "LGPL-3.0.txt"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dlg.licence_view.toPlainText()


def test_library_licences_agree_with_installed_metadata() -> None:
    families = ("LGPL", "GPL", "MIT", "BSD", "Apache", "MPL", "PSF", "Zlib")
    checked = 0
    for lib in LIBRARIES:
        if not lib.dist:
            continue
        meta = metadata.metadata(lib.dist)
        declared = meta.get("License-Expression") or meta.get("License") or ""
        declared += " " + " ".join(c for c in meta.get_all("Classifier") or [] if "License" in c)
        if not declared.strip():
            continue  # sqlcipher3 declares none: its LICENSE file is bundled instead
        ours = lib.licence.split(";")[0]
        fam = next(f for f in families if f in ours)
        assert fam.lower() in declared.lower(), (lib.dist, declared, lib.licence)
        checked += 1
        assert lib.licence_file is None or (LICENSES_DIR / lib.licence_file).is_file()
    assert checked >= 15


@pytest.mark.parametrize("today", [dt.date(2026, 11, 29), None])
def test_forms_table_lists_every_edition(qtbot, tmp_path: Path, today) -> None:  # type: ignore[no-untyped-def]
    dlg = AboutDialog(data_dir=tmp_path, today=today)
    qtbot.addWidget(dlg)
    rows = _table(dlg.forms_table)
    expected = [
        (f.number, e.edition, e.expires or "unknown")
        for f in load_registry().forms
        for e in f.editions
    ]
    assert [(r[0], r[1], r[2]) for r in rows] == expected
    i589 = next(r for r in rows if r[0] == "I-589")
    assert i589[3] == "Bundled"
    i914 = next(r for r in rows if r[0] == "I-914")
    assert i914[3] == "Add from uscis.gov"
    assert i914[4].startswith("No printed expiry known")


def test_a_passed_expiry_says_may_be_out_of_date(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    exp = _expiry("I-765")
    before = AboutDialog(data_dir=tmp_path, today=exp)  # the expiry day itself: still current
    qtbot.addWidget(before)
    assert before.form_status_text("I-765") == "Current as far as ReliefDesk knows"
    after = AboutDialog(data_dir=tmp_path, today=exp + dt.timedelta(days=1))
    qtbot.addWidget(after)
    status = after.form_status_text("I-765")
    assert status.startswith("May be out of date")
    assert "https://www.uscis.gov/i-765" in status
    stale = [
        r.number for r in form_rows(exp + dt.timedelta(days=1)) if r.status == "may_be_out_of_date"
    ]
    assert "I-765" in stale
    assert f"{len(stale)} of the forms below may be out of date" in after.forms_note.text()
    before_stale = {r.number for r in form_rows(exp) if r.status == "may_be_out_of_date"}
    assert "I-765" not in before_stale
    n_before = len(before_stale)
    if n_before:
        assert f"{n_before} of the forms below may be out of date" in before.forms_note.text()
    else:
        assert "may be out of date" not in before.forms_note.text()


def test_show_about_opens_and_closes(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    dlg = show_about(parent, demo=True)
    qtbot.waitUntil(dlg.isVisible)
    assert dlg.parent() is parent
    assert "demo client is kept in memory" in dlg.data_label.text()
    with qtbot.waitSignal(dlg.destroyed):
        dlg.close()
    QApplication.processEvents()


def test_about_reads_no_repository_paths_and_not_main() -> None:
    """Issue 19: the version comes from package metadata, resources from the desktop package."""
    import ast

    source = (ROOT / "desktop" / "about.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module} | {
        a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names
    }
    assert "main" not in imported
    assert '"packaging"' not in source and "parents[1]" not in source


def test_icon_copy_matches_the_packaging_icon() -> None:
    from desktop.about import ICON_PNG

    assert ICON_PNG.read_bytes() == (ROOT / "packaging" / "icons" / "reliefdesk.png").read_bytes()
