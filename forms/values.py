"""Turn facts into field values: resolve an entry's fact(s) for the right row, then format.

Pure functions over a FactView; no PDF here. Used by the filler and by tests that check a map
end to end without a PDF (field -> value dict).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from facts import UNKNOWN, FactView, RowView
from forms.maps import Entry, RowSelect

#: Letters NFKD does not decompose into an ASCII base letter.
_SPECIAL = {
    "Đ": "D",
    "đ": "d",
    "Ł": "L",
    "ł": "l",
    "Ø": "O",
    "ø": "o",
    "Ħ": "H",
    "ħ": "h",
    "ı": "i",
    "Æ": "AE",
    "æ": "ae",
    "Œ": "OE",
    "œ": "oe",
    "ß": "ss",
    "Þ": "TH",
    "þ": "th",
    "Ð": "D",
    "ð": "d",
    "ʼ": "'",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
}


def encodable(text: str) -> bool:
    """True if the form fonts (non-embedded WinAnsi Courier) can show every character."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def transliterate(text: str) -> str:
    """Closest WinAnsi spelling: keep Latin-1 letters (ñ, é), drop other diacritics."""
    out: list[str] = []
    for ch in text:
        if encodable(ch):
            out.append(ch)
            continue
        if ch in _SPECIAL:
            out.append(_SPECIAL[ch])
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(base if base and encodable(base) else "?")
    return "".join(out)


class FormatError(ValueError):
    pass


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def _name_part(name: str, family: bool) -> str:
    """One part of a name stored whole (an alias). "Family, Given" is split at the comma;
    otherwise the first word is the given name and the rest the family name, since most clients'
    names carry two family names ("Lucía Pérez Gómez"). Type "Family, Given" for an exact split."""
    if "," in name:
        fam, given = (part.strip() for part in name.split(",", 1))
    else:
        given, _, fam = name.strip().partition(" ")
    return fam.strip() if family else given.strip()


def apply_format(value: Any, fmt: str) -> Any:
    if fmt == "date":
        if not isinstance(value, dt.date):
            raise FormatError(f"expected a date, got {value!r}")
        return value.strftime("%m/%d/%Y")
    if fmt == "first":
        return value[0] if isinstance(value, list | tuple) and value else value
    if fmt == "second":
        # None: no second entry, the field stays empty (not a missing fact)
        return value[1] if isinstance(value, list | tuple) and len(value) > 1 else None
    if fmt in ("family_part", "given_part"):
        return _name_part(str(value), fmt == "family_part")
    if fmt == "join_list":
        return ", ".join(str(v) for v in value) if isinstance(value, list | tuple) else value
    if fmt == "count":
        return str(len(value)) if isinstance(value, list | tuple) else value
    if fmt == "any_rows":
        return "true" if value else "false"
    if fmt == "month_year":
        if not isinstance(value, dt.date):
            raise FormatError(f"expected a date, got {value!r}")
        return value.strftime("%m/%y")
    text = str(value)
    if fmt == "upper":
        return text.upper()
    if fmt == "capitalize":
        # a stored code as a word on the form: 'stepchild' -> 'Stepchild'
        return text.replace("_", " ").capitalize()
    if fmt == "state":
        return text.strip().upper()
    if fmt == "digits":
        return _digits(text)
    if fmt == "a_number":
        d = _digits(text)
        if len(d) == 8:
            d = "0" + d
        if len(d) != 9:
            raise FormatError(f"an A-number has 8 or 9 digits, got '{text}'")
        return d
    if fmt in ("phone10", "phone_area", "phone_local"):
        d = _digits(text)
        if len(d) == 11 and d.startswith("1"):
            d = d[1:]
        if len(d) != 10:
            raise FormatError(f"a U.S. phone number has 10 digits, got '{text}'")
        if fmt == "phone10":
            return d
        if fmt == "phone_area":
            return d[:3]
        return f"{d[3:6]}-{d[6:]}"
    if fmt == "unit_number":
        m = re.search(r"([0-9A-Za-z-]+)\s*$", text)
        return m.group(1) if m else text
    if fmt == "unit_type":
        low = text.lower()
        if low.startswith(("ste", "suite")):
            return "ste"
        if low.startswith(("fl", "floor")):
            return "flr"
        return "apt"
    raise FormatError(f"unknown format '{fmt}'")


