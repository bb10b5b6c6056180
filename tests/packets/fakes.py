"""Fake providers for fast, deterministic plan and packet tests (fictional content)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from casefile.profile import Profile
from facts import FactView
from packets.providers import Check, Derivative, PartStatus, Produced, Providers, ScreenAdapter
from templates.render import Enclosure
from tests.packets.pdfkit import make_form, make_pdf


@dataclass
class FakeForms:
    status: dict[str, PartStatus] = field(default_factory=dict)
    produced: list[tuple[str, int | None]] = field(default_factory=list)

    def check(
        self, form_id: str, view: FactView, *, relief: str, derivative_row: int | None
    ) -> Check:
        status = self.status.get(form_id, PartStatus.READY)
        problems = [] if status is PartStatus.READY else [f"{form_id}: {status.value}"]
        return Check(status, problems)

    def produce(
        self, form_id: str, view: FactView, *, relief: str, derivative_row: int | None
    ) -> Produced:
        self.produced.append((form_id, derivative_row))
        who = "principal" if derivative_row is None else f"family row {derivative_row}"
        pdf = make_form({"FormId": form_id, "Person": who}, title=f"Fake form {form_id}")
        return Produced(pdf=pdf, fillable=pdf)


@dataclass
class FakeDrafts:
    status: dict[str, PartStatus] = field(default_factory=dict)
    pages: int = 2
    produced: list[str] = field(default_factory=list)
    prepared: list[list[str]] = field(default_factory=list)
    enclosures: tuple[Enclosure, ...] | tuple[str, ...] | None = None

    def check(
        self, document_id: str, view: FactView, *, relief: str, derivative_row: int | None
    ) -> Check:
        return Check(self.status.get(document_id, PartStatus.READY))

    def produce(
        self, document_id: str, view: FactView, *, relief: str, derivative_row: int | None
    ) -> Produced:
        self.produced.append(document_id)
        docx = b"PK\x03\x04 fake docx of " + document_id.encode()
        return Produced(pdf=make_pdf(self.pages, f"Fake draft {document_id}"), docx=docx)

    def prepare(self, document_ids: Sequence[str], view: FactView, *, relief: str) -> None:
        self.prepared.append(list(document_ids))


@dataclass
class FakeScreen:
    """Fixed derivatives; when not fixed, the real screen's."""

    derivative_list: list[Derivative] | None = None
    real: ScreenAdapter = field(default_factory=ScreenAdapter)

    def derivatives(self, view: FactView, relief: str) -> list[Derivative]:
        if self.derivative_list is None:
            return self.real.derivatives(view, relief)
        return self.derivative_list


def fake_providers(*, derivative_list: list[Derivative] | None = None) -> Providers:
    """Fake forms and drafts; the eligibility screen is the real one unless fixed here."""
    return Providers(forms=FakeForms(), drafts=FakeDrafts(), screen=FakeScreen(derivative_list))


def with_child(profile: Profile) -> Profile:
    """The profile with a fictional child in the U.S. included as a derivative."""
    profile.add(
        "family",
        relationship="child",
        given_name="Ana",
        family_name="Ejemplo",
        in_us=True,
        include_as_derivative=True,
    )
    return profile


def without_inadmissibility_grounds(profile: Profile) -> Profile:
    """The profile with every ground of eligibility's ``inadmissibility_ground`` answered
    away: inspected on entry, no removal order, each ground no, no arrests."""
    profile.client.last_arrival_manner = "with inspection"
    profile.client.prior_removal_order = False
    profile.groups["arrests"] = []
    profile.set_answer("arrests[]", None)
    for name in [n for n in profile.answers if n.startswith("inadmissibility.")]:
        profile.set_answer(name, False)
    return profile
