"""Sunting > Pengaturan: every page an office configures, checked together, saved with one Simpan,
driven through the real widgets and services."""

from __future__ import annotations

import errno
import os
from datetime import date, time
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ppid_desktop.domain.enums import PaperSize
from ppid_desktop.domain.errors import UserError, ValidationError, ValidationErrors
from ppid_desktop.services import accounts
from ppid_desktop.services.handover_settings import ShareSettings, backup_copy_enabled, get_share_settings
from ppid_desktop.services.language import get_language
from ppid_desktop.services.office import add_holiday, get_office, get_office_settings, list_officers
from ppid_desktop.storage.crypto import data_key_from_recovery
from ppid_desktop.storage import settings_file
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.keyring import KdfParams, KeyRing
from ppid_desktop.ui import messages, settings_dialog
from ppid_desktop.ui.i18n import install_language, user_text
from ppid_desktop.ui.settings_dialog import SavedSettings, SettingsDialog

PAGES = ["Profil kantor", "Waktu kerja dan hari libur", "Cetak", "Folder bersama", "Bahasa", "Kunci layar"]


@pytest.fixture
def admin_id(office_db: Database) -> int:
    """The officer holding the Admin role (the first account of the office)."""
    recovery = os.urandom(32)
    ring = KeyRing.create(office_db.paths, recovery, ("hary", "Khatulistiwa-2025"), KdfParams.for_tests())
    hary = next(o.id for o in list_officers(office_db) if "atasan_ppid" in o.roles)
    accounts.create_first_admin(office_db, ring, data_key_from_recovery(recovery), hary, "hary", "Khatulistiwa-2025")
    return hary


@pytest.fixture
def clerk_id(office_db: Database, admin_id: int) -> int:
    return next(o.id for o in list_officers(office_db) if o.id != admin_id)


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, str]]:
    """The message boxes the dialog showed, as (title, text the box displays)."""
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_user_error",
                        lambda parent, error, title="": boxes.append((title, user_text(error))))
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: boxes.append((title, text)))
    return boxes


