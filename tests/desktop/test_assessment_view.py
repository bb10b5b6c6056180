"""The assessment screen shows each element's status, reason and citation, marks
unverified rules, shows the rule text with its last-reviewed date on click, and asks for the
questions that resolve unknowns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication

from casefile.models import AnswerStatus
from desktop.assessment_view import AssessmentView

from .fakes import fake_assess


def _view(
    qtbot: Any, profile: Any, assess: Callable[[Any, str], Any] | None = fake_assess
) -> AssessmentView:
    """The view shown on a fixed day, so deadline distances do not move; ``assess=None`` runs
    the real assessment instead of the fake."""
    view = AssessmentView(profile, today=dt.date(2026, 11, 29), assess=assess)
    qtbot.addWidget(view)
    view.show()
    return view


def test_elements_with_status_reason_and_cites(qtbot: Any, demo: Any) -> None:
    view = _view(qtbot, demo)
    assert view.reliefs.count() == 5
    view.select_relief("t_visa")
    assert view.outcome.text() == "T visa — screening result: needs more information"
    rows = [
        [view.elements.topLevelItem(i).text(c) for c in range(4)]
        for i in range(view.elements.topLevelItemCount())
    ]
    assert rows[0] == [
        "Severe form of trafficking",
        "Unknown",
        "Not asked yet",
        "INA §101(a)(15)(T)(i)(I)",
    ]
    assert rows[1][1] == "Met"
    assert rows[1][3] == "[VERIFY] 8 C.F.R. §214.207"  # unverified rule is marked
    # clicking an element shows the rule, its authority and last-reviewed date
    view.elements.setCurrentItem(view.elements.topLevelItem(1))
    text = view.rule.toPlainText()
    assert "Physical presence" in text
    assert "8 C.F.R. §214.207" in text
    assert "Last reviewed: 2026-11-01" in text
    assert "Unverified (VERIFY)" in text
    assert "Asylum one-year filing" in view.more.toPlainText()
    assert "passed 1295 days ago" in view.more.toPlainText()


def test_resolve_unknowns_asks_for_the_deciding_questions(qtbot: Any, demo: Any) -> None:
    view = _view(qtbot, demo)
    view.select_relief("u_visa")
    got: list[tuple[str, list[str]]] = []
    view.resolve_requested.connect(lambda relief, qs: got.append((relief, qs)))
    assert view.resolve_button.isEnabled()
    view.resolve_button.click()
    assert got == [("u_visa", ["q_fraud", "q_police"])]


def test_recalculates_from_the_current_profile(qtbot: Any, demo: Any) -> None:
    view = _view(qtbot, demo)
    demo.set_answer("fake.fraud", True, AnswerStatus.ANSWERED)
    view.refresh()
    view.select_relief("t_visa")
    assert view.elements.topLevelItem(0).text(1) == "Met"
    assert view.outcome.text() == "T visa — screening result: likely eligible"


def test_asylum_shows_each_psg_group_on_the_three_prongs(qtbot: Any) -> None:
    # Issue 14: the real assessment of a fact pattern with three candidate groups.
    from desktop.i18n import TRANSLATIONS
    from tests.eligibility.helpers import STRONG_ASYLUM, make_profile

    answers = {
        **STRONG_ASYLUM,
        "asylum.psg_candidate": "nationality_women",
        "asylum.psg_alternatives": ["reported_or_testified"],
        "asylum.psg_distinction_evidence": ["reported_or_testified"],
    }
    profile = make_profile(client={"federal_circuit": "9th"}, answers=answers)
    view = _view(qtbot, profile, assess=None)
    view.select_relief("asylum_psg")
    text = view.more.toPlainText()
    assert "Particular social group: each group on the three prongs" in text
    assert "[Nationality] women — Immutability: met; Particularity: not met" in text
    assert (
        "who escaped traffickers and reported or testified against them (strongest) — "
        "Immutability: met; Particularity: met; Social distinction: met" in text
    )
    assert "K-E-S-G-" in text and "Federal circuit — 9th" in text
    view.select_relief("t_visa")
    assert "Particular social group" not in view.more.toPlainText()
    try:
        TRANSLATIONS.set_language("es")
        view.select_relief("t_visa")
        view.select_relief("asylum_psg")
        es = view.more.toPlainText()
        assert "Mujeres [nacionalidad] — Inmutabilidad: cumplido; Particularidad: no cumplido" in es
        assert "(el más sólido)" in es and "Circuito federal — 9th" in es
        assert "Grupo social determinado: cada grupo según los tres requisitos" in es
    finally:
        TRANSLATIONS.set_language("en")


def test_recorded_choices_show_the_interview_words_not_their_values(qtbot: Any) -> None:
    """'Recorded in the interview' shows a choice as the words offered, in the screen's language
    (the value 're_trafficking' is an internal name)."""
    from desktop.data_text import indicator_tr
    from desktop.i18n import TRANSLATIONS

    recorded = "asylum.feared_harms = retaliation, re_trafficking: What the client fears on return"
    assert indicator_tr(recorded) == (
        "What the client fears on return — Revenge for getting away or speaking up, "
        "Being made to do the same thing again"
    )
    odd = "asylum.feared_harms = retaliation, something_else: What the client fears on return"
    assert indicator_tr(odd).endswith("— retaliation, something_else")  # not a choice: as is
    try:
        TRANSLATIONS.set_language("es")
        assert indicator_tr(recorded) == (
            "Qué teme el cliente si regresa — Venganza por escaparse o hablar, "
            "Que le obliguen a hacer lo mismo otra vez"
        )
    finally:
        TRANSLATIONS.set_language("en")


def test_deadline_distance_in_the_screen_language(qtbot: Any, demo: Any) -> None:
    from desktop.i18n import TRANSLATIONS

    view = _view(qtbot, demo)
    try:
        TRANSLATIONS.set_language("es")
        QApplication.processEvents()  # the LanguageChange event redraws the view
        es = view.more.toPlainText()
        assert "2022-05-14 (venció hace 1295 días)" in es
        assert "passed" not in es
    finally:
        TRANSLATIONS.set_language("en")


def test_document_names_in_spanish_keep_the_family_members_name(qtbot: Any) -> None:
    """The documents screen's names (data_tr of a plan title) have Spanish, also the ones a
    family member's name was written into."""
    from desktop.data_text import data_tr, plan_title_templates
    from desktop.i18n import TRANSLATIONS

    assert "Form I-914 Supplement A — {name}" in plan_title_templates()
    try:
        TRANSLATIONS.set_language("es")
        assert data_tr("Cover letter") == "Carta de presentación"
        assert data_tr("Form I-914 Supplement A — Marta Vargas Ejemplo") == (
            "Formulario I-914, Suplemento A — Marta Vargas Ejemplo"
        )
        assert data_tr("Passport-style photographs of Tomás Ejemplo (Supplement A)") == (
            "Fotografías tipo pasaporte de Tomás Ejemplo (Suplemento A)"
        )
        untranslated = [
            t
            for t in plan_title_templates()
            if data_tr(t.replace("{name}", "Ana Ejemplo")) == t.replace("{name}", "Ana Ejemplo")
        ]
        assert untranslated == []
    finally:
        TRANSLATIONS.set_language("en")
    assert data_tr("Form I-914 Supplement A — Marta Vargas Ejemplo") == (
        "Form I-914 Supplement A — Marta Vargas Ejemplo"
    )


