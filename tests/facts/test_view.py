from __future__ import annotations

import datetime as dt

import pytest

from casefile.models import AnswerStatus
from facts import UNKNOWN, FactView, UnknownFact, load_catalogue

TODAY = dt.date(2026, 11, 29)


def test_column_facts_come_from_the_schema() -> None:
    cat = load_catalogue()
    assert cat["client.date_of_birth"].type == "date"
    assert cat["client.date_of_birth"].sensitive
    assert cat["arrests[].offense"].group == "arrests"
    assert cat["arrests[]"].type == "group"
    assert cat["client.nationalities"].type == "list"
    assert "client.id" not in cat


def test_get_scalar_group_and_unknown(demo) -> None:
    v = FactView(demo, today=TODAY)
    assert v.get("client.given_name") == "Lucía"
    assert v.get("arrests[].statute") == ["PL 240.37"]
    assert v.get("client.ssn") is UNKNOWN
    assert not v.known("client.ssn")
    with pytest.raises(UnknownFact):
        v.get("client.favourite_colour")


def test_derived_ages_use_injected_today(demo) -> None:
    v = FactView(demo, today=TODAY)
    assert v.get("client.age") == 22
    assert v.get("episodes[].age_at_start") == [16]
    assert v.get("episodes[].minor_at_start") == [True]
    assert FactView(demo, today=dt.date(2026, 3, 1)).get("client.age") == 21


def test_status_records_why_unknown(demo) -> None:
    demo.client.date_of_birth = None
    demo.set_answer("client.date_of_birth", "2004-03-02", AnswerStatus.DECLINED)
    v = FactView(demo, today=TODAY)
    assert v.get("client.date_of_birth") is UNKNOWN
    assert v.status("client.date_of_birth") is AnswerStatus.DECLINED
    assert v.get("client.age") is UNKNOWN
    assert demo.answers["client.date_of_birth"].value is None
