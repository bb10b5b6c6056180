"""build_packet end to end: the demo client with the real forms/templates/eligibility
packages (LibreOffice converts the drafts), and fast variants with fake providers."""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from casefile.demo import demo_profile
from facts import FactView
from packets.errors import Cancelled, ExhibitUnreadable, PacketBlocked
from packets.ops import CancelToken
from packets.plan import PlanOptions
from packets.service import SCALE, build_packet
from tests.packets.fakes import FakeDrafts, FakeForms, fake_providers
from tests.packets.pdfkit import bates_on, make_pdf, outline_titles, page_texts, qpdf_check

TODAY = dt.date(2026, 11, 29)


def _view(profile=None) -> FactView:  # type: ignore[no-untyped-def]
    return FactView(profile or demo_profile(), today=TODAY)


@pytest.fixture(scope="module")
def demo_packet(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("demo")
    exhibits = folder / "exhibits"
    exhibits.mkdir()
    (exhibits / "A - birth certificate.pdf").write_bytes(make_pdf(2, "Fictional birth certificate"))
    steps: list[tuple[int, int, str]] = []
    result = build_packet(
        _view(),
        "t_visa",
        folder / "packet.pdf",
        exhibits_dir=exhibits,
        bates_prefix="RD",
        progress=lambda d, t, m: steps.append((d, t, m)),
    )
    return result, steps


def test_demo_packet_structure(demo_packet) -> None:  # type: ignore[no-untyped-def]
    result, _steps = demo_packet
    reader = PdfReader(str(result.path))
    assert len(reader.pages) == result.page_count
    assert qpdf_check(result.path).returncode == 0
    manifest = json.loads(result.manifest_path.read_text(encoding="utf-8"))
    assert manifest["page_count"] == result.page_count
    assert sum(d["pages"] for d in manifest["documents"]) == result.page_count
    titles = [t for _d, t, _p in outline_titles(result.path)]
    assert titles[:3] == ["Cover sheet", "Table of contents", "Cover letter"]
    assert "Form I-765, Application for Employment Authorization" in titles
    assert "Personal declaration of the applicant" in titles
    assert "Exhibit A — Birth certificate, with certified translation" in titles
    # the G-28 is bundled with a map now (issue 16): filled and included, not left out
    assert any(t.startswith("Form G-28") and "NOT INCLUDED" not in t for t in titles)
    assert manifest["relief_id"] == "t_visa"
    # issue 24: the papers to supply (cooperation evidence without a Supplement B, each
    # family member's relationship proof, the photos per the I-914 instructions (VERIFY), the
    # applicant's and one set per Supplement A) stand in the packet until supplied
    assert len(manifest["not_included"]) == len(result.left_out) == 10
    for wanted in (
        "Evidence of cooperation",
        "Proof of Marta Vargas Ejemplo's relationship",
        "Passport-style photographs of Tomás Ejemplo Vargas (Supplement A)",
    ):
        assert any(t.startswith(wanted) and "NOT INCLUDED" in t for t in titles), wanted
    contents = page_texts(result.path)[1]
    assert "Evidence of cooperation" in contents and "Proof of Tomás Ejemplo Vargas" in contents
    assert "Passport-style photographs of the applicant" in contents
    # the evidence entries name what the case lacks: the worksheet has them, not the packet
    assert "Evidence (T-E2)" not in contents and "Proof of entry and presence" not in contents


def test_demo_packet_pages_bates_and_toc(demo_packet) -> None:  # type: ignore[no-untyped-def]
    result, _ = demo_packet
    pages = page_texts(result.path)
    assert len(pages) == result.page_count
    for i, text in enumerate(pages, start=1):
        assert bates_on(text, "RD")[-1] == f"RD-{i:06d}", i
    cover = pages[0]
    assert "DRAFT — NOT READY TO FILE" in cover and "Lucía Ejemplo Vargas" in cover
    assert "A099999001" in cover and "Marta Vargas Ejemplo" in cover
    toc_rows = re.findall(r"^\s*(\S.*?)\s{2,}(\d+)\s+RD-\d{6}", pages[1], re.M)
    assert len(toc_rows) >= 10
    listed = [
        e for e in result.manifest["documents"] if e["kind"] not in ("cover", "toc", "exhibit")
    ]
    assert len(toc_rows) == len(listed)
    for (title, number), entry in zip(toc_rows, listed, strict=True):
        assert entry["title"].startswith(title[:20]), (title, entry["title"])
        assert int(number) == entry["first_page"], entry["title"]
        assert f"RD-{int(number):06d}" in pages[int(number) - 1]
    declaration = next(e for e in result.manifest["documents"] if e["title"].startswith("Personal"))
    assert "DECLARATION" in pages[declaration["first_page"] - 1].upper()
    placeholder = next(
        e for e in result.manifest["documents"] if e["title"].startswith("Form I-914,")
    )
    assert "NOT INCLUDED" in pages[placeholder["first_page"] - 1]
    assert "uscis.gov/i-914" in pages[placeholder["first_page"] - 1]


def test_demo_cover_letter_lists_the_enclosures_with_tabs_and_pages(demo_packet) -> None:  # type: ignore[no-untyped-def]
    """Issue 17 item 5: the cover letter's document index is what the packet holds after the
    letter, in packet order, with the exhibit tab letters and the pages the TOC gives."""
    result, _ = demo_packet
    pages = page_texts(result.path)
    docs = result.manifest["documents"]
    letter = next(e for e in docs if e["title"] == "Cover letter")
    text = "\n".join(pages[letter["first_page"] - 1 : letter["last_page"]])
    index = text.split("Document index", 1)[1].split("\nExhibits", 1)[0]
    flat = " ".join(index.split())
    listed = re.findall(r"(?:^|\s)\d+\.\s+(.+?) \((?:Tab (\w+), )?pages? (\d+)(?:–(\d+))?\)", flat)
    # expected: every real part after the letter (tab pages open their exhibit's range; the
    # "NOT INCLUDED" stand-ins are not enclosed)
    expected = []
    after = docs[docs.index(letter) + 1 :]
    for i, e in enumerate(after):
        if e["kind"] in ("tab", "generated"):
            continue
        first = e["first_page"]
        if e["kind"] == "exhibit" and i and after[i - 1]["kind"] == "tab":
            first = after[i - 1]["first_page"]
        expected.append((e["exhibit_label"] or "", first, e["last_page"]))
    got = [(tab, int(a), int(b or a)) for _title, tab, a, b in listed]
    assert got == expected
    assert [tab for _t, tab, _a, _b in listed if tab] == ["A"]
    assert listed[0][0].startswith("Form G-28")
    assert "(if any)" not in flat and "(if needed)" not in flat
    # the same first pages as the table of contents
    toc = re.findall(r"^\s*(\S.*?)\s{2,}(\d+)\s+RD-\d{6}", pages[1], re.M)
    for title, _tab, first, _last in listed:
        numbers = [int(n) for row, n in toc if title[:15] in row]
        assert numbers == [int(first)], (title, toc)


def test_demo_i765_flattened_in_packet_and_fillable_beside(demo_packet) -> None:  # type: ignore[no-untyped-def]
    result, _ = demo_packet
    assert not PdfReader(str(result.path)).get_fields()
    # two fillable copies now (I-765 and the G-28, issue 16); this test reads the I-765
    i765 = "form1[0].Page1[0].Line1a_FamilyName[0]"
    (copy,) = [c for c in result.fillable_copies if i765 in (PdfReader(str(c)).get_fields() or {})]
    fields = PdfReader(str(copy)).get_fields() or {}
    values = {k: v.get("/V") for k, v in fields.items()}
    assert values["form1[0].Page1[0].Line1a_FamilyName[0]"] == "Ejemplo Vargas"
    assert values["form1[0].Page2[0].Line7_AlienNumber[0]"] == "099999001"
    entry = next(
        e
        for e in result.manifest["documents"]
        if e["kind"] == "form" and "I-765" in json.dumps(e, ensure_ascii=False)
    )
    page = page_texts(result.path)[entry["first_page"] - 1]
    assert "Ejemplo Vargas" in page  # the flattened packet copy shows the value


def test_demo_progress_monotonic_and_complete(demo_packet) -> None:  # type: ignore[no-untyped-def]
    _result, steps = demo_packet
    done = [d for d, _t, _m in steps]
    assert all(t == SCALE for _d, t, _m in steps)
    assert done == sorted(done) and done[-1] == SCALE
    assert any("Preparing Form I-765" in m for _d, _t, m in steps)


def test_strict_refuses_when_blocked(tmp_path: Path) -> None:
    providers = fake_providers(derivative_list=[])
    with pytest.raises(PacketBlocked) as info:
        build_packet(_view(), "t_visa", tmp_path / "p.pdf", providers=providers, strict=True)
    assert "Exhibit A" in str(info.value) and "missing file" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_complete_packet_with_fakes(tmp_path: Path) -> None:
    exhibits = tmp_path / "ex"
    exhibits.mkdir()
    (exhibits / "A.pdf").write_bytes(make_pdf(3, "Birth certificate"))
    # no Supplement B in the demo: the client's evidence of cooperation is supplied instead
    (exhibits / "cooperation-evidence.pdf").write_bytes(make_pdf(1, "Cooperation"))
    (exhibits / "photos.pdf").write_bytes(make_pdf(1, "Photographs"))  # per the instructions
    providers = fake_providers(derivative_list=[])
    out = tmp_path / "out" / "packet.pdf"
    out.parent.mkdir()
    result = build_packet(
        _view(),
        "t_visa",
        out,
        exhibits_dir=exhibits,
        providers=providers,
        final=True,
        bates_prefix="LEV",
        strict=True,
    )
    assert result.complete and not result.left_out
    pages = page_texts(out)
    assert "NOT READY" not in pages[0] and "REVIEW COPY" not in pages[0]
    assert [bates_on(t, "LEV")[-1] for t in pages] == [
        f"LEV-{i:06d}" for i in range(1, len(pages) + 1)
    ]
    assert isinstance(providers.forms, FakeForms)
    # the demo entered without inspection: eligibility's inadmissibility condition adds the I-192
    assert [f for f, _ in providers.forms.produced] == ["g-28", "i-914", "i-192", "i-765"]
    assert len(result.fillable_copies) == 4
    assert {p.parent for p in result.fillable_copies} == {out.parent / "packet-fillable"}
    # every draft, filed or a worksheet, was handed over once, before any was produced, so
    # LibreOffice starts once for all of them
    drafts = providers.drafts
    assert isinstance(drafts, FakeDrafts)
    assert len(drafts.prepared) == 1
    assert set(drafts.produced) <= set(drafts.prepared[0])
    assert {"uscis_cover_letter", "t_declaration", "evidence_checklist"} <= set(drafts.prepared[0])


class _FormsSignal(FakeForms):
    """Fake forms that signal each fill (a form filled while the drafts convert)."""

    def __init__(self, filled: threading.Event) -> None:
        super().__init__()
        self.filled = filled

    def produce(self, *args: Any, **kwargs: Any) -> Any:
        out = super().produce(*args, **kwargs)
        self.filled.set()
        return out


class _DraftsWaiting(FakeDrafts):
    """Fake drafts whose conversion run lasts until a form has been filled."""

    def __init__(self, filled: threading.Event) -> None:
        super().__init__()
        self.filled = filled
        self.saw_a_form: bool | None = None

    def prepare(self, document_ids: Sequence[str], view: FactView, *, relief: str) -> None:
        self.saw_a_form = self.filled.wait(timeout=60)  # False if the forms wait for us
        super().prepare(document_ids, view, relief=relief)


def test_forms_are_filled_while_the_drafts_convert(tmp_path: Path) -> None:
    """LibreOffice converts the drafts in its own process: the forms fill meanwhile, each once
    and in the packet's order, instead of after the conversion run."""
    filled = threading.Event()
    providers = fake_providers(derivative_list=[])
    providers.forms = _FormsSignal(filled)
    drafts = _DraftsWaiting(filled)
    providers.drafts = drafts
    result = build_packet(_view(), "t_visa", tmp_path / "p.pdf", providers=providers)
    assert drafts.saw_a_form is True
    assert [f for f, _ in providers.forms.produced] == ["g-28", "i-914", "i-192", "i-765"]
    assert len(result.fillable_copies) == 4
    assert drafts.produced  # and the drafts were still produced from the prepared run


def test_asylum_derivative_copy_reuses_the_principal_form(tmp_path: Path) -> None:
    profile = demo_profile()
    profile.add(
        "family",
        relationship="spouse",
        given_name="Ren",
        family_name="Ejemplo",
        in_us=True,
        include_as_derivative=True,
    )
    providers = fake_providers()
    result = build_packet(_view(profile), "asylum_psg", tmp_path / "p.pdf", providers=providers)
    assert isinstance(providers.forms, FakeForms)
    assert [f for f, _ in providers.forms.produced] == ["g-28", "i-589"]  # copy not refilled
    titles = [e["title"] for e in result.manifest["documents"]]
    assert "Form I-589, additional copy for Ren Ejemplo" in titles
    assert len(result.fillable_copies) == 2  # G-28 and I-589; the copy adds none


def test_cancel_while_preparing_leaves_nothing(tmp_path: Path) -> None:
    token = CancelToken()
    providers = fake_providers(derivative_list=[])
    drafts = providers.drafts
    assert isinstance(drafts, FakeDrafts)

    def progress(done: int, total: int, message: str) -> None:
        if message.startswith("Preparing Personal declaration"):
            token.cancel()

    with pytest.raises(Cancelled):
        build_packet(
            _view(),
            "t_visa",
            tmp_path / "p.pdf",
            providers=providers,
            progress=progress,
            cancel=token,
        )
    assert list(tmp_path.iterdir()) == []
    assert drafts.produced == ["uscis_cover_letter"]  # stopped before the declaration


def test_unreadable_exhibit_raises_and_leaves_nothing(tmp_path: Path) -> None:
    exhibits = tmp_path / "ex"
    exhibits.mkdir()
    bad = exhibits / "A.pdf"
    bad.write_bytes(make_pdf(1, "ok at planning time"))
    providers = fake_providers(derivative_list=[])
    out_dir = tmp_path / "out"
    out_dir.mkdir()

    def progress(done: int, total: int, message: str) -> None:
        if message.startswith("Preparing Exhibit index"):
            bad.write_bytes(b"%PDF-1.4 damaged after planning")  # changed under our feet

    with pytest.raises(ExhibitUnreadable) as info:
        build_packet(
            _view(),
            "t_visa",
            out_dir / "p.pdf",
            exhibits_dir=exhibits,
            providers=providers,
            progress=progress,
        )
    assert "Exhibit A" in str(info.value)
    assert list(out_dir.iterdir()) == []


def test_password_for_an_encrypted_exhibit(tmp_path: Path) -> None:
    from tests.packets.pdfkit import encrypt

    exhibits = tmp_path / "ex"
    exhibits.mkdir()
    (exhibits / "A.pdf").write_bytes(encrypt(make_pdf(2, "Locked record"), "pw"))
    providers = fake_providers(derivative_list=[])
    result = build_packet(
        _view(), "t_visa", tmp_path / "p.pdf", exhibits_dir=exhibits, providers=providers
    )
    assert [d.exhibit_label for d in result.left_out if d.kind == "exhibit"] == ["A"]
    result = build_packet(
        _view(),
        "t_visa",
        tmp_path / "p.pdf",
        exhibits_dir=exhibits,
        providers=providers,
        passwords={"A": "pw"},
    )
    assert not [d for d in result.left_out if d.kind == "exhibit"]
    assert any("Locked record page 2" in t for t in page_texts(result.path))


def test_fee_waiver_option_reaches_the_packet(tmp_path: Path) -> None:
    providers = fake_providers(derivative_list=[])
    result = build_packet(
        _view(),
        "u_visa",
        tmp_path / "p.pdf",
        providers=providers,
        options=PlanOptions(fee_waiver=True),
    )
    titles = [e["title"] for e in result.manifest["documents"]]
    assert "Form I-912, Request for Fee Waiver" in titles


def test_missing_output_folder_is_reported_before_any_work(tmp_path: Path) -> None:
    from packets.errors import PacketWriteError

    providers = fake_providers(derivative_list=[])
    with pytest.raises(PacketWriteError, match="does not exist"):
        build_packet(_view(), "t_visa", tmp_path / "nope" / "p.pdf", providers=providers)
    assert isinstance(providers.drafts, FakeDrafts) and providers.drafts.produced == []


def test_a_packet_written_into_the_exhibits_folder_is_not_an_exhibit_next_time(
    tmp_path: Path,
) -> None:
    (tmp_path / "A.pdf").write_bytes(make_pdf(1, "Birth certificate"))
    providers = fake_providers(derivative_list=[])
    first = build_packet(
        _view(), "t_visa", tmp_path / "packet.pdf", exhibits_dir=tmp_path, providers=providers
    )
    second = build_packet(
        _view(), "t_visa", tmp_path / "packet.pdf", exhibits_dir=tmp_path, providers=providers
    )
    labels = [e["exhibit_label"] for e in second.manifest["documents"] if e["kind"] == "exhibit"]
    assert labels == ["A"]
    assert second.page_count == first.page_count


def test_editable_drafts_written_beside_the_packet(tmp_path: Path) -> None:
    providers = fake_providers(derivative_list=[])
    result = build_packet(_view(), "t_visa", tmp_path / "packet.pdf", providers=providers)
    assert [p.name for p in result.drafts] == [
        "cover-letter.docx",
        "personal-declaration-of-the-applicant.docx",
        CHECKLIST_DOCX,  # a worksheet: beside the packet, not in it
    ]
    assert all(p.parent == tmp_path / "packet-drafts" for p in result.drafts)
    assert result.drafts[1].read_bytes().endswith(b"t_declaration")
    assert result.manifest["companions"] == [p.name for p in result.drafts]
    # each draft's document, by its path (the documents screen names the drafts so)
    assert [result.draft_titles[p] for p in result.drafts] == [
        "Cover letter",
        "Personal declaration of the applicant",
        "Evidence checklist (attorney worksheet, not filed)",
    ]


def test_demo_drafts_are_real_docx(demo_packet) -> None:  # type: ignore[no-untyped-def]
    import docx

    result, _ = demo_packet
    names = [p.name for p in result.drafts]
    assert "personal-declaration-of-the-applicant.docx" in names
    text = "\n".join(
        p.text
        for p in docx.Document(
            str(result.drafts[names.index("personal-declaration-of-the-applicant.docx")])
        ).paragraphs
    )
    assert "Lucía" in text
    # the evidence checklist worksheet is beside the packet (never in it), marked from the exhibits
    sheet = docx.Document(str(result.drafts[names.index(CHECKLIST_DOCX)]))
    rows = [[c.text for c in r.cells] for r in sheet.tables[0].rows]
    status = {(el, item.split(" ")[0]): (cite, st) for el, item, cite, st in rows}
    assert status[("identity", "Identity")][1].startswith("Have — Tab A")
    assert status[("T-E1", "Evidence")] == (
        "INA 101(a)(15)(T)(i)(I); 22 USC 7102(11); 8 CFR 214.202(a); 8 CFR 214.206",
        "MISSING",
    )
    assert status[("T-E2", "Proof")][1] == "MISSING"  # entry and presence (issue 24 item 6)
    assert not [e for e in result.manifest["documents"] if "checklist" in e["title"].lower()]


CHECKLIST_DOCX = "evidence-checklist-attorney-worksheet-not-filed.docx"


def test_the_evidence_checklist_worksheet_is_beside_the_packet_not_in_it(tmp_path: Path) -> None:
    providers = fake_providers()
    result = build_packet(_view(), "t_visa", tmp_path / "p.pdf", providers=providers)
    assert any(d.document_id == "evidence_checklist" for d in result.plan.documents)
    drafts = providers.drafts
    assert isinstance(drafts, FakeDrafts)
    assert drafts.produced.count("evidence_checklist") == 1  # its editable DOCX, beside
    assert [p.name for p in result.drafts if "checklist" in p.name] == [CHECKLIST_DOCX]
    assert "uscis_cover_letter" in drafts.produced
    titles = [e["title"] for e in result.manifest["documents"]]
    assert not [t for t in titles if "checklist" in t.lower()]
    listed = drafts.enclosures or ()
    assert listed and not [e for e in listed if "checklist" in str(e).lower()]
