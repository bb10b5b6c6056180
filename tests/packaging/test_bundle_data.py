"""The data files the PyInstaller bundle carries: every package data file in the repository,
the alembic scripts as files, the translations; and the Qt pruning rules."""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

import pytest

from tests.packaging.helpers import ROOT, load_bundle_data

bd = load_bundle_data()


def test_every_tracked_package_data_file_is_bundled() -> None:
    datas = bd.collect_all_data(ROOT)
    tracked = bd.tracked_data_files(ROOT)
    # the comparison is against git itself, not against our own walker
    git = subprocess.run(
        ["git", "ls-files", "--", *bd.PACKAGES], cwd=ROOT, capture_output=True, text=True
    ).stdout.split()
    non_py = {f for f in git if not f.endswith(".py") and (ROOT / f).is_file()}
    assert non_py <= set(tracked)
    assert len(non_py) > 50  # flows, rules, maps, clauses, templates, official forms...
    assert bd.check_coverage(datas, ROOT) == []
    bundled = {bd.bundle_path(s, d) for s, d in datas}
    for must in (
        "forms/official/i-589.pdf",
        "forms/registry.yaml",
        "casefile/data/demo_answers.yaml",
        "templates/docx/t_declaration.docx",
        "eligibility/data/rules/t_visa.yaml",
        "packets/data/plans/t_visa.yaml",
        "clauses/data/vacatur_drafting.yaml",
        "eligibility/data/vacatur_states.yaml",
    ):
        assert must in bundled


def test_a_missing_data_file_is_reported() -> None:
    datas = bd.collect_all_data(ROOT)
    without = [e for e in datas if bd.bundle_path(*e) != "forms/official/i-765.pdf"]
    assert len(without) == len(datas) - 1
    assert bd.check_coverage(without, ROOT) == ["forms/official/i-765.pdf"]


def test_alembic_scripts_ship_as_source_files() -> None:
    datas = bd.collect_all_data(ROOT)
    bundled = {bd.bundle_path(s, d) for s, d in datas}
    versions = sorted((ROOT / "casefile/migrations/versions").glob("*.py"))
    assert versions
    for path in [ROOT / "casefile/migrations/env.py", *versions]:
        assert path.relative_to(ROOT).as_posix() in bundled
    # casefile.migrate finds them next to itself, which is where they land in the bundle
    from casefile.migrate import MIGRATIONS_DIR

    assert MIGRATIONS_DIR.relative_to(ROOT).as_posix() == "casefile/migrations"


def test_python_sources_caches_and_scratch_are_not_data(tmp_path: Path) -> None:
    pkg = tmp_path / "templates"
    (pkg / "docx").mkdir(parents=True)
    (pkg / "docx" / "a.docx").write_bytes(b"x")
    (pkg / "render.py").write_text("x = 1\n")
    (pkg / "__pycache__").mkdir()
    (pkg / "__pycache__" / "render.cpython-311.pyc").write_bytes(b"x")
    (pkg / "build").mkdir()
    (pkg / "build" / "scratch.docx").write_bytes(b"x")
    got = [bd.bundle_path(s, d) for s, d in bd.walk_package_data(tmp_path, "templates")]
    assert got == ["templates/docx/a.docx"]


def test_translations_are_bundled_where_desktop_i18n_looks() -> None:
    from desktop.i18n import LOCALE_DIR

    assert LOCALE_DIR == ROOT / "locale"  # i18n resolves <app root>/locale, as in the bundle
    entries = bd.locale_files(ROOT)
    langs = {Path(s).stem for s, _ in entries}
    assert {p.stem for p in (ROOT / "locale").glob("*.ts")} <= langs
    assert all(dest == "locale" for _, dest in entries)
    assert all(Path(s).suffix in (".qm", ".ts") for s, _ in entries)


def test_licence_texts_and_icon_are_bundled() -> None:
    bundled = {bd.bundle_path(s, d) for s, d in bd.packaging_files(ROOT)}
    assert "packaging/icons/reliefdesk.png" in bundled
    desktop = {bd.bundle_path(s, d) for s, d in bd.walk_package_data(ROOT, "desktop")}
    assert "desktop/resources/licenses/LGPL-3.0.txt" in desktop
    assert "desktop/resources/reliefdesk.png" in desktop
    for src, _ in bd.packaging_files(ROOT):
        assert Path(src).is_file(), src


def _pyside_modules_used() -> set[str]:
    used: set[str] = set()
    for path in [*ROOT.joinpath("desktop").glob("*.py"), ROOT / "main.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module == "PySide6":
                    used |= {f"PySide6.{a.name}" for a in node.names}
                elif node.module.startswith("PySide6."):
                    used.add(".".join(node.module.split(".")[:2]))
            elif isinstance(node, ast.Import):
                used |= {
                    ".".join(a.name.split(".")[:2])
                    for a in node.names
                    if a.name.startswith("PySide6.")
                }
    return used


def test_excluded_qt_modules_are_not_used_by_the_app() -> None:
    used = _pyside_modules_used()
    assert "PySide6.QtWidgets" in used
    assert not used & set(bd.QT_EXCLUDES), "the app imports a Qt module the spec excludes"
    for heavy in (
        "PySide6.QtWebEngineCore",
        "PySide6.Qt3DCore",
        "PySide6.QtQuick",
        "PySide6.QtQml",
        "PySide6.QtMultimedia",
    ):
        assert heavy in bd.QT_EXCLUDES


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/translations/qtbase_es.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/assistant_es.qm", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("libQt6Qml.so.6", False),
        ("libcairo.so.2", False),
        ("PySide6/Qt6Quick.dll", False),
        ("PySide6/Qt6Widgets.dll", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll", False),
        ("PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml", False),
        ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("forms/official/i-589.pdf", True),
        ("sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so", True),
    ],
)
def test_qt_pruning_rules(dest: str, kept: bool) -> None:
    assert bd.keep_qt_entry(dest) is kept


def test_prune_refuses_to_drop_a_library_a_kept_binary_needs() -> None:
    entries = [
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/x/libQt6Quick.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
        ("PySide6/QtWidgets.abi3.so", "/x/QtWidgets.abi3.so", "EXTENSION"),
    ]
    needs = {"/x/libqxcb.so": ["libQt6Gui.so.6"], "/x/QtWidgets.abi3.so": ["libQt6Quick.so.6"]}
    kept, problems = bd.prune(entries, lambda src: needs.get(src, []))
    assert [e[0] for e in kept] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/QtWidgets.abi3.so",
    ]
    assert problems == ["PySide6/QtWidgets.abi3.so links to libQt6Quick.so.6, which is dropped"]
    _, ok = bd.prune(entries[:2], lambda src: needs.get(src, []))
    assert ok == []
