"""The window as a signed-in officer sees it: who acts, what only the Admin may do, the idle lock."""

from __future__ import annotations

import pytest

from ppid_desktop.services import accounts
from ppid_desktop.services.office import list_officers
from ppid_desktop.storage.database import open_database
from ppid_desktop.storage.keyring import KeyRing
from ppid_desktop.ui import lock_screen
from ppid_desktop.ui.main_window import MainWindow
from ppid_desktop.ui.session_controls import UserSession
from ppid_desktop.ui.settings_dialog import SettingsDialog
from tests.encrypted_office import ADMIN_USER, encrypted_office

CLERK = ("siti", "petugas-dokumen-77")


@pytest.fixture
def office(tmp_path):
    """An encrypted office: the Admin (first officer) and a clerk account for the second officer."""
    paths = encrypted_office(tmp_path / "data")
    db = open_database(paths)
    ring = KeyRing.load(paths)
    admin = accounts.confirm_sign_in(db, ADMIN_USER, paths.key)
    clerk = sorted(list_officers(db), key=lambda o: o.id)[1]
    accounts.create_account(db, ring, admin, clerk.id, *CLERK)
    yield db, ring, clerk
    db.close()


def _window(qtbot, db, ring, username) -> MainWindow:
    window = MainWindow(db, session=UserSession(username, ring))
    qtbot.addWidget(window)
    return window


def test_a_clerk_acts_as_themselves_and_cannot_change_the_office_settings(qtbot, office, monkeypatch) -> None:
    db, ring, clerk = office
    window = _window(qtbot, db, ring, CLERK[0])
    assert window.officer_id() == clerk.id
    assert window.session_controls.label.text().strip() == f"Masuk sebagai: {clerk.name}"
    assert not hasattr(window, "officer_combo")  # nobody picks another officer to act as
    assert not window.session_controls.accounts_action.isEnabled()
    assert window.session_controls.password_action.isEnabled() and window.new_action.isEnabled()
    # Pengaturan opens for everyone: the office's pages read-only, this installation's not.
    assert window.settings_action.isEnabled()
    seen: list[tuple[bool, bool]] = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda dialog: seen.append(
        (dialog.profile_page.read_only_note.isHidden(), dialog.language_page.body.isEnabled())) or 0)
    window.settings_action.trigger()
    assert seen == [(False, True)]


def test_the_admin_manages_accounts_and_settings(qtbot, office) -> None:
    db, ring, _clerk = office
    window = _window(qtbot, db, ring, ADMIN_USER)
    assert window.session_controls.is_admin
    for action in (window.settings_action, window.session_controls.accounts_action):
        assert action.isEnabled()


def test_the_idle_lock_set_in_pengaturan_applies_at_once(qtbot, office, monkeypatch) -> None:
    db, ring, _clerk = office
    window = _window(qtbot, db, ring, ADMIN_USER)
    minutes: list[int] = []
    monkeypatch.setattr(window.session_controls.watcher, "set_minutes", minutes.append)

    def lock_after_five(dialog: SettingsDialog) -> int:
        dialog.lock_page.idle_spin.setValue(5)
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", lock_after_five)
    window.settings_action.trigger()
    assert accounts.idle_lock_minutes(db) == 5 and minutes == [5]


def test_a_disabled_account_cannot_work_even_with_the_window_built(qtbot, office, monkeypatch) -> None:
    db, ring, _clerk = office
    admin = accounts.confirm_sign_in(db, ADMIN_USER, db.paths.key)
    accounts.disable_account(db, ring, admin, CLERK[0])
    errors = []
    monkeypatch.setattr("ppid_desktop.ui.messages.show_error", lambda _parent, title, text: errors.append(title))
    window = _window(qtbot, db, ring, CLERK[0])
    window.show()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert errors == ["Tidak dapat masuk"] and window.db is None


def test_the_idle_lock_asks_for_the_password_and_leaving_keeps_the_unsaved_form(qtbot, office, monkeypatch) -> None:
    from ppid_desktop.services.drafts import pending_drafts

    db, ring, _clerk = office
    window = _window(qtbot, db, ring, CLERK[0])
    window.show()
    asked: list[str] = []
    monkeypatch.setattr(lock_screen, "lock_windows", lambda name, username, check, parent=None: asked.append(username) or True)
    window.session_controls.watcher.locked.emit()
    assert asked == [CLERK[0]] and window.isVisible() and not window.session_controls.watcher.is_locked

    editor = window.open_editor(None)
    editor.title_edit.setText("Catatan rapat pimpinan yang belum disimpan")
    monkeypatch.setattr(lock_screen, "lock_windows", lambda name, username, check, parent=None: False)  # "Keluar"
    window.session_controls.watcher.locked.emit()
    assert not window.isVisible()
    assert [saved.draft.title for saved in pending_drafts(db.paths)] == ["Catatan rapat pimpinan yang belum disimpan"]


def test_unlocking_takes_only_the_signed_in_users_password(qtbot, office, monkeypatch) -> None:
    from ppid_desktop.domain.errors import ValidationErrors

    db, ring, _clerk = office
    window = _window(qtbot, db, ring, CLERK[0])
    checks = []

    def try_passwords(name, username, check, parent=None):
        for password in ("sandi-kantor-2026", CLERK[1]):  # the Admin's password does not unlock the clerk's window
            try:
                check(password)
                checks.append((password, "ok"))
                return True
            except ValidationErrors:
                checks.append((password, "salah"))
        return False

    monkeypatch.setattr(lock_screen, "lock_windows", try_passwords)
    window.session_controls.watcher.locked.emit()
    assert checks == [("sandi-kantor-2026", "salah"), (CLERK[1], "ok")]


def test_only_the_admin_may_restore_a_backup(qtbot, office, monkeypatch) -> None:
    from ppid_desktop.services.backups import take_backup
    from ppid_desktop.ui.backup_dialog import BackupDialog

    db, ring, _clerk = office
    take_backup(db.paths, "manual")
    offered = []
    monkeypatch.setattr(BackupDialog, "ask", classmethod(lambda cls, paths, parent=None, may_restore=True: offered.append(may_restore)))
    _window(qtbot, db, ring, CLERK[0]).backup_action.trigger()
    _window(qtbot, db, ring, ADMIN_USER).backup_action.trigger()
    assert offered == [False, True]
    dialog = BackupDialog(db.paths, None, may_restore=False)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled() and dialog.new_button.isEnabled()
