"""Spanish interface: switching at runtime changes the visible labels of the main window,
the interview controls and the assessment view, and switching back restores English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from desktop.app import DesktopApp
from desktop.i18n import LOCALE_DIR, TsTranslator


def test_compiled_translation_matches_the_source() -> None:
    ts = LOCALE_DIR / "reliefdesk_es.ts"
    qm = LOCALE_DIR / "reliefdesk_es.qm"
    assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime - 5
    tr = TsTranslator(ts)
    assert tr.translate("MainWindow", "Quick exit") == "Salida rápida"
    assert tr.translate("InterviewView", "&Skip") == "&Omitir"


def test_switch_language_at_runtime(qtbot: Any, tmp_path: Path) -> None:
    app = DesktopApp(demo=True, config_dir=tmp_path / "config")
    app.start()
    w = app.window
    ws = w.workspace
    interview, assessment = ws.interview, ws.assessment
    assert w.quick_exit_button.text() == "Quick exit"
    assert interview.skip_button.text() == "&Skip"

    w.language.setCurrentIndex(w.language.findData("es"))  # what the user does
    qtbot.waitUntil(lambda: w.quick_exit_button.text() == "Salida rápida", timeout=3000)
    assert w.clients_action.text() == "Clientes"
    assert ws.tabText(1) == "&Entrevista"
    assert interview.skip_button.text() == "&Omitir"
    assert interview.later_button.text() == "Preguntar &después"
    assert interview.decline_button.text() == "Prefiere no d&ecirlo"
    header = assessment.elements.headerItem()
    assert [header.text(i) for i in range(4)] == ["Elemento", "Estado", "Motivo", "Cita legal"]
    assert "Visa T" in assessment.reliefs.item(0).text()
    assert ws.editor.sections.item(0).text() == "Identidad"
    assert ws.editor.binding("family_name").label.text() == "Apellidos"
    w.show_clients()
    assert w.clients.title.text() == "Clientes"
    assert app.options.get("language") == "es"

    w.language.setCurrentIndex(w.language.findData("en"))
    qtbot.waitUntil(lambda: w.quick_exit_button.text() == "Quick exit", timeout=3000)
    assert w.clients.title.text() == "Clients"


def test_qt_buttons_and_left_out_documents_in_spanish(qtbot: Any) -> None:
    """Qt's standard buttons (Cancel, Show Details…) follow the language, and the draft
    packet's list of left-out documents names them in Spanish."""
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from desktop.documents_view import left_out_line
    from desktop.i18n import TRANSLATIONS
    from packets.plan import PlannedDocument
    from packets.providers import PartStatus

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    doc = PlannedDocument(
        key="cover", entry_id="cover", title="Cover letter", kind="draft",
        source="rendered draft", status=PartStatus.MISSING_FACTS,
    )  # fmt: skip
    assert left_out_line(doc) == "• Cover letter: Missing facts"
    try:
        TRANSLATIONS.set_language("es")
        QApplication.processEvents()
        assert cancel.text().replace("&", "") == "Cancelar"
        assert left_out_line(doc) == "• Carta de presentación: Faltan datos"
    finally:
        TRANSLATIONS.set_language("en")
    QApplication.processEvents()
    assert cancel.text().replace("&", "") == "Cancel"


def test_missing_detail_labels_in_spanish(qtbot: Any) -> None:
    """The documents screen's review lines name a missing counsel detail in Spanish (the label
    the counsel page uses), and a rule text still in its own context."""
    from desktop.data_text import label_tr
    from desktop.i18n import TRANSLATIONS

    label = "Name of counsel's law firm or organization, if any"
    assert label_tr(label) == label
    try:
        TRANSLATIONS.set_language("es")
        assert label_tr(label) == "Nombre del bufete o la organización del abogado, si lo hay"
        assert label_tr("Cover letter") == "Carta de presentación"
        assert label_tr("Not a label anywhere") == "Not a label anywhere"
    finally:
        TRANSLATIONS.set_language("en")


