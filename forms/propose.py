"""Propose a field map for an official PDF from its own tooltips, for an attorney to review.

Every USCIS AcroForm field carries a ``/TU`` tooltip ("Part 2. Information About You. Your U.S.
Mailing Address. 5. B. Enter Street Number and Name."). ``propose(inventory)`` parses each tooltip
into part, headings, item number and prompt, finds who the block is about (applicant, spouse,
child, the derivative, counsel...) and what the item asks (family name, A-Number, street...) from
the synonym table ``forms/data/synonyms.yaml`` (data, with the schema below), and turns that into
a catalogue fact with its format, check-box value and on-state, row of a repeating group and a
confidence. Attorney/preparer/interpreter/signature/USCIS-use areas are proposed blank by design
with the reason. Nothing here is used for filling: ``forms.propose_store`` keeps a proposal out of
the filler until an attorney has accepted it (``forms.propose_review``).

Must not import desktop or Qt; reads the fact catalogue only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dc_field
from functools import cache
from importlib import resources
from typing import Literal

import yaml
from pydantic import Field

from casefile.schema import Strict
from casefile.yamlio import safe_load
from facts import Catalogue, load_catalogue
from forms.inventory import FieldSpec, Inventory

#: A proposal at or above this confidence is "high": counted as confident-wrong when it differs.
HIGH = 0.8

Role = Literal[
    "applicant",
    "family",
    "spouse",
    "derivative",
    "counsel",
    "alias",
    "entries",
    "household",
    "blank",
]
FactRef = str | list[str] | None


# ---------------------------------------------------------------------------------------
# The synonym table (data) and its schema
# ---------------------------------------------------------------------------------------


class Subject(Strict):
    id: str
    role: Role
    patterns: list[str]
    where: dict[str, list[str]] = Field(default_factory=dict)
    rows: bool = False


class BlankArea(Strict):
    patterns: list[str]
    reason: str
    scope: Literal["all", "prompt"] = "all"  # "prompt": only the item's own words


class AddressKind(Strict):
    kind: list[str]
    patterns: list[str]


class Attribute(Strict):
    id: str
    patterns: list[str]
    facts: dict[str, FactRef] = Field(default_factory=dict)
    address: str | None = None  # a column of addresses[] for the applicant
    values: dict[str, list[str]] = Field(default_factory=dict)
    format: list[str] = Field(default_factory=list)
    text_format: list[str] = Field(default_factory=list)
    choice_format: list[str] = Field(default_factory=list)
    dropdown_format: list[str] = Field(default_factory=list)
    fixed_length: bool = False  # comb / number boxes: a too-long value is an error
    rows: bool = False
    fallback_only: bool = False
    only_roles: list[str] = Field(default_factory=list)  # e.g. a bare "Enter Place." of entries
    # inside an address block of this kind the applicant's fact is another one (the phone
    # printed under a mailing address is the mailing phone)
    in_address: dict[str, str] = Field(default_factory=dict)


class FormRule(Strict):
    forms: list[str]
    counsel_form: bool = False  # the attorney's own form: attorney parts use representative.*
    only_subjects: list[str] = Field(default_factory=list)
    only_attributes: list[str] = Field(default_factory=list)
    extra_attributes: list[Attribute] = Field(default_factory=list)
    reason: str


class Synonyms(Strict):
    last_reviewed: dt.date
    reviewed_by: str
    subjects: list[Subject]
    blank_areas: list[BlankArea]
    address_kinds: list[AddressKind]
    attributes: list[Attribute]
    form_rules: list[FormRule] = Field(default_factory=list)

    def rule_for(self, form_id: str | None) -> FormRule | None:
        if not form_id:
            return None
        key = form_id.upper().replace(" ", "")
        for r in self.form_rules:
            if key in {f.upper() for f in r.forms}:
                return r
        return None


@cache
def load_synonyms() -> Synonyms:
    text = (resources.files("forms") / "data" / "synonyms.yaml").read_text(encoding="utf-8")
    return Synonyms.model_validate(safe_load(text))


def synonym_problems(syn: Synonyms, catalogue: Catalogue | None = None) -> list[str]:
    """Facts the table names that are not in the catalogue, and patterns that do not compile."""
    catalogue = catalogue or load_catalogue()
    problems: list[str] = []
    pats: list[str] = []
    attrs = list(syn.attributes)
    for r in syn.form_rules:
        attrs.extend(r.extra_attributes)
    for a in attrs:
        pats.extend(a.patterns)
        for vs in a.values.values():
            pats.extend(vs)
        for ref in a.facts.values():
            for name in _as_list(ref):
                if name not in catalogue:
                    problems.append(f"attribute {a.id}: fact '{name}' is not in the catalogue")
        if a.address and f"addresses[].{a.address}" not in catalogue:
            problems.append(f"attribute {a.id}: addresses[].{a.address} is not in the catalogue")
    for s in syn.subjects:
        pats.extend(s.patterns)
    for b in syn.blank_areas:
        pats.extend(b.patterns)
    for k in syn.address_kinds:
        pats.extend(k.patterns)
    for p in pats:
        try:
            re.compile(p)
        except re.error as exc:
            problems.append(f"pattern '{p}': {exc}")
    return problems


def _as_list(ref: FactRef) -> list[str]:
    if ref is None:
        return []
    return [ref] if isinstance(ref, str) else list(ref)


# ---------------------------------------------------------------------------------------
# Tooltip parsing
# ---------------------------------------------------------------------------------------

_PART = re.compile(r"^part\.?\s*([a-z]|\d+)\b\.?(?:\s*(\d+)\s*\.(?!\s*[a-z]\.))?\s*")
_ITEM = re.compile(r"(?:(?<=^)|(?<=[\s.)]))(\d{1,2})\s*\.\s*(?:([a-z])(?:\s*\.)?\s+(?![a-z]\.))?")
_NOT_ITEM_BEFORE = re.compile(
    r"(child|entry|row|sibling|item|number|line|page|part|person|member|i-\d*|form|section)\s*$"
)
_ROW = re.compile(r"\b(?:child|entry|row|sibling|person|member|household member)\s*(\d{1,2})\b")
_LINE_OF = re.compile(r"\bline (\d{1,2}) of \d{1,2}\b")  # "Line 2 of 5": the 2nd row
_ORDINALS = ("one", "two", "three", "four", "five", "six", "seven", "eight")
_ROW_WORD = re.compile(r"\b(?:line|row|entry) (" + "|".join(_ORDINALS) + r")\b")
_EXTRA_ROW = re.compile(r"\badditional (?:child|entry|sibling|person|member) (\d{1,2})\b")
_ORDINAL_BEFORE = ("first", "second", "third", "fourth", "fifth", "sixth")
_ROW_ORD = re.compile(r"\b(" + "|".join(_ORDINAL_BEFORE) + r") (?:entry|child|row|line)\b")


def normalise(text: str) -> str:
    t = text.lower().replace("\u00a0", " ")
    t = re.sub(r"\bu\.?\s*s\.?\s*c\.?\s*i\.?\s*s\b\.?", "uscis", t)
    t = re.sub(r"u\.?\s*s\.? citizenship and immigration services( \(uscis\))?", "uscis", t)
    t = re.sub(r"\bu\s*\.\s*s\s*\.", "us", t)
    t = re.sub(r"\bu s\b", "us", t)
    t = re.sub(r"\s+", " ", t)
    return t.strip()


@dataclass(frozen=True)
class Tooltip:
    raw: str
    text: str  # normalised
    part: str | None
    headings: str  # text between the part and the item number
    item: str | None  # "5.b"
    prompt: str  # text after the item number (or the last sentence)
    row: int | None  # 0-based row from "Child 2", "Entry 3", "Row 1"
    extra: int | None = None  # "Additional Child 2": the 2nd row after the printed ones


def parse_tooltip(raw: str) -> Tooltip:
    text = normalise(raw)
    part: str | None = None
    rest = text
    m = _PART.match(text)
    if m:
        part = m.group(1).upper() + (f".{m.group(2)}" if m.group(2) else "")
        rest = text[m.end() :]
    item = None
    headings, prompt = rest, ""
    for im in _ITEM.finditer(rest):
        before = rest[: im.start()]
        if _NOT_ITEM_BEFORE.search(before):
            continue
        item = im.group(1) + (f".{im.group(2)}" if im.group(2) else "")
        headings, prompt = before.strip(" ."), rest[im.end() :].strip()
        break
    if item is None:
        sentences = [s for s in re.split(r"(?<=[.?])\s+", rest) if s.strip()]
        prompt = sentences[-1] if sentences else rest
        headings = " ".join(sentences[:-1])
    # Notes are instructions, not structure ("NOTE: do not give the attorney's address").
    headings = re.sub(r"\bnote:.*$", "", headings).strip()
    rm = _ROW.search(text) or _LINE_OF.search(text)
    row = int(rm.group(1)) - 1 if rm and int(rm.group(1)) >= 1 else None
    wm = _ROW_WORD.search(text)
    if row is None and wm:
        row = _ORDINALS.index(wm.group(1))
    om = _ROW_ORD.search(text)
    if row is None and om:
        row = _ORDINAL_BEFORE.index(om.group(1))
    am = _EXTRA_ROW.search(text)
    if am:
        return Tooltip(raw, text, part, headings, item, prompt, None, int(am.group(1)) - 1)
    return Tooltip(raw, text, part, headings, item, prompt, row)


# ---------------------------------------------------------------------------------------
# Proposals
# ---------------------------------------------------------------------------------------


@dataclass
class Proposed:
    """What the proposer suggests for one PDF field."""

    field: str
    tooltip: str
    page: int
    kind: Literal["text", "choice", "dropdown", "blank", "unknown"]
    fact: FactRef = None
    value: str | None = None  # choice: the fact value this box stands for
    on_state: str | None = None  # choice: the box's on-state, read from the widget
    format: list[str] = dc_field(default_factory=list)
    where: dict[str, list[str]] = dc_field(default_factory=dict)
    group: str | None = None
    row: int | None = None
    derivative: bool = False
    overflow: bool = True
    confidence: float = 0.0
    reason: str = ""  # why: the synonym, subject, or the blank-by-design reason
    extra_row: int | None = None  # continues after the printed rows (a supplement page)
    part: str | None = None
    item: str | None = None

    @property
    def facts(self) -> tuple[str, ...]:
        return tuple(_as_list(self.fact))

    @property
    def high(self) -> bool:
        return self.confidence >= HIGH

    def key(self) -> tuple[object, ...] | None:
        """What the proposal means, comparable with a hand map entry (see propose_score)."""
        if self.kind in ("blank", "unknown") or not self.fact:
            return None
        rowed = any("[]" in f for f in self.facts)
        tag = _tag(self.group, self.where, self.row, self.derivative) if rowed else ""
        return (self.facts, self.value, tag)


def _tag(group: str | None, where: dict[str, list[str]], row: int | None, derivative: bool) -> str:
    if derivative:
        return "derivative"
    if not group:
        return ""
    parts = [group] + [f"{k}={v[0]}" for k, v in sorted(where.items()) if v]
    if row:
        parts.append(f"row{row}")
    return ":".join(parts)


@dataclass
class Proposal:
    form: str | None  # barcode id, e.g. "G-28"
    edition: str | None
    source: str
    fields: list[Proposed]

    def by_field(self) -> dict[str, Proposed]:
        return {p.field: p for p in self.fields}

    def parts(self) -> list[str]:
        return part_labels(self.fields)


def part_labels(items: Iterable[Proposed]) -> list[str]:
    """The parts the fields fall in, in first-seen order; a field with no part counts under
    "-". The proposal and its review session both list parts this way, so the review shows the
    parts in the order the proposal found them."""
    return list(dict.fromkeys(p.part or "-" for p in items))


def _find(patterns: Iterable[str], text: str) -> re.Match[str] | None:
    best: re.Match[str] | None = None
    for p in patterns:
        m = re.search(p, text)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best


def _latest_subject(subjects: list[Subject], text: str) -> Subject | None:
    best: tuple[int, Subject] | None = None
    for s in subjects:
        for p in s.patterns:
            for m in re.finditer(p, text):
                if best is None or m.start() > best[0]:
                    best = (m.start(), s)
    return best[1] if best else None


class Proposer:
    def __init__(
        self, synonyms: Synonyms | None = None, catalogue: Catalogue | None = None
    ) -> None:
        self.syn = synonyms or load_synonyms()
        self.catalogue = catalogue or load_catalogue()
        self._answer_facts = [f for f in self.catalogue if f.storage == "answer"]

    # -- one field ---------------------------------------------------------------------
    def field(
        self, spec: FieldSpec, tip: Tooltip, form_id: str | None, derivative_form: bool
    ) -> Proposed:
        p = Proposed(
            field=spec.full_name,
            tooltip=spec.tooltip,
            page=spec.page,
            kind="unknown",
            part=tip.part,
            item=tip.item,
        )
        rule = self.syn.rule_for(form_id)
        if spec.is_barcode:
            return self._blank(p, "Page barcode: written by the form itself")
        if spec.type in ("signature", "button"):
            return self._blank(p, "Signature or button: not filled")
        for area in self.syn.blank_areas:
            if _find(area.patterns, tip.prompt if area.scope == "prompt" else tip.text):
                return self._blank(p, area.reason)
        lead = " ".join(_sentences(tip.prompt)[:-1])
        subject = _latest_subject(self.syn.subjects, f"{tip.headings} . {lead}") or (
            _latest_subject(self.syn.subjects, tip.prompt)
        )
        prompt_subject = _latest_subject(
            [s for s in self.syn.subjects if s.rows], _sentences(tip.prompt)[-1]
        )
        if prompt_subject is not None:
            subject = prompt_subject
        if subject is None:
            subject = self.syn.subjects[0]
        if subject.role == "blank":
            return self._blank(p, f"{subject.id} area: not completed by counsel")
        if subject.role == "counsel" and not (rule is not None and rule.counsel_form):
            return self._blank(
                p, "Attorney or accredited representative area: counsel completes it (G-28 details)"
            )
        attrs = list(self.syn.attributes)
        if rule is not None:
            attrs = list(rule.extra_attributes) + attrs
        has_address = subject.role != "applicant" or self._address_kind(tip) is not None
        attrs = [a for a in attrs if not a.only_roles or subject.role in a.only_roles]
        attr, where_m = self._attribute(attrs, tip, has_address)
        if attr is None and spec.type in ("checkbox", "radio"):
            attr = self._attribute_from_value(attrs, tip)
        if (
            rule is not None
            and rule.only_attributes
            and (
                attr is None
                or attr.id not in rule.only_attributes
                or (rule.only_subjects and subject.id not in rule.only_subjects)
            )
        ):
            return self._blank(p, rule.reason)
        if attr is None:
            return self._fallback(p, spec, tip)
        role: str = subject.role
        p = self._resolve(p, spec, tip, attr, subject, role, derivative_form, where_m)
        if spec.read_only and p.kind not in ("blank", "unknown"):
            p.confidence = min(p.confidence, 0.7)
            p.reason += "; read-only in the PDF (the form's script fills or unlocks it)"
        return p

    def _blank(self, p: Proposed, reason: str) -> Proposed:
        p.kind = "blank"
        p.reason = reason
        p.confidence = 0.9
        return p

    def _attribute(
        self, attrs: list[Attribute], tip: Tooltip, has_address: bool
    ) -> tuple[Attribute | None, bool]:
        """The first attribute matching the item's last sentence, then its whole prompt, then
        the headings too (a weaker match). Address columns only inside an address block."""
        usable = [a for a in attrs if has_address or not a.address]
        last = _sentences(tip.prompt)[-1] if tip.prompt else ""
        sentences = list(reversed(_sentences(tip.prompt))) if tip.prompt else []
        texts = [(last, True), (tip.prompt, True)] + [(x, True) for x in sentences[1:]]
        texts += [(tip.text, False)]
        for text, strong in texts:
            for a in usable:
                if not a.fallback_only and _find(a.patterns, text):
                    return a, strong
            for a in usable:
                if a.fallback_only and _find(a.patterns, text):
                    return a, strong
        return None, False

    def _attribute_from_value(self, attrs: list[Attribute], tip: Tooltip) -> Attribute | None:
        """A box whose prompt is only "Select Female." names its attribute by its value alone,
        when exactly one attribute has that value (a weaker match)."""
        m = re.search(r"\bselect (.*)$", tip.prompt)
        if m is None:
            return None
        chosen = m.group(1)
        hits = [a for a in attrs if any(_find(v, chosen) for v in a.values.values())]
        return hits[0] if len(hits) == 1 else None

    def _resolve(
        self,
        p: Proposed,
        spec: FieldSpec,
        tip: Tooltip,
        attr: Attribute,
        subject: Subject,
        role: str,
        derivative_form: bool,
        strong: bool,
    ) -> Proposed:
        conf = 0.9
        fact: FactRef = None
        where = dict(subject.where)
        group: str | None = None
        if role == "applicant" and attr.address:
            kind = self._address_kind(tip)
            fact = f"addresses[].{attr.address}"
            group = "addresses"
            if kind is None:
                kind = ["physical"]
                conf = 0.6
            where = {"kind": kind}
        elif role == "counsel":
            fact = attr.facts.get("counsel")
            if fact is None:
                return self._blank(p, "Attorney or representative area: no counsel fact for it")
        elif role == "household":
            # A table of "you and your family members": line one is you, the rest family rows.
            if tip.row is None or tip.row == 0:
                fact = attr.facts.get("applicant")
                where = {}
            else:
                fact = attr.facts.get("household") or attr.facts.get("family")
                group = "family"
        elif role == "entries":
            fact = attr.facts.get("entries")
            group = "entries"
        elif role == "alias":
            fact = attr.facts.get("alias")
            where = {}
        elif role == "spouse":
            fact = attr.facts.get("spouse") or attr.facts.get("family")
            if isinstance(fact, str) and fact.startswith("family[]."):
                group = "family"
            else:
                where = {}
        elif role in ("family", "derivative"):
            fact = attr.facts.get(role) or attr.facts.get("family")
            group = "family" if role == "family" else None
            if role == "derivative":
                where = {}
        else:
            fact = attr.facts.get("applicant")
            where = {}
            kind = self._address_kind(tip) if attr.in_address else None
            if kind and kind[0] in attr.in_address:
                fact = attr.in_address[kind[0]]
        if fact is None:
            p.reason = f"'{attr.id}' for {subject.id}: no catalogue fact; map by hand"
            p.confidence = 0.0
            return p
        names = _as_list(fact)
        if any(n not in self.catalogue for n in names):
            p.reason = f"'{attr.id}': fact {names} not in the catalogue"
            return p
        first = self.catalogue[names[0]]
        if first.group == "aliases":
            group = "aliases"
            where = {}
        p.fact = fact
        p.group = group
        p.where = where if group else {}
        p.derivative = role == "derivative" and derivative_form
        if (
            group
            and (subject.rows or attr.rows or first.group in ("aliases", "addresses"))
            and tip.row is not None
        ):
            p.row = tip.row - 1 if role == "household" else tip.row
        if group and tip.extra is not None:
            p.extra_row = tip.extra
        fmt = list(attr.format)
        if spec.type == "checkbox" or spec.type == "radio":
            value = self._choice_value(attr, first.type, tip)
            if value is None:
                p.fact, p.group, p.where, p.row, p.derivative = None, None, {}, None, False
                return self._fallback(p, spec, tip)
            p.kind = "choice"
            p.value = value
            p.on_state = spec.on_states[0] if spec.on_states else None
            fmt = list(attr.choice_format)
        elif spec.type == "choice":
            p.kind = "dropdown"
            fmt = list(attr.dropdown_format)
        else:
            if first.type == "bool":
                p.reason = f"text box for yes/no '{attr.id}': map by hand"
                p.fact = None
                return p
            p.kind = "text"
            fmt = fmt + list(attr.text_format)
            if first.type == "date" and "date" not in fmt:
                fmt.append("date")
            if first.type == "list" and first.group is None and not fmt:
                fmt.append("join_list")
            if first.group == "aliases" and p.row is None and "join_list" not in fmt:
                fmt.append("join_list")  # one box for every other name (rows drop it below)
            if attr.fixed_length or (spec.comb and spec.max_len):
                p.overflow = False
        p.format = [f for f in fmt if f]
        if spec.type == "choice" and first.type == "date":
            conf = min(conf, 0.5)
        p.confidence = conf if strong else min(conf, 0.6)
        p.reason = f"'{attr.id}' of {subject.id}"
        return p

    def _address_kind(self, tip: Tooltip) -> list[str] | None:
        best: tuple[int, list[str]] | None = None
        text = f"{tip.headings} {tip.prompt}"
        for k in self.syn.address_kinds:
            m = _find(k.patterns, text)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), list(k.kind))
        return best[1] if best else None

    def _choice_value(self, attr: Attribute, fact_type: str, tip: Tooltip) -> str | None:
        target = tip.prompt
        sel = re.search(r"select (.*)$", target)
        chosen = sel.group(1) if sel else target
        if attr.values:
            hits = [(k, _find(v, chosen)) for k, v in attr.values.items()]
            found = [(m.start(), k) for k, m in hits if m]
            if found:
                return min(found)[1]
            return None
        if fact_type == "bool":
            if re.search(r"\byes\b", chosen):
                return "true"
            if re.search(r"\bno\b", chosen):
                return "false"
            return "true"
        return None

    # -- fallback: the catalogue's own descriptions -------------------------------------
    def _fallback(self, p: Proposed, spec: FieldSpec, tip: Tooltip) -> Proposed:
        """No synonym: the answer fact whose description shares most words with the question
        (never high confidence). For a check box the selected words must name a value."""
        m = re.search(r"\bselect (.*)$", tip.prompt)
        question = tip.prompt[: m.start()] if m else tip.prompt
        chosen = m.group(1) if m else ""
        for sentence in reversed(_sentences(question)):
            if len(_content_words(sentence)) >= 3:
                question = sentence
                break
        words = _content_words(question)
        chosen_words = _content_words(chosen) - {"yes", "no"}
        statement = False
        if len(words) < 3 and chosen:  # "Select My household income is at or below ..."
            words = _content_words(f"{question} {chosen}")
            statement = True
        if len(words) < 2:
            p.reason = "no synonym matched; map by hand"
            return p
        box = spec.type in ("checkbox", "radio")
        best: tuple[float, str, str, str | None] | None = None
        for f in self._answer_facts:
            value: str | None = None
            if box:
                if f.type == "bool":
                    no = re.search(r"^no\b", chosen.strip()) and not statement
                    value = "false" if no else "true"
                elif f.type == "choice" and f.allowed:
                    value = _allowed_value(f.allowed, chosen)
                    if value is None:
                        continue
                else:
                    continue
            elif spec.type == "text" and f.type not in ("text", "date", "int"):
                continue
            dw = _content_words(f.description) | set(f.name.replace("_", ".").split(".")[1:])
            if not dw:
                continue
            overlap = len(words & dw) / max(1, min(len(words), len(dw)))
            if box and statement is False and chosen_words and f.type == "bool":
                # "... based on: Select Race." -> the box names the fact itself
                named = chosen_words <= (dw | set(re.split(r"[._]", f.name)))
                overlap += 1.0 if named else 0.0
            if best is None or overlap > best[0]:
                best = (overlap, f.name, f.type, value)
        if best is None or best[0] < 0.4:
            p.reason = "no synonym matched; map by hand"
            return p
        p.fact = best[1]
        p.confidence = round(min(0.55, 0.2 + min(best[0], 1.0) * 0.4), 2)
        p.reason = "closest catalogue description (low confidence)"
        if box:
            p.kind = "choice"
            p.value = best[3]
            p.on_state = spec.on_states[0] if spec.on_states else None
        else:
            p.kind = "text"
            if best[2] == "date":
                p.format = ["date"]
        return p


def _allowed_value(allowed: Iterable[str], chosen: str) -> str | None:
    words = set(re.findall(r"[a-z]+", chosen.lower()))
    for value in allowed:
        if set(value.lower().split("_")) <= words:
            return value
    return None


def _sentences(text: str) -> list[str]:
    return [x for x in re.split(r"(?<=[.?:])\s+", text) if x.strip()] or [text]


_STOP = set(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "to",
        "for",
        "and",
        "or",
        "your",
        "you",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "if",
        "any",
        "this",
        "that",
        "with",
        "by",
        "as",
        "at",
        "from",
        "enter",
        "select",
        "yes",
        "no",
        "not",
        "have",
        "has",
        "do",
        "does",
        "did",
        "ever",
        "client",
        "client's",
        "who",
        "what",
        "when",
        "where",
        "which",
        "other",
        "number",
        "date",
        "item",
        "part",
        "provide",
        "list",
        "information",
        "about",
    ]
)


def _content_words(text: str) -> set[str]:
    return {
        w.rstrip("s")
        for w in re.findall(r"[a-z][a-z'-]+", text.lower())
        if w not in _STOP and len(w) > 2
    }


# ---------------------------------------------------------------------------------------
# The whole form
# ---------------------------------------------------------------------------------------


def propose(
    inventory: Inventory,
    *,
    form_id: str | None = None,
    edition: str | None = None,
    proposer: Proposer | None = None,
) -> Proposal:
    """A draft map for every field of ``inventory`` (nothing is filled from it)."""
    pr = proposer or Proposer()
    if form_id is None or edition is None:
        for value in inventory.barcode_values():
            bits = value.split("|")
            if len(bits) >= 2:
                form_id = form_id or bits[0]
                edition = edition or bits[1]
                break
    tips = {name: parse_tooltip(spec.tooltip or name) for name, spec in inventory.fields.items()}
    derivative_form = any(
        _find([p for s in pr.syn.subjects if s.role == "derivative" for p in s.patterns], t.text)
        for t in tips.values()
    )
    out = [
        pr.field(spec, tips[name], form_id, derivative_form)
        for name, spec in inventory.fields.items()
    ]
    _flag_shared_tooltips(out, inventory)
    _number_repeats(out, inventory)
    _street_takes_unit(out, inventory)
    _flag_duplicates(out)
    return Proposal(form_id, edition, inventory.source, out)


def _street_takes_unit(props: list[Proposed], inventory: Inventory) -> None:
    """An address line with no apartment/suite box of its own (a table row "Number and
    Street") carries the unit too, as the hand maps write it."""

    def block(p: Proposed) -> tuple[object, ...]:
        return (p.page, p.row, tuple(sorted((k, tuple(v)) for k, v in p.where.items())))

    with_unit = {block(p) for p in props if "addresses[].unit" in p.facts}
    for p in props:
        if p.facts == ("addresses[].street",) and block(p) not in with_unit:
            p.fact = ["addresses[].street", "addresses[].unit"]
            p.reason += "; no unit box in this address: the unit goes on the street line"


def _flag_duplicates(props: list[Proposed]) -> None:
    """Two fields proposed with the same meaning (same fact, value and row) cannot both be
    right (often a tooltip copied from the row above): both stay low-confidence."""
    seen: dict[tuple[object, ...], list[Proposed]] = defaultdict(list)
    for p in props:
        k = p.key()
        if k is not None:
            seen[k].append(p)
    for members in seen.values():
        if len(members) > 1:
            for q in members:
                q.confidence = min(q.confidence, 0.5)
                q.reason += f"; {len(members)} fields are proposed with this same meaning"


def _flag_shared_tooltips(props: list[Proposed], inventory: Inventory) -> None:
    """A tooltip shared by fields in several columns of a table cannot say which column is
    which: such proposals stay low-confidence for the reviewer to check."""
    by_tip: dict[tuple[int, str], list[Proposed]] = defaultdict(list)
    for p in props:
        if p.kind not in ("blank", "unknown") and p.tooltip:
            by_tip[(p.page, normalise(p.tooltip))].append(p)
    for members in by_tip.values():
        if len(members) < 2:
            continue
        columns = {round(inventory.fields[q.field].rect[0] / 20) for q in members}
        if len(columns) > 1:
            for q in members:
                q.confidence = min(q.confidence, 0.4)
                q.reason += "; the same tooltip is on several columns of a table: check the column"


def _number_repeats(props: list[Proposed], inventory: Inventory) -> None:
    """Fields of a repeating group with the same meaning and no printed row number get rows
    in reading order (page, top to bottom, left to right)."""
    groups: dict[tuple[object, ...], list[Proposed]] = defaultdict(list)
    printed: dict[tuple[object, ...], int] = {}
    extras: list[tuple[tuple[object, ...], Proposed]] = []
    for p in props:
        if p.kind in ("blank", "unknown") or p.group is None:
            continue
        if p.group not in ("family", "addresses", "aliases", "entries"):
            continue
        key = (p.facts, p.value, p.group, tuple(sorted((k, tuple(v)) for k, v in p.where.items())))
        if p.row is not None:
            printed[key] = max(printed.get(key, -1), p.row)
            continue
        if p.extra_row is not None:
            extras.append((key, p))
            continue
        groups[key].append(p)
    for ekey, q in extras:
        assert q.extra_row is not None
        q.row = printed.get(ekey, -1) + 1 + q.extra_row
    for gkey, members in groups.items():
        start = printed.get(gkey, -1) + 1
        if len(members) < 2 and start == 0:
            continue
        if (
            gkey[2] == "addresses"
            and len({_sentences(normalise(q.tooltip))[-1] for q in members}) > 1
        ):
            continue  # ZIP code and postal code of one address are not two rows
        members.sort(
            key=lambda q: (
                q.page,
                -inventory.fields[q.field].rect[1],
                inventory.fields[q.field].rect[0],
            )
        )
        for i, q in enumerate(members, start=start):
            q.row = i
            if q.group == "aliases" and "join_list" in q.format:
                q.format = [f for f in q.format if f != "join_list"]
            q.confidence = min(q.confidence, 0.85)


def draft_yaml(proposal: Proposal) -> str:
    """The proposal as a draft YAML for reading and sharing: every field with its tooltip,
    proposed fact, value, format, row, confidence and reason. It is not a field map (no
    reviewer, another shape): ``forms map-import`` and the filler refuse it."""
    rows: list[dict[str, object]] = []
    for p in proposal.fields:
        item: dict[str, object] = {
            "field": p.field,
            "tooltip": p.tooltip,
            "page": p.page,
            "proposed": p.kind,
            "confidence": round(p.confidence, 2),
            "reason": p.reason,
        }
        if p.fact:
            item["fact"] = p.fact
        if p.value is not None:
            item["value"] = p.value
            item["on_state"] = p.on_state
        if p.format:
            item["format"] = list(p.format)
        if p.group:
            item["rows_of"] = {"group": p.group, "where": dict(p.where), "row": p.row or 0}
        rows.append(item)
    head = (
        f"# DRAFT field map proposed by ReliefDesk for Form {proposal.form} edition "
        f"{proposal.edition} from {proposal.source}.\n"
        "# NOT REVIEWED: nothing here is used for filling. Review it with "
        "'forms map FILE --review' or in the app.\n"
    )
    body = {"draft_of": proposal.form, "edition": proposal.edition, "proposals": rows}
    return head + yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=100)
