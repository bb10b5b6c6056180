"""Issue 15's done condition: the demo T packet carries a filled I-914 and one I-914
Supplement A per included family member. The originals cannot be bundled, so the test adds
the synthetic PDFs built from the published field lists, as a user adds the official ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from casefile.demo import demo_profile
from facts import FactView
from forms.registry import user_forms_dir
from forms.synthetic import build_pdf
from packets.service import build_packet
from tests.forms.helpers import values

LISTS = Path(__file__).resolve().parents[2] / "forms" / "fieldlists"


def test_demo_t_packet_has_the_i914_and_a_supplement_a_per_family_member(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RELIEFDESK_HOME", str(tmp_path / "home"))
    forms = user_forms_dir()
    forms.mkdir(parents=True)
    (forms / "i-914_01-20-25.pdf").write_bytes(build_pdf(LISTS / "i-914.fields.json"))
    (forms / "i-914a_01-20-25.pdf").write_bytes(build_pdf(LISTS / "i-914supa.fields.json"))
    out = tmp_path / "out" / "t.pdf"
    out.parent.mkdir()
    result = build_packet(FactView(demo_profile()), "t_visa", out)

    titles = [o.title for o in PdfReader(out).outline if not isinstance(o, list)]
    assert "Form I-914, Application for T Nonimmigrant Status" in titles
    assert "Form I-914 Supplement A — Marta Vargas Ejemplo" in titles
    assert "Form I-914 Supplement A — Tomás Ejemplo Vargas" in titles
    copies = {p.name: p for p in result.fillable_copies}
    principal = [v for n, v in copies.items() if "914" in n and "supp" not in n.lower()]
    supps = sorted((p for n, p in copies.items() if "supplement" in n.lower()), key=str)
    assert len(principal) == 1 and len(supps) == 2
    filled = values(principal[0].read_bytes())
    assert "Ejemplo Vargas" in filled.values()  # the principal's family name
    members = [set(values(p.read_bytes()).values()) for p in supps]
    assert any("Marta" in m for m in members) and any("Tomás" in m for m in members)
    assert not any("Marta" in m and "Tomás" in m for m in members)  # one member each
