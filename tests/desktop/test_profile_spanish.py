"""Every label the profile editor builds from its specs has Spanish (issue 18 item 3).

The texts come from ``desktop.profile_logic.editor_texts``, which walks the sections, the
repeating groups and the fact catalogue: a fact or column another change adds is checked here
with no list to update. The Spanish is read from the generated ``locale/reliefdesk_es.ts``
(context "Field", the one ``tr_field`` asks), so a new label fails until
``locale/translate_es.py`` has its Spanish and has been run.
"""

from __future__ import annotations

from typing import Any

import pytest

from desktop.data_text import FACT_ID
from desktop.i18n import LOCALE_DIR, TRANSLATIONS, TsTranslator
from desktop.profile_logic import editor_texts
from facts.catalogue import load_catalogue

KINDS = ("section", "client", "group", "answer", "choice", "tooltip")


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
