"""forms: official USCIS PDFs + YAML field maps per edition -> filled PDF + continuation sheets.

Owns: the form registry, edition checks, field maps, filling and overflow. Reads facts.
Must not import templates, packets, desktop or Qt.

Public API (what packets and desktop use):
- ``fill(form_id, view, *, relief=None, derivative_row=None, pdf_path=None, forms_dir=None)``
  -> ``FilledForm`` (``.pdf`` bytes, ``.report``: filled / blank by design / missing facts /
  overflowed / transliterated / warnings / unmapped).
- ``plan(...)``: the same without writing a PDF (field -> value).
- ``flatten(pdf_bytes) -> bytes``: answers burned into the pages, for packet copies.
- ``forms_for_relief(relief) -> list[FormNeeded]``, ``get_form(id)``, ``all_forms()``.
- ``add_official_form(path, *, forms_dir=None, today=None) -> AddedForm``, ``identify_pdf``,
  ``pdf_state`` ('blank' | 'filled'), ``find_pdf``, ``user_forms_dir``.
- ``coverage(map, inventory)`` and ``validate_map(map, inventory, source=...)``.
"""

from forms.errors import (
    FieldMapError,
    FieldTooLong,
    FormEditionMismatch,
    FormFieldsMismatch,
    FormNotAvailable,
    FormNotRecognised,
    FormsError,
    OnStateError,
    UnknownForm,
)
from forms.fill import FilledForm, FillReport, MissingFact, OverflowItem, fill, flatten, plan
from forms.registry import (
    AddedForm,
    FormInfo,
    FormNeeded,
    add_official_form,
    all_forms,
    find_pdf,
    forms_for_relief,
    get_form,
    identify_pdf,
    pdf_state,
    user_forms_dir,
)

__all__ = [
    "AddedForm",
    "FieldMapError",
    "FieldTooLong",
    "FillReport",
    "FilledForm",
    "FormEditionMismatch",
    "FormFieldsMismatch",
    "FormInfo",
    "FormNeeded",
    "FormNotAvailable",
    "FormNotRecognised",
    "FormsError",
    "MissingFact",
    "OnStateError",
    "OverflowItem",
    "UnknownForm",
    "add_official_form",
    "all_forms",
    "fill",
    "find_pdf",
    "flatten",
    "forms_for_relief",
    "get_form",
    "identify_pdf",
    "pdf_state",
    "plan",
    "user_forms_dir",
]
