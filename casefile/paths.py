"""Where the case file lives on disk.

Order: an explicit override (``--data-dir``), then ``$RELIEFDESK_HOME`` (tests and portable
installs), then the per-user data folder from platformdirs.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_HOME = "RELIEFDESK_HOME"
DB_FILENAME = "cases.db"
BACKUPS_DIRNAME = "backups"


def data_dir(override: str | Path | None = None) -> Path:
    """The folder holding the encrypted database and its backups (not created here)."""
    if override is not None and str(override) != "":
        return Path(override).expanduser()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("ReliefDesk", "ReliefDesk"))


def db_file(data_dir: Path) -> Path:
    return Path(data_dir) / DB_FILENAME


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUPS_DIRNAME
