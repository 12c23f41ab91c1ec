"""Akun pengguna: the Admin's list of accounts (add, reset a password, disable, enable, the Admin
role, the idle lock), and the dialog in which anyone changes their own password.

Each form calls one service (services/accounts.py) and shows a refusal under the field it is
about; the list is read again after every change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.accounts import IDLE_LOCK_MAX_MINUTES, PASSWORD_MIN
from ppid_desktop.domain.errors import UserError, ValidationErrors
from ppid_desktop.services import accounts
from ppid_desktop.services.accounts import AccountView, OfficerChoice, SignedIn
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.keyring import KeyRing
from ppid_desktop.ui import messages
from ppid_desktop.ui.form_support import FORM_STYLE_SHEET, FieldErrors, field_cell, note_label
from ppid_desktop.ui.formatting import format_when
from ppid_desktop.ui.sign_in_dialog import password_edit, run_attempt

COLUMNS = ("Nama pengguna", "Pejabat/petugas", "Peran", "Status", "Terakhir masuk")
PASSWORD_HINT = (f"Paling sedikit {PASSWORD_MIN} karakter, tidak memuat nama pengguna. Kalimat pendek yang mudah "
                 "diingat lebih aman daripada kata yang rumit.")


class FormDialog(QDialog):
    """A small form whose "Simpan" runs `submit()`; ValidationErrors go under their fields,
    anything else above the buttons. `done_ok` is True once submit() returned."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.done_ok = False
        self.setWindowTitle(title)
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.fields = FieldErrors()
        self.form = QFormLayout()
        self.error_label = note_label("error")
        self.error_label.hide()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton("Simpan", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton("Batal", QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            layout.addWidget(note_label("hint", intro))
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def add_field(self, key: str, label: str, widget: QWidget, hint: str = "") -> None:
        items: list[QWidget] = [widget] + ([note_label("hint", hint)] if hint else [])
        self.form.addRow(label, field_cell(*items, self.fields.label(key, widget)))

    def submit(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        self.error_label.hide()
        try:
            run_attempt(self.submit)
        except ValidationErrors as refused:
            unplaced = self.fields.show(refused.errors)
            if unplaced:
                self._show_error("\n".join(error.message for error in unplaced))
            self._fit()
            return
        except UserError as refused:
            self._show_error(str(refused))
            return
        self.done_ok = True
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self._fit()

    def _fit(self) -> None:
        """Tall enough for the messages now shown (a wrapped message learns its height only once
        the layout has given it a width)."""
        for _ in range(2):
            self.layout().activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    @staticmethod
    def run(dialog: FormDialog) -> bool:
        """exec() the dialog; True when its form was saved."""
        try:
            dialog.exec()
            return dialog.done_ok
        finally:
            dialog.deleteLater()


class NewAccountDialog(FormDialog):
    def __init__(self, officers: list[OfficerChoice], create: Callable[[int, str, str, str, bool], object],
                 parent: QWidget | None = None) -> None:
        super().__init__("Tambah akun", "Setiap pejabat atau petugas mempunyai satu akun. Sampaikan kata sandinya "
                         "secara langsung; pemiliknya dapat menggantinya sesudah masuk.", parent)
        self._create = create
        self.officer_combo = QComboBox()
        for officer in officers:
            self.officer_combo.addItem(officer.name, officer.id)
        self.username_edit = QLineEdit()
        self.username_edit.setPlaceholderText("misalnya siti.rahma")
        self.password_edit = password_edit()
        self.repeat_edit = password_edit()
        self.admin_box = QCheckBox("Beri peran &Admin")
        self.add_field("officer", "&Pemilik akun:", self.officer_combo)
        self.add_field("username", "&Nama pengguna:", self.username_edit, "3-32 karakter: huruf a-z, angka, titik, garis bawah, tanda hubung.")
        self.add_field("password", "&Kata sandi:", self.password_edit, PASSWORD_HINT)
        self.add_field("password_repeat", "&Ulangi kata sandi:", self.repeat_edit)
        self.form.addRow("", field_cell(self.admin_box, note_label("hint", "Admin mengelola akun, unit, pejabat, SOP dan pengaturan kantor.")))

    @classmethod
    def ask(cls, officers: list[OfficerChoice], create: Callable[[int, str, str, str, bool], object],
            parent: QWidget | None = None) -> bool:
        return cls.run(cls(officers, create, parent))

    def submit(self) -> None:
        officer_id = self.officer_combo.currentData()
        if officer_id is None:
            raise UserError("Semua pejabat dan petugas aktif sudah mempunyai akun.")
        self._create(officer_id, self.username_edit.text(), self.password_edit.text(), self.repeat_edit.text(),
                     self.admin_box.isChecked())


class NewPasswordDialog(FormDialog):
    """A new password for someone else's account (reset, or enabling a disabled account)."""

    def __init__(self, title: str, intro: str, submit: Callable[[str, str], object], parent: QWidget | None = None) -> None:
        super().__init__(title, intro, parent)
        self._submit = submit
        self.password_edit = password_edit()
        self.repeat_edit = password_edit()
        self.add_field("password", "Kata sandi &baru:", self.password_edit, PASSWORD_HINT)
        self.add_field("password_repeat", "&Ulangi kata sandi:", self.repeat_edit)

    @classmethod
    def ask(cls, title: str, intro: str, submit: Callable[[str, str], object], parent: QWidget | None = None) -> bool:
        return cls.run(cls(title, intro, submit, parent))

    def submit(self) -> None:
        self._submit(self.password_edit.text(), self.repeat_edit.text())


class ChangePasswordDialog(FormDialog):
    """Anyone's own password: the old one, then the new one twice."""

    def __init__(self, db: Database, keyring: KeyRing, actor: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__("Ganti kata sandi", f"Kata sandi akun {actor.username} ({actor.name}). Data tidak "
                         "berubah; hanya kata sandi untuk masuk yang diganti.", parent)
        self._db, self._keyring, self._actor = db, keyring, actor
        self.old_edit = password_edit()
        self.password_edit = password_edit()
        self.repeat_edit = password_edit()
        self.add_field("old_password", "Kata sandi &lama:", self.old_edit)
        self.add_field("password", "Kata sandi &baru:", self.password_edit, PASSWORD_HINT)
        self.add_field("password_repeat", "&Ulangi kata sandi baru:", self.repeat_edit)

    @classmethod
    def ask(cls, db: Database, keyring: KeyRing, actor: SignedIn, parent: QWidget | None = None) -> bool:
        return cls.run(cls(db, keyring, actor, parent))

    def submit(self) -> None:
        accounts.change_own_password(self._db, self._keyring, self._actor, self.old_edit.text(),
                                     self.password_edit.text(), self.repeat_edit.text())


class AccountsDialog(QDialog):
    """Modal, for an Admin: every account, and what may be done with the selected one."""

    def __init__(self, db: Database, keyring: KeyRing, actor: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._keyring, self._actor = db, keyring, actor
        self._rows: list[AccountView] = []
        self.setWindowTitle("Akun pengguna")
        self.setStyleSheet(FORM_STYLE_SHEET)
        self._init_table()
        self._init_buttons()
        self._init_idle_lock()
        self.message_label = note_label("hint")
        self.error_label = note_label("error")
        for label in (self.message_label, self.error_label):
            label.hide()
        close = QDialogButtonBox()
        close.addButton("Tutup", QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Setiap pejabat atau petugas masuk dengan akunnya sendiri; setiap tindakan dicatat atas namanya."))
        layout.addWidget(self.table, 1)
        layout.addLayout(self.button_row)
        layout.addWidget(self.message_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.idle_row)
        layout.addWidget(close)
        self.resize(820, 480)
        self.reload()

    @classmethod
    def ask(cls, db: Database, keyring: KeyRing, actor: SignedIn, parent: QWidget | None = None) -> None:
        """Show the list; someone who is not (or no longer) an Admin is told so instead."""
        try:
            dialog = cls(db, keyring, actor, parent)
        except UserError as refused:
            messages.show_user_error(parent, refused, "Akun pengguna")
            return
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    # --- building -----------------------------------------------------------------------------

    def _init_table(self) -> None:
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

    def _init_buttons(self) -> None:
        self.add_button = QPushButton("Tambah akun…")
        self.reset_button = QPushButton("Atur ulang kata sandi…")
        self.active_button = QPushButton("Nonaktifkan")
        self.admin_button = QPushButton("Jadikan Admin")
        self.button_row = QHBoxLayout()
        for button, action in ((self.add_button, self.add_account), (self.reset_button, self.reset_password),
                               (self.active_button, self.toggle_active), (self.admin_button, self.toggle_admin)):
            button.setAutoDefault(False)
            button.clicked.connect(action)
            self.button_row.addWidget(button)
        self.button_row.addStretch(1)

    def _init_idle_lock(self) -> None:
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(0, IDLE_LOCK_MAX_MINUTES)
        self.idle_spin.setSuffix(" menit")
        self.idle_spin.setValue(accounts.idle_lock_minutes(self._db))
        self.idle_button = QPushButton("Simpan")
        self.idle_button.setAutoDefault(False)
        self.idle_button.clicked.connect(self.save_idle_lock)
        self.idle_row = QWidget()
        row = QHBoxLayout(self.idle_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel("Kunci otomatis sesudah tidak dipakai selama"))
        row.addWidget(self.idle_spin)
        row.addWidget(self.idle_button)
        row.addWidget(note_label("hint", "0 menit: tidak pernah dikunci."), 1)

    # --- showing ------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        self._rows = accounts.list_accounts(self._db, self._actor.officer_id)
        self.table.setRowCount(len(self._rows))
        for row, account in enumerate(self._rows):
            values = (account.username, account.officer_name, account.roles_text, "Aktif" if account.active else "Nonaktif",
                      format_when(account.last_sign_in_at) if account.last_sign_in_at else "Belum pernah")
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        wanted = next((i for i, a in enumerate(self._rows) if a.username == select), 0 if self._rows else -1)
        if wanted >= 0:
            self.table.selectRow(wanted)
        self._update_buttons()

    def selected(self) -> AccountView | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.reset_button, self.active_button, self.admin_button):
            button.setEnabled(account is not None)
        if account is not None:
            self.reset_button.setEnabled(account.active)
            self.active_button.setText("Nonaktifkan" if account.active else "Aktifkan…")
            self.admin_button.setText("Cabut peran Admin" if account.is_admin else "Jadikan Admin")

    def _done(self, text: str, select: str | None = None) -> None:
        self.error_label.hide()
        self.message_label.setText(text)
        self.message_label.show()
        self.reload(select)

    def _refused(self, error: UserError) -> None:
        self.message_label.hide()
        self.error_label.setText(str(error))
        self.error_label.show()

    # --- actions ------------------------------------------------------------------------------

    def add_account(self) -> None:
        try:
            officers = accounts.officers_without_account(self._db, self._actor.officer_id)
        except UserError as error:
            self._refused(error)
            return
        if not officers:
            self._refused(UserError("Semua pejabat dan petugas aktif sudah mempunyai akun."))
            return
        created: list[str] = []

        def create(officer_id: int, username: str, password: str, repeated: str, make_admin: bool) -> None:
            view = accounts.create_account(self._db, self._keyring, self._actor, officer_id, username, password,
                                           repeated, make_admin=make_admin)
            created.append(view.username)

        if NewAccountDialog.ask(officers, create, self) and created:
            self._done(f"Akun \"{created[0]}\" dibuat.", created[0])

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        intro = (f"Kata sandi baru untuk {account.username} ({account.officer_name}). Sampaikan secara langsung; "
                 "pemiliknya sebaiknya menggantinya sesudah masuk.")
        if NewPasswordDialog.ask("Atur ulang kata sandi", intro, lambda password, repeated: accounts.reset_password(
                self._db, self._keyring, self._actor, account.username, password, repeated), self):
            self._done(f"Kata sandi akun \"{account.username}\" sudah diatur ulang.", account.username)

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        if not account.active:
            intro = f"Akun {account.username} ({account.officer_name}) dapat masuk lagi dengan kata sandi baru ini."
            if NewPasswordDialog.ask("Aktifkan akun", intro, lambda password, repeated: accounts.enable_account(
                    self._db, self._keyring, self._actor, account.username, password, repeated), self):
                self._done(f"Akun \"{account.username}\" aktif kembali.", account.username)
            return
        if not messages.ask_yes_no(self, "Nonaktifkan akun", (
                f"Nonaktifkan akun {account.username} ({account.officer_name})? Akun itu tidak dapat masuk lagi sampai "
                "diaktifkan kembali dengan kata sandi baru. Riwayat tindakannya tetap tersimpan.")):
            return
        self._run(lambda: accounts.disable_account(self._db, self._keyring, self._actor, account.username),
                  f"Akun \"{account.username}\" dinonaktifkan.", account.username)

    def toggle_admin(self) -> None:
        account = self.selected()
        if account is None:
            return
        text = (f"Peran Admin dicabut dari {account.officer_name}." if account.is_admin
                else f"{account.officer_name} sekarang memegang peran Admin.")
        self._run(lambda: accounts.set_admin(self._db, self._actor, account.username, not account.is_admin), text, account.username)

    def save_idle_lock(self) -> None:
        minutes = self.idle_spin.value()
        text = f"Kunci otomatis: {minutes} menit." if minutes else "Kunci otomatis dimatikan."
        self._run(lambda: accounts.set_idle_lock_minutes(self._db, self._actor.officer_id, minutes), text)

    def _run(self, action: Callable[[], object], text: str, select: str | None = None) -> None:
        try:
            action()
        except UserError as error:
            self._refused(error)
            return
        self._done(text, select)
