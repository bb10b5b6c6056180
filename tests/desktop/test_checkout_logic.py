"""The desktop's check-out logic (desktop/checkout_logic.py), without widgets, against the real
throwaway PostgreSQL cluster (tests/pg.py) and a real SQLCipher laptop store (issue 22 item 7).
Fictional clients only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from casefile.checkout import AlreadyCheckedOut, CheckinConflict, CopyOnLaptop
from casefile.errors import WrongPassphrase
from casefile.store import CaseStore
from desktop.checkout_logic import (
    LaptopCheckout,
    checkout_marks,
    field_label,
    is_clinic,
)
from desktop.demo_store import DemoStore
from tests.casefile.helpers import PASSPHRASE


@pytest.fixture
def server(pg_url: str, tmp_path: Path) -> Iterator[CaseStore]:
    store = CaseStore.on_server(tmp_path / "data", pg_url)
    yield store
    store.lock()


def test_differences_get_the_editor_labels() -> None:
    # the profile editor's labels (translated on screen in its "Field" context)
    assert field_label("client.given_name") == "Given name"
    assert field_label("arrests") == "Arrests, charges and convictions"
    assert field_label("answers.trafficking.means.fraud").startswith("The work, pay")
    assert field_label("client.not_a_field") == "Not a field"


def test_only_a_clinic_store_starts_a_check_out(server: CaseStore, tmp_path: Path) -> None:
    laptop = CaseStore.create(tmp_path / "laptop", PASSPHRASE)
    try:
        assert is_clinic(server) and not is_clinic(laptop) and not is_clinic(None)
        with pytest.raises(ValueError):
            LaptopCheckout(laptop)
    finally:
        laptop.lock()
    assert checkout_marks(DemoStore()) == {}  # the in-memory demo has no log


def test_first_check_out_makes_the_laptop_store_and_locks_it_after(server: CaseStore) -> None:
    cid = server.add_demo_client().client.id
    session = LaptopCheckout(server)
    assert session.data_dir == server.data_dir
    assert session.passphrase_mode() == "create"  # this laptop never had a store of its own
    session.open_laptop(PASSPHRASE)
    assert session.is_open and session.laptop_exists()
    record = session.check_out(cid, host="outreach-laptop")
    assert record.host == "outreach-laptop" and session.laptop.has_client(cid)
    laptop = session.laptop
    session.release()
    assert laptop.is_locked and not session.is_open
    session.release()  # twice is fine

    assert checkout_marks(server)[cid].host == "outreach-laptop"
    assert session.checked_out()[cid].by == record.by
    assert LaptopCheckout(server).passphrase_mode() == "unlock"
    again = LaptopCheckout(server)
    with pytest.raises(WrongPassphrase):
        again.open_laptop("not the laptop passphrase")
    again.open_laptop(PASSPHRASE)
    assert cid in checkout_marks(again.laptop)  # the laptop's own list marks it too
    with pytest.raises(AlreadyCheckedOut):
        again.check_out(cid)
    again.release()


def test_a_copy_already_on_the_laptop_is_refused(server: CaseStore) -> None:
    cid = server.add_demo_client().client.id
    session = LaptopCheckout(server)
    session.open_laptop(PASSPHRASE)
    copy = server.load(cid)
    copy.baseline, copy.version = None, None  # written whole, as an earlier import would
    session.laptop.save(copy)
    with pytest.raises(CopyOnLaptop):
        session.check_out(cid)
    assert checkout_marks(server) == {}
    session.release()


def test_a_conflict_names_the_fields_and_waits_for_a_choice(server: CaseStore) -> None:
    cid = server.add_demo_client().client.id
    session = LaptopCheckout(server)
    session.open_laptop(PASSPHRASE)
    session.check_out(cid)
    here = session.laptop.load(cid)
    here.client.given_name = "Rosa"
    session.laptop.save(here)
    there = server.load(cid)
    there.client.city_of_birth = "Ciudad Ficticia"
    server.save(there)
    with pytest.raises(CheckinConflict) as err:
        session.check_in(cid)
    assert {"client.given_name", "client.city_of_birth"} <= {d.name for d in err.value.differences}
    assert server.load(cid).client.given_name != "Rosa"  # nothing written
    with pytest.raises(ValueError):
        session.check_in(cid, "overwrite")
    result = session.check_in(cid, "keep_server")
    assert result.outcome == "kept_server"
    assert server.load(cid).client.city_of_birth == "Ciudad Ficticia"
    assert checkout_marks(server) == {} and not session.laptop.has_client(cid)
    session.release()


def test_nothing_is_opened_after_release(server: CaseStore) -> None:
    from packets.ops import Cancelled

    session = LaptopCheckout(server)
    session.release()  # e.g. a quick exit while the passphrase was being checked
    with pytest.raises(Cancelled):
        session.open_laptop(PASSPHRASE)
    assert session.laptop is None and not session.laptop_exists()
