"""Typed errors of the case file, each with a message a user can act on."""

from __future__ import annotations

from pathlib import Path


class ReliefDeskError(Exception):
    """Base of every typed error in every package: ``str(exc)`` is the human message that the
    UI shows in a dialog and the CLI prints as one line. Subclasses carry what the user needs
    to act (the file, field or fact at fault) as attributes."""


class CasefileError(ReliefDeskError):
    """Errors of the case file."""


class WrongPassphrase(CasefileError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            "The passphrase does not open this case database. Check Caps Lock and the keyboard "
            "language, then try again. A lost passphrase cannot be recovered."
        )


class DatabaseCorrupt(CasefileError):
    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(
            f"The case database at {path} cannot be read ({reason}). Nothing was changed. "
            "Restore the latest backup from Settings > Backups."
        )


class ClientNotFound(CasefileError):
    def __init__(self, ref: str) -> None:
        self.ref = ref
        super().__init__(f"No client matches '{ref}'. Check the name or A-number in the list.")


class BundleError(CasefileError):
    """An import bundle could not be read; the database is unchanged."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(
            f"The import file {path} could not be used: {reason}. Nothing was imported or changed."
        )


class ValidationError(CasefileError):
    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(f"{field}: {reason}")
