"""User accounts: sign-in, passwords, and the Admin's management of accounts.

Passwords never reach the database, the audit trail or the log. Each account's password wraps
the data folder's key in keys.json (storage/keyring.py); the `user_account` row says whose the
account is, whether it may sign in and when it last did. A change touches both: the key ring is
saved last inside the database transaction, so a key ring that cannot be saved rolls the row
back, and a new wrap whose commit then fails is removed again. A replaced or removed wrap cannot
be taken back that way; should that commit fail, the key ring is ahead of the database until an
Admin resets the password (`reset_password` repairs a missing wrap).

The acting Admin is a `SignedIn` (from `sign_in`): its officer's roles are read again from the
database on every call, and its data key wraps the key for a new or reset password.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ppid_desktop.domain.accounts import validate_idle_lock_minutes, validate_new_account, validate_password
from ppid_desktop.domain.enums import ADMIN_ROLE
from ppid_desktop.domain.errors import UserError, ValidationError, ValidationErrors
from ppid_desktop.domain.permissions import Action, is_admin, refusal_error, roles_label
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.services import audit
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.keyring import KeyRing, SignInRefused, normalise_username
from ppid_desktop.storage.models import Office, Officer, OfficerRole, UserAccount, utcnow

ACTION_LABELS = {
    "sign_in": QT_TR_NOOP("Masuk ke aplikasi"),
    "account_create": QT_TR_NOOP("Akun dibuat"),
    "account_password": QT_TR_NOOP("Kata sandi diganti"),
    "account_reset": QT_TR_NOOP("Kata sandi diatur ulang oleh Admin"),
    "account_disable": QT_TR_NOOP("Akun dinonaktifkan"),
    "account_enable": QT_TR_NOOP("Akun diaktifkan kembali"),
    "role_grant": QT_TR_NOOP("Peran diberikan"),
    "role_revoke": QT_TR_NOOP("Peran dicabut"),
    "idle_lock": QT_TR_NOOP("Kunci otomatis diubah"),
}


@dataclass(frozen=True)
class SignedIn:
    """Who is using the application, and the data key their password opened."""

    officer_id: int
    username: str
    name: str
    roles: tuple[str, ...]
    is_admin: bool
    data_key: bytes = field(repr=False)


@dataclass(frozen=True)
class AccountView:
    id: int
    username: str
    officer_id: int
    officer_name: str
    roles: tuple[str, ...]
    active: bool
    created_at: datetime
    password_changed_at: datetime
    last_sign_in_at: datetime | None
    officer_active: bool = True  # False: the officer was deactivated (services/staff.py), so no sign-in

    @property
    def is_admin(self) -> bool:
        return is_admin(self.roles)

    @property
    def roles_text(self) -> str:
        return ", ".join(roles_label([code]) for code in self.roles)


@dataclass(frozen=True)
class OfficerChoice:
    """An active officer who has no account yet (the "Tambah akun" list)."""

    id: int
    name: str
    roles: tuple[str, ...]


# --- reading ---------------------------------------------------------------------------------

def _view(row: UserAccount) -> AccountView:
    return AccountView(
        id=row.id, username=row.username, officer_id=row.officer_id, officer_name=row.officer.name,
        roles=tuple(row.officer.role_codes), active=row.active, created_at=row.created_at,
        password_changed_at=row.password_changed_at, last_sign_in_at=row.last_sign_in_at,
        officer_active=bool(row.officer.active),
    )


def has_accounts(db: Database) -> bool:
    """Whether any account exists (none: the first one is made by `create_first_admin`)."""
    with db.session() as session:
        return _account_count(session) > 0


def list_accounts(db: Database, actor_id: int) -> list[AccountView]:
    """Every account, active first, by user name (Admin only)."""
    with db.session() as session:
        _require_admin(session, actor_id)
        rows = session.scalars(
            select(UserAccount).options(selectinload(UserAccount.officer).selectinload(Officer.roles))
            .order_by(UserAccount.active.desc(), UserAccount.username)
        )
        return [_view(row) for row in rows]


def officers_without_account(db: Database, actor_id: int | None = None) -> list[OfficerChoice]:
    """Active officers who have no account yet, by name. Before the first account exists
    anybody may ask (the set-up picks the first Admin from this list); later only an Admin."""
    with db.session() as session:
        if actor_id is not None or _account_count(session):
            _require_admin(session, actor_id)
        taken = select(UserAccount.officer_id)
        rows = session.scalars(
            select(Officer).where(Officer.active.is_(True), Officer.id.not_in(taken))
            .options(selectinload(Officer.roles)).order_by(Officer.name)
        )
        return [OfficerChoice(row.id, row.name, tuple(row.role_codes)) for row in rows]


def idle_lock_minutes(db: Database) -> int:
    """Minutes without input before the window locks (0: never); 10 before the office is set up."""
    with db.session() as session:
        office = session.get(Office, 1)
        return office.idle_lock_minutes if office is not None else 10


# --- signing in ------------------------------------------------------------------------------

def sign_in(db: Database, keyring: KeyRing, username: str, password: str, now: datetime | None = None) -> SignedIn:
    """Check the password through the key ring and return who signed in, with the data key.
    SignInRefused / SignInDelayed come from the key ring with their own words."""
    data_key = keyring.unlock(username, password, now)
    return confirm_sign_in(db, username, data_key)


def confirm_sign_in(db: Database, username: str, data_key: bytes) -> SignedIn:
    """The second half of `sign_in`, for a start-up that unlocks the key ring first and opens the
    (encrypted) database with the key: the account must exist and be active; its sign-in is
    recorded and audited."""
    name = normalise_username(username)
    with db.session() as session:
        row = session.scalars(select(UserAccount).where(UserAccount.username == name)).first()
        if row is None:
            raise UserError(
                QT_TR_NOOP("Akun \"{name}\" terdaftar di berkas kunci tetapi tidak di basis data ini (mungkin basis data "
                "dipulihkan dari salinan yang lebih lama). Minta Admin membuat ulang akun tersebut."), name=name
            )
        if not row.active or not row.officer.active:
            raise SignInRefused()  # the words of a wrong password: nobody learns that the account exists
        row.last_sign_in_at = utcnow()
        audit.append(session, None, row.officer_id, "sign_in", f"Masuk sebagai \"{name}\"")
        roles = tuple(row.officer.role_codes)
        return SignedIn(row.officer_id, name, row.officer.name, roles, is_admin(roles), data_key)


def check_password(keyring: KeyRing, actor: SignedIn, password: str) -> None:
    """Unlocking a locked window: the signed-in user's own password, with the key ring's delays
    (SignInDelayed); a wrong one raises ValidationErrors on the field "password"."""
    try:
        keyring.unlock(actor.username, password)
    except SignInRefused:
        raise ValidationErrors([ValidationError(
            "password", QT_TR_NOOP("Kata sandi salah. Periksa huruf besar dan kecil (Caps Lock), lalu coba lagi.")
        )]) from None


# --- changes ---------------------------------------------------------------------------------

def _account_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(UserAccount)) or 0


def _officer(session: Session, officer_id: int | None) -> Officer:
    officer = session.get(Officer, officer_id) if officer_id is not None else None
    if officer is None or not officer.active:
        raise UserError(QT_TR_NOOP("Pejabat atau petugas itu tidak ditemukan atau sudah tidak aktif; muat ulang daftarnya."))
    return officer


def require_permission(session: Session, action: Action, actor_id: int | None) -> Officer:
    """The acting officer, or UserError naming the role the action needs (domain/permissions.py).
    An officer who is no longer active acts for nobody."""
    actor = session.get(Officer, actor_id) if actor_id is not None else None
    if actor is not None and not actor.active:
        actor = None
    problem = refusal_error(action, actor.name if actor else None, actor.role_codes if actor else ())
    if problem is not None:
        raise problem
    assert actor is not None
    return actor


def check_allowed(db: Database, action: Action, actor_id: int | None) -> None:
    """UserError naming the missing role unless the officer may do `action` now; for callers
    that check before opening a form (e.g. the share folder settings, kept outside the database)."""
    with db.session() as session:
        require_permission(session, action, actor_id)


def _require_admin(session: Session, actor_id: int | None) -> Officer:
    return require_permission(session, Action.MANAGE_ACCOUNTS, actor_id)


def _account(session: Session, username: str) -> UserAccount:
    name = normalise_username(username)
    row = session.scalars(select(UserAccount).where(UserAccount.username == name)).first()
    if row is None:
        raise UserError(QT_TR_NOOP("Akun \"{name}\" tidak ditemukan; periksa nama penggunanya."), name=name)
    return row


def active_admins(session: Session) -> int:
    return session.scalar(
        select(func.count()).select_from(UserAccount)
        .join(Officer, Officer.id == UserAccount.officer_id)
        .join(OfficerRole, OfficerRole.officer_id == Officer.id)
        .where(UserAccount.active.is_(True), Officer.active.is_(True), OfficerRole.role_code == ADMIN_ROLE)
    ) or 0


@contextmanager
def with_keyring(db: Database, undo: list[Callable[[], None]]) -> Iterator[Session]:
    """A transaction whose key-ring change (made last inside it) is undone when the commit fails."""
    try:
        with db.session() as session:
            yield session
    except BaseException:
        for step in reversed(undo):
            step()
        raise


def _new_account(session: Session, keyring: KeyRing, data_key: bytes, officer: Officer, username: str,
                 password: str, actor_id: int, make_admin: bool, undo: list[Callable[[], None]],
                 wrapped_already: bool = False, repeated: str | None = None) -> UserAccount:
    name = validate_new_account(username, password, repeated)
    if session.scalar(select(UserAccount.id).where(UserAccount.officer_id == officer.id)):
        raise UserError(QT_TR_NOOP("{name} sudah mempunyai akun; satu pejabat atau petugas hanya mempunyai satu akun."), name=officer.name)
    if session.scalar(select(UserAccount.id).where(UserAccount.username == name)) or (keyring.has_account(name) and not wrapped_already):
        raise UserError(QT_TR_NOOP("Nama pengguna \"{name}\" sudah dipakai; pilih nama lain."), name=name)
    if make_admin and ADMIN_ROLE not in officer.role_codes:
        officer.roles.append(OfficerRole(role_code=ADMIN_ROLE))
        audit.append(session, None, actor_id, "role_grant", f"Peran Admin diberikan kepada {officer.name}")
    row = UserAccount(officer_id=officer.id, username=name, active=True)
    session.add(row)
    session.flush()
    audit.append(session, None, actor_id, "account_create", f"Akun \"{name}\" dibuat untuk {officer.name}")
    if not wrapped_already:
        keyring.add_account(name, password, data_key)
        undo.append(lambda: keyring.remove_account(name))
    return row


def create_first_admin(db: Database, keyring: KeyRing, data_key: bytes, officer_id: int, username: str, password: str) -> AccountView:
    """The office's first account, made at set-up: it belongs to an Admin (the officer is given
    the Admin role if they lack it). Refused once any account exists. When the key ring was
    created with this account (KeyRing.create takes the first one), the password must open it."""
    undo: list[Callable[[], None]] = []
    wrapped_already = keyring.has_account(username)
    if wrapped_already and keyring.unlock(username, password) != data_key:
        raise UserError(QT_TR_NOOP("Berkas kunci folder data ini milik data lain; akun pertama tidak dibuat. Hubungi petugas TI."))
    with with_keyring(db, undo) as session:
        if _account_count(session):
            raise UserError(QT_TR_NOOP("Akun pertama sudah dibuat. Akun berikutnya dibuat oleh Admin melalui menu Akun pengguna."))
        officer = _officer(session, officer_id)
        row = _new_account(session, keyring, data_key, officer, username, password, officer.id, True, undo, wrapped_already)
        return _view(row)


def create_account(db: Database, keyring: KeyRing, actor: SignedIn, officer_id: int, username: str, password: str,
                   repeated: str | None = None, *, make_admin: bool = False) -> AccountView:
    """A new account for an officer who has none (Admin only); `make_admin` gives them the Admin role."""
    undo: list[Callable[[], None]] = []
    with with_keyring(db, undo) as session:
        _require_admin(session, actor.officer_id)
        officer = _officer(session, officer_id)
        row = _new_account(session, keyring, actor.data_key, officer, username, password, actor.officer_id, make_admin, undo,
                           repeated=repeated)
        return _view(row)


def change_own_password(db: Database, keyring: KeyRing, actor: SignedIn, old_password: str, new_password: str,
                        repeated: str | None = None) -> None:
    """The signed-in user's new password; the old one is checked through the key ring."""
    validate_password(new_password, actor.username, repeated)
    if new_password == old_password:
        raise ValidationErrors([ValidationError("password", QT_TR_NOOP("Kata sandi baru sama dengan kata sandi lama; pilih kata sandi yang lain."))])
    try:
        data_key = keyring.unlock(actor.username, old_password)
    except SignInRefused:
        raise ValidationErrors([ValidationError(
            "old_password", QT_TR_NOOP("Kata sandi lama salah; ketik kata sandi yang Anda pakai untuk masuk.")
        )]) from None
    with db.session() as session:
        row = _account(session, actor.username)
        row.password_changed_at = utcnow()
        audit.append(session, None, actor.officer_id, "account_password", f"Kata sandi akun \"{row.username}\" diganti oleh pemiliknya")
        keyring.set_password(row.username, new_password, data_key)


