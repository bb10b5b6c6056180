"""A detached, in-memory snapshot of one client's whole profile.

Everything above casefile (facts, eligibility, forms, templates, packets) reads a ``Profile``;
none of them touches a database session. Storage turns a Profile into rows and back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from casefile.models import GROUPS, Answer, AnswerStatus, Client, _Child


@dataclass
class Profile:
    client: Client
    groups: dict[str, list[_Child]] = field(default_factory=dict)
    answers: dict[str, Answer] = field(default_factory=dict)
    #: The stored version this profile was loaded at (None: never loaded or saved here), and
    #: a snapshot of its stored values; ``CaseStore.save`` writes only what differs from the
    #: snapshot and refuses (``StaleProfile``) if the stored version moved on meanwhile.
    version: int | None = field(default=None, compare=False, repr=False)
    baseline: Any = field(default=None, compare=False, repr=False)

    def adopt(self, other: Profile) -> None:
        """Take over ``other``'s contents in place (windows holding this object see them)."""
        self.client = other.client
        self.groups = other.groups
        self.answers = other.answers
        self.version = other.version
        self.baseline = other.baseline

    def rows(self, group: str) -> list[_Child]:
        if group not in GROUPS:
            raise KeyError(f"unknown repeating group '{group}'")
        return sorted(self.groups.get(group, []), key=lambda r: r.position)

    def add(self, group: str, **values: Any) -> _Child:
        """Append a row to a repeating group (used by the demo, imports and tests)."""
        table = GROUPS[group]
        existing = self.groups.setdefault(group, [])
        row = table(client_id=self.client.id, position=len(existing), **values)
        existing.append(row)
        return row

    def set_answer(
        self,
        fact: str,
        value: Any = None,
        status: AnswerStatus = AnswerStatus.ANSWERED,
        *,
        question_id: str | None = None,
        note: str | None = None,
    ) -> Answer:
        if status is not AnswerStatus.ANSWERED:
            value = None  # an unknown fact never keeps a stale value
        ans = self.answers.get(fact)
        if ans is None:
            ans = Answer(client_id=self.client.id, fact=fact)
            self.answers[fact] = ans
        ans.value = value
        ans.status = status.value
        ans.question_id = question_id
        ans.note = note
        return ans

    @property
    def display_name(self) -> str:
        c = self.client
        parts = [p for p in (c.given_name, c.family_name) if p]
        return " ".join(parts) or "(unnamed client)"
