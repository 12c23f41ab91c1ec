"""At the PPID: the package passphrase of an encrypted package, asked before it is imported."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from ppid_desktop.ui.form_support import MessageLabel
from ppid_desktop.ui.i18n import tr
from ppid_desktop.ui.sign_in_dialog import password_edit


class PackagePassphraseDialog(QDialog):
    def __init__(self, package_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Kata sandi paket"))
        self.intro = MessageLabel(
            tr("Paket \"{name}\" dienkripsi oleh unit pengirim. Masukkan kata sandi paket yang disampaikan "
               "unit itu secara langsung atau lewat telepon. Bila kata sandinya salah, tidak ada yang diimpor.").format(
                name=package_name)
        )
        self.passphrase_edit = password_edit()  # hidden from input-method dictionaries too
        form = QFormLayout()
        form.addRow(tr("Kata sandi paket:"), self.passphrase_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Impor"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 0)

    @classmethod
    def ask(cls, package_name: str, parent: QWidget | None = None) -> str | None:
        """The passphrase typed, or None when the clerk cancelled."""
        dialog = cls(package_name, parent)
        try:
            return dialog.passphrase_edit.text() if dialog.exec() == QDialog.DialogCode.Accepted and dialog.passphrase_edit.text() else None
        finally:
            dialog.deleteLater()
