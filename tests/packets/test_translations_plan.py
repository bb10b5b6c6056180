"""A translator's certificate per foreign-language exhibit (issue 24 item 9, 8 CFR
103.2(b)(3)): planned for each exhibit still to translate or translated but not certified,
never for one already certified or in English, and filled from the exhibits folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from casefile.demo import demo_profile
from facts import FactView
from packets.plan import plan
from packets.providers import PartStatus
from tests.packets.fakes import fake_providers
from tests.packets.pdfkit import make_pdf

TODAY = dt.date(2026, 11, 29)


def _profile():  # type: ignore[no-untyped-def]
    p = demo_profile()  # its birth certificate is already certified: no entry for it
    p.add("exhibits", description="Police report (Guatemala)", language="Spanish",
          translation_status="needed")  # fmt: skip
    p.add("exhibits", description="Letter from the client's mother", language="K'iche'",
          translation_status="translated")  # fmt: skip
    p.add("exhibits", description="Pay stubs", language="English",
          translation_status="not_needed")  # fmt: skip
    return p


@pytest.mark.parametrize("relief", ["t_visa", "u_visa", "asylum_psg"])
def test_one_certificate_per_exhibit_that_needs_one(relief: str, tmp_path: Path) -> None:
    found = plan(FactView(_profile(), today=TODAY), relief, exhibits_dir=tmp_path,
                 providers=fake_providers(derivative_list=[]))  # fmt: skip
    certs = [d for d in found.documents if d.entry_id == "translations"]
    assert [d.title for d in certs] == [
        "Certificate of translation: Police report (Guatemala)",
        "Certificate of translation: Letter from the client's mother",
    ]
    assert all(d.status is PartStatus.MISSING_FILE and d.required for d in certs)
    needed, translated = certs
    assert "the English translation with the translator's signed certificate" in needed.problems[0]
    assert "'translation-2.pdf'" in needed.problems[0]  # exhibit rows counted from 1
    assert "English translation" not in translated.problems[0]
    assert any("103.2(b)(3)" in a for a in needed.authority)


def test_supplied_certificate_is_used_and_not_taken_for_an_exhibit(tmp_path: Path) -> None:
    (tmp_path / "translation-3.pdf").write_bytes(make_pdf(1, "Certificate of translation"))
    found = plan(FactView(_profile(), today=TODAY), "t_visa", exhibits_dir=tmp_path,
                 providers=fake_providers(derivative_list=[]))  # fmt: skip
    by_title = {d.title: d for d in found.documents}
    letter = by_title["Certificate of translation: Letter from the client's mother"]
    assert letter.status is PartStatus.READY and letter.path == tmp_path / "translation-3.pdf"
    assert not [d for d in found.documents if d.kind == "exhibit" and d.path == letter.path]


def test_no_certificate_when_every_exhibit_is_english_or_certified(tmp_path: Path) -> None:
    found = plan(FactView(demo_profile(), today=TODAY), "t_visa", exhibits_dir=tmp_path,
                 providers=fake_providers(derivative_list=[]))  # fmt: skip
    assert not [d for d in found.documents if d.entry_id == "translations"]


def test_an_exhibit_for_another_filing_gets_no_certificate_here(tmp_path: Path) -> None:
    p = demo_profile()
    p.add("exhibits", description="U certification letter (Spanish)", language="Spanish",
          translation_status="needed", reliefs=["u_visa"])  # fmt: skip
    view = FactView(p, today=TODAY)
    providers = fake_providers(derivative_list=[])

    def certs(relief: str) -> list[str]:
        found = plan(view, relief, exhibits_dir=tmp_path, providers=providers)
        return [d.title for d in found.documents if d.entry_id == "translations"]

    assert certs("u_visa") == ["Certificate of translation: U certification letter (Spanish)"]
    assert certs("t_visa") == []


def test_new_york_papers_ask_for_the_translators_affidavit_under_cplr_2101b(
    tmp_path: Path,
) -> None:
    found = plan(FactView(_profile(), today=TODAY), "vacatur", exhibits_dir=tmp_path,
                 providers=fake_providers(derivative_list=[]))  # fmt: skip
    affidavits = [d for d in found.documents if d.entry_id == "translations"]
    titles = [d.title for d in affidavits]
    assert titles[:1] == ["Translator's affidavit: Police report (Guatemala)"]
    assert all("CPLR 2101(b)" in " ".join(d.authority) for d in affidavits)
    assert not any("103.2(b)(3)" in " ".join(d.authority) for d in affidavits)


def test_no_new_york_affidavit_for_a_california_record(tmp_path: Path) -> None:
    from tests.templates.helpers import california_client

    p = california_client()
    p.add("exhibits", description="Police report (Guatemala)", language="Spanish",
          translation_status="needed")  # fmt: skip
    found = plan(FactView(p, today=TODAY), "vacatur", exhibits_dir=tmp_path,
                 providers=fake_providers(derivative_list=[]))  # fmt: skip
    assert not [d for d in found.documents if d.entry_id == "translations"]


@pytest.mark.parametrize(
    ("state", "county", "court", "entry", "title", "cite"),
    [
        ("CA", "Los Angeles", "Superior Court", "translations_ca",
         "Translator's declaration under oath", "rule 3.1110(g)"),
        ("FL", "Miami-Dade", "County Court", "translations_fl",
         "Translator's sworn statement", "Fla. Stat. 90.606"),
    ],
)  # fmt: skip
def test_california_and_florida_papers_ask_for_a_sworn_translation(
    tmp_path: Path, state: str, county: str, court: str, entry: str, title: str, cite: str
) -> None:
    p = _profile()
    first = p.rows("arrests")[0]
    first.state, first.county, first.court = state, county, court
    found = plan(FactView(p, today=TODAY), "vacatur", exhibits_dir=tmp_path,
                 providers=fake_providers(derivative_list=[]))  # fmt: skip
    sworn = [d for d in found.documents if d.entry_id.startswith("translations")]
    assert [d.entry_id for d in sworn][:1] == [entry]
    assert sworn[0].title == f"{title}: Police report (Guatemala)"
    assert cite in " ".join(sworn[0].authority) and sworn[0].verify_status == "VERIFY"
    assert not any("CPLR 2101(b)" in " ".join(d.authority) for d in sworn)
