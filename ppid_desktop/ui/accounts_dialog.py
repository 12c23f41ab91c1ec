"""Akun pengguna: the Admin's list of accounts (add, reset a password, disable, enable, the Admin
role), and the dialog in which anyone changes their own password. The idle lock is set in
Sunting > Pengaturan (ui/settings_pages.py, LockPage).

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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.enums import STANDARD_ROLES
from ppid_desktop.domain.errors import UserError, ValidationErrors
from ppid_desktop.services import accounts
from ppid_desktop.services.accounts import AccountView, OfficerChoice, SignedIn
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.keyring import KeyRing
from ppid_desktop.ui import messages
from ppid_desktop.ui.form_support import FORM_STYLE_SHEET, FieldErrors, field_cell, note_label
from ppid_desktop.ui.formatting import format_when
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr, user_text
from ppid_desktop.ui.sign_in_dialog import password_edit, run_attempt

COLUMNS = (QT_TR_NOOP("Nama pengguna"), QT_TR_NOOP("Pejabat/petugas"), QT_TR_NOOP("Peran"), QT_TR_NOOP("Status"),
           QT_TR_NOOP("Terakhir masuk"))
# Shown as tr(PASSWORD_HINT) here, in the recovery dialog and the set-up wizard. The number is
# written out so that the text is one catalogue entry; it is PASSWORD_MIN (tests/ui/test_accounts_dialog.py checks).
PASSWORD_HINT = QT_TR_NOOP("Paling sedikit 10 karakter, tidak memuat nama pengguna. Kalimat pendek yang mudah "
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
        self.save_button = buttons.addButton(tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            layout.addWidget(note_label("hint", intro))
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        # Only once the button is in the dialog does the dialog keep it as its default: set earlier,
        # Return pressed Batal after the focus had moved (e.g. after a refused Simpan).
        self.save_button.setDefault(True)
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
                self._show_error(user_text(ValidationErrors(unplaced)))
            self._fit()
            return
        except UserError as refused:
            self._show_error(user_text(refused))
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
        super().__init__(tr("Tambah akun"), tr("Setiap pejabat atau petugas mempunyai satu akun. Sampaikan kata "
                         "sandinya secara langsung; pemiliknya dapat menggantinya sesudah masuk."), parent)
        self._create = create
        self.officer_combo = QComboBox()
        for officer in officers:
            self.officer_combo.addItem(officer.name, officer.id)
        self.username_edit = QLineEdit()
        self.username_edit.setPlaceholderText(tr("misalnya siti.rahma"))
        self.password_edit = password_edit()
        self.repeat_edit = password_edit()
        self.admin_box = QCheckBox(tr("Beri peran &Admin"))
        self.add_field("officer", tr("&Pemilik akun:"), self.officer_combo)
        self.add_field("username", tr("&Nama pengguna:"), self.username_edit,
                       tr("3-32 karakter: huruf a-z, angka, titik, garis bawah, tanda hubung."))
        self.add_field("password", tr("&Kata sandi:"), self.password_edit, tr(PASSWORD_HINT))
        self.add_field("password_repeat", tr("&Ulangi kata sandi:"), self.repeat_edit)
        self.form.addRow("", field_cell(self.admin_box, note_label(
            "hint", tr("Admin mengelola akun, unit, pejabat, SOP dan pengaturan kantor."))))

    @classmethod
    def ask(cls, officers: list[OfficerChoice], create: Callable[[int, str, str, str, bool], object],
            parent: QWidget | None = None) -> bool:
        return cls.run(cls(officers, create, parent))

    def submit(self) -> None:
        officer_id = self.officer_combo.currentData()
        if officer_id is None:
            raise UserError(QT_TR_NOOP("Semua pejabat dan petugas aktif sudah mempunyai akun."))
        self._create(officer_id, self.username_edit.text(), self.password_edit.text(), self.repeat_edit.text(),
                     self.admin_box.isChecked())


class NewPasswordDialog(FormDialog):
    """A new password for someone else's account (reset, or enabling a disabled account)."""

    def __init__(self, title: str, intro: str, submit: Callable[[str, str], object], parent: QWidget | None = None) -> None:
        super().__init__(title, intro, parent)
        self._submit = submit
        self.password_edit = password_edit()
        self.repeat_edit = password_edit()
        self.add_field("password", tr("Kata sandi &baru:"), self.password_edit, tr(PASSWORD_HINT))
        self.add_field("password_repeat", tr("&Ulangi kata sandi:"), self.repeat_edit)

    @classmethod
    def ask(cls, title: str, intro: str, submit: Callable[[str, str], object], parent: QWidget | None = None) -> bool:
        return cls.run(cls(title, intro, submit, parent))

    def submit(self) -> None:
        self._submit(self.password_edit.text(), self.repeat_edit.text())