def test_derivatives_say_who_and_whether_in_the_screen_language(qtbot: Any, demo: Any) -> None:
    """A derivative reads 'name (relationship): may qualify', never the codes 'parent' or
    'may_qualify', in English and in Spanish."""
    from desktop.i18n import TRANSLATIONS

    view = _view(qtbot, demo, assess=None)
    view.select_relief("t_visa")
    text = view.more.toPlainText()
    assert "Marta Vargas Ejemplo (Parent): may qualify" in text
    assert "(parent)" not in text and "may_qualify" not in text
    try:
        TRANSLATIONS.set_language("es")
        QApplication.processEvents()
        assert "Marta Vargas Ejemplo (Padre o madre): podría calificar" in view.more.toPlainText()
    finally:
        TRANSLATIONS.set_language("en")


def test_every_recorded_answer_of_the_demo_reads_in_spanish(qtbot: Any, demo: Any) -> None:
    """Walks every 'Recorded in the interview' line of the demo client's five reliefs: in
    Spanish none keeps the English description of what was recorded."""
    from desktop.assessment_logic import assess_profile
    from desktop.data_text import indicator_tr
    from desktop.i18n import TRANSLATIONS

    reliefs = ["t_visa", "u_visa", "asylum_psg", "continued_presence", "vacatur"]
    lines = [
        x
        for rv in assess_profile(demo, reliefs, today=dt.date(2026, 11, 29))
        for e in rv.elements
        for x in e.indicators
    ]
    assert len(lines) >= 10
    try:
        TRANSLATIONS.set_language("es")
        english = [x for x in lines if x.split(": ", 1)[-1] in indicator_tr(x)]
    finally:
        TRANSLATIONS.set_language("en")
    assert english == []


