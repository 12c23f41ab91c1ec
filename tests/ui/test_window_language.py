"""The window in Bahasa Indonesia by default and in English on request; Qt's own texts in
Indonesian too; printed documents Indonesian whatever the window speaks."""

from __future__ import annotations

import errno
import importlib.util
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit

from ppid_desktop.domain.errors import CombinedError, UserError, describe_os_error
from ppid_desktop.services.language import save_language
from ppid_desktop.ui.i18n import QT_TR_NOOP, Language, install_language, tr, user_text

ROOT = Path(__file__).resolve().parents[2]


def _translations_tool():
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def english(qapp):
    language = install_language("en")
    yield language
    language.uninstall()


@pytest.fixture
def indonesian(qapp):
    language = install_language("id")
    yield language
    language.uninstall()


def test_every_text_of_the_window_has_an_english_translation_and_the_catalogues_are_built() -> None:
    assert _translations_tool().problems() == []


def test_english_menus_and_messages(english) -> None:
    assert tr("Simpan") == "Save"
    assert tr("Berakhir dalam %n hari kerja", "", 1) == "Ends within 1 working day"
    assert tr("Berakhir dalam %n hari kerja", "", 5) == "Ends within 5 working days"


def test_an_error_is_shown_in_english_with_its_values_filled_in(english) -> None:
    error = UserError(QT_TR_NOOP("{failure} ({reason}). Periksa izin folder data."),
                      failure=QT_TR_NOOP("Pilihan bahasa tidak dapat disimpan"), reason=describe_os_error(OSError(errno.ENOSPC, "x")))
    assert str(error) == "Pilihan bahasa tidak dapat disimpan (disk penuh). Periksa izin folder data."
    shown = user_text(error)
    assert shown == "The language choice could not be saved (the disk is full). Check the permissions of the data folder."
    combined = user_text(CombinedError([error, UserError("Bahasa \"{code}\" tidak tersedia. Pilih Bahasa Indonesia atau English.", code="fr")]))
    assert len(combined.splitlines()) == 2 and "\"fr\"" in combined and "tersedia" not in combined


def test_the_office_data_in_a_message_is_never_translated_but_dates_are(english) -> None:
    from datetime import date

    from ppid_desktop.domain.dates import Tanggal

    # "Selesai" is in the catalogue ("Completed"), but here it is the name the office gave a unit.
    assert user_text(UserError(QT_TR_NOOP('Unit "{name}" sudah ada.'), name="Selesai")) == 'The unit "Selesai" already exists.'
    shown = user_text(UserError(QT_TR_NOOP("Tanggal {date} tidak tercatat sebagai hari libur; tidak ada yang dihapus."),
                                date=Tanggal(date(2031, 12, 25))))
    assert shown == "The date 25 December 2031 is not recorded as a holiday; nothing was removed."


def test_an_error_without_a_translation_is_shown_in_indonesian(english) -> None:
    assert user_text(UserError("Kalimat yang belum pernah ada {x}.", x=1)) == "Kalimat yang belum pernah ada 1."


def test_qt_own_buttons_and_edit_menu_speak_indonesian(qtbot, indonesian) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [action.text().split("\t")[0].replace("&", "") for action in menu.actions() if action.text()]
    assert {"Salin", "Tempel", "Pilih semua"} <= set(texts)


def test_english_leaves_qt_own_texts_in_english(qtbot, english) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_uninstalling_a_language_restores_the_texts_and_the_locale(qapp) -> None:
    from PySide6.QtCore import QLocale

    before = QLocale().name()
    language = install_language("en")
    assert tr("Simpan") == "Save"
    language.uninstall()
    assert tr("Simpan") == "Simpan" and QLocale().name() == before


def test_the_chosen_language_is_the_one_the_next_start_installs(qapp, tmp_path) -> None:
    from ppid_desktop.services.language import get_language
    from ppid_desktop.storage.paths import DataPaths

    paths = DataPaths(tmp_path / "data")
    save_language(paths, "en")
    language = Language(get_language(paths)).install()
    try:
        assert tr("Batal") == "Cancel"
    finally:
        language.uninstall()


# -- the whole window in English ---------------------------------------------------------------
from tests.ui.language_support import indonesian_left, widget_texts  # noqa: E402