def reset_password(db: Database, keyring: KeyRing, actor: SignedIn, username: str, new_password: str,
                   repeated: str | None = None) -> None:
    """An Admin gives an account a new password (its owner forgot it); the data is untouched."""
    with db.session() as session:
        _require_admin(session, actor.officer_id)
        row = _account(session, username)
        if not row.active:
            raise UserError(QT_TR_NOOP("Akun \"{username}\" nonaktif; aktifkan akun itu dengan kata sandi baru."), username=row.username)
        validate_password(new_password, row.username, repeated)
        row.password_changed_at = utcnow()
        audit.append(session, None, actor.officer_id, "account_reset",
                     f"Kata sandi akun \"{row.username}\" ({row.officer.name}) diatur ulang oleh Admin")
        if keyring.has_account(row.username):
            keyring.set_password(row.username, new_password, actor.data_key)
        else:  # its wrap is gone (e.g. a disable whose commit failed): give it a new one
            keyring.add_account(row.username, new_password, actor.data_key)


def disable_account(db: Database, keyring: KeyRing, actor: SignedIn, username: str) -> None:
    """The account can no longer sign in: its wrap of the data key is removed from the key ring.
    The last active Admin cannot be disabled (nobody could manage accounts any more)."""
    with db.session() as session:
        _require_admin(session, actor.officer_id)
        row = _account(session, username)
        if not row.active:
            raise UserError(QT_TR_NOOP("Akun \"{username}\" sudah nonaktif."), username=row.username)
        if ADMIN_ROLE in row.officer.role_codes and active_admins(session) <= 1:
            raise UserError(
                QT_TR_NOOP("Akun \"{username}\" adalah satu-satunya Admin yang aktif dan tidak dapat dinonaktifkan. "
                "Jadikan akun lain Admin terlebih dahulu."), username=row.username
            )
        row.active = False
        audit.append(session, None, actor.officer_id, "account_disable", f"Akun \"{row.username}\" ({row.officer.name}) dinonaktifkan")
        keyring.remove_account(row.username)


