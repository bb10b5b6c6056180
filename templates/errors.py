"""Typed errors of the templates package; each ``str()`` says what happened and what to do."""

from __future__ import annotations

from casefile.errors import ReliefDeskError
from clauses.errors import ClauseError, StateTableError


class TemplatesError(ReliefDeskError):
    """Errors of DOCX templates, rendering and conversion."""


class TemplateFieldMissing(TemplatesError):
    """A template asks for a variable the renderer does not provide."""

    def __init__(self, template: str, variable: str) -> None:
        self.template = template
        self.variable = variable
        super().__init__(
            f"Template {template} asks for '{variable}', which is not a fact in the catalogue "
            "nor a name the renderer provides. Rebuild the templates "
            "(templates/build_templates.py) or fix the variable name."
        )


class UnknownDocument(TemplatesError):
    def __init__(self, document_id: str, known: list[str]) -> None:
        self.document_id = document_id
        super().__init__(
            f"There is no document called '{document_id}'. Choose one of: {', '.join(known)}."
        )


class TemplateFileMissing(TemplatesError):
    def __init__(self, document_id: str, path: str) -> None:
        self.document_id = document_id
        self.path = path
        super().__init__(
            f"The template file {path} for '{document_id}' is missing from the installation. "
            "Rebuild it with templates/build_templates.py or reinstall ReliefDesk."
        )


class VacaturStateUnknown(TemplatesError):
    def __init__(self, document_id: str) -> None:
        self.document_id = document_id
        super().__init__(
            f"'{document_id}' needs the state whose court entered the conviction, and none is "
            "recorded (arrests[].state). Enter it in the criminal history or pass --state."
        )


class ConverterUnavailable(TemplatesError):
    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(
            f"Cannot convert DOCX to PDF: {reason}. Install LibreOffice (package "
            "libreoffice-writer) or supply a PDF you made yourself."
        )


class ConversionFailed(TemplatesError):
    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(
            f"LibreOffice could not convert the document to PDF ({reason}). Open the DOCX in a "
            "word processor to check it, or export the PDF by hand."
        )


__all__ = [
    "ClauseError",
    "ConversionFailed",
    "ConverterUnavailable",
    "StateTableError",
    "TemplateFieldMissing",
    "TemplateFileMissing",
    "TemplatesError",
    "UnknownDocument",
    "VacaturStateUnknown",
]


class DraftWriteError(TemplatesError):
    """A draft (DOCX or PDF) could not be written; nothing at ``path`` was changed."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(
            f"The draft could not be written to {path} ({reason}). Any earlier file there is "
            "unchanged. Free some disk space, close any program that has the file open (Word?), "
            "or choose another folder."
        )
