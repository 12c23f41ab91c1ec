"""Who is signed in, in the window: the toolbar label, the Akun menu, the idle lock.

The start-up (ui/sign_in_flow.py) unlocks the data folder with a password before the first
paint; the window then knows the user name only. Once the database layer is attached,
`attach` confirms the account against the database (services/accounts.confirm_sign_in: the
account exists, is active, its sign-in is audited) and from then on every action the window
takes is recorded under the signed-in officer (`officer_id`). The window locks itself after
the idle minutes the Admin set (Sunting > Pengaturan > Kunci layar); only the signed-in user's
password unlocks it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMenuBar

from ppid_desktop.domain.errors import UserError
from ppid_desktop.ui import messages
from ppid_desktop.ui.i18n import tr, user_text

if TYPE_CHECKING:
    from ppid_desktop.services.accounts import SignedIn
    from ppid_desktop.storage.database import Database
    from ppid_desktop.storage.keyring import KeyRing
    from ppid_desktop.ui.lock_screen import IdleWatcher

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UserSession:
    """What the sign-in gave the start-up: the account's name and the key ring it opened."""

    username: str
    keyring: KeyRing


class SessionControls(QObject):
    def __init__(self, window: QMainWindow, session: UserSession, menu_bar: QMenuBar) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.signed: SignedIn | None = None
        self.db: Database | None = None
        self.watcher: IdleWatcher | None = None
        self.label = QLabel(tr(" Masuk sebagai: {name} ").format(name=session.username))
        self.accounts_action = QAction(tr("&Akun pengguna…"), window)
        self.accounts_action.setToolTip(tr("Akun dan peran Admin (khusus Admin)"))
        self.accounts_action.triggered.connect(self.manage_accounts)
        self.password_action = QAction(tr("&Ganti kata sandi…"), window)
        self.password_action.triggered.connect(self.change_password)
        self.lock_action = QAction(tr("&Kunci jendela"), window)
        self.lock_action.setShortcut("Ctrl+L")
        self.lock_action.triggered.connect(self.lock)
        menu = QMenu(tr("A&kun"), menu_bar)
        existing = menu_bar.actions()
        if existing:  # before Bantuan, which stays last
            menu_bar.insertMenu(existing[-1], menu)
        else:
            menu_bar.addMenu(menu)
        for action in (self.password_action, self.lock_action, self.accounts_action):
            menu.addAction(action)
            action.setEnabled(False)

    @property
    def officer_id(self) -> int | None:
        return self.signed.officer_id if self.signed is not None else None

    @property
    def is_admin(self) -> bool:
        return self.signed is not None and self.signed.is_admin

    def attach(self, db: Database) -> bool:
        """Confirm the account against the database; False (after telling the clerk) when it
        may not work here, and the window then closes."""
        from ppid_desktop.services import accounts
        from ppid_desktop.ui.lock_screen import IdleWatcher

        self.db = db
        try:
            self.signed = accounts.confirm_sign_in(db, self.session.username, db.paths.key or b"")
        except UserError as exc:
            messages.show_error(self.window, tr("Tidak dapat masuk"), user_text(exc))
            return False
        self.label.setText(tr(" Masuk sebagai: {name} ").format(name=self.signed.name))
        self.label.setToolTip(tr("Nama pengguna: {username}").format(username=self.signed.username))
        for action in (self.password_action, self.lock_action):
            action.setEnabled(True)
        self.accounts_action.setEnabled(self.signed.is_admin)
        self.watcher = IdleWatcher(accounts.idle_lock_minutes(db), self)
        self.watcher.locked.connect(self.lock)
        return True

    def lock(self) -> None:
        from ppid_desktop.services import accounts
        from ppid_desktop.ui.lock_screen import lock_windows

        signed = self.signed
        if signed is None or self.watcher is None:
            return
        log.info("window locked for %s", signed.username)
        if lock_windows(signed.name, signed.username, lambda password: accounts.check_password(self.session.keyring, signed, password),
                        self.window):
            self.watcher.resume()
            return
        log.info("%s left the application from the lock screen", signed.username)
        self.watcher.stop()
        for editor in list(getattr(self.window, "editors", [])):
            editor.close_keeping_draft()  # no question to whoever is at the keyboard now
        self.window.close()

    def manage_accounts(self) -> None:
        from ppid_desktop.ui.accounts_dialog import AccountsDialog

        if self.db is None or self.signed is None:
            return
        AccountsDialog.ask(self.db, self.session.keyring, self.signed, self.window)

    def reload_idle_lock(self) -> None:
        """Count with the idle minutes now stored (after Pengaturan > Kunci layar was saved)."""
        from ppid_desktop.services import accounts

        if self.db is not None and self.watcher is not None:
            self.watcher.set_minutes(accounts.idle_lock_minutes(self.db))

    def change_password(self) -> None:
        from ppid_desktop.ui.accounts_dialog import ChangePasswordDialog

        if self.db is not None and self.signed is not None and ChangePasswordDialog.ask(self.db, self.session.keyring, self.signed, self.window):
            self.window.statusBar().showMessage(tr("Kata sandi diganti; pakai kata sandi baru saat masuk berikutnya."), 8000)

    def stop(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
