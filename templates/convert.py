"""DOCX -> PDF through LibreOffice headless, in a private temporary directory.

``docx_to_pdf(docx_bytes)`` writes the DOCX into a fresh ``0700`` temporary directory (in RAM,
``/dev/shm``, where the OS has it, so client data does not reach the disk), runs
``soffice --headless --convert-to pdf`` with a private user profile (so a running LibreOffice
or a stale lock cannot interfere) and a timeout, reads the PDF back and removes the directory,
whatever happens. No network, no shared profile. Raises ``ConverterUnavailable`` when
LibreOffice is not installed and ``ConversionFailed`` when it fails or times out.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from templates.errors import ConversionFailed, ConverterUnavailable

DEFAULT_TIMEOUT = 120.0
_CANDIDATES = ("soffice", "libreoffice")


def find_soffice() -> str | None:
    """Path of the LibreOffice binary, honouring ``RELIEFDESK_SOFFICE``; None if absent."""
    override = os.environ.get("RELIEFDESK_SOFFICE")
    if override:
        return override if Path(override).is_file() else None
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def _scratch_root() -> str | None:
    """A RAM-backed folder (Linux /dev/shm) so the plaintext DOCX never touches the disk;
    None falls back to the system temporary folder."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK | os.X_OK):
        return str(shm)
    return None


def converter_available() -> bool:
    return find_soffice() is not None


def docx_to_pdf(docx_bytes: bytes, *, timeout: float = DEFAULT_TIMEOUT) -> bytes:
    """Convert DOCX bytes to PDF bytes with LibreOffice headless."""
    soffice = find_soffice()
    if soffice is None:
        raise ConverterUnavailable("LibreOffice (soffice) was not found on this computer")
    if not docx_bytes.startswith(b"PK"):
        raise ConversionFailed("the input is not a DOCX file")
    with tempfile.TemporaryDirectory(prefix="reliefdesk-pdf-", dir=_scratch_root()) as tmp:
        work = Path(tmp)
        os.chmod(work, 0o700)
        src = work / "draft.docx"
        src.write_bytes(docx_bytes)
        profile = work / "profile"
        cmd = [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(work),
            str(src),
        ]
        env = dict(os.environ, HOME=str(work))
        try:
            proc = subprocess.run(
                cmd,
                capture_output=True,
                timeout=timeout,
                env=env,
                cwd=work,
                check=False,
                start_new_session=True,
            )
        except subprocess.TimeoutExpired as exc:
            raise ConversionFailed(f"no result after {timeout:.0f} seconds") from exc
        except OSError as exc:
            raise ConverterUnavailable(f"LibreOffice could not be started ({exc})") from exc
        pdf = work / "draft.pdf"
        if proc.returncode != 0 or not pdf.is_file():
            detail = (proc.stderr or proc.stdout).decode("utf-8", "replace").strip()
            raise ConversionFailed(detail.splitlines()[-1] if detail else f"exit {proc.returncode}")
        return pdf.read_bytes()