def enable_account(db: Database, keyring: KeyRing, actor: SignedIn, username: str, new_password: str,
                   repeated: str | None = None) -> None:
    """A disabled account may sign in again, with a new password (its old wrap was removed)."""
    undo: list[Callable[[], None]] = []
    with with_keyring(db, undo) as session:
        _require_admin(session, actor.officer_id)
        row = _account(session, username)
        if row.active:
            raise UserError(QT_TR_NOOP("Akun \"{username}\" sudah aktif."), username=row.username)
        if not row.officer.active:
            raise UserError(QT_TR_NOOP("{name} sudah tidak aktif sebagai pejabat atau petugas; akunnya tidak dapat diaktifkan."), name=row.officer.name)
        validate_password(new_password, row.username, repeated)
        row.active = True
        row.password_changed_at = utcnow()
        audit.append(session, None, actor.officer_id, "account_enable", f"Akun \"{row.username}\" ({row.officer.name}) diaktifkan kembali")
        name = row.username
        if keyring.has_account(name):  # a wrap left behind by a failed commit: replace it
            keyring.set_password(name, new_password, actor.data_key)
        else:
            keyring.add_account(name, new_password, actor.data_key)
            undo.append(lambda: keyring.remove_account(name))


def set_admin(db: Database, actor: SignedIn, username: str, admin: bool) -> None:
    """Give an account's officer the Admin role, or take it (never from the last active Admin)."""
    with db.session() as session:
        _require_admin(session, actor.officer_id)
        row = _account(session, username)
        officer = row.officer
        held = next((role for role in officer.roles if role.role_code == ADMIN_ROLE), None)
        if admin and held is None:
            officer.roles.append(OfficerRole(role_code=ADMIN_ROLE))
            audit.append(session, None, actor.officer_id, "role_grant", f"Peran Admin diberikan kepada {officer.name}")
        elif not admin and held is not None:
            if row.active and active_admins(session) <= 1:
                raise UserError(QT_TR_NOOP("{name} adalah satu-satunya Admin yang aktif; jadikan akun lain Admin terlebih dahulu."), name=officer.name)
            if row.officer_id == actor.officer_id:  # as in Unit dan pejabat (services/staff.py)
                raise UserError(QT_TR_NOOP("Anda tidak dapat mencabut peran Admin Anda sendiri; minta Admin lain melakukannya."))
            officer.roles.remove(held)
            audit.append(session, None, actor.officer_id, "role_revoke", f"Peran Admin dicabut dari {officer.name}")


def set_idle_lock_minutes(db: Database, actor_id: int, minutes: int) -> int:
    """How many idle minutes lock the window (0: never), set by an Admin."""
    minutes = validate_idle_lock_minutes(minutes)
    with db.session() as session:
        require_permission(session, Action.OFFICE_SETTINGS, actor_id)
        office = session.get(Office, 1)
        if office is None:
            raise UserError(QT_TR_NOOP("Kantor belum disiapkan. Jalankan panduan penyiapan terlebih dahulu."))
        if office.idle_lock_minutes != minutes:
            audit.append(session, None, actor_id, "idle_lock", "Kunci otomatis diubah",
                         {"Kunci otomatis (menit)": (str(office.idle_lock_minutes), str(minutes))})
            office.idle_lock_minutes = minutes
        return minutes
