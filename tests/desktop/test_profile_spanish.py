"""Every label the profile editor builds from its specs has Spanish (issue 18 item 3).

The texts come from ``desktop.profile_logic.editor_texts``, which walks the sections, the
repeating groups and the fact catalogue: a fact or column another change adds is checked here
with no list to update. The Spanish is read from the generated ``locale/reliefdesk_es.ts``
(context "Field", the one ``tr_field`` asks), so a new label fails until
``locale/translate_es.py`` has its Spanish and has been run.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QLineEdit, QTableWidget, QWidget

from casefile.store import CaseStore
from desktop.data_text import FACT_ID
from desktop.i18n import LOCALE_DIR, TRANSLATIONS, TsTranslator
from desktop.profile_logic import FieldInvalid, FieldSpec, editor_texts, parse_value
from facts.catalogue import load_catalogue

KINDS = ("section", "client", "group", "answer", "choice", "tooltip", "error")


@pytest.fixture(scope="module")
def spanish() -> dict[str, str]:
    messages = TsTranslator(LOCALE_DIR / "reliefdesk_es.ts").messages
    return {src: es for (ctx, src), es in messages.items() if ctx == "Field"}


def test_the_walk_names_every_kind_of_label() -> None:
    texts = editor_texts()
    assert set(texts) == set(KINDS)
    # the walk reaches the groups' columns, the client's fields and the catalogue's answers
    assert "Notario" in texts["group"] and "A-number" in texts["client"]
    assert any("I-589 Part B.1" in t for t in texts["answer"])
    answers = {f.description for f in load_catalogue() if f.storage == "answer"}
    assert answers <= set(texts["answer"]), "answer facts no section lists are checked too"


@pytest.mark.parametrize("kind", KINDS)
def test_every_profile_label_has_spanish(kind: str, spanish: dict[str, str]) -> None:
    missing = [t for t in editor_texts()[kind] if t not in spanish]
    assert not missing, (
        f"{len(missing)} {kind} label(s) of the profile editor have no Spanish: add them to "
        "locale/translate_es.py and run it:\n" + "\n".join(missing)
    )


def test_spanish_labels_show_no_internals(spanish: dict[str, str]) -> None:
    """A translated label is shown as written (tr_field cleans only English), so the Spanish
    itself must name no fact id, file of this program or shell command."""
    shown = {t for texts in editor_texts().values() for t in texts}
    leaks = [
        es
        for src, es in spanish.items()
        if src in shown and (FACT_ID.search(es) or ".md" in es or ".yaml" in es or "python" in es)
    ]
    assert not leaks, "\n".join(leaks)


def test_the_editor_shows_the_spanish(qapp: Any) -> None:
    """Through the real translator and tr_field: an answer label, a column, a choice word."""
    from desktop.profile_editor import tr_field

    assert TRANSLATIONS.set_language("es")
    assert tr_field("Counsel claims religion in I-589 Part B.1 (attorney decision)") == (
        "El abogado alega la religión en la Parte B.1 del I-589 (decisión del abogado)"
    )
    assert tr_field("Women of the client's nationality") == (
        "Mujeres de la nacionalidad del cliente"
    )
    assert TRANSLATIONS.set_language("en")
    assert tr_field("Women of the client's nationality") == "Women of the client's nationality"


@pytest.mark.parametrize(
    ("spec", "typed"),
    [
        (FieldSpec("a_number", "A-number", "text"), "12"),
        (FieldSpec("d", "Date", "date"), "1850-01-01"),
        (FieldSpec("d", "Date", "date"), "March third"),
        (FieldSpec("b", "Yes/no", "bool"), "maybe"),
        (FieldSpec("n", "Number", "int"), "two"),
        (FieldSpec("ssn", "SSN", "text"), "12-34"),
    ],
)
def test_every_refusal_the_editor_can_show_is_walked(spec: FieldSpec, typed: str) -> None:
    """parse_value's reasons are the walk's "error" texts, so each has Spanish."""
    with pytest.raises(FieldInvalid) as exc:
        parse_value(spec, typed)
    assert exc.value.reason in editor_texts()["error"]


def _shown_texts(editor: QWidget) -> list[str]:
    """Every text a widget of the editor displays or shows on hover."""
    out: list[str] = []
    for w in editor.findChildren(QWidget):
        out.append(w.toolTip())
        if isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTableWidget):
            headers = (w.horizontalHeaderItem(i) for i in range(w.columnCount()))
            out += [h.text() for h in headers if h is not None]
    out += [editor.sections.item(i).text() for i in range(editor.sections.count())]
    return [t for t in out if t]


@pytest.fixture
def demo_editor(qtbot: Any, tmp_path: Path) -> Iterator[Callable[[str], list[str]]]:
    """Builds the real editor on the demo client in a language; gives the texts it shows."""
    from desktop.profile_editor import ProfileEditor

    store = CaseStore.create(tmp_path / "store", "correct horse battery staple")

    def shown(lang: str) -> list[str]:
        assert TRANSLATIONS.set_language(lang)
        editor = ProfileEditor(store.add_demo_client(), store.save)
        qtbot.addWidget(editor)
        return _shown_texts(editor)

    yield shown
    store.lock()


def test_the_editor_in_spanish_shows_no_english_label(
    demo_editor: Callable[[str], list[str]], spanish: dict[str, str]
) -> None:
    """No label, column, choice, tooltip or placeholder of the Spanish editor is an English
    text whose Spanish differs."""
    shown = demo_editor("es")
    english = {t for texts in editor_texts().values() for t in texts}
    left = sorted({t for t in shown if t in english and spanish.get(t, t) != t})
    assert not left, "shown in English in the Spanish editor:\n" + "\n".join(left)
    assert "AAAA-MM-DD" in shown and "Interview answers" not in shown


def test_the_editor_in_english_shows_no_stored_codes_or_files(
    demo_editor: Callable[[str], list[str]],
) -> None:
    """Descriptions that list stored codes ("safe_mailing, foreign or last_abroad") are shown
    in words; developer references ("DOMAIN.md") are dropped."""
    shown = demo_editor("en")
    leaks = sorted({t for t in shown if re.search(r"\b[a-z]+_[a-z_]+\b|\.md\b|\.yaml\b", t)})
    assert not leaks, "\n".join(leaks)
    kinds = "Kind of address: physical, mailing, safe mailing, foreign or last address abroad"
    assert kinds in shown
