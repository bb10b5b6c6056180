"""The plan's and the build's warnings, which the documents screen lists in a draft packet's
details (and a document's notes in its tooltip): a fee waiver that is not available, a family
member the eligibility screen could not decide, vacatur papers for a state other than New York,
where each court's papers are filed, the offences a state's statute reaches, a document left out
or with gaps, the documents to sign in ink, exhibits repaired, flattened, reduced or scaled, a
form's answers moved to continuation pages. The demo client produces few of them, so fictional
clients, exhibit folders and providers produce each one here; its Spanish must carry no English
sentence text and no internals (fact ids, venue keys, commands), and the names, dates, counts and
citations stay as written."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from casefile.demo import demo_profile
from casefile.profile import Profile
from desktop.data_text import data_tr
from facts import FactView
from packets.errors import ExhibitUnreadable
from packets.plan import PlanOptions, plan
from packets.providers import Check, Derivative, PartStatus, Produced, Providers
from packets.service import build_packet
from tests.packets.fakes import FakeDrafts, FakeForms, FakeScreen, fake_providers
from tests.packets.pdfkit import make_form, make_pdf

from .conftest import data_in_spanish
from .test_screen_texts import INTERNALS, english_sentence

pytestmark = [pytest.mark.filterwarnings("ignore::UserWarning:pikepdf.*")]

TODAY = dt.date(2026, 11, 29)

#: a piece of each line the plans and builds below must produce (so a changed English text
#: cannot slip past the check unseen)
EXPECTED = {
    "fee waiver, no note": "none is available for this filing.",
    "fee waiver, continued presence": "filing: No fee is paid by the victim",
    "fee waiver, asylum": "filing: Pub. L. 119-21 fees",
    "derivative undecided": "(child of derivative) is included as a derivative",
    "derivative, no relationship": "(family member) is included as a derivative",
    "removal proceedings unknown": "Whether the client is in removal proceedings is unknown",
    "vacatur, other state": "follow the New York set (CPL 440.10(1)(i)); the client's state is CA",
    "vacatur, unknown state": "the client's state is unknown",
    "venue rule": "Penal Code 236.14(c)",
    "venue without a rule": "the state table does not say where these papers are filed",
    "venue without court or county": "record the court and county of each record",
    "several venues": "The client's records are in 2 courts or counties",
    "joint motions": "NY: ",
    "offences reached": "VERIFY: Cal. Penal Code 236.14 reaches",
    "left out": "is not included: missing file.",
    "gaps": "has gaps: ",
    "not written": "was not written: ",
    "sign in ink": "Sign in ink before filing",
    "scaled": "page(s) were rotated or not letter size",
    "repaired": "the PDF was damaged; it was repaired",
    "flattened": "its fillable fields were flattened",
    "image reduced": "was reduced to about 300 dpi on letter",
}

#: what the Spanish says for each, besides what stays as written
SPANISH = [
    "Se pidió una exención de tarifas",
    "se incluye como derivado",
    "(hijo/a de un familiar (T-6)) se incluye",
    "(familiar) se incluye",
    "el estado del cliente es CA",
    "no se sabe el estado del cliente",
    "No se incluye Fotografías tipo pasaporte del solicitante: falta el archivo.",
    "tiene datos pendientes",
    "No se escribió Lista de pruebas",
    "Firme a mano con tinta",
    "se ajustaron al papel carta",
    "el PDF estaba dañado",
    "se fijaron sus campos rellenables",
    "se redujo a unos 300 ppp",
    "Tribunal no registrado",
    "delitos graves violentos",
]

#: the lines whose last piece is an error's own words (e.g. a converter's), not the plan's:
#: only their own sentence is checked
OWN_SENTENCE_ONLY = ("not written",)


def _arrest(p: Profile, **values: Any) -> None:
    """A record copied from the demo's first, with ``values`` changed."""
    first = p.rows("arrests")[0]
    columns = ("arrest_date", "offense", "charge", "statute", "offense_category",
               "disposition", "disposition_date", "name_used", "trafficking_related",
               "nexus_narrative", "state", "county", "court")  # fmt: skip
    p.add("arrests", **{c: getattr(first, c) for c in columns} | values)


def _with_arrests(**values: Any) -> Profile:
    """The demo client whose (only) record has ``values`` changed."""
    p = demo_profile()
    for k, v in values.items():
        setattr(p.rows("arrests")[0], k, v)
    return p


def _view(p: Profile | None = None) -> FactView:
    return FactView(p or demo_profile(), today=TODAY)


def _plan_warnings() -> Iterator[str]:
    """The plans' warnings and each document's notes (its tooltip)."""
    waiver = PlanOptions(fee_waiver=True)
    undecided = [
        Derivative(0, "Marta Vargas Ejemplo", "child_of_derivative", unsure=True),
        Derivative(1, "Tomás Ejemplo Vargas", "family member", unsure=True),
    ]
    asylum = demo_profile()
    asylum.client.in_removal_proceedings = None
    two_courts = demo_profile()
    _arrest(two_courts, county="Kings", court="Criminal Court", docket="CR-KINGS-FICT-1")
    no_state = _with_arrests(state=None)
    no_state.client.current_state = None
    plans = [
        plan(_view(), "vacatur", providers=fake_providers(), options=waiver),
        plan(_view(), "continued_presence", providers=fake_providers(), options=waiver),
        plan(_view(asylum), "asylum_psg", providers=fake_providers(), options=waiver),
        plan(_view(), "t_visa", providers=fake_providers(derivative_list=undecided)),
        plan(_view(_with_arrests(state="CA")), "vacatur", providers=fake_providers()),
        plan(_view(no_state), "vacatur", providers=fake_providers()),
        plan(_view(_with_arrests(state="IL")), "vacatur", providers=fake_providers()),
        plan(_view(_with_arrests(county=None, court=None)), "vacatur", providers=fake_providers()),
        plan(_view(two_courts), "vacatur", providers=fake_providers()),
    ]
    for p in plans:
        yield from p.warnings
        for doc in p.documents:
            yield from doc.warnings


