"""Where the case file lives on disk, and which exhibit files a profile may point at.

Order: an explicit override (``--data-dir``), then ``$RELIEFDESK_HOME`` (tests and portable
installs), then the per-user data folder from platformdirs. ``make_private_dir`` creates a
folder readable by this user only (0700 on POSIX; Windows keeps the profile folder's ACLs).

Exhibit paths (issue 21): a path stored in a profile is either one the user attached on this
computer (absolute) or one relative to the client's exhibits folder. ``exhibit_path_problem``
says why a path from an imported bundle is refused (absolute, climbing out with ``..``, NUL,
a drive or UNC prefix); ``resolve_exhibit`` turns a stored path into the file to read,
checking that a relative path stays inside the exhibits folder once symlinks are resolved
and that the file's SHA-256 is the recorded one.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path, PurePosixPath, PureWindowsPath

import platformdirs

from casefile.errors import ExhibitPathRefused

ENV_HOME = "RELIEFDESK_HOME"
DB_FILENAME = "cases.db"
BACKUPS_DIRNAME = "backups"
#: Longest exhibit path a profile may hold (the forms and the UI never need more).
MAX_EXHIBIT_PATH = 1024


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


def make_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it 0700 on POSIX. Raises
    ``NotADirectoryError`` / ``FileExistsError`` / ``PermissionError`` for the caller to turn
    into its own error."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.is_dir():  # pragma: no cover - mkdir(exist_ok) already raised
        raise NotADirectoryError(str(path))
    if os.name == "posix":
        with contextlib.suppress(PermissionError):  # not ours (a shared mount): leave it
            path.chmod(0o700)
    return path


# -- exhibit paths -----------------------------------------------------------------------


def exhibit_path_problem(stored: str) -> str | None:
    """Why ``stored`` cannot come from another computer (a bundle), or None if it is a plain
    path relative to the client's exhibits folder."""
    if "\x00" in stored:
        return "the path contains a NUL character"
    if len(stored) > MAX_EXHIBIT_PATH:
        return f"the path is longer than {MAX_EXHIBIT_PATH} characters"
    if stored.strip() == "":
        return "the path is empty"
    win = PureWindowsPath(stored)
    posix = PurePosixPath(stored)
    if posix.is_absolute() or win.is_absolute() or win.drive or win.root:
        return "the path is absolute; it must be relative to the client's exhibits folder"
    if ".." in posix.parts or ".." in win.parts:
        return "the path climbs out of the client's exhibits folder ('..')"
    return None


def _sha256_file(path: Path) -> str:
    import hashlib  # here, not at the top: loading OpenSSL costs ~12 ms before the first window

    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def resolve_exhibit(
    stored: str, folder: Path | None, *, sha256: str | None = None, name: str = "exhibit"
) -> Path:
    """The file a stored exhibit path names. Raises ``ExhibitPathRefused`` naming ``name`` if a
    relative path leaves ``folder`` (symlinks resolved), if it is relative and there is no
    folder, or if the file exists and its SHA-256 is not ``sha256``. A missing file is
    returned as is (the caller reports it as missing)."""
    if "\x00" in stored or stored.strip() == "":
        raise ExhibitPathRefused(name, stored, "the path is empty or contains a NUL character")
    path = Path(stored)
    if not path.is_absolute():
        problem = exhibit_path_problem(stored)
        if problem is not None:
            raise ExhibitPathRefused(name, stored, problem)
        if folder is None:
            raise ExhibitPathRefused(
                name, stored, "the path is relative and no exhibits folder was given"
            )
        base = Path(folder).resolve()
        path = (base / path).resolve()
        if not path.is_relative_to(base):
            raise ExhibitPathRefused(
                name, stored, f"it leads outside the exhibits folder {folder} (a link?)"
            )
    if sha256 and path.is_file():
        try:
            actual = _sha256_file(path)
        except OSError:
            return path  # unreadable: the caller's reader reports it
        if actual != sha256.strip().lower():
            raise ExhibitPathRefused(
                name,
                stored,
                "the file has changed since it was attached (its SHA-256 differs from the "
                "recorded one); attach it again if it is the right document",
            )
    return path
