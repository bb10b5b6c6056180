"""The client search key: what ``CaseStore.list_clients`` matches a query against.

Owns folding (accents and case), the per-client key kept in the ``clientindex`` table (folded
given, middle, family and chosen names and aliases; the A-number padded to 9 digits; the
folded display name for sorting) and the query parsing. ``matches`` is the reference
definition of a hit, in plain Python: the SQL in the store must give the same answers (a
property test compares the two). Must not import the store or anything above casefile.

Why a key column and not SQLite FTS5: the search promises *substring* matches ("ria" finds
"María", "456" finds A-012345678), while FTS5 matches whole tokens or token prefixes. A
substring test over one short, pre-folded column per client is a scan of a narrow table (a few
milliseconds for 10,000 clients), with the ordering served by an index on ``sort_key``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

_SPLIT = re.compile(r"[\s,]+")


def fold(text: str) -> str:
    """Case- and accent-insensitive form for search: 'Lucía' -> 'lucia'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def display_name_of(given_name: str | None, family_name: str | None) -> str:
    parts = [p for p in (given_name, family_name) if p]
    return " ".join(parts) or "(unnamed client)"


def a_number_query(query: str) -> str | None:
    """Digits to look for when the query looks like (part of) an A-number."""
    s = re.sub(r"[\s\-.]", "", query.strip())
    if s[:1] in ("A", "a"):
        s = s[1:]
    return s if s.isascii() and s.isdigit() and len(s) >= 3 else None


def query_words(query: str) -> list[str]:
    """The folded words of a query; every one must occur in the client's names."""
    return [w for w in _SPLIT.split(fold(query.strip())) if w]


@dataclass(frozen=True)
class SearchKey:
    """One row of the ``clientindex`` table (without the version)."""

    names: str  # folded names and aliases joined by spaces
    a_number9: str | None  # the A-number left-padded to 9 digits
    sort_key: str  # folded display name


def search_key(
    *,
    given_name: str | None,
    middle_name: str | None,
    family_name: str | None,
    chosen_name: str | None,
    a_number: str | None,
    aliases: Iterable[str | None],
) -> SearchKey:
    names = [given_name, middle_name, family_name, chosen_name, *aliases]
    return SearchKey(
        names=" ".join(fold(n) for n in names if n),
        a_number9=a_number.zfill(9) if a_number else None,
        sort_key=fold(display_name_of(given_name, family_name)),
    )


def matches(key: SearchKey, words: list[str], digits: str | None, *, prefix: bool = False) -> bool:
    """The reference definition of a search hit (the store's SQL does the same). ``prefix``:
    a word must begin a name word, as a clinic server's blind index matches (it holds tokens
    of word beginnings, never the names; ``casefile.cipher``)."""
    if (
        digits is not None
        and key.a_number9
        and (digits in key.a_number9 or digits.zfill(9) == key.a_number9)
    ):
        return True
    if prefix:
        starts = key.names.split()
        return all(any(n.startswith(w) for n in starts) for w in words)
    return all(w in key.names for w in words)


_SEP = "\x1f"  # ASCII unit separator


def pack_aliases(aliases: list[str]) -> str:
    """The aliases in one column: '' for none, else joined by the unit separator behind a
    leading one (cheap to split), or JSON if a name itself holds that character."""
    if not aliases:
        return ""
    if any(_SEP in a for a in aliases):
        return json.dumps(aliases)
    return _SEP + _SEP.join(aliases)


def unpack_aliases(packed: str) -> tuple[str, ...]:
    if not packed:
        return ()
    if packed[0] == _SEP:
        return tuple(packed[1:].split(_SEP))
    return tuple(json.loads(packed))
