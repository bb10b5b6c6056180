"""Letters that know the plan (issue 17): the cover letter lists what is enclosed, argues the
compliance exemption the facts support and asks for a bona fide determination; the Supp B request
cites the rule of its own form and says who signs; the CP letter goes through a federal agency."""

from __future__ import annotations

from facts import FactView
from templates import RenderOptions, render
from templates.docxtext import docx_text
from templates.render import Enclosure
from tests.templates.helpers import TODAY


def _text(document_id: str, profile, **options) -> str:  # type: ignore[no-untyped-def]
    draft = render(document_id, FactView(profile, today=TODAY), options=RenderOptions(**options))
    return docx_text(draft.data, headers=False)


def test_cover_letter_lists_what_the_packet_encloses(demo) -> None:
    items = (
        Enclosure("Form G-28, Notice of Entry of Appearance as Attorney", None, 2, 5),
        Enclosure("Form I-914, Application for T Nonimmigrant Status", None, 6, 20),
        Enclosure("Birth certificate, with certified translation", "A", 21, 23),
    )
    text = _text("uscis_cover_letter", demo, enclosures=items)
    assert "(n) Form G-28, Notice of Entry of Appearance as Attorney (pages 2–5)" in text
    assert "(n) Birth certificate, with certified translation (Tab A, pages 21–23)" in text
    index = text.split("# Document index")[1].split("# Exhibits")[0]
    assert index.index("Form G-28") < index.index("Form I-914") < index.index("Tab A")
    assert "if any" not in index and "if needed" not in index


def test_cover_letter_from_the_facts_names_derivatives_and_leaves_out_conditionals(demo) -> None:
    text = _text("uscis_cover_letter", demo)
    index = text.split("# Document index")[1].split("# Exhibits")[0]
    assert "Form I-914 Supplement A for Marta Vargas Ejemplo (mother)" in index
    assert "Form I-914 Supplement A for Tomás Ejemplo Vargas (brother)" in index
    assert "Supplement B" not in index  # requested, not signed
    assert "(if" not in index
    notes = text.split("Attorney review notes")[1]
    assert "Decide whether to enclose: Form I-192" in notes
    demo.rows("certifications")[0].status = "signed"
    signed = _text("uscis_cover_letter", demo)
    assert (
        "Form I-914 Supplement B, Declaration for Trafficking Victim, signed by Jordan Sample"
        in (signed)
    )


def test_t_cover_letter_argues_the_exemption_the_facts_support(demo) -> None:
    text = _text("uscis_cover_letter", demo)
    assert "16 years old when the trafficking began and is therefore exempt" in text
    assert "bona fide determination on this application under 8 CFR 214.205" in text
    assert "trauma exception applies" not in text
    demo.rows("episodes")[0].start_date = demo.client.date_of_birth.replace(year=2023)  # 19
    le = demo.rows("le_contacts")[0]
    le.client_response, le.trauma_related = "declined", True
    adult = _text("uscis_cover_letter", demo)
    assert "is therefore exempt" not in adult
    assert "the trauma exception applies (INA 101(a)(15)(T)(i)(III)(bb)" in adult
    assert "has complied with reasonable requests" not in adult


def test_supp_b_requests_cite_their_own_rule_and_signer(demo) -> None:
    t = _text("i914b_request_letter", demo)
    letter = t.split("Attorney review notes")[0]
    assert "signed by a supervising official" in letter and "8 CFR 214.204(e)" in letter
    assert "Form I-914 Supplement B, Declaration for Trafficking Victim —" in letter  # 2024 title
    assert "214.14" not in t  # the U rule is not the T rule
    u = _text("i918b_request_letter", demo)
    assert "8 CFR 214.14(a)(3)" in u and "214.204" not in u


def test_cp_letter_goes_through_a_federal_agency(demo) -> None:
    local = _text("cp_request_letter", demo).split("Attorney review notes")[0]
    assert "ask its federal partner in this investigation" in local
    assert "22 USC 7105(c)(3)(C)" in local
    demo.rows("le_contacts")[0].agency_level = "federal"
    federal = _text("cp_request_letter", demo).split("Attorney review notes")[0]
    assert "We ask your agency to apply for Continued Presence" in federal
    assert "federal partner" not in federal
