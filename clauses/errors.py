"""Typed errors of the clause library and the state vacatur table."""

from __future__ import annotations

from casefile.errors import ReliefDeskError


class ClausesError(ReliefDeskError):
    """Errors of the clause library."""


class ClauseError(ClausesError):
    """A clause file or one clause in it is invalid or cannot be rendered."""

    def __init__(
        self, file: str, clause_id: str | None, reason: str, *, line: int | None = None
    ) -> None:
        self.file = file
        self.clause_id = clause_id
        self.reason = reason
        self.line = line
        at = f"{file}:{line}" if line is not None else file
        where = f"{at}, clause '{clause_id}'" if clause_id else at
        super().__init__(
            f"{where}: {reason}. Fix the clause file (it is data, not code) and try again."
        )


class StateTableError(ClausesError):
    """The state vacatur table is invalid, or a state is not in it."""

    def __init__(self, file: str, state: str | None, reason: str) -> None:
        self.file = file
        self.state = state
        self.reason = reason
        where = f"{file}, state '{state}'" if state else file
        super().__init__(f"{where}: {reason}")


class ConditionError(ClausesError):
    """A condition tree names an unknown fact or operator."""

    def __init__(self, where: str, reason: str) -> None:
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: invalid condition: {reason}")
