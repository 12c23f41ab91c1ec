"""The marker for Indonesian texts written outside the window that the window may show in English.

The domain and the services write their messages in Bahasa Indonesia and do not import Qt. A text
the window shows (an error template, a label in a table of choices) is wrapped in ``QT_TR_NOOP``
where it is written: Qt's ``lupdate`` finds it by that name and puts it in
``resources/i18n/ppid_desktop_en.ts``. The window translates it when it shows it (ui/i18n.py:
``tr`` for a text, ``user_text`` for an error). Printed documents and the command line use the
Indonesian text as it is.

At run time the text comes back as a `Phrase`: the same string, marked as one of ours. The
window translates a value filled into an error message only when it is a Phrase, so the office's
own data (a record titled "Baru", an SOP role "PPID Pelaksana") is never translated by accident.
"""

from __future__ import annotations


class Phrase(str):
    """An Indonesian text written in the code and marked for translation (see QT_TR_NOOP)."""

    __slots__ = ()


def QT_TR_NOOP(text: str) -> Phrase:  # noqa: N802 - the name lupdate looks for
    return Phrase(text)
