"""Akun pengguna and Ganti kata sandi, driven through the real dialogs and services."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QDialog

from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.nip import EmployeeIdKind
from ppid_desktop.domain.office import OfficerDraft
from ppid_desktop.services import accounts
from ppid_desktop.services.accounts import SignedIn
from ppid_desktop.services.office import add_officer, list_officers
from ppid_desktop.storage.crypto import data_key_from_recovery
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.keyring import KdfParams, KeyRing, SignInRefused
from ppid_desktop.ui import accounts_dialog, messages
from ppid_desktop.ui.accounts_dialog import AccountsDialog, ChangePasswordDialog, NewAccountDialog, NewPasswordDialog

PASSWORD = "Khatulistiwa-2025"
SITI_PASSWORD = "Kapuas sungai 1143"
RECOVERY = os.urandom(32)


@pytest.fixture
def keyring(office_db: Database) -> KeyRing:
    ring = KeyRing.create(office_db.paths, RECOVERY, ("hary", PASSWORD), KdfParams.for_tests())
    hary = next(o.id for o in list_officers(office_db) if "atasan_ppid" in o.roles)
    accounts.create_first_admin(office_db, ring, data_key_from_recovery(RECOVERY), hary, "hary", PASSWORD)
    return ring


@pytest.fixture
def admin(office_db: Database, keyring: KeyRing) -> SignedIn:
    return accounts.sign_in(office_db, keyring, "hary", PASSWORD)


@pytest.fixture
def dialog(qtbot, office_db: Database, keyring: KeyRing, admin: SignedIn) -> AccountsDialog:
    widget = AccountsDialog(office_db, keyring, admin)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def siti_id(db: Database) -> int:
    return next(o.id for o in list_officers(db) if "ppid_pelaksana" in o.roles)


def cells(dialog: AccountsDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(row, column).text() for column in range(4)] for row in range(table.rowCount())]


def fill_and_save(**texts: str):
    """An exec() that types into the dialog's fields and presses Simpan, as the clerk would."""
    def exec_(self) -> int:
        for name, text in texts.items():
            getattr(self, name).setText(text)
        self.save_button.click()
        return self.result()

    return exec_


def test_the_admin_sees_every_account_with_officer_roles_and_state(dialog: AccountsDialog) -> None:
    assert cells(dialog) == [["hary", "drg. Hary Agung Tjahyadi, M.Kes", "Admin, Atasan PPID", "Aktif"]]
    assert dialog.table.item(0, 4).text() != "Belum pernah"  # signed in just now
    assert dialog.admin_button.text() == "Cabut peran Admin" and dialog.active_button.text() == "Nonaktifkan"


def test_adding_an_account_through_the_form(dialog: AccountsDialog, office_db, keyring, monkeypatch) -> None:
    monkeypatch.setattr(NewAccountDialog, "exec", fill_and_save(username_edit="siti.rahma", password_edit=SITI_PASSWORD, repeat_edit=SITI_PASSWORD))
    dialog.add_button.click()
    assert cells(dialog)[1] == ["siti.rahma", "Siti Rahmawati, S.Sos", "Petugas Dokumentasi, PPID Pelaksana", "Aktif"]
    assert dialog.message_label.text() == "Akun \"siti.rahma\" dibuat." and dialog.selected().username == "siti.rahma"
    assert accounts.sign_in(office_db, keyring, "siti.rahma", SITI_PASSWORD).officer_id == siti_id(office_db)
    dialog.add_button.click()  # everyone has an account now
    assert dialog.error_label.text() == "Semua pejabat dan petugas aktif sudah mempunyai akun."


