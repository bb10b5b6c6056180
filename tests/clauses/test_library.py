"""The clause library: schema, references to the fact catalogue, selection, cites, PSG warnings."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from clauses import (
    ClauseError,
    StateTableError,
    load_files,
    load_library,
    load_state_table,
    parse_state_table,
    psg_warnings,
    render_clause,
    vacatur_state,
)
from clauses.refs import fact_refs
from eligibility.loader import load_rules
from eligibility.schema import StateRule
from facts import FactView, load_catalogue

TODAY = dt.date(2026, 11, 29)
DOMAIN = Path(__file__).resolve().parents[3] / "shared" / "DOMAIN.md"
VERIFIED = Path(__file__).resolve().parents[2] / "clauses" / "data" / "verified_cites.yaml"

GOOD = """
clauses:
  - id: test.one
    title: One
    documents: [t_declaration]
    section: intro
    reliefs: [t_visa]
    body: "My name is {{ fact('client.given_name') }}."
    cite: ["8 CFR 214.204(c)"]
    last_reviewed: 2026-11-29
    verify_status: ok
"""


def test_library_loads_and_every_clause_carries_its_authority() -> None:
    lib = load_library()
    assert len(lib) >= 30
    for clause in lib:
        assert clause.cite, clause.id
        assert clause.last_reviewed <= dt.date.today()  # no review dated in the future
        assert clause.verify_status in ("ok", "VERIFY", "stale")


def test_every_fact_a_clause_names_is_in_the_catalogue() -> None:
    cat = load_catalogue()
    lib = load_library()
    seen = 0
    for clause in lib:
        names = set(fact_refs(clause.body)) | set(clause.proves_with)
        for name in names:
            assert name in cat, f"{clause.id}: {name}"
            seen += 1
    assert seen > 100  # the scan really finds the references


def test_t_declaration_covers_each_element_with_proving_facts() -> None:
    lib = load_library()
    elements = {c.element: c for c in lib.for_document("t_declaration") if c.element}
    for el in ("T-E1", "T-E2", "T-E3", "T-E3a", "T-E3b", "T-E4"):
        assert el in elements, el
        assert elements[el].proves_with, el
    u = {c.element for c in lib.for_document("u_declaration")}
    assert {"U-E1", "U-E3", "U-E4"} <= u


def test_cites_come_from_domain_md() -> None:
    """Guard against invented authority: each cite's section number or case name is in
    DOMAIN.md (the only allowed source besides verified searches)."""
    text = re.sub(r"\s+", " ", DOMAIN.read_text(encoding="utf-8").replace("*", ""))
    cites = {c for clause in load_library() for c in clause.cite}
    cites |= {c for row in load_state_table().states for c in row.cite}
    verified = yaml.safe_load(VERIFIED.read_text(encoding="utf-8"))["verified"]
    searched = {v["cite"] for v in verified if v.get("source") and v.get("checked")}
    for cite in sorted(cites - searched):
        case = re.match(r"(Matter of [^,]+|[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)* v\. [^,]+),", cite)
        if case:
            assert case.group(1) in text, cite
            continue
        tokens = re.findall(r"\d[\d./-]*\d", cite)
        assert tokens, cite
        assert max(tokens, key=len) in text, cite


def test_schema_errors_name_the_file_and_clause() -> None:
    assert len(load_files([("t.yaml", GOOD)])) == 1
    with pytest.raises(ClauseError) as e:
        load_files([("bad.yaml", GOOD.replace('cite: ["8 CFR 214.204(c)"]', "cite: []"))])
    assert e.value.file == "bad.yaml" and e.value.clause_id == "test.one"
    with pytest.raises(ClauseError, match=r"client\.favourite_colour"):
        load_files([("b.yaml", GOOD.replace("client.given_name", "client.favourite_colour"))])
    with pytest.raises(ClauseError, match="undeclared"):
        load_files([("b.yaml", GOOD.replace("fact('client.given_name')", "secret"))])
    bad_cond = GOOD.replace(
        "    body:", '    when: {fact: "episodes[].colour", eq: red}\n    body:'
    )
    with pytest.raises(ClauseError, match=r"episodes\[\]\.colour"):
        load_files([("c.yaml", bad_cond)])
    with pytest.raises(ClauseError, match="already used"):
        load_files([("a.yaml", GOOD), ("b.yaml", GOOD)])


def test_selection_is_three_valued(demo) -> None:
    lib = load_library()
    demo.answers.pop("trafficking.means.fraud", None)  # only the episode column decides below
    ids = [c.id for c in lib.select("t_declaration", FactView(demo, today=TODAY)).included]
    assert "t.victim.fraud" in ids and "t.victim.minor" in ids

    demo.rows("episodes")[0].means = ["force"]
    sel = lib.select("t_declaration", FactView(demo, today=TODAY))
    # the interview fact is still unanswered: unknown, never "no"
    assert "t.victim.fraud" in [c.id for c, _u in sel.undecided]
    demo.set_answer("trafficking.means.fraud", False)
    sel = lib.select("t_declaration", FactView(demo, today=TODAY))
    assert "t.victim.fraud" in [c.id for c in sel.excluded]
    demo.set_answer("trafficking.means.fraud", True)
    sel = lib.select("t_declaration", FactView(demo, today=TODAY))
    assert "t.victim.fraud" in [c.id for c in sel.included]
    demo.answers.pop("trafficking.means.fraud")

    demo.rows("episodes")[0].means = None
    sel = lib.select("t_declaration", FactView(demo, today=TODAY))
    undecided = dict((c.id, u) for c, u in sel.undecided)
    assert "t.victim.fraud" in undecided
    assert "episodes[].means" in undecided["t.victim.fraud"]


def test_rendered_clause_marks_missing_facts(demo) -> None:
    lib = load_library()
    demo.client.city_of_birth = None
    missing: list = []
    rc = render_clause(lib["t.intro.identity"], FactView(demo, today=TODAY), missing.append)
    assert "Lucía Inés Ejemplo Vargas" in rc.text
    assert "[[MISSING: City or town of birth]]" in rc.text
    assert [m.fact for m in missing] == ["client.city_of_birth"]
    assert missing[0].where == "clause t.intro.identity"


def test_clause_bodies_are_sandboxed(demo) -> None:
    evil = GOOD.replace(
        "fact('client.given_name')", "fact.__globals__ if fact else ''.__class__.__mro__"
    )
    lib = load_files([("evil.yaml", evil)])
    with pytest.raises(ClauseError, match="cannot be rendered"):
        render_clause(lib["test.one"], FactView(demo, today=TODAY), lambda m: None)


def test_psg_warnings_flag_circular_and_gender_only_groups() -> None:
    codes = lambda f: [w.code for w in psg_warnings(f)]  # noqa: E731
    assert codes("Women at risk of being trafficked") == ["circularity"]
    assert codes("Persons targeted by traffickers") == ["circularity"]
    assert codes("Guatemalan women") == ["gender_only"]
    assert codes("Persons from Guatemala who were previously trafficked") == []
    assert codes("Guatemalans who reported traffickers to the police") == []


def test_psg_library_offers_candidates_and_warns(demo) -> None:
    lib = load_library()
    sel = lib.select("asylum_psg_memo", FactView(demo, today=TODAY))
    ids = {c.id for c in sel.included}
    assert {"psg.candidate.former_victims", "psg.candidate.reported_traffickers"} <= ids
    assert {"psg.warning.gender_only", "psg.warning.circular"} <= ids
    kesg = lib["psg.warning.gender_only"]
    assert kesg.verify_status == "VERIFY" and "K-E-S-G-" in (kesg.warning or "")
    for c in sel.included:
        if c.section == "psg_candidates":
            text = render_clause(c, FactView(demo, today=TODAY), lambda m: None).text
            group = re.search(r'Proposed group: "([^"]+)"', text)
            assert group and not [
                w for w in psg_warnings(group.group(1)) if w.code == "circularity"
            ]
            for prong in ("Immutability", "Particularity", "Social distinction"):
                assert prong in text


def test_state_table_new_york_first_then_more_states() -> None:
    table = load_state_table()
    codes = [s.state for s in table.states]
    assert codes[0] == "NY" and len(codes) >= 3 and "CA" in codes
    ny = vacatur_state("ny")
    assert ny.statute_short == "CPL 440.10(1)(i)"
    assert ny.timing_type == "due_diligence" and "due diligence" in ny.timing_text
    assert ny.verify_status == "VERIFY"  # DOMAIN.md §11 item 8
    assert vacatur_state("CA").proof_standard == "clear_and_convincing"
    assert vacatur_state("CA").verify_status == "VERIFY"  # amendments VERIFY (DOMAIN.md §7.2)
    assert vacatur_state("IL").verify_status == "VERIFY"
    with pytest.raises(StateTableError, match="TX"):
        vacatur_state("TX")


DRAFTING = Path(__file__).resolve().parents[2] / "clauses/data/vacatur_drafting.yaml"


def test_drafting_schema_names_the_bad_row() -> None:
    text = DRAFTING.read_text(encoding="utf-8")
    broken = text.replace("      defendant_label: Petitioner\n", "", 1)
    with pytest.raises(StateTableError) as e:
        parse_state_table(broken, "x.yaml")
    assert e.value.state == "CA" and "caption.defendant_label" in str(e.value)
    assert e.value.file == "x.yaml"


def test_drafting_file_refuses_legal_fields() -> None:
    """The law has one copy (eligibility's table): a legal key in the drafting file is an error."""
    text = DRAFTING.read_text(encoding="utf-8")
    dup = text.replace("  - state: CA\n", "  - state: CA\n    proof_standard: preponderance\n", 1)
    with pytest.raises(StateTableError) as e:
        parse_state_table(dup)
    assert e.value.state == "CA" and "proof_standard" in str(e.value)
    assert "eligibility/data/vacatur_states.yaml" in str(e.value)
    legal_keys = set(StateRule.model_fields) - {"state", "name"}
    for row in yaml.safe_load(text)["states"]:
        assert not legal_keys & set(row), row["state"]


def test_legal_fields_come_from_the_eligibility_table() -> None:
    """Change the law in eligibility's row and the drafted row follows: no second copy."""
    legal = dict(load_rules().states)
    ca = legal["CA"]
    legal["CA"] = ca.model_copy(
        update={
            "proof_standard": "preponderance",
            "authority": ["Cal. Penal Code 236.14", "Cal. Penal Code 236.15"],
            "verify_status": "ok",
            "timing": ca.timing.model_copy(update={"text": "Within a reasonable time."}),
        }
    )
    table = parse_state_table(DRAFTING.read_text(encoding="utf-8"), legal=legal)
    row = next(r for r in table.states if r.state == "CA")
    assert row.proof_standard == "preponderance" and row.verify_status == "ok"
    assert row.cite == ["Cal. Penal Code 236.14", "Cal. Penal Code 236.15"]
    assert row.timing_text == "Within a reasonable time."
    # the shipped join: each drafted state's legal fields are eligibility's, field by field
    for drafted in load_state_table().states:
        rule = load_rules().states[drafted.state]
        assert drafted.cite == rule.authority
        assert (drafted.last_reviewed, drafted.verify_status) == (
            rule.last_reviewed,
            rule.verify_status,
        )
        assert drafted.nexus_standard == rule.nexus_standard
        assert drafted.effect_text == rule.effect_text


def test_drafting_row_without_a_legal_row_is_refused() -> None:
    legal = {k: v for k, v in load_rules().states.items() if k != "IL"}
    with pytest.raises(StateTableError) as e:
        parse_state_table(DRAFTING.read_text(encoding="utf-8"), legal=legal)
    assert e.value.state == "IL" and "no legal row" in str(e.value)
    # and a legal row that lacks the words the papers need is named, not drafted blank
    legal = dict(load_rules().states)
    legal["IL"] = legal["IL"].model_copy(update={"procedure_text": ""})
    with pytest.raises(StateTableError, match="procedure_text") as e2:
        parse_state_table(DRAFTING.read_text(encoding="utf-8"), legal=legal)
    assert e2.value.state == "IL"


def test_review_goes_stale_after_180_days() -> None:
    clause = load_library()["t.victim.fraud"]
    assert clause.status_on(TODAY) == "ok"
    assert clause.status_on(TODAY + dt.timedelta(days=181)) == "stale"


def test_conditions_are_three_valued_over_the_library(demo) -> None:
    """An empty profile leaves conditions unknown (never false); the demo settles some."""
    from casefile.models import Client
    from casefile.profile import Profile
    from clauses import conditions

    empty = FactView(Profile(client=Client(id="x" * 32)), today=TODAY)
    full = FactView(demo, today=TODAY)
    whens = [c.when for c in load_library() if c.when is not None]
    assert len(whens) > 20
    empty_results = [conditions.evaluate(w, empty) for w in whens]
    assert None in empty_results
    assert any(conditions.unknown_facts(w, empty) for w in whens)
    assert any(conditions.evaluate(w, full) is True for w in whens)


def test_a_condition_naming_an_unknown_fact_is_refused() -> None:
    from clauses import conditions
    from clauses.errors import ConditionError

    with pytest.raises(ConditionError, match=r"client\.favourite_colour"):
        conditions.validate({"fact": "client.favourite_colour", "eq": "red"}, "clause 'x'")
