"""Fill an official PDF from a client's facts.

``fill(form_id, view, relief=..., derivative_row=...)`` decrypts the PDF (empty user password),
checks its edition against the map, drops /XFA and /Perms, fills the AcroForm with pypdf's own
appearance streams (NeedAppearances stays off, so the page barcodes survive), verifies that every
check box took its on-state, moves what does not fit into the form's additional-information
part and then onto continuation sheets, and returns the bytes plus a FillReport.
``plan(...)`` does everything but the PDF work (field -> value), for tests and previews.
``flatten(pdf_bytes)`` burns the field appearances into the pages for packet copies.
"""

from __future__ import annotations

import functools
import io
import math
import textwrap
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pikepdf
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from facts import UNKNOWN, FactView
from forms.continuation import ContinuationEntry, continuation_pdf
from forms.errors import (
    FieldMapError,
    FieldTooLong,
    FormEditionMismatch,
    FormFieldsMismatch,
    FormNotRecognised,
    OnStateError,
)
from forms.inventory import (
    FieldSpec,
    Inventory,
    inventory_from_reader,
    open_pdf,
    walk_terminal_fields,
)
from forms.maps import (
    AdditionalSlot,
    Entry,
    FieldMap,
    Label,
    RowsBlock,
    RowSelect,
    coverage,
    load_map,
)
from forms.registry import (
    FormInfo,
    compare_with_fieldlist,
    fieldlist_inventory,
    find_pdf,
    get_form,
)
from forms.values import (
    Context,
    FormatError,
    condition_met,
    encodable,
    entry_row,
    entry_value,
    format_value,
    read_fact,
    relief_key,
    select_rows,
    to_key,
    transliterate,
)


@dataclass(frozen=True)
class MissingFact:
    field: str
    fact: str
    question: str
    reference: str


@dataclass(frozen=True)
class OverflowItem:
    reference: str
    text: str
    placed: str  # "additional_info" or "continuation"
    field: str | None = None


@dataclass
class FillReport:
    form: str
    edition: str
    filled: dict[str, str] = field(default_factory=dict)  # field -> value (original Unicode)
    blank_by_design: list[str] = field(default_factory=list)
    missing: list[MissingFact] = field(default_factory=list)
    overflowed: list[OverflowItem] = field(default_factory=list)
    transliterated: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)
    reliefs_used: list[str] = field(default_factory=list)  # relief-dependent values, with cites


@dataclass
class FilledForm:
    form_id: str
    edition: str
    pdf: bytes
    report: FillReport
    continuation_pages: int = 0

    @property
    def values(self) -> dict[str, str]:
        return self.report.filled

    @property
    def overflow(self) -> list[OverflowItem]:
        return self.report.overflowed

    @property
    def warnings(self) -> list[str]:
        return self.report.warnings

    @property
    def unmapped(self) -> list[str]:
        return self.report.unmapped


@dataclass
class Plan:
    """What will be written: field -> value for pypdf, and the report so far."""

    fmap: FieldMap
    inventory: Inventory
    values: dict[str, str]  # as given to pypdf (check boxes as '/On')
    appearance: dict[str, str]  # text actually drawn when it differs (transliterated)
    checkboxes: dict[str, str]  # field -> on-state expected
    font_sizes: dict[str, float]  # field -> smaller font size so the text fits
    report: FillReport
    continuation: list[ContinuationEntry]
    applicant_name: str
    a_number: str | None


MIN_FONT_SIZE = 6.0


def _shrunk_size(spec: FieldSpec, text: str) -> float | None:
    """A smaller font size at which a single-line text fits its box, or None."""
    if spec.multiline or spec.comb or spec.width <= 0 or not text:
        return None
    size = math.floor(((spec.width - 4) / (0.6 * len(text))) * 2) / 2
    current = spec.font_size or 9.0
    if MIN_FONT_SIZE <= size < current:
        return size
    return None


# Line height as a multiple of the font size. pypdf takes it from the font bounding box: 1.93 for
# the CourierNewPS-BoldMT of the I-589 (measured), less for CourierStd; 2.0 never clips.
LEADING = 2.0


