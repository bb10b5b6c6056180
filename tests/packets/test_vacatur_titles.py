"""The vacatur plan (its contents page and cover) names each paper as the client's state does."""

from __future__ import annotations

import datetime as dt

from casefile.demo import demo_profile
from facts import FactView
from packets.plan import plan
from tests.packets.fakes import fake_providers
from tests.templates.helpers import california_client, florida_client


def _titles(profile) -> dict[str, str]:  # type: ignore[no-untyped-def]
    p = plan(FactView(profile, today=dt.date(2026, 11, 29)), "vacatur", providers=fake_providers())
    return {d.entry_id: d.title for d in p.documents}


def test_each_state_names_its_own_papers() -> None:
    ny = _titles(demo_profile())
    assert ny["affidavit"] == "AFFIDAVIT OF DEFENDANT IN SUPPORT OF MOTION TO VACATE JUDGMENT"
    assert ny["affirmation_of_service"] == "AFFIRMATION OF SERVICE"
    ca = _titles(california_client())
    assert ca["affidavit"].startswith("DECLARATION OF PETITIONER IN SUPPORT OF PETITION")
    assert ca["notice_of_motion"].startswith("NOTICE OF PETITION AND PETITION")
    assert ca["affirmation_of_service"] == "PROOF OF SERVICE"
    fl = _titles(florida_client())
    assert fl["affirmation_of_service"].startswith("CERTIFICATE OF SERVICE")
    assert "exhibit_index" in fl and fl["exhibit_index"] == "Exhibit index"  # not a state paper


def test_a_state_without_papers_keeps_the_plan_titles() -> None:
    p = demo_profile()
    p.rows("arrests")[0].state = "TX"
    assert _titles(p)["affidavit"] == "Client's affidavit or declaration"


def test_california_nonviolent_limit_is_a_verify_note() -> None:
    at = dt.date(2026, 11, 29)
    ca = plan(FactView(california_client(), today=at), "vacatur", providers=fake_providers())
    note = [w for w in ca.warnings if "nonviolent" in w]
    assert note and note[0].startswith("VERIFY: Cal. Penal Code 236.14") and "667.5(c)" in note[0]
    ny = plan(FactView(demo_profile(), today=at), "vacatur", providers=fake_providers())
    assert not any("nonviolent" in w for w in ny.warnings)
