"""Opening a data folder with its recovery key: a new password for an Admin account.

For an office whose Admins have all lost their passwords (the key ring is there) or whose key
file is gone (the database is encrypted, keys.json is not): whoever holds the recovery key may
give one Admin account a new password. Nobody is signed in, so nothing here checks an acting
officer; holding the key is the permission (it opens all the data anyway).

The account row and the audit entry change in one transaction; the key ring is written last
inside it (a new key file, a replaced wrap, or a new wrap where it was missing), so a key ring
that cannot be saved rolls the row back. A new key file or wrap whose commit then fails is
removed again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ppid_desktop.domain.accounts import validate_password
from ppid_desktop.domain.enums import ADMIN_ROLE
from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.services import audit
from ppid_desktop.services.accounts import with_keyring
from ppid_desktop.storage import crypto
from ppid_desktop.storage.crypto import KdfParams
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.keyring import KeyRing, keys_file, normalise_username
from ppid_desktop.storage.models import Officer, OfficerRole, UserAccount, utcnow

RECOVERY_ACTION = "account_recovery"
RECOVERY_LABEL = "Kata sandi Admin diatur ulang dengan kunci pemulihan"


@dataclass(frozen=True)
class AdminAccount:
    username: str
    officer_id: int
    officer_name: str


def admin_accounts(db: Database) -> list[AdminAccount]:
    """Active accounts of active officers holding the Admin role, by user name."""
    with db.session() as session:
        rows = session.scalars(
            select(UserAccount)
            .join(Officer, Officer.id == UserAccount.officer_id)
            .join(OfficerRole, OfficerRole.officer_id == Officer.id)
            .where(UserAccount.active.is_(True), Officer.active.is_(True), OfficerRole.role_code == ADMIN_ROLE)
            .options(selectinload(UserAccount.officer))
            .order_by(UserAccount.username)
        )
        return [AdminAccount(row.username, row.officer_id, row.officer.name) for row in rows]


def reset_admin_password(db: Database, keyring: KeyRing | None, recovery_secret: bytes, username: str,
                         password: str, repeated: str | None = None, *, kdf: KdfParams | None = None) -> KeyRing:
    """Give the Admin account `username` the new `password`, proven by the recovery key's secret
    (crypto.parse_recovery_key). `db` is the database opened with the data key that secret gives.
    Without `keyring` (keys.json is gone) a new key file is made holding this account only; the
    other accounts get theirs back when the Admin resets their passwords. Returns the key ring."""
    data_key = crypto.data_key_from_recovery(recovery_secret)
    if keyring is not None and not keyring.opens(data_key):
        raise UserError(QT_TR_NOOP("Kunci pemulihan ini bukan milik folder data ini. Periksa apakah lembar kunci pemulihan yang "
                        "dipakai milik kantor dan komputer ini."))
    name = normalise_username(username)
    undo: list[Callable[[], None]] = []
    with with_keyring(db, undo) as session:
        row = session.scalars(select(UserAccount).where(UserAccount.username == name)).first()
        officer = row.officer if row is not None else None
        if row is None or officer is None or not row.active or not officer.active or ADMIN_ROLE not in officer.role_codes:
            raise UserError(QT_TR_NOOP("\"{name}\" bukan akun Admin yang aktif. Pilih salah satu akun Admin dari daftar."), name=name)
        validate_password(password, name, repeated)
        row.password_changed_at = utcnow()
        audit.append(session, None, row.officer_id, RECOVERY_ACTION, f"{RECOVERY_LABEL}: akun \"{name}\" ({officer.name})")
        if keyring is None:
            paths = db.paths
            keyring = KeyRing.create(paths, recovery_secret, (name, password), kdf)
            undo.append(lambda: keys_file(paths).unlink(missing_ok=True))
        elif keyring.has_account(name):
            keyring.set_password(name, password, data_key)
        else:  # its wrap is gone (e.g. removed by a disable whose commit failed)
            keyring.add_account(name, password, data_key)
            ring = keyring
            undo.append(lambda: ring.remove_account(name))
    return keyring
