"""Filing plans: order, conditions, derivatives, statuses, supplied documents and exhibits.
Fictional clients only."""

from __future__ import annotations

import datetime as dt
import shutil
from importlib import resources
from pathlib import Path

import pytest

from casefile.demo import demo_profile
from eligibility.registry import relief_ids
from facts import FactView
from packets.errors import PlanUnavailable
from packets.plan import PlanOptions, load_plan_data, plan
from packets.providers import Derivative, PartStatus, catalogue_facts
from tests.packets.fakes import FakeForms, fake_providers, with_child
from tests.packets.pdfkit import encrypt, make_pdf

TODAY = dt.date(2026, 11, 29)


def _view(profile=None) -> FactView:  # type: ignore[no-untyped-def]
    return FactView(profile or demo_profile(), today=TODAY)


def _keys(p) -> list[str]:  # type: ignore[no-untyped-def]
    return [d.key for d in p.documents]


@pytest.mark.parametrize("relief", relief_ids())
def test_plan_data_is_valid_and_cited(relief: str) -> None:
    data = load_plan_data(relief)
    assert data.relief == relief
    assert data.verify_status in ("ok", "VERIFY", "stale")
    for entry in data.documents:
        assert entry.authority and all(a.strip() for a in entry.authority)
    # every plan ends its papers with an exhibit index and the exhibits
    ids = [e.id for e in data.documents]
    assert "exhibit_index" in ids and "exhibits" in ids
    assert ids.index("exhibit_index") + 1 == ids.index("exhibits")


def test_every_plan_file_is_loaded() -> None:
    folder = resources.files("packets") / "data" / "plans"
    names = sorted(
        e.name.removesuffix(".yaml") for e in folder.iterdir() if e.name.endswith(".yaml")
    )
    assert names == sorted(relief_ids())


def test_missing_facts_name_the_removed_fact() -> None:
    """Forms (FillReport) and drafts (DocxDraft) both report the removed fact by its catalogue
    name, so the desktop can open that field without reading the problem text."""
    before = {d.key: d for d in plan(_view(), "t_visa").documents}
    assert not any("client.date_of_birth" in d.missing_facts for d in before.values())
    profile = demo_profile()
    profile.client.date_of_birth = None
    after = {d.key: d for d in plan(_view(profile), "t_visa").documents}
    assert "client.date_of_birth" in after["i-765"].missing_facts  # filled form
    assert "client.date_of_birth" in after["declaration"].missing_facts  # rendered draft
    assert after["i-765"].to_dict()["missing_facts"] == list(after["i-765"].missing_facts)
    # only catalogue names: counsel's details are the representative.* facts (counsel settings)
    cover = after["cover_letter"]
    assert "representative.phone" in cover.missing_facts
    assert all(n.split(".")[0] in ("client", "representative") or "[]" in n
               for n in cover.missing_facts)  # fmt: skip
    # parts with nothing missing, and exhibits, carry none
    assert after["exhibit_index"].missing_facts == () and after["exhibit:A"].missing_facts == ()


def test_catalogue_facts_splits_dedupes_and_drops_non_catalogue_names() -> None:
    names = ["client.ssn, client.a_number", "attorney.phone", "client.ssn", "arrests[].docket"]
    assert catalogue_facts(names) == ["client.ssn", "client.a_number", "arrests[].docket"]
    assert catalogue_facts([]) == []


def test_unknown_relief() -> None:
    with pytest.raises(PlanUnavailable, match="known reliefs"):
        plan(_view(), "h1b", providers=fake_providers())


