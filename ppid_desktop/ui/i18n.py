"""The window's language: Bahasa Indonesia by default, English on request (services/language.py).

The texts in the code are the Indonesian ones. Every text the window shows goes through `tr()`
(or, for a text written at import time, is marked with `QT_TR_NOOP` there and passed through
`tr()` where it is shown). Qt's ``lupdate`` collects them into ``resources/i18n/ppid_desktop_en.ts``
(tools/translations.py), which is translated in Qt Linguist and compiled to the ``.qm`` loaded
here. All texts share one translation context (the empty one): the same Indonesian words are
the same English words wherever they appear, and a translator sees each sentence once.

Qt's own texts (the buttons of standard dialogs, the edit menu of a text field, the wizard's
Back/Next) come in English; Qt ships no Indonesian translation, so the project keeps its own
(``resources/i18n/qtbase_id.ts``) for the ones this window can show.

Errors from the domain and the services are Indonesian templates with values
(domain/errors.py); `user_text()` translates the template and fills the values in: a value that is
itself a marked phrase (domain/texts.Phrase) is translated, a date (domain/dates.Tanggal) is
written in the window's language, anything else (names, titles, paths) is left as it is.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ppid_desktop.domain.errors import CombinedError, UserError
from ppid_desktop.domain.dates import Tanggal, format_tanggal
from ppid_desktop.domain.texts import QT_TR_NOOP, Phrase
from ppid_desktop.storage.paths import translation_file

__all__ = ["QT_TR_NOOP", "display_date", "install_language", "tr", "user_text"]

log = logging.getLogger(__name__)
CONTEXT = ""
APP_CATALOGUE = "ppid_desktop"  # resources/i18n/ppid_desktop_<language>.qm (storage/paths.SHIPPED_TRANSLATIONS)
QT_CATALOGUE = "qtbase"  # resources/i18n/qtbase_<language>.qm


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the window's language. With `n`, ``%n`` in the text becomes the number and the
    English translation picks its singular or plural form."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def user_text(error: UserError) -> str:
    """The message of `error` in the window's language."""
    if isinstance(error, CombinedError):
        return "\n".join(user_text(part) for part in error.errors)
    template = tr(error.template)
    if not error.params:
        return template
    values = {name: _value_text(value) for name, value in error.params.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong field: the Indonesian
        log.warning("translation of %r does not fit its values", error.template)
        return error.message


def display_date(d: date) -> str:
    """A date as the window shows it: "31 Desember 2030" in Indonesian, "31 December 2030" in English.

    Printed documents keep ``format_tanggal`` whatever the window speaks.
    """
    if QLocale().language() != QLocale.Language.English:  # the window's language (ui/i18n.Language)
        return format_tanggal(d)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return english.toString(d, "d MMMM yyyy")


def _value_text(value: Any) -> Any:
    if isinstance(value, UserError):
        return user_text(value)
    if isinstance(value, Phrase):
        return tr(value)  # a marked phrase (e.g. describe_os_error); the office's data is left as it is
    if isinstance(value, Tanggal):
        return display_date(value.date)
    return value


class Language:
    """The translators of one language, installed on the application while it lives."""

    def __init__(self, code: str) -> None:
        self.code = code
        self._translators: list[QTranslator] = []
        self._previous_locale = QLocale()

    def install(self) -> Language:
        app = QCoreApplication.instance()
        if app is None:
            return self
        # Month and day names (date pickers), number formatting: Indonesian, or English.
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia) if self.code == "id"
                           else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        for catalogue in (QT_CATALOGUE, APP_CATALOGUE):
            path = translation_file(catalogue, self.code)
            if not path.exists():
                continue  # Indonesian needs no catalogue for the app's own texts
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                self._translators.append(translator)
            else:
                log.error("translation %s could not be loaded", path)
        return self

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        for translator in self._translators:
            if app is not None:
                app.removeTranslator(translator)
        self._translators.clear()
        QLocale.setDefault(self._previous_locale)


def install_language(code: str) -> Language:
    return Language(code).install()
