"""Opening the data with the recovery key: for an Admin who lost every password (the key ring is
there) or a folder whose key file is gone (the database is encrypted, keys.json is not).

Two steps. (1) The recovery key, as printed on its sheet: a mistyped key and a key of another
folder are told apart (storage/keyring.py's RecoveryRefused words); without a key file the key
must also open the database. (2) One of the database's Admin accounts and a new password, twice;
services/account_recovery.reset_admin_password writes it (a new key file when it was gone) and
audits it. The dialog returns the unlocked folder and the user name; the caller signs in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.errors import UserError, ValidationError, ValidationErrors
from ppid_desktop.services.account_recovery import AdminAccount, admin_accounts, reset_admin_password
from ppid_desktop.services.encryption import finish_interrupted_encryption
from ppid_desktop.storage import crypto
from ppid_desktop.storage.crypto import KdfParams
from ppid_desktop.storage.database import Database, open_database, verify_database_file
from ppid_desktop.storage.keyring import KeyRing, RecoveryRefused, data_key_from_recovery_text
from ppid_desktop.storage.paths import DataPaths
from ppid_desktop.ui.accounts_dialog import PASSWORD_HINT
from ppid_desktop.ui.form_support import (
    FORM_STYLE_SHEET,
    FieldErrors,
    MessageLabel,
    align_labels,
    field_cell,
    note_label,
)
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr, user_text
from ppid_desktop.ui.recovery_key_panel import key_font
from ppid_desktop.ui.sign_in_dialog import password_edit, run_attempt

LOST_PASSWORDS_TEXT = QT_TR_NOOP(
    "Gunakan kunci pemulihan bila tidak ada Admin yang ingat kata sandinya. Kunci itu tercetak pada lembar kunci "
    "pemulihan yang disimpan ketika data kantor dienkripsi. Sesudah kunci diperiksa, tetapkan kata sandi baru "
    "untuk salah satu akun Admin."
)
LOST_KEY_FILE_TEXT = QT_TR_NOOP(
    "Berkas kunci (keys.json) tidak ada di folder data \"{root}\", sehingga tidak ada akun yang dapat masuk. Data "
    "tetap dapat dibuka dengan kunci pemulihan yang tercetak pada lembar kunci pemulihan. Sesudah kunci diperiksa, "
    "tetapkan kata sandi baru untuk akun Admin; akun lain diberi kata sandi baru oleh Admin melalui menu Akun "
    "pengguna.\n\nBila folder ini dibuat oleh versi PPID Desktop sebelumnya dan belum pernah dienkripsi, basis datanya "
    "rusak: pulihkan dari salinan cadangan dengan perintah \"ppid-desktop restore\" (daftar cadangan: \"ppid-desktop "
    "backup --list\"), lalu buka aplikasi lagi."
)
WRONG_DATABASE = QT_TR_NOOP("Kunci pemulihan ini tidak membuka basis data di folder ini. Periksa apakah lembar "
                            "kunci pemulihan yang dipakai milik kantor dan komputer ini.")
NO_ADMIN = QT_TR_NOOP("Basis data ini tidak mempunyai akun Admin yang aktif, sehingga kata sandi tidak dapat diatur "
                      "ulang di sini. Hubungi petugas TI.")


def open_with_recovery(paths: DataPaths, keyring: KeyRing | None, text: str) -> tuple[DataPaths, bytes]:
    """The folder unlocked by the typed recovery key, and the key's secret. RecoveryRefused when
    the key is mistyped, belongs to another folder or (without a key file) does not open the
    database."""
    data_key = keyring.unlock_with_recovery(text) if keyring is not None else data_key_from_recovery_text(text)
    secret = crypto.parse_recovery_key(text)
    assert secret is not None  # the key ring or the parse above refused a text that is not a key
    unlocked = paths.unlocked(data_key)
    if keyring is None:
        if not paths.database.exists():
            raise UserError(QT_TR_NOOP("Folder data \"{root}\" tidak berisi basis data PPID Desktop. Periksa folder "
                                       "data yang dipilih."), root=str(paths.root))
        if verify_database_file(paths.database, unlocked.key_pragma) is not None:
            raise RecoveryRefused(WRONG_DATABASE)
    return unlocked, secret


class RecoveryDialog(QDialog):
    """Modal. `result_value` is (the unlocked folder, the Admin's user name) once the new
    password is written."""

    def __init__(self, paths: DataPaths, keyring: KeyRing | None, parent: QWidget | None = None, *,
                 kdf: KdfParams | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.keyring = keyring
        self.kdf = kdf
        self.result_value: tuple[DataPaths, str] | None = None
        self.unlocked: DataPaths | None = None
        self.db: Database | None = None
        self._secret = b""
        self.setWindowTitle(tr("Buka data dengan kunci pemulihan - PPID Desktop"))
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.setMinimumWidth(640)
        self.errors = FieldErrors()
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.Bold)
        self.title_label.setFont(font)
        self.pages = QStackedWidget()
        self._init_key_page()
        self._init_account_page()
        self.error_label = note_label("error")
        self.error_label.hide()
        self.check_button = QPushButton(tr("Periksa kunci"))
        self.check_button.clicked.connect(self.check_key)
        self.save_button = QPushButton(tr("Simpan dan buka data"))
        self.save_button.clicked.connect(self.save)
        self.quit_button = QPushButton(tr("Keluar"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.check_button, self.save_button, self.quit_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.pages)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._show_page(0)

    def _init_key_page(self) -> None:
        page = QWidget()
        if self.keyring is not None:
            intro = tr(LOST_PASSWORDS_TEXT)
        else:
            intro = tr(LOST_KEY_FILE_TEXT).format(root=self.paths.root)
        self.key_edit = QLineEdit()
        self.key_edit.setFont(key_font(1.15))
        # The whole key (69 characters with its dashes) in view, so it can be checked against the sheet.
        self.key_edit.setMinimumWidth(self.key_edit.fontMetrics().horizontalAdvance("W" * 71) + 16)
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.key_edit.setMaxLength(120)
        self.key_edit.setAccessibleName(tr("Kunci pemulihan"))
        self.key_edit.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhPreferUppercase)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro_label = MessageLabel(intro)
        layout.addWidget(self.intro_label)
        layout.addSpacing(6)
        label = QLabel(tr("&Kunci pemulihan (56 huruf dan angka; tanda hubung boleh dilewati):"))
        label.setBuddy(self.key_edit)
        layout.addWidget(label)
        layout.addWidget(field_cell(self.key_edit, self.errors.label("recovery_key", self.key_edit)))
        self.pages.addWidget(page)

    def _init_account_page(self) -> None:
        page = QWidget()
        self.account_combo = QComboBox()
        self.password_edit = password_edit()
        self.repeat_edit = password_edit()
        e = self.errors
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("&Akun Admin:"), field_cell(self.account_combo, e.label("username", self.account_combo)))
        form.addRow(tr("Kata sandi &baru:"), field_cell(self.password_edit, note_label("hint", tr(PASSWORD_HINT)),
                                                         e.label("password", self.password_edit)))
        form.addRow(tr("&Ulangi kata sandi:"),
                    field_cell(self.repeat_edit, e.label("password_repeat", self.repeat_edit)))
        align_labels(form)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(MessageLabel(tr("Kunci pemulihan benar. Pilih akun Admin dan tetapkan kata sandi barunya; "
                                         "data kantor tidak berubah, dan penggantian ini dicatat dalam jejak audit.")))
        layout.addSpacing(6)
        layout.addLayout(form)
        self.pages.addWidget(page)

    @classmethod
    def ask(cls, paths: DataPaths, keyring: KeyRing | None, parent: QWidget | None = None, *,
            kdf: KdfParams | None = None) -> tuple[DataPaths, str] | None:
        """(The unlocked folder, the Admin's user name), or None when the clerk chose "Keluar"."""
        dialog = cls(paths, keyring, parent, kdf=kdf)
        try:
            dialog.exec()
            return dialog.result_value
        finally:
            dialog.deleteLater()

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.title_label.setText((tr("Buka data dengan kunci pemulihan"), tr("Kata sandi baru untuk Admin"))[index])
        self.check_button.setVisible(index == 0)
        self.save_button.setVisible(index == 1)
        (self.check_button, self.save_button)[index].setDefault(True)
        (self.key_edit, self.password_edit)[index].setFocus()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def check_key(self) -> None:
        """Step 1: check the key, open the database with it and list its Admin accounts."""
        self.error_label.hide()
        if not self.key_edit.text().strip():
            self.errors.show([ValidationError("recovery_key", tr("Ketik kunci pemulihan dari lembar kunci pemulihan."))])
            return
        try:
            self.unlocked, self._secret = run_attempt(lambda: open_with_recovery(self.paths, self.keyring, self.key_edit.text()))
        except RecoveryRefused as refused:
            self.errors.show([ValidationError("recovery_key", user_text(refused))])
            return
        except UserError as refused:
            self._show_error(user_text(refused))
            return
        try:
            admins = run_attempt(self._open_database)
        except UserError as refused:
            self._show_error(user_text(refused))
            return
        if not admins:
            self._close_database()
            self._show_error(tr(NO_ADMIN))
            return
        self.account_combo.clear()
        for admin in admins:
            self.account_combo.addItem(f"{admin.username} ({admin.officer_name})", admin.username)
        self._show_page(1)

    def _open_database(self) -> list[AdminAccount]:
        assert self.unlocked is not None
        # A conversion a crash interrupted is finished first: its database may not be in place yet.
        finish_interrupted_encryption(self.unlocked)
        self.db = open_database(self.unlocked)
        return admin_accounts(self.db)

    def save(self) -> None:
        """Step 2: the new password (key ring and audit), then done."""
        assert self.db is not None and self.unlocked is not None
        self.error_label.hide()
        username = self.account_combo.currentData()

        def write() -> KeyRing:
            return reset_admin_password(self.db, self.keyring, self._secret, username,  # type: ignore[arg-type]
                                        self.password_edit.text(), self.repeat_edit.text(), kdf=self.kdf)

        try:
            self.keyring = run_attempt(write)
        except ValidationErrors as refused:
            unplaced = self.errors.show(refused.errors)
            if unplaced:
                self._show_error("\n".join(user_text(error) for error in unplaced))
            return
        except UserError as refused:
            self._show_error(user_text(refused))
            return
        self._close_database()
        self.result_value = (self.unlocked, username)
        self.accept()

    def _close_database(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

    def done(self, result: int) -> None:
        self._close_database()
        super().done(result)
