"""The application's version, read from the package metadata.

``pyproject.toml`` ``[project] version`` is the one place it is written: ``./run`` and ``./test``
register the project in ``.venv`` (``pip install --no-deps -e .``) and the PyInstaller build
copies the metadata, so ``./run --version``, the About dialog and the packaged app all read it
here. Standard library only (``./run --version`` must stay cheap).
"""

from __future__ import annotations

DISTRIBUTION = "reliefdesk"
UNKNOWN = "unknown"


def app_version() -> str:
    """The installed version, or ``"unknown"`` when the project is not registered (a source
    tree used without ``./run``)."""
    found = _version_from_dist_info()
    if found:
        return found
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return UNKNOWN


def _version_from_dist_info() -> str | None:
    """The ``Version:`` of ``reliefdesk-*.dist-info/METADATA`` on ``sys.path``: what
    ``importlib.metadata`` returns, without its import (about 25 ms, a third of ``--version``)."""
    import os
    import sys

    prefix = f"{DISTRIBUTION}-"
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if not (name.startswith(prefix) and name.endswith(".dist-info")):
                continue
            try:
                with open(os.path.join(entry, name, "METADATA"), encoding="utf-8") as fh:
                    for line in fh:
                        if line.startswith("Version:"):
                            return line.split(":", 1)[1].strip()
                        if not line.strip():
                            break  # end of the headers
            except OSError:
                continue
    return None


def command(words: str) -> str:
    """How the user types a headless command here: ``./run init`` from the source tree, the
    application's own name (``ReliefDesk init``) in the installed app."""
    import sys

    if getattr(sys, "frozen", False):
        from pathlib import Path

        return f"{Path(sys.executable).name} {words}"
    return f"./run {words}"
