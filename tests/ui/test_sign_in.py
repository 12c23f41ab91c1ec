"""Sign-in at start, the idle lock and the unlock dialog, driven through real widgets and services."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QTableWidget

from ppid_desktop.services import accounts
from ppid_desktop.services.accounts import SignedIn
from ppid_desktop.services.office import list_officers
from ppid_desktop.storage.crypto import data_key_from_recovery
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.keyring import KdfParams, KeyRing
from ppid_desktop.ui import lock_screen
from ppid_desktop.ui.lock_screen import IdleWatcher, LockCover, UnlockDialog, lock_windows
from ppid_desktop.ui.sign_in_dialog import SignInDialog

PASSWORD = "Khatulistiwa-2025"
RECOVERY = os.urandom(32)


@pytest.fixture
def keyring(office_db: Database) -> KeyRing:
    ring = KeyRing.create(office_db.paths, RECOVERY, ("hary", PASSWORD), KdfParams.for_tests())
    hary = next(o.id for o in list_officers(office_db) if "atasan_ppid" in o.roles)
    accounts.create_first_admin(office_db, ring, data_key_from_recovery(RECOVERY), hary, "hary", PASSWORD)
    return ring


@pytest.fixture
def dialog(qtbot, office_db: Database, keyring: KeyRing) -> SignInDialog:
    widget = SignInDialog("BIRO KESEJAHTERAAN RAKYAT", lambda u, p: accounts.sign_in(office_db, keyring, u, p))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_right_password_signs_in_and_hands_back_who_signed_in(dialog: SignInDialog) -> None:
    dialog.username_edit.setText("Hary")
    dialog.password_edit.setText(PASSWORD)
    dialog.sign_in_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    signed = dialog.result_value
    assert isinstance(signed, SignedIn) and signed.username == "hary" and signed.is_admin
    assert signed.data_key == data_key_from_recovery(RECOVERY)


def test_a_wrong_password_is_explained_in_the_dialog_which_stays_open(dialog: SignInDialog) -> None:
    dialog.username_edit.setText("hary")
    dialog.password_edit.setText("bukan-kata-sandinya")
    dialog.sign_in_button.click()
    assert dialog.isVisible() and dialog.result_value is None
    assert dialog.error_label.isVisible() and dialog.error_label.text().startswith("Nama pengguna atau kata sandi salah.")
    assert dialog.password_edit.text() == "" and dialog.username_edit.text() == "hary"


def test_empty_fields_are_asked_for_without_counting_a_failure(dialog: SignInDialog, keyring: KeyRing) -> None:
    dialog.sign_in_button.click()
    assert dialog.error_label.text() == "Isi nama pengguna dan kata sandi."
    assert keyring.wait_seconds() == 0


def test_after_repeated_failures_masuk_waits_for_the_countdown(dialog: SignInDialog) -> None:
    dialog.username_edit.setText("hary")
    for _ in range(3):
        dialog.password_edit.setText("salah-salah-salah")
        dialog.sign_in_button.click()
    dialog.password_edit.setText(PASSWORD)
    dialog.sign_in_button.click()  # the key ring now makes the next try wait
    seconds = dialog.countdown.left
    assert seconds > 0 and not dialog.sign_in_button.isEnabled()
    assert dialog.wait_label.isVisible() and f"Coba lagi dalam {seconds} detik" in dialog.wait_label.text()
    assert not dialog.error_label.isVisible()
    for _ in range(seconds):
        dialog.countdown.tick()
    assert dialog.sign_in_button.isEnabled() and not dialog.wait_label.isVisible()


def test_forgot_password_explains_the_admin_and_the_recovery_key(dialog: SignInDialog) -> None:
    assert not dialog.forgot_label.isVisible()
    dialog.forgot_button.click()
    assert dialog.forgot_label.isVisible()
    assert "Admin" in dialog.forgot_label.text() and "kunci pemulihan" in dialog.forgot_label.text()


def test_keluar_returns_nothing(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(SignInDialog, "exec", lambda self: self.quit_button.click() or 0)
    assert SignInDialog.ask("Kantor", lambda u, p: pytest.fail("no sign-in was tried")) is None


# --- the idle lock -----------------------------------------------------------------------------

class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_window_locks_after_the_idle_minutes_and_input_restarts_the_count(qtbot) -> None:
    clock = Clock()
    table = QTableWidget(3, 3)
    qtbot.addWidget(table)
    table.show()
    watcher = IdleWatcher(2, clock=clock)
    locks: list[bool] = []
    watcher.locked.connect(lambda: locks.append(True))
    try:
        clock.now += 119
        watcher.check()
        qtbot.keyClick(table, Qt.Key.Key_Down)  # user input: the count starts again
        clock.now += 119
        watcher.check()
        assert locks == []
        clock.now += 1
        watcher.check()
        assert locks == [True] and watcher.is_locked
        qtbot.keyClick(table, Qt.Key.Key_Down)  # typing while locked does not unlock or re-lock
        clock.now += 600
        watcher.check()
        assert locks == [True]
        watcher.resume()
        assert watcher.idle_seconds() == 0 and not watcher.is_locked
        watcher.set_minutes(0)  # the Admin turned the lock off
        clock.now += 10_000
        watcher.check()
        assert locks == [True]
    finally:
        watcher.stop()


def test_the_unlock_dialog_takes_only_the_signed_in_users_password(qtbot, office_db: Database, keyring: KeyRing) -> None:
    signed = accounts.sign_in(office_db, keyring, "hary", PASSWORD)
    dialog = UnlockDialog(signed.name, signed.username, lambda password: accounts.check_password(keyring, signed, password))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password_edit.setText("bukan-kata-sandinya")
    dialog.unlock_button.click()
    assert dialog.isVisible() and dialog.error_label.text().startswith("Kata sandi salah.")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible() and not dialog.unlocked  # neither Escape nor the close button unlocks
    dialog.password_edit.setText(PASSWORD)
    dialog.unlock_button.click()
    assert dialog.unlocked and dialog.result() == QDialog.DialogCode.Accepted


def test_leaving_from_the_lock_is_reported_as_not_unlocked(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(UnlockDialog, "exec", lambda self: self.quit_button.click() or 0)
    assert UnlockDialog.ask("Siti", "siti.rahma", lambda password: None) is False


def test_every_open_window_is_covered_while_locked(qtbot, monkeypatch) -> None:
    window = QMainWindow()
    window.setCentralWidget(QTableWidget(3, 3))
    qtbot.addWidget(window)
    window.show()
    seen: list[bool] = []

    def ask(cls, name, username, check, parent=None):
        covers = window.findChildren(LockCover)
        seen.append(len(covers) == 1 and covers[0].isVisible() and covers[0].geometry() == window.rect())
        return True

    monkeypatch.setattr(lock_screen.UnlockDialog, "ask", classmethod(ask))
    assert lock_windows("Siti", "siti.rahma", lambda password: None) is True
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert seen == [True] and window.findChildren(LockCover) == []


def test_enter_on_an_empty_lock_screen_is_not_a_failed_try(qtbot) -> None:
    """Waking the screen with Enter must not count against the office's shared failure count."""
    from ppid_desktop.ui.lock_screen import UnlockDialog

    tried: list[str] = []
    dialog = UnlockDialog("Siti Rahmawati, S.Sos", "siti", tried.append)
    qtbot.addWidget(dialog)
    dialog.submit()
    assert tried == [] and not dialog.unlocked
