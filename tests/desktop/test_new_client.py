"""New client: a name is required, the same person is found by A-number or by name and date of
birth through the store's public API (with an offer to open the existing client), and a new
client opens straight at the interview."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from casefile.store import CaseStore
from desktop.clients import NewClientDialog, find_duplicates
from desktop.mainwindow import MainWindow
from desktop.options import Options
from tests.pg import make_store

PASS = "copper lantern harbour nine"


def _window(
    qtbot: Any, tmp_path: Path, store: CaseStore | None = None
) -> tuple[MainWindow, CaseStore]:
    store = store or CaseStore.create(tmp_path / "data", PASS)
    w = MainWindow(store, Options(tmp_path / "data", tmp_path / "config"))
    qtbot.addWidget(w)
    w.show_clients()
    return w, store


def _fill(dlg: NewClientDialog, family: str, given: str, dob: str = "", anum: str = "") -> None:
    dlg.family.setText(family)
    dlg.given.setText(given)
    dlg.dob.setText(dob)
    dlg.anum.setText(anum)


def test_name_is_required(qtbot: Any, tmp_path: Path) -> None:
    w, store = _window(qtbot, tmp_path)
    dlg = NewClientDialog(w, store)
    qtbot.addWidget(dlg)
    assert not dlg.ok_button.isEnabled()
    assert dlg.ok_button.toolTip() == "Type the client's name first."
    _fill(dlg, "   ", "")
    assert not dlg.try_accept()
    assert dlg.problem.text() == "Type the client's name first."
    _fill(dlg, "Ejemplo", "Rosa", dob="14/05/1990")
    assert not dlg.try_accept()
    assert "year-month-day" in dlg.problem.text()
    _fill(dlg, "Ejemplo", "Rosa", anum="A-12")
    assert not dlg.try_accept()
    assert "8 or 9 digits" in dlg.problem.text()
    store.lock()


def test_new_client_goes_straight_to_the_interview(qtbot: Any, tmp_path: Path) -> None:
    w, store = _window(qtbot, tmp_path)
    dlg = NewClientDialog(w, store)
    qtbot.addWidget(dlg)
    _fill(dlg, "Ejemplo", "Rosa", dob="1990-05-14", anum="A 123 456 789")
    assert dlg.ok_button.isEnabled()
    assert dlg.try_accept()
    cid = w.clients.finish_new_client(dlg)
    assert cid is not None
    assert w.workspace is not None and w.workspace.currentWidget() is w.workspace.interview
    client = w.workspace.profile.client
    assert (client.family_name, client.given_name) == ("Ejemplo", "Rosa")
    assert client.date_of_birth == dt.date(1990, 5, 14)
    assert client.a_number == "123456789"
    store.lock()


def test_duplicate_offers_the_existing_client(
    qtbot: Any, tmp_path: Path, backend: str, request: pytest.FixtureRequest
) -> None:
    """On the laptop's file and on a clinic server (duplicates found by the server's search)."""
    w, store = _window(qtbot, tmp_path, make_store(request, backend, tmp_path / "data"))
    rosa = store.create_client(
        family_name="Ejemplo",
        given_name="Rosa",
        date_of_birth=dt.date(1990, 5, 14),
        a_number="123456789",
    )
    before = len(store.list_clients("", include_archived=True))

    # same A-number, different name: blocked, offered to open
    dlg = NewClientDialog(w, store)
    qtbot.addWidget(dlg)
    _fill(dlg, "Otro", "Nombre", anum="A-123-456-789")
    assert not dlg.try_accept()
    assert "the same A-number" in dlg.problem.text()
    assert not dlg.ok_button.isEnabled() and dlg.open_button.isVisibleTo(dlg)
    dlg.open_button.click()
    assert dlg.open_existing == rosa.client.id
    assert w.clients.finish_new_client(dlg) == rosa.client.id
    assert w.workspace.profile.client.id == rosa.client.id

    # same name (accents and case aside) and date of birth: blocked
    w.show_clients()
    dlg = NewClientDialog(w, store)
    qtbot.addWidget(dlg)
    _fill(dlg, "EJEMPLO", "Rósa", dob="1990-05-14")
    assert not dlg.try_accept()
    assert "the same name and date of birth" in dlg.problem.text()
    assert not dlg.ok_button.isEnabled()

    # same name, other date of birth: a different person, created without a question
    assert find_duplicates(store, "Ejemplo", "Rosa", dt.date(1971, 1, 2), None) == []
    # same name, no date of birth: said once, then Create again makes the new client
    dlg = NewClientDialog(w, store)
    qtbot.addWidget(dlg)
    _fill(dlg, "Ejemplo", "Rosa")
    assert not dlg.try_accept()
    assert "the same name." in dlg.problem.text() and dlg.ok_button.isEnabled()
    assert dlg.try_accept()
    assert w.clients.finish_new_client(dlg) not in (None, rosa.client.id)
    assert len(store.list_clients("", include_archived=True)) == before + 1
    store.lock()


def test_format_hints_are_not_cut(qtbot: Any) -> None:
    """The date and A-number boxes show their whole hint (the Spanish one is the longest)."""
    from desktop.i18n import TRANSLATIONS

    try:
        for lang in ("en", "es"):
            TRANSLATIONS.set_language(lang)
            dlg = NewClientDialog(None, None)
            qtbot.addWidget(dlg)
            dlg.show()
            qtbot.waitExposed(dlg)
            for edit in (dlg.dob, dlg.anum):
                text = edit.placeholderText()
                assert lang == "en" or "ej." in text  # the Spanish hint is the one measured
                room = edit.contentsRect().width() - 2 * edit.textMargins().left()
                assert edit.fontMetrics().horizontalAdvance(text) < room, (lang, text)
    finally:
        TRANSLATIONS.set_language("en")
