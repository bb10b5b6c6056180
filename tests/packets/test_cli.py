"""The headless commands, through main.py as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import main
from tests.packets.pdfkit import make_pdf, page_texts


def test_plan_command_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["plan", "--client", "demo", "--relief", "u_visa", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    keys = [d["key"] for d in data["documents"]]
    assert keys[:4] == ["cover_letter", "g-28", "i-918", "i-918b"]
    assert data["documents"][3]["status"] == "missing file"


def test_packet_command_builds_the_cp_packet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exhibits = tmp_path / "ex"
    exhibits.mkdir()
    (exhibits / "consent.pdf").write_bytes(make_pdf(1, "Signed consent"))
    (exhibits / "passport.pdf").write_bytes(make_pdf(2, "Fictional passport"))
    out = tmp_path / "cp.pdf"
    code = main.main(
        [
            "packet", "--client", "demo", "--relief", "cp", "--out", str(out),
            "--exhibits", str(exhibits), "--bates-prefix", "CP", "--quiet",
        ]
    )  # fmt: skip
    assert code == 0
    printed = capsys.readouterr().out
    assert f"Wrote {out}" in printed and "CP-000001" in printed
    texts = page_texts(out)
    assert any("Signed consent page 1" in t for t in texts)
    assert any("Exhibit A" in t and "Passport" in t for t in texts)
    manifest = json.loads(out.with_name("cp.manifest.json").read_text(encoding="utf-8"))
    assert manifest["relief_id"] == "continued_presence"
    assert manifest["bates_first"] == "CP-000001"


def test_packet_command_error_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main.main(
        ["packet", "--client", "demo", "--relief", "h1b", "--out", str(tmp_path / "x.pdf")]
    )
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("reliefdesk: No filing plan for 'h1b'") and "\n" not in err
