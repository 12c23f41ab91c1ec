"""The language of the window: Bahasa Indonesia unless this installation chose English.

Kept in settings.ini (section [ui]), not in the database, because the sign-in dialog is shown in
it before the database can be opened. A change takes effect the next time the window opens.
Printed documents and the command line stay Indonesian whatever is chosen here.
"""

from __future__ import annotations

from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.storage import settings_file
from ppid_desktop.storage.paths import DataPaths

SECTION = "ui"
KEY = "language"
DEFAULT = "id"
# Code -> the language's name in itself (shown the same whatever language the window is in).
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}


def get_language(paths: DataPaths) -> str:
    """The chosen language code; an unknown or missing value means Bahasa Indonesia."""
    code = settings_file.read_section(paths, SECTION).get(KEY, "").strip().lower()
    return code if code in LANGUAGES else DEFAULT


def save_language(paths: DataPaths, code: str) -> None:
    if code not in LANGUAGES:
        raise UserError(QT_TR_NOOP("Bahasa \"{code}\" tidak tersedia. Pilih Bahasa Indonesia atau English."), code=code)
    settings_file.write_keys(paths, SECTION, {KEY: settings_file.quote(code)}, QT_TR_NOOP("Pilihan bahasa tidak dapat disimpan"))
