"""One passphrase rule for a new database: ``./run init``, the store and the desktop's
first-run dialog refuse the same passphrases (issue 13 item 6: init used to take "short")."""

from __future__ import annotations

from pathlib import Path

import pytest

import main
from casefile.errors import ValidationError
from casefile.passphrase_policy import MIN_LENGTH, passphrase_problem
from casefile.store import CaseStore

SHORT = "short"
JUST_UNDER = "x" * (MIN_LENGTH - 1)
LONG_ENOUGH = "three fictional words"


@pytest.mark.parametrize("bad", ["", "          ", SHORT, JUST_UNDER])
def test_the_rule(bad: str) -> None:
    assert passphrase_problem(bad) is not None
    assert passphrase_problem(LONG_ENOUGH) is None
    assert passphrase_problem("y" * MIN_LENGTH) is None


def test_init_refuses_a_short_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RELIEFDESK_PASSPHRASE", SHORT)
    assert main.main(["--data-dir", str(tmp_path), "init"]) == 2
    err = capsys.readouterr().err
    assert f"at least {MIN_LENGTH} characters" in err
    assert not CaseStore.exists(tmp_path)
    monkeypatch.setenv("RELIEFDESK_PASSPHRASE", LONG_ENOUGH)
    assert main.main(["--data-dir", str(tmp_path), "init"]) == 0
    assert CaseStore.exists(tmp_path)


def test_the_store_refuses_it_too(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="at least"):
        CaseStore.create(tmp_path, JUST_UNDER)
    assert not CaseStore.exists(tmp_path)


def test_the_desktop_dialog_uses_the_same_rule(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.passphrase import PassphraseDialog

    tried: list[str] = []
    dlg = PassphraseDialog("create", lambda p: tried.append(p))
    qtbot.addWidget(dlg)
    dlg.passphrase.setText(JUST_UNDER)
    dlg.confirm.setText(JUST_UNDER)
    dlg.submit()
    assert tried == [] and dlg.error.isVisibleTo(dlg)
    assert str(MIN_LENGTH) in dlg.error.text()
