"""Export the register list, filtered as on screen, to .xlsx or .csv.

The clerk chooses the file name (the filter chooses the format); the export runs in a
`ServiceJob` behind a progress dialog with Batal, writes atomically, and ends with a
confirmation naming the file and the number of records.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from ppid_desktop.services.spreadsheet_export import ExportResult, export_register
from ppid_desktop.domain.sizes import format_count
from ppid_desktop.storage.database import Database
from ppid_desktop.ui import messages
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr
from ppid_desktop.ui.service_job import ServiceJob

XLSX_FILTER = QT_TR_NOOP("Buku kerja Excel (*.xlsx)")
CSV_FILTER = QT_TR_NOOP("CSV untuk Excel, dipisah titik koma (*.csv)")

_running: list[ServiceJob] = []  # keeps a job alive until it reports back


def choose_export_path(parent: QWidget | None, suggested: str) -> str | None:
    xlsx_filter, csv_filter = tr(XLSX_FILTER), tr(CSV_FILTER)
    path, chosen = QFileDialog.getSaveFileName(parent, tr("Ekspor daftar ke Excel/CSV"), suggested, f"{xlsx_filter};;{csv_filter}")
    if not path:
        return None
    if Path(path).suffix.lower() not in (".xlsx", ".csv"):  # the platform dialog may not add it
        path += ".csv" if chosen == csv_filter else ".xlsx"
    return path


def suggested_name(search: str, stage_code: str | None) -> str:
    parts = ["DIK", date.today().isoformat()]
    if stage_code:
        parts.append(stage_code)
    if search.strip():
        parts.append("pencarian")
    return "-".join(parts) + ".xlsx"


def export_list(parent: QWidget | None, db: Database, search: str = "", stage_code: str | None = None) -> ServiceJob | None:
    """Ask for a file name and export the records matching `search` (and `stage_code`) to it."""
    target = choose_export_path(parent, str(Path.home() / suggested_name(search, stage_code)))
    if not target:
        return None
    job = ServiceJob(lambda progress, cancelled: export_register(
        db, target, search=search, stage_code=stage_code, progress=progress, is_cancelled=cancelled), uses_share=False)
    dialog = QProgressDialog(tr("Mengekspor daftar…"), tr("Batal"), 0, 0, parent)
    dialog.setWindowTitle(tr("Ekspor daftar"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.canceled.connect(job.cancel)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    def finish() -> None:
        dialog.reset()
        dialog.deleteLater()
        if job in _running:
            _running.remove(job)

    def finished(result: object) -> None:
        finish()
        assert isinstance(result, ExportResult)
        count = format_count(result.count)
        if search.strip() or stage_code:
            text = tr("{count} rekaman (sesuai pencarian/tahap yang ditampilkan) diekspor ke\n{path}", "", result.count)
        else:
            text = tr("{count} rekaman diekspor ke\n{path}", "", result.count)
        messages.show_info(parent, tr("Ekspor selesai"), text.format(count=count, path=result.path))

    def failed(message: str) -> None:
        finish()
        messages.show_error(parent, tr("Ekspor gagal"), message)

    job.progressed.connect(progressed)
    job.finished.connect(finished)
    job.failed.connect(failed)
    job.cancelled.connect(finish)
    _running.append(job)
    job.start()
    return job


def shutdown() -> None:
    """Stop running exports before the database closes (the file is left untouched)."""
    for job in list(_running):
        job.cancel()
        job.wait(30)