def to_key(value: Any) -> str:
    """A fact value as a choice key: bools as true/false, strings lower-cased."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).strip().lower()


def select_rows(view: FactView, sel: RowSelect, derivative: RowView | None = None) -> list[RowView]:
    rows = _ordered(view.rows(sel.group), sel)
    if sel.linked_to_derivative:
        name = derivative.get("given_name") if derivative is not None else UNKNOWN
        col = sel.linked_to_derivative
        rows = [r for r in rows if name is not UNKNOWN and r.get(col) == name]
    if not sel.where:
        return rows
    out: list[RowView] = []
    # Order by preference: rows matching the first listed value of the first column come first.
    col, prefs = next(iter(sel.where.items()))
    extra = {k: v for k, v in sel.where.items() if k != col}
    for pref in prefs:
        for r in rows:
            if to_key(r.get(col)) != pref.lower():
                continue
            if all(to_key(r.get(k)) in [x.lower() for x in v] for k, v in extra.items()):
                out.append(r)
    return out


def _ordered(rows: list[RowView], sel: RowSelect) -> list[RowView]:
    if sel.order_by is None:
        return rows
    col = sel.order_by
    known = [r for r in rows if r.get(col) is not UNKNOWN]
    unknown = [r for r in rows if r.get(col) is UNKNOWN]
    known.sort(key=lambda r: r.get(col), reverse=sel.descending)
    return known + unknown


@dataclass
class Context:
    view: FactView
    relief: str | None = None
    derivative: RowView | None = None  # the family member a derivative fill is for
    for_derivative: bool = False  # an applicant-form (I-765) filled for a family member


def _group_fact(entry: Entry) -> bool:
    return isinstance(entry.fact, str) and entry.fact.endswith("[]")


def read_fact(ctx: Context, name: str, row: RowView | None, entry: Entry | None = None) -> Any:
    if name.endswith("[]"):
        if entry is not None and isinstance(entry.select, RowSelect):
            rows = select_rows(ctx.view, entry.select)
            return rows if rows else UNKNOWN
        return UNKNOWN
    if "[]." in name:
        group, col = name.split("[].", 1)
        if row is None or row.group != group:
            if row is None and entry is not None and entry.select is None:
                # a column read across all rows, for a list format (join_list, first)
                values = [v for v in ctx.view.get(name) if v is not UNKNOWN]
                return values if values else UNKNOWN
            return UNKNOWN
        return row.get(col)
    return ctx.view.get(name)


def condition_met(ctx: Context, entry: Entry, block_row: RowView | None) -> bool:
    if entry.only_reliefs and ctx.relief not in entry.only_reliefs:
        return False
    if entry.when is None:
        return True
    row = entry_row(ctx, entry, block_row)
    value = read_fact(ctx, entry.when.fact, row)
    return value is not UNKNOWN and to_key(value) == entry.when.equals.lower()


def entry_row(ctx: Context, entry: Entry, block_row: RowView | None) -> RowView | None:
    if block_row is not None:
        return block_row
    if entry.select == "derivative" or (ctx.for_derivative and entry.derivative_fact):
        return ctx.derivative
    if isinstance(entry.select, RowSelect) and not _group_fact(entry):
        rows = select_rows(ctx.view, entry.select)
        return rows[entry.select.index] if len(rows) > entry.select.index else None
    return None


def entry_value(ctx: Context, entry: Entry, block_row: RowView | None = None) -> tuple[Any, str]:
    """(value or UNKNOWN, fact names read) for an entry, before formatting. An entry with both
    a fact and ``by_relief`` takes the recorded answer first and the relief's value when the
    answer is unknown (the I-589 ground that follows the claim unless counsel says otherwise)."""
    if entry.by_relief and entry.fact is None:
        return _relief_value(ctx, entry)
    value, label = _fact_value(ctx, entry, block_row)
    if value is UNKNOWN and entry.by_relief:
        return _relief_value(ctx, entry)
    return value, label


def _relief_value(ctx: Context, entry: Entry) -> tuple[Any, str]:
    key = relief_key(ctx, entry)
    if key is None:
        return UNKNOWN, "relief"
    return entry.by_relief[key].value, "relief"


def _fact_value(ctx: Context, entry: Entry, block_row: RowView | None) -> tuple[Any, str]:
    spec = entry.fact
    if ctx.for_derivative:
        spec = entry.derivative_fact
        if spec is None:
            return UNKNOWN, "(not known for a family member)"
    names = [spec] if isinstance(spec, str) else list(spec or [])
    row = entry_row(ctx, entry, block_row)
    values = [read_fact(ctx, n, row, entry) for n in names]
    label = ", ".join(names)
    if entry.first_known:
        return next((v for v in values if v is not UNKNOWN), UNKNOWN), label
    if entry.contains is not None:
        return _listed(entry.contains, values), label
    if len(values) == 1:
        return values[0], label
    present = [str(v) for v in values if v is not UNKNOWN]
    if not present:
        return UNKNOWN, label
    return entry.join.join(present), label


def _listed(item: str, values: list[Any]) -> Any:
    """A ``contains`` entry: yes when the list holds the item; no when the list lacks it or is
    empty but the second fact says every question was asked; else unknown (to be asked)."""
    listed = values[0]
    if listed is not UNKNOWN:
        return item in listed
    answered = values[1] if len(values) > 1 else UNKNOWN
    return False if answered is True else UNKNOWN


def relief_key(ctx: Context, entry: Entry) -> str | None:
    """The by_relief key for this fill: '<relief>:derivative' first for a family member."""
    if ctx.relief is None:
        return None
    keys = [f"{ctx.relief}:derivative", ctx.relief] if ctx.for_derivative else [ctx.relief]
    return next((k for k in keys if k in entry.by_relief), None)


def format_value(entry: Entry, value: Any) -> Any:
    for fmt in entry.format:
        value = apply_format(value, fmt)
    return value