class ChangePasswordDialog(FormDialog):
    """Anyone's own password: the old one, then the new one twice."""

    def __init__(self, db: Database, keyring: KeyRing, actor: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(tr("Ganti kata sandi"), tr("Kata sandi akun {username} ({name}). Data tidak berubah; hanya "
                         "kata sandi untuk masuk yang diganti.").format(username=actor.username, name=actor.name), parent)
        self._db, self._keyring, self._actor = db, keyring, actor
        self.old_edit = password_edit()
        self.password_edit = password_edit()
        self.repeat_edit = password_edit()
        self.add_field("old_password", tr("Kata sandi &lama:"), self.old_edit)
        self.add_field("password", tr("Kata sandi &baru:"), self.password_edit, tr(PASSWORD_HINT))
        self.add_field("password_repeat", tr("&Ulangi kata sandi baru:"), self.repeat_edit)

    @classmethod
    def ask(cls, db: Database, keyring: KeyRing, actor: SignedIn, parent: QWidget | None = None) -> bool:
        return cls.run(cls(db, keyring, actor, parent))

    def submit(self) -> None:
        accounts.change_own_password(self._db, self._keyring, self._actor, self.old_edit.text(),
                                     self.password_edit.text(), self.repeat_edit.text())


def account_state(account: AccountView) -> str:
    if not account.active:
        return tr("Nonaktif")
    if not account.officer_active:  # Sunting > Unit dan pejabat: the officer left, so no sign-in
        return tr("Tidak dapat masuk: pejabat nonaktif")
    return tr("Aktif")


class AccountsDialog(QDialog):
    """Modal, for an Admin: every account, and what may be done with the selected one."""

    def __init__(self, db: Database, keyring: KeyRing, actor: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._keyring, self._actor = db, keyring, actor
        self._rows: list[AccountView] = []
        self.setWindowTitle(tr("Akun pengguna"))
        self.setStyleSheet(FORM_STYLE_SHEET)
        self._init_table()
        self._init_buttons()
        self.message_label = note_label("hint")
        self.error_label = note_label("error")
        for label in (self.message_label, self.error_label):
            label.hide()
        close = QDialogButtonBox()
        close.addButton(tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Setiap pejabat atau petugas masuk dengan akunnya sendiri; setiap tindakan dicatat atas namanya.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(self.button_row)
        layout.addWidget(self.message_label)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        self.resize(820, 480)
        self.reload()

    @classmethod
    def ask(cls, db: Database, keyring: KeyRing, actor: SignedIn, parent: QWidget | None = None) -> None:
        """Show the list; someone who is not (or no longer) an Admin is told so instead."""
        try:
            dialog = cls(db, keyring, actor, parent)
        except UserError as refused:
            messages.show_user_error(parent, refused, tr("Akun pengguna"))
            return
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    # --- building -----------------------------------------------------------------------------

    def _init_table(self) -> None:
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(column) for column in COLUMNS])
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
        self.add_button = QPushButton(tr("Tambah akun…"))
        self.reset_button = QPushButton(tr("Atur ulang kata sandi…"))
        self.active_button = QPushButton(tr("Nonaktifkan"))
        self.admin_button = QPushButton(tr("Jadikan Admin"))
        self.button_row = QHBoxLayout()
        for button, action in ((self.add_button, self.add_account), (self.reset_button, self.reset_password),
                               (self.active_button, self.toggle_active), (self.admin_button, self.toggle_admin)):
            button.setAutoDefault(False)
            button.clicked.connect(action)
            self.button_row.addWidget(button)
        self.button_row.addStretch(1)

    # --- showing ------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        self._rows = accounts.list_accounts(self._db, self._actor.officer_id)
        self.table.setRowCount(len(self._rows))
        for row, account in enumerate(self._rows):
            roles = ", ".join(tr(STANDARD_ROLES.get(code, code)) for code in account.roles)  # AccountView.roles_text, translated
            values = (account.username, account.officer_name, roles, account_state(account),
                      format_when(account.last_sign_in_at) if account.last_sign_in_at else tr("Belum pernah"))
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
            self.active_button.setText(tr("Nonaktifkan") if account.active else tr("Aktifkan…"))
            self.admin_button.setText(tr("Cabut peran Admin") if account.is_admin else tr("Jadikan Admin"))

    def _done(self, text: str, select: str | None = None) -> None:
        self.error_label.hide()
        self.message_label.setText(text)
        self.message_label.show()
        self.reload(select)

    def _refused(self, error: UserError) -> None:
        self.message_label.hide()
        self.error_label.setText(user_text(error))
        self.error_label.show()

    # --- actions ------------------------------------------------------------------------------

    def add_account(self) -> None:
        try:
            officers = accounts.officers_without_account(self._db, self._actor.officer_id)
        except UserError as error:
            self._refused(error)
            return
        if not officers:
            self._refused(UserError(QT_TR_NOOP("Semua pejabat dan petugas aktif sudah mempunyai akun.")))
            return
        created: list[str] = []

        def create(officer_id: int, username: str, password: str, repeated: str, make_admin: bool) -> None:
            view = accounts.create_account(self._db, self._keyring, self._actor, officer_id, username, password,
                                           repeated, make_admin=make_admin)
            created.append(view.username)

        if NewAccountDialog.ask(officers, create, self) and created:
            self._done(tr("Akun \"{username}\" dibuat.").format(username=created[0]), created[0])

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        intro = tr("Kata sandi baru untuk {username} ({name}). Sampaikan secara langsung; pemiliknya sebaiknya "
                   "menggantinya sesudah masuk.").format(username=account.username, name=account.officer_name)
        if NewPasswordDialog.ask(tr("Atur ulang kata sandi"), intro, lambda password, repeated: accounts.reset_password(
                self._db, self._keyring, self._actor, account.username, password, repeated), self):
            self._done(tr("Kata sandi akun \"{username}\" sudah diatur ulang.").format(username=account.username),
                       account.username)

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        if not account.active:
            intro = tr("Akun {username} ({name}) dapat masuk lagi dengan kata sandi baru ini.").format(
                username=account.username, name=account.officer_name)
            if NewPasswordDialog.ask(tr("Aktifkan akun"), intro, lambda password, repeated: accounts.enable_account(
                    self._db, self._keyring, self._actor, account.username, password, repeated), self):
                self._done(tr("Akun \"{username}\" aktif kembali.").format(username=account.username), account.username)
            return
        if not messages.ask_yes_no(self, tr("Nonaktifkan akun"), tr(
                "Nonaktifkan akun {username} ({name})? Akun itu tidak dapat masuk lagi sampai diaktifkan kembali "
                "dengan kata sandi baru. Riwayat tindakannya tetap tersimpan.").format(
                username=account.username, name=account.officer_name)):
            return
        self._run(lambda: accounts.disable_account(self._db, self._keyring, self._actor, account.username),
                  tr("Akun \"{username}\" dinonaktifkan.").format(username=account.username), account.username)

    def toggle_admin(self) -> None:
        account = self.selected()
        if account is None:
            return
        text = (tr("Peran Admin dicabut dari {name}.") if account.is_admin
                else tr("{name} sekarang memegang peran Admin.")).format(name=account.officer_name)
        self._run(lambda: accounts.set_admin(self._db, self._actor, account.username, not account.is_admin), text, account.username)

    def _run(self, action: Callable[[], object], text: str, select: str | None = None) -> None:
        try:
            action()
        except UserError as error:
            self._refused(error)
            return
        self._done(text, select)
