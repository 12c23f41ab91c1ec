"""The dialog an unexpected error shows: what happened, that saved data is safe, the log's path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.ui.i18n import tr


class CrashDialog(QDialog):
    def __init__(self, details: str, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Terjadi kesalahan tak terduga"))
        self.resize(720, 460)
        intro = QLabel(
            tr(
                "<b>PPID Desktop mengalami kesalahan yang tidak terduga.</b><br>"
                "Data yang sudah disimpan tetap aman: setiap penyimpanan dilakukan utuh atau tidak sama sekali. "
                "Perubahan yang sedang diketik dan belum disimpan mungkin perlu diisi ulang.<br><br>"
                "Rincian kesalahan telah dicatat di berkas log:<br><code>{log_file}</code><br>"
                "Kirimkan berkas tersebut kepada petugas TI bila kesalahan ini terulang."
            ).format(log_file=log_file)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Tutup"))
        copy = QPushButton(tr("Salin rincian"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, details: str, log_file: Path) -> None:
        dialog = cls(details, log_file, QApplication.activeWindow())
        dialog.exec()
