"""The window in Bahasa Indonesia by default and in English on request; Qt's own texts in
Indonesian too; printed documents Indonesian whatever the window speaks."""

from __future__ import annotations

import errno
import importlib.util
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from ppid_desktop.domain.errors import CombinedError, UserError, describe_os_error
from ppid_desktop.services.language import save_language
from ppid_desktop.ui.i18n import Language, install_language, tr, user_text

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
    error = UserError("{failure} ({reason}). Periksa izin folder data.",
                      failure="Pilihan bahasa tidak dapat disimpan", reason=describe_os_error(OSError(errno.ENOSPC, "x")))
    assert str(error) == "Pilihan bahasa tidak dapat disimpan (disk penuh). Periksa izin folder data."
    shown = user_text(error)
    assert "disk penuh" not in shown and "Periksa" not in shown
    assert "disk" in shown.lower()
    combined = user_text(CombinedError([error, UserError("Bahasa \"{code}\" tidak tersedia. Pilih Bahasa Indonesia atau English.", code="fr")]))
    assert len(combined.splitlines()) == 2 and "\"fr\"" in combined and "tersedia" not in combined


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