def test_every_form_item_fact_in_spanish(qtbot: Any) -> None:
    """A form item the documents screen asks for (a derived fact of facts/derived_*forms.py) is
    named in Spanish, alone or in a "N answer(s) missing" list where its own "; " does not cut
    it in pieces."""
    from desktop.data_text import data_tr, label_tr, screen_text
    from desktop.i18n import TRANSLATIONS
    from facts.derived import DERIVED

    descs = [
        d.fact.description for d in DERIVED.values() if d.compute.__module__.endswith("_forms")
    ]
    several = [d for d in descs if "; " in d][:3]
    assert len(descs) >= 29 and len(several) == 3
    listed = "3 answer(s) missing: " + "; ".join(several)
    try:
        TRANSLATIONS.set_language("es")
        shown = {d: label_tr(d) for d in descs}
        in_list = data_tr(listed)
    finally:
        TRANSLATIONS.set_language("en")
    untranslated = [d for d, text in shown.items() if text == screen_text(d)]
    assert not untranslated, untranslated
    assert in_list == "Faltan 3 respuesta(s): " + "; ".join(shown[d] for d in several)


def test_citation_notes_in_spanish(qtbot: Any) -> None:
    """A note in words after a citation is said in Spanish; the citation stays as written."""
    from desktop.data_text import cite_tr
    from desktop.i18n import TRANSLATIONS

    cite = (
        "INA 101(a)(15)(U)(iii) (the list of qualifying crimes, including stalking and fraud in "
        "foreign labor contracting)"
    )
    assert cite_tr(cite) == cite
    try:
        TRANSLATIONS.set_language("es")
        assert cite_tr(cite).startswith("INA 101(a)(15)(U)(iii) (la lista de actividades")
        assert cite_tr("8 CFR 214.14(c)(2)(i)") == "8 CFR 214.14(c)(2)(i)"
        assert cite_tr("Cece v. Holder, 733 F.3d 662 (7th Cir. 2013) (en banc)").endswith(
            "(en banc)"
        )
        vacatur = cite_tr("The state statute in vacatur_states.yaml, e.g. NY CPL 440.10(1)(i)")
        assert vacatur == "La ley de anulación del estado, p. ej., NY CPL 440.10(1)(i)"
    finally:
        TRANSLATIONS.set_language("en")


def test_every_narrative_topic_in_spanish(qtbot: Any) -> None:
    """A declaration topic still waiting for the client's account ("The client's account:
    <topic>" in the documents screen's review list) names the topic in Spanish: every topic of
    the clause library, not only the demo client's."""
    from clauses import load_library
    from desktop.data_text import label_tr
    from desktop.i18n import TRANSLATIONS
    from templates.render import narrative_topic

    topics = [narrative_topic(c) for c in load_library() if c.narrative is not None]
    assert "How I was recruited and brought there" in topics
    items = {topic: f"The client's account: {topic}" for topic in topics}
    try:
        TRANSLATIONS.set_language("es")
        shown = {topic: label_tr(item) for topic, item in items.items()}
    finally:
        TRANSLATIONS.set_language("en")
    untranslated = [t for t, text in shown.items() if t in text or not text.startswith("El relato")]
    assert not untranslated, untranslated
    assert shown["How I was recruited and brought there"] == (
        "El relato del cliente: Cómo me reclutaron y me llevaron allí"
    )


