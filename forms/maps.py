"""Field maps: one YAML file per form edition, validated by a pydantic schema.

A map says, for each PDF field it fills, which catalogue fact feeds it and how the value is
formatted; check boxes are logical choices (one fact value -> exactly one box and its
on-state); repeating groups list the rows the form offers; fields left blank on purpose are
listed with the reason. ``validate_map`` proves a map against the form's field inventory (the
PDF or the field list) and the fact catalogue; ``coverage`` counts mapped / blank / unmapped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Literal

import yaml
from pydantic import Field, ValidationError, model_validator

from casefile.yamlio import safe_load
from eligibility.review import Strict, VerifyStatus
from facts import Catalogue, load_catalogue
from forms.errors import FieldMapError
from forms.inventory import Inventory

FORMATS = (
    "date",
    "upper",
    "digits",
    "a_number",
    "phone10",
    "phone_area",
    "phone_local",
    "first",
    "join_list",
    "unit_number",
    "unit_type",
    "state",
    "count",
    "any_rows",
    "month_year",
    "capitalize",
    "second",
    "family_part",
    "given_part",
)
#: Formats that turn a list (a group column read across rows) into one value.
LIST_FORMATS = ("first", "second", "join_list", "count", "any_rows")


_Strict = Strict


class Label(_Strict):
    """Where an item is printed, for additional-information and continuation references."""

    page: int
    part: str
    item: str

    def text(self) -> str:
        return f"Page {self.page}, Part {self.part}, Item {self.item}"


class Box(_Strict):
    field: str
    state: str  # on-state name without the leading '/', spaces significant


class RowSelect(_Strict):
    """Pick rows of a repeating group: rows whose columns match ``where`` (values in order of
    preference), then the ``index``-th of them."""

    group: str
    where: dict[str, list[str]] = Field(default_factory=dict)
    index: int = 0
    order_by: str | None = None  # a column; rows without a value come last
    descending: bool = False
    #: only rows whose this column names the family member a supplement is filled for (by
    #: given name): the derivative's own spouse and children (family[].derivative_parent)
    linked_to_derivative: str | None = None


class When(_Strict):
    """Fill the entry only when a fact (read for the same row) has this value."""

    fact: str
    equals: str


class ReliefValue(_Strict):
    value: str
    cite: str
    verify_status: VerifyStatus
    #: the words the form prints for ``value`` when it is an option's id ("USCIS" for
    #: ``uscis``): what a review note shows, never the id
    shown: str | None = None


class Entry(_Strict):
    kind: Literal["text", "choice", "dropdown"] = "text"
    field: str | None = None  # text and dropdown
    fact: str | list[str] | None = None
    join: str = " "
    first_known: bool = False  # with a list of facts: the first one that is known
    when: When | None = None
    default: str | None = None  # written when the fact is unknown (e.g. "Present"), not asked
    derivative_fact: str | list[str] | None = None  # used when filling for a family member
    select: Literal["derivative"] | RowSelect | None = None
    format: list[str] = Field(default_factory=list)
    options: dict[str, Box] = Field(default_factory=dict)  # choice: fact value -> box
    by_relief: dict[str, ReliefValue] = Field(default_factory=dict)
    # fill only for these reliefs (I-765 item 30 is asked for category (c)(8) alone)
    only_reliefs: list[str] = Field(default_factory=list)
    #: a yes/no box read from a list fact: whether the list holds this item (e.g. "1.b" in a
    #: family member's admissibility_yes); an empty list counts as "no" only when the second
    #: fact (e.g. admissibility_answered) is true, else the answer is unknown and asked
    contains: str | None = None
    #: a text fact explaining a "yes" (admissibility questionnaires): when the entry ticks its
    #: "true" box, the explanation is printed in the additional-information part against the
    #: item (then a continuation sheet); unknown, it is reported missing like any other fact
    explain: str | None = None
    label: Label
    overflow: bool = True  # False: a too-long value is an error (comb boxes, numbers)
    note: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _bool_keys(cls, data: object) -> object:
        # YAML reads the keys true/false as booleans; choice keys are strings.
        if isinstance(data, dict) and isinstance(data.get("options"), dict):
            data = dict(data)
            data["options"] = {
                (str(k).lower() if isinstance(k, bool) else k): v
                for k, v in data["options"].items()
            }
        return data

    @model_validator(mode="after")
    def _shape(self) -> Entry:
        if self.kind in ("text", "dropdown") and not self.field:
            raise ValueError("a text or dropdown entry needs 'field'")
        if self.kind == "choice" and (not self.options or self.field):
            raise ValueError("a choice entry needs 'options' and no 'field'")
        if self.fact is None and not self.by_relief:
            raise ValueError("an entry needs 'fact' or 'by_relief'")
        if self.explain and "true" not in self.options:
            raise ValueError("'explain' needs a choice entry with a 'true' box")
        for f in self.format:
            if f not in FORMATS:
                raise ValueError(f"unknown format '{f}' (known: {', '.join(FORMATS)})")
        return self

    def facts(self) -> list[str]:
        out: list[str] = []
        for value in (
            self.fact,
            self.derivative_fact,
            self.when.fact if self.when else None,
            self.explain,
        ):
            if isinstance(value, str):
                out.append(value)
            elif value:
                out.extend(value)
        return out

    def fields(self) -> list[str]:
        if self.kind == "choice":
            return [b.field for b in self.options.values()]
        return [self.field] if self.field else []


class RowsBlock(_Strict):
    """A repeating group printed as a fixed number of rows; more rows overflow."""

    rows_of: RowSelect
    label: Label
    rows: list[list[Entry]]
    #: the rows are read-only in the PDF because its XFA script filled them (the I-914 arrest
    #: table); the XFA is removed before filling, so ReliefDesk writes them, like header_repeats
    script_filled: bool = False


class AdditionalSlot(_Strict):
    page: str | None = None
    part: str
    item: str
    text: str


class AdditionalInfo(_Strict):
    part: str  # e.g. "Part 6" or "Supplement B"
    marker: str  # written in a field whose text moved there, e.g. "See Part 6"
    slots: list[AdditionalSlot]


class Blank(_Strict):
    pattern: str  # a regular expression matched against the full field name
    reason: str


class FieldMap(_Strict):
    form: str
    edition: str
    pdf_sha256: str | None = None
    fieldlist: str | None = None
    subject: Literal["applicant", "derivative"] = "applicant"
    last_reviewed: date
    reviewed_by: str
    verify_status: VerifyStatus
    notes: str | None = None
    entries: list[Entry] = Field(default_factory=list)
    rows: list[RowsBlock] = Field(default_factory=list)
    additional_info: AdditionalInfo | None = None
    # Read-only fields the XFA layer used to fill by script (name and A-number repeated on later
    # pages, totals). The XFA is removed before filling, so ReliefDesk writes them itself.
    header_repeats: list[Entry] = Field(default_factory=list)
    blank_by_design: list[Blank] = Field(default_factory=list)

    def all_entries(self) -> Iterator[tuple[Entry, RowsBlock | None]]:
        for e in self.entries:
            yield e, None
        for e in self.header_repeats:
            yield e, None
        for block in self.rows:
            for row in block.rows:
                for e in row:
                    yield e, block

    def mapped_fields(self) -> set[str]:
        out: set[str] = set()
        for e, _ in self.all_entries():
            out.update(e.fields())
        if self.additional_info:
            for s in self.additional_info.slots:
                out.update(n for n in (s.page, s.part, s.item, s.text) if n)
        return out

    def is_blank_by_design(self, name: str) -> str | None:
        for b in self.blank_by_design:
            if re.fullmatch(b.pattern, name):
                return b.reason
        return None


MAPS_PACKAGE = "forms"


@cache
def load_map(filename: str) -> FieldMap:
    """Load ``forms/maps/<filename>`` (cached; maps are read-only)."""
    source = f"forms/maps/{filename}"
    path = resources.files(MAPS_PACKAGE) / "maps" / filename
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise FieldMapError(source, "-", "the map file does not exist") from exc
    return parse_map(text, source)


def parse_map(text: str, source: str) -> FieldMap:
    """A map from YAML text, checked against the schema; ``FieldMapError`` names ``source``
    and the first offending key (bundled maps and the attorney's reviewed maps alike)."""
    try:
        data = safe_load(text)
    except yaml.YAMLError as exc:
        raise FieldMapError(source, "-", f"invalid YAML: {exc}") from exc
    try:
        return FieldMap.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise FieldMapError(source, where, first["msg"]) from exc


def map_files() -> list[str]:
    folder = resources.files(MAPS_PACKAGE) / "maps"
    return sorted(e.name for e in folder.iterdir() if e.name.endswith(".yaml"))


# ---------------------------------------------------------------------------------------
# Validation against the form and the catalogue
# ---------------------------------------------------------------------------------------


def _check_fact(
    name: str, entry: Entry, block: RowsBlock | None, catalogue: Catalogue
) -> str | None:
    if name not in catalogue:
        return f"fact '{name}' is not in the catalogue"
    fact = catalogue[name]
    if fact.type == "group" and not isinstance(entry.select, RowSelect) and block is None:
        return f"group fact '{name}' needs 'select' to say which rows"
    list_ok = any(f in LIST_FORMATS for f in entry.format) and entry.select is None
    if fact.many and fact.type != "group" and not list_ok:
        group = fact.group
        ctx_group = None
        if block is not None:
            ctx_group = block.rows_of.group
        elif entry.select == "derivative":
            ctx_group = "family"
        elif isinstance(entry.select, RowSelect):
            ctx_group = entry.select.group
        if name in _as_list(entry.derivative_fact) and ctx_group is None:
            ctx_group = "family"
        if ctx_group != group:
            return f"fact '{name}' is per row of '{group}' but the entry has no such row"
    # a 'when' condition is read, not formatted: only the facts written must be dates
    condition_only = (
        entry.when is not None
        and name == entry.when.fact
        and name not in (_as_list(entry.fact) + _as_list(entry.derivative_fact))
    )
    if "date" in entry.format and fact.type != "date" and not condition_only:
        return f"format 'date' on fact '{name}' of type {fact.type}"
    if entry.contains is not None:
        bad = set(entry.options) - {"true", "false"}
        return f"choice keys for 'contains' must be true/false, not {sorted(bad)}" if bad else None
    # the choice keys are values of the entry's own fact, not of its ``when`` condition
    keyed = entry.kind == "choice" and name in _as_list(entry.fact)
    if keyed and fact.type == "bool":
        bad = set(entry.options) - {"true", "false"}
        if bad:
            return f"choice keys for bool fact '{name}' must be true/false, not {sorted(bad)}"
    if keyed and fact.allowed:
        # the fill matches option keys case-folded (forms.values.to_key): "f" stands for "F"
        allowed = {a.lower() for a in fact.allowed}
        bad = {k for k in entry.options if k.lower() not in allowed}
        if bad:
            return f"choice keys {sorted(bad)} are not allowed values of '{name}'"
    return None


def _as_list(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def validate_map(
    fmap: FieldMap,
    inventory: Inventory,
    *,
    source: str,
    catalogue: Catalogue | None = None,
) -> list[str]:
    """Every problem with a map, as '<field>: <reason>' strings (empty when the map is sound)."""
    catalogue = catalogue or load_catalogue()
    problems: list[str] = []
    seen: dict[str, str] = {}

    def claim(field: str, who: str) -> None:
        if field in seen and seen[field] != who:
            problems.append(f"{field}: mapped twice ({seen[field]} and {who})")
        seen.setdefault(field, who)

    header = {id(e) for e in fmap.header_repeats}
    header |= {id(e) for b in fmap.rows if b.script_filled for row in b.rows for e in row}
    for entry, block in fmap.all_entries():
        who = entry.label.text()
        for fname in entry.fields():
            spec = inventory.fields.get(fname)
            if spec is None:
                problems.append(f"{fname}: no such field in {inventory.source}")
                continue
            if spec.read_only and id(entry) not in header:
                problems.append(f"{fname}: field is read-only")
            want = {"text": "text", "dropdown": "choice", "choice": "checkbox"}[entry.kind]
            if spec.type != want:
                problems.append(f"{fname}: is a {spec.type} field, map treats it as {want}")
        if entry.kind == "choice":
            for key, box in entry.options.items():
                spec = inventory.fields.get(box.field)
                if spec is not None and box.state not in spec.on_states:
                    problems.append(
                        f"{box.field}: on-state '{box.state}' for '{key}' is not one of "
                        f"{list(spec.on_states)}"
                    )
            for fname in {b.field for b in entry.options.values()}:
                claim(fname, who)
        else:
            for fname in entry.fields():
                claim(fname, who)
        for name in entry.facts():
            problem = _check_fact(name, entry, block, catalogue)
            if problem:
                problems.append(f"{entry.fields()[0] if entry.fields() else who}: {problem}")
    for block in fmap.rows:
        if block.rows_of.group not in {f.group for f in catalogue if f.group}:
            problems.append(f"rows of '{block.rows_of.group}': no such group in the catalogue")
    if fmap.additional_info:
        for slot in fmap.additional_info.slots:
            for slot_field in (slot.page, slot.part, slot.item, slot.text):
                if slot_field is None:
                    continue
                spec = inventory.fields.get(slot_field)
                if spec is None:
                    problems.append(f"{slot_field}: no such field in {inventory.source}")
                elif spec.type != "text":
                    problems.append(
                        f"{slot_field}: additional-information slot is not a text field"
                    )
    for b in fmap.blank_by_design:
        try:
            rx = re.compile(b.pattern)
        except re.error as exc:
            problems.append(f"blank_by_design '{b.pattern}': bad pattern ({exc})")
            continue
        if not any(rx.fullmatch(n) for n in inventory.fields):
            problems.append(f"blank_by_design '{b.pattern}': matches no field")
    mapped = fmap.mapped_fields()
    for name in mapped:
        reason = fmap.is_blank_by_design(name)
        if reason:
            problems.append(f"{name}: mapped but also listed blank by design ({reason})")
    return [f"{source}: {p}" for p in problems]


@dataclass(frozen=True)
class Coverage:
    form: str
    edition: str
    total: int
    mapped: int
    blank_by_design: int
    unmapped: tuple[str, ...]

    def line(self) -> str:
        return (
            f"{self.form} {self.edition}: {self.total} fields; {self.mapped} mapped, "
            f"{self.blank_by_design} blank by design, {len(self.unmapped)} unmapped"
        )


def coverage(fmap: FieldMap, inventory: Inventory) -> Coverage:
    """Count fields mapped, blank by design and unmapped (page barcodes excluded)."""
    mapped = fmap.mapped_fields()
    n_mapped = n_blank = 0
    unmapped: list[str] = []
    total = 0
    for name, spec in inventory.fields.items():
        if spec.is_barcode:
            continue
        total += 1
        if name in mapped:
            n_mapped += 1
        elif fmap.is_blank_by_design(name):
            n_blank += 1
        else:
            unmapped.append(name)
    return Coverage(fmap.form, fmap.edition, total, n_mapped, n_blank, tuple(unmapped))
