"""Validation rules, data-folder resolution and the demo profile's answers file."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from casefile.demo import DEMO_CLIENT_ID, demo_answers, demo_profile
from casefile.errors import DemoDataError, ValidationError
from casefile.models import AnswerStatus
from casefile.paths import backups_dir, data_dir, db_file
from casefile.validation import (
    a_number_digits,
    check_profile,
    format_a_number,
    normalize_a_number,
    normalize_profile,
    ssn_digits,
    validate_for_save,
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("A099999001", "099999001"),
        ("a-099-999-001", "099999001"),
        ("A 12 345 678", "012345678"),
        ("12345678", "012345678"),
        ("123456789", "123456789"),
        (" A-123.456.789 ", "123456789"),
    ],
)
def test_a_number_forms(typed: str, stored: str) -> None:
    assert normalize_a_number(typed) == stored
    assert format_a_number(stored) == f"A-{stored[:3]}-{stored[3:6]}-{stored[6:]}"


@pytest.mark.parametrize(
    "bad", ["", "A", "1234567", "1234567890", "A12345678X", "B12345678", "１２３４５６７８"]
)
def test_bad_a_numbers(bad: str) -> None:
    assert a_number_digits(bad) is None
    with pytest.raises(ValidationError) as info:
        normalize_a_number(bad)
    assert info.value.field == "a_number"


def test_ssn_rules() -> None:
    assert ssn_digits("123-45-6789") == "123456789"
    for bad in (
        "123-45-678",
        "000-12-3456",
        "666-12-3456",
        "900-12-3456",
        "123-00-4567",
        "123-45-0000",
        "12345678a",
    ):
        assert ssn_digits(bad) is None, bad


def test_check_profile_lists_every_problem_with_its_field() -> None:
    today = date(2026, 11, 29)
    p = demo_profile()
    p.client.date_of_birth = today + timedelta(days=1)
    p.client.ssn = "12"
    p.client.current_state = "New York"
    p.rows("family")[1].a_number = "A1"
    p.rows("arrests")[0].state = "ZZ"
    p.rows("arrests")[0].arrest_date = date(2030, 1, 1)
    p.rows("addresses")[0].state = "Nowhere"
    p.add("addresses", state="Jalisco", country="Mexico")  # foreign provinces are fine
    p.add("family", date_of_birth=date(1850, 1, 1))
    fields = [f for f, _ in check_profile(p, today=today)]
    assert fields == [
        "family[1].a_number",
        "family[2].date_of_birth",
        "client.ssn",
        "client.current_state",
        "arrests[0].state",
        "addresses[0].state",
        "client.date_of_birth",
        "arrests[0].arrest_date",
    ]
    assert check_profile(demo_profile(), today=today) == []


def test_future_dates_allowed_where_they_make_sense() -> None:
    p = demo_profile()
    p.client.next_hearing_date = date(2099, 1, 1)
    p.client.passport_expiry = date(2099, 1, 1)
    assert check_profile(p, today=date(2026, 1, 1)) == []


def test_validate_for_save_normalizes_or_raises() -> None:
    p = demo_profile()
    p.client.a_number = "A-99-999-001"
    p.client.ssn = "123 45 6789"
    p.client.current_state = " ny"
    p.rows("family")[0].a_number = "  "
    validate_for_save(p)
    assert (p.client.a_number, p.client.ssn, p.client.current_state) == (
        "099999001",
        "123456789",
        "NY",
    )
    assert p.rows("family")[0].a_number is None
    p.client.a_number = "nope"
    with pytest.raises(ValidationError) as info:
        validate_for_save(p)
    assert info.value.problems == [
        ("client.a_number", "an A-number is 'A' followed by 8 or 9 digits")
    ]
    normalize_profile(p)  # leaves what it cannot read
    assert p.client.a_number == "nope"


def test_data_dir_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELIEFDESK_HOME", str(tmp_path / "env"))
    assert data_dir(tmp_path / "flag") == tmp_path / "flag"
    assert data_dir(str(tmp_path / "flag")) == tmp_path / "flag"
    assert data_dir() == tmp_path / "env"
    monkeypatch.delenv("RELIEFDESK_HOME")
    default = data_dir()
    assert default.name == "ReliefDesk" and default != tmp_path / "env"
    assert db_file(tmp_path) == tmp_path / "cases.db"
    assert backups_dir(tmp_path) == tmp_path / "backups"


def test_demo_profile_is_fictional_and_stable() -> None:
    a, b = demo_profile(), demo_profile()
    assert a.client.id == b.client.id == DEMO_CLIENT_ID
    assert a.client.a_number == "099999001"
    assert check_profile(a) == []


def test_demo_answers_file(tmp_path: Path) -> None:
    f = tmp_path / "answers.yaml"
    f.write_text(
        "answers:\n"
        "  - {fact: trafficking.means.fraud, value: true, status: answered}\n"
        "  - {fact: t.entry_date, value: 2021-05-14, status: answered}\n"
        "  - {fact: t.fear, status: declined}\n",
        encoding="utf-8",
    )
    got = demo_answers(f)
    assert got == [
        ("trafficking.means.fraud", True, AnswerStatus.ANSWERED),
        ("t.entry_date", "2021-05-14", AnswerStatus.ANSWERED),
        ("t.fear", None, AnswerStatus.DECLINED),
    ]
    p = demo_profile(f)
    assert p.answers["t.entry_date"].value == "2021-05-14"
    assert p.answers["t.fear"].status == "declined"
    assert demo_answers(tmp_path / "missing.yaml") == []


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("answers: {}", "must be a list"),
        ("answers:\n  - {value: 1}", "answers[0]"),
        ("answers:\n  - {fact: a, status: maybe}", "maybe"),
        ("answers:\n  - {fact: a, colour: red}", "colour"),
        ("answers:\n  - {fact: a}\n  - {fact: a}", "twice"),
        ("answers: [", "YAML"),
    ],
)
def test_bad_demo_answers_are_named(tmp_path: Path, text: str, named: str) -> None:
    f = tmp_path / "answers.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(DemoDataError) as info:
        demo_answers(f)
    assert named in str(info.value) and str(f) in str(info.value)


def test_bundled_demo_answers_file_is_valid() -> None:
    # Whatever the eligibility engineer puts there must load.
    demo_answers()
