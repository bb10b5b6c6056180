"""Typed errors of the packet builder. ``str(exc)`` is the message the user sees."""

from __future__ import annotations

from pathlib import Path

from casefile.errors import ReliefDeskError


class PacketError(ReliefDeskError):
    """Errors of filing plans and packet assembly."""


class Cancelled(PacketError):
    """The user cancelled a long operation. Nothing partial was left behind."""

    def __init__(self, what: str = "The operation") -> None:
        self.what = what
        super().__init__(f"{what} was cancelled. Nothing was written.")


class ExhibitUnreadable(PacketError):
    """An exhibit (or other packet part) cannot be read. Nothing else was changed."""

    def __init__(self, exhibit: str, reason: str, *, path: Path | str | None = None) -> None:
        self.exhibit = exhibit
        self.reason = reason
        self.path = None if path is None else Path(path)
        where = f" ({self.path})" if self.path is not None else ""
        super().__init__(
            f"{exhibit}{where} cannot be used: {reason}. No packet was written; fix or replace "
            "this file (or leave it out) and build the packet again."
        )


class ExhibitPasswordRequired(ExhibitUnreadable):
    """The exhibit PDF is encrypted and the empty password does not open it."""

    def __init__(
        self, exhibit: str, *, path: Path | str | None = None, wrong_password: bool = False
    ) -> None:
        reason = (
            "the password given does not open this PDF"
            if wrong_password
            else "the PDF is protected by a password. Enter its password, or ask whoever sent "
            "it for an unprotected copy"
        )
        super().__init__(exhibit, reason, path=path)


class ConverterUnavailable(ExhibitUnreadable):
    """A DOCX part cannot be turned into PDF on this computer."""

    def __init__(self, exhibit: str, detail: str, *, path: Path | str | None = None) -> None:
        super().__init__(
            exhibit,
            f"Word files need LibreOffice to become PDF, and {detail}. Install LibreOffice, or "
            "save the document as PDF yourself and attach the PDF instead",
            path=path,
        )


class PlanDataError(PacketError):
    """A bundled plan YAML file is invalid (a developer error caught by the tests)."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"Filing-plan data {source} is invalid: {reason}")


class PlanUnavailable(PacketError):
    """There is no filing plan for this relief (or this state)."""

    def __init__(self, relief: str, reason: str) -> None:
        self.relief = relief
        self.reason = reason
        super().__init__(f"No filing plan for '{relief}': {reason}")


class UnknownVenue(PacketError):
    """The court asked for is not one where this client has vacatur records."""

    def __init__(self, key: str, known: list[str]) -> None:
        self.key = key
        self.known = known
        where = "; ".join(known) if known else "none: no record linked to the trafficking"
        super().__init__(
            f"This client has no vacatur records in the court '{key}'. The client's courts: "
            f"{where}."
        )


class PacketBlocked(PacketError):
    """The packet cannot be built because required parts are not ready."""

    def __init__(self, relief: str, problems: list[str]) -> None:
        self.relief = relief
        self.problems = problems
        listed = "; ".join(problems)
        super().__init__(
            f"The {relief} packet cannot be built yet: {listed}. Resolve these (or build a draft "
            "packet that leaves them out) and try again."
        )


class PacketWriteError(PacketError):
    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(
            f"The packet could not be written to {path}: {reason}. Choose another folder."
        )
