"""Unit dan pejabat, driven through the real dialog, forms and services as an Admin."""

from __future__ import annotations

import os

import pytest

from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.office import UnitDraft
from ppid_desktop.services import accounts, staff
from ppid_desktop.services.accounts import SignedIn
from ppid_desktop.services.office import list_officers
from ppid_desktop.storage.crypto import data_key_from_recovery
from ppid_desktop.storage.database import Database, open_database
from ppid_desktop.storage.keyring import KdfParams, KeyRing
from ppid_desktop.ui import messages
from ppid_desktop.ui.main_window import MainWindow
from ppid_desktop.ui.session_controls import UserSession
from ppid_desktop.ui.staff_dialog import StaffDialog
from ppid_desktop.ui.staff_forms import OfficerForm, UnitForm
from tests.conftest import template_by_code
from tests.encrypted_office import ADMIN_USER, encrypted_office

PASSWORD = "Khatulistiwa-2025"
RECOVERY = os.urandom(32)
VALID_NIP = "197501012000031001"


@pytest.fixture
def admin(office_db: Database) -> SignedIn:
    ring = KeyRing.create(office_db.paths, RECOVERY, ("hary", PASSWORD), KdfParams.for_tests())
    hary = next(o.id for o in list_officers(office_db) if "atasan_ppid" in o.roles)
    accounts.create_first_admin(office_db, ring, data_key_from_recovery(RECOVERY), hary, "hary", PASSWORD)
    return accounts.sign_in(office_db, ring, "hary", PASSWORD)