def _wrap(text: str, width: float, size: float) -> list[str]:
    """Break text into lines that fit ``width`` in a monospaced (Courier) font of ``size``."""
    per_line = max(1, math.floor((width - 6) / (0.6 * size)))
    lines: list[str] = []
    for para in text.splitlines() or [""]:
        lines.extend(
            textwrap.wrap(para, per_line, break_long_words=True, break_on_hyphens=False) or [""]
        )
    return lines


def _layout(spec: FieldSpec, text: str) -> tuple[bool, str | None, float | None]:
    """(fits, text to draw if it differs, smaller font size if needed) for a text field.

    The USCIS fonts are monospaced Courier (600/1000 em per character). pypdf wraps multi-line
    text itself only when the font size is automatic, so for a fixed size the lines are broken
    here; single-line text that fits at >= MIN_FONT_SIZE is drawn smaller instead of moved."""
    if spec.max_len and len(text) > spec.max_len:
        return False, None, None
    if spec.comb or spec.width <= 0:
        return True, None, None
    if spec.multiline:
        size = spec.font_size or 12.0
        lines = _wrap(text, spec.width, size)
        room = max(1, math.floor((spec.height - 2) / (size * LEADING)))
        if len(lines) > room:
            return False, None, None
        return True, ("\n".join(lines) if spec.font_size else None), None
    size = spec.font_size or 9.0
    if len(text) <= math.floor((spec.width - 4) / (0.6 * size)):
        return True, None, None
    smaller = _shrunk_size(spec, text)
    return smaller is not None, None, smaller


def _capacity(spec: FieldSpec) -> int | None:
    """How many characters fit, from /MaxLen or the box size and Courier metrics."""
    if spec.max_len:
        return int(spec.max_len)
    if spec.width <= 0:
        return None
    size = spec.font_size or (12.0 if spec.multiline else 9.0)
    per_line = max(1, math.floor((spec.width - 4) / (0.6 * size)))
    if spec.multiline:
        lines = max(1, math.floor((spec.height - 2) / (size * 1.15)))
        return per_line * lines
    return per_line


def _map_file_of(form_id: str, edition: str | None) -> tuple[str, str]:
    form = get_form(form_id)
    ed = form.edition(edition)
    return ed.map, ed.edition


def inventory_for(
    form_id: str, edition: str | None = None, pdf_path: Path | None = None
) -> Inventory:
    """The inventory maps are checked against: the field list if there is one, else the PDF."""
    form = get_form(form_id)
    ed = form.edition(edition)
    fl = fieldlist_inventory(ed)
    if fl is not None:
        return fl
    path = Path(pdf_path or find_pdf(form_id, edition=ed.edition))
    st = path.stat()
    return _pdf_inventory(str(path.resolve()), st.st_size, st.st_mtime_ns)


@functools.lru_cache(maxsize=16)
def _pdf_inventory(path: str, size: int, mtime_ns: int) -> Inventory:
    """Cached per file version (size and mtime are part of the key); read-only use only."""
    with _READER_LOCK:
        return inventory_from_reader(_template_reader(path, size, mtime_ns), source=path)


@functools.lru_cache(maxsize=4)
def _template_reader(path: str, size: int, mtime_ns: int) -> PdfReader:
    """The official PDF parsed once per file version: parsing is most of a fill's time, and
    a packet fills the same Supplement A once per family member. Never written to: each
    fill clones it, under ``_READER_LOCK``: pypdf caches parsed objects in the reader."""
    return open_pdf(path)


_READER_LOCK = threading.Lock()  # the template readers are shared by every fill


def plan(
    form_id: str,
    view: FactView,
    *,
    relief: str | None = None,
    derivative_row: int | None = None,
    inventory: Inventory | None = None,
    edition: str | None = None,
    field_map: FieldMap | None = None,
) -> Plan:
    """Field -> value for the form, without touching a PDF: each map entry in order, then
    the rows blocks, then what did not fit into the additional-information part and onto
    continuation sheets, then the report's summary. ``field_map``: a map the attorney
    reviewed for another edition (issue 16), used with that PDF's ``inventory``."""
    if field_map is not None and inventory is not None:
        fmap, inv, source = field_map, inventory, f"reviewed map of {field_map.form}"
    else:
        map_file, ed = _map_file_of(form_id, edition)
        fmap = load_map(map_file)
        inv = inventory or inventory_for(form_id, ed)
        source = f"forms/maps/{map_file}"
    planner = _Planner(fmap, inv, view, relief, source)
    planner.choose_subject(derivative_row)
    for entry in fmap.entries:
        planner.do_entry(entry)
    for entry in fmap.header_repeats:
        planner.do_entry(entry)
    for block in fmap.rows:
        _do_rows(block, planner.ctx, planner.do_entry, planner.overflow_queue)
    continuation = planner.place_overflow()
    planner.summarize()
    applicant, a_text = planner.applicant()
    return Plan(
        fmap,
        inv,
        planner.values,
        planner.appearance,
        planner.checkboxes,
        planner.font_sizes,
        planner.report,
        continuation,
        applicant,
        a_text,
    )


