"""Arrests that ended without a conviction (issue 17): California (Penal Code 236.14(a),
'arrest or conviction') and Florida (943.0583, a criminal history record) reach them, New
York (CPL 440.10(1)(i) vacates judgments) does not; the state table's record_scope decides."""

from __future__ import annotations

import datetime as dt

from casefile.profile import Profile
from facts import FactView
from templates import render
from templates.docxtext import docx_text
from tests.templates.helpers import TODAY, california_client, florida_client


def _arrest_only(p: Profile, state: str, docket: str) -> Profile:
    """The client's record in `state` is an arrest that was dismissed (fictional)."""
    a = p.rows("arrests")[0]
    a.state, a.docket = state, docket
    a.disposition, a.disposition_date, a.sentence = "dismissed", dt.date(2022, 10, 1), None
    return p


def _text(document: str, p: Profile) -> str:
    draft = render(document, FactView(p, today=TODAY))
    return docx_text(draft.data, headers=False).split("Attorney review notes")[0]


def test_california_and_florida_papers_list_an_arrest_without_conviction() -> None:
    for p, docket in (
        (_arrest_only(california_client(), "CA", "LA-ARREST-FICT"), "LA-ARREST-FICT"),
        (_arrest_only(florida_client(), "FL", "FL-ARREST-FICT"), "FL-ARREST-FICT"),
    ):
        notice = _text("vacatur_notice_of_motion", p)
        assert docket in notice  # listed in the table, not dropped
        assert "A conviction in" not in notice
        swear = _text("vacatur_affidavit", p)
        assert "the record(s) of arrest listed in the notice" in swear
        assert "judgment(s) of conviction" not in swear


def test_a_conviction_keeps_the_judgment_wording() -> None:
    swear = _text("vacatur_affidavit", california_client())
    assert "the judgment(s) of conviction listed in the notice" in swear


def test_arrest_and_conviction_together_name_both() -> None:
    p = california_client()
    p.add("arrests", state="CA", county="Los Angeles", court="Superior Court",
          docket="LA-SECOND-FICT", disposition="dismissed", trafficking_related=True)  # fmt: skip
    notice = _text("vacatur_notice_of_motion", p)
    assert "LA-0000-FICT" in notice and "LA-SECOND-FICT" in notice
    assert "the records of arrest and conviction listed" in _text("vacatur_affidavit", p)


def test_new_york_leaves_an_arrest_without_conviction_out() -> None:
    from casefile.demo import demo_profile

    p = demo_profile()
    p.add("arrests", state="NY", county="Queens", docket="CR-DISMISSED-FICT",
          disposition="dismissed", trafficking_related=True)  # fmt: skip
    notice = _text("vacatur_notice_of_motion", p)
    assert "CR-000000-22QN" in notice and "CR-DISMISSED-FICT" not in notice
    only = _arrest_only(demo_profile(), "NY", "CR-ONLY-ARREST")
    draft = render("vacatur_notice_of_motion", FactView(only, today=TODAY))
    assert "CR-ONLY-ARREST" not in docx_text(draft.data, headers=False)
    assert any("A conviction in New York" in m.label for m in draft.missing)


def test_memorandum_and_records_table_do_not_call_an_arrest_a_judgment() -> None:
    """The memorandum asks to vacate what is listed, in the words that fit it, and the
    records table's date column is the disposition's (a dismissal has no conviction date)."""
    memo = _text("vacatur_memorandum", _arrest_only(california_client(), "CA", "LA-ARREST-FICT"))
    assert "LA-ARREST-FICT" in memo
    assert "judgment" not in memo.lower()
    assert "the record(s) of arrest listed below" in memo
    assert "Disposition date" in memo and "Conviction\n" not in memo
    convicted = _text("vacatur_memorandum", california_client())
    assert "the judgment(s) of conviction listed below" in convicted


def test_california_nonviolent_limit_is_an_attorney_note_not_a_finding() -> None:
    """Which offenses are 'nonviolent' under 236.14(a) is left to the attorney (VERIFY, with
    Penal Code 667.5(c)) in the memorandum's review notes; the court text only names the
    element to prove."""
    draft = render("vacatur_memorandum", FactView(california_client(), today=TODAY))
    court, notes = docx_text(draft.data, headers=False).split("Attorney review notes", 1)
    assert "667.5(c)" in notes and "VERIFY" in notes
    assert "667.5" not in court
    assert "(1) that each offense is a nonviolent offense" in court
