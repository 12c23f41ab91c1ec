"""What the main window calls to print: options, a background job with a progress dialog, then
the preview.

`print_register(parent, db)`, `print_penetapan(parent, db, record_id)` and
`print_sop(parent, db)` return the started `PrintJob` (None when the clerk cancelled the
options). Failures are shown through `ui.messages`; a cancelled job shows only a status line.
Running jobs and open previews are kept referenced here until they are done, so neither is
garbage-collected while the clerk still needs it.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QWidget

from ppid_desktop.services import printing
from ppid_desktop.services.records import get_record
from ppid_desktop.storage.database import Database
from ppid_desktop.ui import messages
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr
from ppid_desktop.ui.print_job import Generate, PrintJob
from ppid_desktop.ui.print_options import PrintOptionsDialog
from ppid_desktop.ui.print_preview import PrintPreviewDialog

PROGRESS_DELAY_MS = 300
FAILED_TITLE = QT_TR_NOOP("Dokumen tidak dapat dibuat")  # shown through tr()
_alive: set[object] = set()  # running jobs, open previews (with their jobs)


def file_name(prefix: str, today: date | None = None, detail: str = "") -> str:
    """"DIK-2026-11-22.pdf"; `detail` (a register number) is made safe for file names."""
    safe = re.sub(r"[^\w.-]+", "-", detail).strip("-.")
    parts = [prefix, safe[:40], (today or date.today()).isoformat()]
    return "-".join(part for part in parts if part) + ".pdf"


def print_register(parent: QWidget | None, db: Database) -> PrintJob | None:
    options = PrintOptionsDialog.ask(db, parent)
    if options is None:
        return None
    kwargs = options.service_kwargs()

    def generate(out: Path, progress, is_cancelled) -> Path:  # type: ignore[no-untyped-def]
        return printing.write_register_pdf(db, out, progress=progress, is_cancelled=is_cancelled, **kwargs)

    return run_job(parent, generate, tr("Daftar Informasi yang Dikecualikan"), file_name("DIK"))


def print_penetapan(parent: QWidget | None, db: Database, record_id: int) -> PrintJob:
    register_number = get_record(db, record_id).draft.register_number

    def generate(out: Path, _progress, _is_cancelled) -> Path:  # type: ignore[no-untyped-def]
        return printing.write_penetapan_pdf(db, record_id, out)

    name = file_name("Penetapan", detail=register_number or f"rekaman-{record_id}")
    return run_job(parent, generate, tr("Surat Penetapan Klasifikasi Informasi"), name)


def print_sop(parent: QWidget | None, db: Database) -> PrintJob:
    def generate(out: Path, _progress, _is_cancelled) -> Path:  # type: ignore[no-untyped-def]
        return printing.write_sop_pdf(db, out)

    return run_job(parent, generate, tr("Standar Operasional Prosedur"), file_name("SOP"))


def run_job(parent: QWidget | None, generate: Generate, title: str, suggested_name: str) -> PrintJob:
    """Start `generate` in a PrintJob with a progress dialog; open the preview when it is done.
    `title` is shown as it is (already translated)."""
    job = PrintJob(generate, title, suggested_name)
    progress = progress_dialog(parent, title)
    _alive.add(job)

    def on_progress(done: int, total: int) -> None:
        if total > 0:
            progress.setMaximum(total)
            progress.setValue(min(done, total))

    def end() -> None:
        _alive.discard(job)
        progress.hide()  # not close(): closing a QProgressDialog emits canceled()
        progress.deleteLater()

    def on_finished(path: str) -> None:
        end()
        show_preview(parent, job, path)

    def on_failed(message: str) -> None:
        end()
        job.discard()
        messages.show_error(parent, tr(FAILED_TITLE), message)

    def on_cancelled() -> None:
        end()
        job.discard()
        show_status(parent, tr("Pembuatan {title} dibatalkan.").format(title=title))

    def on_cancel_pressed() -> None:
        job.cancel()
        show_status(parent, tr("Membatalkan…"))

    job.progressed.connect(on_progress)
    job.finished.connect(on_finished)
    job.failed.connect(on_failed)
    job.cancelled.connect(on_cancelled)
    progress.canceled.connect(on_cancel_pressed)
    job.progress_dialog = progress  # type: ignore[attr-defined]  # for tests and screenshots
    job.start()
    return job


def progress_dialog(parent: QWidget | None, title: str) -> QProgressDialog:
    """Non-modal; shown only when the work takes longer than PROGRESS_DELAY_MS; busy until the
    first progress report gives a total."""
    progress = QProgressDialog(tr("Membuat {title}…").format(title=title), tr("Batal"), 0, 0, parent)
    progress.setWindowTitle(tr("Membuat PDF"))
    progress.setWindowModality(Qt.WindowModality.NonModal)
    progress.setMinimumDuration(PROGRESS_DELAY_MS)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setMinimumWidth(420)
    progress.setValue(0)
    return progress


def show_preview(parent: QWidget | None, job: PrintJob, path: str) -> PrintPreviewDialog:
    """Open the non-modal preview; the job's temporary folder goes when the preview closes."""
    preview = PrintPreviewDialog(path, job.title, job.file_name, parent)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    entry = (preview, job)
    _alive.add(entry)

    def closed(_result: int) -> None:
        _alive.discard(entry)
        job.discard()

    preview.finished.connect(closed)
    job.preview = preview  # type: ignore[attr-defined]  # for tests
    preview.show()
    return preview


def show_status(parent: QWidget | None, text: str) -> None:
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 5000)


def open_previews() -> list[PrintPreviewDialog]:
    return [entry[0] for entry in _alive if isinstance(entry, tuple)]


def shutdown(timeout_s: float = 10.0) -> None:
    """For the main window's close: stop running jobs (so no worker outlives the database)
    and close the previews (removing their temporary files)."""
    for entry in list(_alive):
        if isinstance(entry, PrintJob):
            entry.cancel()
            entry.wait(timeout_s)
    for preview in open_previews():
        preview.close()
