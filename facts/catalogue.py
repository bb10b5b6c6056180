"""The fact catalogue: every fact name the app knows, its type and where it lives.

Three kinds of storage:
- ``column``: a casefile column. Derived automatically from the SQLModel tables, so the
  catalogue can never drift from the schema: ``client.<column>`` and ``<group>[].<column>``.
  The group itself is a fact too (``arrests[]``, type ``group``).
- ``answer``: an interview fact kept in the ``Answer`` table, declared in YAML files under
  ``facts/catalogue/*.yaml`` (one file per area; names must be unique across files).
- ``derived``: computed from other facts (ages, deadlines), registered in ``facts.derived``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from casefile.columns import TABLES
from casefile.yamlio import safe_load
from facts.errors import CatalogueError, UnknownFact

FACT_TYPES = (
    "text",
    "bool",
    "date",
    "int",
    "choice",
    "multi_choice",
    "list",
    "group",
)

# Bookkeeping columns that are not facts about the client.
_SKIP_COLUMNS = {"id", "client_id", "position", "created_at", "updated_at"}


@dataclass(frozen=True)
class Fact:
    name: str
    type: str
    description: str
    storage: str  # column | answer | derived
    sensitive: bool = False
    allowed: tuple[str, ...] = ()
    group: str | None = None  # repeating group for ``group[].col`` facts
    column: str | None = None  # casefile column for column facts
    cite: str | None = None  # for derived legal facts (deadlines)

    @property
    def many(self) -> bool:
        return self.group is not None and self.group != "client"


@dataclass
class Catalogue:
    facts: dict[str, Fact] = field(default_factory=dict)

    def add(self, fact: Fact, source: str = "") -> None:
        if fact.type not in FACT_TYPES:
            raise CatalogueError(source, f"fact '{fact.name}' has unknown type '{fact.type}'")
        if fact.name in self.facts:
            raise CatalogueError(source, f"fact '{fact.name}' is declared twice")
        self.facts[fact.name] = fact

    def __contains__(self, name: object) -> bool:
        return name in self.facts

    def __getitem__(self, name: str) -> Fact:
        try:
            return self.facts[name]
        except KeyError:
            raise UnknownFact(name) from None

    def __iter__(self) -> Iterator[Fact]:
        return iter(self.facts.values())

    def names(self) -> Iterable[str]:
        return self.facts.keys()


def fact_type_of(annotation: Any) -> str:
    """The fact type (text, bool, date, int, list) of a model column's annotation: the one
    rule that also wrote ``casefile.columns`` (``casefile.records.column_kind``)."""
    from casefile.records import column_kind

    return column_kind(annotation)


def _column_facts(catalogue: Catalogue) -> None:
    """The column facts, from ``casefile.columns`` (the tables' columns as plain data, checked
    against ``casefile.models`` by a test; reading it needs no ORM: issue 20)."""
    for table_name, (group, doc, columns) in TABLES.items():
        if table_name == "Answer":
            continue
        if group != "client":
            catalogue.add(
                Fact(
                    name=f"{group}[]",
                    type="group",
                    description=doc.splitlines()[0] if doc else group,
                    storage="column",
                    group=group,
                ),
                "casefile.models",
            )
        for col_name, kind, description, sensitive, choices, _default, _factory in columns:
            if col_name in _SKIP_COLUMNS or description is None:
                continue
            name = f"client.{col_name}" if group == "client" else f"{group}[].{col_name}"
            catalogue.add(
                Fact(
                    name=name,
                    type=kind,
                    description=description,
                    storage="column",
                    sensitive=sensitive,
                    allowed=tuple(choices),
                    group=group,
                    column=col_name,
                ),
                "casefile.models",
            )


def _yaml_facts(catalogue: Catalogue) -> None:
    folder = resources.files("facts") / "catalogue"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        source = f"facts/catalogue/{entry.name}"
        try:
            data = safe_load(entry.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise CatalogueError(source, f"invalid YAML: {exc}") from exc
        for item in data.get("facts", []):
            try:
                catalogue.add(
                    Fact(
                        name=item["name"],
                        type=item["type"],
                        description=item["description"],
                        storage="answer",
                        sensitive=bool(item.get("sensitive", False)),
                        allowed=tuple(item.get("allowed", ())),
                    ),
                    source,
                )
            except KeyError as exc:
                raise CatalogueError(source, f"a fact is missing the key {exc}") from exc


@cache
def load_catalogue() -> Catalogue:
    """The full catalogue (columns + YAML answers + derived). Cached: it is read-only."""
    from facts.derived import DERIVED

    catalogue = Catalogue()
    _column_facts(catalogue)
    _yaml_facts(catalogue)
    for d in DERIVED.values():
        catalogue.add(d.fact, "facts.derived")
    return catalogue
