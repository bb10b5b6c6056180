"""Issue 20 item 4: importing ``packets`` costs no form filling, and a build opens each exhibit
once (the plan's check and the assembly share it). Fictional client and files only."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from casefile.demo import demo_profile
from facts import FactView
from packets import exhibits
from packets.exhibits import LoadedSource, SourceCache
from packets.service import build_packet
from tests.packets.fakes import fake_providers
from tests.packets.pdfkit import make_pdf

ROOT = Path(__file__).resolve().parents[2]


def test_importing_packets_loads_no_forms_templates_or_catalogue() -> None:
    code = (
        "import sys, packets\n"
        "heavy = {'forms', 'templates', 'eligibility', 'facts', 'pikepdf', 'docxtpl', 'sqlmodel'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))\n"
        "packets.PacketPart, packets.CoverInfo, packets.assemble_packet\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout.splitlines()
    assert out == ["[]", "[]"]  # not on import, nor for assembling PDFs


def test_each_exhibit_is_opened_once_per_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "ex"
    folder.mkdir()
    (folder / "A - Birth certificate.pdf").write_bytes(make_pdf(2, "Birth certificate"))
    (folder / "police report.pdf").write_bytes(make_pdf(3, "Police report"))
    opened: list[str] = []
    real = exhibits.load_source

    def counting(source: object, name: str, **kw: object) -> LoadedSource:
        if isinstance(source, Path):
            opened.append(source.name)
        return real(source, name, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(exhibits, "load_source", counting)
    view = FactView(demo_profile(), today=dt.date(2026, 11, 29))
    result = build_packet(
        view, "t_visa", tmp_path / "p.pdf", exhibits_dir=folder,
        providers=fake_providers(derivative_list=[]),
    )  # fmt: skip
    assert sorted(opened) == ["A - Birth certificate.pdf", "police report.pdf"]
    assert result.page_count > 5


def test_a_file_changed_between_plan_and_assembly_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(make_pdf(1, "First"))
    cache = SourceCache()
    first = cache.load(path, "Exhibit X")
    assert cache.load(path, "Exhibit X") is first
    path.write_bytes(make_pdf(2, "Second, longer"))
    again = cache.load(path, "Exhibit X")
    assert again is not first and again.page_count == 2


def test_each_form_and_draft_is_read_and_flattened_once_per_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cover letter lists pages, so the packet is laid out twice before it is assembled:
    the in-memory parts (drafts, flattened forms) are still parsed and flattened once each."""
    from packets import flatten

    read: list[str] = []
    flattened: list[str] = []
    real_load, real_flatten = exhibits.load_source, flatten.flatten_form

    def counting_load(source: object, name: str, **kw: object) -> LoadedSource:
        if isinstance(source, bytes | bytearray):
            read.append(exhibits.sha256_bytes(bytes(source)))
        return real_load(source, name, **kw)  # type: ignore[arg-type]

    def counting_flatten(data: bytes, name: str) -> bytes:
        flattened.append(exhibits.sha256_bytes(data))
        return real_flatten(data, name)

    monkeypatch.setattr(exhibits, "load_source", counting_load)
    monkeypatch.setattr(flatten, "flatten_form", counting_flatten)
    providers = fake_providers(derivative_list=[])
    view = FactView(demo_profile(), today=dt.date(2026, 11, 29))
    build_packet(view, "t_visa", tmp_path / "p.pdf", providers=providers)
    assert providers.drafts.enclosures  # the letter was rendered with its enclosures' pages
    assert len(flattened) == 4  # G-28, I-914, I-192, I-765
    assert sorted(set(flattened)) == sorted(flattened)
    assert len(read) >= 6 and sorted(set(read)) == sorted(read)
