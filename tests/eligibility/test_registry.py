"""The relief registry: one data file per relief, and every relief list derived from it.

A sixth relief (a skeleton VAWA self-petition in ``tests/fixtures/reliefs/vawa``) is added by
naming its folder in ``RELIEFDESK_RELIEF_DIRS``; it then appears in ``assess``, ``plan`` and the
interview with no code change. Fictional client only (the bundled demo)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import main
from casefile.demo import demo_profile
from eligibility import InterviewSession, assess_all, load_rules
from eligibility.errors import RuleFileError, UnknownRelief
from eligibility.registry import EXTRA_DIRS_ENV, get_relief, label, normalise, relief_ids
from facts import FactView

TODAY = dt.date(2026, 11, 29)
VAWA = Path(__file__).resolve().parents[1] / "fixtures" / "reliefs" / "vawa"
BUNDLED = ("t_visa", "u_visa", "continued_presence", "asylum_psg", "vacatur")


@pytest.fixture
def with_vawa(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(EXTRA_DIRS_ENV, str(VAWA))


def test_bundled_reliefs_in_display_order_with_aliases_and_labels() -> None:
    assert relief_ids() == BUNDLED
    assert normalise("T") == "t_visa" and normalise("cp") == "continued_presence"
    assert normalise("Asylum") == "asylum_psg" and normalise("h1b") == "h1b"
    assert label("u_visa") == "U visa"
    assert label("continued_presence", "es") == "Presencia Continuada"
    with pytest.raises(UnknownRelief, match="t_visa"):
        get_relief("h1b")


def test_every_relief_list_is_the_registry() -> None:
    """Rules, flows, drafts, cover-letter lists and forms per relief all come from it."""
    from forms import forms_for_relief
    from templates.registry import COVER_FORMS, RELIEF_NAMES, documents_for

    rules = load_rules()
    assert tuple(rules.reliefs) == tuple(rules.flows) == relief_ids()
    for relief in relief_ids():
        entry = get_relief(relief)
        assert documents_for(relief) == list(entry.drafts)
        assert COVER_FORMS[relief] == entry.cover_letter_lists
        assert RELIEF_NAMES[relief] == entry.name
        assert [(n.form.id, n.role) for n in forms_for_relief(relief)] == [
            (u.form, u.role) for u in entry.forms
        ]


def test_a_sixth_relief_from_a_folder_is_assessed_planned_and_interviewed(
    with_vawa: None,
) -> None:
    from packets import build_plan

    assert relief_ids() == (*BUNDLED, "vawa_self_petition")
    assert normalise("vawa") == "vawa_self_petition"
    view = FactView(demo_profile(), today=TODAY)
    result = assess_all(view)
    assert list(result) == list(relief_ids())
    vawa = result["vawa_self_petition"]
    element = vawa.element("VAWA-E1")
    assert element.verify_status == "VERIFY" and element.status == "likely_unmet"  # no spouse
    assert "INA 204(a)(1)(A)(iii)" in element.authority
    plan = build_plan(view, "vawa")
    assert plan.relief == "vawa_self_petition"
    assert [d.key for d in plan.documents] == ["i-360"]
    assert plan.documents[0].problems and "i-360.pdf" in plan.documents[0].problems[0]
    session = InterviewSession(demo_profile(), today=TODAY)
    assert session.reliefs == list(relief_ids())


def test_the_commands_take_the_new_relief(
    with_vawa: None, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["assess", "--client", "demo", "--relief", "vawa_self_petition", "--json"]
    assert main.main([*args, "--today", "2026-11-29"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "vawa_self_petition" in json.dumps(data)
    assert main.main(["plan", "--client", "demo", "--relief", "vawa", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["relief"] == "vawa_self_petition"
    assert [d["key"] for d in plan["documents"]] == ["i-360"]


def test_without_the_folder_the_relief_is_unknown() -> None:
    assert "vawa_self_petition" not in relief_ids()
    with pytest.raises(UnknownRelief):
        get_relief("vawa")


def _relief_folder(tmp_path: Path, name: str, text: str) -> Path:
    (tmp_path / "reliefs").mkdir(exist_ok=True)
    (tmp_path / "reliefs" / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_a_file_named_otherwise_than_its_id_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (VAWA / "reliefs" / "vawa_self_petition.yaml").read_text(encoding="utf-8")
    monkeypatch.setenv(EXTRA_DIRS_ENV, str(_relief_folder(tmp_path, "vawa.yaml", text)))
    with pytest.raises(RuleFileError, match=r"file is named vawa\.yaml"):
        relief_ids()


def test_an_alias_naming_two_reliefs_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (VAWA / "reliefs" / "vawa_self_petition.yaml").read_text(encoding="utf-8")
    text = text.replace("aliases: [vawa]", "aliases: [vawa, t]")
    folder = _relief_folder(tmp_path, "vawa_self_petition.yaml", text)
    monkeypatch.setenv(EXTRA_DIRS_ENV, str(folder))
    with pytest.raises(RuleFileError, match="'t' also names"):
        relief_ids()
