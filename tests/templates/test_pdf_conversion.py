"""DOCX -> PDF through LibreOffice headless, checked with pdftotext.

This module FAILS (never skips) when LibreOffice is missing: ./test installs
libreoffice-writer, and a packet without PDFs of its drafts is not a packet.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from facts import FactView
from templates import ConverterUnavailable, RenderOptions, docx_to_pdf, render
from templates.convert import find_soffice
from tests.templates.helpers import TODAY, california_client, florida_client


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is missing")
    f = tmp_path / "x.pdf"
    f.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(f), "-"], capture_output=True, check=True, text=True
    ).stdout


def require_soffice() -> None:
    if find_soffice() is None:
        pytest.fail("LibreOffice (soffice) is not installed: install libreoffice-writer")


def test_t_declaration_pdf_leaves_no_scratch_files(
    demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_soffice()
    from casefile import osplatform

    if Path("/dev/shm").is_dir():  # RAM, not disk, where the OS has it
        assert osplatform.scratch_root({}, create=False).parent == Path("/dev/shm")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setenv("RELIEFDESK_SCRATCH", str(scratch))
    draft = render("t_declaration", FactView(demo, today=TODAY))
    pdf = docx_to_pdf(draft.data)
    assert list(scratch.iterdir()) == []  # the DOCX, PDF and LibreOffice profile are gone
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf, tmp_path)
    assert "DECLARATION OF Lucía Inés Ejemplo Vargas" in text
    assert "DRAFT — attorney work product" in text
    assert "Page 1 of" in text
    assert "[[CLIENT'S ACCOUNT NEEDED" in text  # the highlighted prompts survive conversion
    assert "\n1." in text or " 1. " in text  # numbered paragraphs survive conversion


def test_vacatur_motions_pdf_ny_ca_and_fl(demo, tmp_path: Path) -> None:
    require_soffice()
    ny = render("vacatur_notice_of_motion", FactView(demo, today=TODAY))
    text = pdf_text(docx_to_pdf(ny.data), tmp_path)
    assert "440.10(1)(i)" in text and "CR-000000-22QN" in text
    ca = render(
        "vacatur_proposed_order",
        FactView(california_client(), today=TODAY),
        options=RenderOptions(final=True),
    )
    text = pdf_text(docx_to_pdf(ca.data), tmp_path)
    assert "236.14" in text and "DRAFT" not in text
    fl = render("vacatur_notice_of_motion", FactView(florida_client(), today=TODAY))
    text = " ".join(pdf_text(docx_to_pdf(fl.data), tmp_path).split())
    assert "IN THE COUNTY COURT IN AND FOR MIAMI-DADE COUNTY, FLORIDA" in text
    assert "PETITION TO EXPUNGE CRIMINAL HISTORY RECORD" in text and "943.0583" in text


def test_missing_libreoffice_is_a_typed_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELIEFDESK_SOFFICE", "/nonexistent/soffice")
    with pytest.raises(ConverterUnavailable, match="libreoffice-writer"):
        docx_to_pdf(b"PK\x03\x04")


def test_cli_draft_with_pdf(tmp_path: Path) -> None:
    require_soffice()
    from main import main

    out = tmp_path / "motion.docx"
    argv = ["draft", "--client", "demo", "--document", "vacatur_notice_of_motion"]
    assert main([*argv, "--out", str(out), "--pdf", "--final"]) == 0
    text = pdf_text(out.with_suffix(".pdf").read_bytes(), tmp_path)
    assert "440.10(1)(i)" in text and "DRAFT" not in text


def test_ny_vacatur_set_converts_with_every_paper(demo, tmp_path: Path) -> None:
    """Issue 17: the New York set renders for the demo client, converts with LibreOffice, and
    holds every paper: notice, affirmation, affidavit (with the interpreter's affidavit),
    memorandum, proposed order and affirmation of service, each captioned in the right court."""
    require_soffice()
    view = FactView(demo, today=TODAY)
    papers = {
        "vacatur_notice_of_motion": "PLEASE TAKE NOTICE",
        "vacatur_affirmation": "under the penalties of perjury under the laws of New York",
        "vacatur_affidavit": "Affidavit of interpreter",
        "vacatur_memorandum": "Preliminary statement",
        "vacatur_proposed_order": "It is therefore ORDERED",
        "vacatur_affirmation_of_service": "I served the notice of motion",
    }
    for document_id, title in papers.items():
        text = " ".join(pdf_text(docx_to_pdf(render(document_id, view).data), tmp_path).split())
        assert "CRIMINAL COURT OF THE CITY OF NEW YORK, COUNTY OF QUEENS" in text, document_id
        assert title in text, document_id
        assert "099999001" not in text, document_id  # no A-number in a public filing


def test_several_drafts_convert_in_one_run_each_to_its_own_pdf(
    demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A packet's drafts go through one LibreOffice start (issue 15's T packet time): the
    PDFs come back in order, each the text of its own DOCX."""
    require_soffice()
    from templates import convert

    runs: list[int] = []
    real_popen = convert.subprocess.Popen

    def counting_popen(cmd: list[str], **kw: object) -> object:
        if "--convert-to" in cmd:  # LibreOffice, not pdftotext (the same Popen)
            runs.append(sum(str(c).endswith(".docx") for c in cmd))
        return real_popen(cmd, **kw)  # type: ignore[call-overload]

    monkeypatch.setattr(convert.subprocess, "Popen", counting_popen)
    view = FactView(demo, today=TODAY)
    ids = ("t_declaration", "uscis_cover_letter", "i914b_request_letter")
    pdfs = convert.docx_to_pdfs([render(d, view).data for d in ids])
    assert runs == [3]  # one start for three documents
    texts = [pdf_text(p, tmp_path) for p in pdfs]
    assert "DECLARATION OF Lucía Inés Ejemplo Vargas" in texts[0]
    assert "DECLARATION OF" not in texts[1] + texts[2]
    assert len(set(texts)) == 3  # three documents, not one three times
    assert convert.docx_to_pdfs([]) == [] and runs == [3]  # nothing to convert, no start