def test_t_visa_demo_order_with_real_providers() -> None:
    """The demo client, against the real forms/templates/eligibility packages."""
    p = plan(_view(), "t_visa")
    assert _keys(p) == [
        "cover_letter",
        "g-28",
        "i-914",
        "i-914a#0",
        "i-914a#1",
        "photos",  # issue 24: photos per the I-914 instructions (VERIFY), one set per Supp A
        "photos-derivative#0",
        "photos-derivative#1",
        "cooperation_evidence",  # the demo has no signed Supplement B (issue 24 item 5)
        "i-192",
        "i-765",
        "relationship_evidence#0",  # one per included family member (issue 24 item 4)
        "relationship_evidence#1",
        "declaration",
        "exhibit_index",
        "exhibit:A",
        *[f"evidence:{n}" for n in range(1, 12)],  # one per element's item (issue 24 item 6)
        "evidence_checklist",
    ]
    by = {d.key: d for d in p.documents}
    # the current G-28 is bundled with a map now (issue 16): it is filled, and counsel's own
    # details (representative.* facts) are reported missing for the demo
    assert by["g-28"].status is PartStatus.MISSING_FACTS
    assert any(n.startswith("representative.") for n in by["g-28"].missing_facts)
    assert by["i-914"].status is PartStatus.FORM_PDF_NOT_SUPPLIED
    assert "uscis.gov/i-914" in " ".join(by["i-914"].problems)
    assert by["i-914a#0"].title == "Form I-914 Supplement A — Marta Vargas Ejemplo"
    assert by["i-914a#1"].title == "Form I-914 Supplement A — Tomás Ejemplo Vargas"
    assert by["i-765"].status is PartStatus.MISSING_FACTS  # bundled PDF, some answers missing
    assert by["exhibit:A"].status is PartStatus.MISSING_FILE
    assert by["exhibit:A"].exhibit_description == "Birth certificate, with certified translation"
    assert by["exhibit_index"].status is PartStatus.READY
    assert {d.name for d in p.derivatives} == {"Marta Vargas Ejemplo", "Tomás Ejemplo Vargas"}
    assert p.blockers and not p.complete
    assert any("VERIFY" in w for w in p.warnings)


def test_obsolete_g28_supplied_is_refused(tmp_path: Path, shared_forms: Path) -> None:
    shutil.copy(shared_forms / "g-28_obsolete-ed-05-05-16.pdf", tmp_path / "g-28.pdf")
    p = plan(_view(), "t_visa", exhibits_dir=tmp_path)
    g28 = next(d for d in p.documents if d.key == "g-28")
    assert g28.status is PartStatus.FORM_PDF_NOT_SUPPLIED
    assert any("obsolete edition 05/05/16" in x for x in g28.problems)
    # and it was not swept into the exhibits either
    assert all(
        d.path is None or d.path.name != "g-28.pdf" for d in p.documents if d.kind == "exhibit"
    )


def test_supplied_completed_form_is_used(tmp_path: Path) -> None:
    (tmp_path / "g-28.pdf").write_bytes(make_pdf(2, "Hand-completed G-28"))
    p = plan(_view(), "u_visa", exhibits_dir=tmp_path, providers=fake_providers())
    g28 = next(d for d in p.documents if d.key == "g-28")
    assert g28.source == "supplied file" and g28.path == tmp_path / "g-28.pdf"
    assert g28.status is PartStatus.READY
    assert any("edition" in w for w in g28.warnings)  # could not read an edition: say so


def test_fee_waiver_only_when_asked_and_allowed() -> None:
    p = plan(_view(), "t_visa", providers=fake_providers(), options=PlanOptions())
    assert "i-912" not in _keys(p)
    p = plan(_view(), "t_visa", providers=fake_providers(), options=PlanOptions(fee_waiver=True))
    keys = _keys(p)
    assert keys.index("g-28") < keys.index("i-912") < keys.index("i-914")
    doc = next(d for d in p.documents if d.key == "i-912")
    assert doc.verify_status == "VERIFY"
    p = plan(
        _view(), "asylum_psg", providers=fake_providers(), options=PlanOptions(fee_waiver=True)
    )
    assert "i-912" not in _keys(p)
    # issue 14: the statutory fee, and the 2026 inflation adjustment it is subject to
    [fee] = [w for w in p.warnings if "cannot be waived" in w]
    assert "90 FR 34511" in fee and "90 FR 52693" in fee and "VERIFY" in fee


