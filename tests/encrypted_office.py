"""An office as this version makes it: encrypted, with an Admin account (fast key derivation)."""

from __future__ import annotations

from pathlib import Path

from ppid_desktop.storage.crypto import KdfParams
from ppid_desktop.storage.paths import DataPaths

ADMIN_USER = "admin"
ADMIN_PASSWORD = "sandi-kantor-2026"


def encrypted_office(root: Path, sop_code: str = "kalbar-kesra") -> DataPaths:
    """A set-up office in `root`, encrypted; its first officer holds the Admin account. Returns
    the folder unlocked (the key travels in the DataPaths), with its database closed."""
    from ppid_desktop.services import accounts
    from ppid_desktop.services.encryption import NewKeys
    from ppid_desktop.services.office import list_officers
    from ppid_desktop.storage.database import open_database
    from ppid_desktop.storage.keyring import KeyRing
    from tests.conftest import set_up_office

    keys = NewKeys.generate()
    paths = DataPaths(root).unlocked(keys.data_key)
    db = open_database(paths)
    try:
        set_up_office(db, sop_code)
        ring = KeyRing.create(paths, keys.recovery_secret, (ADMIN_USER, ADMIN_PASSWORD), KdfParams.for_tests())
        officer = sorted(list_officers(db), key=lambda o: o.id)[0]
        accounts.create_first_admin(db, ring, keys.data_key, officer.id, ADMIN_USER, ADMIN_PASSWORD)
    finally:
        db.close()
    return paths


def sign_in_automatically(monkeypatch, username: str = ADMIN_USER, password: str = ADMIN_PASSWORD) -> list[str]:
    """Answer the start-up's sign-in dialog with these credentials (through its real attempt, so
    a wrong password fails as it would). Returns the office names the dialog was shown with."""
    from ppid_desktop.ui import sign_in_dialog

    offices: list[str] = []

    def ask(cls, office_name, attempt, username_given="", parent=None, recover=None):
        offices.append(office_name)
        return attempt(username, password)

    monkeypatch.setattr(sign_in_dialog.SignInDialog, "ask", classmethod(ask))
    return offices
