"""``./run draft`` end to end for the demo client."""

from __future__ import annotations

from pathlib import Path

import pytest

from main import main
from templates.docxtext import docx_text


def test_draft_writes_a_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "decl.docx"
    rc = main(
        [
            "draft",
            "--client",
            "demo",
            "--document",
            "t_declaration",
            "--out",
            str(out),
            "--today",
            "2026-11-29",
        ]
    )
    assert rc == 0
    text = docx_text(out)
    assert "DECLARATION OF Lucía Inés Ejemplo Vargas" in text
    captured = capsys.readouterr()
    # the topics still waiting for the client's own account are listed as missing
    assert "missing: The client's account: How I was recruited and brought there" in captured.err
    assert "[narratives[].text]" in captured.err


def test_draft_unknown_state_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc = main(
        [
            "draft",
            "--client",
            "demo",
            "--document",
            "vacatur_memorandum",
            "--state",
            "TX",
            "--out",
            str(tmp_path / "m.docx"),
        ]
    )
    assert rc == 2
    err = capsys.readouterr().err
    assert err.startswith("reliefdesk: ") and "TX" in err and err.count("\n") == 1
    assert not (tmp_path / "m.docx").exists()


def test_draft_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", "--list"]) == 0
    out = capsys.readouterr().out
    assert "vacatur_notice_of_motion\tVacatur: notice of motion" in out
