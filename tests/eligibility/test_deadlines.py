"""The one deadline list (issue 14): every assessment's dated deadlines, across clients."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

import main
from eligibility.cli import cmd_deadlines
from eligibility.deadlines import profile_deadlines
from tests.eligibility.helpers import TODAY, make_profile

PASS = "correct horse battery"


def _client(**answers: object):  # type: ignore[no-untyped-def]
    return make_profile(
        client={
            "given_name": "Ana",
            "family_name": "Prueba",
            "date_of_birth": dt.date(1995, 1, 1),
            "last_arrival_date": dt.date(2026, 5, 3),  # +1 year: Monday 2027-05-03
            "in_removal_proceedings": True,
            "next_hearing_date": dt.date(2027, 1, 20),
        },
        answers=dict(answers),
        cp_requests=[{"status": "granted", "expiry_date": dt.date(2027, 3, 1)}],
        certifications=[
            {"form": "I-918B", "status": "signed", "signed_date": dt.date(2026, 8, 31)}
        ],
        family=[
            {"relationship": "child", "date_of_birth": dt.date(2006, 2, 1)},
        ],
    )


def test_every_kind_of_deadline_is_dated_once_and_sorted() -> None:
    rows = profile_deadlines(
        _client(**{"immigration.court_filing_deadline": "2026-12-15"}), today=TODAY
    )
    got = [(r.item.id, r.item.due) for r in rows]
    assert got == [
        ("DL-COURT-FILING", dt.date(2026, 12, 15)),
        ("DL-HEARING", dt.date(2027, 1, 20)),  # reported by T, U and asylum: listed once
        ("T-DL-CHILD-AGE-OUT", dt.date(2027, 1, 31)),
        ("U-DL-CHILD-AGE-OUT", dt.date(2027, 1, 31)),
        ("U-DL-SUPPB", dt.date(2027, 2, 28)),  # signed 31 Aug + 6 months, clamped
        ("CP-DL-EXPIRY", dt.date(2027, 3, 1)),
        ("A-DL-ONE-YEAR", dt.date(2027, 5, 3)),
    ]
    within = profile_deadlines(_client(), today=TODAY, days=63)  # 2027-01-31 is day 63
    assert [r.item.id for r in within] == ["DL-HEARING", "T-DL-CHILD-AGE-OUT", "U-DL-CHILD-AGE-OUT"]


def test_one_year_deadline_on_a_weekend_moves_to_monday() -> None:
    p = make_profile(client={"last_arrival_date": dt.date(2026, 5, 1)})  # 2027-05-01 is Saturday
    [dl] = [r.item for r in profile_deadlines(p, today=TODAY) if r.item.id == "A-DL-ONE-YEAR"]
    assert dl.due == dt.date(2027, 5, 3)


def test_adjustment_date_for_a_t_holder() -> None:
    p = make_profile(
        answers={"immigration.t_u_status": "t", "immigration.t_u_approval_date": "2025-02-10"}
    )
    ids = {(r.item.id, r.item.due) for r in profile_deadlines(p, today=TODAY)}
    assert ("T-DL-ADJUST", dt.date(2028, 2, 10)) in ids


def test_assess_json_shows_the_deadlines() -> None:
    from eligibility.cli import cmd_assess

    args = main.build_parser().parse_args(
        ["assess", "--client", "demo", "--json", "--today", "2026-11-29"]
    )
    out = io.StringIO()
    assert cmd_assess(args, out=out) == 0
    data = json.loads(out.getvalue())
    [dl] = data["assessments"]["asylum_psg"]["deadlines"]
    assert (dl["id"], dl["due"], dl["passed"]) == ("A-DL-ONE-YEAR", "2022-05-16", True)


def test_deadlines_command_across_stored_clients(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casefile.store import CaseStore

    monkeypatch.setenv("RELIEFDESK_TEST_PASS", PASS)
    store = CaseStore.create(tmp_path, PASS)
    late = store.create_client(given_name="Bea", family_name="Ficticia")
    late.client.next_hearing_date = dt.date(2027, 2, 1)
    store.save(late)
    soon = store.create_client(given_name="Zoe", family_name="Inventada")
    soon.client.next_hearing_date = dt.date(2026, 12, 10)
    store.save(soon)
    store.close()
    base = ["--data-dir", str(tmp_path), "deadlines", "--passphrase-env", "RELIEFDESK_TEST_PASS"]
    args = main.build_parser().parse_args([*base, "--today", "2026-11-29", "--json"])
    out = io.StringIO()
    assert cmd_deadlines(args, out=out) == 0
    rows = json.loads(out.getvalue())["deadlines"]
    assert [(r["name"], r["id"], r["due"]) for r in rows] == [
        ("Zoe Inventada", "DL-HEARING", "2026-12-10"),
        ("Bea Ficticia", "DL-HEARING", "2027-02-01"),
    ]
    args = main.build_parser().parse_args([*base, "--today", "2026-11-29", "--days", "30"])
    out = io.StringIO()
    assert cmd_deadlines(args, out=out) == 0
    text = out.getvalue()
    assert "Zoe Inventada" in text and "Bea Ficticia" not in text
