"""Typed errors of the eligibility package; ``str()`` says what happened and what to do."""

from __future__ import annotations

from casefile.errors import ReliefDeskError


class EligibilityError(ReliefDeskError):
    """Errors of the eligibility package."""


class RuleFileError(EligibilityError):
    """A flow, rule or state-table YAML file is malformed or names something that does not
    exist. Carries the file and (when known) the line."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}. Fix the YAML file and run the tests again.")


class UnknownRelief(EligibilityError):
    def __init__(self, relief: str, known: list[str]) -> None:
        self.relief = relief
        super().__init__(
            f"'{relief}' is not a relief ReliefDesk screens for. Use one of: {', '.join(known)}."
        )


class InterviewError(EligibilityError):
    """The interview cannot do what was asked (e.g. an answer of the wrong type)."""

    def __init__(self, question_id: str, reason: str) -> None:
        self.question_id = question_id
        self.reason = reason
        super().__init__(f"Question '{question_id}': {reason}")
