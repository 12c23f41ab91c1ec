"""The marker for Indonesian texts written outside the window that the window may show in English.

The domain and the services write their messages in Bahasa Indonesia and do not import Qt. A text
the window shows (an error template, a label in a table of choices) is wrapped in ``QT_TR_NOOP``
where it is written: at run time it returns the text unchanged, and Qt's ``lupdate`` finds it by
that name and puts it in ``resources/i18n/ppid_desktop_en.ts``. The window translates it when it
shows it (ui/i18n.py: ``tr`` for a text, ``user_text`` for an error). Printed documents and the
command line use the Indonesian text as it is.
"""

from __future__ import annotations


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
