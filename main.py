"""ReliefDesk entry point.

``python main.py`` opens the desktop app; ``python main.py <command>`` runs the same services
headless (assess, fill, draft, packet, export, import, forms ...). Each package contributes its
commands through ``<package>/cli.py`` with ``register(subparsers)``; a command's handler gets the
parsed args and returns an exit code. Errors from our packages print one line, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

__version__ = "0.1.0"

#: Packages that contribute headless commands, in --help order.
CLI_MODULES = (
    "casefile.cli",
    "eligibility.cli",
    "forms.cli",
    "templates.cli",
    "packets.cli",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reliefdesk",
        description="ReliefDesk: offline case preparation for T, U, Continued Presence, "
        "asylum (PSG) and vacatur. With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"ReliefDesk {__version__}")
    parser.add_argument(
        "--data-dir", help="Folder holding the encrypted database (default: per-user data folder)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="Open the desktop app (the default)")
    gui.add_argument("--demo", action="store_true", help="Open straight into the demo client")
    for name in CLI_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue  # that package has no headless commands yet
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command in (None, "gui"):
        from desktop.app import run_app

        return run_app(args)
    from casefile.errors import ReliefDeskError

    try:
        return int(args.handler(args))
    except ReliefDeskError as exc:  # every package's errors derive from it: one human line
        print(f"reliefdesk: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
