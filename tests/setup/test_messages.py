"""Messages name the commands users type (./run init, ./run forms add FILE), never
``python main.py`` or a ``reliefdesk`` command that does not exist."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

from casefile.errors import StoreMissing
from casefile.version import command
from forms.errors import FormNotAvailable

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("casefile", "facts", "eligibility", "forms", "clauses", "templates", "packets",
            "desktop")  # fmt: skip
WRONG = re.compile(r"python main\.py|\breliefdesk (init|forms|assess|fill|draft|packet|plan)\b")


def test_store_missing_names_run_init(tmp_path: Path) -> None:
    assert "(./run init)" in str(StoreMissing(tmp_path / "cases.db"))


def test_form_missing_names_run_forms_add(tmp_path: Path) -> None:
    text = str(FormNotAvailable("I-914", "https://www.uscis.gov/i-914", tmp_path))
    assert "'./run forms add FILE'" in text


def test_the_installed_app_names_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/ReliefDesk/ReliefDesk")
    assert command("init") == "ReliefDesk init"


def test_no_string_in_the_code_names_a_command_users_cannot_type() -> None:
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                text = node.value if isinstance(node, ast.Constant) else None
                if isinstance(text, str) and WRONG.search(text):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []
