"""Assemble one packet PDF from ordered parts.

Cover sheet, table of contents with real page numbers (laid out in passes until the page
numbers stop moving), exhibit tab pages, an exhibit index, bookmarks per document and
exhibit, a Bates number on every page, filled forms flattened in the packet while their
fillable copies are written beside it, and a JSON manifest (page ranges, SHA-256 of every
source). Everything is written to temporary files in the target folder and renamed at the
end, so a cancel or a failure leaves nothing behind.

Pure PDF work: no profiles, no plans, no Qt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import io
import json
import os
import re
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, FloatObject, NameObject, RectangleObject

from packets.bates import BatesStamper
from packets.errors import ExhibitUnreadable, PacketError, PacketWriteError
from packets.exhibits import LoadedSource, SourceCache, sha256_bytes
from packets.ops import CancelToken, Progress, Reporter
from packets.render import (
    LETTER,
    CoverInfo,
    IndexEntry,
    TocEntry,
    bates_label,
    render_cover,
    render_index,
    render_tab,
    render_toc,
)

PART_KINDS = ("cover", "toc", "form", "draft", "exhibit", "tab", "generated", "index")
#: Kinds the assembler draws itself when the part has no source.
GENERATED_KINDS = ("cover", "toc", "tab", "index")

__all__ = [
    "AssemblyResult",
    "CoverInfo",
    "ManifestEntry",
    "PacketPart",
    "assemble",
]


@dataclass
class PacketPart:
    """One document of the packet, in filing order.

    ``source`` is PDF/JPEG/PNG/DOCX bytes or a path; ``None`` for parts the assembler draws
    (cover, toc, index, tab). ``fillable_copy`` (forms): the unflattened filled PDF, written
    beside the packet; for a form without it, the source itself is the fillable copy.
    """

    title: str
    kind: str
    source: bytes | Path | str | None = None
    fillable_copy: bytes | None = None
    exhibit_label: str | None = None
    exhibit_description: str | None = None
    password: str | None = None
    flatten: bool = True
    keep_fillable: bool = True  # forms: write a fillable copy beside the packet
    tab: bool = True  # exhibits: put a tab page before it
    note: str | None = None  # printed on the tab page (e.g. "original to be presented")

    def __post_init__(self) -> None:
        if self.kind not in PART_KINDS:
            raise ValueError(f"unknown packet part kind '{self.kind}' (one of {PART_KINDS})")
        if self.kind == "exhibit" and not self.exhibit_label:
            raise ValueError(f"exhibit '{self.title}' needs an exhibit_label")
        if self.source is None and self.kind not in GENERATED_KINDS:
            raise ValueError(f"part '{self.title}' ({self.kind}) has no source")

    @property
    def display_title(self) -> str:
        if self.kind in ("exhibit", "tab") and self.exhibit_label:
            desc = self.exhibit_description or self.title
            return f"Exhibit {self.exhibit_label} — {desc}"
        return self.title


@dataclass
class ManifestEntry:
    title: str
    kind: str
    first_page: int
    last_page: int
    bates_first: str
    bates_last: str
    source: str  # file name, "generated" or "supplied bytes"
    sha256: str
    exhibit_label: str | None = None
    fillable_copy: str | None = None
    source_kind: str | None = None  # pdf | image | docx | generated

    @property
    def pages(self) -> int:
        return self.last_page - self.first_page + 1


@dataclass
class AssemblyResult:
    path: Path
    manifest_path: Path
    manifest: dict[str, Any]
    entries: list[ManifestEntry]
    fillable_copies: list[Path]
    companions: list[Path]
    warnings: list[str]
    page_count: int
    bates_first: str
    bates_last: str


@dataclass
class _Slot:
    """A part with its loaded pages (or a generated renderer)."""

    part: PacketPart
    loaded: LoadedSource | None = None
    rendered: bytes | None = None
    pages: int = 0
    source_name: str = "generated"
    sha256: str = ""
    fillable: bytes | None = None
    first_page: int = 0
    warnings: list[str] = field(default_factory=list)
    rendered_reader: PdfReader | None = None

    def set_rendered(self, data: bytes) -> None:
        self.rendered = data
        self.rendered_reader = PdfReader(io.BytesIO(data))
        self.pages = len(self.rendered_reader.pages)

    @property
    def reader(self) -> PdfReader:
        if self.loaded is not None:
            return self.loaded.reader
        assert self.rendered_reader is not None
        return self.rendered_reader


def _slug(text: str, limit: int = 60) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    if len(slug) > limit:  # cut at a word boundary
        cut = slug[: limit + 1].rsplit("-", 1)[0]
        slug = cut if cut else slug[:limit]
    return slug or "document"


def _with_generated_parts(parts: list[PacketPart]) -> list[PacketPart]:
    """Add a cover and a table of contents if missing, and a tab page before each exhibit."""
    kinds = {p.kind for p in parts}
    out: list[PacketPart] = []
    if "cover" not in kinds:
        out.append(PacketPart("Cover sheet", "cover"))
    if "toc" not in kinds:
        out.append(PacketPart("Table of contents", "toc"))
    previous: PacketPart | None = None
    for part in parts:
        if part.kind == "exhibit" and part.tab:
            already = (
                previous is not None
                and previous.kind == "tab"
                and previous.exhibit_label == part.exhibit_label
            )
            if not already:
                out.append(
                    PacketPart(
                        part.display_title,
                        "tab",
                        exhibit_label=part.exhibit_label,
                        exhibit_description=part.exhibit_description or part.title,
                        note=part.note,
                    )
                )
        out.append(part)
        previous = part
    seen: set[str] = set()
    for part in out:
        if part.kind == "exhibit":
            label = part.exhibit_label or ""
            if label in seen:
                raise PacketError(f"Exhibit label {label} is used twice; each needs its own.")
            seen.add(label)
    return out


# -- normalisation ---------------------------------------------------------------------------


def _is_letter_upright(page: PageObject) -> bool:
    if int(page.get("/Rotate", 0) or 0) % 360:
        return False
    raw: Any = page.get("/CropBox") or page.get("/MediaBox")
    if raw is None:  # inherited from the page tree: use pypdf's slower lookup
        box = page.cropbox
        x0, y0, x1, y1 = float(box.left), float(box.bottom), float(box.right), float(box.top)
    else:
        x0, y0, x1, y1 = (float(v) for v in raw.get_object())
    return (
        abs(x0) < 0.5
        and abs(y0) < 0.5
        and abs(x1 - x0 - LETTER[0]) < 1.5
        and abs(y1 - y0 - LETTER[1]) < 1.5
    )


def _to_letter(page: PageObject) -> bool:
    """Scale a rotated or odd-size page onto an upright letter page (aspect kept, centred).
    Returns True when the page was changed."""
    if _is_letter_upright(page):
        return False
    if int(page.get("/Rotate", 0) or 0) % 360:
        page.transfer_rotation_to_content()
    box = page.cropbox
    x0, y0 = float(box.left), float(box.bottom)
    w, h = float(box.width), float(box.height)
    if w <= 0 or h <= 0:
        raise PacketError("a page has an empty page box")
    scale = min(LETTER[0] / w, LETTER[1] / h)
    tx = (LETTER[0] - w * scale) / 2
    ty = (LETTER[1] - h * scale) / 2
    ctm = Transformation().translate(-x0, -y0).scale(scale, scale).translate(tx, ty)
    page.add_transformation(ctm)
    annots = page.get("/Annots")
    if annots is not None:
        for ref in annots.get_object():
            annot = ref.get_object()
            rect = annot.get("/Rect")
            if rect is None:
                continue
            a = [float(v) for v in rect]
            moved = [
                (a[0] - x0) * scale + tx,
                (a[1] - y0) * scale + ty,
                (a[2] - x0) * scale + tx,
                (a[3] - y0) * scale + ty,
            ]
            annot[NameObject("/Rect")] = ArrayObject([FloatObject(v) for v in moved])
    letter = RectangleObject([0, 0, LETTER[0], LETTER[1]])
    page.mediabox = letter
    page.cropbox = letter
    for key in ("/TrimBox", "/BleedBox", "/ArtBox"):
        if key in page:
            del page[key]
    return True


# -- layout ----------------------------------------------------------------------------------


def _layout(slots: list[_Slot]) -> int:
    page = 1
    for slot in slots:
        slot.first_page = page
        page += slot.pages
    return page - 1


def _toc_entries(slots: list[_Slot], prefix: str, start: int, digits: int) -> list[TocEntry]:
    entries = []
    for slot in slots:
        part = slot.part
        if part.kind in ("cover", "toc"):
            continue
        if part.kind == "exhibit" and part.tab:
            continue  # its tab page carries the entry (and the exhibit's whole range)
        last = slot.first_page + slot.pages - 1
        if part.kind == "tab":
            nxt = slots.index(slot) + 1
            if nxt < len(slots) and slots[nxt].part.kind == "exhibit":
                last = slots[nxt].first_page + slots[nxt].pages - 1
        entries.append(
            TocEntry(
                title=part.display_title,
                page=slot.first_page,
                bates_first=bates_label(prefix, start + slot.first_page - 1, digits),
                bates_last=bates_label(prefix, start + last - 1, digits),
                level=1 if part.kind in ("tab", "exhibit") else 0,
            )
        )
    return entries


def _index_entries(slots: list[_Slot], prefix: str, start: int, digits: int) -> list[IndexEntry]:
    entries = []
    for slot in slots:
        part = slot.part
        if part.kind != "exhibit":
            continue
        last = slot.first_page + slot.pages - 1
        entries.append(
            IndexEntry(
                label=part.exhibit_label or "",
                description=part.exhibit_description or part.title,
                bates_first=bates_label(prefix, start + slot.first_page - 1, digits),
                bates_last=bates_label(prefix, start + last - 1, digits),
                pages=slot.pages,
                notes=(part.note,) if part.note else (),
            )
        )
    return entries


# -- writing ---------------------------------------------------------------------------------


@contextlib.contextmanager
def _temp_beside(target: Path, suffix: str) -> Iterator[Path]:
    """A temp file in the target's folder; removed unless the caller renamed it."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _outputs_listed(manifest_path: Path) -> tuple[set[str], set[str]]:
    """(fillable copies, companion files) an earlier build of this packet wrote, from its
    manifest."""
    try:
        old = json.loads(manifest_path.read_text(encoding="utf-8"))
        fillables = {
            str(d["fillable_copy"])
            for d in old.get("documents", [])
            if isinstance(d, dict) and d.get("fillable_copy")
        }
        return fillables, {str(n) for n in old.get("companions", []) or []}
    except (OSError, ValueError, AttributeError, TypeError):
        return set(), set()


def _remove_stale(previous: set[str], folder: Path, current: set[str]) -> None:
    """Delete files the previous build wrote that this build no longer has, so the folder
    never holds a stale form or draft beside the new packet. Other files are left alone."""
    for name in previous - current:
        if Path(name).name != name:  # only plain file names from our own manifest
            continue
        with contextlib.suppress(OSError):
            (folder / name).unlink()
    with contextlib.suppress(OSError):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _write_bytes_sync(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _load_slot(slot: _Slot, sources: SourceCache) -> None:
    """Open a part's source once: a form is flattened for the packet (its fillable copy kept);
    any other source comes from the build's source cache."""
    part = slot.part
    source = part.source
    assert source is not None
    slot.source_name = Path(source).name if isinstance(source, Path | str) else "supplied bytes"
    if part.kind == "form":
        from packets.exhibits import read_source_bytes

        raw, _path = read_source_bytes(source, part.display_title)
        if part.keep_fillable:
            slot.fillable = part.fillable_copy if part.fillable_copy is not None else raw
        slot.loaded = sources.form(raw, part.display_title, part.flatten, part.password)
        slot.sha256 = sha256_bytes(raw)
    else:
        slot.loaded = sources.load(source, part.display_title, password=part.password)
        slot.sha256 = slot.loaded.sha256
    slot.pages = slot.loaded.page_count


def _manifest(
    out_path: Path,
    packet_sha256: str,
    cover: CoverInfo,
    entries: list[ManifestEntry],
    warnings: list[str],
    *,
    page_count: int,
    bates: tuple[str, str, str],
    fill_dir: str | None,
    companions: tuple[str, list[str]],
    extra: dict[str, Any] | None,
) -> dict[str, Any]:
    """The manifest written beside the packet: what went in, where, with which hashes."""
    return {
        "generated_by": "ReliefDesk packets.assemble",
        "packet": out_path.name,
        "packet_sha256": packet_sha256,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "client": cover.client_name,
        "relief": cover.relief_title,
        "page_count": page_count,
        "bates_prefix": bates[0],
        "bates_first": bates[1],
        "bates_last": bates[2],
        "fillable_dir": fill_dir,
        "companion_dir": companions[0] if companions[1] else None,
        "companions": companions[1],
        "documents": [
            {
                "title": e.title,
                "kind": e.kind,
                "exhibit_label": e.exhibit_label,
                "first_page": e.first_page,
                "last_page": e.last_page,
                "pages": e.pages,
                "bates_first": e.bates_first,
                "bates_last": e.bates_last,
                "source": e.source,
                "source_kind": e.source_kind,
                "sha256": e.sha256,
                "fillable_copy": e.fillable_copy,
            }
            for e in entries
        ],
        "warnings": warnings,
        **(extra or {}),
    }


@dataclass
class _Bates:
    """How pages are numbered: prefix, first number, digits."""

    prefix: str
    start: int
    digits: int

    def label(self, page: int) -> str:
        """The Bates label of 1-based packet page ``page``."""
        return bates_label(self.prefix, self.start + page - 1, self.digits)


@dataclass
class _Targets:
    """Where a build writes: the packet, its manifest, the fillable and companion folders."""

    out_path: Path
    manifest_path: Path
    fill_dir: Path
    comp_dir: Path
    companions: list[tuple[Path, bytes]]
    fillables: list[tuple[Path, bytes]] = field(default_factory=list)


class _Build:
    """One packet build, one method per step; ``assemble`` runs them in order."""

    def __init__(
        self,
        slots: list[_Slot],
        cover: CoverInfo,
        bates: _Bates,
        rep: Reporter,
    ) -> None:
        self.slots = slots
        self.sourced = [s for s in slots if s.part.source is not None]
        self.cover = cover
        self.bates = bates
        self.rep = rep
        # steps: load each source, lay out, copy each part, stamp, write
        self.total = len(self.sourced) + len(slots) + 3
        self.done = 0
        self.warnings: list[str] = []
        self.page_count = 0
        self.writer = PdfWriter()
        self.entries: list[ManifestEntry] = []

    def _step(self, message: str) -> None:
        self.rep.step(self.done, self.total, message)

    def load_sources(self, sources: SourceCache) -> None:
        """1. Load every source once (bytes read once; hashes from those bytes)."""
        for slot in self.sourced:
            self._step(f"Reading {slot.part.display_title}")
            _load_slot(slot, sources)
            self.warnings.extend(slot.loaded.warnings if slot.loaded is not None else ())
            self.done += 1

    def lay_out(self) -> None:
        """2. Generated parts: cover and tabs are one page; TOC and index are laid out in
        passes until their page counts stop moving."""
        self._step("Laying out the table of contents")
        self._render_fixed_parts()
        self._number_until_stable()
        self.page_count = _layout(self.slots)
        for slot in self.slots:
            if slot.rendered is not None:
                slot.sha256 = sha256_bytes(slot.rendered)
        self.done += 1

    def _render_fixed_parts(self) -> None:
        for slot in self.slots:
            part = slot.part
            if part.source is not None:
                continue
            if part.kind == "cover":
                slot.set_rendered(render_cover(self.cover))
            elif part.kind == "tab":
                slot.set_rendered(
                    render_tab(
                        part.exhibit_label or "", part.exhibit_description or part.title, part.note
                    )
                )
            else:
                slot.rendered = b""  # toc / index: rendered in _number_until_stable
                slot.pages = 1

    def _number_until_stable(self) -> None:
        b = self.bates
        for _attempt in range(8):
            _layout(self.slots)
            changed = False
            for slot in self.slots:
                if slot.part.source is not None or slot.part.kind not in ("toc", "index"):
                    continue
                if slot.part.kind == "toc":
                    data = render_toc(_toc_entries(self.slots, b.prefix, b.start, b.digits))
                else:
                    data = render_index(_index_entries(self.slots, b.prefix, b.start, b.digits))
                before = slot.pages
                slot.set_rendered(data)
                if slot.pages != before:
                    changed = True
            if not changed:
                return
        # pragma: no cover - the page count of a list cannot oscillate for long
        raise PacketError("The table of contents could not be laid out; report this.")

    def copy_pages(self) -> None:
        """3. Copy pages into one writer, normalising rotated / odd-size pages to letter, with
        a bookmark and a manifest entry per part."""
        exhibits_parent: Any = None
        for slot in self.slots:
            self._step(f"Adding {slot.part.display_title}")
            first_index = self._copy_slot(slot)
            exhibits_parent = self._bookmark(slot.part, first_index, exhibits_parent)
            self.entries.append(self._entry(slot))
            self.done += 1
        if len(self.writer.pages) != self.page_count:
            raise PacketError(
                f"Internal layout error: expected {self.page_count} pages, "
                f"built {len(self.writer.pages)}."
            )

    def _copy_slot(self, slot: _Slot) -> int:
        """Append a part's pages; returns the writer index of its first page."""
        part = slot.part
        reader = slot.reader
        first_index = len(self.writer.pages)
        rescaled = 0
        try:
            for i, page in enumerate(reader.pages):
                if i and i % 25 == 0:
                    self.rep.check()
                added = self.writer.add_page(page)
                if _to_letter(added):
                    rescaled += 1
        except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
            # a page that pypdf cannot copy (parsed only now): name the part
            raise ExhibitUnreadable(
                part.display_title, f"a page could not be copied ({exc})"
            ) from exc
        if rescaled:
            self.warnings.append(
                f"{part.display_title}: {rescaled} page(s) were rotated or not letter size and "
                "were scaled to fit letter paper."
            )
        return first_index

    def _bookmark(self, part: PacketPart, first_index: int, exhibits_parent: Any) -> Any:
        """Bookmark a part (exhibits and tabs under one "Exhibits" entry); returns that
        parent, created on the first exhibit."""
        if part.kind in ("tab", "exhibit"):
            if part.kind == "tab" or not part.tab:
                if exhibits_parent is None:
                    exhibits_parent = self.writer.add_outline_item(
                        title="Exhibits", page_number=first_index
                    )
                self.writer.add_outline_item(
                    title=part.display_title, page_number=first_index, parent=exhibits_parent
                )
        else:
            self.writer.add_outline_item(title=part.display_title, page_number=first_index)
        return exhibits_parent

    def _entry(self, slot: _Slot) -> ManifestEntry:
        part = slot.part
        last = slot.first_page + slot.pages - 1
        fillable_name = None
        if slot.fillable is not None:
            fillable_name = f"{_slug(part.title)}.pdf"
        return ManifestEntry(
            title=part.display_title,
            kind=part.kind,
            first_page=slot.first_page,
            last_page=last,
            bates_first=self.bates.label(slot.first_page),
            bates_last=self.bates.label(last),
            source="generated" if slot.loaded is None else slot.source_name,
            sha256=slot.sha256,
            exhibit_label=part.exhibit_label,
            fillable_copy=fillable_name,
            source_kind="generated" if slot.loaded is None else slot.loaded.kind,
        )

    def stamp(self) -> None:
        """4. Bates numbers: a few bytes of content appended to every page (no content
        parsing); then the document metadata."""
        self._step("Stamping Bates numbers")
        b = self.bates
        stamper = BatesStamper(self.writer, b.prefix, b.start, b.digits)
        for i, page in enumerate(self.writer.pages):
            if i and i % 50 == 0:
                self.rep.check()
            stamper.stamp(page, i)
        self.done += 1
        self.writer.add_metadata(
            {
                "/Title": f"{self.cover.relief_title} — {self.cover.client_name}",
                "/Creator": "ReliefDesk",
            }
        )
        self.writer.page_mode = "/UseOutlines"

    def name_fillables(self, targets: _Targets) -> None:
        """Give each kept fillable form a unique file name in the fillable folder."""
        used: set[str] = set()
        for slot, entry in zip(self.slots, self.entries, strict=True):
            if slot.fillable is None or entry.fillable_copy is None:
                continue
            name = entry.fillable_copy
            n = 2
            while name in used:
                name = f"{Path(entry.fillable_copy).stem}-{n}.pdf"
                n += 1
            used.add(name)
            entry.fillable_copy = name
            targets.fillables.append((targets.fill_dir / name, slot.fillable))

    def write(self, t: _Targets, manifest_extra: dict[str, Any] | None) -> dict[str, Any]:
        """5. Write everything to temp files beside the targets, then rename; files an
        earlier build wrote that this one no longer has are removed. Returns the manifest."""
        self._step("Writing the packet")
        self.name_fillables(t)
        previous_fillables, previous_companions = _outputs_listed(t.manifest_path)
        try:
            with contextlib.ExitStack() as stack:
                tmp_pdf = stack.enter_context(_temp_beside(t.out_path, ".pdf.part"))
                with open(tmp_pdf, "wb") as fh:
                    self.writer.write(fh)
                    fh.flush()
                    os.fsync(fh.fileno())
                self.rep.check()
                manifest = self._manifest(t, _sha256_file(tmp_pdf), manifest_extra)
                tmp_manifest = stack.enter_context(_temp_beside(t.out_path, ".json.part"))
                _write_bytes_sync(
                    tmp_manifest,
                    json.dumps(manifest, indent=2, ensure_ascii=False).encode("utf-8"),
                )
                tmp_outputs = self._write_side_files(t, stack)
                self.rep.check()  # last chance to cancel: after this, everything is renamed
                for tmp, target in tmp_outputs:
                    os.replace(tmp, target)
                os.replace(tmp_manifest, t.manifest_path)
                os.replace(tmp_pdf, t.out_path)
        except OSError as exc:
            raise PacketWriteError(t.out_path, exc.strerror or str(exc)) from exc
        finally:
            for folder in (t.fill_dir, t.comp_dir):
                with contextlib.suppress(OSError):
                    if folder.is_dir() and not any(folder.iterdir()):
                        folder.rmdir()
        _remove_stale(previous_fillables, t.fill_dir, {p.name for p, _ in t.fillables})
        _remove_stale(previous_companions, t.comp_dir, {p.name for p, _ in t.companions})
        return manifest

    def _manifest(
        self, t: _Targets, packet_sha256: str, extra: dict[str, Any] | None
    ) -> dict[str, Any]:
        return _manifest(
            t.out_path,
            packet_sha256,
            self.cover,
            self.entries,
            self.warnings,
            page_count=self.page_count,
            bates=(self.bates.prefix, self.bates.label(1), self.bates.label(self.page_count)),
            fill_dir=t.fill_dir.name if t.fillables else None,
            companions=(t.comp_dir.name, [p.name for p, _ in t.companions]),
            extra=extra,
        )

    @staticmethod
    def _write_side_files(t: _Targets, stack: contextlib.ExitStack) -> list[tuple[Path, Path]]:
        """Fillable copies and companion drafts to temp files; (temp, target) pairs."""
        tmp_outputs: list[tuple[Path, Path]] = []
        for folder, targets in ((t.fill_dir, t.fillables), (t.comp_dir, t.companions)):
            if not targets:
                continue
            folder.mkdir(exist_ok=True)
            for target, data in targets:
                tmp = stack.enter_context(_temp_beside(target, ".part"))
                _write_bytes_sync(tmp, data)
                tmp_outputs.append((tmp, target))
        return tmp_outputs


def _targets(
    out_path: Path,
    fillable_dir: Path | str | None,
    companion_dir: Path | str | None,
    companions: list[tuple[str, bytes]] | None,
) -> _Targets:
    fill_dir = (
        Path(fillable_dir) if fillable_dir else out_path.with_name(f"{out_path.stem}-fillable")
    )
    comp_dir = (
        Path(companion_dir) if companion_dir else out_path.with_name(f"{out_path.stem}-drafts")
    )
    return _Targets(
        out_path=out_path,
        manifest_path=out_path.with_name(f"{out_path.stem}.manifest.json"),
        fill_dir=fill_dir,
        comp_dir=comp_dir,
        companions=[(comp_dir / Path(name).name, data) for name, data in companions or []],
    )


def _check_arguments(out_path: Path, bates_prefix: str) -> None:
    if not out_path.parent.is_dir():
        raise PacketWriteError(out_path, "the folder does not exist")
    if bates_prefix and not re.fullmatch(r"[A-Za-z0-9_.]{1,16}", bates_prefix):
        raise PacketError(
            f"The Bates prefix '{bates_prefix}' may use only letters, digits, '_' and '.' "
            "(at most 16 characters)."
        )


@dataclass
class _GcState:
    builds: int = 0  # packet builds running now
    was_enabled: bool = True  # the collector's state before the first of them


_GC_LOCK = threading.Lock()
_GC = _GcState()


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a packet is built (issue 20: growth stays
    linear). pypdf makes hundreds of thousands of small acyclic objects, and each automatic
    collection walks all of them: 25-40% of the build at 3,000 pages. Process-wide, so
    concurrent builds count: the collector comes back when the last one ends."""
    with _GC_LOCK:
        if _GC.builds == 0:
            _GC.was_enabled = gc.isenabled()
            gc.disable()
        _GC.builds += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC.builds -= 1
            if _GC.builds == 0 and _GC.was_enabled:
                gc.enable()


def lay_out(
    parts: list[PacketPart],
    *,
    cover: CoverInfo,
    bates_prefix: str = "RD",
    bates_start: int = 1,
    bates_digits: int = 6,
    sources: SourceCache | None = None,
) -> list[ManifestEntry]:
    """The entries ``assemble`` would list for these parts (pages, Bates ranges), without
    copying a page or writing a file: a cover letter that lists each enclosure's pages is
    rendered against this, and the packet is assembled once."""
    _check_arguments(Path("packet.pdf"), bates_prefix)
    bates = _Bates(bates_prefix, bates_start, bates_digits)
    slots = [_Slot(p) for p in _with_generated_parts(parts)]
    build = _Build(slots, cover, bates, Reporter(None, None))
    build.load_sources(sources if sources is not None else SourceCache())
    build.lay_out()
    return [build._entry(slot) for slot in build.slots]


def assemble(
    parts: list[PacketPart],
    out_path: Path | str,
    *,
    cover: CoverInfo,
    bates_prefix: str = "RD",
    bates_start: int = 1,
    bates_digits: int = 6,
    fillable_dir: Path | str | None = None,
    manifest_extra: dict[str, Any] | None = None,
    companions: list[tuple[str, bytes]] | None = None,
    companion_dir: Path | str | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    sources: SourceCache | None = None,
) -> AssemblyResult:
    """Build the packet at ``out_path`` (plus ``<stem>.manifest.json`` and the fillable form
    copies in ``fillable_dir``, default ``<stem>-fillable/`` beside it).

    ``sources``: files already opened for this build (the plan's checks), reused here.

    Raises ``ExhibitUnreadable`` for a bad source, ``Cancelled`` if cancelled; in both cases
    no packet, manifest, fillable copy or temp file is left behind.
    """
    out_path = Path(out_path)
    _check_arguments(out_path, bates_prefix)
    targets = _targets(out_path, fillable_dir, companion_dir, companions)
    bates = _Bates(bates_prefix, bates_start, bates_digits)
    build = _Build(
        [_Slot(p) for p in _with_generated_parts(parts)], cover, bates, Reporter(progress, cancel)
    )
    with _gc_paused():
        build.load_sources(sources if sources is not None else SourceCache())
        build.lay_out()
        build.copy_pages()
        build.stamp()
        manifest = build.write(targets, manifest_extra)
    if progress is not None:
        progress(build.total, build.total, "Packet written")
    return AssemblyResult(
        path=out_path,
        manifest_path=targets.manifest_path,
        manifest=manifest,
        entries=build.entries,
        fillable_copies=[p for p, _ in targets.fillables],
        companions=[p for p, _ in targets.companions],
        warnings=build.warnings,
        page_count=build.page_count,
        bates_first=bates.label(1),
        bates_last=bates.label(build.page_count),
    )