def facts_words(view: FactView, facts_read: str) -> str:
    """The facts a map entry reads ("client.a_number, client.date_of_birth"), as the fact
    catalogue describes them ("A-number; Date of birth"), for notes a person reads: never the
    ids. A group whose description is only its name is said in words; what the catalogue
    lacks (the relief's own value) is "the recorded answer"."""
    catalogue = view.catalogue
    words: list[str] = []
    for name in (n.strip() for n in facts_read.split(", ")):
        if name not in catalogue:
            continue
        desc = catalogue[name].description.strip().rstrip(".")
        if name.endswith("[]") and desc in (name, name[:-2]):
            desc = name[:-2].replace("_", " ").capitalize()
        words.append(desc)
    return "; ".join(dict.fromkeys(words)) or "the recorded answer"


def _choice_words(value: Any) -> str:
    """A value a check box was looked for, in words: yes/no, a code with its underscores
    read as spaces ("not_requested" -> "not requested")."""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    text = str(value)
    if "_" in text and " " not in text and text.islower():
        return text.replace("_", " ")
    return text


def _relief_name(relief: str | None) -> str:
    """A relief as people name it ("T visa"), not its id; an unknown id as it is."""
    from eligibility.errors import EligibilityError
    from eligibility.registry import label

    if relief is None:
        return "filing"
    try:
        return label(relief)
    except EligibilityError:
        return relief


