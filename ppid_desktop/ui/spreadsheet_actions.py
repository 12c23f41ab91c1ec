"""The main window's "Impor daftar dari Excel/CSV…" and "Ekspor daftar ke Excel/CSV…" menu entries.

Kept out of main_window.py (which imports this module only when an entry is first used, so the
first paint never loads openpyxl or the services).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from ppid_desktop.storage.database import Database
from ppid_desktop.ui import spreadsheet_export_action
from ppid_desktop.ui.record_list import RecordList
from ppid_desktop.ui.spreadsheet_import_dialog import SpreadsheetImportDialog


class _Window(Protocol):
    db: Database | None

    def officer_id(self) -> int | None: ...
    def current_list(self) -> RecordList: ...
    def _records_changed(self) -> None: ...


def import_into(window: _Window) -> int:
    """Run the import dialog; refresh the lists when records were added."""
    assert window.db is not None
    assert isinstance(window, QWidget)
    count = SpreadsheetImportDialog.ask(window.db, window.officer_id(), window)
    if count:
        window._records_changed()
    return count


def export_shown_list(window: _Window) -> None:
    """Export the list on screen: its search text, and its stage when a stage tab is shown."""
    assert window.db is not None
    assert isinstance(window, QWidget)
    shown = window.current_list()
    stage = shown.model.stage_code  # None for the register: every stage
    spreadsheet_export_action.export_list(window, window.db, shown.model.search_text, stage)


def shutdown() -> None:
    spreadsheet_export_action.shutdown()
