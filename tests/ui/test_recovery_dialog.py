"""Opening the data with the recovery key, driven through the real dialog: typos and keys of other
folders told apart, an Admin account and a new password, with and without keys.json."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ppid_desktop.domain.errors import UserError
from ppid_desktop.services import accounts, account_recovery
from ppid_desktop.services.encryption import NewKeys
from ppid_desktop.storage.crypto import KdfParams
from ppid_desktop.storage.database import open_database
from ppid_desktop.storage.keyring import KeyRing, SignInRefused, keys_file
from ppid_desktop.storage.models import AuditEntry
from ppid_desktop.ui.recovery_dialog import NO_ADMIN, WRONG_DATABASE, RecoveryDialog
from tests.services.test_account_recovery import HARY_PASSWORD, NEW_PASSWORD, SITI_PASSWORD, EncryptedOffice, make_encrypted_office


@pytest.fixture
def office(data_paths) -> EncryptedOffice:
    return make_encrypted_office(data_paths)


def open_dialog(qtbot, office: EncryptedOffice, with_key_file: bool = True) -> RecoveryDialog:
    keyring = KeyRing.load(office.paths) if with_key_file else None
    dialog = RecoveryDialog(office.paths, keyring, kdf=KdfParams.for_tests())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_key(dialog: RecoveryDialog, text: str) -> None:
    dialog.key_edit.setText(text)
    dialog.check_button.click()


def mistyped(key: str) -> str:
    """One character changed to another of the key's alphabet."""
    return ("B" if key[0] != "B" else "C") + key[1:]


def new_password(dialog: RecoveryDialog, password: str = NEW_PASSWORD, repeated: str | None = None) -> None:
    dialog.password_edit.setText(password)
    dialog.repeat_edit.setText(password if repeated is None else repeated)
    dialog.save_button.click()


def recovery_audit(office: EncryptedOffice) -> list[tuple[int, str]]:
    db = open_database(office.paths.unlocked(office.keys.data_key))
    try:
        with db.session() as session:
            return [(row.officer_id, row.summary) for row in session.scalars(select(AuditEntry).where(AuditEntry.action == "account_recovery"))]
    finally:
        db.close()


def test_a_typo_and_a_key_of_another_folder_are_told_apart(qtbot, office):
    dialog = open_dialog(qtbot, office)
    type_key(dialog, "")
    assert "Ketik kunci pemulihan" in dialog.errors["recovery_key"].text()

    type_key(dialog, mistyped(office.keys.recovery_text))
    assert "salah ketik" in dialog.errors["recovery_key"].text()
    assert dialog.key_edit.property("invalid") and dialog.pages.currentIndex() == 0

    type_key(dialog, NewKeys.generate().recovery_text)
    assert "bukan milik folder data ini" in dialog.errors["recovery_key"].text()
    assert dialog.pages.currentIndex() == 0


def test_the_right_key_lets_an_admin_account_get_a_new_password(qtbot, office):
    dialog = open_dialog(qtbot, office)
    assert "tidak ada Admin yang ingat kata sandinya" in dialog.intro_label.text()
    # As typed from the sheet: lower case, spaces for dashes, a 0 for an O.
    typed = office.keys.recovery_text.lower().replace("-", " ").replace("o", "0")
    type_key(dialog, typed)
    assert dialog.pages.currentIndex() == 1
    combo = dialog.account_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["hary (drg. Hary Agung Tjahyadi, M.Kes)"]  # Admins only

    new_password(dialog, "pendek", "lain")
    assert "paling sedikit 10 karakter" in dialog.errors["password"].text()
    assert "tidak sama" in dialog.errors["password_repeat"].text()
    assert dialog.result_value is None

    new_password(dialog)
    unlocked, username = dialog.result_value
    assert username == "hary" and unlocked.key == office.keys.data_key
    assert not dialog.isVisible() and dialog.db is None
    ring = KeyRing.load(office.paths)
    assert ring.unlock("hary", NEW_PASSWORD) == office.keys.data_key
    with pytest.raises(SignInRefused):
        ring.unlock("hary", HARY_PASSWORD)
    assert ring.unlock("siti", SITI_PASSWORD) == office.keys.data_key
    [(officer_id, summary)] = recovery_audit(office)
    assert summary.startswith("Kata sandi Admin diatur ulang dengan kunci pemulihan") and "hary" in summary


def test_without_keys_json_the_key_must_open_the_database_and_a_new_key_file_is_made(qtbot, office):
    keys_file(office.paths).unlink()
    dialog = open_dialog(qtbot, office, with_key_file=False)
    intro = dialog.intro_label.text()
    assert "keys.json" in intro and str(office.paths.root) in intro

    type_key(dialog, NewKeys.generate().recovery_text)  # a real key, of another office
    assert dialog.errors["recovery_key"].text() == WRONG_DATABASE
    type_key(dialog, office.keys.recovery_text)
    assert dialog.pages.currentIndex() == 1
    new_password(dialog)

    assert dialog.result_value[1] == "hary"
    ring = KeyRing.load(office.paths)
    assert ring.usernames() == ["hary"]
    db = open_database(dialog.result_value[0])
    try:
        assert accounts.sign_in(db, ring, "hary", NEW_PASSWORD).is_admin
    finally:
        db.close()


def test_a_key_file_that_cannot_be_written_is_shown_and_nothing_changes(qtbot, office, monkeypatch):
    keys_file(office.paths).unlink()

    def disk_full(*args, **kwargs):
        raise UserError("Berkas kunci tidak dapat disimpan (disk penuh). Periksa ruang disk dan izin folder data; "
                        "tidak ada yang berubah.")

    monkeypatch.setattr(account_recovery.KeyRing, "create", staticmethod(disk_full))
    dialog = open_dialog(qtbot, office, with_key_file=False)
    type_key(dialog, office.keys.recovery_text)
    new_password(dialog)
    assert "disk penuh" in dialog.error_label.text() and dialog.error_label.isVisible()
    assert dialog.result_value is None and dialog.isVisible()
    dialog.reject()
    assert dialog.db is None
    assert not keys_file(office.paths).exists() and recovery_audit(office) == []


def test_a_database_without_an_admin_account_is_explained(qtbot, office, monkeypatch):
    monkeypatch.setattr("ppid_desktop.ui.recovery_dialog.admin_accounts", lambda db: [])
    dialog = open_dialog(qtbot, office)
    type_key(dialog, office.keys.recovery_text)
    assert dialog.pages.currentIndex() == 0
    assert dialog.error_label.text() == NO_ADMIN and dialog.db is None


def test_ask_answers_none_when_the_clerk_quits(office, monkeypatch):
    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: self.quit_button.click() or self.result())
    assert RecoveryDialog.ask(office.paths, KeyRing.load(office.paths)) is None