class _Planner:
    """The state of one ``plan`` run and its steps (one method per step)."""

    def __init__(
        self, fmap: FieldMap, inv: Inventory, view: FactView, relief: str | None, source: str
    ) -> None:
        self.fmap = fmap
        self.inv = inv
        self.view = view
        self.relief = relief
        self.source = source
        self.ctx = Context(view=view, relief=relief)
        self.report = FillReport(form=fmap.form, edition=fmap.edition)
        self.values: dict[str, str] = {}
        self.appearance: dict[str, str] = {}
        self.checkboxes: dict[str, str] = {}
        self.font_sizes: dict[str, float] = {}
        self.overflow_queue: list[tuple[Label, str, str | None]] = []
        #: the form items ("Page 1, Part 1, Item 2") printed with the closest spelling
        self.transliterated_at: list[str] = []

    # -- whom the form is about -----------------------------------------------------------
    def choose_subject(self, derivative_row: int | None) -> None:
        family = self.view.rows("family")
        if derivative_row is not None:
            if not 0 <= derivative_row < len(family):
                raise FieldMapError(
                    self.source, "derivative_row", f"no family member at row {derivative_row}"
                )
            self.ctx.derivative = family[derivative_row]
            self.ctx.for_derivative = self.fmap.subject == "applicant"
        elif self.fmap.subject == "derivative":
            raise FieldMapError(
                self.source,
                "derivative_row",
                "this supplement is filled once per family member: "
                "choose the family member (derivative_row)",
            )

    def spec_of(self, name: str) -> FieldSpec:
        spec = self.inv.fields.get(name)
        if spec is None:
            raise FieldMapError(self.source, name, f"no such field in {self.inv.source}")
        return spec

    # -- recording what is missing and what is written --------------------------------------
    def missing(self, entry: Entry, fact: str) -> None:
        if fact.endswith("[]") and isinstance(entry.select, RowSelect):
            sel = entry.select
            which = ", ".join(f"{k} {'/'.join(v)}" for k, v in sel.where.items()) or "any"
            question = (
                f"No {sel.group} rows ({which}) are recorded. Add them to the profile, or if "
                "there are none, answer this item by hand."
            )
        else:
            catalogue = self.view.catalogue
            question = (
                "; ".join(catalogue[n].description for n in fact.split(", ") if n in catalogue)
                or fact
            )
        report = self.report
        # one question per list fact (e.g. ~60 admissibility boxes read one list), else per item
        same_item = entry.contains is not None
        if any(
            m.fact == fact and (same_item or m.reference == entry.label.text())
            for m in report.missing
        ):
            return
        report.missing.append(
            MissingFact(
                entry.fields()[0] if entry.fields() else "", fact, question, entry.label.text()
            )
        )

    def show(self, name: str, text: str, drawn: str | None, where: Label) -> None:
        """Record a text value; ``drawn`` is the appearance text when it differs (wrapped);
        ``where`` is the form item the text answers (named in the report's notes)."""
        self.values[name] = text
        self.report.filled[name] = text
        shown = drawn if drawn is not None else text
        if not encodable(shown):
            shown = transliterate(shown)
            self.report.transliterated.append(name)
            self.transliterated_at.append(where.text())
        if shown != text:
            self.appearance[name] = shown

    def put_text(self, name: str, text: str, entry: Entry) -> None:
        spec = self.spec_of(name)
        fits, drawn, smaller = _layout(spec, text)
        if fits and smaller:
            self.font_sizes[name] = smaller
        elif not fits:
            cap = _capacity(spec) or len(text)
            if not entry.overflow:
                raise FieldTooLong(self.fmap.form, name, len(text), cap)
            self.overflow_queue.append((entry.label, text, name))
            info = self.fmap.additional_info
            marker = info.marker if info else "See attached"
            text = marker[:cap]
            _, drawn, smaller = _layout(spec, text)
            if smaller:
                self.font_sizes[name] = smaller
        self.show(name, text, drawn, entry.label)

    # -- one map entry ----------------------------------------------------------------------
    def do_entry(self, entry: Entry, block_row: Any = None) -> None:
        ctx = self.ctx
        if not condition_met(ctx, entry, block_row):
            return
        raw, facts_read = entry_value(ctx, entry, block_row)
        if raw is UNKNOWN and entry.default is not None:
            if entry.kind == "choice":
                self.put_checkbox(entry, entry.default, facts_read)
            else:
                assert entry.field is not None
                self.put_text(entry.field, entry.default, entry)
            return
        if facts_read == "relief":
            self.note_relief_value(entry)
        if raw is UNKNOWN:
            self.unknown_value(entry, facts_read, block_row)
            return
        try:
            value = format_value(entry, raw)
        except FormatError as exc:
            what = facts_words(self.view, facts_read)
            self.report.warnings.append(f"{entry.label.text()} ({what}): {exc}; left blank")
            return
        if value is None:
            return  # the format says there is nothing to write (no second nationality)
        if entry.kind == "text":
            assert entry.field is not None
            self.put_text(entry.field, str(value), entry)
        elif entry.kind == "dropdown":
            self.put_choice(entry, str(value))
        else:
            self.put_checkbox(entry, value, facts_read)
            if entry.explain and to_key(value) == "true":
                self.explain_yes(entry, entry.explain)

    def explain_yes(self, entry: Entry, fact: str) -> None:
        """A "yes" is explained in the additional-information part, as the forms instruct;
        the explanation is the client's (a family member's supplement has none of its own)."""
        if self.ctx.for_derivative:
            return
        # a supplement's family member has one explanation for all their yes answers
        row = self.ctx.derivative if fact.startswith("family[].") else None
        text = read_fact(self.ctx, fact, row)
        if text is UNKNOWN or not str(text).strip():
            self.missing(entry, fact)
            return
        if any(queued == str(text).strip() for _, queued, _ in self.overflow_queue):
            return
        self.overflow_queue.append((entry.label, str(text).strip(), None))

    def note_relief_value(self, entry: Entry) -> None:
        """A relief-dependent value is reported with its cite (and flagged unless ok)."""
        key = relief_key(self.ctx, entry) if entry.by_relief else None
        if key is None:
            return
        rv = entry.by_relief[key]
        if rv.verify_status != "ok":  # a note people read: the box's words, the relief's name
            self.report.warnings.append(
                f"{entry.label.text()}: the value '{rv.shown or rv.value}' for the "
                f"{_relief_name(self.relief)} is marked {rv.verify_status} ({rv.cite}); an "
                "attorney must confirm it."
            )
        self.report.reliefs_used.append(
            f"{entry.label.text()}: {rv.value} for {key} [{rv.cite}; {rv.verify_status}]"
        )

    def unknown_value(self, entry: Entry, facts_read: str, block_row: Any) -> None:
        askable = _askable_fallback(entry)
        if askable is not None:
            self.missing(entry, askable)  # no rows on file: the client's own answer is needed
            return
        if (
            isinstance(entry.select, RowSelect)
            and block_row is None
            and not (isinstance(entry.fact, str) and entry.fact.endswith("[]"))
            and entry_row(self.ctx, entry, None) is None
        ):
            return  # no such person or address recorded: nothing to ask per field
        if entry.by_relief:
            self.report.warnings.append(
                f"{entry.label.text()}: ReliefDesk has no answer for this item for the "
                f"{_relief_name(self.relief)}; fill it by hand."
            )
        else:
            self.missing(entry, facts_read)

    def put_choice(self, entry: Entry, text: str) -> None:
        assert entry.field is not None
        spec = self.spec_of(entry.field)
        chosen = next((o for o in spec.options if o == text), None)
        if chosen is None:
            chosen = next(
                (o for o in spec.options if o.strip().upper() == text.strip().upper()), None
            )
        if chosen is None:
            self.report.warnings.append(
                f"{entry.label.text()}: '{text}' is not one of the choices the form offers for "
                "this item; left blank"
            )
            return
        self.values[entry.field] = chosen
        self.report.filled[entry.field] = chosen

    def put_checkbox(self, entry: Entry, value: Any, facts_read: str) -> None:
        key = to_key(value)
        box = entry.options.get(key)
        if box is None and key == "false" and set(entry.options) == {"true"}:
            return  # a lone box means "yes" when ticked: "no" leaves it empty
        if box is None:
            self.report.warnings.append(
                f"{entry.label.text()}: the form has no box for '{_choice_words(value)}' "
                f"({facts_words(self.view, facts_read)}); answer it by hand or in the "
                "additional-information part"
            )
            return
        self.values[box.field] = "/" + box.state
        self.checkboxes[box.field] = box.state
        self.report.filled[box.field] = "/" + box.state

    # -- what did not fit -------------------------------------------------------------------
    def place_overflow(self) -> list[ContinuationEntry]:
        """The additional-information part first (in order), then continuation sheets."""
        continuation: list[ContinuationEntry] = []
        info = self.fmap.additional_info
        slots = list(info.slots) if info else []
        for label, text, fname in self.overflow_queue:
            placed = False
            while slots and not placed:
                if not self.fill_slot(slots[0], label, text):
                    break  # too long for a slot: the whole answer goes on a sheet
                slots.pop(0)
                self.report.overflowed.append(
                    OverflowItem(label.text(), text, "additional_info", fname)
                )
                placed = True
            if not placed:
                continuation.append(ContinuationEntry(label.text(), text))
                self.report.overflowed.append(
                    OverflowItem(label.text(), text, "continuation", fname)
                )
        return continuation

    def fill_slot(self, slot: AdditionalSlot, label: Label, text: str) -> bool:
        """Write one answer into an additional-information slot; False if it does not fit."""
        refs = [(slot.page, str(label.page)), (slot.part, label.part), (slot.item, label.item)]
        cut = any(
            name is not None and (pcap := _capacity(self.spec_of(name))) and len(val) > pcap
            for name, val in refs
        )
        # A reference too long for its boxes is repeated in full at the head of the text.
        body = f"[{label.text()}] {text}" if cut else text
        fits, drawn, _ = _layout(self.spec_of(slot.text), body)
        if not fits:
            return False
        for name, val in refs:
            if name is None:
                continue
            pcap = _capacity(self.spec_of(name))
            self.values[name] = val[:pcap] if pcap else val
            self.report.filled[name] = self.values[name]
        self.show(slot.text, body, drawn, label)
        return True

    # -- the report's summary and the continuation-sheet heading ----------------------------
    def summarize(self) -> None:
        report, fmap, inv = self.report, self.fmap, self.inv
        report.unmapped = list(coverage(fmap, inv).unmapped)
        mapped = fmap.mapped_fields()  # once: it walks every entry of the map
        report.blank_by_design = [
            n for n in inv.fields if n not in mapped and fmap.is_blank_by_design(n)
        ]
        if report.transliterated:
            report.warnings.append(
                "The form font cannot show some characters; the printed text uses the closest "
                "spelling while the stored value keeps the original: "
                + "; ".join(dict.fromkeys(self.transliterated_at))
            )

    def applicant(self) -> tuple[str, str | None]:
        """(name, formatted A-number) of whom the form is about, for continuation sheets."""
        view, ctx = self.view, self.ctx
        name_parts = [
            view.get(n) for n in ("client.given_name", "client.middle_name", "client.family_name")
        ]
        a_number = view.get("client.a_number")
        if ctx.for_derivative and ctx.derivative is not None:
            name_parts = [ctx.derivative.get(c) for c in ("given_name", "family_name")]
            a_number = ctx.derivative.get("a_number")
        applicant = " ".join(str(p) for p in name_parts if p is not UNKNOWN) or "(name not known)"
        a_text = None
        if a_number is not UNKNOWN:
            try:
                a_text = format_value_a(str(a_number))
            except FormatError:
                a_text = str(a_number)
        return applicant, a_text


