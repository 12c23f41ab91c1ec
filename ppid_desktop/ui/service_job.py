"""One service call off the GUI thread, with progress and Cancel: handover packages (export,
delivery, verify, import), spreadsheets (reading, importing, exporting) and, through
ui/print_job.py, PDFs.

The same pattern as ui/print_job.py: the worker runs ``work(progress, is_cancelled)`` on a
thread of its own and only touches a small signals object living in the GUI thread; the job
relays its signals (queued) and re-emits them, so listeners run in the GUI thread. Exactly one of
``finished(result)``, ``failed(message)`` or ``cancelled()`` follows ``start()``.

Deliveries to the share are serialised by ``SHARE_LOCK``: the automatic outbox retry and an
export started by the clerk never copy the same package at the same time.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from ppid_desktop.domain.errors import UserError
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr, user_text

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
Work = Callable[[Progress, IsCancelled], object]

# Held by any job that writes to or reads packages on the shared drive.
SHARE_LOCK = threading.Lock()

# Marked here, translated when shown (a caller's own message is marked the same way).
UNEXPECTED_MESSAGE = QT_TR_NOOP(
    "Proses tidak dapat diselesaikan karena terjadi kesalahan yang tidak terduga. Rinciannya dicatat "
    "di log aplikasi (folder logs di folder data); coba lagi, dan bila terulang, kirimkan berkas log "
    "itu kepada pengelola aplikasi."
)


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the UserError, or the unexpected message (translated on the GUI thread)
    cancelled = Signal()


def _run(
    work: Work, signals: _Signals, cancel: threading.Event, done: threading.Event, lock: threading.Lock | None, unexpected: str
) -> None:
    """The worker: no widget, no Qt object but ``signals``.

    A call that returns has done its work, even when Cancel came too late to stop it: that is
    ``finished``, never ``cancelled`` (an import that committed must not be reported as
    cancelled). The services stop on the flag by raising; that is ``cancelled``."""
    try:
        if lock is not None:
            lock.acquire()
        try:
            result = work(signals.progressed.emit, cancel.is_set)
        finally:
            if lock is not None:
                lock.release()
        signals.finished.emit(result)
    except Exception as error:
        if cancel.is_set():
            log.info("background job stopped after cancel: %s", error)
            signals.cancelled.emit()
        elif isinstance(error, UserError):
            signals.failed.emit(error)
        else:
            log.exception("background job failed")
            signals.failed.emit(unexpected)
    finally:
        done.set()


class ServiceJob(QObject):
    """Run ``work`` once. Connect to the signals, then ``start()``; ``cancel()`` at any time."""

    progressed = Signal(int, int)  # done, total (total 0: unknown)
    finished = Signal(object)  # what ``work`` returned
    failed = Signal(str)  # a message for the clerk, in the window's language
    cancelled = Signal()

    def __init__(
        self, work: Work, *, uses_share: bool = True, unexpected_message: str = UNEXPECTED_MESSAGE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._unexpected = unexpected_message
        self.result: object = None
        self.error: str | None = None
        self._work = work
        self._lock = SHARE_LOCK if uses_share else None
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._started = False
        self._signals = _Signals()
        self._signals.progressed.connect(self._on_progressed)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self.cancelled)

    def start(self) -> None:
        if self._started:
            raise RuntimeError(f"{type(self).__name__}.start() dipanggil dua kali")
        self._started = True
        args = (self._work, self._signals, self._cancel, self._done, self._lock, self._unexpected)
        # A plain thread rather than QThreadPool: PySide 6.12 has been seen to crash at interpreter
        # exit ("none_dealloc") after pool runnables made from Python callables. Daemon, so a share
        # that hangs cannot keep the process alive; the panels cancel and wait on close.
        threading.Thread(target=_run, args=args, name="ppid-latar", daemon=True).start()

    def cancel(self) -> None:
        """Ask the worker to stop; ``cancelled`` follows once it has (thread-safe)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._started and not self._done.is_set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the worker has returned (for shutdown and tests). True when it has."""
        return not self._started or self._done.wait(timeout_s)

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        if not self._cancel.is_set():
            self.progressed.emit(done, total)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self.result = result
        self.finished.emit(result)

    @Slot(object)
    def _on_failed(self, failure: object) -> None:
        message = user_text(failure) if isinstance(failure, UserError) else tr(str(failure))
        self.error = message
        self.failed.emit(message)


def share_busy() -> bool:
    """Whether a job is using the shared drive now (the automatic retry then waits its next turn)."""
    return SHARE_LOCK.locked()
