"""Counsel details held once for the office (issue 15 item 2, issue 18 item 1). Fictional."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from casefile.models import COUNSEL_FIELDS, Counsel
from casefile.store import CaseStore
from facts.catalogue import load_catalogue
from facts.view import UNKNOWN, FactView
from tests.casefile.helpers import PASSPHRASE


def _value(name: str, n: int) -> Any:
    if name.startswith("is_"):
        return n % 2 == 0
    if name == "accreditation_expires":
        return date(2027, 6, 30)
    return f"{name} Ñ-{n}"


@pytest.fixture
def store(tmp_path: Path):
    s = CaseStore.create(tmp_path / "data", PASSPHRASE)
    yield s
    s.lock()


def test_every_counsel_field_is_a_catalogue_fact() -> None:
    catalogue = load_catalogue()
    assert [f for f in COUNSEL_FIELDS if f"representative.{f}" not in catalogue] == []


def test_counsel_round_trips_and_survives_reopening(store: CaseStore, tmp_path: Path) -> None:
    assert store.load_counsel().family_name is None  # nothing until first saved
    values = {name: _value(name, n) for n, name in enumerate(COUNSEL_FIELDS)}
    store.save_counsel(Counsel(**values))
    store.lock()
    reopened = CaseStore.open(tmp_path / "data", PASSPHRASE)
    try:
        stored = reopened.load_counsel()
        assert {name: getattr(stored, name) for name in COUNSEL_FIELDS} == values
    finally:
        reopened.lock()


def test_every_client_reads_counsel_unless_their_own_answer_overrides(store: CaseStore) -> None:
    a = store.create_client(given_name="Ana", family_name="Ejemplo")
    b = store.create_client(given_name="Bea", family_name="Muestra")
    store.save_counsel(Counsel(family_name="Okafor", given_name="Ngozi", eoir_id="ZX123456"))
    b.set_answer("representative.family_name", "Lindqvist")  # b's own attorney of record
    store.save(b)
    view_a, view_b = FactView(store.load(a.client.id)), FactView(store.load(b.client.id))
    assert view_a.get("representative.family_name") == "Okafor"
    assert view_a.get("representative.eoir_id") == "ZX123456"
    assert view_b.get("representative.family_name") == "Lindqvist"
    assert view_b.get("representative.given_name") == "Ngozi"  # the rest still the office's
    assert view_a.get("representative.email") is UNKNOWN  # unset stays a missing fact


def test_blank_counsel_text_is_stored_as_unset(store: CaseStore) -> None:
    p = store.create_client(given_name="Ana", family_name="Ejemplo")
    store.save_counsel(Counsel(family_name="  ", email=" ngozi@example.org "))
    counsel = store.load_counsel()
    assert counsel.family_name is None and counsel.email == "ngozi@example.org"
    assert FactView(store.load(p.client.id)).get("representative.family_name") is UNKNOWN