def format_value_a(text: str) -> str:
    from forms.values import apply_format

    return str(apply_format(text, "a_number"))


def _do_rows(
    block: RowsBlock,
    ctx: Context,
    do_entry: Any,
    overflow_queue: list[tuple[Label, str, str | None]],
) -> None:
    rows = select_rows(ctx.view, block.rows_of, ctx.derivative)
    for i, row in enumerate(rows):
        if i < len(block.rows):
            for entry in block.rows[i]:
                do_entry(entry, row)
            continue
        # No printed row left: describe the whole row for the additional-information part.
        parts: list[str] = []
        for entry in block.rows[0]:
            raw, _ = entry_value(ctx, entry, row)
            if raw is UNKNOWN:
                continue
            try:
                value = format_value(entry, raw)
            except FormatError:
                value = raw
            what = entry.note or entry.label.item
            parts.append(f"{what}: {value}")
        overflow_queue.append((block.label, f"Entry {i + 1}: " + "; ".join(parts), None))


# ---------------------------------------------------------------------------------------
# PDF work
# ---------------------------------------------------------------------------------------


def _terminal_fields(writer: PdfWriter) -> dict[str, DictionaryObject]:
    acro = writer._root_object.get("/AcroForm")
    if acro is None:
        return {}
    return {name: ref.get_object() for name, ref in walk_terminal_fields(acro)}