def test_supp_b_for_t_only_if_obtained(tmp_path: Path) -> None:
    profile = demo_profile()
    p = plan(_view(profile), "t_visa", providers=fake_providers())
    assert "i-914b" not in _keys(p)
    cert = profile.rows("certifications")[0]
    cert.status, cert.signed_date = "signed", dt.date(2026, 10, 1)  # type: ignore[attr-defined]
    p = plan(_view(profile), "t_visa", providers=fake_providers(), exhibits_dir=tmp_path)
    doc = next(d for d in p.documents if d.key == "i-914b")
    assert doc.status is PartStatus.MISSING_FILE and not doc.required
    assert _keys(p).index("i-914a#1") < _keys(p).index("i-914b") < _keys(p).index("i-192")
    (tmp_path / "i-914b.pdf").write_bytes(make_pdf(3, "Signed Supp B"))
    p = plan(_view(profile), "t_visa", providers=fake_providers(), exhibits_dir=tmp_path)
    doc = next(d for d in p.documents if d.key == "i-914b")
    assert doc.status is PartStatus.READY and doc.path == tmp_path / "i-914b.pdf"


def _add_u_cert(profile, signed: dt.date | None) -> None:  # type: ignore[no-untyped-def]
    profile.add(
        "certifications",
        form="I-918B",
        agency="Example County District Attorney",
        status="signed" if signed else "requested",
        signed_date=signed,
    )


def test_u_supp_b_required_and_fresh(tmp_path: Path) -> None:
    profile = demo_profile()
    p = plan(_view(profile), "u_visa", providers=fake_providers(), exhibits_dir=tmp_path)
    supp = next(d for d in p.documents if d.key == "i-918b")
    assert supp.required and supp.status is PartStatus.MISSING_FILE
    assert supp in p.blockers
    (tmp_path / "i-918b.pdf").write_bytes(make_pdf(4, "Signed certification"))
    _add_u_cert(profile, dt.date(2026, 1, 15))  # more than 6 months before filing
    p = plan(_view(profile), "u_visa", providers=fake_providers(), exhibits_dir=tmp_path)
    supp = next(d for d in p.documents if d.key == "i-918b")
    assert supp.status is PartStatus.MISSING_FILE
    assert any("8 CFR 214.14(c)(2)(i)" in x and "2026-07-15" in x for x in supp.problems)
    profile = demo_profile()
    _add_u_cert(profile, dt.date(2026, 10, 1))
    p = plan(_view(profile), "u_visa", providers=fake_providers(), exhibits_dir=tmp_path)
    supp = next(d for d in p.documents if d.key == "i-918b")
    assert supp.status is PartStatus.READY
    assert any("file by 2027-04-01" in w for w in supp.warnings)


def test_i192_follows_eligibility_s_inadmissibility_condition() -> None:
    """The plan's I-192 entry uses the condition of eligibility's I-192 flags (one condition
    tree, in eligibility/data/rules/common.yaml): the two never disagree."""
    from eligibility import assess

    profile = demo_profile()  # entered without inspection, and a conviction
    view = _view(profile)
    assert "i-192" in _keys(plan(view, "t_visa", providers=fake_providers(derivative_list=[])))
    assert "T-FLAG-I192" in assess(view, "t_visa").flag_ids()
    profile.client.last_arrival_manner = "with inspection"
    profile.groups["arrests"] = []
    for name in [n for n in profile.answers if n.startswith("inadmissibility.")]:
        profile.answers.pop(name)
    profile.client.prior_removal_order = False
    view = _view(profile)
    keys = _keys(plan(view, "t_visa", providers=fake_providers(derivative_list=[])))
    assert "i-192" not in keys
    assert "T-FLAG-I192" not in assess(view, "t_visa").flag_ids()


def test_flags_and_derivatives_come_from_the_eligibility_screen() -> None:
    """No legal test of its own: the plan follows eligibility's I-192 flag and derivatives."""
    from eligibility import assess

    view = _view()
    screen = assess(view, "t_visa")
    p = plan(view, "t_visa", providers=fake_providers())  # the real screen
    assert ("i-192" in _keys(p)) == ("T-FLAG-I192" in screen.flag_ids())
    assert "i-192" in _keys(p)  # demo entered without inspection and has a conviction
    assert [(d.row, d.name, d.code) for d in p.derivatives] == [
        (d.family_index, d.name, d.code) for d in screen.derivatives
    ]
    assert [d.name for d in p.derivatives] == ["Marta Vargas Ejemplo", "Tomás Ejemplo Vargas"]