def _office_data(db) -> list[str]:
    """Texts that are the office's own data and stay as written: names, SOP stage texts."""
    from ppid_desktop.services import office as office_service
    from ppid_desktop.services.sop_catalog import active_template

    data = [unit.name for unit in office_service.list_units(db)]
    data += [officer.name for officer in office_service.list_officers(db)]
    data += [officer.jabatan for officer in office_service.list_officers(db)]
    profile = office_service.get_office(db)
    data += [profile.name, profile.name.title(), profile.address, profile.city, *profile.kop_lines]
    with db.session() as session:
        template = active_template(session)
    from ppid_desktop.services.sop_catalog import available_templates

    for sop in (template, *available_templates()):  # the wizard lists every shipped SOP
        data += [sop.title, sop.header.judul, *sop.header.instansi, ", ".join(sop.header.instansi),
                 *(role.name for role in sop.roles)]
        for stage in sop.stages:
            data += [stage.nama, stage.uraian, *stage.pelaksana, stage.waktu, stage.output, *stage.syarat]
    # The record the tests make (tests/conftest.make_record): its texts are the clerk's, and the
    # audit trail's summary of its creation is stored text.
    data += ["Mengungkap rahasia pribadi.", "Melindungi kepentingan yang lebih besar.",
             "Rekaman dibuat di tahap 1 (Produksi dan penyimpanan): Dokumen kontrak pengadaan"]
    return data


def test_the_main_window_in_english_keeps_no_indonesian_text(qtbot, english, office_db) -> None:
    from ppid_desktop.ui.main_window import MainWindow
    from tests.conftest import make_record

    make_record(office_db, "Dokumen kontrak pengadaan")
    window = MainWindow(office_db)
    qtbot.addWidget(window)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    assert indonesian_left(widget_texts(window), _office_data(office_db) + ["Dokumen kontrak pengadaan"]) == []


def _settings(db, paths):
    from ppid_desktop.ui.settings_dialog import SettingsDialog

    return SettingsDialog(db, paths)


def _editor(db, paths):
    from ppid_desktop.ui.record_editor import RecordEditor

    return RecordEditor(db, _record_id(db), None)


def _new_editor(db, paths):
    from ppid_desktop.ui.record_editor import RecordEditor

    return RecordEditor(db, None, None)


def _history(db, paths):
    from ppid_desktop.ui.history_dialog import HistoryDialog

    return HistoryDialog(db, _record_id(db))


def _penetapan(db, paths):
    from ppid_desktop.ui.penetapan_dialog import PenetapanDialog

    return PenetapanDialog(db, _record_id(db), None)


def _handover(db, paths):
    from ppid_desktop.ui.handover_dialog import HandoverDialog

    return HandoverDialog(db, paths, lambda: None)


def _backups(db, paths):
    from ppid_desktop.ui.backup_dialog import BackupDialog

    return BackupDialog(paths)


def _about(db, paths):
    from ppid_desktop.ui.about_dialog import AboutDialog

    return AboutDialog(paths)


def _spreadsheet(db, paths):
    from ppid_desktop.ui.spreadsheet_import_dialog import SpreadsheetImportDialog

    return SpreadsheetImportDialog(db, None)


def _print_options(db, paths):
    from ppid_desktop.ui.print_options import PrintOptionsDialog

    return PrintOptionsDialog(db)


def _sign_in(db, paths):
    from ppid_desktop.ui.sign_in_dialog import SignInDialog

    return SignInDialog("BIRO KESEJAHTERAAN RAKYAT", lambda user, password: None)


def _setup_wizard(db, paths):
    from ppid_desktop.services.encryption import NewKeys
    from ppid_desktop.ui.setup_wizard import SetupWizard

    return SetupWizard(db, NewKeys.generate())


def _staff(db, paths):
    from ppid_desktop.services.sop_catalog import active_template
    from ppid_desktop.ui.staff_dialog import StaffDialog

    with db.session() as session:
        template = active_template(session)
    return StaffDialog(db, template, None)


def _record_id(db) -> int:
    from tests.conftest import make_record

    return make_record(db, "Dokumen kontrak pengadaan").id


SCREENS = [_settings, _editor, _new_editor, _history, _penetapan, _handover, _backups, _about, _spreadsheet,
           _print_options, _sign_in, _setup_wizard, _staff]


