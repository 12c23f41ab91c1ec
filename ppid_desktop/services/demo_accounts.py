"""The demo office as a clerk meets it: encrypted, with one account for each of its officers.

`ppid-desktop demo` makes a new data folder encrypted from the start: the encrypted database and
the office, then the key file with the Admin's account, then the other accounts. Every demo account has the same password, printed by the command and listed in the
README; a real office's passwords are chosen by its people.
"""

from __future__ import annotations

from dataclasses import dataclass

from ppid_desktop.domain.errors import UserError
from ppid_desktop.services import accounts
from ppid_desktop.services.demo import create_demo_office
from ppid_desktop.services.encryption import NewKeys, begin_new_setup, end_new_setup, remove_database_files
from ppid_desktop.services.office import OfficerView, list_officers
from ppid_desktop.storage.crypto import KdfParams
from ppid_desktop.storage.database import open_database
from ppid_desktop.storage.keyring import KeyRing, is_encrypted
from ppid_desktop.storage.paths import DataPaths

DEMO_PASSWORD = "kantor-contoh-2026"
DEMO_ADMIN = "admin"  # the Admin's account, whoever holds it in the demo office


@dataclass(frozen=True)
class DemoAccount:
    username: str
    name: str
    roles_text: str


def demo_username(name: str) -> str:
    """The officer's first name without academic titles: "drg. Hary Agung ..." -> "hary"."""
    words = [word for word in name.split(",")[0].split() if not word.endswith(".")]
    return "".join(ch for ch in (words[0] if words else name).lower() if ch.isalnum())


def _admin(officers: list[OfficerView]) -> OfficerView:
    # The office's computer officer administers the app; without one, the PPID (every demo office has one).
    return next((o for o in officers if "komputer" in o.jabatan.lower()), None) or next(o for o in officers if "ppid" in o.roles)


def create_encrypted_demo(paths: DataPaths, records: int = 40, sop_code: str = "kalbar-kesra",
                          kdf: KdfParams | None = None) -> tuple[str, list[DemoAccount]]:
    """Make the demo office in an empty data folder; returns the summary and its accounts."""
    if is_encrypted(paths) or (paths.database.exists() and paths.database.stat().st_size > 0):
        raise UserError(
            f"Folder data \"{paths.root}\" sudah berisi kantor, sehingga kantor contoh tidak dibuat agar tidak tercampur dengan "
            "data yang ada. "
            "Jalankan perintah demo untuk folder kosong dengan --data-dir, misalnya: ppid-desktop demo --data-dir FOLDER-KOSONG"
        )
    paths.ensure()
    keys = NewKeys.generate()
    unlocked = paths.unlocked(keys.data_key)
    begin_new_setup(paths)  # until the key file exists, as in the set-up wizard
    db = open_database(unlocked)
    try:
        summary = create_demo_office(db, records=records, sop_code=sop_code)
        officers = sorted(list_officers(db), key=lambda o: o.id)
        admin = _admin(officers)
        ring = KeyRing.create(paths, keys.recovery_secret, (DEMO_ADMIN, DEMO_PASSWORD), kdf)
        end_new_setup(paths)
        accounts.create_first_admin(db, ring, keys.data_key, admin.id, DEMO_ADMIN, DEMO_PASSWORD)
        signed = accounts.confirm_sign_in(db, DEMO_ADMIN, keys.data_key)
        for officer in officers:
            if officer.id != admin.id:
                accounts.create_account(db, ring, signed, officer.id, demo_username(officer.name), DEMO_PASSWORD)
        made = [DemoAccount(view.username, view.officer_name, view.roles_text)
                for view in accounts.list_accounts(db, signed.officer_id)]
    except BaseException:
        db.close()
        if not is_encrypted(paths):  # refused before its key file: nothing of it stays
            remove_database_files(paths)
            end_new_setup(paths)
        raise
    db.close()
    return summary, made


def describe_accounts(made: list[DemoAccount]) -> str:
    width = max(len(account.username) for account in made)
    lines = [f"Akun contoh (kata sandi setiap akun: {DEMO_PASSWORD}):"]
    lines += [f"  {account.username:<{width}}  {account.name} ({account.roles_text})" for account in made]
    return "\n".join(lines)
