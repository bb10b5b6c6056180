"""Broken YAML data files: a copy of a rule, flow, question, clause or field-map file is
corrupted (syntax error, unknown fact, wrong type, unknown question) and the loader or validator
must name the file and the line (for clause and map files: the file, the line or clause, and
the field). Each case asserts the exact file and line it broke."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from clauses.errors import ClauseError
from clauses.library import load_files
from eligibility import RuleFileError
from eligibility.loader import data_dir, load_from
from eligibility.validate import problems
from forms import maps as maps_module
from forms.errors import FieldMapError

ELIG = Path(str(data_dir()))
CLAUSES = Path(str(resources.files("clauses") / "data" / "library"))
MAPS = Path(str(resources.files("forms") / "maps"))


def _line_of(text: str, needle: str, start: int = 1) -> int:
    for i, line in enumerate(text.splitlines(), 1):
        if i >= start and needle in line:
            return i
    raise AssertionError(f"{needle!r} not found")


def _replace_line(text: str, line: int, new: str) -> str:
    lines = text.splitlines(keepends=True)
    lines[line - 1] = new + "\n"
    return "".join(lines)


def _rule_problem(root: Path) -> tuple[str, int | None, str]:
    """(file, line, message) of the first problem: a load error or a validator finding."""
    try:
        found = problems(load_from(root))
    except RuleFileError as exc:
        return exc.path, exc.line, str(exc)
    assert found, "the corruption went unnoticed"
    m = re.match(r"^(?P<path>[^:]+)(?::(?P<line>\d+))?", found[0])
    assert m is not None, found[0]
    return m["path"], int(m["line"]) if m["line"] else None, found[0]


# -- eligibility: rules, flows, questions ---------------------------------------------------


def _original(rel: str) -> str:
    return (ELIG / rel).read_text(encoding="utf-8")


def _load_with(tmp: Path, rel: str, text: str) -> tuple[str, int | None, str]:
    """The first problem in a copy of the eligibility data whose file ``rel`` reads ``text``
    (the packaged data itself is never touched)."""
    root = tmp / "data"
    shutil.copytree(ELIG, root)
    (root / rel).write_text(text, encoding="utf-8")
    return _rule_problem(root)


def _elig_case(rel: str, corrupt: Callable[[str], tuple[str, int]], needle: str) -> Any:
    def run(tmp: Path) -> None:
        text, line = corrupt(_original(rel))
        path, got_line, message = _load_with(tmp, rel, text)
        assert path == f"eligibility/data/{rel}", message
        assert got_line == line, message
        assert needle in message, message

    return run


def _rules_syntax(text: str) -> tuple[str, int]:
    n = _line_of(text, "verify_status: ok")
    return _replace_line(text, n, "    verify_status: ok: not: yaml"), n


def _rules_unknown_fact(text: str) -> tuple[str, int]:
    text = text.replace(
        "immigration.physically_present, is_true", "immigration.teleported, is_true"
    )
    return text, _line_of(text, "- id: T-E2")


def _rules_wrong_type(text: str) -> tuple[str, int]:
    n = _line_of(text, "- id: T-E2")
    m = _line_of(text, "title:", n)
    return _replace_line(text, m, "    title: [not, a, string]"), m


def _rules_wrong_op(text: str) -> tuple[str, int]:
    text = text.replace(
        "{fact: cooperation.has_information, is_true: true}",
        "{fact: cooperation.has_information, before: 2020-01-01}",
        1,
    )
    # the finding is reported at the element holding the condition
    at = _line_of(text, "cooperation.has_information, before")
    lines = text.splitlines()
    el = max(i for i in range(at) if lines[i].lstrip().startswith("- id: U-"))
    return text, el + 1


def _flow_unknown_question(text: str) -> tuple[str, int]:
    return text.replace("questions: [", "questions: [q_does_not_exist, ", 1), 0


def _flow_syntax(text: str) -> tuple[str, int]:
    return text.replace("title_es:", "title_es: [unclosed\nstray:", 1), 0


def _questions_unknown_fact(text: str) -> tuple[str, int]:
    n = _line_of(text, "fact: ")
    return text.replace(text.splitlines()[n - 1], "    fact: client.shoe_size", 1), 0


def _common_unknown_fact(text: str) -> tuple[str, int]:
    text = text.replace("trafficking.means.force, is_true", "trafficking.means.magic, is_true", 1)
    # named at the condition's body (the line after its name)
    return text, _line_of(text, "any:", _line_of(text, "  trafficking_means:"))


def _flow_case(tmp: Path) -> None:
    text = _flow_unknown_question(_original("flows/t_visa.yaml"))[0]
    path, line, message = _load_with(tmp, "flows/t_visa.yaml", text)
    assert path == "eligibility/data/flows/t_visa.yaml", message
    assert line == _line_of(text, "q_does_not_exist"), message  # the line of the bad id
    assert "q_does_not_exist" in message


def _flow_syntax_case(tmp: Path) -> None:
    text = _flow_syntax(_original("flows/u_visa.yaml"))[0]
    path, line, message = _load_with(tmp, "flows/u_visa.yaml", text)
    assert path == "eligibility/data/flows/u_visa.yaml", message
    assert line is not None and abs(line - _line_of(text, "stray:")) <= 1, message
    assert "invalid YAML" in message


def _questions_case(tmp: Path) -> None:
    text = _original("questions.yaml")
    n = _line_of(text, "fact: ")
    original = text.splitlines()[n - 1]
    indent = original[: len(original) - len(original.lstrip())]
    text = _replace_line(text, n, f"{indent}fact: client.shoe_size")
    path, line, message = _load_with(tmp, "questions.yaml", text)
    assert path == "eligibility/data/questions.yaml", message
    lines = text.splitlines()
    item = max(i for i in range(n) if lines[i].lstrip().startswith("- id:")) + 1
    assert line == item, message
    assert "client.shoe_size" in message


# -- clauses -------------------------------------------------------------------------------


def _clause_case(corrupt: Callable[[str], tuple[str, str | None, int]], needle: str) -> Any:
    def run(_tmp: Path) -> None:
        name = "clauses/data/library/t_declaration.yaml"
        text, clause_id, line = corrupt((CLAUSES / "t_declaration.yaml").read_text("utf-8"))
        with pytest.raises(ClauseError) as info:
            load_files([(name, text)])
        exc = info.value
        assert exc.file == name and exc.line == line, str(exc)
        assert exc.clause_id == clause_id and needle in str(exc), str(exc)
        assert f"{name}:{line}" in str(exc)

    return run


def _first_clause(text: str) -> tuple[int, str]:
    n = _line_of(text, "  - id: ")
    return n, text.splitlines()[n - 1].split("id:", 1)[1].strip()


def _clause_syntax(text: str) -> tuple[str, str | None, int]:
    n = _line_of(text, "    order: ")
    return _replace_line(text, n, "    order: 10: 20"), None, n


def _clause_unknown_fact(text: str) -> tuple[str, str | None, int]:
    n, cid = _first_clause(text)
    b = _line_of(text, "    body: |", n)
    lines = text.splitlines(keepends=True)
    lines.insert(b, '      {{ fact("client.shoe_size") }}\n')
    return "".join(lines), cid, n


def _clause_wrong_type(text: str) -> tuple[str, str | None, int]:
    n, cid = _first_clause(text)
    o = _line_of(text, "    order: ", n)
    return _replace_line(text, o, "    order: [ten]"), cid, n


# -- field maps ----------------------------------------------------------------------------


def _map_case(corrupt: Callable[[str], str], needle: str) -> Any:
    def run(tmp: Path) -> None:
        name = "i-765_2025-08-21.yaml"
        folder = tmp / "maps_pkg"
        (folder / "maps").mkdir(parents=True)
        (folder / "maps" / name).write_text(
            corrupt((MAPS / name).read_text(encoding="utf-8")), encoding="utf-8"
        )
        mp = pytest.MonkeyPatch()
        mp.setattr(maps_module, "resources", SimpleNamespace(files=lambda _pkg: folder))
        maps_module.load_map.cache_clear()
        try:
            with pytest.raises(FieldMapError) as info:
                maps_module.load_map(name)
        finally:
            mp.undo()
            maps_module.load_map.cache_clear()
        assert info.value.map_file == f"forms/maps/{name}"
        assert needle in str(info.value), str(info.value)

    return run


def _map_syntax(text: str) -> str:
    n = _line_of(text, "subject: applicant")
    return _replace_line(text, n, "subject: applicant: again")


def _map_wrong_type(text: str) -> str:
    return text.replace("subject: applicant", "subject: [applicant]", 1)


CASES: dict[str, Callable[[Path], None]] = {
    "rules: YAML syntax error": _elig_case("rules/t_visa.yaml", _rules_syntax, "invalid YAML"),
    "rules: unknown fact": _elig_case(
        "rules/t_visa.yaml", _rules_unknown_fact, "'immigration.teleported'"
    ),
    "rules: wrong type": _elig_case("rules/t_visa.yaml", _rules_wrong_type, "title"),
    "rules: operator does not suit the fact": _elig_case(
        "rules/u_visa.yaml", _rules_wrong_op, "operator 'before'"
    ),
    "shared conditions: unknown fact": _elig_case(
        "rules/common.yaml", _common_unknown_fact, "trafficking.means.magic"
    ),
    "flow: unknown question": _flow_case,
    "flow: YAML syntax error": _flow_syntax_case,
    "questions: unknown fact": _questions_case,
    "clause: YAML syntax error": _clause_case(_clause_syntax, "invalid YAML"),
    "clause: unknown fact": _clause_case(_clause_unknown_fact, "client.shoe_size"),
    "clause: wrong type": _clause_case(_clause_wrong_type, "order"),
    "field map: YAML syntax error": _map_case(_map_syntax, "line "),
    "field map: wrong type": _map_case(_map_wrong_type, "'subject'"),
}
NAMED: list[str] = []


@pytest.mark.parametrize("case", list(CASES))
def test_broken_data_file_is_named(case: str, tmp_path: Path) -> None:
    CASES[case](tmp_path)
    NAMED.append(case)


def test_broken_data_summary(summary_line: Any) -> None:
    assert sorted(NAMED) == sorted(CASES)
    summary_line(f"broken data files {len(NAMED)}/{len(CASES)} named")
