"""The map proposer: tooltip parsing, proposals, the synonym table, bad input, review and the
reviewed-map store (fictional data only)."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from forms.errors import FieldMapError, FormEditionMismatch, FormNotRecognised
from forms.fill import fill, inventory_for
from forms.inventory import inventory_from_pdf
from forms.maps import load_map
from forms.propose import load_synonyms, parse_tooltip, propose, synonym_problems
from forms.propose_input import (
    EditionUnreadable,
    NoFillableFields,
    PdfNeedsPassword,
    XfaOnlyForm,
    check_pdf,
)
from forms.propose_review import ReviewIncomplete, ReviewSession
from forms.propose_score import score
from forms.propose_store import (
    MapFieldsMissing,
    MapNotReviewed,
    export_reviewed,
    import_reviewed,
    load_reviewed,
    save_reviewed,
    usable_map,
)
from forms.registry import add_official_form
from forms.synthetic import build_pdf

OBSOLETE_G28 = "g-28_obsolete-ed-05-05-16.pdf"
TODAY = dt.date(2026, 12, 2)


def test_synonym_table_names_only_catalogue_facts_and_valid_patterns() -> None:
    assert synonym_problems(load_synonyms()) == []


def test_tooltip_parsed_into_part_headings_item_and_prompt() -> None:
    tip = parse_tooltip(
        "Part 2.  Information About You. Your U.S. Mailing Address. 5. B. Enter Street Number "
        "and Name."
    )
    assert tip.part == "2" and tip.item == "5.b"
    assert "mailing address" in tip.headings
    assert tip.prompt == "enter street number and name."
    child = parse_tooltip(
        "Part. A. 2. Information About Your Spouse and Children. Your Children. 5. Child 3. "
        "Enter Complete Last Name."
    )
    assert child.part == "A.2" and child.item == "5" and child.row == 2


def test_proposal_for_the_i765_reads_facts_states_and_formats() -> None:
    prop = propose(inventory_for("i-765"))
    by = prop.by_field()
    family = by["form1[0].Page1[0].Line1a_FamilyName[0]"]
    assert (family.fact, family.kind) == ("client.family_name", "text") and family.high
    assert "Family Name" in family.tooltip
    female = by["form1[0].Page2[0].Line9_Checkbox[0]"]
    assert (female.fact, female.value, female.on_state) == ("client.sex", "f", "N")
    a_number = by["form1[0].Page2[0].Line7_AlienNumber[0]"]
    assert a_number.format == ["a_number"] and a_number.overflow is False
    dob = by["form1[0].Page3[0].Line19_DOB[0]"]
    assert dob.format == ["date"]
    mailing = by["form1[0].Page2[0].Line4b_StreetNumberName[0]"]
    assert mailing.fact == "addresses[].street" and mailing.where["kind"][0] == "safe_mailing"
    physical = by["form1[0].Page2[0].Pt2Line7_StreetNumberName[0]"]
    assert physical.where["kind"] == ["physical"]
    barcode = by["form1[0].#pageSet[0].Page1[0].PDF417BarCode1[0]"]
    assert barcode.kind == "blank" and "barcode" in barcode.reason.lower()
    assert prop.form == "I-765" and prop.edition == "08/21/25"
    # The attorney box of an applicant's form is blank by design (counsel's G-28 carries it).
    bar = by["form1[0].Page1[0].Attorney-Rep[0].attorneyBarNumber[0]"]
    assert bar.kind == "blank" and "G-28" in bar.reason


def test_repeated_children_get_rows_and_signatures_are_blank() -> None:
    prop = propose(inventory_for("i-589"))
    child_rows = {
        p.row
        for p in prop.fields
        if p.fact == "family[].family_name" and p.where.get("relationship") == ["child"]
    }
    assert {0, 1, 2, 3} <= child_rows
    sigs = [p for p in prop.fields if "signature" in p.tooltip.lower() and "Sign" in p.field]
    assert sigs and all(p.kind == "blank" for p in sigs)


def test_score_counts_identical_differs_missing_against_the_hand_map() -> None:
    fmap = load_map("i-765_2025-08-21.yaml")
    prop = propose(inventory_for("i-765"))
    s = score("I-765", prop, fmap)
    assert s.identical + s.differs + s.missing == s.total > 40
    assert s.pct(s.identical) >= 80
    # Sabotage one proposal at high confidence: it must be counted confident-wrong.
    p = prop.by_field()["form1[0].Page1[0].Line1a_FamilyName[0]"]
    p.fact, p.confidence = "client.given_name", 0.95
    s2 = score("I-765", prop, fmap)
    assert s2.identical == s.identical - 1 and s2.confident_wrong == s.confident_wrong + 1
    assert s2.line().startswith("propose I-765 identical ")


def _fieldlist(tmp_path: Path, form: str, fields: list[dict[str, object]]) -> Path:
    data = {"form": form, "barcode_form_id": form, "pages": 1, "fields": fields}
    path = tmp_path / f"{form}.fields.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _text(name: str, tip: str, y: float) -> dict[str, object]:
    return {
        "full_name": name,
        "type": "text",
        "tooltip": tip,
        "page": 1,
        "rect": [50, y, 300, y + 14],
    }


def test_supplement_b_fills_only_the_applicants_identifying_block(tmp_path: Path) -> None:
    fl = _fieldlist(
        tmp_path,
        "I-918B",
        [
            _text(
                "form1[0].P1_FamilyName[0]",
                "Part 1. Victim Information. 1. A. Enter Family Name (Last Name).",
                700,
            ),
            _text("form1[0].P1_DOB[0]", "Part 1. Victim Information. 3. Enter Date of Birth.", 680),
            _text(
                "form1[0].P2_Agency[0]",
                "Part 2. Agency Information. 1. Enter Name of Certifying Agency.",
                600,
            ),
            _text(
                "form1[0].P2_City[0]", "Part 2. Agency Information. 3. C. Enter City or Town.", 580
            ),
            _text(
                "form1[0].P3_Crime[0]",
                "Part 3. Criminal Acts. 2. Enter the date of the criminal activity.",
                500,
            ),
        ],
    )
    from forms.inventory import inventory_from_fieldlist

    prop = propose(inventory_from_fieldlist(fl), form_id="I-918B", edition="01/20/25")
    by = prop.by_field()
    assert by["form1[0].P1_FamilyName[0]"].fact == "client.family_name"
    assert by["form1[0].P1_DOB[0]"].fact == "client.date_of_birth"
    for name in ("form1[0].P2_Agency[0]", "form1[0].P2_City[0]", "form1[0].P3_Crime[0]"):
        assert by[name].kind == "blank" and "certifying official" in by[name].reason


def test_i192_grounds_come_from_the_admissibility_answers(tmp_path: Path) -> None:
    box = {
        "full_name": "form1[0].P3_Ground[0]",
        "type": "checkbox",
        "on_states": ["Y"],
        "tooltip": "Part 3. Grounds of Inadmissibility. 2. Have you engaged in prostitution "
        "within 10 years? Select Yes.",
        "page": 1,
        "rect": [50, 600, 60, 610],
    }
    why = _text(
        "form1[0].P3_Explain[0]",
        "Part 3. Grounds of Inadmissibility. 3. Explain how the conduct was caused by your "
        "victimization.",
        560,
    )
    fl = _fieldlist(tmp_path, "I-192", [box, why])
    from forms.inventory import inventory_from_fieldlist

    inv = inventory_from_fieldlist(fl)
    prop = propose(inv, form_id="I-192", edition="01/20/25")
    explain = prop.by_field()["form1[0].P3_Explain[0]"]
    assert explain.fact == "arrests[].nexus_narrative" and explain.format == ["join_list"]
    review = ReviewSession(prop, inv)
    assert review.accept_confident() == 2
    fmap = review.build_map(form="I-192", edition="01/20/25", reviewed_by="F. Test", today=TODAY)
    from forms.maps import validate_map

    assert validate_map(fmap, inv, source="i-192 reviewed") == []
    p = prop.fields[0]
    assert (p.fact, p.value, p.on_state) == ("inadmissibility.engaged_in_prostitution", "true", "Y")
    assert p.high
    # Without the I-192 rule the same words are at most a low-confidence guess.
    q = propose(inventory_from_fieldlist(fl), form_id="I-765", edition="01/20/25").fields[0]
    assert not q.high


# -- bad input ---------------------------------------------------------------------------


def test_not_a_pdf_and_not_a_uscis_form_are_refused(tmp_path: Path) -> None:
    junk = tmp_path / "notes.pdf"
    junk.write_text("hello", encoding="utf-8")
    with pytest.raises(FormNotRecognised, match="cannot be opened as a PDF"):
        check_pdf(junk)
    fl = _fieldlist(tmp_path, "X-1", [_text("form1[0].Name[0]", "Your name", 700)])
    other = tmp_path / "other.pdf"
    other.write_bytes(build_pdf(fl))
    with pytest.raises(FormNotRecognised, match="not a USCIS form"):
        check_pdf(other)


def test_uscis_form_without_edition_is_refused(tmp_path: Path) -> None:
    fl = _fieldlist(
        tmp_path, "I-999", [_text("form1[0].Name[0]", "USCIS Form I-999. Enter Family Name.", 700)]
    )
    pdf = tmp_path / "i-999.pdf"
    pdf.write_bytes(build_pdf(fl))
    with pytest.raises(EditionUnreadable, match="edition date cannot be read"):
        check_pdf(pdf)


def test_no_acroform_xfa_only_and_user_password_are_refused(tmp_path: Path) -> None:
    w = PdfWriter()
    w.add_blank_page(612, 792)
    plain = tmp_path / "scan.pdf"
    with open(plain, "wb") as fh:
        w.write(fh)
    with pytest.raises(NoFillableFields):
        check_pdf(plain)

    from pypdf.generic import ArrayObject, DictionaryObject, NameObject

    w2 = PdfWriter()
    w2.add_blank_page(612, 792)
    w2._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject(), NameObject("/XFA"): ArrayObject()}
    )
    xfa = tmp_path / "xfa.pdf"
    with open(xfa, "wb") as fh:
        w2.write(fh)
    with pytest.raises(XfaOnlyForm):
        check_pdf(xfa)

    w3 = PdfWriter(clone_from=PdfReader(str(plain)))
    w3.encrypt(user_password="secret", owner_password="owner")
    locked = tmp_path / "locked.pdf"
    with open(locked, "wb") as fh:
        w3.write(fh)
    with pytest.raises(PdfNeedsPassword):
        check_pdf(locked)
    # "forms add" gives the same reasons and stores nothing.
    store = tmp_path / "forms"
    for bad, error in ((locked, PdfNeedsPassword), (plain, NoFillableFields), (xfa, XfaOnlyForm)):
        with pytest.raises(error):
            add_official_form(bad, forms_dir=store)
    assert not store.exists()


# -- the obsolete G-28: proposed, refused until reviewed, still obsolete -------------------


def test_obsolete_g28_proposal_is_not_filled_until_reviewed(
    shared_forms: Path, tmp_path: Path
) -> None:
    from casefile.demo import demo_profile
    from facts import FactView

    path = shared_forms / OBSOLETE_G28
    checked = check_pdf(path)
    assert (checked.form, checked.edition) == ("G-28", "05/05/16")
    prop = propose(checked.inventory, form_id=checked.form, edition=checked.edition)
    by = prop.by_field()
    client_family = [p for p in prop.fields if p.fact == "client.family_name"]
    assert client_family, "the client's name is proposed from the tooltips"
    assert any(p.fact == "representative.family_name" for p in by.values())

    # Filling is refused (the current edition's map does not fit this PDF) and the edition
    # check still calls it obsolete ...
    view = FactView(demo_profile(), today=TODAY)
    with pytest.raises(MapNotReviewed):
        fill("g-28", view, pdf_path=path, data_dir=tmp_path)
    with pytest.raises(FormEditionMismatch) as err:
        add_official_form(path, forms_dir=tmp_path / "forms")
    assert err.value.found == "05/05/16" and err.value.supported == ("09/17/18",)
    # ... and a proposal alone is never a usable map.
    with pytest.raises(MapNotReviewed, match="no reviewed field map"):
        usable_map("G-28", "05/05/16", checked.inventory, data_dir=tmp_path)

    review = ReviewSession(prop, checked.inventory)
    review.accept_confident()
    assert review.pending()
    with pytest.raises(ReviewIncomplete):
        review.build_map(form="G-28", edition="05/05/16", reviewed_by="A. Fictional, Esq.")
    for name in review.pending():
        review.blank(name, "not needed for this test client")
    fmap = review.build_map(
        form="G-28", edition="05/05/16", reviewed_by="A. Fictional, Esq.", today=TODAY
    )
    saved = save_reviewed(fmap, checked.inventory, data_dir=tmp_path)
    assert saved.name == "g-28_2016-05-05.yaml"
    got = usable_map("G-28", "05/05/16", checked.inventory, data_dir=tmp_path)
    assert got.reviewed_by == "A. Fictional, Esq." and got.last_reviewed == TODAY
    assert any(e.fact == "client.family_name" for e in got.entries)
    # Once reviewed, that map (and only it) fills this edition; read the value back.
    filled = fill("g-28", view, pdf_path=path, data_dir=tmp_path)
    assert filled.edition == "05/05/16"
    family_fields = [e.field for e in got.entries if e.fact == "client.family_name"]
    values = PdfReader(io.BytesIO(filled.pdf)).get_fields() or {}
    expected = view.get("client.family_name")
    assert any(str(values[f].get("/V", "")) == expected for f in family_fields if f in values)
    # The edition check is unchanged by a reviewed map: still obsolete.
    with pytest.raises(FormEditionMismatch):
        add_official_form(path, forms_dir=tmp_path / "forms")


def test_reviewed_map_export_import_and_stale_fields_refused(
    shared_forms: Path, tmp_path: Path
) -> None:
    inv = inventory_from_pdf(shared_forms / OBSOLETE_G28)
    review = ReviewSession(propose(inv), inv)
    review.accept_confident()
    for name in review.pending():
        review.blank(name, "left for the attorney")
    fmap = review.build_map(form="G-28", edition="05/05/16", reviewed_by="B. Example", today=TODAY)
    save_reviewed(fmap, inv, data_dir=tmp_path / "a")
    shared = export_reviewed("G-28", "05/05/16", tmp_path / "g28-map.yaml", data_dir=tmp_path / "a")
    assert "B. Example" in shared.read_text(encoding="utf-8")
    import_reviewed(shared, inv, data_dir=tmp_path / "b")
    again = load_reviewed("G-28", "05/05/16", inv, data_dir=tmp_path / "b")
    assert again is not None and again.entries == fmap.entries
    # The same map against the current G-28, whose fields differ: refused, naming the fields.
    current = inventory_from_pdf(shared_forms / "g-28.pdf")
    with pytest.raises(MapFieldsMissing) as err:
        import_reviewed(shared, current, data_dir=tmp_path / "c")
    assert err.value.fields and all(f not in current.fields for f in err.value.fields)
    assert err.value.fields[0] in str(err.value)
    # A map that is not a map at all.
    bad = tmp_path / "bad.yaml"
    bad.write_text("form: G-28\n", encoding="utf-8")
    with pytest.raises(FieldMapError):
        import_reviewed(bad, inv, data_dir=tmp_path / "d")


def test_change_and_blank_need_a_value_and_a_reason(shared_forms: Path) -> None:
    inv = inventory_from_pdf(shared_forms / "g-28.pdf")
    review = ReviewSession(propose(inv), inv)
    box = "form1[0].#subform[1].Line12b_Unit[0]"
    with pytest.raises(Exception, match="check box needs"):
        review.change(box, "addresses[].unit")
    with pytest.raises(Exception, match="say why"):
        review.blank(box, "  ")
    review.change("form1[0].#subform[1].Line11_EMail[0]", "client.email")
    assert review.decisions["form1[0].#subform[1].Line11_EMail[0]"].status == "changed"
    _ = io  # keep the import for readers writing bytes


def test_benchmark_prints_one_line_per_mapped_form(capsys: pytest.CaptureFixture[str]) -> None:
    import importlib.util

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location(
        "bench_propose", root / "benchmarks/bench_propose.py"
    )
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rc = bench.main([])
    lines = [x for x in capsys.readouterr().out.splitlines() if x.startswith("propose ")]
    forms = [x.split()[1] for x in lines]
    assert forms == ["I-589", "I-765", "I-912", "I-914", "I-914A", "I-918", "I-918A", "G-28"]
    assert all(" identical " in x and " confident-wrong " in x for x in lines)
    assert rc == (0 if all(x.endswith("PASS") for x in lines) else 1)


def test_accepted_read_only_field_is_saved_as_a_header_repeat(
    shared_forms: Path, tmp_path: Path
) -> None:
    inv = inventory_from_pdf(shared_forms / "g-28.pdf")
    review = ReviewSession(propose(inv), inv)
    unit = "form1[0].#subform[0].Line3b_AptSteFlrNumber[0]"
    assert inv.fields[unit].read_only
    proposal = review.proposed(unit)
    assert proposal.fact == "representative.unit" and not proposal.high  # read-only: never "high"
    review.accept(unit)
    for name in review.pending():
        review.blank(name, "not part of this test")
    fmap = review.build_map(form="G-28", edition="09/17/18", reviewed_by="E. Sample", today=TODAY)
    assert [e.field for e in fmap.header_repeats] == [unit]
    assert unit not in [e.field for e in fmap.entries]
    assert save_reviewed(fmap, inv, data_dir=tmp_path).is_file()
