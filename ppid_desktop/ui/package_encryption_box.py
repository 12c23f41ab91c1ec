"""The handover dialog's option "Enkripsi paket dengan kata sandi paket", with its trade-off.

Off by default. The explanation is always visible beside the tick box, so the clerk weighs the
choice before making it; the two passphrase fields and their rules appear once it is ticked.
The format is in domain/handover_encryption.py.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QVBoxLayout, QWidget

from ppid_desktop.domain.handover_encryption import PASSPHRASE_RULES, passphrase_error
from ppid_desktop.ui.form_support import MessageLabel
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr, user_text
from ppid_desktop.ui.sign_in_dialog import password_edit

OPTION_TEXT = QT_TR_NOOP("Enkripsi paket dengan kata sandi paket")
TRADE_OFF = QT_TR_NOOP(
    "Paket biasa dapat dibaca oleh siapa pun yang dapat membuka folder tujuan di drive jaringan. "
    "Paket terenkripsi hanya dapat dibaca oleh orang yang mengetahui kata sandi paket.\n"
    "Sampaikan kata sandi paket kepada PPID dengan cara lain: secara langsung atau lewat telepon, "
    "jangan ditaruh di folder yang sama dan jangan dikirim lewat surel yang sama dengan kabar pengiriman paket.\n"
    "Bila kata sandi paket hilang, paket tidak dapat dibuka oleh siapa pun, tetapi tidak ada data yang hilang: "
    "rekaman dan berkasnya tetap tersimpan utuh di aplikasi unit ini.\n"
    "Pembuatan dan impor paket terenkripsi memerlukan waktu sedikit lebih lama."
)


class PackageEncryptionBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Keamanan paket di drive jaringan"), parent)
        self.option = QCheckBox(tr(OPTION_TEXT))
        self.option.setChecked(False)
        self.explanation = MessageLabel(tr(TRADE_OFF))
        self.passphrase_edit = password_edit()  # hidden from input-method dictionaries too
        self.passphrase_edit.setPlaceholderText(tr("sekurang-kurangnya 12 karakter"))
        self.repeat_edit = password_edit()
        self.rules_label = MessageLabel(tr(PASSPHRASE_RULES))  # marked in the domain
        self.rules_label.setProperty("role", "hint")
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Kata sandi paket:"), self.passphrase_edit)
        form.addRow(tr("Ulangi kata sandi:"), self.repeat_edit)
        form.addRow("", self.rules_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.option)
        layout.addWidget(self.explanation)
        layout.addWidget(self.fields)
        self.option.toggled.connect(self._toggled)
        self._toggled(False)

    def _toggled(self, on: bool) -> None:
        self.fields.setVisible(on)
        if not on:
            self.passphrase_edit.clear()
            self.repeat_edit.clear()

    def encrypted(self) -> bool:
        return self.option.isChecked()

    def problem(self) -> str | None:
        """Why the export cannot start with what is typed (None when off or fine)."""
        if not self.encrypted():
            return None
        error = passphrase_error(self.passphrase_edit.text(), self.repeat_edit.text())
        return user_text(error) if error is not None else None

    def passphrase(self) -> str | None:
        """The package passphrase, or None for a plain package."""
        return self.passphrase_edit.text() if self.encrypted() else None
