"""The application's version, read from the package metadata.

``pyproject.toml`` ``[project] version`` is the one place it is written: ``./run`` and ``./test``
register the project in ``.venv`` (``pip install --no-deps -e .``) and the PyInstaller build
copies the metadata, so ``./run --version``, the About dialog and the packaged app all read it
here. Standard library only (``./run --version`` must stay cheap).
"""

from __future__ import annotations

from importlib import metadata

DISTRIBUTION = "reliefdesk"
UNKNOWN = "unknown"


def app_version() -> str:
    """The installed version, or ``"unknown"`` when the project is not registered (a source
    tree used without ``./run``)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return UNKNOWN


def command(words: str) -> str:
    """How the user types a headless command here: ``./run init`` from the source tree, the
    application's own name (``ReliefDesk init``) in the installed app."""
    import sys

    if getattr(sys, "frozen", False):
        from pathlib import Path

        return f"{Path(sys.executable).name} {words}"
    return f"./run {words}"
