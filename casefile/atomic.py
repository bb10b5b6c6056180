"""Write a whole file or nothing: a temp file beside the target, fsync, then ``os.replace``.

If anything fails (disk full, folder missing or read-only, target locked or a folder) the
temp file is removed and the previous file at the target, if any, is left as it was; the
``OSError`` is raised for the caller to turn into its own typed, human error.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


def write_atomic(path: Path | str, data: bytes, *, mode: int = 0o600) -> None:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def reason(exc: OSError) -> str:
    """A short human reason: 'No space left on device', 'Permission denied' ..."""
    return exc.strerror or str(exc) or type(exc).__name__