@pytest.fixture
def dialog(qtbot, office_db: Database, admin: SignedIn) -> StaffDialog:
    widget = StaffDialog(office_db, template_by_code("kalbar-kesra"), admin.officer_id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def column(table, index: int) -> list[str]:
    return [table.item(row, index).text() for row in range(table.rowCount())]


def select(table, text: str) -> None:
    table.selectRow(column(table, 0).index(text))


def run_form(check, **texts: str):
    """An exec() that types into the form, presses Simpan and lets `check` look at it (still open)."""
    def exec_(self) -> int:
        self.show()
        for name, text in texts.items():
            getattr(self, name).setText(text)
        self.save_button.click()
        check(self)
        return self.result()

    return exec_


def test_the_lists_show_units_and_officers(dialog: StaffDialog) -> None:
    assert column(dialog.unit_table, 0) == ["Bagian Kesejahteraan Sosial", "Subbagian Tata Usaha"]
    assert column(dialog.unit_table, 2) == ["1", "1"] and column(dialog.unit_table, 4) == ["Aktif", "Aktif"]
    table = dialog.officer_table
    hary = column(table, 0).index("drg. Hary Agung Tjahyadi, M.Kes")
    assert [table.item(hary, c).text() for c in (3, 5, 6)] == ["Subbagian Tata Usaha", "hary", "Aktif"]
    assert "Admin" in table.item(hary, 4).text()


def test_add_a_unit_rename_it_and_a_duplicate_name_shows_under_the_field(dialog, office_db, monkeypatch) -> None:
    seen: list[tuple[bool, str]] = []
    monkeypatch.setattr(UnitForm, "exec", run_form(lambda form: seen.append((form.done_ok, "")),
                                                   name_edit="Subbagian Umum", code_edit="UM"))
    dialog.add_unit_button.click()
    assert seen == [(True, "")]
    assert "Subbagian Umum" in column(dialog.unit_table, 0)
    assert dialog.selected_unit().name == "Subbagian Umum" and dialog.selected_unit().code == "UM"
    assert dialog.message_label.text() == "Unit \"Subbagian Umum\" ditambahkan."

    monkeypatch.setattr(UnitForm, "exec", run_form(lambda form: None, name_edit="Subbagian Umum dan Kepegawaian"))
    dialog.rename_unit_button.click()
    assert "Subbagian Umum dan Kepegawaian" in column(dialog.unit_table, 0)
    assert "Subbagian Umum" not in column(dialog.unit_table, 0)

    def duplicate(form: UnitForm) -> None:
        seen.append((form.done_ok, form.fields["name"].text()))
        assert form.fields["name"].isVisible() and form.fields.widget("name").property("invalid")

    monkeypatch.setattr(UnitForm, "exec", run_form(duplicate, name_edit="Subbagian Tata Usaha"))
    dialog.rename_unit_button.click()
    assert seen[-1][0] is False and "Subbagian Tata Usaha" in seen[-1][1]
    assert sorted(u.name for u in staff.all_units(office_db)) == [
        "Bagian Kesejahteraan Sosial", "Subbagian Tata Usaha", "Subbagian Umum dan Kepegawaian"]


def test_a_wrong_nip_shows_under_its_field_and_nothing_is_stored(dialog, office_db, monkeypatch) -> None:
    before = staff.all_officers(office_db)
    seen: list[str] = []

    def exec_(form: OfficerForm) -> int:
        form.show()
        form.name_edit.setText("Budi Santoso, S.H.")
        form.nip_edit.setText("12345")
        form.jabatan_edit.setText("Analis Hukum")
        form.role_checks["ppid_pelaksana"].setChecked(True)
        form.save_button.click()
        assert not form.done_ok and form.isVisible()
        assert form.fields["employee_id"].isVisible() and form.fields.widget("employee_id") is form.nip_edit
        assert form.nip_edit.property("invalid")
        assert not any(form.fields[key].isVisible() for key in ("name", "jabatan", "roles"))
        seen.append(form.fields["employee_id"].text())
        return form.result()

    monkeypatch.setattr(OfficerForm, "exec", exec_)
    dialog.add_officer_button.click()
    assert seen and seen[0]
    assert staff.all_officers(office_db) == before
    assert dialog.officer_table.rowCount() == len(before) and not dialog.changed


def test_an_officer_is_added_through_the_form(dialog, office_db, monkeypatch) -> None:
    def exec_(form: OfficerForm) -> int:
        form.show()
        form.name_edit.setText("Budi Santoso, S.H.")
        form.nip_edit.setText(VALID_NIP)
        form.jabatan_edit.setText("Analis Hukum")
        form.unit_combo.setCurrentIndex(form.unit_combo.findText("Subbagian Tata Usaha"))
        form.role_checks["ppid_pelaksana"].setChecked(True)
        form.save_button.click()
        return form.result()

    monkeypatch.setattr(OfficerForm, "exec", exec_)
    dialog.add_officer_button.click()
    budi = next(o for o in staff.all_officers(office_db) if o.name == "Budi Santoso, S.H.")
    assert budi.roles == ("ppid_pelaksana",) and budi.unit_name == "Subbagian Tata Usaha" and budi.username is None
    assert dialog.selected_officer().id == budi.id
    assert column(dialog.unit_table, 2)[column(dialog.unit_table, 0).index("Subbagian Tata Usaha")] == "2"


def test_edit_an_officers_roles(dialog, office_db, monkeypatch) -> None:
    select(dialog.officer_table, "Siti Rahmawati, S.Sos")
    shown: list[dict[str, bool]] = []

    def exec_(form: OfficerForm) -> int:
        form.show()
        shown.append({code: box.isChecked() for code, box in form.role_checks.items()})
        assert form.name_edit.text() == "Siti Rahmawati, S.Sos" and form.pangkat_combo.currentData() == "III/c"
        assert form.unit_combo.currentText() == "Bagian Kesejahteraan Sosial"
        form.role_checks["petugas_dokumentasi"].setChecked(False)
        form.role_checks["ppid"].setChecked(True)
        form.save_button.click()
        return form.result()

    monkeypatch.setattr(OfficerForm, "exec", exec_)
    dialog.edit_officer_button.click()
    assert shown[0]["petugas_dokumentasi"] and shown[0]["ppid_pelaksana"] and not shown[0]["admin"]
    siti = next(o for o in staff.all_officers(office_db) if o.name == "Siti Rahmawati, S.Sos")
    assert siti.roles == ("ppid", "ppid_pelaksana")
    row = column(dialog.officer_table, 0).index("Siti Rahmawati, S.Sos")
    assert dialog.officer_table.item(row, 4).text() == "PPID, PPID Pelaksana"


def test_disabling_an_officer_asks_first_and_the_table_shows_it(dialog, office_db, monkeypatch) -> None:
    select(dialog.officer_table, "Siti Rahmawati, S.Sos")
    questions: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda parent, title, text: questions.append(text) or False)
    dialog.disable_officer_button.click()
    assert "tidak dapat masuk lagi" in questions[0] and "tetap memuat namanya" in questions[0]
    assert all(o.active for o in staff.all_officers(office_db))

    monkeypatch.setattr(messages, "ask_yes_no", lambda parent, title, text: True)
    dialog.disable_officer_button.click()
    row = column(dialog.officer_table, 0).index("Siti Rahmawati, S.Sos")
    assert dialog.officer_table.item(row, 6).text() == "Nonaktif"
    assert not dialog.disable_officer_button.isEnabled() and dialog.enable_officer_button.isEnabled()
    dialog.enable_officer_button.click()
    row = column(dialog.officer_table, 0).index("Siti Rahmawati, S.Sos")
    assert dialog.officer_table.item(row, 6).text() == "Aktif" and dialog.changed


