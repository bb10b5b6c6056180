"""``forms map FILE``: propose, review in the terminal, save, export and import (fictional data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from main import main

OBSOLETE_G28 = "g-28_obsolete-ed-05-05-16.pdf"


def test_forms_map_shows_the_proposal_and_saves_nothing(
    shared_forms: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "draft.yaml"
    pdf = str(shared_forms / OBSOLETE_G28)
    rc = main(["--data-dir", str(tmp_path), "forms", "map", pdf, "--draft", str(draft)])
    out = capsys.readouterr().out
    assert rc == 0
    assert "G-28 edition 05/05/16" in out and "Nothing proposed is used for filling" in out
    assert "representative.family_name" in out and "blank by design" in out
    assert not (tmp_path / "maps").exists()
    text = draft.read_text(encoding="utf-8")
    assert text.startswith("# DRAFT") and "NOT REVIEWED" in text and "confidence:" in text
    assert "tooltip: Part 1. Information About Attorney" in text
    # A draft is not a map: importing it is refused.
    rc = main(["--data-dir", str(tmp_path), "forms", "map-import", str(draft), "--pdf", pdf])
    assert rc != 0 and "Field map" in capsys.readouterr().err
    assert not (tmp_path / "maps").exists()


def test_forms_map_review_saves_a_reviewed_map_and_it_travels(
    shared_forms: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = iter(["x", "b no catalogue fact yet"] * 200)
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    pdf = str(shared_forms / OBSOLETE_G28)
    data = ["--data-dir", str(tmp_path / "a")]
    review = ["--review", "--accept-confident", "--reviewer", "C. Demo"]
    rc = main([*data, "forms", "map", pdf, *review])
    out = capsys.readouterr().out
    assert rc == 0 and "answer a, 'c FACT [VALUE]' or 'b REASON'" in out
    saved = tmp_path / "a" / "maps" / "g-28_2016-05-05.yaml"
    text = saved.read_text(encoding="utf-8")
    assert "reviewed_by: C. Demo" in text and "no catalogue fact yet" in text
    shared = tmp_path / "shared.yaml"
    assert main([*data, "forms", "map-export", "G-28", "05/05/16", str(shared)]) == 0
    other = ["--data-dir", str(tmp_path / "b")]
    assert main([*other, "forms", "map-import", str(shared), "--pdf", pdf]) == 0
    assert (tmp_path / "b" / "maps" / "g-28_2016-05-05.yaml").is_file()
    # The same map does not fit the current G-28: refused with the missing fields named.
    rc = main([*other, "forms", "map-import", str(shared), "--pdf", str(shared_forms / "g-28.pdf")])
    err = capsys.readouterr().err
    assert rc != 0 and "names fields that this PDF does not have" in err


def test_forms_map_refuses_a_file_that_is_not_a_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "letter.pdf"
    bad.write_text("Dear USCIS", encoding="utf-8")
    rc = main(["--data-dir", str(tmp_path), "forms", "map", str(bad)])
    assert rc != 0
    assert "cannot be opened as a PDF" in capsys.readouterr().err
