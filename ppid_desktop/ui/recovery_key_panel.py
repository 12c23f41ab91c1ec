"""The recovery key, shown once: what it is for, the key itself, print or save its sheet, and the
Admin's confirmation that it is kept safe. The set-up wizard and the dialog that encrypts an older
data folder both show this panel; neither may go on until `confirmed` is True.

The sheet (reports/recovery_sheet.py) is built in memory and previewed and printed from there
(`RecoverySheetPreview`, the app's ordinary preview), so no copy of the key is left in a
temporary file on this laptop. "Simpan sebagai PDF…" writes it only where the Admin chooses.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ppid_desktop.domain.errors import UserError
from ppid_desktop.reports.recovery_sheet import RecoverySheet, key_rows, recovery_sheet_pdf, write_recovery_sheet
from ppid_desktop.ui import messages, print_preview
from ppid_desktop.ui.form_support import MessageLabel, note_label
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr
from ppid_desktop.ui.print_preview import PrintPreviewDialog

EXPLANATION = QT_TR_NOOP(
    "<p>Kunci pemulihan membuka data kantor ini bila semua kata sandi Admin terlupa, atau bila berkas kunci di "
    "folder data rusak atau terhapus. Tanpa kata sandi dan tanpa kunci ini, data tidak dapat dibuka oleh siapa "
    "pun.</p>"
    "<p><b>Siapa pun yang memegang kunci ini dapat membaca seluruh data.</b> Cetak atau catat kunci ini, lalu simpan "
    "lembarnya di tempat terkunci seperti stempel kantor (brankas atau lemari arsip), terpisah dari laptop ini.</p>"
    "<p>Kunci ini hanya ditampilkan sekarang; sesudah langkah ini kunci tidak dapat dilihat lagi.</p>"
)
SAVE_HINT = QT_TR_NOOP("Simpan berkas PDF hanya pada flashdisk atau media lain yang ikut disimpan terkunci, jangan "
                       "pada laptop ini dan jangan dikirim melalui surel.")
CONFIRM_TEXT = QT_TR_NOOP("Saya sudah mencetak atau mencatat kunci pemulihan ini dan menyimpannya di tempat yang aman.")
SHEET_TITLE = QT_TR_NOOP("Lembar Kunci Pemulihan")
PRINTED_TEXT = QT_TR_NOOP("Lembar kunci sudah dikirim ke pencetak. Periksa hasil cetaknya: kuncinya harus terbaca "
                          "jelas.")


def sheet_file_name(today: date | None = None) -> str:
    return f"Kunci-pemulihan-{(today or date.today()).isoformat()}.pdf"


def key_font(scale: float = 2.0) -> QFont:
    """The monospace face the key is shown (or typed) in, `scale` times the usual size."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setBold(True)
    return font


class RecoverySheetPreview(PrintPreviewDialog):
    """The app's preview of the sheet, read from memory; "Simpan sebagai…" writes a new copy
    through `save` (the sheet is never on disk for a plain file copy)."""

    printed = Signal()

    def __init__(self, pdf: bytes, save: Callable[[QWidget], Path | None], parent: QWidget | None = None) -> None:
        self._buffer = QBuffer()
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._save = save
        # QPdfDocument.load takes a device as well as a file name.
        super().__init__(self._buffer, tr(SHEET_TITLE), sheet_file_name(), parent)  # type: ignore[arg-type]
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)  # one page: all of it at once

    def save_as(self) -> Path | None:
        written = self._save(self)
        if written is not None:
            self.status_label.setText(tr("Tersimpan: {path}").format(path=written))
        return written

    def print_document(self) -> bool:
        done = super().print_document()
        if done:
            self.printed.emit()
        return done


class RecoveryKeyPanel(QWidget):
    """`sheet()` gives what the printed sheet shows (read when the Admin prints or saves, so it
    follows changes made on earlier pages)."""

    confirmed_changed = Signal(bool)

    def __init__(self, recovery_text: str, sheet: Callable[[], RecoverySheet], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_text = recovery_text
        self._sheet = sheet
        self.preview: RecoverySheetPreview | None = None
        explanation = MessageLabel(tr(EXPLANATION))
        explanation.setTextFormat(Qt.TextFormat.RichText)
        self.key_label = QLabel("\n".join(key_rows(recovery_text)))
        self.key_label.setFont(key_font())
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.key_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.key_label.setAutoFillBackground(True)
        self.key_label.setBackgroundRole(QPalette.ColorRole.Base)
        self.key_label.setMargin(10)
        self.key_label.setAccessibleName(tr("Kunci pemulihan"))
        self.print_button = QPushButton(tr("Cetak lembar kunci…"))
        self.save_button = QPushButton(tr("Simpan sebagai PDF…"))
        for button in (self.print_button, self.save_button):
            button.setAutoDefault(False)
        self.status_label = note_label("hint")
        self.status_label.hide()
        self.confirm_box = QCheckBox(tr(CONFIRM_TEXT))

        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(explanation)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addWidget(note_label("hint", tr(SAVE_HINT)))
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(self.confirm_box)

        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(lambda: self.save_sheet(self))
        self.confirm_box.toggled.connect(self.confirmed_changed)

    @property
    def confirmed(self) -> bool:
        return self.confirm_box.isChecked()

    def _pdf(self) -> bytes:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return recovery_sheet_pdf(self._sheet())
        finally:
            QGuiApplication.restoreOverrideCursor()

    def print_sheet(self) -> RecoverySheetPreview:
        """Open the preview (window-modal), from which the sheet is printed or saved."""
        preview = RecoverySheetPreview(self._pdf(), self.save_sheet, self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.setWindowModality(Qt.WindowModality.WindowModal)
        preview.finished.connect(lambda _result: self._closed(preview))
        preview.printed.connect(lambda: self._show_status(tr(PRINTED_TEXT)))
        self.preview = preview
        preview.show()
        return preview

    def _closed(self, preview: RecoverySheetPreview) -> None:
        if self.preview is preview:
            self.preview = None

    def save_sheet(self, parent: QWidget) -> Path | None:
        """Ask where, write the sheet there; None when the Admin cancelled or it failed (shown)."""
        chosen = print_preview.ask_save_path(parent, str(Path(print_preview.default_folder()) / sheet_file_name()))
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            written = write_recovery_sheet(target, self._sheet())
        except UserError as error:
            messages.show_user_error(parent, error, tr("Lembar kunci tidak dapat disimpan"))
            return None
        self._show_status(tr("Lembar kunci disimpan: {path}").format(path=written))
        return written

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()
