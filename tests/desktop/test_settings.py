"""Settings: declared options persist through QSettings (machine and data scopes), backups
are made and restored through the dialog, and the Bates prefix reaches the packet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from casefile.store import CaseStore
from desktop.options import OPTIONS, Options
from desktop.settings import SettingsDialog

from .conftest import message_boxes

PASS = "lantern meadow cobalt ninety"


def test_options_declared_once_and_persist(tmp_path: Path) -> None:
    o = Options(tmp_path / "data", tmp_path / "config")
    assert o.get("backup_count") == OPTIONS["backup_count"].default
    assert o.get("recent_clients") == []
    o.set("bates_prefix", "SMP")
    o.set("language", "es")
    for cid in ("a", "b", "a", "c"):
        o.touch_recent(cid)
    again = Options(tmp_path / "data", tmp_path / "config")
    assert again.get("bates_prefix") == "SMP"
    assert again.get("language") == "es"
    assert again.get("recent_clients") == ["c", "a", "b"]
    assert (tmp_path / "data" / "settings.ini").exists()  # data scope beside the database
    assert (tmp_path / "config" / "reliefdesk.ini").exists()  # machine scope
    with pytest.raises(KeyError):
        o.get("no_such_option")


def test_settings_dialog_backup_restore_and_apply(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    store = CaseStore.create(data, PASS)
    demo = store.add_demo_client()
    options = Options(data, tmp_path / "config")
    dlg = SettingsDialog(options, store)
    qtbot.addWidget(dlg)
    restored: list[bool] = []
    dlg.restored.connect(lambda: restored.append(True))
    dlg.make_backup()
    qtbot.waitUntil(lambda: dlg.backups.count() == 1, timeout=10000)
    for box in message_boxes():
        box.close()
    # change the data, then restore the backup: the change is gone
    demo.client.pronouns = "they/them"
    store.save(demo)
    dlg.backups.setCurrentRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dlg.restore_selected()
    qtbot.waitUntil(lambda: restored == [True], timeout=10000)
    assert store.load(demo.client.id).client.pronouns == "she/her"

    languages: list[str] = []
    dlg.language_changed.connect(languages.append)
    dlg.backup_count.setValue(3)
    dlg.bates.setText("SMP")
    dlg.output_dir.setText(str(tmp_path / "out"))
    dlg.language.setCurrentIndex(dlg.language.findData("es"))
    dlg.apply()
    assert options.get("backup_count") == 3 and store.keep_backups == 3
    assert options.get("bates_prefix") == "SMP"
    assert options.get("output_dir") == str(tmp_path / "out")
    assert languages == ["es"]
    store.lock()


def test_clinic_server_setting_is_kept_without_a_password(qtbot: Any, tmp_path: Path) -> None:
    options = Options(tmp_path / "data", tmp_path / "config")
    dlg = SettingsDialog(options, None)
    qtbot.addWidget(dlg)
    dlg.server_url.setText("postgresql+psycopg://ana:hunter2@clinic-server/reliefdesk")
    dlg.apply()  # refused: the password would sit in the settings file
    assert "must not contain the password" in message_boxes()[0].text()
    message_boxes()[0].close()
    assert options.get("database_url") == ""
    written = [p.read_bytes() for p in tmp_path.rglob("*.ini")]
    assert not [w for w in written if b"hunter2" in w]
    dlg.server_url.setText("postgresql+psycopg://ana@clinic-server/reliefdesk")
    dlg.apply()
    again = Options(tmp_path / "data", tmp_path / "config")
    assert again.get("database_url") == "postgresql+psycopg://ana@clinic-server/reliefdesk"
