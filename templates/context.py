"""The context a DOCX template is rendered with: every value prints as WordprocessingML runs.

Templates write ``{{r client.given_name }}`` (docxtpl's run tag); the value is a ``Rich`` whose
``str()`` is run XML. A known fact prints as plain text; a missing one prints as a yellow
highlighted ``[[MISSING: label]]`` run and is recorded in the missing list. Reading a name that
is neither a fact nor a declared context name raises ``TemplateFieldMissing``.

Context names (``DECLARED_CONTEXT``): ``client`` (scalar facts ``client.*``), one list per
repeating group (``arrests``, ``episodes``, ``family``, ...; each row answers ``row.<column>``,
``row.number``, ``row.letter``), ``sections`` (clause paragraphs by section), ``review`` (attorney
notes, drafts only), ``options``, ``doc``, ``state`` (vacatur row), ``counsel``, ``translator``,
``vacatur_arrests`` (convictions in the motion's state linked to trafficking), ``enclosures``,
``checklist`` (evidence checklist rows: ``element``, ``item``, ``authority``, ``status``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from html import escape
from typing import Any

from casefile.models import GROUPS
from clauses.text import PRECISION_OF, MissingItem, Segment, format_date, format_value, label_of
from facts import UNKNOWN, FactView, RowView
from templates.errors import TemplateFieldMissing

MissingSink = Callable[[MissingItem], None]

DECLARED_CONTEXT: frozenset[str] = frozenset(
    {
        "client",
        "sections",
        "review",
        "options",
        "doc",
        "state",
        "counsel",
        "translator",
        "vacatur_arrests",
        "enclosures",
        "checklist",
        *GROUPS.keys(),
    }
)


#: Highlight colours: a missing fact, and a topic waiting for the client's own account.
MISSING_HIGHLIGHT = "yellow"
PROMPT_HIGHLIGHT = "cyan"


def _run(text: str, *, highlight: str | None = None, bold: bool = False) -> str:
    props = ""
    if bold:
        props += "<w:b/>"
    if highlight:
        props += f'<w:highlight w:val="{highlight}"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text, quote=False)}</w:t></w:r>'


class Rich:
    """A value rendered as runs. ``known``/``value``/``text`` help ``{% if %}`` tests."""

    def __init__(
        self,
        xml: str,
        *,
        text: str = "",
        value: Any = None,
        known: bool = True,
        on_render: Callable[[], None] | None = None,
        heading: bool = False,
    ) -> None:
        self.xml = xml
        self.text = text
        self.value = value
        self.known = known
        self.heading = heading  # declarations: an element heading, not a numbered paragraph
        self._on_render = on_render

    def __str__(self) -> str:
        if self._on_render is not None:
            self._on_render()
        return self.xml

    __html__ = __str__

    def __bool__(self) -> bool:
        return self.known and bool(self.value if self.value is not None else self.text)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Rich):
            return bool(self.value == other.value)
        return bool(self.value == other)

    def __hash__(self) -> int:
        return hash(self.text)

    @classmethod
    def plain(cls, text: str, *, bold: bool = False, heading: bool = False) -> Rich:
        return cls(_run(text, bold=bold), text=text, value=text, heading=heading)

    @classmethod
    def prompt(cls, text: str, item: MissingItem, sink: MissingSink) -> Rich:
        """A highlighted prompt for the attorney (what to ask the client), never client prose."""
        return cls(
            _run(text, highlight=PROMPT_HIGHLIGHT),
            text=text,
            value=None,
            known=False,
            on_render=lambda: sink(item),
        )

    @classmethod
    def missing(cls, item: MissingItem, sink: MissingSink) -> Rich:
        return cls(
            _run(f"[[MISSING: {item.label}]]", highlight="yellow"),
            text="",
            value=None,
            known=False,
            on_render=lambda: sink(item),
        )

    @classmethod
    def from_segments(cls, segments: Sequence[Segment], *, bold_prefix: str | None = None) -> Rich:
        xml = _run(bold_prefix, bold=True) if bold_prefix else ""
        text = bold_prefix or ""
        for s in segments:
            if s.kind == "missing":
                xml += _run(f"[[MISSING: {s.text}]]", highlight="yellow")
                text += f"[[MISSING: {s.text}]]"
            else:
                xml += _run(s.text)
                text += s.text
        return cls(xml, text=text, value=text)

    @classmethod
    def join(cls, parts: Iterable[Rich]) -> Rich:
        parts = list(parts)
        return cls(
            "".join(str(p) for p in parts),
            text="".join(p.text for p in parts),
            value="".join(p.text for p in parts),
        )


def fact_rich(view: FactView, name: str, value: Any, where: str, sink: MissingSink) -> Rich:
    """A catalogue fact's value as Rich (missing → highlighted placeholder + missing item)."""
    fact = view.catalogue[name]
    if value is UNKNOWN:
        return Rich.missing(MissingItem(name, label_of(fact), where), sink)
    precision = None
    if name in PRECISION_OF and fact.group == "client":
        p = view.get(PRECISION_OF[name])
        precision = None if p is UNKNOWN else str(p)
    text = format_value(fact, value, precision)
    r = Rich.plain(text)
    r.value = value
    return r


