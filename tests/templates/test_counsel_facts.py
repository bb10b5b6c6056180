"""Letters and court papers name counsel from the office's counsel details (issue 15 item 2):
the representative.* facts, which a client may override, and a --counsel-* value over both."""

from __future__ import annotations

from casefile.demo import demo_profile
from facts import FactView
from templates import Counsel, RenderOptions, render
from templates.docxtext import docx_text
from tests.templates.helpers import TODAY

OFFICE = {
    "representative.given_name": "Ngozi",
    "representative.family_name": "Okafor",
    "representative.firm_name": "Harbor Legal Aid Clinic",
    "representative.street": "12 Wharf Street",
    "representative.unit": "Ste 4",
    "representative.city": "Albany",
    "representative.state": "NY",
    "representative.postal_code": "12207",
    "representative.phone": "518-555-0147",
    "representative.email": "nokafor@example.org",
    "representative.bar_number": "5551234",
    "representative.bar_state": "NY",
}


def _view(**override: str) -> FactView:
    profile = demo_profile()
    profile.counsel = dict(OFFICE)
    for fact, value in override.items():
        profile.set_answer(f"representative.{fact}", value)
    return FactView(profile, today=TODAY)


def test_cover_letter_names_the_office_attorney_and_reports_none_missing() -> None:
    draft = render("uscis_cover_letter", _view())
    text = docx_text(draft.data)
    assert "Ngozi Okafor" in text and "Harbor Legal Aid Clinic" in text
    assert "12 Wharf Street, Ste 4, Albany, NY 12207" in text
    assert not [m.fact for m in draft.missing if m.fact.startswith("representative.")]


def test_client_override_and_cli_flag_take_precedence() -> None:
    text = docx_text(render("uscis_cover_letter", _view(family_name="Lindqvist")).data)
    assert "Ngozi Lindqvist" in text and "Okafor" not in text
    flagged = RenderOptions(counsel=Counsel(name="Rosa Vidal"))
    text = docx_text(render("uscis_cover_letter", _view(), options=flagged).data)
    assert "Rosa Vidal" in text and "Ngozi Okafor" not in text


def test_vacatur_papers_sign_with_the_office_attorney() -> None:
    text = docx_text(render("vacatur_notice_of_motion", _view()).data)
    assert "Ngozi Okafor" in text and "518-555-0147" in text


def test_missing_counsel_is_a_representative_fact_to_fix_in_settings() -> None:
    draft = render("uscis_cover_letter", FactView(demo_profile(), today=TODAY))
    missing = {m.fact: m.label for m in draft.missing}
    assert "representative.family_name" in missing
    assert "Settings: Counsel" in missing["representative.family_name"]
