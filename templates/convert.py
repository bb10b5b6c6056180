"""DOCX -> PDF through LibreOffice headless, in a private scratch folder.

``docx_to_pdf(docx_bytes)`` writes the DOCX into a fresh ``0700`` scratch folder
(``casefile.osplatform.scratch_root()``: ``$RELIEFDESK_SCRATCH``, else a private RAM folder
where the OS has one, so client data does not reach the disk), runs
``soffice --headless --convert-to pdf`` with a private user profile (so a running LibreOffice
or a stale lock cannot interfere) and a timeout, reads the PDF back and removes the folder,
whatever happens. LibreOffice runs in its own process group tied to our lifetime by a watchdog:
if we are killed mid-conversion it is killed too and the scratch folder removed; folders that
a crash left anyway are swept before each conversion. No network, no shared profile. Raises
``ConverterUnavailable`` when LibreOffice is not installed and ``ConversionFailed`` when it
fails or times out.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from casefile import osplatform
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


def converter_available() -> bool:
    return find_soffice() is not None


def docx_to_pdf(docx_bytes: bytes, *, timeout: float = DEFAULT_TIMEOUT) -> bytes:
    """Convert DOCX bytes to PDF bytes with LibreOffice headless."""
    return docx_to_pdfs([docx_bytes], timeout=timeout)[0]


def docx_to_pdfs(docs: list[bytes], *, timeout: float = DEFAULT_TIMEOUT) -> list[bytes]:
    """Convert several DOCX files in one LibreOffice run, in order. Starting LibreOffice
    is most of a conversion's time (about 1.2 s of 1.3 s here), so a packet's drafts
    converted together take little more than one (issue 15: the T packet's < 10 s)."""
    if not docs:
        return []
    soffice = find_soffice()
    if soffice is None:
        raise ConverterUnavailable("LibreOffice (soffice) was not found on this computer")
    if not all(d.startswith(b"PK") for d in docs):
        raise ConversionFailed("the input is not a DOCX file")
    root = osplatform.scratch_root()
    osplatform.sweep_stale_scratch(root)
    work = osplatform.new_scratch_dir(root)
    try:
        return _convert_in(work, soffice, docs, timeout)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _convert_in(work: Path, soffice: str, docs: list[bytes], timeout: float) -> list[bytes]:
    sources = [work / f"draft{i}.docx" for i in range(len(docs))]
    for src, data in zip(sources, docs, strict=True):
        fd = os.open(src, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
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
        *(str(src) for src in sources),
    ]
    env = dict(os.environ, HOME=str(work))
    try:
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=work,
            **osplatform.child_session_kwargs(),
        )
    except OSError as exc:
        raise ConverterUnavailable(f"LibreOffice could not be started ({exc})") from exc
    tie = osplatform.tie_to_us(proc, work)
    # the first document costs the start; each further one a few seconds at most
    limit = timeout + 30.0 * (len(docs) - 1)
    try:
        try:
            out, err = proc.communicate(timeout=limit)
        except subprocess.TimeoutExpired as exc:
            osplatform.kill_group(proc)
            proc.communicate()
            raise ConversionFailed(f"no result after {limit:.0f} seconds") from exc
        pdfs = [src.with_suffix(".pdf") for src in sources]
        if proc.returncode != 0 or not all(pdf.is_file() for pdf in pdfs):
            detail = (err or out).decode("utf-8", "replace").strip()
            raise ConversionFailed(detail.splitlines()[-1] if detail else f"exit {proc.returncode}")
        return [pdf.read_bytes() for pdf in pdfs]
    finally:
        tie.release()
