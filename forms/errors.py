"""Typed errors of the forms package; ``str()`` is the human message the UI and CLI show."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from casefile.errors import ReliefDeskError


def first_few(items: Sequence[str], limit: int) -> str:
    """``items`` joined by commas, cut after ``limit`` with " and N more": a message names
    enough to act on without burying its advice under a long list."""
    shown = ", ".join(items[:limit])
    return f"{shown} and {len(items) - limit} more" if len(items) > limit else shown


class FormsError(ReliefDeskError):
    """Base of every forms error."""


class UnknownForm(FormsError):
    def __init__(self, form: str, known: Sequence[str]) -> None:
        self.form = form
        self.known = tuple(known)
        super().__init__(
            f"'{form}' is not a form ReliefDesk knows. Known forms: {', '.join(self.known)}."
        )


class FormNotRecognised(FormsError):
    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(
            f"{path} was not recognised as an official USCIS form ({reason}). Download the PDF "
            "again from uscis.gov and add it without opening and re-saving it in another program."
        )


class FormEditionMismatch(FormsError):
    def __init__(
        self, form: str, found: str, supported: Sequence[str], path: Path | str | None = None
    ) -> None:
        self.form = form
        self.found = found
        self.supported = tuple(supported)
        self.path = path
        where = f" ({path})" if path else ""
        if self.supported:
            super().__init__(
                f"This {form}{where} is edition {found}, but ReliefDesk can fill only edition "
                f"{', '.join(self.supported)}. Download the current edition from uscis.gov; if "
                "USCIS has issued a newer edition, ReliefDesk needs an updated field map first."
            )
        else:
            super().__init__(
                f"This {form}{where} is edition {found}. ReliefDesk has no field map for any "
                f"edition of {form} (supported editions: none), so it cannot fill it: complete "
                "the current edition from uscis.gov by hand."
            )


class FormNotAvailable(FormsError):
    def __init__(self, form: str, url: str, folder: Path | str | None) -> None:
        self.form = form
        self.url = url
        self.folder = folder
        from casefile.version import command

        where = f" (it is kept in {folder})" if folder else ""
        super().__init__(
            f"The official {form} PDF is not on this computer: ReliefDesk may not bundle it. "
            f"Download it from {url}, then add it with '{command('forms add FILE')}' or "
            f"'Add official form' in the app{where}."
        )


class FormFieldsMismatch(FormsError):
    """The PDF's fields differ from the field list the map was written against."""

    def __init__(self, form: str, path: Path | str, problems: Sequence[str]) -> None:
        self.form = form
        self.path = path
        self.problems = tuple(problems)
        shown = "; ".join(self.problems[:5])
        more = f" (and {len(self.problems) - 5} more)" if len(self.problems) > 5 else ""
        super().__init__(
            f"The fields of {path} do not match ReliefDesk's field list for {form}: {shown}{more}. "
            "It may be a different edition or a re-saved copy; download it again from uscis.gov."
        )


class FieldMapError(FormsError):
    def __init__(self, map_file: str, field: str, reason: str) -> None:
        self.map_file = map_file
        self.field = field
        self.reason = reason
        super().__init__(f"Field map {map_file}, field '{field}': {reason}")


class OnStateError(FormsError):
    def __init__(self, form: str, field: str, wanted: str, got: str) -> None:
        self.form = form
        self.field = field
        self.wanted = wanted
        self.got = got
        super().__init__(
            f"{form}: check box '{field}' was set to '{wanted}' but the PDF recorded '{got}'. "
            "The box's on-state differs from the field map; the form was not saved. "
            "Report this so the map can be corrected."
        )


class FieldTooLong(FormsError):
    """A value does not fit a field that cannot overflow (e.g. an A-number comb)."""

    def __init__(self, form: str, field: str, value_len: int, max_len: int) -> None:
        self.form = form
        self.field = field
        super().__init__(
            f"{form}: the value for '{field}' has {value_len} characters but the box holds "
            f"{max_len}. Check the value in the client profile."
        )


class FormWriteError(FormsError):
    """The filled form could not be written; nothing at ``path`` was changed."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(
            f"The filled form could not be written to {path} ({reason}). Any earlier file there "
            "is unchanged. Free some disk space, close any program that has the file open, or "
            "choose another folder."
        )
