"""Run packaging/reliefdesk.spec with PyInstaller's build objects replaced by recorders, to test
what the spec asks PyInstaller for without a 2-minute build (./package does the real build and
its smoke test). PyInstaller need not be installed for this test."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

from tests.packaging.helpers import PACKAGING, ROOT, load_bundle_data

bd = load_bundle_data()


class Recorder:
    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]

    def __init__(self, kind: str, *args: Any, **kwargs: Any) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs
        Recorder.calls.append((kind, args, kwargs))
        if kind == "Analysis":
            self.datas = [(bd.bundle_path(s, d), s, "DATA") for s, d in kwargs["datas"]]
            self.binaries = [
                ("PySide6/Qt/plugins/platforms/libqxcb.so", "/q/libqxcb.so", "BINARY"),
                ("PySide6/Qt/plugins/platforms/libqeglfs.so", "/q/libqeglfs.so", "BINARY"),
                ("PySide6/Qt/lib/libQt6Quick.so.6", "/q/libQt6Quick.so.6", "BINARY"),
            ]
            self.pure: list[Any] = []
            self.scripts: list[Any] = []


def run_spec(
    monkeypatch: pytest.MonkeyPatch,
    *,
    platform: str = "linux",
    drop: str | None = None,
    imports: dict[str, list[str]] | None = None,
    distpath: Path | None = None,
) -> dict[str, Any]:
    def collect_data_files(package: str, excludes: list[str] | None = None) -> list[Any]:
        # PyInstaller's own function is used in the real build; here the walker that mirrors it
        assert excludes == bd.PACKAGE_EXCLUDES.get(package, [])
        return [e for e in bd.walk_package_data(ROOT, package) if bd.bundle_path(*e) != drop]

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = collect_data_files  # type: ignore[attr-defined]
    hooks.collect_submodules = lambda name, filter=None: [f"{name}.sub"]  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda dist: [(f"/meta/{dist}", f"{dist}.dist-info")]  # type: ignore[attr-defined]
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda path: [(n, None) for n in (imports or {}).get(path, [])]  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils", "PyInstaller.depend"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", bindepend)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))
    Recorder.calls = []
    ns: dict[str, Any] = {"SPECPATH": str(PACKAGING), "__name__": "__main__"}
    # never the real dist/: the spec strips binaries in DISTPATH/ReliefDesk/_internal
    ns["DISTPATH"] = str(distpath or Path("/nonexistent-reliefdesk-dist"))
    for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        ns[kind] = lambda *a, _k=kind, **kw: Recorder(_k, *a, **kw)
    spec = PACKAGING / "reliefdesk.spec"
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), ns)
    return ns


def _calls(kind: str) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    return [(a, kw) for k, a, kw in Recorder.calls if k == kind]


def test_linux_one_folder_build(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    ns = run_spec(monkeypatch)
    [(args, analysis)] = _calls("Analysis")
    assert args == ([str(ROOT / "main.py")],)
    bundled = {bd.bundle_path(s, d) for s, d in analysis["datas"]}
    assert set(bd.tracked_data_files(ROOT)) <= bundled
    assert "locale" in {d for _, d in analysis["datas"]}
    assert "PySide6-Essentials.dist-info" in {d for _, d in analysis["datas"]}
    hidden = set(analysis["hiddenimports"])
    assert {"sqlcipher3", "sqlcipher3.dbapi2", "alembic.sub", "forms.sub"} <= hidden
    assert "reliefdesk.dist-info" in {d for _, d in analysis["datas"]}  # the version
    assert {"PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQuick", "tkinter"} <= set(
        analysis["excludes"]
    )
    assert analysis["runtime_hooks"] == [str(PACKAGING / "rthooks" / "rth_reliefdesk_env.py")]
    [(_, exe)] = _calls("EXE")
    assert exe["name"] == "ReliefDesk"
    assert exe["exclude_binaries"] is True  # one-folder: Qt stays as separate shared libraries
    assert exe["upx"] is False
    [(_, coll)] = _calls("COLLECT")
    assert coll["name"] == "ReliefDesk"
    assert not _calls("BUNDLE")
    # pruning happened on the Analysis object the COLLECT step receives
    assert [e[0] for e in ns["a"].binaries] == ["PySide6/Qt/plugins/platforms/libqxcb.so"]
    out = capsys.readouterr().out
    assert "[spec]   forms/official/i-589.pdf" in out  # the spec-time listing


def test_spec_stops_when_a_data_file_would_be_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SystemExit, match=r"forms/maps/i-589_2025-01-20\.yaml"):
        run_spec(monkeypatch, drop="forms/maps/i-589_2025-01-20.yaml")


def test_spec_stops_when_pruning_breaks_a_kept_library(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SystemExit, match=r"libqxcb\.so links to libQt6Quick\.so\.6"):
        run_spec(monkeypatch, imports={"/q/libqxcb.so": ["libQt6Quick.so.6"]})


def test_macos_app_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    run_spec(monkeypatch, platform="darwin")
    [(_, bundle)] = _calls("BUNDLE")
    assert bundle["bundle_identifier"] == "org.reliefdesk.ReliefDesk"
    assert bundle["name"] == "ReliefDesk.app"
    assert Path(bundle["icon"]).suffix == ".icns" and Path(bundle["icon"]).is_file()
    from casefile.version import app_version

    assert bundle["info_plist"]["CFBundleShortVersionString"] == app_version() != "unknown"


def test_windows_gui_exe_and_console_twin(monkeypatch: pytest.MonkeyPatch) -> None:
    run_spec(monkeypatch, platform="win32")
    exes = {kw["name"]: kw for _, kw in _calls("EXE")}
    assert set(exes) == {"ReliefDesk", "reliefdesk-cli"}
    assert exes["ReliefDesk"]["console"] is False
    assert exes["reliefdesk-cli"]["console"] is True
    assert Path(exes["ReliefDesk"]["icon"]).suffix == ".ico"
    assert Path(exes["ReliefDesk"]["icon"]).is_file()
    [(args, _)] = _calls("COLLECT")
    assert sum(isinstance(a, Recorder) and a.kind == "EXE" for a in args) == 2


def test_linux_build_strips_the_large_unstripped_binaries(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: Any
) -> None:
    import ctypes
    import shutil
    import subprocess

    import pypdfium2_raw

    src = Path(pypdfium2_raw.__file__).parent / "libpdfium.so"
    internal = tmp_path / "ReliefDesk" / "_internal" / "pypdfium2_raw"
    internal.mkdir(parents=True)
    shutil.copyfile(src, internal / "libpdfium.so")

    def symtab(path: Path) -> bool:  # binutils' readelf, as PyInstaller itself needs binutils
        out = subprocess.run(["readelf", "-S", str(path)], capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
        return ".symtab" in out.stdout

    assert symtab(internal / "libpdfium.so")
    run_spec(monkeypatch, distpath=tmp_path)
    after = internal / "libpdfium.so"
    assert after.stat().st_size < src.stat().st_size
    assert not symtab(after)
    assert ctypes.CDLL(str(after)).FPDF_InitLibrary is not None  # loads; dynamic symbols kept
    assert "[spec] stripped pypdfium2_raw/libpdfium.so" in capsys.readouterr().out
