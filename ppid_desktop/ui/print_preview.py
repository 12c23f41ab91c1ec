"""The in-app preview of a generated PDF (QtPdf), with Print and Save as.

The file dialog and the print dialog go through the module-level functions `ask_save_path`,
`new_printer` and `ask_print`, so tests patch them instead of driving a modal loop.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, QSizeF, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QProgressDialog, QPushButton, QVBoxLayout, QWidget

from ppid_desktop.domain.errors import UserError
from ppid_desktop.reports.output import write_atomically
from ppid_desktop.ui import messages
from ppid_desktop.ui.i18n import tr

MAX_RENDER_DPI = 300  # an A4 page at 300 dpi is a 35 MB image; the printer's 1200 dpi would be 550 MB
ZOOM_STEP = 1.25
_last_folder: str | None = None  # where the clerk last saved, for this session


# --- the seams tests patch ------------------------------------------------------------------------


def ask_save_path(parent: QWidget | None, suggested: str) -> str | None:
    """The system's Save dialog (it asks before replacing a file); None when cancelled."""
    path, _filter = QFileDialog.getSaveFileName(parent, tr("Simpan PDF sebagai"), suggested, tr("Dokumen PDF (*.pdf)"))
    return path or None


def new_printer() -> QPrinter:
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def ask_print(parent: QWidget | None, printer: QPrinter, page_count: int) -> bool:
    """The system's Print dialog for `printer`; True when the clerk pressed Print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Cetak"))
    dialog.setMinMax(1, page_count)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


# --- plain helpers --------------------------------------------------------------------------------


def save_copy(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> Path:
    """Copy the PDF to a temporary name beside `target`, check its size, then rename it over
    `target`. Raises UserError (in Indonesian) when the target cannot be written."""
    size = Path(source).stat().st_size

    def copy(temp_name: str) -> None:
        shutil.copyfile(source, temp_name)
        if os.path.getsize(temp_name) != size:
            raise OSError(errno.EIO, "salinan tidak lengkap")

    return write_atomically(target, copy)


def pages_to_print(printer: QPrinter, page_count: int, current: int) -> list[int]:
    """The 0-based pages the clerk chose in the print dialog, in printing order."""
    chosen = list(range(page_count))
    ranges = printer.pageRanges()
    if printer.printRange() is QPrinter.PrintRange.CurrentPage:
        chosen = [current]
    elif printer.printRange() is QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        chosen = [page for page in chosen if ranges.contains(page + 1)]
    if printer.pageOrder() is QPrinter.PageOrder.LastPageFirst:
        chosen.reverse()
    return chosen


def match_paper(printer: QPrinter, point_size: QSizeF) -> None:
    """Paper and orientation of the PDF's first page, no margins: the PDF carries its own.
    Fuzzy matching gives the paper drivers know: A4 stays A4, F4 (215 x 330 mm) becomes
    Folio 8.5 x 13 in (216 x 330 mm), the sheet sold as F4."""
    width, height = point_size.width(), point_size.height()
    size = QSizeF(min(width, height), max(width, height))
    printer.setPageSize(QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def default_folder() -> str:
    return _last_folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


class PrintPreviewDialog(QDialog):
    """Non-modal preview of `pdf_path`; `file_name` is the name Save as suggests; `title` is
    shown as it is (already translated)."""

    def __init__(self, pdf_path: str, title: str = "", file_name: str = "dokumen.pdf", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf_path = pdf_path
        self.file_name = file_name
        self.title = title or tr("Pratinjau")
        self.setWindowTitle(tr("Pratinjau — {title}").format(title=self.title))
        self.resize(1000, 760)
        self.document = QPdfDocument(self)
        self._init_widgets()
        self._init_layout()
        self.document.load(pdf_path)
        self._update_page_label()

    def _init_widgets(self) -> None:
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        self.document.pageCountChanged.connect(self._update_page_label)
        self.page_label = QLabel()
        self.previous_button = self._button("◀", tr("Halaman sebelumnya"), lambda: self.go_to_page(self.current_page() - 1))
        self.next_button = self._button("▶", tr("Halaman berikutnya"), lambda: self.go_to_page(self.current_page() + 1))
        self.fit_button = self._button(tr("Pas lebar"), tr("Sesuaikan dengan lebar jendela"), self.fit_width)
        self.zoom_out_button = self._button("−", tr("Perkecil"), lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in_button = self._button("+", tr("Perbesar"), lambda: self.zoom_by(ZOOM_STEP))
        self.status_label = QLabel()
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = self._button(tr("Cetak…"), tr("Kirim ke pencetak"), self.print_document)
        self.save_button = self._button(tr("Simpan sebagai…"), tr("Simpan salinan PDF ini"), self.save_as)
        self.close_button = self._button(tr("Tutup"), tr("Tutup pratinjau"), self.reject)
        self.print_button.setDefault(True)
        for button, key in (
            (self.print_button, QKeySequence.StandardKey.Print),
            (self.save_button, QKeySequence.StandardKey.Save),
            (self.zoom_in_button, QKeySequence.StandardKey.ZoomIn),
            (self.zoom_out_button, QKeySequence.StandardKey.ZoomOut),
        ):
            button.setShortcut(key)
        for button in (self.previous_button, self.next_button, self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(40)

    def _button(self, text: str, tip: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _init_layout(self) -> None:
        tools = QHBoxLayout()
        for widget in (self.previous_button, self.page_label, self.next_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        for widget in (self.zoom_out_button, self.fit_button, self.zoom_in_button):
            tools.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        for widget in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    # --- navigation and zoom --------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        page = min(max(page, 0), max(self.page_count() - 1, 0))
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())

    def _update_page_label(self, *_args: object) -> None:
        count = self.page_count()
        current = self.current_page() + 1 if count else 0
        self.page_label.setText(tr("Halaman {current} dari {count}").format(current=current, count=count))
        self.previous_button.setEnabled(current > 1)
        self.next_button.setEnabled(current < count)

    def effective_zoom(self) -> float:
        """The zoom factor on screen, also while the view fits the page to its width."""
        if self.view.zoomMode() is not QPdfView.ZoomMode.FitToWidth or self.page_count() == 0:
            return self.view.zoomFactor()
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        page_pixels = self.document.pagePointSize(self.current_page()).width() * self.view.logicalDpiX() / 72
        return max(room / page_pixels, 0.1) if page_pixels > 0 else 1.0

    def zoom_by(self, factor: float) -> None:
        zoom = min(max(self.effective_zoom() * factor, 0.1), 8.0)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # --- actions --------------------------------------------------------------------------------

    def save_as(self) -> Path | None:
        global _last_folder
        chosen = ask_save_path(self, str(Path(default_folder()) / self.file_name))
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
            if target.exists() and not messages.ask_yes_no(
                self, tr("Berkas sudah ada"), tr("Berkas \"{path}\" sudah ada. Ganti dengan dokumen ini?").format(path=target)
            ):
                return None
        try:
            written = save_copy(self.pdf_path, target)
        except UserError as error:
            messages.show_user_error(self, error, tr("PDF tidak dapat disimpan"))
            return None
        _last_folder = str(written.parent)
        self.status_label.setText(tr("Tersimpan: {path}").format(path=written))
        return written

    def print_document(self) -> bool:
        count = self.page_count()
        if count == 0:
            return False
        printer = new_printer()
        printer.setDocName(self.title)
        match_paper(printer, self.document.pagePointSize(0))
        printer.setFromTo(1, count)
        if not ask_print(self, printer, count):
            return False
        pages = pages_to_print(printer, count, self.current_page())
        painter = QPainter()
        if not painter.begin(printer):
            messages.show_error(
                self,
                tr("Tidak dapat mencetak"),
                tr("Pencetak yang dipilih tidak dapat dibuka. Periksa apakah pencetak menyala dan terhubung, lalu coba lagi."),
            )
            return False
        progress = QProgressDialog(tr("Mengirim halaman ke pencetak…"), tr("Batal"), 0, len(pages), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        cancelled = False
        try:
            for index, page in enumerate(pages):
                progress.setValue(index)
                cancelled = progress.wasCanceled()
                if cancelled:
                    printer.abort()
                    break
                if index:
                    printer.newPage()
                self._draw_page(painter, printer, page)
        finally:
            painter.end()
            progress.hide()  # not close(): closing a QProgressDialog emits canceled()
            progress.deleteLater()
        if not cancelled:
            where = printer.printerName() or printer.outputFileName() or tr("pencetak")
            self.status_label.setText(tr("%n halaman dikirim ke {printer}.", "", len(pages)).format(printer=where))
        return not cancelled

    def _draw_page(self, painter: QPainter, printer: QPrinter, page: int) -> None:
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        points = self.document.pagePointSize(page)
        image = self.document.render(page, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)))
        area = QRectF(painter.viewport())
        size = QSizeF(image.size()).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(area.x() + (area.width() - size.width()) / 2, area.y() + (area.height() - size.height()) / 2, size.width(), size.height())
        painter.drawImage(target, image)

    def done(self, result: int) -> None:
        self.document.close()  # release the file so the job's temporary folder can go
        super().done(result)
