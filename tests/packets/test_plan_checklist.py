"""Issue 24: checklist items a practitioner ticks off become plan entries (fee payment, photos,
relationship proof, service on DHS, a sealing request), each with its authority and
``last_reviewed``, only for the fact patterns they belong to. Fictional clients only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from casefile.demo import demo_profile
from casefile.profile import Profile
from facts import FactView
from packets.plan import load_plan_data, plan
from packets.providers import Derivative, DraftsAdapter, PartStatus
from templates.docxtext import docx_text
from tests.packets.fakes import fake_providers, with_child, without_inadmissibility_grounds
from tests.packets.pdfkit import make_pdf

TODAY = dt.date(2026, 12, 3)
NEW_ENTRIES = {
    "asylum_psg": ["fee_payment", "photos", "relationship_evidence", "proof_of_service_dhs"],
    "vacatur": ["sealing_request"],
    "t_visa": ["photos", "photos-derivative", "cooperation_evidence", "relationship_evidence"],
    "u_visa": ["photos", "photos-derivative", "relationship_evidence"],
}


def _asylum(profile: Profile, exhibits: Path | None = None):  # type: ignore[no-untyped-def]
    view = FactView(profile, today=TODAY)
    return plan(view, "asylum_psg", providers=fake_providers(), exhibits_dir=exhibits)


def test_new_entries_carry_authority_review_date_and_verify() -> None:
    for relief, ids in NEW_ENTRIES.items():
        entries = {e.id: e for e in load_plan_data(relief).documents}
        for entry_id in ids:
            entry = entries[entry_id]
            assert entry.last_reviewed == dt.date(2026, 12, 3), entry_id
            assert entry.authority and entry.verify_status == "VERIFY", entry_id


def test_affirmative_asylum_plans_fee_payment_and_photos_not_dhs_service() -> None:
    p = _asylum(demo_profile())
    by = {d.key: d for d in p.documents}
    assert list(by)[:2] == ["fee_payment", "cover_letter"]  # on top of the whole package
    fee = by["fee_payment"]
    assert fee.status is PartStatus.MISSING_FILE and fee.required
    assert "G-1450" in fee.title and "G-1650" in fee.title
    assert fee.last_reviewed == dt.date(2026, 12, 3)
    assert fee.to_dict()["last_reviewed"] == "2026-12-03"
    assert "add the completed, signed PDF as 'fee-payment.pdf'" in fee.problems[0]
    assert "photos" in by and "proof_of_service_dhs" not in by
    assert not [k for k in by if k.startswith("relationship_evidence")]  # no family included


def test_asylum_in_proceedings_serves_dhs_and_drops_uscis_payment() -> None:
    profile = demo_profile()
    profile.client.in_removal_proceedings = True
    by = {d.key: d for d in _asylum(profile).documents}
    assert "fee_payment" not in by
    service = by["proof_of_service_dhs"]
    assert service.status is PartStatus.MISSING_FILE
    assert any("1003.32" in a for a in service.authority)
    assert "'proof-of-service-dhs.pdf'" in service.problems[0]


def test_relationship_proof_per_included_family_member_read_from_its_own_file(
    tmp_path: Path,
) -> None:
    profile = with_child(demo_profile())
    p = _asylum(profile)
    proofs = [d for d in p.documents if d.entry_id == "relationship_evidence"]
    assert [d.title for d in proofs] == [
        "Proof of Ana Ejemplo's relationship to the applicant (birth or marriage certificate, "
        "with certified translation)"
    ]
    row = proofs[0].derivative.row  # type: ignore[union-attr]
    name = f"relationship-{row + 1}.pdf"
    assert proofs[0].status is PartStatus.MISSING_FILE
    assert f"add the file as '{name[:-4]}.pdf'" in proofs[0].problems[0]
    # the family member's own file fills the entry and is not taken as a stray exhibit
    (tmp_path / name).write_bytes(make_pdf(1, "fictional"))
    p = _asylum(profile, tmp_path)
    proof = next(d for d in p.documents if d.entry_id == "relationship_evidence")
    assert proof.status is PartStatus.READY and proof.path == tmp_path / name
    assert not [d for d in p.documents if d.kind == "exhibit" and d.path == tmp_path / name]
    # a photo sheet is a paper, not a form: no edition warning
    (tmp_path / "photos.pdf").write_bytes(make_pdf(1, "fictional"))
    photos = next(d for d in _asylum(profile, tmp_path).documents if d.key == "photos")
    assert photos.status is PartStatus.READY and not photos.warnings


def test_vacatur_plans_a_sealing_request_that_does_not_block() -> None:
    view = FactView(demo_profile(), today=TODAY)
    p = plan(view, "vacatur", providers=fake_providers())
    seal = next(d for d in p.documents if d.key == "sealing_request")
    assert not seal.required and not seal.blocking
    assert any("P.V." in a for a in seal.authority)
    assert "seal" in (seal.note or "")
    # other reliefs never plan one
    t = plan(view, "t_visa", providers=fake_providers())
    assert "sealing_request" not in [d.key for d in t.documents]


def test_filing_address_in_the_plan_by_relief_and_proceedings() -> None:
    profile = demo_profile()
    view = FactView(profile, today=TODAY)
    t = plan(view, "t_visa", providers=fake_providers())
    assert t.filing_address is not None and "Vermont Service Center" in t.filing_address.address
    assert t.filing_address.verify_status == "VERIFY"
    assert t.to_dict()["filing_address"]["last_reviewed"] == "2026-12-03"
    affirmative = _asylum(profile).filing_address
    assert affirmative is not None and "U.S. Citizenship and Immigration" in affirmative.address
    profile.client.in_removal_proceedings = True
    court = _asylum(profile).filing_address
    assert court is not None and court.address.startswith("The immigration court")
    assert any("1208.4" in a for a in court.authority)
    # vacatur goes to the court of each conviction: no USCIS address
    assert plan(view, "vacatur", providers=fake_providers()).filing_address is None


def test_cover_letter_prints_the_filing_address_not_a_placeholder() -> None:
    view = FactView(demo_profile(), today=TODAY)
    draft = DraftsAdapter()._render("uscis_cover_letter", view, "u_visa")
    text = docx_text(draft.data, headers=False)
    assert "Attn: I-918" in text and "Essex Junction, VT 05479-0001" in text
    assert not [m for m in draft.missing if "filing address" in str(m)]


def _t_plan(profile: Profile):  # type: ignore[no-untyped-def]
    return plan(FactView(profile, today=TODAY), "t_visa", providers=fake_providers())


def test_t_plan_asks_for_cooperation_evidence_only_without_a_supplement_b() -> None:
    profile = demo_profile()
    for row in profile.rows("certifications"):
        row.status = "requested"
        row.signed_date = None
    p = _t_plan(profile)
    coop = next(d for d in p.documents if d.key == "cooperation_evidence")
    assert coop.required and coop.status is PartStatus.MISSING_FILE
    assert any("214.208" in a for a in coop.authority)
    assert "i-914b" not in [d.key for d in p.documents]
    profile.add("certifications", form="I-914B", status="signed", signed_date=TODAY)
    keys = [d.key for d in _t_plan(profile).documents]
    assert "i-914b" in keys and "cooperation_evidence" not in keys


def test_t_and_u_plans_ask_for_each_derivative_relationship_proof() -> None:
    view = FactView(demo_profile(), today=TODAY)
    child = Derivative(row=0, name="Ana Ejemplo", relationship="child")
    for relief in ("t_visa", "u_visa"):
        p = plan(view, relief, providers=fake_providers(derivative_list=[child]))
        proofs = [d for d in p.documents if d.entry_id == "relationship_evidence"]
        assert [d.derivative for d in proofs] == [child], relief
        assert proofs[0].title.startswith("Proof of Ana Ejemplo's relationship")
        assert proofs[0].last_reviewed == TODAY
        none = plan(view, relief, providers=fake_providers(derivative_list=[]))
        assert not [d for d in none.documents if d.entry_id == "relationship_evidence"]


def test_t_and_u_plan_photos_for_the_applicant_and_each_supplement_a() -> None:
    view = FactView(demo_profile(), today=TODAY)
    child = Derivative(row=0, name="Ana Ejemplo", relationship="child")
    for relief, form in (("t_visa", "I-914"), ("u_visa", "I-918")):
        p = plan(view, relief, providers=fake_providers(derivative_list=[child]))
        by = {d.key: d for d in p.documents}
        own, theirs = by["photos"], by["photos-derivative#0"]
        assert theirs.title == "Passport-style photographs of Ana Ejemplo (Supplement A)"
        for doc in (own, theirs):
            # unconfirmed against the current instructions: planned, never blocking
            assert doc.verify_status == "VERIFY" and not doc.blocking, relief
            assert any(form in a for a in doc.authority) and doc.last_reviewed == TODAY
        assert "'photos-1.pdf'" in theirs.problems[0]
        alone = plan(view, relief, providers=fake_providers(derivative_list=[]))
        keys = [d.key for d in alone.documents]
        assert "photos" in keys and not [k for k in keys if k.startswith("photos-derivative")]
    # continued presence is a request by law enforcement: no photos planned
    cp = plan(view, "continued_presence", providers=fake_providers())
    assert not [d for d in cp.documents if d.entry_id.startswith("photos")]


def test_copies_follow_the_filing_and_carry_their_authority() -> None:
    profile = demo_profile()
    by = {d.key: d for d in _asylum(profile).documents}
    copies = by["i-589"].copies
    assert copies is not None and copies.count == 1 and copies.verify_status == "VERIFY"
    assert copies.last_reviewed == TODAY
    assert any("Send the original and 1 copy (Form I-589 instructions" in w
               for w in by["i-589"].warnings)  # fmt: skip
    assert by["i-589"].to_dict()["copies"]["count"] == 1
    assert any(w.startswith("Supporting documents (exhibits): Send the original and 1 copy")
               for w in _asylum(profile).warnings)  # fmt: skip
    profile.client.in_removal_proceedings = True
    court = next(d for d in _asylum(profile).documents if d.key == "i-589")
    assert court.copies is not None and court.copies.count == 0
    assert any("Send the original only (EOIR" in w for w in court.warnings)
    # a document with no copies rule says nothing about copies
    declaration = next(d for d in _asylum(profile).documents if d.key == "declaration")
    assert declaration.copies is None and not [w for w in declaration.warnings if "Send" in w]


def _evidence(profile: Profile, relief: str) -> dict[str, list]:  # type: ignore[type-arg]
    """The plan's evidence entries (issue 24 item 6) by the element id they serve."""
    p = plan(FactView(profile, today=TODAY), relief, providers=fake_providers())
    out: dict[str, list] = {}  # type: ignore[type-arg]
    for d in p.documents:
        if d.evidence is not None:
            out.setdefault(d.evidence.element, []).append(d)
    return out


