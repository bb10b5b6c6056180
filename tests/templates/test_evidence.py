"""Evidence checklist per relief and client (issue 17, item 6): have / missing from the exhibits."""

from __future__ import annotations

from clauses.evidence import NOT_A_RULE, checklist, load_evidence, rule_index
from facts import FactView
from templates import DOCUMENTS, RenderOptions, render
from templates.docxtext import docx_text
from tests.packets.fakes import without_inadmissibility_grounds
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
    # each line names its element and that rule's cites, read from eligibility (issue 24)
    assert (
        "| T-E3a | Proof of age when the trafficking began (birth certificate) | "
        "INA 101(a)(15)(T)(i)(III)(cc); 8 CFR 214.202(c)(1) | Have — Tab A" in text
    )
    assert (
        "| T-E4 | Psychological evaluation or therapist letter; medical records of the harm"
        " | INA 101(a)(15)(T)(i)(IV); 8 CFR 214.202(d); 8 CFR 214.209 (VERIFY) | MISSING |" in text
    )
    assert "| identity | Identity document" in text and "translation | — | Have" in text
    assert not DOCUMENTS["evidence_checklist"].filed  # attorney work product


def test_every_line_serves_a_rule_of_its_relief() -> None:
    """Issue 24 item 6: a line is tied to an element, exception or flag id of its relief's
    rules (so its cite is eligibility's), or is one of the groupings that serve no one rule.
    Vacatur's lines group the motion's papers, not its elements."""
    for relief, items in load_evidence().relief.items():
        if relief == "vacatur":
            continue
        rules = rule_index(relief)
        for item in items:
            assert item.element in rules or item.element in NOT_A_RULE, (relief, item.element)


def test_lines_carry_the_rule_s_title_and_cite(demo) -> None:
    view = FactView(demo, today=TODAY)
    t2 = next(line for line in checklist("t_visa", view) if line.element == "T-E2")
    assert "I-94" in t2.item and not t2.have
    title, rule = rule_index("t_visa")["T-E2"]
    assert t2.rule_title == title and t2.authority == tuple(rule.authority)
    assert t2.verify_status == rule.verify_status and t2.last_reviewed == rule.last_reviewed
    identity = next(line for line in checklist("t_visa", view) if line.element == "identity")
    assert identity.authority == () and identity.rule_title is None


def test_i192_support_only_where_a_ground_of_inadmissibility_may_apply(demo) -> None:
    def support(relief: str) -> list[str]:
        lines = checklist(relief, FactView(demo, today=TODAY))
        return [line.element for line in lines if "I-192" in line.item]

    # the demo entered without inspection and has a conviction: the waiver needs support
    assert support("t_visa") == ["T-E6"] and support("u_visa") == ["U-E5"]
    # inspected on entry, no removal order, every ground answered no, no arrests: none
    without_inadmissibility_grounds(demo)
    assert support("t_visa") == [] and support("u_visa") == []
