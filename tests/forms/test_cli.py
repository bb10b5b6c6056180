"""The headless commands: fill, forms list / add / coverage."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from main import main


def _fill_demo(data_dir: Path, form: str, out: Path, *extra: str) -> int:
    """``fill --client demo --form FORM --out OUT [extra]`` against a fresh data folder."""
    args = ["--data-dir", str(data_dir), "fill", "--client", "demo", "--form", form]
    return main([*args, "--out", str(out), *extra])


def test_fill_demo_i765(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "i-765.pdf"
    assert _fill_demo(tmp_path, "i-765", out, "--relief", "t_visa") == 0
    fields = PdfReader(io.BytesIO(out.read_bytes())).get_fields() or {}
    assert fields["form1[0].Page1[0].Line1a_FamilyName[0]"].get("/V") == "Ejemplo Vargas"
    text = capsys.readouterr().out
    assert "I-765 edition 08/21/25" in text and "missing:" in text and "(c)(40)" in text


def test_fill_flattened(tmp_path: Path) -> None:
    out = tmp_path / "flat.pdf"
    assert _fill_demo(tmp_path, "i-912", out, "--flatten") == 0
    assert not PdfReader(io.BytesIO(out.read_bytes())).get_fields()


def test_forms_add_refuses_obsolete_g28(
    shared_forms: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc = main(
        [
            "--data-dir",
            str(tmp_path),
            "forms",
            "add",
            str(shared_forms / "g-28_obsolete-ed-05-05-16.pdf"),
        ]
    )
    assert rc == 2
    err = capsys.readouterr().err
    assert "05/05/16" in err and err.count("\n") == 1
    assert not (tmp_path / "forms").exists() or not any((tmp_path / "forms").iterdir())


def test_forms_add_then_list(
    shared_forms: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path), "forms", "add", str(shared_forms / "i-765.pdf")]) == 0
    assert main(["--data-dir", str(tmp_path), "forms", "list"]) == 0
    text = capsys.readouterr().out
    assert "Added I-765 edition 08/21/25" in text
    assert str(tmp_path / "forms" / "i-765_08-21-25.pdf") in text
    assert "i-918" in text and "download from https://www.uscis.gov/i-918" in text


def test_forms_coverage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forms", "coverage"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 8  # seven forms plus the G-28
    assert any(line.startswith("I-589 01/20/25: 448 fields;") for line in lines)
    assert any(line.startswith("G-28 09/17/18: 97 fields; 74 mapped") for line in lines)
