"""Reading packet sources safely: PDF (encrypted, damaged, empty), JPEG/PNG and DOCX.

Every failure becomes a typed ``ExhibitUnreadable`` naming the exhibit and the reason, so one
bad file never costs the user anything else. Images are placed on letter pages (scaled to
fit; very large images are downscaled, absurd ones refused). DOCX goes through
``templates.convert.docx_to_pdf`` (LibreOffice).

Owns no state; must not import desktop or Qt.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError, PyPdfError

from packets.errors import ConverterUnavailable, ExhibitPasswordRequired, ExhibitUnreadable

LETTER = (612.0, 792.0)

#: Images larger than this many pixels are downscaled before they go in the packet
#: (≈ a letter page at 300 dpi).
DOWNSCALE_PIXELS = 2550 * 3300
#: Images larger than this are refused outright (a decompression bomb or a mistake).
MAX_IMAGE_PIXELS = 80_000_000
#: Files larger than this are refused before reading (protects memory).
MAX_FILE_BYTES = 512 * 1024 * 1024

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png"}
PDF_SUFFIXES = {".pdf"}
DOCX_SUFFIXES = {".docx"}
SUPPORTED_SUFFIXES = IMAGE_SUFFIXES | PDF_SUFFIXES | DOCX_SUFFIXES


@dataclass
class LoadedSource:
    """A source opened as a PDF, ready to be copied into a packet."""

    reader: PdfReader
    sha256: str
    kind: str  # pdf | image | docx
    warnings: list[str] = field(default_factory=list)
    repaired: bool = False

    @property
    def page_count(self) -> int:
        return len(self.reader.pages)


class SourceCache:
    """Sources opened once per build: the plan checks an exhibit and the assembly copies its
    pages from the same opened file. Keyed by the file's resolved path, size and modification
    time (a file changed in between is opened again) and the password. A failure is not kept:
    asking again raises again."""

    def __init__(self) -> None:
        self._loaded: dict[tuple[str, int, int, str | None], LoadedSource] = {}
        #: In-memory parts (drafts, flattened forms) by content: a packet whose cover letter
        #: lists pages is laid out more than once before it is assembled.
        self._made: dict[tuple[str, str, str | None], LoadedSource] = {}

    def form(self, raw: bytes, name: str, flatten: bool, password: str | None) -> LoadedSource:
        """A filled form as the packet shows it (flattened unless ``flatten`` is false), made
        once per content: flattening is the costly part of laying out a form."""
        key = ("flattened form" if flatten else "form", sha256_bytes(raw), password)
        if key not in self._made:
            from packets.flatten import flatten_form

            data = flatten_form(raw, name) if flatten else raw
            self._made[key] = load_source(data, name, password=password, flatten_fields=False)
        return self._made[key]

    def load(
        self, source: bytes | Path | str, name: str, *, password: str | None = None
    ) -> LoadedSource:
        if isinstance(source, bytes | bytearray):
            by_content = ("bytes", sha256_bytes(bytes(source)), password)
            if by_content not in self._made:
                self._made[by_content] = load_source(source, name, password=password)
            return self._made[by_content]
        path = Path(source)
        try:
            st = path.stat()
        except OSError:
            return load_source(path, name, password=password)  # the typed "cannot open" error
        key = (str(path.resolve()), st.st_size, st.st_mtime_ns, password)
        if key not in self._loaded:
            self._loaded[key] = load_source(path, name, password=password)
        return self._loaded[key]


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_source_bytes(source: bytes | Path | str, name: str) -> tuple[bytes, Path | None]:
    """The bytes of a part source; a missing or unreadable file is ``ExhibitUnreadable``."""
    if isinstance(source, bytes | bytearray):
        return bytes(source), None
    path = Path(source)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ExhibitUnreadable(
            name, "the file does not exist (moved or deleted?)", path=path
        ) from None
    except OSError as exc:
        raise ExhibitUnreadable(
            name, f"the file cannot be opened ({exc.strerror})", path=path
        ) from exc
    if path.is_dir():
        raise ExhibitUnreadable(name, "this is a folder, not a file", path=path)
    if size == 0:
        raise ExhibitUnreadable(name, "the file is empty (0 bytes)", path=path)
    if size > MAX_FILE_BYTES:
        raise ExhibitUnreadable(
            name, f"the file is {size // (1024 * 1024)} MB, larger than the 512 MB limit", path=path
        )
    try:
        return path.read_bytes(), path
    except OSError as exc:
        raise ExhibitUnreadable(
            name, f"the file cannot be read ({exc.strerror})", path=path
        ) from exc


def sniff_kind(data: bytes, path: Path | None) -> str:
    """pdf | image | docx | unknown, from the content first and the file name second."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data[:3] == b"\xff\xd8\xff" or data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image"
    if data[:4] == b"PK\x03\x04" and (path is None or path.suffix.lower() in DOCX_SUFFIXES):
        return "docx"
    suffix = path.suffix.lower() if path is not None else ""
    if suffix in PDF_SUFFIXES:
        return "pdf"
    if suffix in IMAGE_SUFFIXES:
        return "image"
    return "unknown"


def load_source(
    source: bytes | Path | str,
    name: str,
    *,
    password: str | None = None,
    flatten_fields: bool = True,
) -> LoadedSource:
    """Open any supported source as a PDF. Raises ``ExhibitUnreadable`` (or a subclass).

    A PDF with fillable fields (e.g. a form the user completed in a PDF reader) is flattened,
    so its answers print in the packet even though the packet has no form of its own."""
    data, path = read_source_bytes(source, name)
    digest = sha256_bytes(data)
    kind = sniff_kind(data, path)
    if kind == "pdf":
        reader, repaired, notes = open_pdf(data, name, path=path, password=password)
        if flatten_fields and _has_fields(reader):
            reader = _flattened(reader, data, name, path, password, notes)
        return LoadedSource(reader, digest, "pdf", notes, repaired)
    if kind == "image":
        pdf, notes = image_to_pdf(data, name, path=path)
        return LoadedSource(PdfReader(io.BytesIO(pdf)), digest, "image", notes)
    if kind == "docx":
        pdf = docx_to_pdf(data, name, path=path)
        reader, repaired, notes = open_pdf(pdf, name, path=path)
        return LoadedSource(reader, digest, "docx", notes, repaired)
    suffix = path.suffix if path is not None and path.suffix else "this kind of file"
    raise ExhibitUnreadable(
        name,
        f"{suffix} is not a supported file type (use PDF, JPEG, PNG or DOCX)",
        path=path,
    )


# -- PDF -----------------------------------------------------------------------------------


def _open_pypdf(data: bytes, name: str, path: Path | None, password: str | None) -> PdfReader:
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        opened = False
        try:
            opened = bool(reader.decrypt(""))
        except (FileNotDecryptedError, PdfReadError, NotImplementedError):
            opened = False
        if not opened and password:
            try:
                opened = bool(reader.decrypt(password))
            except (FileNotDecryptedError, PdfReadError, NotImplementedError):
                opened = False
            if not opened:
                raise ExhibitPasswordRequired(name, path=path, wrong_password=True)
        if not opened:
            raise ExhibitPasswordRequired(name, path=path)
    len(reader.pages)  # walks the page tree (a broken one fails here); pages parse when copied
    return reader


def _repair_with_pikepdf(data: bytes, password: str | None) -> bytes:
    import pikepdf

    with pikepdf.open(io.BytesIO(data), password=password or "") as pdf:
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def open_pdf(
    data: bytes,
    name: str,
    *,
    path: Path | None = None,
    password: str | None = None,
) -> tuple[PdfReader, bool, list[str]]:
    """(reader, repaired, notes). Tries pypdf, then a qpdf repair through pikepdf."""
    notes: list[str] = []
    first_error: Exception | None = None
    try:
        reader = _open_pypdf(data, name, path, password)
    except ExhibitUnreadable:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        first_error = exc
    else:
        if len(reader.pages) == 0:
            raise ExhibitUnreadable(name, "the PDF has no pages", path=path)
        return reader, False, notes
    # pypdf could not read it: let qpdf try to rebuild the cross-reference table.
    from packets.flatten import flatten_errors

    cannot_repair: tuple[type[Exception], ...] = (PyPdfError, OSError, *flatten_errors())
    try:
        repaired = _repair_with_pikepdf(data, password)
        reader = _open_pypdf(repaired, name, path, password)
    except ExhibitUnreadable:
        raise
    except cannot_repair as exc:
        text = str(first_error or exc).strip().splitlines()
        detail = text[0][:160] if text else type(exc).__name__
        if "password" in str(exc).lower():
            raise ExhibitPasswordRequired(name, path=path, wrong_password=bool(password)) from exc
        raise ExhibitUnreadable(
            name, f"the PDF is damaged and could not be repaired ({detail})", path=path
        ) from exc
    if len(reader.pages) == 0:
        raise ExhibitUnreadable(name, "the PDF has no pages", path=path)
    notes.append(f"{name}: the PDF was damaged; it was repaired. Check every page of it.")
    return reader, True, notes


