"""Presence in the desktop (issue 22 item 6): on a clinic's PostgreSQL server the client list
shows who else has a client open, and opening a client marks it for colleagues until it is
closed. A real throwaway cluster (tests/pg.py); fictional clients only."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Any

from casefile.presence import Presence
from casefile.store import CaseStore
from desktop.clients import ID_ROLE
from desktop.mainwindow import MainWindow
from desktop.options import Options
from tests.casefile.helpers import PASSPHRASE


def _row_text(w: MainWindow, cid: str) -> str:
    panel = w.clients
    for i in range(panel.list.count()):
        item = panel.list.item(i)
        if item.data(ID_ROLE) == cid:
            return item.text()
    raise AssertionError(f"{cid} not listed")


def test_the_list_shows_who_else_has_a_client_open(qtbot: Any, tmp_path: Path, pg_url: str) -> None:
    mine = CaseStore.on_server(tmp_path / "a", pg_url)
    theirs = CaseStore.on_server(tmp_path / "b", pg_url)
    colleague = Presence(theirs, "M. Rivera (fictional)")
    try:
        cid = mine.create_client(given_name="Rosa", family_name="Ejemplo (fictional)").client.id
        w = MainWindow(mine, Options(tmp_path / "a", tmp_path / "config"))
        qtbot.addWidget(w)
        w.show_clients()
        assert "open by" not in _row_text(w, cid)

        colleague.hold(cid)
        w.clients.refresh()
        assert _row_text(w, cid).endswith("[open by M. Rivera (fictional)]")

        w.open_client(cid)  # now both have it open: the colleague sees this computer
        (holder,) = colleague.who_has_open([cid])[cid]
        assert holder.shown.startswith(f"{getpass.getuser()} on ")

        colleague.release(cid)
        w.show_clients()  # closing the client drops this computer's mark
        assert colleague.who_has_open([cid]) == {}
        assert "open by" not in _row_text(w, cid)
        w.close()
    finally:
        colleague.close()
        mine.lock()
        theirs.lock()


def test_no_presence_on_the_laptop_file(qtbot: Any, tmp_path: Path) -> None:
    store = CaseStore.create(tmp_path / "data", PASSPHRASE)
    try:
        w = MainWindow(store, Options(tmp_path / "data", tmp_path / "config"))
        qtbot.addWidget(w)
        assert w.presence is None and w.clients.presence is None
        cid = store.create_client(given_name="Ana", family_name="Muestra (fictional)").client.id
        w.show_clients()
        assert w.open_client(cid) is not None
    finally:
        store.lock()
