"""The relief registry: one data file per relief, the only list of reliefs in the app.

Each relief is ``eligibility/data/reliefs/<id>.yaml``: its id, display order, label in English
and Spanish, the name used in letters, the names users type (aliases), the official forms it
uses (with the role each plays), the drafts it needs and the forms a cover letter lists. Its
screening rules, question flow and filing plan are found by the id:

    eligibility/data/rules/<id>.yaml     eligibility/data/flows/<id>.yaml
    packets/data/plans/<id>.yaml

Every relief tuple, label map and "forms / drafts for this relief" elsewhere is derived from
here (eligibility's loader, the interview, clauses' schema, templates' registry, forms'
``forms_for_relief``, packets' plans, the desktop's relief lists).

A folder named in ``RELIEFDESK_RELIEF_DIRS`` (``os.pathsep``-separated) adds reliefs without a
code change: it holds ``reliefs/<id>.yaml`` and, beside it, that relief's ``rules/<id>.yaml``,
``flows/<id>.yaml`` and ``plans/<id>.yaml`` (``Relief.home`` is that folder). The shared
question pool and rule conditions stay the bundled ones.

Reads nothing but its YAML. Must not import forms, templates, clauses, packets or Qt.
"""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Literal

import yaml
from pydantic import Field, ValidationError

from casefile.schema import Strict
from casefile.yamlio import safe_load
from eligibility.errors import RuleFileError, UnknownRelief

__all__ = [
    "EXTRA_DIRS_ENV",
    "FormUse",
    "Relief",
    "data_file",
    "get_relief",
    "label",
    "normalise",
    "relief_ids",
    "reliefs",
]

#: Environment variable naming extra relief folders (``os.pathsep``-separated).
EXTRA_DIRS_ENV = "RELIEFDESK_RELIEF_DIRS"

Role = Literal["principal", "derivative", "conditional", "law_enforcement", "attorney"]


class Label(Strict):
    en: str = Field(min_length=1)
    es: str = Field(min_length=1)


class FormUse(Strict):
    """An official form the relief uses, and the role it plays (forms' ``forms_for_relief``)."""

    form: str
    role: Role
    note: str | None = None


class Relief(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    order: int
    label: Label
    #: How letters name the relief ("T nonimmigrant status").
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    forms: tuple[FormUse, ...] = ()
    drafts: tuple[str, ...] = ()
    #: What a USCIS cover letter lists when no plan gives the enclosures.
    cover_letter_lists: tuple[str, ...] = ()
    #: The extra folder this relief came from (None: bundled package data). Set by the loader.
    home: Path | None = Field(default=None, exclude=True)


def _bundled() -> Traversable:
    return resources.files("eligibility") / "data" / "reliefs"


def _extra_dirs() -> tuple[str, ...]:
    raw = os.environ.get(EXTRA_DIRS_ENV, "")
    return tuple(p for p in raw.split(os.pathsep) if p.strip())


def _read(entry: Traversable, source: str, home: Path | None) -> Relief:
    try:
        raw = safe_load(entry.read_text(encoding="utf-8"))
        relief = Relief.model_validate(raw)
    except (yaml.YAMLError, ValidationError, OSError) as exc:
        raise RuleFileError(source, str(exc).splitlines()[0] if str(exc) else repr(exc)) from exc
    if relief.id != entry.name.removesuffix(".yaml"):
        raise RuleFileError(source, f"id is '{relief.id}', but the file is named {entry.name}")
    return relief if home is None else relief.model_copy(update={"home": home})


@cache
def _load(extra: tuple[str, ...]) -> tuple[Relief, ...]:
    found: dict[str, Relief] = {}
    folders: list[tuple[Traversable, Path | None]] = [(_bundled(), None)]
    folders += [(Path(d) / "reliefs", Path(d)) for d in extra]
    for folder, home in folders:
        if not folder.is_dir():
            raise RuleFileError(str(folder), "the relief folder does not exist")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if not entry.name.endswith(".yaml"):
                continue
            source = f"eligibility/data/reliefs/{entry.name}" if home is None else str(entry)
            relief = _read(entry, source, home)
            if relief.id in found:
                raise RuleFileError(source, f"relief '{relief.id}' is registered twice")
            found[relief.id] = relief
    ordered = tuple(sorted(found.values(), key=lambda r: (r.order, r.id)))
    names: dict[str, str] = {}
    for r in ordered:
        for name in (r.id, *r.aliases):
            if names.setdefault(name, r.id) != r.id:
                raise RuleFileError(f"relief {r.id}", f"'{name}' also names {names[name]}")
    return ordered


def reliefs() -> tuple[Relief, ...]:
    """Every registered relief, in display order (bundled, plus any extra folder)."""
    return _load(_extra_dirs())


def relief_ids() -> tuple[str, ...]:
    return tuple(r.id for r in reliefs())


def normalise(text: str) -> str:
    """The relief id for what a user typed: an id or an alias (``t``, ``asylum``, ``cp``)."""
    key = text.strip().lower().replace(" ", "_")
    for r in reliefs():
        if key == r.id or key in r.aliases:
            return r.id
    return key


def get_relief(relief: str) -> Relief:
    """The registry entry for an id or alias (``UnknownRelief`` if none)."""
    key = normalise(relief)
    for r in reliefs():
        if r.id == key:
            return r
    raise UnknownRelief(relief, list(relief_ids()))


def label(relief: str, language: str = "en") -> str:
    """The short label users see ("T visa"); Spanish with ``language="es"``."""
    lab = get_relief(relief).label
    return lab.es if language == "es" else lab.en


def data_file(
    relief: Relief, kind: Literal["rules", "flows", "plans"], bundled: Traversable
) -> Traversable:
    """``<kind>/<id>.yaml`` of the relief: in its extra folder, else under ``bundled`` (the
    package data folder that holds ``<kind>/``)."""
    base: Traversable = relief.home if relief.home is not None else bundled
    return base / kind / f"{relief.id}.yaml"