def _has_fields(reader: PdfReader) -> bool:
    try:
        root: Any = reader.trailer["/Root"]
        acro: Any = root.get("/AcroForm")
        if acro is None:
            return False
        form: Any = acro.get_object()
        return bool(form.get("/Fields"))
    except (PyPdfError, KeyError, AttributeError):
        return False


def _flattened(
    reader: PdfReader,
    data: bytes,
    name: str,
    path: Path | None,
    password: str | None,
    notes: list[str],
) -> PdfReader:
    from packets.flatten import flatten_errors, flatten_with_qpdf

    failed: tuple[type[Exception], ...] = (ExhibitUnreadable, *flatten_errors())
    try:
        flat = flatten_with_qpdf(data, password=password)
        flat_reader, _repaired, _notes = open_pdf(flat, name, path=path)
    except failed:  # keep the original: its widgets still show in most viewers
        notes.append(f"{name}: its fillable fields could not be flattened; check how it prints.")
        return reader
    notes.append(f"{name}: its fillable fields were flattened so the answers print.")
    return flat_reader


# -- Images --------------------------------------------------------------------------------


def image_to_pdf(data: bytes, name: str, *, path: Path | None = None) -> tuple[bytes, list[str]]:
    """One letter page with the image scaled to fit inside the margins."""
    from PIL import Image, ImageOps, UnidentifiedImageError
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    notes: list[str] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img: Any = Image.open(io.BytesIO(data))
            width, height = img.size
            if width * height > MAX_IMAGE_PIXELS:
                raise ExhibitUnreadable(
                    name,
                    f"the image is {width} × {height} pixels, too large to place in a packet "
                    f"(limit {MAX_IMAGE_PIXELS // 1_000_000} megapixels). Save a smaller copy",
                    path=path,
                )
            fmt = img.format
            if width * height > DOWNSCALE_PIXELS and fmt == "JPEG":
                img.draft("RGB", (2550, 3300))  # decode at reduced size: far less memory
            img.load()
            img = ImageOps.exif_transpose(img)
    except ExhibitUnreadable:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ExhibitUnreadable(
            name, f"the image is too large to open safely ({exc})", path=path
        ) from exc
    except UnidentifiedImageError as exc:
        raise ExhibitUnreadable(
            name, "the image file is not a readable JPEG or PNG", path=path
        ) from exc
    except (OSError, SyntaxError, ValueError) as exc:
        reason = str(exc) or type(exc).__name__
        if "truncated" in reason.lower():
            reason = "the image file is truncated (incomplete download or copy?)"
        else:
            reason = f"the image cannot be decoded ({reason})"
        raise ExhibitUnreadable(name, reason, path=path) from exc

    if img.width * img.height > DOWNSCALE_PIXELS:
        notes.append(
            f"{name}: the image ({width} × {height} px) was reduced to about 300 dpi on letter."
        )
        img.thumbnail((2550, 3300))
    if img.mode not in ("RGB", "L"):
        background = Image.new("RGB", img.size, "white")
        rgba = img.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        img = background
    buf = io.BytesIO()
    pw, ph = LETTER
    margin, bottom = 36.0, 54.0  # leave room at the foot for the Bates number
    box_w, box_h = pw - 2 * margin, ph - margin - bottom
    scale = min(box_w / img.width, box_h / img.height)
    draw_w, draw_h = img.width * scale, img.height * scale
    x = (pw - draw_w) / 2
    y = bottom + (box_h - draw_h) / 2
    c = canvas.Canvas(buf, pagesize=LETTER, pageCompression=1)
    c.setTitle(name)
    if fmt == "JPEG":  # keep photographs as JPEG: small and fast
        jpeg = io.BytesIO()
        img.save(jpeg, "JPEG", quality=88)
        jpeg.seek(0)
        c.drawImage(ImageReader(jpeg), x, y, draw_w, draw_h)
    else:
        c.drawImage(ImageReader(img), x, y, draw_w, draw_h)
    c.showPage()
    c.save()
    return buf.getvalue(), notes


# -- DOCX ----------------------------------------------------------------------------------


def docx_to_pdf(data: bytes, name: str, *, path: Path | None = None) -> bytes:
    """Convert through ``templates.convert.docx_to_pdf`` (LibreOffice); its typed errors become
    ``ConverterUnavailable`` naming the part."""
    from templates.convert import docx_to_pdf as convert
    from templates.errors import ConversionFailed
    from templates.errors import ConverterUnavailable as NoConverter

    try:
        return convert(data)
    except NoConverter as exc:
        raise ConverterUnavailable(name, exc.reason, path=path) from exc
    except ConversionFailed as exc:
        detail = f"the conversion failed ({exc.reason})"
        raise ConverterUnavailable(name, detail, path=path) from exc
