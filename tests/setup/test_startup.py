"""Start-up does not pay for what it does not run: ``./run --version`` and ``./run --help``
import no service, a command imports its own module only, and main.py's command table says the
same as the modules that register the commands."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import main

ROOT = Path(__file__).resolve().parents[2]
HEAVY = (
    "sqlalchemy",
    "sqlmodel",
    "alembic",
    "PySide6",
    "pypdf",
    "pikepdf",
    "forms.fill",
    "casefile.store",
    "casefile.models",
    "eligibility.assess",
    "docxtpl",
    "reportlab",
)


def _modules_after(argv: list[str]) -> tuple[list[str], str]:
    code = (
        "import json, sys, io, contextlib\n"
        "import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    try:\n"
        f"        main.main({argv!r})\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(json.dumps([sorted(sys.modules), out.getvalue()]))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    modules, out = json.loads(proc.stdout.splitlines()[-1])
    return modules, out


def _heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_version_imports_no_service_and_reads_the_metadata() -> None:
    modules, out = _modules_after(["--version"])
    assert _heavy(modules) == []
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert out.strip() == f"ReliefDesk {version}"


def test_help_lists_every_command_without_importing_them() -> None:
    modules, out = _modules_after(["--help"])
    assert _heavy(modules) == []
    assert not [m for m in modules if m.endswith(".cli")]
    for name in main.COMMANDS:
        assert f"    {name} " in out
    assert "usage: ./run" in out


def test_a_command_imports_only_its_own_cli_module() -> None:
    modules, _out = _modules_after(["forms", "--help"])
    assert "forms.cli" in modules
    assert "packets.cli" not in modules and "templates.cli" not in modules


def test_assess_on_the_demo_loads_no_orm_and_says_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 20: ``assess --client demo`` reads the demo from plain rows (no SQLAlchemy, no
    SQLModel tables); its output is the one the table rows give."""
    argv = ["assess", "--client", "demo", "--json", "--today", "2026-11-29"]
    modules, out = _modules_after(argv)
    assert [m for m in _heavy(modules) if m != "eligibility.assess"] == []
    assert "casefile.validation" not in modules

    import contextlib
    import io

    import casefile.cli
    from casefile.demo import demo_profile

    built: list[object] = []

    def table_demo(plain: bool = False) -> object:
        built.append(demo_profile())  # table rows, whatever the caller asks
        return built[-1]

    monkeypatch.setattr(casefile.cli, "demo_profile", table_demo)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main.main(argv) == 0
    assert len(built) == 1
    assert json.loads(out) == json.loads(buf.getvalue())


def test_no_arguments_is_what_the_parser_gives_for_none() -> None:
    assert vars(main.build_parser(None, lazy=True).parse_args([])) == main.NO_ARGUMENTS


def test_the_command_table_matches_what_the_modules_register() -> None:
    for module_name in {m for m, _h in main.COMMANDS.values()}:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        __import__(module_name, fromlist=["register"]).register(sub)
        registered = {a.dest: a.help for a in sub._choices_actions}
        table = {n: h for n, (m, h) in main.COMMANDS.items() if m == module_name}
        assert set(registered) == set(table), module_name
        # the table may word a help line its own way, but never leave one empty
        assert all(table.values())


@pytest.mark.parametrize("argv", [["--data-dir", "x", "clients", "--help"], ["clients"]])
def test_the_command_is_found_after_options(argv: list[str]) -> None:
    assert main._command_in(argv) == "clients"


def test_the_full_parser_still_parses_every_command_for_scripts() -> None:
    args = main.build_parser().parse_args(["assess", "--client", "demo", "--json"])
    assert args.command == "assess" and callable(args.handler)


def test_the_quick_version_read_equals_importlib_metadata() -> None:
    from importlib import metadata

    from casefile import version

    assert version._version_from_dist_info() == metadata.version("reliefdesk")


def test_without_registration_the_version_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    from casefile import version

    monkeypatch.setattr(sys, "path", [])
    monkeypatch.setattr(version, "DISTRIBUTION", "reliefdesk-not-installed")
    assert version.app_version() == "unknown"
