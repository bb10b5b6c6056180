"""The documents screen with the real packets service: plan statuses, the review list jumps
to the profile field, adding an official form, and cancelling a packet build."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop.documents_logic import Missing, doc_row, filing_address_text, load_plan
from desktop.documents_view import DocumentsView
from desktop.options import Options
from facts.catalogue import load_catalogue
from packets.plan import PlannedDocument
from packets.providers import PartStatus

from .conftest import message_boxes

pytestmark = [pytest.mark.filterwarnings("ignore::UserWarning:pikepdf.*")]


def _view(qtbot: Any, demo: Any, tmp_path: Path) -> DocumentsView:
    options = Options(tmp_path / "data", tmp_path / "config")
    view = DocumentsView(demo, options, today=dt.date(2026, 11, 29))
    qtbot.addWidget(view)
    view.show()
    op = view.refresh()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=30000)
    return view


def test_jump_target_comes_from_the_plans_missing_facts() -> None:
    """The review items take their field from ``missing_facts``, never from the problem text:
    here the text names another fact, and only the structured name decides the jump."""
    doc = PlannedDocument(
        key="i-765",
        entry_id="i-765",
        title="Form I-765",
        kind="form",
        source="filled form",
        status=PartStatus.MISSING_FACTS,
        problems=["1 answer(s) missing: Passport number"],
        missing_facts=("client.a_number", "arrests[].docket"),
    )
    row = doc_row(doc)
    assert row.status == "missing_facts"
    assert row.missing[0] == Missing("1 answer(s) missing: Passport number", None)
    assert row.missing[0].field is None
    jumps = [(m.fact, m.field) for m in row.missing[1:]]
    assert jumps == [("client.a_number", "a_number"), ("arrests[].docket", "arrests")]
    assert row.missing[1].label == load_catalogue()["client.a_number"].description
    assert not [m for m in row.missing if m.field == "passport_number"]


def test_removed_fact_is_a_jump_target(demo: Any) -> None:
    demo.client.date_of_birth = None
    rows = {r.title: r for r in load_plan(demo, "t_visa", today=dt.date(2026, 11, 29))}
    i765 = next(r for t, r in rows.items() if "I-765" in t)
    assert "date_of_birth" in [m.field for m in i765.missing]


def _evidence(rows: list[Any]) -> list[Missing]:
    """The plan's evidence entries (issue 24: one row per element's item), as review items."""
    return [m for r in rows if r.title.startswith("Evidence (") for m in r.missing]


def test_evidence_checklist_lines_have_and_missing(demo: Any) -> None:
    """Issue 17 item 6 with a fact pattern: the demo's birth certificate (Tab A) proves identity
    and age at the start; a psychological evaluation added as Tab B turns that line to have."""
    today = dt.date(2026, 11, 29)
    before = {m.label.split(" — ")[0]: m for m in _evidence(load_plan(demo, "t_visa", today=today))}
    identity = next(m for k, m in before.items() if k.startswith("Evidence: Identity document"))
    assert identity.label.endswith(" — have (Tab A)") and identity.field is None
    psych_key = (
        "Evidence: Psychological evaluation or therapist letter; medical records of the harm"
    )
    assert before[psych_key].label == psych_key + " — missing"
    assert before[psych_key].field == "exhibits"  # a missing item opens the exhibits
    # the demo was 16 when it began: the proof-of-age line is there, the LE-contact line is not
    assert any(k.startswith("Evidence: Proof of age") for k in before)
    assert not any(k.startswith("Evidence: Proof of contact with law enforcement") for k in before)
    demo.add(
        "exhibits",
        label="B",
        description="Psychological evaluation by a fictional clinician",
        reliefs=["t_visa"],
    )
    after = {m.label.split(" — ")[0]: m for m in _evidence(load_plan(demo, "t_visa", today=today))}
    assert after[psych_key].label == psych_key + " — have (Tab B)"
    # the U plan's worksheet lists the U items (the certification is missing here)
    u_lines = [m.label for m in _evidence(load_plan(demo, "u_visa", today=today))]
    assert any(
        t.startswith("Evidence: Form I-918 Supplement B") and t.endswith("— missing")
        for t in u_lines
    )


def test_plan_and_review_jump(qtbot: Any, demo: Any, tmp_path: Path) -> None:
    view = _view(qtbot, demo, tmp_path)
    statuses = {
        view.docs.topLevelItem(i).text(0): view.docs.topLevelItem(i).text(1)
        for i in range(view.docs.topLevelItemCount())
    }
    assert statuses["Exhibit index"] == "Ready"
    assert statuses["Exhibit A — Birth certificate, with certified translation"] == "Missing file"
    jumps: list[str] = []
    view.jump_to_field.connect(jumps.append)
    rows = [view.review.item(i) for i in range(view.review.count())]
    target = next(r for r in rows if r.text().endswith("USCIS online account number"))
    view._review_activated(target)  # what a double-click does
    assert jumps == ["uscis_account_number"]
    assert target.data(Qt.ItemDataRole.UserRole) == "uscis_account_number"
    assert target.foreground().color().name() == "#0b57d0"  # shown as a link
    evidence = [r.text() for r in rows if "Evidence: " in r.text()]
    assert any(t.endswith("— have (Tab A)") for t in evidence)
    assert any(t.endswith("— missing") for t in evidence)
    plain = next(r for r in rows if "no file attached" in r.text())
    assert plain.data(Qt.ItemDataRole.UserRole) == ""
    view._review_activated(plain)
    assert jumps == ["uscis_account_number"]  # a plain problem opens nothing


def test_add_official_form(qtbot: Any, demo: Any, tmp_path: Path, shared_forms: Path) -> None:
    view = _view(qtbot, demo, tmp_path)
    op = view.add_official_form_file(shared_forms / "i-765.pdf")
    qtbot.waitUntil(lambda: op.finished, timeout=30000)
    text = message_boxes()[0].text()
    assert "I-765" in text and "was added" in text
    assert list((tmp_path / "data" / "forms").glob("i-765*.pdf"))
    message_boxes()[0].close()
    not_a_form = tmp_path / "letter.pdf"
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(not_a_form))
    c.drawString(72, 720, "A fictional letter, not a USCIS form")
    c.save()
    op = view.add_official_form_file(not_a_form)
    qtbot.waitUntil(lambda: op.finished and bool(message_boxes()), timeout=30000)
    msg = message_boxes()[0].text()
    assert "letter.pdf" in msg and "Traceback" not in msg


def test_cancel_generation_leaves_nothing(qtbot: Any, demo: Any, tmp_path: Path) -> None:
    view = _view(qtbot, demo, tmp_path)
    out = tmp_path / "out"
    view.set_output_folder(str(out))
    op = view.generate_packet()
    assert op is not None
    op.cancel()  # the Cancel button of the progress dialog
    qtbot.waitUntil(lambda: op.finished, timeout=60000)
    assert op.was_cancelled
    assert view.status.text() == "Cancelled. Nothing was written."
    assert not (out / "packet-t_visa.pdf").exists()
    assert not message_boxes()


def test_filing_address_text_follows_the_relief_and_proceedings(demo: Any) -> None:
    """Issue 24 item 4: the screen's address comes from packets' dated data."""
    today = dt.date(2026, 12, 3)
    t = filing_address_text(demo, "t_visa", today=today)
    assert t is not None and "Attn: I-914" in t.address and t.verify
    assert "I-914" in t.authority and t.last_reviewed == "2026-12-03"
    demo.client.in_removal_proceedings = True
    court = filing_address_text(demo, "asylum_psg", today=today)
    assert court is not None and court.address.startswith("The immigration court")
    assert "1208.4" in court.authority
    vacatur = filing_address_text(demo, "vacatur", today=today)  # the conviction's court
    assert vacatur is not None and vacatur.address.startswith("Queens County Criminal Court")
    assert "N.Y. CPL 440.10(1)" in vacatur.authority and vacatur.verify
    # each source on its own, so the screen translates one holding "; " whole
    assert vacatur.sources == ("N.Y. CPL 440.10(1)", "L. 2021, ch. 629")
    assert "; ".join(vacatur.sources) == vacatur.authority


def test_documents_screen_shows_the_filing_address(qtbot: Any, demo: Any, tmp_path: Path) -> None:
    view = _view(qtbot, demo, tmp_path)
    view.relief.setCurrentIndex(view.relief.findData("u_visa"))
    text = view.address.text()
    assert text.startswith("File at: USCIS Vermont Service Center, Attn: I-918, 38 River Road")
    assert "last reviewed 2026-12-03. Check it before mailing (VERIFY)." in text
    assert not view.address.isHidden()
    view.relief.setCurrentIndex(view.relief.findData("vacatur"))
    assert view.address.text().startswith("File at: Queens County Criminal Court, New York\n")
    assert "Check it before filing (VERIFY)." in view.address.text()
    assert view.court.isHidden()  # one court: nothing to choose
    qtbot.waitUntil(lambda: view.plan_op is not None and view.plan_op.finished, timeout=30000)
    # a document's notes (here how many copies to send) are its row's tooltip
    view.relief.setCurrentIndex(view.relief.findData("asylum_psg"))
    qtbot.waitUntil(lambda: view.plan_op is not None and view.plan_op.finished, timeout=30000)
    items = [view.docs.topLevelItem(i) for i in range(view.docs.topLevelItemCount())]
    i589 = next(i for i in items if i.text(0).startswith("Form I-589, Application"))
    assert "Send the original and 1 copy (Form I-589 instructions" in i589.toolTip(0)


def test_vacatur_records_in_two_courts_choose_the_court(
    qtbot: Any, demo: Any, tmp_path: Path
) -> None:
    """Issue 24 item 11: each court gets its own papers; the screen lets the attorney choose
    the court, and the plan, the address and the packet's file follow it."""
    first = demo.rows("arrests")[0]
    columns = ("arrest_date", "offense", "statute", "offense_category", "disposition",
               "disposition_date", "trafficking_related")  # fmt: skip
    demo.add(
        "arrests",
        **{c: getattr(first, c) for c in columns},
        state="NY",
        county="Kings",
        court="Criminal Court",
        docket="CR-KINGS-FICT-1",
    )
    view = _view(qtbot, demo, tmp_path)
    view.relief.setCurrentIndex(view.relief.findData("vacatur"))
    qtbot.waitUntil(lambda: view.plan_op is not None and view.plan_op.finished, timeout=30000)
    assert not view.court.isHidden() and view.court.count() == 2
    assert view.address.text().startswith("File at: Queens County Criminal Court")
    view.court.setCurrentIndex(view.court.findData("ny-kings-criminal-court"))
    qtbot.waitUntil(lambda: view.plan_op is not None and view.plan_op.finished, timeout=30000)
    assert view.address.text().startswith("File at: Criminal Court, Kings County, New York")
    assert "START Act" in view.address.text()  # the joint-motion note, with two courts
    out = tmp_path / "out"
    view.set_output_folder(str(out))
    op = view.generate_packet()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=120000)
    packet = out / "packet-vacatur-ny-kings-criminal-court.pdf"
    assert view.packet_path == packet and packet.exists()
    text = " ".join(page.extract_text() for page in PdfReader(packet).pages)
    assert "CR-KINGS-FICT-1" in text and "CR-000000-22QN" not in text


