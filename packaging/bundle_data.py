"""What goes into the PyInstaller bundle besides Python code, and the check that nothing is missing.

Loaded by ``packaging/reliefdesk.spec`` (at build time) and by ``tests/packaging`` (always) through
``importlib.util.spec_from_file_location``: ``packaging/`` is deliberately not a Python package, so
that it never shadows the ``packaging`` library PyInstaller and pip import.

Entries are PyInstaller ``datas`` tuples ``(absolute source path, destination folder inside the
bundle)``. The packages find their files with ``importlib.resources`` (``casefile/data``,
``forms/official``, ...) or next to their module (``casefile/migrations``, ``locale/``), so each
file keeps the folder it has in the repository.
"""

from __future__ import annotations

import fnmatch
import os
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

#: Our packages, in the import-linter order (pyproject.toml).
PACKAGES = (
    "casefile",
    "facts",
    "eligibility",
    "forms",
    "clauses",
    "templates",
    "packets",
    "desktop",
)

#: Per-package files never bundled (relative to the package, glob). ``templates/build`` is the
#: template builder's scratch folder.
PACKAGE_EXCLUDES: dict[str, list[str]] = {"templates": ["build/**", "build"]}

#: Alembic reads its scripts as files (``casefile/migrate.py``: ``migrations`` next to the module),
#: so these .py files ship as data, not only as bytecode in the archive.
MIGRATIONS = ("casefile", "migrations")

#: Qt modules ReliefDesk does not use (the desktop imports QtCore, QtGui and QtWidgets only).
#: Listed so PyInstaller never pulls them in through a hook or an optional import.
QT_EXCLUDES = (
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtBluetooth",
    "PySide6.QtCharts",
    "PySide6.QtConcurrent",
    "PySide6.QtDataVisualization",
    "PySide6.QtDesigner",
    "PySide6.QtGraphs",
    "PySide6.QtGraphsWidgets",
    "PySide6.QtHelp",
    "PySide6.QtHttpServer",
    "PySide6.QtLocation",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtNfc",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPositioning",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtSerialBus",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtSql",
    "PySide6.QtStateMachine",
    "PySide6.QtSvgWidgets",
    "PySide6.QtTest",
    "PySide6.QtTextToSpeech",
    "PySide6.QtUiTools",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
    "PySide6.QtXml",
)

#: Python modules that must never be bundled (test and build tools, unused GUI toolkits).
PY_EXCLUDES = (
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "importlinter",
    "alembic.testing",
    "sqlalchemy.testing",
    "IPython",
    "matplotlib",
    "numpy",
    "forms.synthetic",  # a development aid: synthetic form PDFs for the tests and benchmarks
)

#: Qt plugin folders kept (inside ``PySide6/Qt/plugins``); every other plugin folder is dropped.
#: platforms: offscreen, xcb, wayland (Linux), windows, cocoa; imageformats for the icon and
#: previews; platformthemes/styles for the native look; xcbglintegrations and wayland-* for Linux
#: displays; iconengines for SVG icons. Not kept: tls and networkinformation (no network),
#: generic (evdev input for embedded devices without a display server), printsupport.
QT_PLUGIN_KEEP = (
    "platforms",
    "platformthemes",
    "platforminputcontexts",
    "imageformats",
    "iconengines",
    "styles",
    "xcbglintegrations",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
)

#: Single plugins dropped inside kept folders (file stem without ``lib``): embedded-device
#: platforms, the virtual keyboard (it pulls in QtQuick/QML, ~17 MB) and the GTK3 theme (it pulls
#: in GTK's cairo/pango/atk stack; the xdg-desktop-portal theme stays).
QT_PLUGIN_DROP = (
    "qeglfs",
    "qlinuxfb",
    "qminimal",
    "qminimalegl",
    "qvkkhrdisplay",
    "qvnc",
    "qtvirtualkeyboardplugin",
    "qgtk3",
    "qpdf",  # imageformats/qpdf would pull in QtPdf; the previews use pypdfium2
)

#: Qt libraries dropped with those plugins, by module name prefix: ``libQt6<name>*`` (Linux),
#: ``Qt6<name>*.dll`` (Windows), ``Qt<name>*.framework`` (macOS).
QT_DROP_LIB_PREFIXES = ("Quick", "Qml", "VirtualKeyboard", "EglFS", "EglFs", "Pdf")

#: Shared libraries dropped (fnmatch on the file name, or on any folder for macOS frameworks).
#: ``prune`` refuses to drop one that a kept binary still links to. The non-Qt ones are the GTK
#: stack that only the GTK3 theme plugin used.
DROP_LIBS = (
    *(f"libQt6{p}*" for p in QT_DROP_LIB_PREFIXES),
    *(f"Qt6{p}*.dll" for p in QT_DROP_LIB_PREFIXES),
    *(f"Qt{p}*.framework" for p in QT_DROP_LIB_PREFIXES),
    "libatk-1.0.so*",
    "libatk-bridge-2.0.so*",
    "libatspi.so*",
    "libcairo-gobject.so*",
    "libcairo.so*",
    "libgdk_pixbuf-2.0.so*",
    "libpango-1.0.so*",
    "libpangocairo-1.0.so*",
    "libpangoft2-1.0.so*",
    "libepoxy.so*",
    "libthai.so*",
    "libdatrie.so*",
    "libfribidi.so*",
    "libpixman-1.so*",
)

