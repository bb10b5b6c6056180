"""Load the clause library (``clauses/data/library/*.yaml``), select and render clauses.

Selection is three-valued: a clause whose condition is true is included; false is left out;
unknown is *undecided* and reported to the attorney with the facts that would decide it.
Clauses are editable starting points, never conclusions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml
from jinja2 import TemplateError
from pydantic import ValidationError

from casefile.yamlio import SafeLoader, safe_load
from clauses import conditions
from clauses.errors import ClauseError, ConditionError
from clauses.refs import fact_refs, undeclared_names
from clauses.schema import Clause, ClauseFile, first_row_error
from clauses.text import ClauseEnvironment, MissingItem, Segment, plain, segments
from facts import FactView, load_catalogue

#: Names a clause body may read besides ``fact`` and ``rows``.
CLAUSE_CONTEXT = ("fact", "rows", "today", "state", "counsel", "doc")


@dataclass(frozen=True)
class LibraryEntry:
    clause: Clause
    file: str


@dataclass
class Library:
    entries: dict[str, LibraryEntry] = field(default_factory=dict)

    def __iter__(self) -> Any:
        return (e.clause for e in self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, clause_id: str) -> Clause:
        return self.entries[clause_id].clause

    def file_of(self, clause_id: str) -> str:
        return self.entries[clause_id].file

    def for_document(self, document_id: str, *, state: str | None = None) -> list[Clause]:
        """Clauses that belong to a document (and to the state, for vacatur papers)."""
        out = [
            c
            for c in self
            if document_id in c.documents and (c.states is None or state in c.states)
        ]
        return sorted(out, key=lambda c: (c.section, c.order, c.id))

    def sections(self, document_id: str) -> set[str]:
        return {c.section for c in self if document_id in c.documents}

    def select(self, document_id: str, view: FactView, *, state: str | None = None) -> Selection:
        sel = Selection()
        for clause in self.for_document(document_id, state=state):
            try:
                result = conditions.evaluate(clause.when, view)
            except ConditionError as exc:
                raise ClauseError(self.file_of(clause.id), clause.id, str(exc)) from exc
            if result is True:
                sel.included.append(clause)
            elif result is None:
                sel.undecided.append((clause, conditions.unknown_facts(clause.when, view)))
            else:
                sel.excluded.append(clause)
        return sel


@dataclass
class Selection:
    included: list[Clause] = field(default_factory=list)
    undecided: list[tuple[Clause, list[str]]] = field(default_factory=list)
    excluded: list[Clause] = field(default_factory=list)


@dataclass(frozen=True)
class RenderedClause:
    """One clause rendered for one client: marked paragraphs plus what it cites."""

    clause: Clause
    paragraphs: tuple[tuple[Segment, ...], ...]

    @property
    def text(self) -> str:
        return "\n\n".join(
            "".join(f"[[MISSING: {s.text}]]" if s.kind == "missing" else s.text for s in para)
            for para in self.paragraphs
        )


def render_clause(
    clause: Clause,
    view: FactView,
    sink: Callable[[MissingItem], None],
    *,
    file: str = "clauses/data/library",
    extra: dict[str, Any] | None = None,
    env: ClauseEnvironment | None = None,
) -> RenderedClause:
    """Render a clause body; paragraphs are separated by blank lines in the body."""
    env = env or ClauseEnvironment(view, sink)
    try:
        rendered = env.render(clause.body, f"clause {clause.id}", extra)
    except TemplateError as exc:
        raise ClauseError(file, clause.id, f"the body cannot be rendered ({exc})") from exc
    paragraphs: list[tuple[Segment, ...]] = []
    for block in rendered.split("\n\n"):
        text = " ".join(line.strip() for line in block.strip().splitlines() if line.strip())
        text = re.sub(r" {2,}", " ", text).replace(" .", ".").replace(" ,", ",")
        text = _MID_ARTICLE.sub(lambda m: m.group(1) + m.group(2).lower(), text)
        if plain(text).strip():
            paragraphs.append(tuple(segments(text)))
    return RenderedClause(clause, tuple(paragraphs))


def _validate_clause(clause: Clause, file: str) -> None:
    catalogue = load_catalogue()
    if clause.when is not None:
        try:
            conditions.validate(clause.when, f"clause '{clause.id}'")
        except ConditionError as exc:
            raise ClauseError(file, clause.id, exc.reason) from exc
    for name in clause.proves_with:
        if name not in catalogue:
            raise ClauseError(file, clause.id, f"proves_with names unknown fact '{name}'")
    try:
        refs = fact_refs(clause.body)
        names = undeclared_names(clause.body)
    except TemplateError as exc:
        raise ClauseError(file, clause.id, f"the body is not valid Jinja ({exc})") from exc
    for name in sorted(refs):
        if name not in catalogue:
            raise ClauseError(file, clause.id, f"the body names unknown fact '{name}'")
    stray = sorted(names - set(CLAUSE_CONTEXT))
    if stray:
        raise ClauseError(file, clause.id, f"the body reads undeclared names {stray}")
    if clause.narrative is not None:
        for sentence in connective_sentences(clause.body):
            if "{{" not in sentence:
                raise ClauseError(
                    file,
                    clause.id,
                    f"the connective sentence {sentence!r} names no fact: a declaration "
                    "topic's prose comes from the client's narrative blocks, not the library",
                )
            if len(re.findall(r"[A-Za-z]+", re.sub(r"{{.*?}}", " ", sentence))) < 2:
                raise ClauseError(
                    file,
                    clause.id,
                    f"the connective sentence {sentence!r} only pastes a fact: a note typed "
                    "about the client is not the client's sworn words",
                )


#: A fact value that starts with "A"/"An"/"The" printed mid-sentence: "by A man" -> "by a man".
_MID_ARTICLE = re.compile(r"([a-z,] \ue000)(A|An|The)(?= [a-z])")
_TAG = re.compile(r"{%.*?%}", re.S)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z{])")


def connective_sentences(body: str) -> list[str]:
    """The sentences of a narrative clause's body (Jinja statements removed), as written in the
    library: each must print at least one fact (checked on load)."""
    text = _TAG.sub(" ", body)
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        flat = " ".join(block.split())
        out += [s for s in _SENTENCE_END.split(flat) if s.strip()]
    return out


def load_files(files: Iterable[tuple[str, str]]) -> Library:
    """Build a library from (file name, YAML text) pairs, validating everything."""
    lib = Library()
    for name, text in files:
        try:
            data = safe_load(text) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark is not None else None
            raise ClauseError(name, None, f"invalid YAML ({exc})", line=line) from exc
        # Where each clause starts, for an error message only: composing the file again to
        # find it took 0.5 s of the first plan (issue 18), so it is done on the first error.
        lines = _LazyLines(text)
        try:
            parsed = ClauseFile.model_validate(data)
        except ValidationError as exc:
            err = first_row_error(exc, data, "clauses")
            clause_id = err.row.get("id") if err.row is not None else None
            i = err.position
            line = lines.at(i) if i is not None else None
            where = err.where or "clause"
            raise ClauseError(name, clause_id, f"{where}: {err.msg}", line=line) from exc
        for i, clause in enumerate(parsed.clauses):
            if clause.id in lib.entries:
                other = lib.entries[clause.id].file
                reason = f"the id is already used in {other}"
                raise ClauseError(name, clause.id, reason, line=lines.at(i))
            try:
                _validate_clause(clause, name)
            except ClauseError as exc:
                raise ClauseError(exc.file, exc.clause_id, exc.reason, line=lines.at(i)) from exc
            lib.entries[clause.id] = LibraryEntry(clause, name)
    return lib


class _LazyLines:
    """``_clause_lines(text)``, worked out when first asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lines: list[int] | None = None

    def at(self, i: int) -> int | None:
        """The line where clause ``i`` starts (None if the file has no such item)."""
        if self._lines is None:
            self._lines = _clause_lines(self.text)
        return self._lines[i] if i < len(self._lines) else None


def _clause_lines(text: str) -> list[int]:
    """The 1-based line where each item of the file's ``clauses`` list starts."""
    node = yaml.compose(text, Loader=SafeLoader)  # libyaml's, with the same line marks
    if not isinstance(node, yaml.MappingNode):
        return []
    for key, value in node.value:
        if key.value == "clauses" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


@cache
def load_library() -> Library:
    """The bundled clause library (package data). Cached: it is read-only."""
    folder = resources.files("clauses") / "data" / "library"
    files = [
        (f"clauses/data/library/{e.name}", e.read_text(encoding="utf-8"))
        for e in sorted(folder.iterdir(), key=lambda e: e.name)
        if e.name.endswith(".yaml")
    ]
    return load_files(files)


def review_status(clause: Clause, today: dt.date) -> str:
    return clause.status_on(today)
