"""Vacatur papers per court (issue 24 item 11): records in several courts give one set of
papers per venue, each listing only its court's records, and the plan says where each is
filed and what the statute says of joint motions. Fictional clients only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

import main
from casefile.demo import demo_profile
from casefile.profile import Profile
from casefile.store import CaseStore
from facts import FactView
from packets.errors import UnknownVenue
from packets.plan import PlanOptions, plan, venue_view
from packets.venues import restrict, venues
from templates.docxtext import docx_text
from templates.render import render
from tests.packets.fakes import fake_providers
from tests.packets.pdfkit import page_texts

TODAY = dt.date(2026, 11, 29)


def _arrest(p: Profile, **values: Any) -> None:
    """A second record copied from the demo's first, with ``values`` changed."""
    first = p.rows("arrests")[0]
    columns = ("arrest_date", "offense", "charge", "statute", "offense_category",
               "disposition", "disposition_date", "name_used", "trafficking_related",
               "nexus_narrative")  # fmt: skip
    p.add("arrests", **{c: getattr(first, c) for c in columns} | values)


def _two_new_york_courts() -> Profile:
    """Queens (the demo's record) and Kings; a Kings arrest not linked to the trafficking."""
    p = demo_profile()
    _arrest(p, state="NY", county="Kings", court="Criminal Court", docket="CR-KINGS-FICT-1")
    _arrest(p, state="NY", county="Kings", court="Criminal Court", docket="CR-KINGS-FICT-2")
    _arrest(p, state="NY", county="Kings", court="Criminal Court", docket="CR-NOT-LINKED",
            trafficking_related=False)  # fmt: skip
    return p


def _plan(p: Profile, venue: str | None = None) -> Any:
    return plan(
        FactView(p, today=TODAY),
        "vacatur",
        options=PlanOptions(venue=venue),
        providers=fake_providers(),
    )


def test_one_court_is_one_venue_with_where_to_file() -> None:
    found = venues(FactView(demo_profile(), today=TODAY))
    assert [(v.key, v.label, v.state) for v in found] == [
        ("ny-queens-county-criminal-court", "Queens County Criminal Court, New York", "NY")
    ]
    result = _plan(demo_profile())
    assert not any("courts or counties" in w for w in result.warnings)
    where = [w for w in result.warnings if w.startswith("Queens County Criminal Court")]
    assert where and "CPL 440.10(1)" in where[0] and where[0].endswith("(VERIFY)")


def test_records_in_two_courts_are_two_venues_and_the_plan_says_so() -> None:
    p = _two_new_york_courts()
    found = venues(FactView(p, today=TODAY))
    assert [v.key for v in found] == [
        "ny-queens-county-criminal-court",
        "ny-kings-criminal-court",
    ]
    assert len(found[1].row_ids) == 2  # the record not linked to the trafficking stays out
    warnings = _plan(p).warnings
    several = [w for w in warnings if "2 courts or counties" in w]
    assert several and "[ny-kings-criminal-court]" in several[0]
    joint = [w for w in warnings if w.startswith("NY: ")]
    assert joint and "L. 2021, ch. 629" in joint[0] and "VERIFY" in joint[0]


def test_a_venue_plan_covers_its_court_and_is_addressed_to_it() -> None:
    p = _two_new_york_courts()
    kings = _plan(p, "ny-kings-criminal-court")
    assert kings.title.endswith("— Criminal Court, Kings County, New York")
    assert kings.recipient == "Criminal Court, Kings County, New York"
    assert kings.venue is not None and kings.to_dict()["venue"]["key"] == "ny-kings-criminal-court"
    assert not any("courts or counties" in w for w in kings.warnings)
    assert len(p.rows("arrests")) == 4  # the client's profile is untouched


def test_each_venue_s_papers_list_only_its_records() -> None:
    p = _two_new_york_courts()
    options = PlanOptions(venue="ny-kings-criminal-court")
    view = venue_view(FactView(p, today=TODAY), "vacatur", options)
    notice = docx_text(render("vacatur_notice_of_motion", view).data, headers=False)
    assert "CR-KINGS-FICT-1" in notice and "CR-KINGS-FICT-2" in notice
    assert "CR-000000-22QN" not in notice and "CR-NOT-LINKED" not in notice
    assert "KINGS" in notice.upper() and "COUNTY OF QUEENS" not in notice.upper()
    queens = venue_view(
        FactView(p, today=TODAY), "vacatur", PlanOptions(venue="ny-queens-county-criminal-court")
    )
    text = docx_text(render("vacatur_notice_of_motion", queens).data, headers=False)
    assert "CR-000000-22QN" in text and "CR-KINGS-FICT-1" not in text


def test_restrict_is_idempotent() -> None:
    view = FactView(_two_new_york_courts(), today=TODAY)
    kings = venues(view)[1]
    once = restrict(view, kings)
    twice = restrict(once, kings)
    dockets = [r.get("docket") for r in twice.rows("arrests")]
    assert dockets == ["CR-KINGS-FICT-1", "CR-KINGS-FICT-2"]
    assert venues(once) == [kings]


def test_florida_groups_by_county_and_california_may_consolidate() -> None:
    p = demo_profile()
    first = p.rows("arrests")[0]
    first.state, first.county, first.court = "FL", "Miami-Dade", "County Court"
    _arrest(p, state="FL", county="Miami-Dade", court="Circuit Court", docket="FL-FICT-2")
    _arrest(p, state="FL", county="Broward", court="County Court", docket="FL-FICT-3")
    _arrest(p, state="CA", county="Los Angeles", court="Superior Court", docket="LA-FICT-4")
    found = venues(FactView(p, today=TODAY))
    assert [v.key for v in found] == [
        "fl-miami-dade",
        "fl-broward",
        "ca-los-angeles-superior-court",
    ]
    assert len(found[0].row_ids) == 2  # two courts of one county: one petition
    warnings = _plan(p).warnings
    assert any(w.startswith("FL: ") and "single petition" in w for w in warnings)
    assert any(w.startswith("CA: ") and "consolidate into one hearing" in w for w in warnings)


def test_a_state_without_a_venue_rule_says_verify() -> None:
    p = demo_profile()
    first = p.rows("arrests")[0]
    first.state, first.county, first.court = "IL", "Cook", "Circuit Court"
    warnings = _plan(p).warnings
    assert any("does not say where these papers are filed" in w for w in warnings)


def test_an_unknown_court_names_the_client_s_courts() -> None:
    with pytest.raises(UnknownVenue) as caught:
        _plan(_two_new_york_courts(), "ny-bronx-criminal-court")
    message = str(caught.value)
    assert "ny-bronx-criminal-court" in message and "ny-kings-criminal-court" in message


def test_a_record_without_its_court_asks_for_it() -> None:
    p = demo_profile()
    p.rows("arrests")[0].court = None
    (venue,) = venues(FactView(p, today=TODAY))
    assert venue.label == "Court not recorded, Queens County, New York"
    assert "arrests[].court" in venue.missing
    assert any("record the court and county" in w for w in _plan(p).warnings)


def test_packet_command_writes_one_packet_per_court(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RELIEFDESK_TEST_PASS", "correct horse battery")
    p = _two_new_york_courts()
    p.client.id = "venuetest00000000000000000000001"
    with CaseStore.create(tmp_path / "db", "correct horse battery") as store:
        store.save(p)
    out = tmp_path / "out" / "vacatur.pdf"
    out.parent.mkdir()
    common = ["--data-dir", str(tmp_path / "db")]
    args = ["--client", p.client.id, "--relief", "vacatur", "--passphrase-env",
            "RELIEFDESK_TEST_PASS"]  # fmt: skip
    assert main.main([*common, "plan", *args]) == 0
    assert "[ny-kings-criminal-court]" in capsys.readouterr().out
    assert main.main([*common, "packet", *args, "--out", str(out), "--quiet"]) == 0
    printed = capsys.readouterr().out
    assert "== Criminal Court, Kings County, New York [ny-kings-criminal-court]" in printed
    kings = " ".join(page_texts(tmp_path / "out" / "vacatur-ny-kings-criminal-court.pdf"))
    queens = " ".join(page_texts(tmp_path / "out" / "vacatur-ny-queens-county-criminal-court.pdf"))
    assert "CR-KINGS-FICT-1" in kings and "CR-000000-22QN" not in kings
    assert "CR-000000-22QN" in queens and "CR-KINGS-FICT-1" not in queens
    assert not out.exists()  # no packet mixing both courts