def test_derivative_i765_only_for_family_in_the_us() -> None:
    """The entry's condition reads each derivative's own family row (family[].in_us)."""
    profile = demo_profile()
    profile.rows("family")[1].in_us = True  # the sibling is in the U.S.; the parent is not
    derivs = [
        Derivative(0, "Marta Vargas Ejemplo", "parent", "T-4", in_us=False),
        Derivative(1, "Tomás Ejemplo Vargas", "sibling", "T-5", in_us=True),
    ]
    providers = fake_providers(derivative_list=derivs)
    p = plan(_view(profile), "t_visa", providers=providers)
    assert [k for k in _keys(p) if k.startswith("i-765")] == ["i-765", "i-765-derivative#1"]


def test_asylum_derivative_copies_for_spouse_and_children_in_us() -> None:
    profile = with_child(demo_profile())
    p = plan(_view(profile), "asylum_psg", providers=fake_providers())
    copies = [d for d in p.documents if d.entry_id == "i-589-derivative-copy"]
    assert [d.title for d in copies] == ["Form I-589, additional copy for Ana Ejemplo"]
    assert copies[0].copy_of_principal
    # the demo's parent and sibling abroad are not asylum derivatives
    assert [d.name for d in p.derivatives] == ["Ana Ejemplo"]


def test_in_removal_proceedings_swaps_g28_for_eoir28() -> None:
    profile = demo_profile()
    p = plan(_view(profile), "asylum_psg", providers=fake_providers())
    assert "g-28" in _keys(p) and "eoir-28" not in _keys(p)
    profile.client.in_removal_proceedings = True
    p = plan(_view(profile), "asylum_psg", providers=fake_providers())
    assert "g-28" not in _keys(p) and "eoir-28" in _keys(p)
    profile.client.in_removal_proceedings = None
    p = plan(_view(profile), "asylum_psg", providers=fake_providers())
    assert "g-28" in _keys(p) and any("removal proceedings is unknown" in w for w in p.warnings)


def test_wet_signature_status_and_problem() -> None:
    p = plan(_view(), "t_visa", providers=fake_providers(derivative_list=[]))
    by = {d.key: d for d in p.documents}
    assert by["declaration"].status is PartStatus.NEEDS_WET_SIGNATURE
    assert any("client must sign in ink" in x for x in by["declaration"].problems)
    assert by["cover_letter"].status is PartStatus.READY
    assert by["i-914"].status is PartStatus.NEEDS_WET_SIGNATURE


def test_provider_statuses_pass_through() -> None:
    providers = fake_providers(derivative_list=[])
    assert isinstance(providers.forms, FakeForms)
    providers.forms.status["i-914"] = PartStatus.FORM_PDF_NOT_SUPPLIED
    p = plan(_view(), "t_visa", providers=providers)
    i914 = next(d for d in p.documents if d.key == "i-914")
    assert i914.status is PartStatus.FORM_PDF_NOT_SUPPLIED and i914.blocking


def test_exhibits_matched_added_and_checked(tmp_path: Path) -> None:
    profile = demo_profile()
    profile.add("exhibits", label="C", description="Police report", reliefs=["t_visa"])
    profile.add(
        "exhibits",
        description="Letter from the shelter",
        reliefs=["t_visa"],
        translation_status="needed",
    )
    profile.add("exhibits", description="Vacatur only record", reliefs=["vacatur"])
    (tmp_path / "A - Birth certificate.pdf").write_bytes(make_pdf(1, "Birth certificate"))
    (tmp_path / "C.pdf").write_bytes(make_pdf(2, "Police report"))
    (tmp_path / "letter-from-the-shelter.pdf").write_bytes(make_pdf(1, "Shelter letter"))
    (tmp_path / "bank statements.pdf").write_bytes(encrypt(make_pdf(1, "Bank"), "pw"))
    (tmp_path / "notes.txt").write_text("not an exhibit")
    p = plan(_view(profile), "t_visa", exhibits_dir=tmp_path, providers=fake_providers())
    ex = {d.exhibit_label: d for d in p.documents if d.kind == "exhibit"}
    assert sorted(ex) == ["A", "B", "C", "D"]
    assert ex["A"].path == tmp_path / "A - Birth certificate.pdf"
    assert ex["A"].status is PartStatus.READY
    assert ex["C"].path == tmp_path / "C.pdf"
    assert ex["B"].path == tmp_path / "letter-from-the-shelter.pdf"
    assert ex["B"].status is PartStatus.MISSING_FILE  # translation still needed
    assert any("8 CFR 103.2(b)(3)" in x for x in ex["B"].problems)
    assert ex["D"].path == tmp_path / "bank statements.pdf"
    assert ex["D"].status is PartStatus.UNREADABLE
    assert any("password" in x for x in ex["D"].problems)
    assert any("not recorded in the client's profile" in w for w in ex["D"].warnings)
    assert all("Vacatur only" not in d.title for d in p.documents)


