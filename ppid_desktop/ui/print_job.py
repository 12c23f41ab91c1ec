"""One PDF generation off the GUI thread, with progress and Cancel.

A `PrintJob` runs `generate(out_path, progress, is_cancelled)` (a services.printing call) on
a QThreadPool thread. The worker only ever touches a small signals object; the job relays
its signals into the GUI thread (queued connections to the job's slots) and re-emits them,
so whoever listens to the job is called in the GUI thread and never touches a widget from the
worker. The SQLite engine is shared: SQLAlchemy's engine is thread-safe and the services
check out their own connection in the worker thread; no Session crosses threads.

The PDF is written into a folder of its own (tempfile.mkdtemp), removed when the job is
discarded (`discard()`, or when the job object is garbage-collected).
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from ppid_desktop.domain.errors import UserError
from ppid_desktop.reports import GenerationCancelled

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
Generate = Callable[[Path, Progress, IsCancelled], object]

UNEXPECTED_MESSAGE = (
    "Dokumen tidak dapat dibuat karena terjadi kesalahan yang tidak terduga. "
    "Rinciannya dicatat di log aplikasi (folder logs di folder data); coba lagi, "
    "dan bila terulang, kirimkan berkas log itu kepada pengelola aplikasi."
)


class _WorkerSignals(QObject):
    """Emitted from the worker thread; lives in the GUI thread so delivery to the job is queued."""

    progressed = Signal(int, int)
    finished = Signal(str)
    failed = Signal(str)
    cancelled = Signal()


def _run(generate: Generate, out: Path, signals: _WorkerSignals, cancel: threading.Event, done: threading.Event) -> None:
    """The worker: no widget, no Qt object but `signals`."""
    try:
        generate(out, signals.progressed.emit, cancel.is_set)
        if cancel.is_set():  # a document that does not poll is_cancelled finished anyway
            out.unlink(missing_ok=True)
            signals.cancelled.emit()
        else:
            signals.finished.emit(str(out))
    except GenerationCancelled:
        out.unlink(missing_ok=True)
        signals.cancelled.emit()
    except UserError as error:
        out.unlink(missing_ok=True)
        signals.failed.emit(str(error))
    except Exception:
        log.exception("Pembuatan PDF gagal (%s)", out.name)
        out.unlink(missing_ok=True)
        signals.failed.emit(UNEXPECTED_MESSAGE)
    finally:
        done.set()


class PrintJob(QObject):
    """Generate one PDF. Connect to the signals, then `start()`; `cancel()` at any time.

    Exactly one of `finished(pdf_path)`, `failed(message)` or `cancelled()` follows a start,
    in the GUI thread. `title` and `file_name` describe the document for the preview
    ("Daftar Informasi yang Dikecualikan", "DIK-2026-11-22.pdf").
    """

    progressed = Signal(int, int)  # done, total (total 0: unknown)
    finished = Signal(str)  # path of the PDF in the job's temporary folder
    failed = Signal(str)  # a message for the clerk, in Indonesian
    cancelled = Signal()

    def __init__(self, generate: Generate, title: str = "Dokumen", file_name: str = "dokumen.pdf", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.file_name = file_name
        self.pdf_path: str | None = None
        self.error: str | None = None
        self._generate = generate
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._started = False
        self.temp_dir = Path(tempfile.mkdtemp(prefix="ppid-cetak-"))
        self._cleanup = weakref.finalize(self, shutil.rmtree, str(self.temp_dir), True)
        self._signals = _WorkerSignals()
        self._signals.progressed.connect(self._on_progressed)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)

    # --- control --------------------------------------------------------------------------------

    def start(self) -> None:
        if self._started:
            raise RuntimeError("PrintJob.start() dipanggil dua kali")
        self._started = True
        out = self.temp_dir / (Path(self.file_name).stem[:60] + ".pdf")
        signals, cancel, done, generate = self._signals, self._cancel, self._done, self._generate
        QThreadPool.globalInstance().start(lambda: _run(generate, out, signals, cancel, done))

    def cancel(self) -> None:
        """Ask the worker to stop; `cancelled` follows once it has (thread-safe)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._started and not self._done.is_set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the worker has returned (for shutdown and tests). True when it has."""
        return not self._started or self._done.wait(timeout_s)

    def discard(self) -> None:
        """Stop the worker if it runs and remove the temporary folder once it has stopped."""
        self.cancel()
        self.pdf_path = None
        if self.wait(30):
            self._cleanup()

    # --- relays (GUI thread) ----------------------------------------------------------------

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        if not self._cancel.is_set():
            self.progressed.emit(done, total)

    @Slot(str)
    def _on_finished(self, path: str) -> None:
        self.pdf_path = path
        self.finished.emit(path)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.error = message
        self.failed.emit(message)

    @Slot()
    def _on_cancelled(self) -> None:
        self.cancelled.emit()
