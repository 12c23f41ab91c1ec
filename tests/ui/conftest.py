"""UI tests never block on a modal box: an unexpected one fails the test at once.

Tests that expect a box patch the function in `ppid_desktop.ui.messages` themselves; that
patch replaces this guard for the test.
"""

from __future__ import annotations

import pytest

from ppid_desktop.ui import crash_dialog, messages


class UnexpectedDialog(AssertionError):
    pass


def _refuse(name: str):
    def refuse(*args, **kwargs):
        raise UnexpectedDialog(f"unexpected {name}: {args[1:] if len(args) > 1 else args}")

    return refuse


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("show_error", "show_user_error", "show_info", "ask_yes_no", "ask_save_discard_cancel", "ask_text"):
        monkeypatch.setattr(messages, name, _refuse(f"messages.{name}"))
    monkeypatch.setattr(crash_dialog.CrashDialog, "ask", classmethod(lambda cls, details, log_file: (_ for _ in ()).throw(UnexpectedDialog(details))))
