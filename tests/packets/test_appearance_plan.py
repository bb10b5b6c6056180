"""Counsel's notice of appearance in the plans (issue 15 item 3, issue 24 item 8): the G-28
with every USCIS filing by counsel, the EOIR-28 when the client is in removal proceedings,
and the asylum cover letter naming the EOIR-28 instead of the G-28 then."""

from __future__ import annotations

import datetime as dt

import pytest

from casefile.demo import demo_profile
from casefile.profile import Profile
from facts import FactView
from packets.plan import plan
from templates import RenderOptions, render
from templates.docxtext import docx_text

TODAY = dt.date(2026, 11, 29)


def _client(in_proceedings: bool) -> Profile:
    profile = demo_profile()
    profile.client.in_removal_proceedings = in_proceedings
    return profile


def _keys(profile: Profile, relief: str) -> set[str]:
    return {d.key for d in plan(FactView(profile, today=TODAY), relief).documents}


@pytest.mark.parametrize("relief", ["t_visa", "u_visa"])
def test_t_and_u_keep_the_g28_and_add_the_eoir28_only_in_proceedings(relief: str) -> None:
    assert "g-28" in _keys(_client(False), relief) and "eoir-28" not in _keys(
        _client(False), relief
    )
    assert {"g-28", "eoir-28"} <= _keys(_client(True), relief)


def test_asylum_in_proceedings_plans_the_eoir28_instead_of_the_g28() -> None:
    assert "g-28" in _keys(_client(False), "asylum_psg")
    assert "eoir-28" not in _keys(_client(False), "asylum_psg")
    court = _keys(_client(True), "asylum_psg")
    assert "eoir-28" in court and "g-28" not in court


def test_eoir28_entry_asks_to_add_the_form_rather_than_inventing_a_map() -> None:
    docs = plan(FactView(_client(True), today=TODAY), "t_visa").documents
    eoir = next(d for d in docs if d.key == "eoir-28")
    assert eoir.note is not None and "./run forms add" in eoir.note
    assert eoir.form_id is None  # a supplied file, not a filled map


def test_cp_request_carries_a_g28_only_where_counsel_appears() -> None:
    alone = demo_profile()
    assert "g-28" not in _keys(alone, "continued_presence")
    with_counsel = demo_profile()
    with_counsel.counsel = {"representative.family_name": "Okafor"}
    assert "g-28" in _keys(with_counsel, "continued_presence")


@pytest.mark.parametrize(("in_court", "named", "absent"), [(True, "EOIR-28", "G-28"),
                                                           (False, "G-28", "EOIR-28")])  # fmt: skip
def test_asylum_cover_letter_names_the_right_appearance_form(
    in_court: bool, named: str, absent: str
) -> None:
    view = FactView(_client(in_court), today=TODAY)
    options = RenderOptions(relief="asylum_psg")
    text = docx_text(render("uscis_cover_letter", view, options=options).data)
    assert f"Form {named} enclosed" in text and f"Form {absent}" not in text


@pytest.mark.parametrize("in_court", [True, False])
def test_asylum_cover_letter_goes_to_the_court_in_proceedings(in_court: bool) -> None:
    """Issue 24 item 8: in proceedings the letter is the court's, not USCIS's (and says to
    check the court's own format); an affirmative filing stays addressed to USCIS."""
    view = FactView(_client(in_court), today=TODAY)
    text = docx_text(
        render("uscis_cover_letter", view, options=RenderOptions(relief="asylum_psg")).data
    )
    court_lines = ("\nImmigration Court\n", "Dear Court Clerk:", "EOIR Immigration Court Practice")
    uscis_lines = ("\nU.S. Citizenship and Immigration Services\n", "Dear Officer:")
    for line in court_lines:
        assert (line in text) is in_court, line
    for line in uscis_lines:
        assert (line in text) is not in_court, line
    # T and U stay with USCIS even for a client in proceedings
    t = docx_text(render("uscis_cover_letter", FactView(_client(True), today=TODAY),
                         options=RenderOptions(relief="t_visa")).data)  # fmt: skip
    assert "Dear Officer:" in t and "Dear Court Clerk:" not in t