def test_a_wrong_form_shows_each_problem_under_its_field_and_creates_nothing(qtbot, office_db, keyring, admin) -> None:
    form = NewAccountDialog(accounts.officers_without_account(office_db, admin.officer_id),
                            lambda *values: accounts.create_account(office_db, keyring, admin, *values[:4], make_admin=values[4]))
    qtbot.addWidget(form)
    form.show()
    form.username_edit.setText("siti rahma")
    form.password_edit.setText("pendek")
    form.repeat_edit.setText("pendek!")
    form.save_button.click()
    assert not form.done_ok and form.isVisible()
    for key in ("username", "password", "password_repeat"):
        assert form.fields[key].isVisible(), key
        assert form.fields.widget(key).property("invalid")
    assert "hapus atau ganti spasi" in form.fields["username"].text()
    assert keyring.usernames() == ["hary"]


def test_the_admin_role_can_be_given_with_the_new_account(qtbot, office_db, keyring, admin) -> None:
    form = NewAccountDialog(accounts.officers_without_account(office_db, admin.officer_id),
                            lambda *values: accounts.create_account(office_db, keyring, admin, *values[:4], make_admin=values[4]))
    qtbot.addWidget(form)
    form.username_edit.setText("siti")
    form.password_edit.setText(SITI_PASSWORD)
    form.repeat_edit.setText(SITI_PASSWORD)
    form.admin_box.setChecked(True)
    form.save_button.click()
    assert form.done_ok and accounts.sign_in(office_db, keyring, "siti", SITI_PASSWORD).is_admin


def test_disable_asks_first_then_enable_needs_a_new_password(dialog, office_db, keyring, admin, monkeypatch) -> None:
    accounts.create_account(office_db, keyring, admin, siti_id(office_db), "siti.rahma", SITI_PASSWORD)
    dialog.reload("siti.rahma")
    questions: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda parent, title, text: questions.append(text) or True)
    dialog.active_button.click()
    assert "tidak dapat masuk lagi" in questions[0]
    assert cells(dialog)[1][3] == "Nonaktif" and dialog.active_button.text() == "Aktifkan…"
    assert not dialog.reset_button.isEnabled()
    with pytest.raises(SignInRefused):
        accounts.sign_in(office_db, keyring, "siti.rahma", SITI_PASSWORD)
    monkeypatch.setattr(NewPasswordDialog, "exec", fill_and_save(password_edit="Kembali-bekerja-1", repeat_edit="Kembali-bekerja-1"))
    dialog.active_button.click()
    assert cells(dialog)[1][3] == "Aktif" and dialog.message_label.text() == "Akun \"siti.rahma\" aktif kembali."
    assert accounts.sign_in(office_db, keyring, "siti.rahma", "Kembali-bekerja-1").username == "siti.rahma"


def test_the_last_admin_refusal_is_shown_in_the_dialog(dialog: AccountsDialog, monkeypatch) -> None:
    monkeypatch.setattr(messages, "ask_yes_no", lambda *args: True)
    dialog.active_button.click()
    assert dialog.error_label.isVisible() and "satu-satunya Admin yang aktif" in dialog.error_label.text()
    dialog.admin_button.click()
    assert "satu-satunya Admin" in dialog.error_label.text() and cells(dialog)[0][2] == "Admin, Atasan PPID"


def test_resetting_a_password_from_the_list(dialog, office_db, keyring, admin, monkeypatch) -> None:
    accounts.create_account(office_db, keyring, admin, siti_id(office_db), "siti.rahma", SITI_PASSWORD)
    dialog.reload("siti.rahma")
    monkeypatch.setattr(NewPasswordDialog, "exec", fill_and_save(password_edit="Sementara-2025", repeat_edit="Sementara-2025"))
    dialog.reset_button.click()
    assert "sudah diatur ulang" in dialog.message_label.text()
    assert accounts.sign_in(office_db, keyring, "siti.rahma", "Sementara-2025").username == "siti.rahma"


def test_the_idle_lock_is_no_longer_set_here(dialog: AccountsDialog) -> None:
    # Sunting > Pengaturan > Kunci layar sets it (tests/ui/test_settings_dialog.py).
    assert not hasattr(dialog, "idle_spin") and not hasattr(dialog, "save_idle_lock")