def test_revisit_reuses_the_snapshot_and_the_list_until_the_profile_changes(
    qtbot: Any, demo: Any, tmp_path: Path
) -> None:
    """Issue 18 (screen to screen): a revisit with nothing changed neither copies the profile
    again nor plans again nor rebuilds the document list; an edit, or an exhibit file
    appearing on disk, plans again."""
    view = _view(qtbot, demo, tmp_path)
    first_copy, first_item = view._copied, view.docs.topLevelItem(0)
    assert view.refresh() is None  # nothing changed: no new plan
    assert view._copied is first_copy
    assert view.docs.topLevelItem(0) is first_item  # the list was left as it was
    before = view.docs.topLevelItemCount()
    scan = tmp_path / "birth-certificate.pdf"  # fictional; not there yet
    demo.rows("exhibits")[0].file_path = str(scan)
    op = view.refresh()
    assert op is not None  # the profile changed: planned again
    qtbot.waitUntil(lambda: op.finished, timeout=30000)
    assert view.refresh() is None
    scan.write_bytes(b"%PDF-1.4 fictional")  # the file appears on disk
    op = view.refresh()
    assert op is not None  # a file changed: planned again
    qtbot.waitUntil(lambda: op.finished, timeout=30000)
    demo.client.given_name = "Lucía María"  # fictional
    op = view.refresh()
    assert op is not None
    qtbot.waitUntil(lambda: op.finished, timeout=30000)
    assert view._copied is not first_copy and view._copied.client.given_name == "Lucía María"
    assert view.docs.topLevelItemCount() == before  # same documents, refilled