class ClientNS:
    """``client.<column>`` (and derived ``client.*`` facts) for templates."""

    def __init__(self, view: FactView, template: str, where: str, sink: MissingSink) -> None:
        self._view = view
        self._template = template
        self._where = where
        self._sink = sink

    def __getattr__(self, attr: str) -> Rich:
        if attr.startswith("_"):
            raise AttributeError(attr)
        name = f"client.{attr}"
        if name not in self._view.catalogue:
            raise TemplateFieldMissing(self._template, name)
        return fact_rich(self._view, name, self._view.get(name), self._where, self._sink)

    @property
    def full_name(self) -> Rich:
        parts = [self._view.get(f"client.{c}") for c in ("given_name", "middle_name")]
        family = self._view.get("client.family_name")
        given = self._view.get("client.given_name")
        if given is UNKNOWN or family is UNKNOWN:
            missing = "client.given_name" if given is UNKNOWN else "client.family_name"
            fact = self._view.catalogue[missing]
            return Rich.missing(MissingItem(missing, label_of(fact), self._where), self._sink)
        names = [str(p) for p in parts if p is not UNKNOWN] + [str(family)]
        return Rich.plain(" ".join(names))


class RowNS:
    """One repeating-group row for templates: ``row.<column>``, ``row.number``, ``row.letter``."""

    def __init__(
        self, row: RowView, template: str, where: str, sink: MissingSink, position: int
    ) -> None:
        self._row = row
        self._template = template
        self._where = where
        self._sink = sink
        self._position = position

    @property
    def number(self) -> Rich:
        return Rich.plain(str(self._position + 1))

    @property
    def letter(self) -> Rich:
        label = self._row.get("label") if self._row.group == "exhibits" else UNKNOWN
        if label is not UNKNOWN:
            return Rich.plain(str(label))
        n, out = self._position, ""
        while True:
            out = chr(65 + n % 26) + out
            n = n // 26 - 1
            if n < 0:
                return Rich.plain(out)

    def __getattr__(self, attr: str) -> Rich:
        if attr.startswith("_"):
            raise AttributeError(attr)
        view = self._row.view
        name = f"{self._row.group}[].{attr}"
        if name not in view.catalogue:
            raise TemplateFieldMissing(self._template, name)
        value = self._row.get(attr)
        fact = view.catalogue[name]
        if value is UNKNOWN:
            where = f"{self._where}, {self._row.group} row {self._position + 1}"
            return Rich.missing(MissingItem(name, label_of(fact), where), self._sink)
        precision = None
        if name in PRECISION_OF:
            p = self._row.get(PRECISION_OF[name].split("].", 1)[1])
            precision = None if p is UNKNOWN else str(p)
        sex = None
        if f"{self._row.group}[].sex" in view.catalogue:
            raw = self._row.get("sex")
            sex = None if raw is UNKNOWN else str(raw)
        r = Rich.plain(format_value(fact, value, precision, sex=sex))
        r.value = value
        return r


class ValueNS:
    """Plain values (document data, options, counsel) as Rich; a missing one is a placeholder."""

    def __init__(
        self,
        name: str,
        values: dict[str, Any],
        labels: dict[str, str],
        template: str,
        where: str,
        sink: MissingSink,
        facts: dict[str, str] | None = None,
    ) -> None:
        self._name = name
        self._facts = facts or {}  # attr -> the catalogue fact a missing value is reported as
        self._values = values
        self._labels = labels
        self._template = template
        self._where = where
        self._sink = sink

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("_"):
            raise AttributeError(attr)
        if attr not in self._values and attr not in self._labels:
            raise TemplateFieldMissing(self._template, f"{self._name}.{attr}")
        value = self._values.get(attr)
        if isinstance(value, bool | list | tuple | dict | ValueNS):
            return value
        if value is None or value == "":
            label = self._labels.get(attr, attr.replace("_", " "))
            fact = self._facts.get(attr, f"{self._name}.{attr}")
            item = MissingItem(fact, label, self._where)
            return Rich.missing(item, self._sink)
        if isinstance(value, Rich):
            return value
        if isinstance(value, dt.date):
            return Rich.plain(format_date(value))
        r = Rich.plain(str(value))
        r.value = value
        return r
