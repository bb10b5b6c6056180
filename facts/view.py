"""FactView: the read-only view of one Profile that everything above casefile reads.

``get(name)`` returns the value or ``UNKNOWN``; for ``group[].col`` it returns one value per row.
``rows(group)`` gives a ``RowView`` per row. ``status(name)`` says why an asked fact is unknown.
"Today" is injectable so deadlines and ages are testable.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from casefile.enums import AnswerStatus
from casefile.profile import Profile
from facts.catalogue import Catalogue, Fact, load_catalogue
from facts.errors import UnknownFact


class _Unknown:
    """The single 'no value' marker. Falsy, but compare with ``is UNKNOWN``."""

    _instance: _Unknown | None = None

    def __new__(cls) -> _Unknown:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN: Final = _Unknown()


def _present(value: Any) -> Any:
    if value is None or value == "" or value == []:
        return UNKNOWN
    return value


class RowView:
    """One row of a repeating group."""

    def __init__(self, view: FactView, group: str, index: int, row: Any) -> None:
        self.view = view
        self.group = group
        self.index = index
        self.row = row

    def get(self, column: str) -> Any:
        name = f"{self.group}[].{column}"
        fact = self.view.catalogue[name]
        if fact.storage == "derived":
            return self.view.derived_row(fact, self)
        return _present(getattr(self.row, column))

    def __repr__(self) -> str:
        return f"RowView({self.group}[{self.index}])"


class FactView:
    def __init__(
        self,
        profile: Profile,
        *,
        today: dt.date | None = None,
        catalogue: Catalogue | None = None,
    ) -> None:
        self.profile = profile
        self.today = today or dt.date.today()
        self.catalogue = catalogue or load_catalogue()

    # -- reading -----------------------------------------------------------------------
    def get(self, name: str) -> Any:
        fact = self.catalogue[name]
        if fact.storage == "derived":
            if fact.many:
                return [self.derived_row(fact, r) for r in self.rows(fact.group or "")]
            return self.derived(fact)
        if fact.storage == "answer":
            ans = self.profile.answers.get(name)
            if ans is None or ans.status != AnswerStatus.ANSWERED.value:
                # counsel details set once for the office stand in where the client has none
                return _present(self.profile.counsel.get(name))
            if fact.type == "date" and isinstance(ans.value, str):
                try:  # answers are stored as JSON: dates come back as ISO strings
                    return dt.date.fromisoformat(ans.value)
                except ValueError:
                    return UNKNOWN
            return _present(ans.value)
        if fact.type == "group":
            return self.rows(fact.group or "")
        if fact.group == "client":
            return _present(getattr(self.profile.client, fact.column or ""))
        return [r.get(fact.column or "") for r in self.rows(fact.group or "")]

    def known(self, name: str) -> bool:
        return self.get(name) is not UNKNOWN

    def status(self, name: str) -> AnswerStatus | None:
        """Why a fact is unknown (skipped / ask later / declined), or ANSWERED, or None."""
        if name not in self.catalogue:
            raise UnknownFact(name)
        ans = self.profile.answers.get(name)
        if ans is not None:
            return AnswerStatus(ans.status)
        return AnswerStatus.ANSWERED if self.known(name) else None

    def rows(self, group: str) -> list[RowView]:
        return [RowView(self, group, i, r) for i, r in enumerate(self.profile.rows(group))]

    # -- derived -----------------------------------------------------------------------
    def derived(self, fact: Fact) -> Any:
        from facts.derived import DERIVED

        return _present(DERIVED[fact.name].compute(self, None))

    def derived_row(self, fact: Fact, row: RowView) -> Any:
        from facts.derived import DERIVED

        return _present(DERIVED[fact.name].compute(self, row))
