"""Evidence checklist per relief and client (issue 17, item 6): have / missing from the exhibits."""

from __future__ import annotations

from clauses.evidence import checklist, load_evidence
from facts import FactView
from templates import DOCUMENTS, RenderOptions, render
from templates.docxtext import docx_text
from tests.templates.helpers import TODAY


def test_every_relief_has_a_checklist_and_it_loads() -> None:
    assert set(load_evidence().relief) == {
        "t_visa",
        "u_visa",
        "asylum_psg",
        "continued_presence",
        "vacatur",
    }


def test_items_are_marked_from_the_exhibits(demo) -> None:
    lines = checklist("t_visa", FactView(demo, today=TODAY))
    by_element = {line.element: line for line in lines}
    assert by_element["identity"].have
    assert by_element["identity"].tabs == ("Tab A: Birth certificate, with certified translation",)
    assert by_element["T-E3a"].have  # the demo client was 16: proof of age
    psych = [line for line in lines if line.element == "T-E4" and "Psychological" in line.item]
    assert psych and not psych[0].have
    demo.add("exhibits", description="Psychological evaluation (fictional clinician)",
             reliefs=["t_visa"])  # fmt: skip
    demo.add("exhibits", description="Certificate of disposition, CR-000000-22QN",
             reliefs=["vacatur"])  # fmt: skip
    lines = checklist("t_visa", FactView(demo, today=TODAY))
    psych = [line for line in lines if line.element == "T-E4" and "Psychological" in line.item]
    assert psych[0].have and psych[0].tabs == (
        "Tab B: Psychological evaluation (fictional clinician)",
    )
    dispo = [line for line in lines if line.element == "T-E6"]
    assert dispo and not dispo[0].have  # that exhibit is for the vacatur motion only
    vac = checklist("vacatur", FactView(demo, today=TODAY))
    assert any(line.have and "disposition" in line.item for line in vac)


def test_conditions_leave_out_items_that_do_not_apply(demo) -> None:
    items = [line.element for line in checklist("t_visa", FactView(demo, today=TODAY))]
    assert "T-E3a" in items and "T-E3" not in items  # a minor: exemption, not compliance
    demo.rows("episodes")[0].start_date = demo.client.date_of_birth.replace(year=2023)
    items = [line.element for line in checklist("t_visa", FactView(demo, today=TODAY))]
    assert "T-E3" in items and "T-E3a" not in items


def test_checklist_docx(demo) -> None:
    draft = render(
        "evidence_checklist", FactView(demo, today=TODAY), options=RenderOptions(relief="t_visa")
    )
    text = docx_text(draft.data, headers=False)
    assert "EVIDENCE CHECKLIST" in text and "T nonimmigrant status" in text
    assert (
        "| T-E3a | Proof of age when the trafficking began (birth certificate) | Have — Tab A"
        in text
    )
    assert (
        "| T-E4 | Psychological evaluation or therapist letter; medical records of the harm"
        " | MISSING |" in text
    )
    assert not DOCUMENTS["evidence_checklist"].filed  # attorney work product
