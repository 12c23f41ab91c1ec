"""The import dialog on a real database: mapping, preview in colour, import on a worker thread
with progress and Batal, the skipped-rows report; and the window's export entry."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from ppid_desktop.services import spreadsheet_import
from ppid_desktop.services.office import list_units
from ppid_desktop.services.records import list_records
from ppid_desktop.storage.database import Database
from ppid_desktop.ui import messages, spreadsheet_export_action, spreadsheet_import_dialog
from ppid_desktop.ui.main_window import MainWindow
from ppid_desktop.ui.spreadsheet_import_dialog import SpreadsheetImportDialog
from ppid_desktop.ui.spreadsheet_preview_model import PROBLEM_BACKGROUND
from tests.conftest import make_record
from tests.services.spreadsheet_support import data_row, register_rows, write_register

TIMEOUT_MS = 30000


@pytest.fixture
def register_file(tmp_path: Path) -> Path:
    return write_register(tmp_path / "dik.xlsx", [
        data_row(1, "Data pribadi penerima beasiswa"),
        data_row(2, "Unit asing", unit="Dinas Pariwisata"),
        data_row(3, "Memorandum internal", grounds="Pasal 17 huruf (i)", period="5 tahun", unit=None),
    ])


@pytest.fixture
def dialog(qtbot, office_db: Database) -> SpreadsheetImportDialog:
    widget = SpreadsheetImportDialog(office_db, None)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def infos(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: shown.append((title, text)))
    return shown


def load(qtbot, dialog: SpreadsheetImportDialog, path: Path, sheet: str | None = None) -> bool:
    with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT_MS) as blocker:
        dialog.load_file(path, sheet)
    return bool(blocker.args[0])


def status_column(dialog: SpreadsheetImportDialog) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, 1)) for row in range(model.rowCount())]


def test_preview_marks_problem_rows_in_colour_with_the_reason(qtbot, dialog: SpreadsheetImportDialog, register_file: Path) -> None:
    assert load(qtbot, dialog, register_file)
    assert dialog.tabs.currentWidget() is dialog.preview_page
    assert status_column(dialog) == ["Siap", "Dilewati", "Dilewati"]
    model = dialog.model
    assert model.data(model.index(0, 3)) == "Data pribadi penerima beasiswa"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole).color() == PROBLEM_BACKGROUND
    assert "Dinas Pariwisata" in model.data(model.index(1, 2))
    assert "Dinas Pariwisata" in model.data(model.index(1, 3), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    dialog.preview_view.setCurrentIndex(model.index(1, 3))
    assert dialog.detail_label.text().startswith("Baris 8 dilewati:\n• Unit \"Dinas Pariwisata\" tidak dikenal.")
    assert dialog.counts_label.text().startswith("3 baris data: 1 siap diimpor, 2 dilewati")
    assert dialog.import_button.text() == "Impor 1 baris" and dialog.import_button.isEnabled()
    assert dialog.mapping()[:4] == ["row_number", "title", "legal_grounds", "consequence_opened"]
    assert dialog.mapping_table.item(3, 0).text() == "D: Konsekuensi Dibuka"


def test_the_clerk_corrects_the_mapping_and_the_default_unit(qtbot, dialog: SpreadsheetImportDialog, register_file: Path) -> None:
    load(qtbot, dialog, register_file)
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findText("Subbagian Tata Usaha"))
    assert status_column(dialog) == ["Siap", "Dilewati", "Siap"]
    dialog.set_column_field(1, "")  # no title column: nothing can be imported, the reason is shown
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()
    assert "Informasi yang dikecualikan" in dialog.counts_label.text()
    dialog.set_column_field(1, "title")
    assert dialog.import_button.text() == "Impor 2 baris"


def test_import_runs_on_a_worker_and_closes_with_a_confirmation(qtbot, dialog: SpreadsheetImportDialog, register_file: Path,
                                                                infos: list[tuple[str, str]], office_db: Database) -> None:
    load(qtbot, dialog, register_file)
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT_MS):
        dialog.import_button.click()
        assert dialog.close_button.text() == "Batal" and not dialog.import_button.isEnabled()
    assert infos == [("Impor selesai", "1 rekaman diimpor ke tahap pertama SOP.")]
    assert dialog.import_result is not None and dialog.import_result.imported == 1
    assert [row.title for row in list_records(office_db)] == ["Data pribadi penerima beasiswa"]


def test_batal_during_the_import_rolls_everything_back(qtbot, dialog: SpreadsheetImportDialog, tmp_path: Path,
                                                       office_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    reached, gate = threading.Event(), threading.Event()

    def gated_import(db, preview, officer_id, progress, is_cancelled):  # type: ignore[no-untyped-def]
        def report(done: int, total: int) -> None:
            progress(done, total)
            reached.set()
            assert gate.wait(TIMEOUT_MS / 1000)

        return spreadsheet_import.import_rows(db, preview, officer_id, report, is_cancelled)

    monkeypatch.setattr(spreadsheet_import_dialog, "import_rows", gated_import)
    load(qtbot, dialog, write_register(tmp_path / "besar.xlsx", register_rows(1200)))
    dialog.show()
    dialog.import_button.click()
    assert reached.wait(TIMEOUT_MS / 1000)  # the first 500 rows are inserted, not committed
    dialog.close_button.click()  # "Batal"
    assert dialog.isVisible() and dialog.counts_label.text() == "Membatalkan impor…"
    assert dialog.job is not None
    with qtbot.waitSignal(dialog.job.cancelled, timeout=TIMEOUT_MS):
        gate.set()
    assert dialog.counts_label.text() == "Impor dibatalkan; tidak ada rekaman yang disimpan."
    assert list_records(office_db) == []
    assert dialog.import_button.isEnabled() and dialog.close_button.text() == "Tutup"


def test_a_bad_file_is_explained_and_nothing_changes(qtbot, dialog: SpreadsheetImportDialog, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append(text))
    (tmp_path / "rusak.xlsx").write_bytes(b"PK\x03\x04 bukan zip utuh")
    monkeypatch.setattr(spreadsheet_import_dialog, "choose_import_file", lambda parent: str(tmp_path / "rusak.xlsx"))
    with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT_MS) as blocker:
        dialog.browse_button.click()
    assert blocker.args == [False]
    assert shown and "rusak atau tidak lengkap" in shown[0]
    assert dialog.preview is None and not dialog.import_button.isEnabled()


def test_the_skipped_rows_report_is_saved(qtbot, dialog: SpreadsheetImportDialog, register_file: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "laporan.csv"
    monkeypatch.setattr(spreadsheet_import_dialog, "choose_report_path", lambda parent, suggested: str(target))
    load(qtbot, dialog, register_file)
    dialog.report_button.click()
    text = target.read_text(encoding="utf-8-sig")
    assert "Dinas Pariwisata" in text and "Memorandum internal" in text
    assert "disimpan ke" in dialog.counts_label.text()


def test_other_sheets_can_be_chosen(qtbot, dialog: SpreadsheetImportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append(text))
    path = write_register(tmp_path / "dua.xlsx", register_rows(2), extra_sheets=["Kosong"])
    load(qtbot, dialog, path)
    assert dialog.sheet_combo.isEnabled() and dialog.sheet_combo.count() == 2
    with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT_MS):
        dialog.sheet_combo.setCurrentText("Kosong")
    assert shown and "kosong" in shown[0]
    assert dialog.sheet_combo.currentText() == "DIK 2024" and dialog.model.rowCount() == 2


def test_the_window_menu_imports_and_exports_the_list_on_screen(qtbot, office_db: Database, register_file: Path, tmp_path: Path,
                                                                 infos: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch) -> None:
    make_record(office_db, "Rekaman yang sudah ada")
    window = MainWindow(office_db)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()[0].menu().actions()]
    assert "&Impor daftar dari Excel/CSV…" in titles and "&Ekspor daftar ke Excel/CSV…" in titles

    monkeypatch.setattr(SpreadsheetImportDialog, "ask", classmethod(lambda cls, db, officer_id, parent=None: 2))
    window.import_sheet_action.trigger()

    target = tmp_path / "ekspor.xlsx"
    monkeypatch.setattr(spreadsheet_export_action, "choose_export_path", lambda parent, suggested: str(target))
    window.register.search_edit.setText("sudah ada")
    window.export_sheet_action.trigger()
    qtbot.waitUntil(lambda: bool(infos), timeout=TIMEOUT_MS)
    assert infos[0][0] == "Ekspor selesai" and infos[0][1].startswith("1 rekaman (sesuai pencarian/tahap yang ditampilkan)")
    rows = list(openpyxl.load_workbook(target).active.values)
    assert [row[1] for row in rows[1:]] == ["Rekaman yang sudah ada"]
    assert list_units(office_db)  # the database is still usable after the worker ran