@pytest.fixture
def open_dialog(qtbot, office_db: Database):
    def open_(actor_id: int | None = None) -> SettingsDialog:
        dialog = SettingsDialog(office_db, office_db.paths, None, actor_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return open_


def current_title(dialog: SettingsDialog) -> str:
    return dialog.pages[dialog.stack.currentIndex()].title


def input_fields(page) -> list[QWidget]:
    """The widgets on `page` the clerk types in, picks from or presses."""
    kinds = (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QAbstractButton)
    return [widget for widget in page.body.findChildren(QWidget) if isinstance(widget, kinds)
            and not widget.objectName().startswith("qt_")]  # not Qt's parts (a spin box's line edit, ...)


# --- loading and the work-time page ------------------------------------------------------------


def test_every_page_shows_what_is_stored(open_dialog, office_db: Database, admin_id: int) -> None:
    add_holiday(office_db, date(2031, 12, 25), "Hari Raya Natal")
    dialog = open_dialog(admin_id)
    assert dialog.windowTitle() == "Pengaturan" and dialog.page_titles() == PAGES
    assert [dialog.page_list.item(row).text() for row in range(dialog.page_list.count())] == PAGES
    assert dialog.profile_page.form.name_edit.text() == get_office(office_db).name
    work = dialog.work_page_body
    assert [box.isChecked() for box in work.day_boxes] == [True] * 5 + [False] * 2
    assert work.start_edit.time() == QTime(8, 0) and work.start_edit.displayFormat() == "HH.mm"
    assert work.holiday_table.item(0, 0).text() == "25 Desember 2031"
    assert work.holiday_table.item(0, 1).text() == "Hari Raya Natal"
    assert not work.remove_button.isEnabled()
    assert dialog.print_page.margins() == (20, 20, 20, 20)
    assert dialog.profile_page.form.paper_combo.currentData() == get_office(office_db).paper.value
    assert dialog.language_page.code() == "id" and dialog.lock_page.idle_spin.value() == 10
    assert all(page.read_only_note.isHidden() for page in dialog.pages)


def test_without_sign_in_there_is_no_idle_lock_to_set(open_dialog) -> None:
    assert open_dialog(None).page_titles() == PAGES[:-1]


def test_holidays_are_added_and_removed_on_the_page_only(open_dialog, office_db: Database) -> None:
    add_holiday(office_db, date(2031, 12, 25), "Hari Raya Natal")
    dialog = open_dialog()
    work = dialog.work_page_body
    work.holiday_date.setDate(QDate(2031, 3, 5))
    work.holiday_name.setText("Hari Raya Nyepi")
    work.add_button.click()
    assert [work.holiday_table.item(r, 0).text() for r in range(2)] == ["5 Maret 2031", "25 Desember 2031"]
    assert work.holiday_name.text() == ""
    work.holiday_table.selectRow(1)
    work.remove_button.click()
    assert work.holiday_table.rowCount() == 1
    assert get_office_settings(office_db).holidays == [(date(2031, 12, 25), "Hari Raya Natal")]  # nothing stored yet


def test_adding_a_holiday_needs_a_name_and_a_new_date(open_dialog, office_db: Database) -> None:
    add_holiday(office_db, date(2031, 12, 25), "Hari Raya Natal")
    dialog = open_dialog()
    work = dialog.work_page_body
    work.holiday_date.setDate(QDate(2031, 12, 25))
    work.add_button.click()
    assert not work.name_error.isHidden() and "Isi nama hari libur 25 Desember 2031" in work.name_error.text()
    work.holiday_name.setText("Natal")
    assert work.name_error.isHidden()  # the message goes as soon as the field changes
    work.add_button.click()
    assert work.day_error.text() == "Tanggal 25 Desember 2031 sudah ada dalam daftar (Hari Raya Natal)."
    assert work.holiday_table.rowCount() == 1


# --- saving -------------------------------------------------------------------------------------


def test_one_simpan_saves_every_page(open_dialog, office_db: Database, admin_id: int, tmp_path: Path, shown) -> None:
    share = tmp_path / "drive bersama"
    share.mkdir()
    dialog = open_dialog(admin_id)
    dialog.profile_page.form.city_edit.setText("Singkawang")
    work = dialog.work_page_body
    work.holiday_date.setDate(QDate(2031, 3, 5))
    work.holiday_name.setText("Hari Raya Nyepi")
    work.add_button.click()
    work.day_boxes[5].setChecked(True)
    work.start_edit.setTime(QTime(7, 30))
    work.end_edit.setTime(QTime(15, 30))
    paper = dialog.profile_page.form.paper_combo
    paper.setCurrentIndex(paper.findData(PaperSize.A4.value))
    dialog.print_page.margin_spins["margin_left"].setValue(25)
    dialog.share_page_body.outbox_edit.setText(str(share))
    dialog.share_page_body.backup_check.setChecked(True)
    dialog.language_page.language_combo.setCurrentIndex(dialog.language_page.language_combo.findData("en"))
    dialog.lock_page.idle_spin.setValue(5)

    dialog.save_button.click()

    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved == SavedSettings(profile=True, working_time=True, idle_lock=True, share=True, language=True)
    profile = get_office(office_db)
    assert (profile.city, profile.paper) == ("Singkawang", PaperSize.A4)
    stored = get_office_settings(office_db)
    assert stored.holidays == [(date(2031, 3, 5), "Hari Raya Nyepi")]
    assert stored.work_days == frozenset({0, 1, 2, 3, 4, 5})
    assert (stored.work_start, stored.work_end) == (time(7, 30), time(15, 30))
    assert stored.margins == (20, 20, 25, 20)
    assert accounts.idle_lock_minutes(office_db) == 5
    assert get_share_settings(office_db.paths) == ShareSettings(outbox_folder=share)
    assert backup_copy_enabled(office_db.paths)
    assert get_language(office_db.paths) == "en"
    assert shown == [("Bahasa", "Bahasa tampilan menjadi English setelah aplikasi ditutup dan dibuka kembali.")]


def test_simpan_with_nothing_changed_writes_nothing(open_dialog, office_db: Database, admin_id: int, shown) -> None:
    dialog = open_dialog(admin_id)
    dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.saved.any() and shown == []
    assert not office_db.paths.settings_file.exists() or "language" not in office_db.paths.settings_file.read_text()


def test_the_language_choice_is_written_to_settings_ini(open_dialog, office_db: Database, shown) -> None:
    dialog = open_dialog()
    dialog.show_page(dialog.language_page)
    combo = dialog.language_page.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Bahasa Indonesia", "English"]
    combo.setCurrentIndex(combo.findData("en"))
    dialog.save_button.click()
    assert dialog.saved == SavedSettings(language=True)
    lines = office_db.paths.settings_file.read_text(encoding="utf-8").splitlines()
    assert "[ui]" in lines and any(line.replace(" ", "").startswith("language=") and "en" in line for line in lines)
    assert get_language(office_db.paths) == "en"
    assert "setelah aplikasi ditutup dan dibuka kembali" in shown[0][1]


# --- refusals -----------------------------------------------------------------------------------


def test_an_invalid_value_on_one_page_blocks_every_page_and_shows_it(open_dialog, office_db: Database, admin_id: int,
                                                                      shown) -> None:
    before_profile, before_settings = get_office(office_db), get_office_settings(office_db)
    dialog = open_dialog(admin_id)
    dialog.profile_page.form.city_edit.setText("Singkawang")  # valid, on the first page
    dialog.language_page.language_combo.setCurrentIndex(1)
    dialog.lock_page.idle_spin.setValue(5)
    work = dialog.work_page_body
    for box in work.day_boxes:
        box.setChecked(False)
    work.end_edit.setTime(QTime(7, 0))
    dialog.show_page(dialog.lock_page)

    dialog.save_button.click()

    assert dialog.result() != dialog.DialogCode.Accepted and not dialog.saved.any() and shown == []
    assert current_title(dialog) == "Waktu kerja dan hari libur"
    assert work.fields["work_days"].text() == "Pilih paling sedikit satu hari kerja."
    assert work.fields["work_end"].text() == "Jam pulang (07.00) harus sesudah jam masuk (08.00)."
    assert work.fields["work_days"].isVisible() and dialog.focusWidget() is work.day_boxes[0]
    assert get_office(office_db) == before_profile and get_office_settings(office_db) == before_settings
    assert get_language(office_db.paths) == "id" and accounts.idle_lock_minutes(office_db) == 10
    work.day_boxes[0].setChecked(True)
    assert work.fields["work_days"].isHidden()


def test_the_first_page_with_a_message_is_shown(open_dialog, office_db: Database, tmp_path: Path, shown) -> None:
    dialog = open_dialog()
    dialog.share_page_body.outbox_edit.setText(str(tmp_path / "tidak ada"))
    dialog.save_button.click()
    assert current_title(dialog) == "Folder bersama"
    assert "tidak ditemukan" in dialog.share_page_body.fields["outbox_folder"].text()
    dialog.profile_page.form.city_edit.clear()
    dialog.save_button.click()
    assert current_title(dialog) == "Profil kantor" and dialog.profile_page.form.errors["city"].isVisible()
    assert dialog.share_page.has_errors()  # still shown on its page
    assert get_share_settings(office_db.paths).outbox_folder is None and shown == []


def test_a_refusal_no_field_claims_goes_to_a_message_box(open_dialog, office_db: Database, shown, monkeypatch) -> None:
    def refuse(settings):
        raise ValidationErrors([ValidationError("other", "Ada yang salah.")])

    monkeypatch.setattr(settings_dialog, "validate_office_settings", refuse)
    dialog = open_dialog()
    dialog.save_button.click()
    assert shown == [("Pengaturan belum disimpan", "Ada yang salah.")] and not dialog.saved.any()


def test_a_failing_later_step_says_what_was_saved_and_what_was_not(open_dialog, office_db: Database, admin_id: int,
                                                                    tmp_path: Path, shown, monkeypatch) -> None:
    def refuse(paths, code):
        raise UserError("Pilihan bahasa tidak dapat disimpan (disk penuh).")

    monkeypatch.setattr(settings_dialog, "save_language", refuse)
    dialog = open_dialog(admin_id)
    dialog.profile_page.form.city_edit.setText("Singkawang")
    dialog.language_page.language_combo.setCurrentIndex(1)
    dialog.save_button.click()

    assert dialog.isVisible() and dialog.saved == SavedSettings(profile=True)
    assert get_office(office_db).city == "Singkawang" and get_language(office_db.paths) == "id"
    [(title, text)] = shown
    assert title == "Pengaturan belum semuanya disimpan"
    assert "Sudah disimpan: profil kantor\nBelum disimpan: bahasa" in text
    assert "Sebabnya: Pilihan bahasa tidak dapat disimpan (disk penuh)." in text

    monkeypatch.undo()  # the disk has room again: Simpan saves only what is left
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: shown.append((title, text)))
    dialog.save_button.click()
    assert dialog.saved == SavedSettings(profile=True, language=True) and get_language(office_db.paths) == "en"