def test_evidence_entries_per_element_carry_eligibility_s_cites() -> None:
    from clauses.evidence import rule_index

    for relief, elements in {
        "t_visa": ["T-E1", "T-E2", "T-E4", "T-E6"],  # victimisation, I-94s, hardship, I-192
        "u_visa": ["U-E1", "U-E5"],  # substantial abuse, the I-192's support
        "asylum_psg": ["A-E1", "A-E4", "A-E7"],  # harm, country conditions, arrival
    }.items():
        by = _evidence(demo_profile(), relief)
        for element in elements:
            title, rule = rule_index(relief)[element]
            for doc in by[element]:
                assert doc.authority == tuple(rule.authority), (relief, element)
                assert doc.note == title and doc.last_reviewed == rule.last_reviewed
                assert doc.title.startswith(f"Evidence ({element}): ")
                assert not doc.filed and not doc.required and not doc.blocking
        # identity serves no single rule: the entry's own (VERIFY) authority
        identity = by["identity"][0]
        assert identity.authority and identity.verify_status == "VERIFY"


def test_evidence_entry_turns_have_when_an_exhibit_is_recorded() -> None:
    profile = demo_profile()
    i94 = _evidence(profile, "t_visa")["T-E2"][0]
    assert i94.status is PartStatus.MISSING_FILE and "I-94" in i94.title
    assert i94.missing_facts == ("exhibits[].description",)
    assert i94.to_dict()["evidence"] == {"element": "T-E2", "have": False, "tabs": []}
    profile.add("exhibits", label="B", description="I-94 arrival record (fictional)",
                reliefs=["t_visa"])  # fmt: skip
    i94 = _evidence(profile, "t_visa")["T-E2"][0]
    assert i94.status is PartStatus.READY and not i94.problems
    assert i94.warnings == ["Tab B: I-94 arrival record (fictional)"]


