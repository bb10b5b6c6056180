"""A lint over rendered drafts: text that no attorney would sign as written (issue 17).

``lint_text(text)`` returns findings for raw codes (``document_confiscation``), "a" before a vowel
sound, doubled words and full stops, capitalised articles mid-sentence ("by A man"), empty list
introductions ("were: ."), stray spaces before punctuation and unbalanced quotes. Highlighted
placeholders (``[[...]]``) are skipped: they are for the attorney. ``lint_draft(docx)`` lints a DOCX
body up to the attorney review notes (which quote rule ids on purpose). Reads nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from clauses.wording import wording_table
from templates.docxtext import docx_text


@dataclass(frozen=True)
class Finding:
    rule: str
    excerpt: str
    line: str

    def __str__(self) -> str:
        return f"{self.rule}: {self.excerpt!r} in {self.line[:120]!r}"


_PLACEHOLDER = re.compile(r"\[\[.*?\]\]")
#: Words after "a" that start with a vowel letter but a consonant sound (and "U visa").
_A_OK = re.compile(r"(?i)^(u\b|u-|uni|use|usu|uti|one|once|eu|ewe|uk\b|ura)")
_SPACES = re.compile(r"\S {2,}\S")
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("raw code", re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")),
    ("doubled word", re.compile(r"(?i)\b([a-z]+)\s+\1\b")),
    ("article capitalised mid-sentence", re.compile(r"\b[a-z]+,? (?:A|An|The) (?=[a-z])")),
    ("empty list introduction", re.compile(r":\s*[.;,]")),
    ("space before punctuation", re.compile(r"\w \s*[,.;:](?!\w)")),
    # "the name Lucy P.." - an abbreviation's full stop doubled by the sentence's
    ("doubled full stop", re.compile(r"(?<!\.)\.\.(?!\.)")),
)


def _a_before_vowel(line: str) -> list[Finding]:
    out = []
    for m in re.finditer(r"(?<![\w/])([Aa]) ([A-Za-z][\w'-]*)", line):
        word = m.group(2)
        if word[0].lower() in "aeiou" and not _A_OK.match(word):
            out.append(Finding('"a" before a vowel', m.group(0), line))
    for m in re.finditer(r"\b([Aa]n) ([a-z][\w'-]*)", line):
        word = m.group(2)
        if word[0] not in "aeiouh":
            out.append(Finding('"an" before a consonant', m.group(0), line))
    return out


def _quotes(line: str) -> list[Finding]:
    out = []
    if line.count('"') % 2:
        out.append(Finding("unbalanced quotes", '"', line))
    if line.count("“") != line.count("”"):
        out.append(Finding("unbalanced quotes", "“”", line))
    return out


@cache
def _coded_after_label() -> re.Pattern[str]:
    """'My response: complied.' - a coded value printed raw after a label."""
    codes = {
        code
        for langs in wording_table().values()
        for code, w in langs.get("en", {}).items()
        if (w if isinstance(w, str) else w.get("_")) != code
    }
    alternatives = "|".join(sorted((re.escape(c) for c in codes), key=len, reverse=True))
    return re.compile(rf":\s+(?:{alternatives})(?=\s*(?:[.;,]|$))")


def lint_text(text: str) -> list[Finding]:
    """Findings for each line of ``text`` (placeholders removed first)."""
    findings: list[Finding] = []
    for raw in text.splitlines():
        line = _PLACEHOLDER.sub("\u25af", raw)  # a placeholder stands for a word
        if raw.startswith("(n) "):
            line = line[4:]
        if not line.strip():
            continue
        for rule, pattern in _RULES:
            findings += [Finding(rule, m.group(0), raw) for m in pattern.finditer(line)]
        if not line.startswith("|"):  # table rows are joined with spaces by docx_text
            findings += [Finding("doubled space", m.group(0), raw) for m in _SPACES.finditer(line)]
        findings += [
            Finding("raw code", m.group(0), raw) for m in _coded_after_label().finditer(line)
        ]
        findings += _a_before_vowel(line)
        findings += _quotes(line)
    return findings


def lint_draft(data: bytes) -> list[Finding]:
    """Lint a rendered DOCX's body and headers, stopping at the attorney review notes."""
    text = docx_text(data, headers=False)
    text = text.split("# Attorney review notes")[0]
    text = text.split("# ATTORNEY NOTES")[0]
    return lint_text(text)


__all__ = ["Finding", "lint_draft", "lint_text"]
