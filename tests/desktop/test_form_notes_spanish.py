"""A filled form's notes (forms.fill), a draft's pronoun note (templates.render) and an added
form's notes (forms.registry), which the documents screen shows with a draft packet (its details
and a document's tooltip) or when an official form is added (issue 18 item 4): each names the
form item by its place, the facts by their descriptions and the relief by its name; in Spanish
no English sentence text is left, and in either language no internals show (PDF field names,
fact ids, relief ids, group paths). Fictional clients only."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from casefile.demo import demo_profile
from casefile.profile import Profile
from desktop.data_text import data_tr
from desktop.i18n import TRANSLATIONS
from facts import FactView
from forms import fill
from tests.forms.clients import family_client, unicode_client

from .conftest import data_in_spanish, message_boxes
from .test_fact_words import fact_like
from .test_screen_texts import INTERNALS, english_sentence

pytestmark = [pytest.mark.filterwarnings("ignore::UserWarning:pikepdf.*")]

TODAY = dt.date(2026, 11, 29)

#: a PDF field name or a relief id, besides the fact ids INTERNALS and fact_like find
RAW = re.compile(r"form1\[|#subform|\b(?:t_visa|u_visa|asylum_psg|continued_presence)\b")


def _view(p: Profile) -> FactView:
    return FactView(p, today=TODAY)


def _form_notes() -> dict[str, str]:
    """Each kind of note, from a fictional client that produces it."""
    notes: dict[str, str] = {}

    def one(what: str, form_id: str, p: Profile, relief: str, piece: str) -> None:
        found = [w for w in fill(form_id, _view(p), relief=relief).warnings if piece in w]
        assert found, f"no {what} note"
        notes[what] = found[0]

    one("format refused", "i-589", family_client(), "asylum_psg", "left blank")
    one("no value for the relief", "i-765", demo_profile(), "continued_presence", "by hand")
    not_a_state = demo_profile()
    for address in not_a_state.rows("addresses"):
        address.state = "ZZ"
    one("not a choice", "i-765", not_a_state, "t_visa", "not one of the choices")
    no_box = demo_profile()
    no_box.client.sex = "X"
    one("no box", "i-765", no_box, "t_visa", "has no box for")
    one("closest spelling", "i-912", unicode_client(), "t_visa", "closest spelling")
    # the demo client has no children: the I-589's count of them is asked, in the line
    # packets.providers writes with the form's missing answers
    from forms import plan

    report = plan("i-589", _view(demo_profile()), relief="asylum_psg").report
    found = [f"1 answer(s) missing: {m.question}" for m in report.missing if "rows (" in m.question]
    assert found, report.missing
    notes["no rows"] = found[0]
    return notes


def _pronoun_note() -> str:
    from templates import render

    p = demo_profile()
    p.client.sex, p.client.pronouns = "M", "he/him"  # the demo's notes say "her", "she"
    warnings = render("cp_request_letter", _view(p)).warnings
    found = [w for w in warnings if w.startswith("Pronouns in")]
    assert found, warnings
    return found[0]


def _added_form_notes(tmp_path: Path, shared_forms: Path) -> list[str]:
    """A filled I-765 (the fictional demo client's) added after its printed expiry date."""
    from forms import add_official_form

    filled = tmp_path / "I-765.pdf"  # the user's own copy, named as they saved it
    filled.write_bytes(fill("i-765", _view(demo_profile()), relief="t_visa").pdf)
    added = add_official_form(filled, forms_dir=tmp_path / "forms", today=dt.date(2099, 1, 1))
    assert len(added.warnings) == 2, added.warnings
    return added.warnings


def _internals(text: str) -> list[str]:
    text = re.sub(r"https://\S+", " ", text)  # uscis.gov's address, which the notes give
    found = [m.group(0) for p in INTERNALS if (m := p.search(text))]
    found += [m.group(0) for m in RAW.finditer(text)]
    return found + fact_like(text.replace("additional-information", ""))


#: what the Spanish says for each kind of note (besides what stays as written)
SPANISH = {
    "format refused": "(Su número A, si lo tiene): un número A tiene 8 o 9 dígitos; se recibió "
    "'0987654321'; se dejó en blanco",
    "no value for the relief": "en una solicitud de Presencia Continuada; complételo a mano.",
    "not a choice": "Página 2, Parte 2, punto 5.e: 'ZZ' no es una de las opciones",
    "no box": "Página 2, Parte 2, punto 10: el formulario no tiene casilla para 'X'",
    "closest spelling": "el valor guardado conserva el original: Página 1, Parte 2, punto 2",
    "pronouns": 'Los pronombres de la nota "',
    "expired edition": "que ya pasó",
    "filled copy": "I-765.pdf ya contiene respuestas",
    "no rows": "No hay registros en Familiares (hijo/a). Agréguelos al perfil",
}


def test_form_and_draft_notes_in_spanish(qtbot: Any, tmp_path: Path, shared_forms: Path) -> None:
    english = _form_notes()
    english["pronouns"] = _pronoun_note()
    expired, filled = _added_form_notes(tmp_path, shared_forms)
    english["expired edition"], english["filled copy"] = expired, filled
    spanish = dict(zip(english, data_in_spanish(list(english.values())), strict=True))
    failures: list[str] = []
    for what, en in english.items():
        es = spanish[what]
        failures += [f"internal {t!r} in the English {what} note: {en!r}" for t in _internals(en)]
        failures += [f"internal {t!r} in the Spanish {what} note: {es!r}" for t in _internals(es)]
        if es == en or english_sentence(es) is not None:
            failures.append(f"English on a Spanish screen ({what}): {es!r}")
        if SPANISH[what] not in es:
            failures.append(f"the {what} note does not say {SPANISH[what]!r}: {es!r}")
    assert not failures, "\n".join(failures)
    # the English screen shows the same words (no ids crept back in through the screen)
    for en in english.values():
        assert data_tr(en) == en, en


def test_added_form_notes_show_in_the_screens_language(
    qtbot: Any, demo: Any, tmp_path: Path, shared_forms: Path
) -> None:
    """The documents screen's message after adding an official form passes its notes through
    the same translation as the packet's."""
    from desktop.documents_view import DocumentsView
    from desktop.options import Options
    from forms import AddedForm
    from forms.registry import get_form

    notes = _added_form_notes(tmp_path, shared_forms)
    view = DocumentsView(demo, Options(tmp_path / "data", tmp_path / "config"), today=TODAY)
    qtbot.addWidget(view)
    added = AddedForm(get_form("i-765"), "08/21/25", tmp_path / "x.pdf", "filled", notes)
    try:
        TRANSLATIONS.set_language("es")
        view._form_added(added)
        text = message_boxes()[0].text()
    finally:
        TRANSLATIONS.set_language("en")
        for box in message_boxes():
            box.close()
    assert "ya contiene respuestas" in text and "que ya pasó" in text, text
    assert "already holds answers" not in text, text