def test_open_draft_menu_names_the_drafts(
    qtbot: Any, demo: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The "Open DOCX draft" menu lists each draft by its document's name, in the screen's
    language, never by its file name (which is the action's tooltip); an action opens its own
    file."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import TRANSLATIONS
    from facts import FactView
    from packets.service import build_packet
    from tests.packets.fakes import fake_providers

    view = _view(qtbot, demo, tmp_path)
    result = build_packet(
        FactView(demo, today=dt.date(2026, 11, 29)),
        "t_visa",
        tmp_path / "packet-t_visa.pdf",
        providers=fake_providers(derivative_list=[]),
    )
    view._built(result)
    for box in message_boxes():  # the DRAFT packet's notice
        box.close()
    actions = view.drafts_menu.actions()
    assert len(actions) == len(result.drafts) > 1
    names = [a.text() for a in actions]
    assert "Personal declaration of the applicant" in names, names
    assert "Evidence checklist (attorney worksheet, not filed)" in names, names
    assert all(not n.endswith(".docx") for n in names), names
    assert sorted(a.toolTip() for a in actions) == sorted(p.name for p in result.drafts)
    declaration = actions[names.index("Personal declaration of the applicant")]
    assert declaration.toolTip() == "personal-declaration-of-the-applicant.docx"
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    declaration.trigger()
    assert [Path(u.toLocalFile()).name for u in opened] == [declaration.toolTip()]
    try:
        TRANSLATIONS.set_language("es")
        QApplication.processEvents()  # the LanguageChange event renames the actions
        spanish = [a.text() for a in view.drafts_menu.actions()]
    finally:
        TRANSLATIONS.set_language("en")
        QApplication.processEvents()
    assert "Declaración personal del solicitante" in spanish, spanish
    assert "Lista de pruebas (hoja de trabajo del abogado, no se presenta)" in spanish, spanish
    assert all(s not in names for s in spanish), spanish
    assert [a.text() for a in view.drafts_menu.actions()] == names  # and back in English
