"""One spreadsheet import or export off the GUI thread, with progress and Cancel.

The pattern of ui/print_job.py: the worker runs `work(progress, is_cancelled)` (a services
call) on a QThreadPool thread and only ever touches a small signals object living in the GUI
thread; the job relays the signals (queued) and re-emits them, so listeners run in the GUI
thread. The services open their own sessions in the worker; no Session crosses threads.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from ppid_desktop.domain.errors import UserError
from ppid_desktop.services.spreadsheet_output import WriteCancelled

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
Work = Callable[[Progress, IsCancelled], object]

UNEXPECTED_MESSAGE = (
    "Proses tidak dapat diselesaikan karena terjadi kesalahan yang tidak terduga; tidak ada data yang diubah. "
    "Rinciannya dicatat di log aplikasi (folder logs di folder data); coba lagi, dan bila terulang, "
    "kirimkan berkas log itu kepada pengelola aplikasi."
)


class _WorkerSignals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


def _run(work: Work, signals: _WorkerSignals, cancel: threading.Event, done: threading.Event) -> None:
    try:
        result = work(signals.progressed.emit, cancel.is_set)
        signals.finished.emit(result)
    except WriteCancelled:
        signals.cancelled.emit()
    except UserError as error:
        signals.failed.emit(str(error))
    except Exception:
        log.exception("Impor/ekspor lembar kerja gagal")
        signals.failed.emit(UNEXPECTED_MESSAGE)
    finally:
        done.set()


class SpreadsheetJob(QObject):
    """Exactly one of `finished(result)`, `failed(message)` or `cancelled()` follows `start()`."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._started = False
        self._signals = _WorkerSignals()
        self._signals.progressed.connect(self._on_progressed)
        self._signals.finished.connect(self.finished.emit)
        self._signals.failed.connect(self.failed.emit)
        self._signals.cancelled.connect(self.cancelled.emit)

    def start(self) -> None:
        if self._started:
            raise RuntimeError("SpreadsheetJob.start() dipanggil dua kali")
        self._started = True
        work, signals, cancel, done = self._work, self._signals, self._cancel, self._done
        QThreadPool.globalInstance().start(lambda: _run(work, signals, cancel, done))

    def cancel(self) -> None:
        self._cancel.set()

    def is_running(self) -> bool:
        return self._started and not self._done.is_set()

    def wait(self, timeout_s: float | None = None) -> bool:
        return not self._started or self._done.wait(timeout_s)

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        if not self._cancel.is_set():
            self.progressed.emit(done, total)
