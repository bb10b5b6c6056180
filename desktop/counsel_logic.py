"""The counsel and organisation settings (issue 15 item 2, issue 18 item 1), without Qt: the
values the page edits, read from and saved to the store's counsel table, which every client
reads as the ``representative.*`` facts (a client's own answer overrides them)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from casefile.models import COUNSEL_FIELDS, Counsel

#: Yes/no details (check boxes) and the one date; every other detail is text.
FLAGS = ("is_attorney", "is_accredited_representative")
DATES = ("accreditation_expires",)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class CounselSettings:
    """The office's counsel details as the page shows them (text, or bool for the flags)."""

    def __init__(self, store: Any) -> None:
        self.store = store
        from desktop.demo_store import DemoStore

        #: The demo store keeps no counsel table: the page shows but cannot save.
        self.available = store is not None and not isinstance(store, DemoStore)
        counsel = store.load_counsel() if self.available else Counsel()
        self.values: dict[str, Any] = {n: _shown(n, getattr(counsel, n)) for n in COUNSEL_FIELDS}

    def problems(self) -> list[str]:
        """What stops a save (empty: it can save)."""
        return counsel_problems(self.values)

    def save(self) -> list[str]:
        """Store the details (when they have no problem); returns the problems."""
        problems = self.problems()
        if problems or not self.available:
            return problems
        stored = {n: self._stored(n) for n in COUNSEL_FIELDS}
        self.store.save_counsel(Counsel(**stored))
        return []

    def _stored(self, name: str) -> Any:
        value = self.values.get(name)
        if name in FLAGS:
            return bool(value) if value is not None else None
        if name in DATES:
            parsed = _date(value)
            return parsed or None
        return str(value or "").strip() or None


def _shown(name: str, value: Any) -> Any:
    if name in FLAGS:
        return bool(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value or ""


def _date(value: Any) -> dt.date | bool | None:
    """The date typed (None: empty; False: not a date)."""
    text = str(value or "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return False


def counsel_problems(values: dict[str, Any]) -> list[str]:
    """What stops a save of counsel details, as codes the page words ("email", "date")."""
    out: list[str] = []
    email = str(values.get("email") or "").strip()
    if email and not _EMAIL.match(email):
        out.append("email")
    if any(_date(values.get(name)) is False for name in DATES):
        out.append("date")
    return out


AnswerState = tuple[Any, str] | None


class ClientCounsel:
    """One client's attorney of record (issue 18 item 1): the office's counsel unless the
    client's profile names another. The override is stored as the client's own answers to
    every ``representative.*`` fact, an empty detail as an answered blank, so nothing of the
    office's (a fax number, an EOIR ID) leaks into another attorney's G-28."""

    available = True  # saved with the profile, so always (the demo profile too: not stored)

    def __init__(self, session: Any) -> None:
        self.session = session
        office = session.profile.counsel
        self.office = {n: _shown(n, office.get(_fact(n))) for n in COUNSEL_FIELDS}
        own = {n: session.answer_state(_fact(n)) for n in COUNSEL_FIELDS}
        self.override = any(state is not None for state in own.values())
        self.values: dict[str, Any] = {
            n: _shown(n, own[n][0]) if own[n] is not None else self.office[n]
            for n in COUNSEL_FIELDS
        }

    def problems(self) -> list[str]:
        return counsel_problems(self.values) if self.override else []

    def changes(self) -> dict[str, tuple[AnswerState, AnswerState]]:
        """fact -> (stored state, state to store), only for the facts that change; applied
        by the editor as undoable answer edits. Without an override every answer goes."""
        out: dict[str, tuple[AnswerState, AnswerState]] = {}
        for name in COUNSEL_FIELDS:
            old = self.session.answer_state(_fact(name))
            new: AnswerState = None
            if self.override:
                new = (_answer_value(name, self.values.get(name)), "answered")
            if new != old:
                out[_fact(name)] = (old, new)
        return out


def _fact(name: str) -> str:
    return f"representative.{name}"


def _answer_value(name: str, value: Any) -> Any:
    """The stored form of a detail: answers are JSON, so a date is its ISO text."""
    if name in FLAGS:
        return bool(value)
    if name in DATES:
        parsed = _date(value)
        return parsed.isoformat() if isinstance(parsed, dt.date) else None
    return str(value or "").strip() or None
