"""The documents screen's review lines that carry a file name or a date (issue 18 item 1): an
expired law-enforcement certification, an obsolete or unreadable form edition, a supplied form
of the wrong kind, a changed or refused exhibit file, an exhibit file not in the profile. The
demo client has none of them, so the screen walk (test_screen_texts.py) never sees them: here
fictional profiles and exhibit folders produce each one, and its Spanish must carry no English
sentence text and no internals."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casefile.demo import demo_profile
from casefile.profile import Profile
from desktop.data_text import data_tr, label_tr
from desktop.documents_logic import doc_row
from desktop.i18n import TRANSLATIONS
from facts import FactView
from packets.plan import FilingPlan, PlanOptions, plan
from tests.packets.fakes import fake_providers
from tests.packets.pdfkit import make_pdf

from .test_screen_texts import INTERNALS, english_sentence

pytestmark = [pytest.mark.filterwarnings("ignore::UserWarning:pikepdf.*")]

TODAY = dt.date(2026, 11, 29)

#: a piece of each line the plans below must produce (so a changed English text cannot slip
#: past the check unseen)
EXPECTED = {
    "expired certification": "the certification was signed on 2026-01-15, more than 6 months",
    "certification deadline": "signed 2026-10-01; file by 2027-04-01",
    "obsolete edition": "g-28.pdf is the obsolete edition 05/05/16",
    "wrong form": "g-28.pdf is form I-765, not Form G-28",
    "unreadable edition": "the edition of g-28.pdf could not be read",
    "changed exhibit": "the file has changed since it was attached",
    "refused path": "the file path '../outside.pdf' is refused",
    "unrecorded exhibit": "loose-notes.pdf is in the exhibits folder but not recorded",
    "no certification": "draft the request with 'I-918 Supplement B request letter'",
}


def _cert(profile: Profile, signed: dt.date) -> Profile:
    profile.add(
        "certifications",
        form="I-918B",
        agency="Example County District Attorney",
        status="signed",
        signed_date=signed,
    )
    return profile


def _plans(tmp_path: Path, shared_forms: Path) -> Iterator[FilingPlan]:
    """Fictional clients and exhibit folders that produce every line of ``EXPECTED``."""
    # a certification signed more than 6 months before filing; a completed G-28 whose edition
    # cannot be read; an exhibit whose file changed, one whose path leaves the folder and a
    # file nobody recorded
    one = tmp_path / "one"
    one.mkdir()
    (one / "i-918b.pdf").write_bytes(make_pdf(2, "Signed certification"))
    (one / "g-28.pdf").write_bytes(make_pdf(2, "Hand-completed G-28"))
    (one / "police.pdf").write_bytes(make_pdf(1, "Police report"))
    (one / "loose-notes.pdf").write_bytes(make_pdf(1, "Notes"))
    profile = _cert(demo_profile(), dt.date(2026, 1, 15))
    profile.add(
        "exhibits",
        label="P",
        description="Police report",
        reliefs=["u_visa"],
        file_path="police.pdf",
        file_sha256="0" * 64,
    )
    profile.add(
        "exhibits", label="Q", description="Outside", reliefs=["u_visa"], file_path="../outside.pdf"
    )
    view = FactView(profile, today=TODAY)
    yield plan(view, "u_visa", exhibits_dir=one, providers=fake_providers())
    # a fresh certification: the date to file by; an obsolete G-28 edition
    two = tmp_path / "two"
    two.mkdir()
    (two / "i-918b.pdf").write_bytes(make_pdf(2, "Signed certification"))
    shutil.copy(shared_forms / "g-28_obsolete-ed-05-05-16.pdf", two / "g-28.pdf")
    view = FactView(_cert(demo_profile(), dt.date(2026, 10, 1)), today=TODAY)
    yield plan(view, "u_visa", exhibits_dir=two, providers=fake_providers())
    # another form (the I-765) supplied as the G-28
    three = tmp_path / "three"
    three.mkdir()
    shutil.copy(shared_forms / "i-765.pdf", three / "g-28.pdf")
    yield plan(FactView(demo_profile(), today=TODAY), "t_visa", exhibits_dir=three)
    # no certification recorded: the draft that asks for one
    yield plan(FactView(demo_profile(), today=TODAY), "u_visa", providers=fake_providers())


def _lines(plans: Iterator[FilingPlan]) -> list[tuple[str, str]]:
    """(English, Spanish) of each document's review lines and notes, as the documents screen
    composes them (desktop/documents_view.py _fill)."""
    english: list[tuple[str, list[str], list[str]]] = []
    for p in plans:
        for doc in p.documents:
            row = doc_row(doc)
            english.append((row.title, [m.label for m in row.missing], row.notes))
    out: list[tuple[str, str]] = []
    try:
        TRANSLATIONS.set_language("es")
        for title, labels, notes in english:
            shown = data_tr(title)
            out += [(f"{title}: {lab}", f"{shown}: {label_tr(lab)}") for lab in labels]
            out += [(n, data_tr(n)) for n in notes]
    finally:
        TRANSLATIONS.set_language("en")
    return out


def test_dated_and_file_review_lines_in_spanish(
    qtbot: Any, tmp_path: Path, shared_forms: Path
) -> None:
    lines = _lines(_plans(tmp_path, shared_forms))
    english = [en for en, _ in lines]
    for what, piece in EXPECTED.items():
        assert any(piece in en for en in english), f"no plan produced the {what} line"
    failures: list[str] = []
    for en, es in lines:
        if not any(piece in en for piece in EXPECTED.values()):
            continue
        if es == en or english_sentence(es) is not None:
            failures.append(f"English on a Spanish screen: {es!r}")
        failures += [f"internal {m.group(0)!r} in {es!r}" for p in INTERNALS if (m := p.search(es))]
    assert not failures, "\n".join(failures)
    # the dates, file names and citations stay as written
    spanish = "\n".join(es for _, es in lines)
    for kept in ("2026-01-15", "2027-04-01", "05/05/16", "'../outside.pdf'", "8 CFR 214.14"):
        assert kept in spanish, kept
    # a draft is named as the screen names it in Spanish (issue 18 item 2)
    assert "'Carta de solicitud del Suplemento B del I-918'" in spanish


def test_every_draft_name_in_spanish(qtbot: Any) -> None:
    """The drafts' names (templates.registry): a review line that names one says it in
    Spanish."""
    from templates.registry import DOCUMENTS

    try:
        TRANSLATIONS.set_language("es")
        missing = [d.title for d in DOCUMENTS.values() if data_tr(d.title) == d.title]
    finally:
        TRANSLATIONS.set_language("en")
    assert not missing, missing


def test_plan_warnings_in_spanish(qtbot: Any) -> None:
    """The plan's own warnings, listed when a draft packet is written: the relief by its name
    (never its id), the review date as written."""
    p = plan(FactView(demo_profile(), today=TODAY), "t_visa", providers=fake_providers(),
             options=PlanOptions(filing_date=dt.date(2031, 1, 1)))  # fmt: skip
    warnings = [w for w in p.warnings if " plan " in w]
    assert any("treat it as stale" in w for w in warnings), p.warnings
    try:
        TRANSLATIONS.set_language("es")
        spanish = [data_tr(w) for w in warnings]
    finally:
        TRANSLATIONS.set_language("en")
    for es in spanish:
        assert english_sentence(es) is None and "t_visa" not in es, es
    assert any("(Visa T)" in es and "desactualizado" in es for es in spanish), spanish
