"""ReliefDesk entry point (what ``./run`` starts).

``./run`` opens the desktop app; ``./run <command>`` runs the same services headless (assess,
fill, draft, packet, export, import, forms ...). Each package contributes its commands through
``<package>/cli.py`` with ``register(subparsers)``; a command's handler gets the parsed args and
returns an exit code. Errors from our packages print one line, never a traceback.

Start-up is cheap: the parser is built from the table below without importing any service;
only the module that owns the command being run is imported (``--help`` lists the table,
``--version`` reads the package metadata). A test keeps the table equal to what the modules
register.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

PROG = "./run"

#: Every headless command: name -> (module that registers it, one-line help), in --help order.
COMMANDS: dict[str, tuple[str, str]] = {
    "init": ("casefile.cli", "Create the encrypted case database"),
    "clients": ("casefile.cli", "List or search clients; 'clients show CLIENT' shows one"),
    "clinic": (
        "casefile.cli",
        "Clinic server: init, upgrade, add-user, remove-user, assign, audit",
    ),
    "export": ("casefile.cli", "Export clients to an encrypted bundle file"),
    "import": ("casefile.cli", "Import an encrypted bundle file"),
    "backup": ("casefile.cli", "Make an encrypted backup now (or --list them)"),
    "assess": ("eligibility.cli", "Screening assessment with cites (for attorney review)"),
    "interview": ("eligibility.cli", "Run the screening interview in the terminal"),
    "deadlines": ("eligibility.cli", "Dated deadlines across clients (or one), by date"),
    "forms": ("forms.cli", "Official USCIS forms: list, add a PDF, map coverage, review a map"),
    "fill": ("forms.cli", "Fill an official form for a client"),
    "draft": ("templates.cli", "Render a DOCX draft (declaration, letter, motion) for a client"),
    "packet": ("packets.cli", "Build the filing packet PDF for a client and relief"),
    "plan": ("packets.cli", "Show the filing plan: documents in order, with status"),
}


def version() -> str:
    """The version from the package metadata (pyproject.toml is the one place it is written)."""
    from casefile.version import app_version

    return app_version()


def _command_in(argv: Sequence[str]) -> str | None:
    """The first positional word of ``argv`` (the command), skipping options and their values."""
    skip = False
    for word in argv:
        if skip:
            skip = False
            continue
        if word == "--":
            return None
        if word in ("--data-dir", "--database"):
            skip = True
            continue
        if word.startswith("-"):
            continue
        return word
    return None


class _VersionAction(argparse.Action):
    """``--version`` without reading the metadata unless asked."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="Show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        print(f"ReliefDesk {version()}")
        parser.exit()


def build_parser(command: str | None = None, *, lazy: bool = False) -> argparse.ArgumentParser:
    """The parser with every command's real sub-parser; when ``lazy`` (what ``main`` uses) only
    the module owning ``command`` registers its sub-parsers and the other commands appear as
    entries with their help only, so nothing else is imported."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="ReliefDesk: offline case preparation for T, U, Continued Presence, "
        "asylum (PSG) and vacatur. With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--data-dir", help="Folder holding the encrypted database (default: per-user data folder)"
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="Clinic mode: the cases on a PostgreSQL server, e.g. "
        "postgresql+psycopg://ana@clinic-server/reliefdesk (default: $RELIEFDESK_DATABASE_URL, "
        "else the encrypted file). The password comes from PGPASSWORD, ~/.pgpass or a prompt, "
        "never from the URL or the settings",
    )
    parser.set_defaults(demo=False)  # `gui --demo` sets it; ./run alone opens the real store
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="Open the desktop app (the default)")
    gui.add_argument("--demo", action="store_true", help="Open straight into the demo client")
    wanted = set() if lazy else {m for m, _h in COMMANDS.values()}
    if command in COMMANDS:
        wanted.add(COMMANDS[command][0])
    registered: set[str] = set()
    for name, (module_name, help_text) in COMMANDS.items():
        if module_name in wanted and module_name not in registered:
            _register(module_name, sub)
            registered.add(module_name)
        elif module_name not in wanted:
            sub.add_parser(name, help=help_text, add_help=False)
    return parser


def _register(module_name: str, sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    import importlib

    importlib.import_module(module_name).register(sub)


def _sweep_leftovers(args: argparse.Namespace) -> None:
    """Remove what a crashed run left (DOCX->PDF scratch folders, backup temp files)."""
    from casefile.osplatform import sweep_at_start
    from casefile.paths import data_dir

    sweep_at_start(data_dir(args.data_dir))


#: What the parser gives for no arguments (a test keeps them equal): ``./run`` alone, the desktop
#: app, starts without building the parser (its help formatters import shutil, bz2, lzma and
#: locale: ~10 ms of the first-window figure, issue 20).
NO_ARGUMENTS = {
    "version": None,
    "data_dir": None,
    "database": None,
    "demo": False,
    "command": None,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv:
        args = build_parser(_command_in(argv), lazy=True).parse_args(argv)
    else:
        args = argparse.Namespace(**NO_ARGUMENTS)
    _sweep_leftovers(args)
    if args.command in (None, "gui"):
        from desktop.app import run_app

        return run_app(demo=args.demo, data_dir=args.data_dir, database_url=args.database)
    from casefile.errors import ReliefDeskError

    try:
        return int(args.handler(args))
    except ReliefDeskError as exc:  # every package's errors derive from it: one human line
        print(f"reliefdesk: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