def test_unknown_reasons_name_each_fact_in_the_screen_language(qtbot: Any) -> None:
    """'Unknown until these are answered' lists what is missing in words (a repeating group by
    the profile's title, never 'cp_requests'), in Spanish where the profile has the Spanish."""
    from desktop.data_text import data_tr
    from desktop.i18n import TRANSLATIONS

    raw = (
        "Unknown until these are answered: asylum.persecutor_is_government (The people who "
        "harmed or threaten the client are officials or act for the government); "
        "cp_requests[] (cp_requests)"
    )
    assert data_tr(raw) == (
        "Unknown until these are answered: The people who harmed or threaten the client are "
        "officials or act for the government; Continued Presence requests"
    )
    try:
        TRANSLATIONS.set_language("es")
        es = data_tr(raw)
    finally:
        TRANSLATIONS.set_language("en")
    assert es.startswith(
        "Desconocido hasta que se responda: Las personas que dañaron o amenazan al cliente son "
        "funcionarios o actúan en nombre del gobierno; "
    )
    assert "cp_requests" not in es and "Continued Presence requests" not in es


def test_unknown_reason_is_said_from_its_fact_ids(qtbot: Any) -> None:
    """An unknown element's reason is built from the facts it names and the answers shown so
    far (by id), so descriptions with nested parentheses and derived facts are Spanish too."""
    from casefile.demo import demo_profile
    from desktop.assessment_logic import assess_profile
    from desktop.data_text import reason_tr
    from desktop.i18n import TRANSLATIONS

    (rv,) = assess_profile(demo_profile(), ["asylum_psg"])
    rows = [e for e in rv.elements if e.missing_facts or e.shown_facts]
    assert any(e.shown_facts for e in rows) and any(
        "asylum.psg_cognizable" in e.missing_facts for e in rows
    )
    english = {e.id: reason_tr(e.reason, e.missing_facts, e.shown_facts) for e in rows}
    try:
        TRANSLATIONS.set_language("es")
        spanish = {e.id: reason_tr(e.reason, e.missing_facts, e.shown_facts) for e in rows}
    finally:
        TRANSLATIONS.set_language("en")
    for e in rows:
        assert english[e.id].startswith("Unknown")
        assert spanish[e.id].startswith("Desconocido hasta que se responda: "), spanish[e.id]
        assert "asylum." not in english[e.id] + spanish[e.id]
        if e.shown_facts:
            assert "Shown so far: " in english[e.id]
            assert "Consta hasta ahora: " in spanish[e.id]
    psg = next(e for e in rows if "asylum.psg_cognizable" in e.missing_facts)
    assert "El grupo social determinado más sólido" in spanish[psg.id]
