"""A new Admin password through the recovery key: only an Admin account, proven by the key, audited,
and nothing half-written when the key ring or the commit fails."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import select

from ppid_desktop.domain.errors import UserError, ValidationErrors
from ppid_desktop.services import accounts
from ppid_desktop.services.account_recovery import RECOVERY_LABEL, admin_accounts, reset_admin_password
from ppid_desktop.services.encryption import NewKeys
from ppid_desktop.services.office import list_officers
from ppid_desktop.storage import audit_chain
from ppid_desktop.storage.crypto import KdfParams
from ppid_desktop.storage.database import Database, open_database
from ppid_desktop.storage.keyring import KeyRing, SignInRefused, keys_file
from ppid_desktop.storage.models import AuditEntry, UserAccount
from ppid_desktop.storage.paths import DataPaths
from tests.conftest import set_up_office

HARY_PASSWORD = "Khatulistiwa-2025"
SITI_PASSWORD = "Kapuas sungai 1143"
NEW_PASSWORD = "Tugu Khatulistiwa 0 derajat"


@dataclass
class EncryptedOffice:
    paths: DataPaths  # the folder, locked
    keys: NewKeys


def make_encrypted_office(paths: DataPaths) -> EncryptedOffice:
    """An encrypted office as the set-up wizard leaves it, plus a second, ordinary account:
    "hary" (Admin, Atasan PPID) and "siti" (PPID Pelaksana)."""
    keys = NewKeys.generate()
    db = open_database(paths.unlocked(keys.data_key))
    try:
        set_up_office(db)
        officers = {o.name: o.id for o in list_officers(db)}
        ring = KeyRing.create(paths, keys.recovery_secret, ("hary", HARY_PASSWORD), KdfParams.for_tests())
        accounts.create_first_admin(db, ring, keys.data_key, officers["drg. Hary Agung Tjahyadi, M.Kes"], "hary", HARY_PASSWORD)
        hary = accounts.sign_in(db, ring, "hary", HARY_PASSWORD)
        accounts.create_account(db, ring, hary, officers["Siti Rahmawati, S.Sos"], "siti", SITI_PASSWORD)
    finally:
        db.close()
    return EncryptedOffice(paths, keys)


@pytest.fixture
def office(data_paths: DataPaths) -> EncryptedOffice:
    return make_encrypted_office(data_paths)


@pytest.fixture
def unlocked_db(office: EncryptedOffice):
    db = open_database(office.paths.unlocked(office.keys.data_key))
    yield db
    db.close()


def recovery_entries(db: Database) -> list[str]:
    with db.session() as session:
        return [row.summary for row in session.scalars(select(AuditEntry).where(AuditEntry.action == "account_recovery"))]


def changed_at(db: Database, username: str):
    with db.session() as session:
        return session.scalars(select(UserAccount.password_changed_at).where(UserAccount.username == username)).one()


def test_only_active_admin_accounts_are_offered(unlocked_db: Database) -> None:
    assert [(a.username, a.officer_name) for a in admin_accounts(unlocked_db)] == [("hary", "drg. Hary Agung Tjahyadi, M.Kes")]


def test_a_new_password_replaces_the_admins_wrap_and_is_audited(office: EncryptedOffice, unlocked_db: Database) -> None:
    ring = KeyRing.load(office.paths)
    reset_admin_password(unlocked_db, ring, office.keys.recovery_secret, "Hary ", NEW_PASSWORD, NEW_PASSWORD,
                         kdf=KdfParams.for_tests())
    reloaded = KeyRing.load(office.paths)
    assert reloaded.unlock("hary", NEW_PASSWORD) == office.keys.data_key
    with pytest.raises(SignInRefused):
        reloaded.unlock("hary", HARY_PASSWORD)
    assert reloaded.unlock("siti", SITI_PASSWORD) == office.keys.data_key  # other accounts untouched
    assert recovery_entries(unlocked_db) == [f"{RECOVERY_LABEL}: akun \"hary\" (drg. Hary Agung Tjahyadi, M.Kes)"]


def test_without_a_key_file_a_new_one_holds_the_admin_alone(office: EncryptedOffice, unlocked_db: Database) -> None:
    keys_file(office.paths).unlink()
    ring = reset_admin_password(unlocked_db, None, office.keys.recovery_secret, "hary", NEW_PASSWORD,
                                kdf=KdfParams.for_tests())
    assert ring.usernames() == ["hary"]
    assert KeyRing.load(office.paths).unlock_with_recovery(office.keys.recovery_text) == office.keys.data_key
    assert accounts.sign_in(unlocked_db, ring, "hary", NEW_PASSWORD).is_admin


def test_refusals_change_nothing(office: EncryptedOffice, unlocked_db: Database) -> None:
    ring = KeyRing.load(office.paths)
    before = keys_file(office.paths).read_bytes(), changed_at(unlocked_db, "hary")
    with pytest.raises(UserError, match="bukan akun Admin"):
        reset_admin_password(unlocked_db, ring, office.keys.recovery_secret, "siti", NEW_PASSWORD)
    with pytest.raises(UserError, match="bukan milik folder data ini"):
        reset_admin_password(unlocked_db, ring, NewKeys.generate().recovery_secret, "hary", NEW_PASSWORD)
    with pytest.raises(ValidationErrors) as refused:
        reset_admin_password(unlocked_db, ring, office.keys.recovery_secret, "hary", "pendek", "lain")
    assert {e.field for e in refused.value.errors} == {"password", "password_repeat"}
    assert (keys_file(office.paths).read_bytes(), changed_at(unlocked_db, "hary")) == before
    assert recovery_entries(unlocked_db) == []


def test_a_commit_that_fails_removes_the_new_key_file(office: EncryptedOffice, unlocked_db: Database, monkeypatch) -> None:
    keys_file(office.paths).unlink()

    def refuse(connection):
        raise UserError("Basis data penuh. Kosongkan ruang disk, lalu coba lagi.")

    monkeypatch.setattr(audit_chain, "seal", refuse)
    with pytest.raises(UserError, match="Basis data penuh"):
        reset_admin_password(unlocked_db, None, office.keys.recovery_secret, "hary", NEW_PASSWORD, kdf=KdfParams.for_tests())
    assert not keys_file(office.paths).exists()
    assert recovery_entries(unlocked_db) == []