def _set_font_size(node: DictionaryObject, size: float) -> None:
    """Rewrite the size operand of the field's /DA (default appearance) string."""
    cur: Any = node
    da = None
    while cur is not None and da is None:
        da = cur.get("/DA")
        parent = cur.get("/Parent")
        cur = parent.get_object() if parent is not None else None
    if da is None:
        return
    parts = str(da).split()
    for i, tok in enumerate(parts):
        if tok == "Tf" and i >= 1:
            parts[i - 1] = f"{size:g}"
    for w in {id(x): x for x in [node, *_widgets(node)]}.values():
        w[NameObject("/DA")] = TextStringObject(" ".join(parts))


def _widgets(node: DictionaryObject) -> list[DictionaryObject]:
    kids = node.get("/Kids")
    if kids is None:
        return [node]
    return [k.get_object() for k in kids]


def fill(
    form_id: str,
    view: FactView,
    *,
    pdf_path: Path | str | None = None,
    relief: str | None = None,
    derivative_row: int | None = None,
    forms_dir: Path | str | None = None,
    data_dir: Path | str | None = None,
) -> FilledForm:
    """Fill the official PDF of ``form_id`` for the client in ``view``.

    ``pdf_path``: a specific PDF (else the user's added copy, else the bundled one);
    ``relief``: picks relief-dependent answers (e.g. the I-765 category);
    ``derivative_row``: index into ``view.rows('family')`` for Supplement A forms, or to fill
    an applicant form (I-765) for that family member;
    ``data_dir``: where the attorney's reviewed maps are kept (default: the user data folder).
    A PDF of another edition than the bundled map's is filled only with a map reviewed for
    that edition; without one it is refused (``MapNotReviewed``)."""
    form = get_form(form_id)
    ed = form.edition()
    path = Path(pdf_path) if pdf_path is not None else find_pdf(form_id, forms_dir=forms_dir)
    st = path.stat()
    reader = _template_reader(str(path.resolve()), st.st_size, st.st_mtime_ns)
    pdf_inv = _file_inventory(path)
    reviewed = _reviewed_map_for(form, ed.edition, path, pdf_inv, data_dir)
    fl = None
    if reviewed is None:
        _check_edition(form, ed.edition, pdf_inv, path)
        fl = fieldlist_inventory(ed)
    p = plan(
        form_id,
        view,
        relief=relief,
        derivative_row=derivative_row,
        inventory=fl or pdf_inv,
        edition=ed.edition,
        field_map=reviewed,
    )
    if fl is not None:
        _check_fieldlist(form, fl, pdf_inv, p.fmap.mapped_fields(), path)
    with _READER_LOCK:
        writer = _writer_without_xfa(reader)
    nodes = _terminal_fields(writer)  # the one walk of the field tree
    _apply_font_sizes(nodes, p.font_sizes)
    _write_values(writer, p, pdf_inv)
    _verify_checkboxes(form.number, nodes, p.checkboxes)
    _keep_unicode_values(nodes, p)
    pages_added = _append_continuation(writer, form.number, ed.edition, p)
    buf = io.BytesIO()
    writer.write(buf)
    edition = reviewed.edition if reviewed is not None else ed.edition
    return FilledForm(form.id, edition, buf.getvalue(), p.report, pages_added)