def test_after_a_failing_later_step_simpan_saves_only_the_rest(open_dialog, office_db: Database, admin_id: int,
                                                             tmp_path: Path, shown, monkeypatch) -> None:
    logo = tmp_path / "logo kantor.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    assert image.save(str(logo))
    updates = []
    real_update, real_save_language = settings_dialog.update_office_profile, settings_dialog.save_language

    def counted_update(*args, **kwargs):
        updates.append(args[1])
        return real_update(*args, **kwargs)

    def refuse(paths, code):
        raise UserError("Pilihan bahasa tidak dapat disimpan (disk penuh).")

    monkeypatch.setattr(settings_dialog, "update_office_profile", counted_update)
    monkeypatch.setattr(settings_dialog, "save_language", refuse)
    dialog = open_dialog(admin_id)
    form = dialog.profile_page.form
    form.logo_edit.setText(str(logo))
    form.city_edit.setText("Singkawang")
    dialog.language_page.language_combo.setCurrentIndex(dialog.language_page.language_combo.findData("en"))
    dialog.save_button.click()

    assert dialog.isVisible() and dialog.saved == SavedSettings(profile=True) and len(updates) == 1
    stored = get_office(office_db)
    assert Path(stored.logo_path).parent == office_db.paths.assets and stored.city == "Singkawang"
    assert form.logo_edit.text() == stored.logo_path  # the form shows the stored copy now

    monkeypatch.setattr(settings_dialog, "save_language", real_save_language)  # the disk has room again
    dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved == SavedSettings(profile=True, language=True) and get_language(office_db.paths) == "en"
    assert len(updates) == 1 and get_office(office_db) == stored  # the profile and its logo not stored again