#: Qt's own translations kept (the app ships English and Spanish): qtbase_<lang>.qm.
QT_TRANSLATION_LANGS = ("es",)

DataTuple = tuple[str, str]
Collector = Callable[..., list[DataTuple]]


def _excluded(rel: str, patterns: Iterable[str]) -> bool:
    return any(fnmatch.fnmatch(rel, p) for p in patterns)


def walk_package_data(root: Path, package: str) -> list[DataTuple]:
    """The non-Python files of ``package``, as PyInstaller's ``collect_data_files`` lists them
    (no .py/.pyc, no ``__pycache__``), minus ``PACKAGE_EXCLUDES``. Used when PyInstaller is not
    installed (tests) and to cross-check ``collect_data_files`` at build time."""
    pkg_dir = root / package
    out: list[DataTuple] = []
    for dirpath, dirnames, filenames in os.walk(pkg_dir):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            if name.endswith((".py", ".pyc", ".pyo")):
                continue
            src = Path(dirpath) / name
            rel = src.relative_to(pkg_dir).as_posix()
            if _excluded(rel, PACKAGE_EXCLUDES.get(package, ())):
                continue
            dest = (PurePosixPath(package) / rel).parent.as_posix()
            out.append((str(src), dest))
    return out


def migration_files(root: Path) -> list[DataTuple]:
    """Every file of the alembic script folder, .py included (alembic loads them from disk)."""
    base = root.joinpath(*MIGRATIONS)
    out: list[DataTuple] = []
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            if name.endswith((".pyc", ".pyo")):
                continue
            src = Path(dirpath) / name
            dest = src.parent.relative_to(root).as_posix()
            out.append((str(src), dest))
    return out


def locale_files(root: Path) -> list[DataTuple]:
    """``locale/*.qm`` (``desktop/i18n.py`` looks for ``<bundle>/locale``). Prefers the fresh
    compile in ``build/locale`` that ./package makes; falls back to the committed .qm, then to the
    .ts source, which ``desktop.i18n`` can read directly."""
    src_dir = root / "locale"
    fresh = root / "build" / "locale"
    out: list[DataTuple] = []
    for ts in sorted(src_dir.glob("*.ts")):
        qm_name = ts.with_suffix(".qm").name
        for candidate in (fresh / qm_name, src_dir / qm_name, ts):
            if candidate.is_file():
                out.append((str(candidate), "locale"))
                break
    for qm in sorted(src_dir.glob("*.qm")):  # a .qm without a .ts source
        if not (src_dir / qm.with_suffix(".ts").name).exists():
            out.append((str(qm), "locale"))
    return out


def packaging_files(root: Path) -> list[DataTuple]:
    """The icon and the desktop entry. (The licence texts the About dialog shows, LGPL-3.0 for
    PySide6/Qt among them, are package data of ``desktop``: ``desktop/resources/licenses``.)"""
    pk = root / "packaging"
    out = [
        (str(pk / "icons" / "reliefdesk.png"), "packaging/icons"),
        (str(pk / "icons" / "reliefdesk.svg"), "packaging/icons"),
        (str(pk / "reliefdesk.desktop"), "packaging"),
    ]
    return out


def collect_all_data(root: Path, collect_data_files: Collector | None = None) -> list[DataTuple]:
    """All data files to bundle. With PyInstaller's ``collect_data_files`` (the spec passes it)
    each package is collected the PyInstaller way; without it, ``walk_package_data``."""
    datas: list[DataTuple] = []
    for package in PACKAGES:
        if collect_data_files is not None:
            datas += collect_data_files(package, excludes=PACKAGE_EXCLUDES.get(package, []))
        else:
            datas += walk_package_data(root, package)
    datas += migration_files(root)
    datas += locale_files(root)
    datas += packaging_files(root)
    # one entry per destination file (collect_data_files and migration_files overlap on
    # migrations/README.md and script.py.mako)
    seen: set[str] = set()
    unique: list[DataTuple] = []
    for src, dest in datas:
        key = bundle_path(src, dest)
        if key not in seen:
            seen.add(key)
            unique.append((src, dest))
    return unique


def bundle_path(src: str, dest: str) -> str:
    """Where a datas entry lands inside the bundle, as a POSIX path."""
    return (PurePosixPath(dest.replace(os.sep, "/")) / Path(src).name).as_posix()


