"""The shared-drive folders of this installation: where packages go, where the PPID finds them,
and whether the daily backup is copied there too (services/backups.py).

Kept per laptop (settings.ini in the data folder, services/handover_settings.py) because one
share is mapped to different drive letters on different laptops. Both folders are checked
(reachable, writable) before they are saved; a refusal is shown in the dialog, which stays open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.errors import UserError
from ppid_desktop.services.handover_settings import ShareSettings, backup_copy_enabled, get_share_settings, save_share_settings
from ppid_desktop.storage.paths import DataPaths
from ppid_desktop.ui.form_support import ERROR_COLOR, MessageLabel

INTRO = (
    "Paket serah terima dikirim ke folder di drive bersama (jaringan kantor). Tulis jalur lengkap, "
    "misalnya \"Z:\\Serah Terima\\Keluar\" atau \"\\\\server-ppid\\berbagi\\Serah Terima\". Bila laptop sedang "
    "tidak tersambung, paket menunggu di kotak keluar dan dikirim otomatis setelah drive terjangkau."
)
BACKUP_COPY_HINT = (
    "Cadangan terbaru disalin ke folder \"Cadangan PPID Desktop\" di dalam folder kirim paket (di laptop PPID: "
    "folder terima paket) setelah cadangan harian dibuat; tujuh salinan terbaru disimpan di sana."
)


def choose_folder(parent: QWidget | None, title: str, start: str) -> str:
    """The folder dialog (tests replace this function); "" when cancelled."""
    return QFileDialog.getExistingDirectory(parent, title, start)


class ShareSettingsDialog(QDialog):
    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Folder bersama untuk serah terima")
        self._paths = paths
        self.saved: ShareSettings | None = None
        self.saved_backup_copy: bool | None = None
        current = get_share_settings(paths)
        intro = MessageLabel(INTRO)
        self.outbox_edit = QLineEdit(str(current.outbox_folder or ""))
        self.outbox_edit.setPlaceholderText("Z:\\Serah Terima\\Masuk PPID")
        self.inbox_edit = QLineEdit(str(current.inbox_folder or ""))
        self.inbox_edit.setPlaceholderText("Hanya di laptop PPID: folder tempat paket dari unit menunggu")
        form = QFormLayout()
        form.addRow("Folder &kirim paket:", self._with_browse(self.outbox_edit, "Pilih folder kirim paket"))
        form.addRow("Folder &terima paket (PPID):", self._with_browse(self.inbox_edit, "Pilih folder terima paket"))
        hint = QLabel("Kosongkan folder yang tidak dipakai di laptop ini.")
        hint.setProperty("role", "hint")
        self.backup_check = QCheckBox("Salin cadangan &harian ke folder bersama")
        self.backup_check.setChecked(backup_copy_enabled(paths))
        backup_hint = MessageLabel(BACKUP_COPY_HINT)
        backup_hint.setProperty("role", "hint")
        self.error_label = MessageLabel()
        self.error_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText("Simpan")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addWidget(self.backup_check)
        layout.addWidget(backup_hint)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def _with_browse(self, edit: QLineEdit, title: str) -> QWidget:
        button = QPushButton("Pilih…")
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._browse(edit, title))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        layout.addWidget(button)
        return row

    def _browse(self, edit: QLineEdit, title: str) -> None:
        chosen = choose_folder(self, title, edit.text())
        if chosen:
            edit.setText(chosen)

    def settings(self) -> ShareSettings:
        def folder(edit: QLineEdit) -> Path | None:
            text = edit.text().strip().strip('"')
            return Path(text) if text else None

        return ShareSettings(folder(self.outbox_edit), folder(self.inbox_edit))

    def save(self) -> None:
        """Check and store both folders; on refusal the dialog stays open with the reasons."""
        wanted = self.settings()
        copy_backups = self.backup_check.isChecked()
        try:
            save_share_settings(self._paths, wanted, copy_backups=copy_backups)
        except UserError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        self.saved = wanted
        self.saved_backup_copy = copy_backups
        self.accept()

    @classmethod
    def ask(cls, paths: DataPaths, parent: QWidget | None = None) -> ShareSettings | None:
        """Show the dialog; the saved settings, or None when cancelled."""
        dialog = cls(paths, parent)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()
