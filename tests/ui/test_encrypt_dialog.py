"""Securing a data folder made by an earlier version, driven through the real dialog: the Admin,
the recovery key, the conversion on its worker thread, Batal, and refusals that change nothing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from ppid_desktop.domain.errors import UserError
from ppid_desktop.services import accounts, encryption, workflow
from ppid_desktop.services.records import list_records
from ppid_desktop.storage.crypto import KdfParams
from ppid_desktop.storage.database import open_database
from ppid_desktop.storage.keyring import KeyRing, is_encrypted
from ppid_desktop.storage.paths import DataPaths
from ppid_desktop.ui import encrypt_dialog, messages
from ppid_desktop.ui.encrypt_dialog import CANCELLED_TEXT, EncryptFolderDialog
from tests.conftest import make_record

SECRET_TITLE = "Nota dinas rahasia tentang rencana pengadaan lahan"
PASSWORD = "Khatulistiwa-2025"
HARY = "drg. Hary Agung Tjahyadi, M.Kes"
SITI = "Siti Rahmawati, S.Sos"


@pytest.fixture
def plain_folder(office_db, tmp_path: Path) -> DataPaths:
    """A folder as an earlier version left it: a plain database with a record and a stored file."""
    record = make_record(office_db, SECRET_TITLE)
    source = tmp_path / "lampiran.txt"
    source.write_bytes(b"Isi lampiran yang dikecualikan " * 100)
    workflow.attach_file(office_db, record.id, source, None)
    paths = office_db.paths
    office_db.close()
    return paths


@pytest.fixture
def dialog(qtbot, plain_folder) -> EncryptFolderDialog:
    widget = EncryptFolderDialog.for_folder(plain_folder, kdf=KdfParams.for_tests())
    assert widget is not None
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def choose_admin(dialog: EncryptFolderDialog, name: str = SITI, username: str = "siti.rahma") -> None:
    form = dialog.admin_form
    form.officer_combo.setCurrentIndex(form.officer_combo.findText(name))
    form.username_edit.setText(username)
    form.password_edit.setText(PASSWORD)
    form.repeat_edit.setText(PASSWORD)
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == 1


def encrypt(qtbot, dialog: EncryptFolderDialog) -> None:
    """Start the conversion and wait until it is done or its refusal is shown."""
    dialog.key_panel.confirm_box.setChecked(True)
    dialog.encrypt_button.click()
    qtbot.waitUntil(lambda: dialog.result_value is not None or not dialog.work_error.isHidden(), timeout=30_000)


def plain_database_still_works(paths: DataPaths) -> bool:
    db = open_database(paths)
    try:
        return [row.title for row in list_records(db)] == [SECRET_TITLE]
    finally:
        db.close()


def test_the_dialog_says_why_and_offers_the_active_officers(dialog):
    assert dialog.title_label.text() == "Amankan data kantor"
    why = dialog.why_label.text()
    assert "dikecualikan" in why and "Laptop yang hilang" in why and "akunnya sendiri" in why
    combo = dialog.admin_form.officer_combo
    assert sorted(combo.itemText(i) for i in range(1, combo.count())) == sorted([HARY, SITI])
    assert dialog.next_button.isVisible() and not dialog.encrypt_button.isVisible()


def test_the_admin_form_refuses_what_the_rules_refuse(dialog):
    form = dialog.admin_form
    form.username_edit.setText("si")
    form.password_edit.setText("pendek")
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == 0
    assert form.errors["officer"].isVisible() and form.errors["username"].isVisible()
    assert "paling sedikit 10 karakter" in form.errors["password"].text()


def test_encrypting_needs_the_confirmation_then_locks_the_data_and_makes_the_admin(qtbot, dialog, plain_folder):
    choose_admin(dialog)
    assert dialog.key_panel.key_label.text().replace("\n", "-") == dialog.keys.recovery_text
    assert dialog.encrypt_button.isVisible() and not dialog.encrypt_button.isEnabled()
    dialog.key_panel.confirm_box.setChecked(True)
    assert dialog.encrypt_button.isEnabled()
    dialog.encrypt_button.click()
    assert dialog.pages.currentIndex() == 2 and dialog.cancel_button.isVisible()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30_000)

    unlocked, username = dialog.result_value
    assert username == "siti.rahma" and unlocked.key == dialog.keys.data_key
    assert is_encrypted(plain_folder)
    everything = b"".join(p.read_bytes() for p in plain_folder.root.rglob("*") if p.is_file())
    assert SECRET_TITLE.encode() not in everything and b"Isi lampiran" not in everything
    ring = KeyRing.load(plain_folder)
    db = open_database(unlocked)
    try:
        signed = accounts.sign_in(db, ring, "siti.rahma", PASSWORD)
        assert signed.is_admin and signed.name == SITI
        assert [row.title for row in list_records(db)] == [SECRET_TITLE]
    finally:
        db.close()
    assert ring.unlock_with_recovery(dialog.keys.recovery_text) == dialog.keys.data_key


def test_batal_stops_the_conversion_and_changes_nothing_then_the_same_key_works(qtbot, dialog, plain_folder, monkeypatch):
    real = encrypt_dialog.encrypt_data_folder
    started = threading.Event()

    def waits_for_batal(paths, keys, admin, *, kdf, progress, cancelled):
        progress(0, 3, "Mengenkripsi basis data")
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        return real(paths, keys, admin, kdf=kdf, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(encrypt_dialog, "encrypt_data_folder", waits_for_batal)
    choose_admin(dialog)
    key = dialog.key_panel.key_label.text()
    dialog.key_panel.confirm_box.setChecked(True)
    dialog.encrypt_button.click()
    assert started.wait(10)
    dialog.reject()  # Esc or the window's close button while it runs means Batal
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)

    assert dialog.key_note.text() == CANCELLED_TEXT and dialog.key_note.isVisible()
    assert not is_encrypted(plain_folder) and plain_database_still_works(plain_folder)
    assert not list(plain_folder.root.glob("*.part"))

    monkeypatch.setattr(encrypt_dialog, "encrypt_data_folder", real)
    assert dialog.key_panel.key_label.text() == key  # the sheet just printed stays valid
    dialog.encrypt_button.click()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30_000)
    assert KeyRing.load(plain_folder).unlock_with_recovery(key) == dialog.keys.data_key


def test_a_full_disk_is_shown_changes_nothing_and_can_be_retried(qtbot, dialog, plain_folder, monkeypatch):
    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(encryption.KeyRing, "create", staticmethod(disk_full))
    choose_admin(dialog)
    encrypt(qtbot, dialog)

    assert dialog.pages.currentIndex() == 2
    message = dialog.work_error.text()
    assert message.startswith("Data tidak dapat dienkripsi (") and message.endswith("Data tidak diubah.")
    assert dialog.retry_button.isVisible() and dialog.quit_button.isVisible() and not dialog.cancel_button.isVisible()
    assert not is_encrypted(plain_folder) and plain_database_still_works(plain_folder)

    monkeypatch.undo()
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30_000)
    assert is_encrypted(plain_folder)


def test_an_account_refused_after_the_conversion_is_retried_from_there(qtbot, dialog, plain_folder, monkeypatch):
    real = accounts.create_first_admin

    def refuse(*args):
        raise UserError("Basis data sedang dipakai program lain. Tutup program itu, lalu coba lagi.")

    monkeypatch.setattr(accounts, "create_first_admin", refuse)
    choose_admin(dialog)
    encrypt(qtbot, dialog)
    assert dialog.work_error.text() == "Basis data sedang dipakai program lain. Tutup program itu, lalu coba lagi."
    assert dialog.status_label.text().startswith("Data sudah dienkripsi")
    assert is_encrypted(plain_folder) and dialog.result_value is None

    monkeypatch.setattr(accounts, "create_first_admin", real)
    dialog.retry_button.click()  # not a second conversion: only the account, on the worker again
    assert not dialog.retry_button.isVisible() and not dialog.cancel_button.isVisible()  # no Batal past the point of no return
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30_000)
    assert dialog.result_value[1] == "siti.rahma"


def test_ask_answers_none_when_the_clerk_quits(plain_folder, monkeypatch):
    monkeypatch.setattr(EncryptFolderDialog, "exec", lambda self: self.quit_button.click() or self.result())
    assert EncryptFolderDialog.ask(plain_folder, kdf=KdfParams.for_tests()) is None
    assert not is_encrypted(plain_folder)


def test_a_damaged_database_is_refused_before_the_dialog_opens(tmp_path: Path, monkeypatch):
    paths = DataPaths(tmp_path / "rusak")
    paths.ensure()
    paths.database.write_bytes(b"bukan basis data " * 500)
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_user_error", lambda parent, error, title="": shown.append(str(error)))
    assert EncryptFolderDialog.ask(paths, kdf=KdfParams.for_tests()) is None
    assert len(shown) == 1 and not is_encrypted(paths)