def test_a_refusal_goes_to_a_message_box(dialog, monkeypatch) -> None:
    select(dialog.officer_table, "drg. Hary Agung Tjahyadi, M.Kes")  # the Admin themselves
    monkeypatch.setattr(messages, "ask_yes_no", lambda parent, title, text: True)
    errors: list[str] = []
    monkeypatch.setattr(messages, "show_user_error", lambda parent, error, title=None: errors.append(str(error)))
    dialog.disable_officer_button.click()
    assert len(errors) == 1
    row = column(dialog.officer_table, 0).index("drg. Hary Agung Tjahyadi, M.Kes")
    assert dialog.officer_table.item(row, 6).text() == "Aktif"


def test_the_menu_action_is_for_the_admin_only(qtbot, tmp_path) -> None:
    paths = encrypted_office(tmp_path / "data")
    db = open_database(paths)
    try:
        ring = KeyRing.load(paths)
        admin = accounts.confirm_sign_in(db, ADMIN_USER, paths.key)
        clerk = sorted(list_officers(db), key=lambda o: o.id)[1]
        accounts.create_account(db, ring, admin, clerk.id, "siti", "petugas-dokumen-77")
        for username, enabled in (("siti", False), (ADMIN_USER, True)):
            window = MainWindow(db, session=UserSession(username, ring))
            qtbot.addWidget(window)
            assert window.staff_action.isEnabled() is enabled, username
            edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Sunting")
            assert window.staff_action in edit_menu.actions()
    finally:
        db.close()


def test_the_menu_action_opens_the_dialog_without_a_session(qtbot, office_db, monkeypatch) -> None:
    window = MainWindow(office_db)
    qtbot.addWidget(window)
    assert window.staff_action.isEnabled()
    opened: list[list[str]] = []
    monkeypatch.setattr(StaffDialog, "exec", lambda dialog: opened.append(column(dialog.unit_table, 0)) or 0)
    window.staff_action.trigger()
    assert opened == [["Bagian Kesejahteraan Sosial", "Subbagian Tata Usaha"]]


def test_the_message_after_an_edit_names_the_officer_as_saved(dialog, office_db, monkeypatch) -> None:
    select(dialog.officer_table, "Siti Rahmawati, S.Sos")

    def exec_(form: OfficerForm) -> int:
        form.show()
        form.name_edit.setText("Siti Rahmawati, S.Sos., M.Si.")
        form.save_button.click()
        return form.result()

    monkeypatch.setattr(OfficerForm, "exec", exec_)
    dialog.edit_officer_button.click()
    assert dialog.message_label.text() == "Data Siti Rahmawati, S.Sos., M.Si. disimpan."


def test_a_refusal_of_a_form_that_names_no_field_goes_to_a_message_box(qtbot, monkeypatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append((title, text)))

    def refuse(_draft: UnitDraft) -> None:
        raise UserError("Hanya Admin yang dapat mengelola daftar unit.")

    form = UnitForm("Tambah unit", "", UnitDraft("Gudang"), refuse)
    qtbot.addWidget(form)
    form.show()
    form.save_button.click()
    assert shown == [("Tidak dapat disimpan", "Hanya Admin yang dapat mengelola daftar unit.")]
    assert not form.done_ok and form.isVisible() and not form.error_label.isVisible()