def test_the_partly_saved_message_in_english(open_dialog, office_db: Database, admin_id: int, shown,
                                             monkeypatch) -> None:
    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(settings_file, "tempfile", SimpleNamespace(mkstemp=full_disk))  # settings.ini only
    language = install_language("en")
    try:
        dialog = open_dialog(admin_id)
        dialog.profile_page.form.city_edit.setText("Singkawang")
        dialog.language_page.language_combo.setCurrentIndex(dialog.language_page.language_combo.findData("en"))
        dialog.save_button.click()
    finally:
        language.uninstall()

    assert dialog.saved == SavedSettings(profile=True) and get_office(office_db).city == "Singkawang"
    assert shown == [("Not all settings were saved",
                      "Some settings could not be saved.\n\nSaved: office profile\nNot saved: language\n\n"
                      "Reason: The language choice could not be saved (the disk is full). "
                      "Check the permissions of the data folder.\n\n"
                      "Remedy the cause, then press Save again; what has been saved is not changed again.")]


# --- permissions --------------------------------------------------------------------------------


def test_only_an_admin_changes_the_office_pages(open_dialog, office_db: Database, clerk_id: int, tmp_path: Path,
                                                shown) -> None:
    before_profile, before_settings = get_office(office_db), get_office_settings(office_db)
    dialog = open_dialog(clerk_id)
    for page in (dialog.profile_page, dialog.work_page, dialog.print_page, dialog.lock_page):
        dialog.show_page(page)
        assert page.read_only_note.isVisible(), page.title
        assert "Hanya Admin yang dapat mengubah" in page.read_only_note.text()
        fields = input_fields(page)
        assert fields and [field for field in fields if field.isEnabledTo(dialog)] == [], page.title
    assert not dialog.profile_page.form.paper_combo.isEnabledTo(dialog)  # shown on the "Cetak" page
    for page in (dialog.share_page, dialog.language_page):  # this installation's: anyone signed in here
        dialog.show_page(page)
        assert not page.read_only_note.isVisible() and page.body.isEnabledTo(dialog), page.title
        assert all(field.isEnabledTo(dialog) for field in input_fields(page) if not isinstance(field, QPushButton))

    # Even values typed in programmatically are not saved; the installation's pages are.
    dialog.profile_page.form.city_edit.setText("")  # invalid, but not the clerk's to check
    dialog.print_page.margin_spins["margin_top"].setValue(30)
    dialog.language_page.language_combo.setCurrentIndex(1)
    dialog.save_button.click()
    assert dialog.saved == SavedSettings(language=True)
    assert get_office(office_db) == before_profile and get_office_settings(office_db) == before_settings