def tracked_data_files(root: Path) -> list[str]:
    """The repository's package data: every tracked file inside our packages that is not Python
    source, plus the alembic scripts (which are). Uses ``git ls-files``; outside a git checkout
    (a source archive) falls back to the files on disk."""
    try:
        out = subprocess.run(
            ["git", "ls-files", "--", *PACKAGES],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split("\n")
        files = [f for f in out if f]
    except (OSError, subprocess.CalledProcessError):
        files = [
            p.relative_to(root).as_posix()
            for package in PACKAGES
            for p in (root / package).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        ]
    migrations_prefix = "/".join(MIGRATIONS) + "/"
    wanted = []
    for f in files:
        if not (root / f).is_file():  # deleted in the work tree, not yet committed
            continue
        if f.startswith(migrations_prefix) or not f.endswith(".py"):
            pkg, _, rel = f.partition("/")
            if _excluded(rel, PACKAGE_EXCLUDES.get(pkg, ())):
                continue
            wanted.append(f)
    return sorted(wanted)


def check_coverage(datas: Iterable[DataTuple], root: Path) -> list[str]:
    """Tracked package data files that ``datas`` would not put at the same path in the bundle.
    Empty when the bundle is complete."""
    bundled = {bundle_path(src, dest) for src, dest in datas}
    return [f for f in tracked_data_files(root) if f not in bundled]


def listing(datas: Iterable[DataTuple]) -> str:
    """One line per bundled data file, sorted by where it lands (printed by the spec)."""
    return "\n".join(sorted(bundle_path(src, dest) for src, dest in datas))


def _plugin_stem(name: str) -> str:
    stem = name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_qt_entry(dest_name: str) -> bool:
    """Whether a PyInstaller TOC entry (destination path) is kept: Qt plugins only from
    ``QT_PLUGIN_KEEP`` folders and not in ``QT_PLUGIN_DROP``, Qt translations only for
    ``QT_TRANSLATION_LANGS``, and no library matching ``DROP_LIBS``."""
    parts = PurePosixPath(dest_name.replace("\\", "/")).parts
    if not parts:
        return True
    if any(fnmatch.fnmatch(part, pattern) for part in parts for pattern in DROP_LIBS):
        return False
    if len(parts) < 3 or parts[0] != "PySide6":
        return True
    if "plugins" in parts:
        i = parts.index("plugins")
        if i + 1 >= len(parts) or parts[i + 1] not in QT_PLUGIN_KEEP:
            return False
        return _plugin_stem(parts[-1]) not in QT_PLUGIN_DROP
    if "translations" in parts:
        name = parts[-1]
        return any(name.endswith(f"_{lang}.qm") for lang in QT_TRANSLATION_LANGS) and (
            name.startswith("qtbase_") or name.startswith("qt_")
        )
    return True


TocEntry = tuple[str, str, str]


def prune(
    entries: list[TocEntry], imports_of: Callable[[str], Iterable[str]] | None = None
) -> tuple[list[TocEntry], list[str]]:
    """Drop the entries ``keep_qt_entry`` rejects. With ``imports_of(source path)`` (the names of
    the shared libraries a binary links to), also report every kept binary that links to a dropped
    library: the bundle would not start on a machine without that library."""
    kept = [e for e in entries if keep_qt_entry(e[0])]
    dropped = {PurePosixPath(e[0].replace("\\", "/")).name for e in entries} - {
        PurePosixPath(e[0].replace("\\", "/")).name for e in kept
    }
    problems: list[str] = []
    if imports_of is not None:
        for dest, src, typecode in kept:
            if typecode not in ("BINARY", "EXTENSION"):
                continue
            for needed in imports_of(src):
                if PurePosixPath(needed).name in dropped:
                    problems.append(f"{dest} links to {needed}, which is dropped")
    return kept, problems


#: Large Linux binaries shipped with their symbol tables (checked with ``file``): stripping them
#: saves ~35 MB. Only these: auditwheel/patchelf-repaired libraries (``*.libs/``) are left alone,
#: because ``strip`` can corrupt them. Dynamic symbols (.dynsym) are kept (--strip-unneeded).
STRIP_ON_LINUX = (
    "libpython3*.so*",
    "sqlcipher3/_sqlite3*.so",
    "cryptography/hazmat/bindings/_rust*.so",
    "pypdfium2_raw/libpdfium.so",
)


def strip_binaries(internal: Path, strip: str = "strip") -> list[tuple[str, int, int]]:
    """Run ``strip --strip-unneeded`` on the ``STRIP_ON_LINUX`` files of a built bundle's
    ``_internal`` folder; returns (file, size before, size after). Raises when strip fails."""
    done: list[tuple[str, int, int]] = []
    seen: set[Path] = set()
    for pattern in STRIP_ON_LINUX:
        for path in sorted(internal.glob(pattern)):
            real = path.resolve()
            if real in seen or not real.is_file():
                continue
            seen.add(real)
            before = real.stat().st_size
            subprocess.run([strip, "--strip-unneeded", str(real)], check=True)
            done.append(
                (real.relative_to(internal.resolve()).as_posix(), before, real.stat().st_size)
            )
    return done