def test_the_password_hint_names_the_minimum_length() -> None:
    from ppid_desktop.domain.accounts import PASSWORD_MIN

    assert f"Paling sedikit {PASSWORD_MIN} karakter," in accounts_dialog.PASSWORD_HINT


def test_someone_who_is_not_admin_is_told_so_instead_of_the_list(qtbot, office_db, keyring, admin, monkeypatch) -> None:
    accounts.create_account(office_db, keyring, admin, siti_id(office_db), "siti.rahma", SITI_PASSWORD)
    siti = accounts.sign_in(office_db, keyring, "siti.rahma", SITI_PASSWORD)
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_user_error", lambda parent, error, title="": shown.append(str(error)))
    AccountsDialog.ask(office_db, keyring, siti)
    assert shown == ["Siti Rahmawati, S.Sos tidak berwenang mengelola akun pengguna. Hanya Admin yang dapat melakukannya."]


def test_changing_ones_own_password(qtbot, office_db, keyring, admin) -> None:
    form = ChangePasswordDialog(office_db, keyring, admin)
    qtbot.addWidget(form)
    form.show()
    form.old_edit.setText("bukan-kata-sandinya")
    form.password_edit.setText("Jembatan Kapuas 2026")
    form.repeat_edit.setText("Jembatan Kapuas 2026")
    form.save_button.click()
    assert not form.done_ok and form.fields["old_password"].isVisible()
    form.old_edit.setText(PASSWORD)
    form.save_button.click()
    assert form.done_ok and form.result() == QDialog.DialogCode.Accepted
    assert accounts.sign_in(office_db, keyring, "hary", "Jembatan Kapuas 2026").is_admin


def test_a_refusal_without_a_field_is_shown_above_the_buttons(qtbot, office_db, keyring, admin) -> None:
    def refuse(password: str, repeated: str) -> None:
        raise UserError("Berkas kunci tidak dapat disimpan (disk penuh).")

    form = NewPasswordDialog("Atur ulang kata sandi", "", refuse)
    qtbot.addWidget(form)
    form.password_edit.setText("Sementara-2025")
    form.repeat_edit.setText("Sementara-2025")
    form.save_button.click()
    assert not form.done_ok and form.error_label.text() == "Berkas kunci tidak dapat disimpan (disk penuh)."


def test_an_officer_added_later_can_be_given_an_account(dialog, office_db, monkeypatch) -> None:
    add_officer(office_db, OfficerDraft(name="Dewi Anggraini", id_kind=EmployeeIdKind.NIP, employee_id="198001012005011013",
                                        pangkat="III/b", jabatan="Staf", roles=["ppid"]))
    offered: list[list[str]] = []

    def ask(cls, officers, create, parent=None):
        offered.append([o.name for o in officers])
        return False

    monkeypatch.setattr(accounts_dialog.NewAccountDialog, "ask", classmethod(ask))
    dialog.add_button.click()
    assert offered == [["Dewi Anggraini", "Siti Rahmawati, S.Sos"]]


def test_an_account_of_a_deactivated_officer_says_it_cannot_sign_in(dialog, office_db, keyring, admin) -> None:
    from ppid_desktop.services import staff

    accounts.create_account(office_db, keyring, admin, siti_id(office_db), "siti.rahma", SITI_PASSWORD)
    staff.set_officer_active(office_db, siti_id(office_db), False, actor_id=admin.officer_id)
    dialog.reload()
    assert ["siti.rahma", "Siti Rahmawati, S.Sos", "Petugas Dokumentasi, PPID Pelaksana", "Tidak dapat masuk: pejabat nonaktif"] in cells(dialog)
    with pytest.raises(UserError):
        accounts.sign_in(office_db, keyring, "siti.rahma", SITI_PASSWORD)
