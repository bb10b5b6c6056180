"""Warnings for particular-social-group formulations (DOMAIN.md §6.2, §6.4).

Heuristics for the attorney, never a legal conclusion: a formulation that is defined by the
harm feared is circular (``women at risk of being trafficked``); one defined by sex alone or
sex plus nationality is overbroad after *Matter of K-E-S-G-* (BIA 2025; cite VERIFY).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CIRCULARITY = (
    "circular: the group appears to be defined by the harm feared. A PSG must exist "
    "independently of the persecution (DOMAIN.md §6.2(4)); do not use it as the sole PSG"
)
GENDER_ONLY = (
    "sex alone or sex plus nationality: Matter of K-E-S-G- (BIA 2025; cite VERIFY) held such "
    "groups overbroad and insufficiently particular, except where circuit law differs (VERIFY)"
)

_HARM_PATTERNS = (
    r"\bat risk of\b",
    r"\bwho fear\b",
    r"\bfearing\b",
    r"\btargeted (?:by|for)\b",
    r"\b(?:to be|being) (?:trafficked|exploited|recruited|persecuted|harmed)\b",
    r"\bvulnerable to\b",
    r"\bindebted to\b",
)
_GENDER_WORDS = r"(?:women|woman|girls|men|females|males)"


@dataclass(frozen=True)
class PsgWarning:
    code: str  # circularity | gender_only
    message: str


def psg_warnings(formulation: str) -> list[PsgWarning]:
    """Warnings for one PSG formulation (empty list when none apply)."""
    text = formulation.strip().lower().strip("\"'“”")
    out: list[PsgWarning] = []
    if any(re.search(p, text) for p in _HARM_PATTERNS):
        out.append(PsgWarning("circularity", CIRCULARITY))
    words = re.findall(r"[a-záéíóúñ'-]+", text)
    if words and re.fullmatch(_GENDER_WORDS, words[-1]) and len(words) <= 2:
        out.append(PsgWarning("gender_only", GENDER_ONLY))
    return out