@pytest.mark.parametrize("make", SCREENS, ids=[make.__name__.strip("_") for make in SCREENS])
def test_every_dialog_in_english_keeps_no_indonesian_text(qtbot, english, office_db, make) -> None:
    dialog = make(office_db, office_db.paths)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = list(widget_texts(dialog))
    if hasattr(dialog, "pages"):  # the settings dialog: every page, not only the one shown
        texts += [text for page in dialog.pages for text in widget_texts(page)]
    # Names that stay as they are in any language: the example share folders and holiday, and the
    # backup folder the app makes on the share.
    names = ["Z:\\Serah Terima\\Keluar", "\\\\server-ppid\\berbagi\\Serah Terima", "Z:\\Serah Terima\\Masuk PPID",
             "Hari Raya Idulfitri", "Cadangan PPID Desktop"]
    assert indonesian_left(texts, _office_data(office_db) + ["Dokumen kontrak pengadaan", *names]) == []


def _accounts(db, paths):
    import os

    from ppid_desktop.services import accounts
    from ppid_desktop.services.office import list_officers
    from ppid_desktop.storage.crypto import data_key_from_recovery
    from ppid_desktop.storage.keyring import KdfParams, KeyRing
    from ppid_desktop.ui.accounts_dialog import AccountsDialog

    recovery = os.urandom(32)
    ring = KeyRing.create(paths, recovery, ("hary", "Khatulistiwa-2025"), KdfParams.for_tests())
    hary = next(o.id for o in list_officers(db) if "atasan_ppid" in o.roles)
    accounts.create_first_admin(db, ring, data_key_from_recovery(recovery), hary, "hary", "Khatulistiwa-2025")
    return AccountsDialog(db, ring, accounts.sign_in(db, ring, "hary", "Khatulistiwa-2025"))


def _unlock(db, paths):
    from ppid_desktop.ui.lock_screen import UnlockDialog

    return UnlockDialog("Siti Rahmawati, S.Sos", "siti", lambda password: None)


def _signed_in_window(db, paths):
    """The main window as the Admin sees it: the Akun menu, the signed-in label."""
    from ppid_desktop.ui.main_window import MainWindow
    from ppid_desktop.ui.session_controls import UserSession

    dialog = _accounts(db, paths)  # makes the Admin's account
    dialog.deleteLater()
    from ppid_desktop.storage.keyring import KeyRing

    return MainWindow(db, session=UserSession("hary", KeyRing.load(paths)))


MORE_SCREENS = [_accounts, _unlock, _signed_in_window]


@pytest.mark.parametrize("make", MORE_SCREENS, ids=[make.__name__.strip("_") for make in MORE_SCREENS])
def test_accounts_and_lock_screens_in_english_keep_no_indonesian_text(qtbot, english, office_db, make) -> None:
    window = make(office_db, office_db.paths)
    qtbot.addWidget(window)
    window.show()
    assert indonesian_left(widget_texts(window), _office_data(office_db)) == []


def test_a_share_folder_that_cannot_be_used_is_explained_in_english(qtbot, english, tmp_path) -> None:
    from ppid_desktop.storage.paths import DataPaths
    from ppid_desktop.ui.share_settings_dialog import SharePage

    page = SharePage(DataPaths(tmp_path / "data"))
    qtbot.addWidget(page)
    page.show()
    page.outbox_edit.setText(str(tmp_path / "tidak-ada"))
    assert not page.check()
    shown = [label.text() for label in page.findChildren(QLabel) if label.isVisible() and "tidak-ada" in label.text()]
    assert shown and "was not found" in shown[0] and "ditemukan" not in shown[0]


def test_printed_documents_stay_indonesian_in_an_english_window(english, office_db, tmp_path) -> None:
    from datetime import date

    from ppid_desktop.services.printing import write_register_pdf
    from tests.conftest import make_record
    from tests.reports.pdftools import POPPLER, text

    if not POPPLER:
        pytest.skip("poppler-utils is not installed")
    make_record(office_db, "Dokumen kontrak pengadaan", period_end=date(2030, 12, 31))
    target = tmp_path / "dik.pdf"
    write_register_pdf(office_db, target)
    printed = " ".join(text(target).split())
    assert "DAFTAR INFORMASI YANG DIKECUALIKAN" in printed
    assert "31 Desember 2030" in printed and "December" not in printed


def test_a_month_named_in_a_date_error_is_english(english) -> None:
    from ppid_desktop.domain.dates import parse_tanggal
    from ppid_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        parse_tanggal("31-02-2030")
    assert "Februari 2030" in str(refused.value)  # the command line and the Indonesian window
    assert user_text(refused.value) == 'The date "31-02-2030" does not exist: February 2030 has only 28 days.'