def test_documents_tooltips_in_spanish(qtbot: Any) -> None:
    """The documents screen's tooltips (copies to send, a form value not yet reviewed, the
    drafts' warnings) and the assessment's screening-result tooltip read in Spanish, the
    citations and the form's own values kept as written."""
    from desktop.data_text import data_tr
    from desktop.i18n import TRANSLATIONS
    from eligibility.assess import OUTCOME_LABELS
    from packets.plan import Copies, copies_text

    i589 = Copies(
        count=1,
        authority=[
            "Form I-589 instructions, required documents and number of copies (earlier "
            "editions: the original and one copy of the completed I-589) (VERIFY against the "
            "current edition)"
        ],
        verify_status="VERIFY",
        last_reviewed=dt.date(2026, 1, 1),
    )
    copies = (
        f"Form I-589, Application for Asylum and for Withholding of Removal: {copies_text(i589)}"
    )
    form = (
        "Page 2, Part 3, Item 1.a: the value 'USCIS' for the T visa is marked VERIFY (8 CFR "
        "292.4(a) (notice of appearance on Form G-28)); an attorney must confirm it."
    )
    stale = "The New York vacatur row is stale: check it before filing."
    boilerplate = (
        "12% of the clause words are default text, not the client's facts: adjudicators notice "
        "identical declarations. Rewrite in the client's words."
    )
    assert data_tr(copies) == copies  # English stays as the plan writes it
    try:
        TRANSLATIONS.set_language("es")
        assert data_tr(copies) == (
            "Formulario I-589 (Application for Asylum and for Withholding of Removal): envíe el "
            "original y 1 copia (Instrucciones del Formulario I-589, documentos requeridos y "
            "número de copias (ediciones anteriores: el original y una copia del I-589 "
            "completado) (VERIFY con la edición vigente))."
        )
        assert data_tr(form) == (
            "Página 2, Parte 3, punto 1.a: el valor 'USCIS' en la solicitud de Visa T está "
            'marcado "VERIFY" (8 CFR 292.4(a) (comparecencia como representante en el '
            "Formulario G-28)); un abogado debe confirmarlo."
        )
        assert data_tr(stale) == (
            'Los datos de anulación de New York están marcados "sin revisar": revíselos antes '
            "de presentar."
        )
        assert data_tr(boilerplate).startswith("El 12 % de las palabras de las cláusulas")
        for label in OUTCOME_LABELS.values():
            assert data_tr(label).startswith("Resultado preliminar para revisión del abogado: ")
    finally:
        TRANSLATIONS.set_language("en")


def test_the_interview_help_line_follows_the_interface_language(qtbot: Any, tmp_path: Path) -> None:
    """The help line is for the attorney: it follows the interface, not the client's prompts."""
    app = DesktopApp(demo=True, config_dir=tmp_path / "config")
    app.start()
    w = app.window
    interview = w.workspace.interview
    if interview.card.currentWidget() is interview.opening_page:
        interview.start_interview()
    q = interview.ctl.question
    assert q is not None and interview.help.text() == q.help
    w.language.setCurrentIndex(w.language.findData("es"))
    qtbot.waitUntil(lambda: interview.help.text() == q.help_es, timeout=3000)
    assert q.help_es != q.help
    w.language.setCurrentIndex(w.language.findData("en"))
    qtbot.waitUntil(lambda: interview.help.text() == q.help, timeout=3000)


def test_a_missing_group_is_named_by_its_section(qtbot: Any) -> None:
    """A repeating group a form needs ("family[]") is named in the documents screen's review
    list by the profile's section title, in the screen's language, not by its bare name."""
    from desktop.data_text import label_tr
    from desktop.documents_logic import _fact_label
    from desktop.i18n import TRANSLATIONS

    assert _fact_label("family[]") == "Family members"
    try:
        TRANSLATIONS.set_language("es")
        assert label_tr(_fact_label("family[]")) == "Familiares"
    finally:
        TRANSLATIONS.set_language("en")


def test_every_form_answer_the_documents_screen_may_ask_for_in_spanish(qtbot: Any) -> None:
    """Whatever a form map reads, the documents screen names it in Spanish when it is missing
    (for any client, not only the demo's)."""
    from desktop.data_text import label_tr, screen_text
    from desktop.documents_logic import _fact_label
    from desktop.i18n import TRANSLATIONS
    from facts.catalogue import load_catalogue
    from forms.maps import load_map, map_files

    catalogue = load_catalogue()
    names = {f for name in map_files() for entry in load_map(name).entries for f in entry.facts()}
    labels = {_fact_label(n) for n in names if n in catalogue or n.endswith("[]")}
    try:
        TRANSLATIONS.set_language("es")
        english = sorted(label for label in labels if label_tr(label) == screen_text(label))
    finally:
        TRANSLATIONS.set_language("en")
    assert len(labels) > 100 and not english, english