def test_vacatur_state_warning() -> None:
    profile = demo_profile()
    p = plan(_view(profile), "vacatur", providers=fake_providers())
    assert not any("follow the New York set" in w for w in p.warnings)
    assert _keys(p)[:3] == ["notice_of_motion", "affirmation", "affidavit"]
    profile.rows("arrests")[0].state = "TX"  # type: ignore[attr-defined]
    p = plan(_view(profile), "vacatur", providers=fake_providers())
    assert any("state is TX" in w for w in p.warnings)


def test_plan_to_dict_is_json_ready() -> None:
    import json

    p = plan(_view(), "continued_presence", providers=fake_providers())
    data = json.loads(json.dumps(p.to_dict()))
    assert data["relief"] == "continued_presence"
    assert [d["key"] for d in data["documents"]][:2] == ["request_letter", "consent"]
    assert data["documents"][1]["status"] == "missing file"


@pytest.mark.parametrize("relief", relief_ids())
def test_plan_conditions_name_catalogue_facts_and_shared_conditions(relief: str) -> None:
    """Plan ``when:`` trees are eligibility's language: their facts are in the catalogue and
    their refs are the rules' shared conditions."""
    from eligibility import load_rules
    from eligibility.conditions import fact_names, ref_names
    from facts.catalogue import load_catalogue

    catalogue, common = load_catalogue(), load_rules().common
    for entry in load_plan_data(relief).documents:
        if entry.when is None:
            continue
        assert [n for n in fact_names(entry.when) if n not in catalogue] == [], entry.id
        assert ref_names(entry.when) <= set(common), entry.id


@pytest.mark.parametrize("relief", ["t_visa", "u_visa", "asylum_psg"])
def test_uscis_plans_carry_the_evidence_checklist_as_an_unfiled_worksheet(relief: str) -> None:
    """Issue 17 item 6: the checklist is planned (so it is checked and listed for review) but
    marked not filed and not required, so it never blocks or enters the packet."""
    p = plan(_view(), relief, providers=fake_providers())
    sheets = [d for d in p.documents if d.document_id == "evidence_checklist"]
    assert len(sheets) == 1
    sheet = sheets[0]
    assert sheet.filed is False and sheet.required is False and not sheet.blocking
    assert sheet.to_dict()["filed"] is False
    # the evidence entries (issue 24 item 6) are work product too: everything else is filed
    assert all(d.filed for d in p.documents if d is not sheet and d.evidence is None)
    assert not [d for d in p.documents if d.evidence is not None and (d.filed or d.blocking)]


@pytest.mark.parametrize("relief", ["continued_presence", "vacatur"])
def test_non_uscis_plans_have_no_checklist_worksheet(relief: str) -> None:
    data = load_plan_data(relief)
    assert "evidence_checklist" not in [d.document for d in data.documents]


def test_an_unfiled_entry_cannot_be_required() -> None:
    from pydantic import ValidationError

    from packets.plan import DocEntry

    with pytest.raises(ValidationError, match="not filed"):
        DocEntry(
            id="sheet",
            title="Worksheet",
            source="draft",
            document="evidence_checklist",
            filed=False,
            authority=["x"],
            verify_status="ok",
        )
