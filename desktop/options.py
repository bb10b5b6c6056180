"""Every setting of the desktop app, declared once (like Picard's ``options.py``).

Two scopes:
- ``machine``: where the data lives and the interface language, in a small ini file in the
  platformdirs user config folder (it must be readable before the data folder is known);
- ``data``: everything else, in ``settings.ini`` inside the data folder, beside the database.

No client data is ever stored in settings (recent clients are opaque ids).
The rest of the app reads settings through one ``Options`` object.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QSettings

from casefile.paths import make_private_dir


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    type: type
    scope: str  # machine | data
    doc: str


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        Option("data_dir", "", str, "machine", "Folder of the encrypted database (empty: default)"),
        Option("language", "en", str, "machine", "Interface language: en or es"),
        Option(
            "database_url",
            "",
            str,
            "machine",
            "Clinic mode: the PostgreSQL server's URL, never with the password "
            "(empty: this computer's encrypted file)",
        ),
        Option("backup_count", 10, int, "data", "How many rotating backups to keep"),
        Option("output_dir", "", str, "data", "Default folder for generated documents"),
        Option("bates_prefix", "RD", str, "data", "Prefix of the Bates numbers on packet pages"),
        Option("recent_clients", [], list, "data", "Ids of recently opened clients, newest first"),
        Option("prompt_language", "en", str, "data", "Interview prompts: en or es"),
    )
}

RECENT_MAX = 8
LANGUAGES = {"en": "English", "es": "Español"}


def machine_config_dir() -> Path:
    env = os.environ.get("RELIEFDESK_CONFIG")
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir("ReliefDesk", False))


class Options:
    """Typed access to the declared options."""

    def __init__(self, data_dir: Path | None, config_dir: Path | None = None) -> None:
        cfg = config_dir or machine_config_dir()
        cfg.mkdir(parents=True, exist_ok=True)
        self._machine = QSettings(str(cfg / "reliefdesk.ini"), QSettings.Format.IniFormat)
        self._data: QSettings | None = None
        self.data_dir: Path | None = None
        if data_dir is not None:
            self.attach_data_dir(data_dir)

    def attach_data_dir(self, data_dir: Path) -> None:
        make_private_dir(data_dir)  # 0700, as the CLI makes it (issue 21)
        self.data_dir = data_dir
        self._data = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)

    def _settings(self, opt: Option) -> QSettings | None:
        return self._machine if opt.scope == "machine" else self._data

    def get(self, key: str) -> Any:
        opt = OPTIONS[key]
        s = self._settings(opt)
        if s is None or not s.contains(key):
            return opt.default if not isinstance(opt.default, list) else list(opt.default)
        raw = s.value(key)
        if opt.type is list:
            if raw is None or raw == "":
                return []
            return [str(x) for x in raw] if isinstance(raw, list) else [str(raw)]
        if opt.type is int:
            try:
                return int(raw)
            except (TypeError, ValueError):
                return opt.default
        return opt.type(raw)

    def set(self, key: str, value: Any) -> None:
        opt = OPTIONS[key]
        s = self._settings(opt)
        if s is None:
            raise RuntimeError(f"option {key} needs the data folder")
        s.setValue(key, value)
        s.sync()

    # -- conveniences ------------------------------------------------------------------
    def touch_recent(self, client_id: str) -> None:
        recent = [c for c in self.get("recent_clients") if c != client_id]
        self.set("recent_clients", [client_id, *recent][:RECENT_MAX])

    def forget_recent(self, client_id: str) -> None:
        self.set("recent_clients", [c for c in self.get("recent_clients") if c != client_id])