@dataclass
class _GapForms(FakeForms):
    """The I-914 lacks an answer (its review line as the real forms provider words it)."""

    def check(
        self, form_id: str, view: FactView, *, relief: str, derivative_row: int | None
    ) -> Check:
        if form_id == "i-914":
            return Check(PartStatus.MISSING_FACTS, ["1 answer(s) missing: Family name"])
        return super().check(form_id, view, relief=relief, derivative_row=derivative_row)


@dataclass
class _NoConverter(FakeDrafts):
    """The worksheet (not filed) cannot be converted."""

    def produce(
        self, document_id: str, view: FactView, *, relief: str, derivative_row: int | None
    ) -> Produced:
        if document_id == "evidence_checklist":
            raise ExhibitUnreadable("Evidence checklist", "the converter stopped (fictional)")
        return super().produce(document_id, view, relief=relief, derivative_row=derivative_row)

    def prepare(self, document_ids: Sequence[str], view: FactView, *, relief: str) -> None:
        return None


def _jpeg(width: int, height: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(out, "JPEG")
    return out.getvalue()


def _build_warnings(tmp_path: Path) -> list[str]:
    """A T visa draft packet of fake parts whose exhibits are a scan turned sideways, a
    damaged PDF, a fillable PDF and an oversized photo."""
    exhibits = tmp_path / "exhibits"
    exhibits.mkdir()
    (exhibits / "A.pdf").write_bytes(make_pdf(1, "Scan", rotate=90))
    (exhibits / "damaged-letter.pdf").write_bytes(make_pdf(3, "Pay stub")[:-200])
    (exhibits / "completed-form.pdf").write_bytes(make_form({"Name": "Fictional Person"}))
    (exhibits / "photo.jpg").write_bytes(_jpeg(2600, 3400))
    providers = Providers(forms=_GapForms(), drafts=_NoConverter(), screen=FakeScreen([]))
    result = build_packet(
        _view(), "t_visa", tmp_path / "packet.pdf", exhibits_dir=exhibits, providers=providers
    )
    return result.warnings


def test_plan_and_build_warnings_in_spanish(qtbot: Any, tmp_path: Path) -> None:
    english = list(dict.fromkeys([*_plan_warnings(), *_build_warnings(tmp_path)]))
    for what, piece in EXPECTED.items():
        assert any(piece in en for en in english), f"no plan or build produced the {what} line"
    spanish = data_in_spanish(english)
    failures: list[str] = []
    for what, piece in EXPECTED.items():
        for en, es in zip(english, spanish, strict=True):
            if piece not in en:
                continue
            if es == en:
                failures.append(f"English on a Spanish screen ({what}): {es!r}")
            elif what in OWN_SENTENCE_ONLY:
                if piece.strip(": ") in es:
                    failures.append(f"English on a Spanish screen ({what}): {es!r}")
            elif english_sentence(es) is not None:
                failures.append(f"English on a Spanish screen ({what}): {es!r}")
            failures += [
                f"internal {m.group(0)!r} in {es!r}" for p in INTERNALS if (m := p.search(es))
            ]
            if "[ny-" in es or "--court" in es:
                failures.append(f"a venue key or command in {es!r}")
    assert not failures, "\n".join(failures)
    shown = "\n".join(spanish)
    for said in SPANISH:
        assert said in shown, said
    # names, counts, citations and court names stay as written
    kept = ["Marta Vargas Ejemplo", "Pub. L. 119-21", "90 FR 34511", "Cal. Penal Code 236.14"]
    kept += ["Queens County Criminal Court, New York", "2600 × 3400 px", "CPL 440.10(1)(i)"]
    for piece in kept:
        assert piece in shown, piece


def test_english_screen_shows_no_venue_keys_or_commands(qtbot: Any) -> None:
    """The several-courts warning in English: the courts by their names, no command line."""
    two_courts = demo_profile()
    _arrest(two_courts, county="Kings", court="Criminal Court", docket="CR-KINGS-FICT-1")
    warnings = plan(_view(two_courts), "vacatur", providers=fake_providers()).warnings
    several = [data_tr(w) for w in warnings if "courts or counties" in w]
    assert several and "[ny-" in next(w for w in warnings if "courts or counties" in w)
    assert "[ny-" not in several[0] and "--court" not in several[0], several[0]
    assert "Criminal Court, Kings County, New York" in several[0], several[0]


def test_continuation_pages_warning_in_spanish(qtbot: Any) -> None:
    """A filled form whose answers did not fit (forms.fill) says so with the packet: the counts
    stay as written."""
    from forms import fill
    from tests.forms.clients import unicode_client

    p = unicode_client()
    p.client.immigration_status = "Deferred action " + "x" * 3000  # longer than any slot
    out = fill("i-765", _view(p), relief="t_visa")
    english = [w for w in out.warnings if "continuation page(s)" in w]
    assert english and out.continuation_pages >= 1, out.warnings
    spanish = data_in_spanish(english)
    for en, es in zip(english, spanish, strict=True):
        assert es != en and english_sentence(es) is None, es
        assert f"{out.continuation_pages} página(s) de continuación" in es, es
