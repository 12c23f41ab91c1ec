"""The first-run set-up wizard, driven through its real widgets from the first page to Finish.

The Admin and recovery key pages have their own tests in test_setup_wizard_accounts.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard

from ppid_desktop.domain.enums import STANDARD_ROLES, PaperSize
from ppid_desktop.domain.errors import UserError, ValidationError, ValidationErrors
from ppid_desktop.domain.nip import EmployeeIdKind, validate_nip
from ppid_desktop.services import office as office_service
from ppid_desktop.services.encryption import NewKeys
from ppid_desktop.storage.crypto import KdfParams
from ppid_desktop.storage.database import open_database
from ppid_desktop.ui import messages
from ppid_desktop.ui.setup_wizard import SetupWizard

WRONG_NIP = "196913201998031008"  # month 13 in the birth date
ADMIN_PASSWORD = "Sungai Kapuas 1143"


@pytest.fixture
def new_keys() -> NewKeys:
    return NewKeys.generate()


@pytest.fixture
def db(data_paths, new_keys):
    """As the start-up gives it to the wizard: a new, empty database encrypted with the new data key."""
    database = open_database(data_paths.unlocked(new_keys.data_key))
    yield database
    database.close()


@pytest.fixture
def wizard(qtbot, db, new_keys, monkeypatch):
    # Closing a wizard that holds input asks first; the teardown closes it, so say yes.
    monkeypatch.setattr(messages, "ask_yes_no", lambda *args: True)
    wizard = SetupWizard(db, new_keys, kdf=KdfParams.for_tests())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


@pytest.fixture
def shown_errors(monkeypatch):
    """Record every message box the wizard shows instead of opening one."""
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_user_error", lambda parent, error, title="": shown.append(str(error)))
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append(text))
    return shown


def fill_office(wizard: SetupWizard, city: str = "Pontianak") -> None:
    page = wizard.office_page.form
    page.kop_edit.setPlainText("PEMERINTAH PROVINSI KALIMANTAN BARAT\nSEKRETARIAT DAERAH")
    page.name_edit.setText("BIRO KESEJAHTERAAN RAKYAT")
    page.address_edit.setText("Jalan Ahmad Yani, Pontianak 78124")
    page.phone_edit.setText("(0561) 736541")
    page.email_edit.setText("kesra@kalbarprov.go.id")
    page.website_edit.setText("https://kesra.kalbarprov.go.id")
    page.city_edit.setText(city)


def add_units(wizard: SetupWizard, *names: str) -> None:
    page = wizard.units_page
    for name in names:
        page.unit_edit.setText(name)
        page.add_button.click()


def fill_officer(wizard: SetupWizard, name: str, nip: str, jabatan: str, roles: list[str], *,
                 pangkat: str = "", unit: str | None = None, kind: EmployeeIdKind = EmployeeIdKind.NIP) -> None:
    page = wizard.officers_page
    page.name_edit.setText(name)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(kind.value))
    page.nip_edit.setText(nip)
    page.pangkat_combo.setCurrentIndex(page.pangkat_combo.findData(pangkat))
    page.jabatan_edit.setText(jabatan)
    if unit is not None:
        page.unit_combo.setCurrentIndex(page.unit_combo.findText(unit))
    for code in roles:
        page.role_checks[code].setChecked(True)


def go_to_officers(wizard: SetupWizard, sop_code: str | None = None) -> None:
    wizard.next()  # welcome -> office
    fill_office(wizard)
    wizard.next()  # office -> SOP
    assert wizard.currentPage() is wizard.sop_page
    if sop_code:
        wizard.sop_page.select_code(sop_code)
    wizard.next()  # SOP -> units
    add_units(wizard, "Bagian Kesejahteraan Sosial", "Subbagian Tata Usaha")
    wizard.next()  # units -> officers
    assert wizard.currentPage() is wizard.officers_page


def fill_admin(wizard: SetupWizard, officer: int = 1, username: str = "siti.rahma", password: str = ADMIN_PASSWORD) -> None:
    """On the Admin page: the officer at `officer` in the list (0 is "choose"), name, password twice."""
    form = wizard.admin_page.form
    form.officer_combo.setCurrentIndex(officer)
    form.username_edit.setText(username)
    form.password_edit.setText(password)
    form.repeat_edit.setText(password)


def to_summary(wizard: SetupWizard, officer: int = 1) -> None:
    """From the officers page, through the Admin page (the officer at `officer` in its list), to the summary."""
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    fill_admin(wizard, officer)
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page


def click_finish(wizard: SetupWizard) -> None:
    """From the summary: the recovery key page, the confirmation ticked, then Finish."""
    if wizard.currentPage() is wizard.summary_page:
        wizard.next()
    assert wizard.currentPage() is wizard.key_page
    wizard.key_page.panel.confirm_box.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()


def below(label: QWidget, field: QWidget) -> bool:
    """The label is shown right under the field, starting at the same left edge."""
    page = field.window()
    field_pos = field.mapTo(page, QPoint(0, 0))
    label_pos = label.mapTo(page, QPoint(0, 0))
    return label.isVisible() and label_pos.y() >= field_pos.y() + field.height() and abs(label_pos.x() - field_pos.x()) < 120


def test_full_run_stores_office_units_and_officers(wizard, db, shown_errors):
    assert wizard.minimumWidth() >= 760 and wizard.minimumHeight() >= 560
    assert wizard.currentPage() is wizard.welcome_page
    wizard.next()
    assert wizard.currentPage() is wizard.office_page
    fill_office(wizard)
    page = wizard.office_page.form
    assert page.paper_combo.currentData() == PaperSize.F4.value
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.sop_page
    assert wizard.sop_page.selected_template().code == "kalbar-kesra"
    assert wizard.sop_page.stage_table.rowCount() == 3
    assert wizard.sop_page.stage_table.item(0, 2).text() == "PPID Pelaksana"
    wizard.button(QWizard.WizardButton.NextButton).click()
    add_units(wizard, "Bagian Kesejahteraan Sosial", "Subbagian Tata Usaha")
    assert wizard.units_page.units() == ["Bagian Kesejahteraan Sosial", "Subbagian Tata Usaha"]
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.officers_page
    officers = wizard.officers_page
    assert [officers.unit_combo.itemText(i) for i in range(2)] == ["Bagian Kesejahteraan Sosial", "Subbagian Tata Usaha"]
    fill_officer(wizard, "drg. Hary Agung Tjahyadi, M.Kes", "19690520 199803 1 008",
                 "Kepala Biro Kesejahteraan Rakyat", ["atasan_ppid"], pangkat="IV/c", unit="Subbagian Tata Usaha")
    officers.add_button.click()
    fill_officer(wizard, "Siti Rahmawati, S.Sos", "198703122010012004", "Analis Dokumentasi",
                 ["petugas_dokumentasi", "ppid_pelaksana"], pangkat="III/c", unit="Bagian Kesejahteraan Sosial")
    officers.add_button.click()
    assert officers.officers_table.rowCount() == 2
    assert officers.officers_table.item(0, 1).text() == "NIP. 19690520 199803 1 008"
    assert officers.name_edit.text() == ""  # the form is ready for the next person
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.admin_page
    fill_admin(wizard, officer=2)
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.summary_page
    summary = wizard.summary_page.summary_view.toPlainText()
    assert "BIRO KESEJAHTERAAN RAKYAT" in summary and "Siti Rahmawati, S.Sos" in summary
    assert "Siti Rahmawati, S.Sos, nama pengguna siti.rahma" in summary
    assert not office_service.is_set_up(db)  # nothing is written before Finish

    click_finish(wizard)

    assert shown_errors == []
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert not wizard.isVisible()
    office = office_service.get_office(db)
    assert office.kop_lines == ["PEMERINTAH PROVINSI KALIMANTAN BARAT", "SEKRETARIAT DAERAH"]
    assert office.name == "BIRO KESEJAHTERAAN RAKYAT"
    assert office.city == "Pontianak"
    assert office.email == "kesra@kalbarprov.go.id"
    assert office.paper is PaperSize.F4
    assert office.sop_code == "kalbar-kesra"
    assert [unit.name for unit in office_service.list_units(db)] == ["Bagian Kesejahteraan Sosial", "Subbagian Tata Usaha"]
    stored = {officer.name: officer for officer in office_service.list_officers(db)}
    assert set(stored) == {"drg. Hary Agung Tjahyadi, M.Kes", "Siti Rahmawati, S.Sos"}
    siti = stored["Siti Rahmawati, S.Sos"]
    assert siti.employee_id == "198703122010012004"
    assert siti.pangkat == "III/c"
    assert siti.unit_name == "Bagian Kesejahteraan Sosial"
    assert set(siti.roles) == {"petugas_dokumentasi", "ppid_pelaksana", "admin"}  # chosen as the Admin
    assert stored["drg. Hary Agung Tjahyadi, M.Kes"].unit_name == "Subbagian Tata Usaha"
    assert wizard.admin_username == "siti.rahma"


def test_wrong_nip_shows_message_under_the_field_and_adds_nobody(wizard):
    go_to_officers(wizard)
    page = wizard.officers_page
    fill_officer(wizard, "Siti Rahmawati, S.Sos", WRONG_NIP, "Analis Dokumentasi", ["ppid_pelaksana"])
    page.add_button.click()

    with pytest.raises(ValidationError) as expected:
        validate_nip(WRONG_NIP)
    label = page.errors["employee_id"]
    assert label.text() == expected.value.message
    assert below(label, page.nip_edit)
    assert page.nip_edit.hasFocus()
    assert page.officers_table.rowCount() == 0 and page.officers == []
    # Only the NIP was wrong: no other field is marked.
    assert not page.errors["name"].isVisible() and not page.errors["jabatan"].isVisible()

    page.nip_edit.setText("198703122010012004")
    assert not label.isVisible()  # the message goes once the clerk corrects the field
    page.add_button.click()
    assert page.officers_table.rowCount() == 1


def test_officer_form_marks_every_wrong_field_and_refuses_duplicate_nip(wizard):
    go_to_officers(wizard)
    page = wizard.officers_page
    page.add_button.click()  # everything empty
    for key in ("name", "employee_id", "jabatan", "roles"):
        assert page.errors[key].isVisible(), key
    assert page.name_edit.hasFocus()

    fill_officer(wizard, "Siti Rahmawati, S.Sos", "198703122010012004", "Analis Dokumentasi", [])
    page.add_button.click()
    assert page.errors["roles"].isVisible() and not page.errors["name"].isVisible()
    assert page.role_checks["ppid_pelaksana"].hasFocus()
    page.role_checks["ppid_pelaksana"].setChecked(True)
    assert not page.errors["roles"].isVisible()

    page.add_button.click()
    assert len(page.officers) == 1
    fill_officer(wizard, "Orang Lain", "19870312 201001 2 004", "Staf", ["ppid"])
    page.add_button.click()
    assert "Siti Rahmawati" in page.errors["employee_id"].text()
    assert len(page.officers) == 1


def test_ni_pppk_is_accepted_without_golongan(wizard):
    go_to_officers(wizard)
    page = wizard.officers_page
    fill_officer(wizard, "Rudi Hartono, S.Kom", "1234567890", "Pranata Komputer", ["petugas_dokumentasi"],
                 kind=EmployeeIdKind.NI_PPPK)
    page.add_button.click()
    assert page.officers[0][0].id_kind is EmployeeIdKind.NI_PPPK
    assert page.officers_table.item(0, 1).text() == "NI PPPK. 1234567890"


def test_empty_city_blocks_next_with_the_message_under_the_field(wizard):
    wizard.next()
    fill_office(wizard, city="   ")
    wizard.next()
    page = wizard.office_page.form
    assert wizard.currentPage() is wizard.office_page
    label = page.errors["city"]
    assert "Kota tempat penandatanganan wajib diisi" in label.text()
    assert below(label, page.city_edit)
    assert page.city_edit.hasFocus()
    assert not page.errors["name"].isVisible()

    page.city_edit.setText("Pontianak")
    wizard.next()
    assert wizard.currentPage() is wizard.sop_page


def test_wrong_fields_get_a_red_border_until_corrected(wizard):
    wizard.next()
    fill_office(wizard, city="")
    page = wizard.office_page.form
    page.email_edit.setText("kesra@kalbarprov")
    wizard.next()
    assert page.city_edit.property("invalid") and page.email_edit.property("invalid")
    assert not page.name_edit.property("invalid")

    page.email_edit.setText("kesra@kalbarprov.go.id")
    assert not page.email_edit.property("invalid") and not page.errors["email"].isVisible()
    assert page.city_edit.property("invalid")


def test_wrong_email_and_missing_logo_are_shown_beside_their_fields(wizard, tmp_path):
    wizard.next()
    fill_office(wizard)
    page = wizard.office_page.form
    page.email_edit.setText("kesra@kalbarprov")
    page.logo_edit.setText(str(tmp_path / "tidak-ada.png"))
    wizard.next()
    assert wizard.currentPage() is wizard.office_page
    assert "tidak valid" in page.errors["email"].text()
    assert "tidak ditemukan" in page.errors["logo_path"].text()
    assert page.email_edit.hasFocus()

    # Both wrong: the cursor goes to the topmost field (the e-mail sits above the city).
    page.logo_edit.clear()
    page.city_edit.clear()
    page.city_edit.setFocus()
    wizard.next()
    assert page.errors["city"].isVisible() and page.errors["email"].isVisible()
    assert page.email_edit.hasFocus()


def test_banten_sop_offers_its_roles_and_the_office_follows_it(wizard, db, shown_errors):
    go_to_officers(wizard, sop_code="banten-pemkesra")
    page = wizard.officers_page
    codes = list(page.role_checks)
    assert codes[:3] == ["petugas", "ppid", "arsip"]
    assert set(STANDARD_ROLES) <= set(codes) and len(codes) == len(set(codes))
    assert page.role_checks["arsip"].text() == "Arsip"
    assert "Petugas" in page.warning_label.text()  # nobody holds the first stage's role yet
    fill_officer(wizard, "Ahmad Fauzi, S.IP", "198703122010011004", "Pengelola Arsip", ["petugas", "arsip"])
    page.add_button.click()
    assert page.warning_label.isHidden()
    to_summary(wizard)
    assert "555/7/PPIDP.Pemkesra/2022" in wizard.summary_page.summary_view.toPlainText()
    click_finish(wizard)

    assert shown_errors == []
    assert office_service.get_office(db).sop_code == "banten-pemkesra"
    assert set(office_service.list_officers(db)[0].roles) == {"petugas", "arsip", "admin"}  # the Admin chosen


def test_changing_the_sop_afterwards_rebuilds_roles_and_flags_stray_ones(wizard):
    go_to_officers(wizard, sop_code="banten-pemkesra")
    page = wizard.officers_page
    fill_officer(wizard, "Ahmad Fauzi, S.IP", "198703122010011004", "Pengelola Arsip", ["arsip", "ppid"])
    page.add_button.click()
    wizard.back()
    wizard.back()
    wizard.sop_page.select_code("kalbar-kesra")
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is page
    assert list(page.role_checks)[:3] == ["ppid_pelaksana", "petugas_dokumentasi", "ppid"]
    assert "arsip" not in page.role_checks
    assert "Ahmad Fauzi, S.IP (Arsip)" in page.warning_label.text()
    assert page.officers_table.item(0, 5).text() == "Arsip, PPID"


def test_kalimantan_barat_is_preselected_and_its_stages_are_shown(wizard):
    page = wizard.sop_page
    assert page.selected_template().code == "kalbar-kesra"
    page.select_code("banten-pemkesra")
    assert page.stage_table.rowCount() == 7
    assert page.stage_table.item(6, 2).text() == "Arsip"


def test_missing_first_stage_role_warns_but_does_not_block(wizard):
    go_to_officers(wizard)
    page = wizard.officers_page
    wizard.next()
    assert wizard.currentPage() is page  # nobody yet: blocked, with a message
    assert page.list_error.isVisible()

    fill_officer(wizard, "Siti Rahmawati, S.Sos", "198703122010012004", "Analis Dokumentasi", ["ppid"])
    page.add_button.click()
    assert page.warning_label.isVisible()
    assert "PPID Pelaksana" in page.warning_label.text()
    to_summary(wizard)
    assert "PPID Pelaksana" in wizard.summary_page.summary_view.toPlainText()


def test_units_need_one_entry_and_refuse_duplicates(wizard, qtbot):
    wizard.next()
    fill_office(wizard)
    wizard.next()
    wizard.next()
    page = wizard.units_page
    wizard.next()
    assert wizard.currentPage() is page
    assert "paling sedikit satu unit" in page.unit_error.text()

    add_units(wizard, "Bagian Kesejahteraan Sosial", "  bagian   kesejahteraan sosial ")
    assert page.units() == ["Bagian Kesejahteraan Sosial"]
    assert "sudah ada dalam daftar" in page.unit_error.text()
    assert page.unit_error.isVisible()

    page.unit_edit.setText("Subbagian Tata Usaha")
    qtbot.keyClick(page.unit_edit, Qt.Key.Key_Return)  # Enter adds; it does not press Next
    assert wizard.currentPage() is page
    page.unit_list.setCurrentRow(1)
    page.remove_button.click()
    assert page.units() == ["Bagian Kesejahteraan Sosial"]


def test_unit_with_an_officer_cannot_be_removed_and_officer_can_be(wizard):
    go_to_officers(wizard)
    page = wizard.officers_page
    fill_officer(wizard, "Siti Rahmawati, S.Sos", "198703122010012004", "Analis Dokumentasi", ["ppid_pelaksana"],
                 unit="Subbagian Tata Usaha")
    page.add_button.click()
    wizard.back()
    units = wizard.units_page
    units.unit_list.setCurrentRow(1)
    units.remove_button.click()
    assert units.units() == ["Bagian Kesejahteraan Sosial", "Subbagian Tata Usaha"]
    assert "Siti Rahmawati" in units.unit_error.text()

    wizard.next()
    page.officers_table.selectRow(0)
    page.remove_button.click()
    assert page.officers == [] and page.officers_table.rowCount() == 0


def test_finish_failing_keeps_the_wizard_open_with_the_message(wizard, db, monkeypatch, shown_errors):
    calls = []

    def refuse(*args):
        calls.append(args)
        raise UserError("Kantor sudah disiapkan sebelumnya; ubah profilnya melalui menu Pengaturan.")

    monkeypatch.setattr(office_service, "setup_office", refuse)
    go_to_officers(wizard)
    fill_officer(wizard, "Siti Rahmawati, S.Sos", "198703122010012004", "Analis Dokumentasi", ["ppid_pelaksana"])
    wizard.officers_page.add_button.click()
    to_summary(wizard)
    click_finish(wizard)

    assert len(calls) == 1
    assert shown_errors == ["Kantor sudah disiapkan sebelumnya; ubah profilnya melalui menu Pengaturan."]
    assert wizard.isVisible()
    assert wizard.currentPage() is wizard.key_page
    assert wizard.result() != QDialog.DialogCode.Accepted
    assert not (db.paths.root / "keys.json").exists()


def test_finish_validation_errors_are_shown_and_marked_on_the_profile(wizard, monkeypatch, shown_errors):
    def refuse(*args):
        raise ValidationErrors([ValidationError("logo_path", "Berkas logo \"logo.png\" rusak.")])

    monkeypatch.setattr(office_service, "setup_office", refuse)
    go_to_officers(wizard)
    fill_officer(wizard, "Siti Rahmawati, S.Sos", "198703122010012004", "Analis Dokumentasi", ["ppid_pelaksana"])
    wizard.officers_page.add_button.click()
    to_summary(wizard)
    click_finish(wizard)

    assert shown_errors == ["Berkas logo \"logo.png\" rusak."]
    assert wizard.isVisible()
    assert wizard.office_page.form.errors["logo_path"].text() == "Berkas logo \"logo.png\" rusak."


def test_office_tab_order_runs_top_to_bottom(wizard):
    wizard.next()
    page = wizard.office_page.form
    expected = [page.kop_edit, page.name_edit, page.address_edit, page.phone_edit, page.email_edit,
                page.website_edit, page.city_edit, page.logo_edit, page.logo_button, page.paper_combo]
    page.kop_edit.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in expected[1:]:
        page.focusNextChild()
        seen.append(QApplication.focusWidget())
    assert seen == expected


def test_cancel_after_typing_asks_first(wizard, monkeypatch):
    asked = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda parent, title, text: asked.append(title) or len(asked) > 1)
    wizard.next()
    wizard.reject()
    assert asked and wizard.isVisible()  # the clerk said no
    wizard.reject()
    assert not wizard.isVisible()


def test_ask_answers_the_admin_username_or_none_when_cancelled(db, new_keys, monkeypatch):
    def finish(self) -> int:
        self.admin_username = "siti.rahma"
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(SetupWizard, "exec", finish)
    assert SetupWizard.ask(db, new_keys) == "siti.rahma"
    monkeypatch.setattr(SetupWizard, "exec", lambda self: int(QDialog.DialogCode.Rejected))
    assert SetupWizard.ask(db, new_keys) is None