def _reviewed_map_for(
    form: FormInfo, supported: str, path: Path, pdf_inv: Inventory, data_dir: Path | str | None
) -> FieldMap | None:
    """The attorney-reviewed map for this PDF when it is another edition of the form than the
    bundled map's (issue 16); None for the supported edition or another form (the edition
    check then speaks). Raises ``MapNotReviewed`` for an edition nobody has reviewed."""
    from forms.propose_store import usable_map
    from forms.registry import identify_pdf

    found = _edition_of(pdf_inv)
    if found is None:  # no barcode (older editions): the page footer names it
        try:
            ident = identify_pdf(path)
        except FormNotRecognised:
            return None
        found = (ident.barcode_id, ident.edition)
    if found[0] != form.barcode_id or found[1] == supported:
        return None
    return usable_map(form.barcode_id, found[1], pdf_inv, data_dir=data_dir)


def _file_inventory(path: Path) -> Inventory:
    """The PDF's field inventory, read once per file version (see ``_pdf_inventory``)."""
    st = path.stat()
    return _pdf_inventory(str(path.resolve()), st.st_size, st.st_mtime_ns)


def _check_edition(form: FormInfo, edition: str, pdf_inv: Inventory, path: Path) -> None:
    """The PDF's page barcode names the form and edition the map was written for."""
    found = _edition_of(pdf_inv)
    if found is not None and (found[0] != form.barcode_id or found[1] != edition):
        raise FormEditionMismatch(
            f"{form.number} ({found[0]} found)" if found[0] != form.barcode_id else form.number,
            found[1],
            form.supported_editions,
            path,
        )


def _check_fieldlist(form: Any, fl: Inventory, pdf_inv: Inventory, mapped: Any, path: Path) -> None:
    """The PDF's fields that the map fills match the published field list."""
    problems = [
        pr for pr in compare_with_fieldlist(form, fl, pdf_inv) if any(name in pr for name in mapped)
    ]
    if problems:
        raise FormFieldsMismatch(form.number, path, problems)


def _writer_without_xfa(reader: PdfReader) -> PdfWriter:
    """A writer cloned from the reader, without /XFA (so viewers use the AcroForm) and
    without /Perms (usage rights that editing would invalidate)."""
    writer = PdfWriter(clone_from=reader)
    root = writer._root_object
    acro = root.get("/AcroForm")
    if acro is not None:
        acro.get_object().pop(NameObject("/XFA"), None)
    root.pop(NameObject("/Perms"), None)
    return writer


def _apply_font_sizes(nodes: dict[str, DictionaryObject], sizes: dict[str, float]) -> None:
    for name, size in sizes.items():
        node = nodes.get(name)
        if node is not None:
            _set_font_size(node, size)


