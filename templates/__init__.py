"""templates: docxtpl DOCX templates (declarations, letters, motions) and the renderer.

Owns: template sources (``templates/build_templates.py``), the built .docx files
(``templates/docx/``, package data), the document registry, render() and DOCX -> PDF conversion.
Reads facts, eligibility and clauses. Must not import forms, packets, desktop or Qt.

Public API::

    DOCUMENTS[id] -> DocumentSpec(id, title, reliefs, template, needs_wet_signature, kind, filed)
    documents_for(relief, view) -> [document ids]   (adds the translation certificate if needed)
    render(document_id, view, *, options=RenderOptions(...)) -> DocxDraft
    docx_to_pdf(docx_bytes, *, timeout=120) -> pdf bytes   (ConverterUnavailable if no soffice)
"""

from templates.convert import converter_available, docx_to_pdf
from templates.errors import (
    ClauseError,
    ConversionFailed,
    ConverterUnavailable,
    TemplateFieldMissing,
    TemplatesError,
    UnknownDocument,
    VacaturStateUnknown,
)
from templates.registry import DOCUMENTS, DocumentSpec, documents_for
from templates.render import (
    ClauseUse,
    Counsel,
    DocxDraft,
    MissingItem,
    RenderOptions,
    Translator,
    render,
)

__all__ = [
    "DOCUMENTS",
    "ClauseError",
    "ClauseUse",
    "ConversionFailed",
    "ConverterUnavailable",
    "Counsel",
    "DocumentSpec",
    "DocxDraft",
    "MissingItem",
    "RenderOptions",
    "TemplateFieldMissing",
    "TemplatesError",
    "Translator",
    "UnknownDocument",
    "VacaturStateUnknown",
    "converter_available",
    "documents_for",
    "docx_to_pdf",
    "render",
]
