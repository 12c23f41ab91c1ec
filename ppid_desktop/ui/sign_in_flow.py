"""Opening the data folder at start: sign in, set up, secure, or recover, before the first paint.

What the folder holds decides the way in (services/encryption.folder_state):
- a key file: the sign-in dialog; the password gives the data key (storage/keyring.py), and a
  conversion a crash interrupted is finished (services/encryption.py);
- nothing yet: a new office; new keys are made here and the set-up wizard writes the key file
  with the Admin's account (ui/app.py runs the wizard on the database opened with them);
- a plain database of an earlier version: the Admin secures it (ui/encrypt_dialog.py);
- an encrypted database whose key file is gone: the recovery key opens it (ui/recovery_dialog.py).

Everything here runs before SQLAlchemy is imported, except the rare ways that need the database
(securing, recovering), so that signing in stays as quick as showing a window.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from ppid_desktop.domain.errors import UserError
from ppid_desktop.services.encryption import (
    NewKeys,
    begin_new_setup,
    discard_unfinished_plain_setup,
    end_new_setup,
    finish_interrupted_encryption,
    folder_state,
)
from ppid_desktop.storage.keyring import PASSWORD_ENV, USER_ENV, KeyRing, normalise_username
from ppid_desktop.storage.paths import DataPaths
from ppid_desktop.ui import messages
from ppid_desktop.ui.i18n import tr, user_text

log = logging.getLogger(__name__)



@dataclass(frozen=True)
class OpenedFolder:
    """The data folder with its key. `username` is None for a new office (`new_keys` set): the
    wizard makes the Admin's account and says its name."""

    paths: DataPaths
    username: str | None
    keyring: KeyRing | None
    new_keys: NewKeys | None = None


def remembered(paths: DataPaths) -> QSettings:
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


def remember_sign_in(paths: DataPaths, username: str, office_name: str) -> None:
    """The sign-in dialog offers the last user name and shows the office's name (both appear on
    every printed register; the key file holds no name of the office)."""
    settings = remembered(paths)
    settings.setValue("sign_in/username", username)
    settings.setValue("sign_in/office", office_name)
    settings.sync()


def open_data_folder(paths: DataPaths) -> OpenedFolder | None:
    """The unlocked folder, or None when the clerk chose to leave or was told why it cannot open."""
    try:
        ring = KeyRing.load(paths)
        if ring is not None:
            return _sign_in(paths, ring)
        state = folder_state(paths)
        if state == "plain" and discard_unfinished_plain_setup(paths):
            state = "new"
        if state == "new":
            keys = NewKeys.generate()
            begin_new_setup(paths)  # until the wizard has written the key file
            return OpenedFolder(paths.unlocked(keys.data_key), None, None, keys)
        if state == "plain":
            from ppid_desktop.ui.encrypt_dialog import EncryptFolderDialog

            secured = EncryptFolderDialog.ask(paths)
            return None if secured is None else OpenedFolder(secured[0], secured[1], KeyRing.load(paths))
        return _recover(paths, None)
    except UserError as exc:
        log.error("the data folder could not be opened: %s", exc)
        messages.show_error(None, tr("Data tidak dapat dibuka"), user_text(exc))
        return None


def _sign_in(paths: DataPaths, ring: KeyRing) -> OpenedFolder | None:
    from ppid_desktop.ui.sign_in_dialog import SignInDialog

    settings = remembered(paths)
    username = str(settings.value("sign_in/username", "") or "")
    office = str(settings.value("sign_in/office", "") or "")

    def attempt(name: str, password: str) -> tuple[str, bytes]:
        return normalise_username(name), ring.unlock(name, password)

    from ppid_desktop.ui.app import EXIT_AFTER_SHOWN_ENV

    # bench/bench_startup.py signs in without typing: honoured only together with the bench's
    # exit-after-shown variable, so the window closes the moment it is shown.
    if os.environ.get(EXIT_AFTER_SHOWN_ENV) and os.environ.get(PASSWORD_ENV) is not None:
        _sign_in_for_bench()
    result = SignInDialog.ask(office, attempt, username, recover=lambda: _recover(paths, ring))
    if result is None:
        return None
    if isinstance(result, OpenedFolder):  # opened with the recovery key
        return result
    name, key = result
    end_new_setup(paths)  # a set-up cut off after its key file was written leaves the mark behind
    opened = OpenedFolder(paths.unlocked(key), name, ring)
    finish_interrupted_encryption(opened.paths, ring)
    return opened


def _recover(paths: DataPaths, ring: KeyRing | None) -> OpenedFolder | None:
    from ppid_desktop.ui.recovery_dialog import RecoveryDialog

    recovered = RecoveryDialog.ask(paths, ring)
    if recovered is None:
        return None
    finish_interrupted_encryption(recovered[0])
    return OpenedFolder(recovered[0], recovered[1], KeyRing.load(paths))


def _sign_in_for_bench() -> None:
    """Fill in and submit the sign-in dialog once it is shown (bench/bench_startup.py)."""
    from ppid_desktop.ui.app import process_age_ms
    from ppid_desktop.ui.sign_in_dialog import SignInDialog

    def submit() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, SignInDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(1, submit)
            return
        print(f"sign-in-shown-ms {process_age_ms():.1f}", flush=True)
        dialog.username_edit.setText(os.environ.get(USER_ENV, ""))
        dialog.password_edit.setText(os.environ.get(PASSWORD_ENV, ""))
        dialog.submit()
        print(f"unlocked-ms {process_age_ms():.1f}", flush=True)

    QTimer.singleShot(0, submit)