def _write_values(writer: PdfWriter, p: Plan, pdf_inv: Inventory) -> None:
    """pypdf fills each page's fields and draws their appearances (the drawn text where it
    differs from the value)."""
    by_page: dict[int, dict[str, str]] = {}
    for name, value in p.values.items():
        page_no = pdf_inv.fields[name].page if name in pdf_inv.fields else 0
        by_page.setdefault(page_no, {})[name] = p.appearance.get(name, value)
    for index, wpage in enumerate(writer.pages, start=1):
        vals = dict(by_page.get(index, {}))
        vals.update(by_page.get(0, {}))
        if vals:
            writer.update_page_form_field_values(wpage, vals, auto_regenerate=False)


def _verify_checkboxes(
    form_number: str, nodes: dict[str, DictionaryObject], checkboxes: dict[str, str]
) -> None:
    """Every box that should be ticked has the on-state as value and appearance."""
    for name, on in checkboxes.items():
        node = nodes.get(name)
        got = str(node.get("/V")) if node is not None else "(no such field)"
        states = [str(w.get("/AS")) for w in _widgets(node)] if node is not None else []
        if got != "/" + on or ("/" + on) not in states:
            raise OnStateError(form_number, name, on, got if got != "/" + on else ",".join(states))


def _keep_unicode_values(nodes: dict[str, DictionaryObject], p: Plan) -> None:
    """Where the drawn text differs (transliterated, wrapped), the value keeps the original."""
    for name in p.appearance:
        node = nodes.get(name)
        if node is not None:
            node[NameObject("/V")] = TextStringObject(p.values[name])


def _append_continuation(writer: PdfWriter, form_number: str, edition: str, p: Plan) -> int:
    """Continuation sheets for what did not fit; returns how many pages were added."""
    if not p.continuation:
        return 0
    sheet = continuation_pdf(
        form_number=form_number,
        edition=edition,
        applicant_name=p.applicant_name,
        a_number=p.a_number,
        entries=p.continuation,
    )
    sheet_reader = PdfReader(io.BytesIO(sheet))
    for spage in sheet_reader.pages:
        writer.add_page(spage)
    pages_added = len(sheet_reader.pages)
    p.report.warnings.append(
        f"{len(p.continuation)} answer(s) did not fit the form and its additional-"
        f"information part; they are on {pages_added} continuation page(s) at the end. "
        "Sign and date each continuation page."
    )
    return pages_added


def _edition_of(inv: Inventory) -> tuple[str, str] | None:
    for value in inv.barcode_values():
        parts = value.split("|")
        if len(parts) >= 2:
            return parts[0], parts[1]
    return None


def flatten(pdf_bytes: bytes, *, password: str | None = None) -> bytes:
    """Burn field appearances into the page content and drop the form (for packet copies).

    Also used for user exhibits that carry fillable fields: XFA and usage rights are dropped,
    missing appearances generated, printable widgets merged into the page, and the widgets
    that were not printed (hidden helpers such as USCIS's page barcodes) removed with the
    form, so no orphaned widget is left behind.
    """
    with pikepdf.open(io.BytesIO(pdf_bytes), password=password or "") as pdf:
        root = pdf.Root
        if "/Perms" in root:
            del root["/Perms"]
        if "/AcroForm" in root:
            if "/XFA" in root.AcroForm:
                del root.AcroForm["/XFA"]
            pdf.generate_appearance_streams()
        pdf.flatten_annotations(mode="print")
        for page in pdf.pages:
            annots = page.obj.get("/Annots")
            if annots is None:
                continue
            kept = pikepdf.Array([a for a in annots if a.get("/Subtype") != "/Widget"])
            if len(kept):
                page.obj.Annots = kept
            else:
                del page.obj.Annots
        if "/AcroForm" in root:
            del root.AcroForm
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def _askable_fallback(entry: Entry) -> str | None:
    """With ``first_known`` over rows then a plain fact (I-765 item 30: an arrest on file, else
    the client's answer), the plain fact is what to ask when neither is known."""
    if not entry.first_known or not isinstance(entry.fact, list):
        return None
    return next((f for f in entry.fact if "[]" not in f), None)
