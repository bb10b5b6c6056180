"""Profile files (issue 14): the documented YAML form of a profile and its JSON Schema."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from casefile.demo import demo_profile
from casefile.models import AnswerStatus
from casefile.profile import (
    ProfileFileError,
    profile_from_yaml,
    profile_to_data,
    profile_to_yaml,
    schema_path,
)
from facts.catalogue import load_catalogue
from facts.profile_schema import render

HEAD = "format: reliefdesk-profile/1\nclient:\n  given_name: Ana\n  family_name: Prueba\n"


def test_published_schema_is_current_and_covers_every_answer_and_table() -> None:
    assert schema_path().read_text(encoding="utf-8") == render(), (
        "casefile/profile.schema.json is stale: run .venv/bin/python -m facts.profile_schema"
    )
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    answers = schema["properties"]["answers"]["properties"]
    stored = {f.name for f in load_catalogue().facts.values() if f.storage == "answer"}
    assert set(answers) == stored
    assert answers["cooperation.unable_due_to_trauma"]["anyOf"][0] == {"type": "boolean"}
    status = answers["asylum.prior_denial_by"]["anyOf"][1]["properties"]["status"]
    assert status == {"enum": ["answered", "skipped", "ask_later", "declined"]}
    groups = schema["properties"]["groups"]["properties"]
    assert groups["arrests"]["anyOf"][0] == {"const": "none"}
    assert "disposition" in groups["arrests"]["anyOf"][1]["items"]["properties"]


def test_demo_round_trips_through_a_file() -> None:
    p = demo_profile()
    q = profile_from_yaml(profile_to_yaml(p), "demo.yaml")
    assert profile_to_data(q) == profile_to_data(p)
    assert q.client.date_of_birth == p.client.date_of_birth


def test_values_statuses_and_none_groups() -> None:
    text = HEAD + (
        "  date_of_birth: 1990-06-01\n"
        "groups:\n"
        "  arrests: none\n"
        "  episodes:\n"
        "    - kind: labor_trafficking\n"
        "      start_date: 2020-01-10\n"
        "      means: [fraud, threats]\n"
        "answers:\n"
        "  cooperation.reported_to_lea: true\n"
        "  asylum.exception_ended_date: 2025-01-01\n"
        "  cooperation.trauma_prevented: {status: declined, note: not today}\n"
        "  asylum.prior_denial_by: {value: bia, question_id: q_a_prior_denial_by}\n"
    )
    p = profile_from_yaml(text, "ana.yaml")
    assert p.client.date_of_birth == dt.date(1990, 6, 1)
    assert p.answers["arrests[]"].value == 0  # asked: none
    [ep] = p.rows("episodes")
    assert (ep.start_date, ep.means) == (dt.date(2020, 1, 10), ["fraud", "threats"])
    assert p.answers["cooperation.reported_to_lea"].value is True
    assert p.answers["asylum.exception_ended_date"].value == "2025-01-01"
    declined = p.answers["cooperation.trauma_prevented"]
    assert (declined.status, declined.value, declined.note) == (
        AnswerStatus.DECLINED.value,
        None,
        "not today",
    )
    assert p.answers["asylum.prior_denial_by"].question_id == "q_a_prior_denial_by"
    again = profile_from_yaml(profile_to_yaml(p), "again.yaml")
    assert profile_to_data(again) == profile_to_data(p)


@pytest.mark.parametrize(
    ("body", "line", "field", "reason"),
    [
        (
            "answers:\n  cooperation.reported_to_lea: maybe\n",
            6,
            "answers.cooperation.reported_to_lea",
            "yes/no",
        ),
        ("answers:\n  no.such_fact: true\n", 6, "answers.no.such_fact", "not an interview fact"),
        (
            "answers:\n  asylum.prior_denial_by: judge\n",
            6,
            "answers.asylum.prior_denial_by",
            "not one of",
        ),
        (
            "answers:\n  asylum.filed_date: 2025-13-01\n",
            6,
            "answers.asylum.filed_date",
            "not a date",
        ),
        (
            "answers:\n  cooperation.refused_request: {status: skipped, value: true}\n",
            6,
            "answers.cooperation.refused_request.value",
            "carries no value",
        ),
        ("groups:\n  arests: none\n", 6, "groups.arests", "unknown group"),
        (
            "groups:\n  arrests:\n    - state: NY\n      arrest_date: soon\n",
            8,
            "groups.arrests[0].arrest_date",
            "not a date",
        ),
        (
            "groups:\n  arrests:\n    - colour: red\n",
            7,
            "groups.arrests[0].colour",
            "unknown column",
        ),
        ("  birthday: 1990-01-01\n", 5, "client.birthday", "unknown column"),
        ("extra: 1\n", 5, "extra", "unknown section"),
    ],
)
def test_a_bad_file_gets_one_error_naming_line_and_field(
    body: str, line: int, field: str, reason: str
) -> None:
    with pytest.raises(ProfileFileError) as err:
        profile_from_yaml(HEAD + body, "bad.yaml")
    e = err.value
    assert (e.line, e.field) == (line, field), str(e)
    assert reason in e.reason and str(e).startswith(f"bad.yaml:{line}: {field}: ")


def test_wrong_format_and_invalid_yaml() -> None:
    with pytest.raises(ProfileFileError, match="format: must be"):
        profile_from_yaml("format: other\nclient: {}\n", "x.yaml")
    with pytest.raises(ProfileFileError, match=r"x.yaml:3: \(file\): not valid YAML"):
        profile_from_yaml("format: reliefdesk-profile/1\nclient: [\n", "x.yaml")


def test_cli_export_needs_the_plaintext_flag_and_import_adds_a_client(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import main
    from casefile.store import CaseStore

    out = tmp_path / "demo.yaml"
    assert main.main(["clients", "export-profile", "demo", "--out", str(out)]) == 2
    assert not out.exists() and "PLAINTEXT" in capsys.readouterr().err
    assert (
        main.main(
            ["clients", "export-profile", "demo", "--out", str(out), "--i-understand-plaintext"]
        )
        == 0
    )
    assert out.stat().st_mode & 0o077 == 0
    text = out.read_text(encoding="utf-8").replace("  id: demo0000000000000000000000000001\n", "")
    out.write_text(text, encoding="utf-8")
    monkeypatch.setenv("RELIEFDESK_TEST_PASS", "correct horse battery")
    store = CaseStore.create(tmp_path / "db", "correct horse battery")
    store.close()
    base = ["--data-dir", str(tmp_path / "db")]
    pw = ["--passphrase-env", "RELIEFDESK_TEST_PASS"]
    assert main.main([*base, "clients", "import-profile", str(out), *pw]) == 0
    store = CaseStore.open(tmp_path / "db", "correct horse battery")
    try:
        [summary] = store.list_clients()
        saved = store.load(summary.id)
    finally:
        store.close()
    assert saved.display_name == demo_profile().display_name
    assert profile_to_data(saved)["answers"] == profile_to_data(demo_profile())["answers"]
