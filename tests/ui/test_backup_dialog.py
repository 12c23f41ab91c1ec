"""Berkas > Cadangan dan pemulihan: the list, a backup on demand, the copy to the shared drive, and a
restore that closes the window, replaces the database and opens the window again on it."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ppid_desktop.services.backups import SHARE_FOLDER, list_backups, take_backup
from ppid_desktop.services.handover_settings import ShareSettings, backup_copy_enabled, save_share_settings
from ppid_desktop.services.records import list_records
from ppid_desktop.storage.database import Database, open_database
from ppid_desktop.storage.paths import DataPaths
from ppid_desktop.ui import app as app_module
from ppid_desktop.ui import backup_dialog, messages
from ppid_desktop.ui.backup_dialog import BackupDialog
from ppid_desktop.ui.share_settings_dialog import ShareSettingsDialog
from tests.conftest import make_record

MORNING = datetime(2024, 11, 30, 8, 0)


@pytest.fixture
def open_dialog(qtbot, office_db: Database):
    def make(paths=None) -> BackupDialog:
        dialog = BackupDialog(paths or office_db.paths)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def cells(dialog: BackupDialog) -> list[tuple[str, str, str]]:
    table = dialog.table
    return [tuple(table.item(row, column).text() for column in range(3)) for row in range(table.rowCount())]  # type: ignore[misc]


def select(dialog: BackupDialog, path: Path) -> None:
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == str(path):
            dialog.table.selectRow(row)
            return
    raise AssertionError(f"{path.name} not listed")


def click_and_wait(qtbot, dialog: BackupDialog, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)


def test_every_backup_is_listed_newest_first_and_one_is_made_on_demand(qtbot, open_dialog, office_db: Database) -> None:
    take_backup(office_db.paths, "harian", MORNING)
    take_backup(office_db.paths, "sebelum-impor", MORNING + timedelta(days=1, hours=2, minutes=5))
    dialog = open_dialog()
    assert [(kind, when) for kind, when, _size in cells(dialog)] == [
        ("Sebelum impor", "1 Desember 2024, pukul 10.05"),
        ("Harian", "30 November 2024, pukul 08.00"),
    ]
    assert all(size.endswith(" KB") for _kind, _when, size in cells(dialog))

    click_and_wait(qtbot, dialog, dialog.new_button)

    assert cells(dialog)[0][0] == "Dibuat manual" and len(cells(dialog)) == 3
    assert dialog.selected() is not None and dialog.selected().kind == "manual"
    assert "Cadangan dibuat dan diperiksa utuh" in dialog.message_label.text()


def test_a_damaged_backup_is_refused_in_the_dialog_and_nothing_changes(qtbot, open_dialog, office_db: Database, monkeypatch) -> None:
    make_record(office_db, "Rekam medis pegawai")
    damaged = take_backup(office_db.paths, "manual", MORNING)
    damaged.write_bytes(b"rusak oleh mati listrik" * 200)
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda _parent, title, text: asked.append(text) or True)
    dialog = open_dialog()
    select(dialog, damaged)

    click_and_wait(qtbot, dialog, dialog.restore_button)

    assert "Sebelum pemulihan" in asked[0] and "dibuka kembali" in asked[0]
    assert dialog.isVisible() and dialog.chosen is None
    assert "rusak atau bukan basis data PPID Desktop; tidak ada yang diubah" in dialog.message_label.text()
    assert [r.title for r in list_records(office_db)] == ["Rekam medis pegawai"]
    assert [b.kind for b in list_backups(office_db.paths)] == ["manual"]  # no "sebelum-pemulihan" copy


def test_declining_the_question_changes_nothing(qtbot, open_dialog, office_db: Database, monkeypatch) -> None:
    take_backup(office_db.paths, "manual", MORNING)
    monkeypatch.setattr(messages, "ask_yes_no", lambda _parent, title, text: False)
    dialog = open_dialog()
    dialog.restore_button.click()
    assert dialog.job is None and dialog.chosen is None and dialog.isVisible()


def test_a_good_backup_is_checked_then_handed_to_the_window(qtbot, open_dialog, office_db: Database, monkeypatch) -> None:
    good = take_backup(office_db.paths, "harian", MORNING)
    monkeypatch.setattr(messages, "ask_yes_no", lambda _parent, title, text: True)
    dialog = open_dialog()
    select(dialog, good)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.restore_button.click()
        assert dialog.progress.isVisible() and not dialog.close_button.isEnabled()
    assert dialog.chosen == good


def test_the_backups_folder_opens_in_the_file_manager(open_dialog, office_db: Database, monkeypatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(backup_dialog, "open_folder", lambda path: opened.append(path) or True)
    open_dialog().folder_button.click()
    assert opened == [office_db.paths.backups]


def test_the_newest_backup_is_copied_to_the_share_from_the_dialog(qtbot, open_dialog, secure_db: Database, tmp_path: Path) -> None:
    share = tmp_path / "drive bersama"
    share.mkdir()
    save_share_settings(secure_db.paths, ShareSettings(share, None))
    newest = take_backup(secure_db.paths, "manual", MORNING)
    dialog = open_dialog(secure_db.paths)
    assert str(share / SHARE_FOLDER) in dialog.share_label.text()

    click_and_wait(qtbot, dialog, dialog.share_button)

    copied = share / SHARE_FOLDER / "BIRO KESEJAHTERAAN RAKYAT" / newest.name
    assert copied.read_bytes() == newest.read_bytes()
    assert "disalin ke folder bersama dan diperiksa utuh" in dialog.message_label.text()
    assert str(copied) in dialog.message_label.text()


def test_a_share_gone_is_explained_in_the_dialog_and_leaves_nothing(qtbot, open_dialog, secure_db: Database, tmp_path: Path) -> None:
    share = tmp_path / "drive bersama"
    share.mkdir()
    save_share_settings(secure_db.paths, ShareSettings(share, None))
    take_backup(secure_db.paths, "manual", MORNING)
    dialog = open_dialog(secure_db.paths)
    share.rmdir()  # the network drive dropped after the dialog opened

    click_and_wait(qtbot, dialog, dialog.share_button)

    assert "tidak terjangkau, sehingga cadangan tidak disalin" in dialog.message_label.text()
    assert not share.exists()
    assert dialog.new_button.isEnabled() and dialog.close_button.isEnabled()


def test_the_share_settings_dialog_switches_the_daily_copy_on(qtbot, secure_db: Database, tmp_path: Path) -> None:
    share = tmp_path / "drive bersama"
    share.mkdir()
    dialog = ShareSettingsDialog(secure_db.paths)
    qtbot.addWidget(dialog)
    assert not dialog.backup_check.isChecked()
    dialog.backup_check.setChecked(True)
    dialog.save()  # no folder yet: refused, the dialog stays open
    assert "folder bersama belum diatur" in dialog.error_label.text() and not backup_copy_enabled(secure_db.paths)
    dialog.outbox_edit.setText(str(share))
    dialog.save()
    assert dialog.saved_backup_copy is True and backup_copy_enabled(secure_db.paths)
    again = ShareSettingsDialog(secure_db.paths)
    qtbot.addWidget(again)
    assert again.backup_check.isChecked()


# -- the whole restore, through the window and ui/app.py ------------------------------------------


def _office(tmp_path: Path, monkeypatch) -> DataPaths:
    """An encrypted office the start-up signs into as its Admin."""
    from tests.encrypted_office import encrypted_office, sign_in_automatically

    paths = encrypted_office(tmp_path / "data")
    db = open_database(paths)
    make_record(db, "Rekam medis pegawai")
    db.close()
    sign_in_automatically(monkeypatch)
    return paths


def _titles(window) -> list[str]:
    model = window.register.model
    return sorted(model.data(model.index(row, 1)) for row in range(model.rowCount()))


def _restore_through_the_dialog(qtbot, backup: Path):
    """BackupDialog.ask as the clerk drives it: the real dialog, the row chosen, "Pulihkan…"."""

    def ask(cls, paths, parent=None, may_restore=True):
        assert may_restore  # the start-up signs in as the office's Admin
        dialog = cls(paths, parent, may_restore)
        dialog.show()
        select(dialog, backup)
        with qtbot.waitSignal(dialog.finished, timeout=30_000):
            dialog.restore_button.click()
        chosen = dialog.chosen
        dialog.deleteLater()
        return chosen

    return classmethod(ask)


def test_a_restore_in_the_window_replaces_the_data_and_the_window_shows_it(qtbot, tmp_path, monkeypatch) -> None:
    paths = _office(tmp_path, monkeypatch)
    backup = take_backup(paths, "manual", MORNING)
    db = open_database(paths)
    make_record(db, "Dibuat sesudah cadangan")
    db.close()
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda _parent, title, text: True)
    monkeypatch.setattr(messages, "show_info", lambda _parent, title, text: said.append((title, text)))
    monkeypatch.setattr(BackupDialog, "ask", _restore_through_the_dialog(qtbot, backup))
    seen: list[list[str]] = []

    def run(_app, window) -> None:  # each window the start-up opens, in turn
        qtbot.waitUntil(lambda: window.db is not None, timeout=20_000)
        qtbot.waitUntil(lambda: window.register.model.rowCount() > 0, timeout=20_000)
        seen.append(_titles(window))
        if len(seen) == 1:
            window.backup_action.trigger()  # closes the window once the backup is checked
            assert not window.isVisible()
        else:
            window.close()

    monkeypatch.setattr(app_module, "exec_application", run)
    assert app_module.run_gui(str(paths.root)) == 0

    assert seen == [["Dibuat sesudah cadangan", "Rekam medis pegawai"], ["Rekam medis pegawai"]]
    assert said and said[0][0] == "Basis data dipulihkan"
    kept = [b for b in list_backups(paths) if b.kind == "sebelum-pemulihan"]
    assert len(kept) == 1 and kept[0].path.name in said[0][1]
    db = open_database(paths)  # the database as it was is one restore away
    try:
        assert [r.title for r in list_records(db)] == ["Rekam medis pegawai"]
    finally:
        db.close()


def test_a_restore_that_fails_after_the_window_closed_changes_nothing_and_reopens(qtbot, tmp_path, monkeypatch) -> None:
    paths = _office(tmp_path, monkeypatch)
    backup = take_backup(paths, "manual", MORNING)
    db = open_database(paths)
    make_record(db, "Dibuat sesudah cadangan")
    db.close()
    # The file cannot be replaced (as with a full disk): its temporary name is taken by a folder.
    (paths.root / (paths.database.name + ".pulih.part")).mkdir()
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, title, text: errors.append((title, text)))
    seen: list[list[str]] = []

    def run(_app, window) -> None:
        qtbot.waitUntil(lambda: window.db is not None, timeout=20_000)
        qtbot.waitUntil(lambda: window.register.model.rowCount() > 0, timeout=20_000)
        seen.append(_titles(window))
        if len(seen) == 1:
            assert window.close_to_restore(backup)
        else:
            window.close()

    monkeypatch.setattr(app_module, "exec_application", run)
    assert app_module.run_gui(str(paths.root)) == 0

    both = ["Dibuat sesudah cadangan", "Rekam medis pegawai"]
    assert seen == [both, both]
    assert errors and errors[0][0] == "Pemulihan gagal"
    assert "Basis data tidak dapat dipulihkan" in errors[0][1] and "belum diubah" in errors[0][1]


def test_an_editor_kept_open_stops_the_restore_before_anything_changes(qtbot, office_db: Database, monkeypatch) -> None:
    from ppid_desktop.ui.main_window import MainWindow

    backup = take_backup(office_db.paths, "manual", MORNING)
    window = MainWindow(office_db)
    qtbot.addWidget(window)
    window.show()
    editor = window.open_editor(None)
    editor.title_edit.setText("Belum disimpan")
    monkeypatch.setattr(messages, "ask_save_discard_cancel", lambda *args: messages.Choice.CANCEL)

    assert not window.close_to_restore(backup)

    assert window.isVisible() and editor.isVisible() and window.restore_requested is None
    assert "tidak ada yang diubah" in window.statusBar().currentMessage()
    monkeypatch.setattr(messages, "ask_save_discard_cancel", lambda *args: messages.Choice.DISCARD)  # teardown closes it
