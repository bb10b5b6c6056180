"""Typed errors of the fact catalogue."""

from __future__ import annotations

from casefile.errors import ReliefDeskError


class FactsError(ReliefDeskError):
    pass


class UnknownFact(FactsError):
    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"'{name}' is not a fact in the catalogue (facts/).")


class CatalogueError(FactsError):
    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")
