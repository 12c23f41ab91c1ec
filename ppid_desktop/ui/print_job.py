"""One PDF generation off the GUI thread, with progress and Cancel: a `ServiceJob` (see
ui/service_job.py for the threading) that writes into a folder of its own.

A `PrintJob` runs `generate(out_path, progress, is_cancelled)` (a services.printing call). The
PDF is written into a folder made for the job (tempfile.mkdtemp), removed when the job is
discarded (`discard()`, or when the job object is garbage-collected). A document that was asked
to stop but finished anyway is thrown away: nothing has been printed or saved yet.
"""

from __future__ import annotations

import shutil
import tempfile
import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from ppid_desktop.reports import GenerationCancelled
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr
from ppid_desktop.ui.service_job import IsCancelled, Progress, ServiceJob

Generate = Callable[[Path, Progress, IsCancelled], object]

UNEXPECTED_MESSAGE = QT_TR_NOOP(  # shown through tr()
    "Dokumen tidak dapat dibuat karena terjadi kesalahan yang tidak terduga. "
    "Rinciannya dicatat di log aplikasi (folder logs di folder data); coba lagi, "
    "dan bila terulang, kirimkan berkas log itu kepada pengelola aplikasi."
)


class PrintJob(ServiceJob):
    """Generate one PDF. Connect to the signals, then `start()`; `cancel()` at any time.

    Exactly one of `finished(pdf_path)`, `failed(message)` or `cancelled()` follows a start,
    in the GUI thread. `title` and `file_name` describe the document for the preview
    ("Daftar Informasi yang Dikecualikan", "DIK-2026-11-22.pdf").
    """

    def __init__(self, generate: Generate, title: str = "", file_name: str = "dokumen.pdf", parent: QObject | None = None) -> None:
        self.title = title or tr("Dokumen")  # shown as it is: callers pass a translated title
        self.file_name = file_name
        self.temp_dir = Path(tempfile.mkdtemp(prefix="ppid-cetak-"))
        out = self.temp_dir / (Path(file_name).stem[:60] + ".pdf")

        def work(progress: Progress, is_cancelled: IsCancelled) -> str:
            try:
                generate(out, progress, is_cancelled)
                if is_cancelled():  # a document that does not poll is_cancelled finished anyway
                    raise GenerationCancelled()
            except BaseException:
                out.unlink(missing_ok=True)
                raise
            return str(out)

        super().__init__(work, uses_share=False, unexpected_message=tr(UNEXPECTED_MESSAGE), parent=parent)
        self._cleanup = weakref.finalize(self, shutil.rmtree, str(self.temp_dir), True)

    @property
    def pdf_path(self) -> str | None:
        return self.result  # type: ignore[return-value]  # what `work` returned: the PDF's path

    def discard(self) -> None:
        """Stop the worker if it runs and remove the temporary folder once it has stopped."""
        self.cancel()
        self.result = None
        if self.wait(30):
            self._cleanup()
