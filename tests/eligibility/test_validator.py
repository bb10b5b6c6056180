"""The YAML validator: every fact, question and ref exists; errors name file and line."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from eligibility import RuleFileError, load_rules
from eligibility.loader import data_dir, load_from
from eligibility.validate import check, problems

SRC = Path(str(data_dir()))


@pytest.fixture
def data(tmp_path: Path) -> Path:
    dst = tmp_path / "data"
    shutil.copytree(SRC, dst)
    return dst


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return i
    raise AssertionError(needle)


def assert_reported(data: Path, *fragments: str) -> None:
    """Validating the rules in ``data`` reports one problem that contains every fragment."""
    found = problems(load_from(data))
    assert any(all(f in p for f in fragments) for p in found), (fragments, found)


def test_bundled_rules_are_valid() -> None:
    assert problems(load_rules()) == []
    check()


def test_unknown_fact_in_a_rule_names_file_and_line(data: Path) -> None:
    f = data / "rules" / "t_visa.yaml"
    edit(f, "immigration.physically_present, is_true", "immigration.teleported, is_true")
    found = problems(load_from(data))
    expected = f"eligibility/data/rules/t_visa.yaml:{line_of(f, '- id: T-E2')}"
    assert any(p.startswith(expected) and "'immigration.teleported'" in p for p in found), found
    with pytest.raises(RuleFileError) as exc:
        check(load_from(data))
    assert exc.value.line == line_of(f, "- id: T-E2")


def test_operator_type_mismatch(data: Path) -> None:
    edit(
        data / "rules" / "u_visa.yaml",
        "{fact: cooperation.has_information, is_true: true}",
        "{fact: cooperation.has_information, before: 2020-01-01}",
    )
    assert_reported(data, "operator 'before' does not suit 'cooperation.has_information'")


def test_choice_value_not_allowed(data: Path) -> None:
    edit(
        data / "rules" / "asylum_psg.yaml",
        "{fact: asylum.psg_candidate, eq: nationality_women}",
        "{fact: asylum.psg_candidate, eq: martians}",
    )
    assert_reported(data, "'martians' is not an allowed value")


def test_missing_citation_fails_schema_with_line(data: Path) -> None:
    f = data / "rules" / "t_visa.yaml"
    edit(f, '    authority: ["8 CFR 214.202(e)"]\n', "")
    with pytest.raises(RuleFileError) as exc:
        load_from(data)
    assert exc.value.path == "eligibility/data/rules/t_visa.yaml"
    assert exc.value.line == line_of(f, "- id: T-E5")
    assert "authority" in str(exc.value)


def test_missing_last_reviewed_fails_schema(data: Path) -> None:
    edit(data / "rules" / "continued_presence.yaml", "  last_reviewed: 2026-11-22\n", "")
    with pytest.raises(RuleFileError, match="last_reviewed"):
        load_from(data)


def test_yaml_syntax_error_names_line(data: Path) -> None:
    f = data / "questions.yaml"
    edit(f, "  - id: q_present\n", "  - id: q_present: broken\n")
    with pytest.raises(RuleFileError) as exc:
        load_from(data)
    assert exc.value.path == "eligibility/data/questions.yaml"
    assert exc.value.line == line_of(f, "q_present: broken")


def test_unreachable_question_and_unknown_question_id(data: Path) -> None:
    edit(data / "flows" / "continued_presence.yaml", "q_cp_requests]", "q_cp_requests, q_nope]")
    edit(data / "flows" / "continued_presence.yaml", "q_cp_consent, ", "")
    assert_reported(data, "question 'q_nope' is not defined")
    assert_reported(data, "(q_cp_consent): unreachable")


def test_question_answer_type_must_fit_fact(data: Path) -> None:
    f = data / "questions.yaml"
    edit(
        f,
        "    fact: immigration.physically_present\n    type: yes_no",
        "    fact: immigration.physically_present\n    type: date",
    )
    assert_reported(data, "answer type 'date' cannot set 'immigration.physically_present'")


def test_ref_cycle_is_reported(data: Path) -> None:
    f = data / "rules" / "common.yaml"
    edit(
        f,
        "  minor_sex_trafficking:\n    any_row:",
        "  minor_sex_trafficking:\n    {ref: sex_trafficking}\n"
        "  _was_minor_sex_trafficking:\n    any_row:",
    )
    assert_reported(data, "cycle", "minor_sex_trafficking")


def test_ask_if_cycle_is_reported(data: Path) -> None:
    f = data / "questions.yaml"
    edit(
        f,
        "    fact: trafficking.debt_owed\n    type: yes_no\n",
        "    fact: trafficking.debt_owed\n    type: yes_no\n"
        "    ask_if: {fact: trafficking.debt_grew, is_true: true}\n",
    )
    assert_reported(data, "ask_if conditions form a cycle")


def test_unknown_ref_is_reported(data: Path) -> None:
    edit(data / "rules" / "vacatur.yaml", "{ref: severe_trafficking}", "{ref: severe_trafficing}")
    assert_reported(data, "ref 'severe_trafficing'")


LABELS_EN = re.compile(r"\b(victim|trafficked|trafficking|prostitut\w*|smuggl\w*|persecut\w*)")
LABELS_ES = re.compile(r"\b(víctima|trata|prostitu\w*|tráfico|persecu\w*)\b")


def test_client_prompts_ask_about_conduct_never_labels() -> None:
    """DOMAIN.md §8.1 rule 1: no label questions. Counsel-only prompts are exempt."""
    for q in load_rules().questions.values():
        if q.prompt_en.startswith("For counsel"):
            assert q.prompt_es.startswith("Para el abogado"), q.id
            continue
        en, es = q.prompt_en.lower(), q.prompt_es.lower()
        assert not LABELS_EN.search(en), (q.id, q.prompt_en)
        assert not LABELS_ES.search(es), (q.id, q.prompt_es)
        if q.sensitive and q.content_warning_en:
            assert q.content_warning_es, q.id


def test_every_help_line_has_its_spanish() -> None:
    """Issue 18 item 3: the attorney's help line of every question in Spanish too; only a bare
    citation reads the same in both."""
    same = []
    for q in load_rules().questions.values():
        assert q.help_es.strip(), q.id
        if q.help_es == q.help and re.search(r"[a-z]{4,}", q.help.replace("CFR", "")):
            same.append(q.id)
    assert not same, same
