"""Coded values as words, per language, from ``clauses/data/wording.yaml`` (issue 17).

``word("family[].relationship", "parent", sex="F")`` -> ``"mother"``; a code with no wording
returns ``None`` (callers humanize it). ``join(["a", "b", "c"])`` -> ``"a, b, and c"``.
Must not import templates, packets, desktop or Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any

from casefile.yamlio import safe_load
from clauses.errors import ClauseError

_AND = {"en": "and", "es": "y"}
_FILE = "clauses/data/wording.yaml"


@cache
def wording_table() -> Mapping[str, Mapping[str, Mapping[str, Any]]]:
    table = _data().get("wording")
    if not isinstance(table, dict):
        raise ClauseError(_FILE, None, "expected a top-level 'wording' mapping")
    for fact, langs in table.items():
        if not isinstance(langs, dict) or "en" not in langs:
            raise ClauseError(_FILE, None, f"'{fact}' needs an 'en' wording")
        for lang, codes in langs.items():
            for code, w in (codes or {}).items():
                ok = isinstance(w, str) or (isinstance(w, dict) and "_" in w)
                if not ok:
                    raise ClauseError(
                        _FILE, None, f"'{fact}' {lang} '{code}': a word or a map with '_'"
                    )
    return table


def word(fact: str, code: str, *, lang: str = "en", sex: str | None = None) -> str | None:
    """The wording of a coded value, by the row's sex where the language marks it."""
    entry = wording_table().get(fact, {}).get(lang, {}).get(str(code))
    if entry is None:
        return None
    if isinstance(entry, str):
        return entry
    key = (sex or "").upper()
    return str(entry.get(key) or entry["_"])


def join(items: Sequence[str], *, lang: str = "en") -> str:
    """A natural list: 'a', 'a and b', 'a, b, and c' (Spanish: 'a, b y c')."""
    items = [i for i in items if i]
    conj = _AND.get(lang, "and")
    if len(items) <= 2:
        return f" {conj} ".join(items)
    comma = "," if lang == "en" else ""
    return ", ".join(items[:-1]) + f"{comma} {conj} " + items[-1]


@cache
def _data() -> Mapping[str, Any]:
    text = (resources.files("clauses") / "data" / "wording.yaml").read_text(encoding="utf-8")
    return safe_load(text) or {}


def third_person_notes() -> tuple[str, ...]:
    """Facts typed about the client in the third person (printed as typed in letters)."""
    return tuple(_data().get("third_person_notes") or ())


def client_gender(pronouns: str | None, sex: str | None) -> str | None:
    """'F' or 'M' from the client's pronouns (she/her, he/him), else from sex; None: neutral
    (they/them, X, or nothing recorded), so no gendered pronoun may be assumed."""
    first = (pronouns or "").strip().lower().split("/")[0].strip()
    by_word = {w: g for g, words in (_data().get("pronouns") or {}).items() for w in words}
    if first:
        return by_word.get(first)
    return sex.upper() if sex and sex.upper() in by_word.values() else None


def pronoun_mismatches(text: str, gender: str | None) -> list[str]:
    """The pronouns in ``text`` that do not fit a client of ``gender`` (None: every he/she)."""
    table: Mapping[str, list[str]] = _data().get("pronouns") or {}
    wrong = {w for g, words in table.items() if g != gender for w in words}
    seen = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() in wrong]
    return list(dict.fromkeys(w.lower() for w in seen))


__all__ = [
    "client_gender",
    "join",
    "pronoun_mismatches",
    "third_person_notes",
    "word",
    "wording_table",
]
