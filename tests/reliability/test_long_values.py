"""Long values in forms (issue 21, item 7): a 1 MB name made ``fill`` run for minutes in the
continuation sheet; the header name is now capped and long answers are laid out in pieces,
keeping every word. Content is checked, not time (timing belongs in benchmarks/)."""

from __future__ import annotations

import io

from pypdf import PdfReader

from forms.continuation import MAX_NAME_CHARS, ContinuationEntry, _pieces, continuation_pdf


def test_a_huge_name_is_capped_and_a_long_answer_keeps_every_word() -> None:
    name = "Ana María Quispe (fictional) " * 40_000  # about 1.2 MB
    words = [f"w{n:05d}" for n in range(30_000)]  # about 200,000 characters, one paragraph
    pdf = continuation_pdf(
        form_number="I-914",
        edition="01/20/25",
        applicant_name=name,
        a_number="012345678",
        entries=[ContinuationEntry("Page 5, Part 3, Item 1", " ".join(words))],
    )
    reader = PdfReader(io.BytesIO(pdf))
    first = reader.pages[0].extract_text()
    assert "Ana María Quispe" in first
    header = next(line for line in first.splitlines() if line.startswith("Applicant:"))
    assert len(header) <= len("Applicant: ") + MAX_NAME_CHARS + 5
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "w00000" in text and "w29999" in text and "w15000" in text
    assert 20 < len(reader.pages) < 400


def test_pieces_keep_every_character_but_the_cut_spaces() -> None:
    text = ("alpha beta gamma " * 500 + "\n") * 3 + "x" * 7000
    pieces = _pieces(text)
    assert all(len(p) <= 2000 for p in pieces)
    assert "".join(pieces).replace(" ", "") == text.replace("\n", "").replace(" ", "")
    assert _pieces("short\ntext") == ["short\ntext"]