def test_one_year_exception_and_i192_support_only_for_their_fact_patterns() -> None:
    profile = demo_profile()  # arrived 2021: past the one-year deadline; entered without inspection
    items = [d.evidence.item for d in _evidence(profile, "asylum_psg")["A-E7"]]  # type: ignore[union-attr]
    assert any(i.startswith("Evidence for the one-year deadline exception") for i in items)
    assert any("I-192" in d.title for d in _evidence(profile, "t_visa")["T-E6"])
    profile.client.last_arrival_date = TODAY - dt.timedelta(days=90)
    items = [d.evidence.item for d in _evidence(profile, "asylum_psg")["A-E7"]]  # type: ignore[union-attr]
    assert items == [
        "Proof of the date of the last arrival: I-94, passport entry stamp, tickets or other "
        "travel records"
    ]
    by = _evidence(without_inadmissibility_grounds(profile), "t_visa")
    assert not [d for docs in by.values() for d in docs if "I-192" in d.title]


@pytest.mark.parametrize(("relief", "form"), [("t_visa", "i-914"), ("u_visa", "i-918")])
def test_t_and_u_forms_go_in_the_original_only(relief: str, form: str) -> None:
    found = plan(FactView(demo_profile(), today=TODAY), relief, providers=fake_providers())
    doc = next(d for d in found.documents if d.key == form)
    assert doc.copies is not None and doc.copies.count == 0
    assert doc.copies.verify_status == "VERIFY"
    assert any(w.endswith(": Send the original only (8 CFR 103.2(b)(4) (application and "
               "petition forms are submitted in the original; supporting documents may be "
               "photocopies unless the instructions ask for an original) (VERIFY against the "
               "current form instructions)).") for w in doc.warnings)  # fmt: skip
