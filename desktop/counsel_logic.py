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
        #: The demo store keeps no counsel table: the page shows but cannot save.
        self.available = hasattr(store, "load_counsel")
        counsel = store.load_counsel() if self.available else Counsel()
        self.values: dict[str, Any] = {n: _shown(n, getattr(counsel, n)) for n in COUNSEL_FIELDS}

    def problems(self) -> list[str]:
        """What stops a save, as codes the page words ("email", "date"; empty: it can save)."""
        out: list[str] = []
        email = str(self.values.get("email") or "").strip()
        if email and not _EMAIL.match(email):
            out.append("email")
        for name in DATES:
            if _date(self.values.get(name)) is False:
                out.append("date")
        return out

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
