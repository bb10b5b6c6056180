"""Check-out to a laptop and check-in (issue 22 item 7) against the real test cluster.
Fictional clients only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from casefile.checkout import (
    AlreadyCheckedOut,
    CheckinConflict,
    NotCheckedOut,
    check_in,
    check_out,
    checked_out,
)
from casefile.errors import ClientNotFound
from casefile.store import CaseStore
from tests.casefile.helpers import PASSPHRASE


@pytest.fixture
def pair(pg_url: str, tmp_path: Path) -> Iterator[tuple[CaseStore, CaseStore]]:
    server = CaseStore.on_server(tmp_path / "srv", pg_url)
    laptop = CaseStore.create(tmp_path / "laptop", PASSPHRASE)
    yield server, laptop
    server.lock()
    laptop.lock()


def _changed_on_both_sides(server: CaseStore, laptop: CaseStore, **on_server: str) -> str:
    """The demo client checked out, renamed Rosa on the laptop and changed on the server as
    ``on_server`` says: the state a check-in must not resolve on its own. Returns its id."""
    cid = server.add_demo_client().client.id
    check_out(server, laptop, cid, host="outreach-laptop")
    here = laptop.load(cid)
    here.client.given_name = "Rosa"
    laptop.save(here)
    there = server.load(cid)
    for field, value in on_server.items():
        setattr(there.client, field, value)
    server.save(there)
    return cid


def test_edits_on_the_laptop_only_check_in_cleanly(pair: tuple[CaseStore, CaseStore]) -> None:
    server, laptop = pair
    cid = server.add_demo_client().client.id
    rec = check_out(server, laptop, cid, host="outreach-laptop")
    assert checked_out(server)[cid].host == "outreach-laptop"
    assert checked_out(laptop)[cid].base == rec.base
    with pytest.raises(AlreadyCheckedOut, match="outreach-laptop"):
        check_out(server, CaseStore.create(laptop.data_dir.parent / "l2", PASSPHRASE), cid)
    p = laptop.load(cid)
    p.client.given_name = "Rosa"
    laptop.save(p)
    result = check_in(server, laptop, cid)
    assert result.outcome == "written"
    assert server.load(cid).client.given_name == "Rosa"
    assert checked_out(server) == {} and checked_out(laptop) == {}
    with pytest.raises(ClientNotFound):
        laptop.load(cid)  # the laptop's copy is gone after check-in (a backup holds it)
    with pytest.raises(NotCheckedOut):
        check_in(server, laptop, cid)


def test_edits_on_both_sides_conflict_and_nothing_is_lost(
    pair: tuple[CaseStore, CaseStore],
) -> None:
    server, laptop = pair
    cid = _changed_on_both_sides(server, laptop, city_of_birth="Ciudad Ficticia")
    with pytest.raises(CheckinConflict) as err:
        check_in(server, laptop, cid)
    assert {d.name for d in err.value.differences} >= {"client.given_name", "client.city_of_birth"}
    # Nothing written on either side; still checked out.
    assert server.load(cid).client.given_name != "Rosa"
    assert laptop.load(cid).client.given_name == "Rosa"
    assert cid in checked_out(server)
    result = check_in(server, laptop, cid, "keep_both")
    assert result.outcome == "kept_both" and result.copy_id
    assert server.load(cid).client.city_of_birth == "Ciudad Ficticia"
    copy = server.load(result.copy_id)
    assert copy.client.given_name == "Rosa"
    assert any("laptop check-in" in (n.body or "") for n in copy.rows("notes"))


def test_keep_laptop_replaces_the_servers_copy(pair: tuple[CaseStore, CaseStore]) -> None:
    server, laptop = pair
    cid = _changed_on_both_sides(server, laptop, given_name="Luisa")
    assert check_in(server, laptop, cid, "keep_laptop").outcome == "written"
    assert server.load(cid).client.given_name == "Rosa"


def test_cli_checkout_list_and_checkin(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import main

    monkeypatch.setenv("RELIEFDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("RELIEFDESK_PASSPHRASE", PASSPHRASE)
    server = CaseStore.on_server(tmp_path / "srv", pg_url)
    cid = server.add_demo_client().client.id
    server.lock()
    assert main.main(["init"]) == 0
    assert main.main(["--database", pg_url, "clients", "checkout", "Lucía"]) == 0
    assert main.main(["--database", pg_url, "clients"]) == 0
    out = capsys.readouterr().out
    assert f"Checked out {cid}" in out and "(checked out by " in out
    assert main.main(["--database", pg_url, "clients", "checkin", cid, "--keep", "both"]) == 0
    assert "nothing had changed on this laptop" in capsys.readouterr().out
    assert main.main(["--database", pg_url, "clients"]) == 0
    assert "checked out" not in capsys.readouterr().out
