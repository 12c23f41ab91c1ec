"""The shared-drive folders of this installation: where packages go, where the PPID finds them,
and whether the daily backup is copied there too (services/backups.py).

Kept per laptop (settings.ini in the data folder, services/handover_settings.py) because one
share is mapped to different drive letters on different laptops. Both folders are checked
(reachable, writable) before they are saved; a refusal is shown under its field.

`SharePage` is the "Folder bersama" page of Pengaturan (ui/settings_dialog.py); the outbox, the
inbox and the handover dialog open it on its own as `ShareSettingsDialog`.
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

from ppid_desktop.domain.errors import UserError, ValidationError
from ppid_desktop.services.handover_settings import (
    NO_BACKUP_FOLDER,
    ShareSettings,
    backup_copy_enabled,
    backup_share_folder,
    folder_error,
    get_share_settings,
    save_share_settings,
)
from ppid_desktop.storage.paths import DataPaths
from ppid_desktop.ui.form_support import FORM_STYLE_SHEET, ErrorLabel, FieldErrors, MessageLabel, field_cell, note_label
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr, user_text

INTRO = QT_TR_NOOP(
    "Paket serah terima dikirim ke folder di drive bersama (jaringan kantor). Tulis jalur lengkap, "
    "misalnya \"Z:\\Serah Terima\\Keluar\" atau \"\\\\server-ppid\\berbagi\\Serah Terima\". Bila laptop sedang "
    "tidak tersambung, paket menunggu di kotak keluar dan dikirim otomatis setelah drive terjangkau."
)
BACKUP_COPY_HINT = QT_TR_NOOP(
    "Cadangan terbaru disalin ke folder \"Cadangan PPID Desktop\" di dalam folder kirim paket (di laptop PPID: "
    "folder terima paket) setelah cadangan harian dibuat; tujuh salinan terbaru disimpan di sana."
)


def choose_folder(parent: QWidget | None, title: str, start: str) -> str:
    """The folder dialog (tests replace this function); "" when cancelled."""
    return QFileDialog.getExistingDirectory(parent, title, start)


def _problem(field: str, problem: str | UserError) -> ValidationError:
    """A folder problem from the services as the message under `field` (the text, or the
    error, is the one value of a template that is its own translation)."""
    return ValidationError(field, "{problem}", problem=problem)


class SharePage(QWidget):
    """The two folders and the daily backup copy, as stored for this installation (`paths`)."""

    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self.fields = FieldErrors()
        self.loaded = get_share_settings(paths)
        self.loaded_backup_copy = backup_copy_enabled(paths)
        self.outbox_edit = QLineEdit(str(self.loaded.outbox_folder or ""))
        self.outbox_edit.setPlaceholderText("Z:\\Serah Terima\\Masuk PPID")  # a path: not translated
        self.inbox_edit = QLineEdit(str(self.loaded.inbox_folder or ""))
        self.inbox_edit.setPlaceholderText(tr("Hanya di laptop PPID: folder tempat paket dari unit menunggu"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("Folder &kirim paket:"), field_cell(
            self._with_browse(self.outbox_edit, tr("Pilih folder kirim paket")),
            self.fields.label("outbox_folder", self.outbox_edit)))
        form.addRow(tr("Folder &terima paket (PPID):"), field_cell(
            self._with_browse(self.inbox_edit, tr("Pilih folder terima paket")),
            self.fields.label("inbox_folder", self.inbox_edit)))
        for row in range(form.rowCount()):  # a label's mnemonic moves to its line edit
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            if isinstance(label, QLabel):
                label.setBuddy(self.outbox_edit if row == 0 else self.inbox_edit)
        self.backup_check = QCheckBox(tr("Salin cadangan &harian ke folder bersama"))
        self.backup_check.setChecked(self.loaded_backup_copy)
        backup_error = self.fields.label("copy_backups", self.backup_check,
                                         watch=[self.backup_check, self.outbox_edit, self.inbox_edit])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(MessageLabel(tr(INTRO)))
        layout.addLayout(form)
        layout.addWidget(note_label("hint", tr("Kosongkan folder yang tidak dipakai di laptop ini.")))
        layout.addSpacing(8)
        layout.addWidget(self.backup_check)
        layout.addWidget(note_label("hint", tr(BACKUP_COPY_HINT)))
        layout.addWidget(backup_error)
        layout.addStretch(1)

    def _with_browse(self, edit: QLineEdit, title: str) -> QWidget:
        button = QPushButton(tr("Pilih…"))
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

    # --- values -------------------------------------------------------------------------------

    def settings(self) -> ShareSettings:
        def folder(edit: QLineEdit) -> Path | None:
            text = edit.text().strip().strip('"')
            return Path(text) if text else None

        return ShareSettings(folder(self.outbox_edit), folder(self.inbox_edit))

    def copy_backups(self) -> bool:
        return self.backup_check.isChecked()

    def changed(self) -> bool:
        return self.settings() != self.loaded or self.copy_backups() != self.loaded_backup_copy

    def check(self) -> bool:
        """The checks the service makes before it saves, each shown under its field; True when none
        failed. Nothing is written."""
        wanted = self.settings()
        errors = []
        for key, folder in (("outbox_folder", wanted.outbox_folder), ("inbox_folder", wanted.inbox_folder)):
            problem = folder_error(folder) if folder is not None else None
            if problem:
                errors.append(_problem(key, problem))
        if self.copy_backups() and backup_share_folder(wanted) is None:
            errors.append(_problem("copy_backups", NO_BACKUP_FOLDER))
        self.fields.show(errors)
        return not errors

    def save(self) -> None:
        """Write both folders and the backup copy to settings.ini (UserError when it cannot)."""
        wanted, copy_backups = self.settings(), self.copy_backups()
        save_share_settings(self._paths, wanted, copy_backups=copy_backups)
        self.loaded, self.loaded_backup_copy = wanted, copy_backups


class ShareSettingsDialog(QDialog):
    """`SharePage` with Simpan and Batal, for the outbox, the inbox and the handover dialog."""

    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Folder bersama untuk serah terima"))
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.saved: ShareSettings | None = None
        self.saved_backup_copy: bool | None = None
        self.page = SharePage(paths)
        self.outbox_edit, self.inbox_edit, self.backup_check = self.page.outbox_edit, self.page.inbox_edit, self.page.backup_check
        self._failure_label = note_label("error")
        self._failure_label.hide()
        buttons = QDialogButtonBox()
        save_button = buttons.addButton(tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(self._failure_label)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    @property
    def error_label(self) -> MessageLabel:
        """The first message shown (under a field, or the reason saving failed)."""
        for label in self.page.findChildren(ErrorLabel):
            if label.text():
                return label
        return self._failure_label

    def _browse(self, edit: QLineEdit, title: str) -> None:
        self.page._browse(edit, title)

    def settings(self) -> ShareSettings:
        return self.page.settings()

    def save(self) -> None:
        """Check and store both folders; on refusal the dialog stays open with the reasons."""
        self._failure_label.hide()
        if not self.page.check():
            return
        try:
            self.page.save()
        except UserError as exc:
            self._failure_label.setText(user_text(exc))
            self._failure_label.show()
            return
        self.saved = self.page.loaded
        self.saved_backup_copy = self.page.loaded_backup_copy
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
