"""Accounts: the first Admin, sign-in, passwords, disabling, and the Admin-only operations."""

from __future__ import annotations

import json
import os
from datetime import date

import pytest

from ppid_desktop.domain.errors import UserError, ValidationErrors
from ppid_desktop.domain.office import UnitDraft
from ppid_desktop.services import accounts, determination
from ppid_desktop.services.accounts import SignedIn
from ppid_desktop.services.office import (
    OfficeSettings,
    add_holiday,
    add_unit,
    get_office_settings,
    list_officers,
    list_units,
    save_office_settings,
)
from ppid_desktop.storage import audit_chain
from ppid_desktop.storage.crypto import data_key_from_recovery
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.keyring import KdfParams, KeyRing, SignInDelayed, SignInRefused, keys_file
from tests.conftest import make_record

ADMIN_PASSWORD = "Khatulistiwa-2025"
SITI_PASSWORD = "Kapuas sungai 1143"
RECOVERY_KEY = os.urandom(32)
DATA_KEY = data_key_from_recovery(RECOVERY_KEY)


@pytest.fixture
def keyring(office_db: Database) -> KeyRing:
    """The key ring as set-up makes it: with the first account, Hary's."""
    return KeyRing.create(office_db.paths, RECOVERY_KEY, ("hary", ADMIN_PASSWORD), KdfParams.for_tests())


def officer_id(db: Database, role: str) -> int:
    return next(o.id for o in list_officers(db) if role in o.roles)


@pytest.fixture
def admin(office_db: Database, keyring: KeyRing) -> SignedIn:
    """Hary (Atasan PPID) made the first Admin, signed in."""
    accounts.create_first_admin(office_db, keyring, DATA_KEY, officer_id(office_db, "atasan_ppid"), "hary", ADMIN_PASSWORD)
    return accounts.sign_in(office_db, keyring, "hary", ADMIN_PASSWORD)


@pytest.fixture
def siti(office_db: Database, keyring: KeyRing, admin: SignedIn) -> SignedIn:
    accounts.create_account(office_db, keyring, admin, officer_id(office_db, "ppid_pelaksana"), "siti.rahma", SITI_PASSWORD)
    return accounts.sign_in(office_db, keyring, "siti.rahma", SITI_PASSWORD)


def trail(db: Database) -> list[tuple[str, str, str]]:
    with db.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql("SELECT action, summary, changes FROM audit_entry WHERE record_id IS NULL ORDER BY id")]


def test_the_first_account_is_an_admin_and_signs_in_with_the_data_key(office_db: Database, keyring: KeyRing) -> None:
    assert not accounts.has_accounts(office_db)
    hary = officer_id(office_db, "atasan_ppid")
    assert {o.id for o in accounts.officers_without_account(office_db)} == {hary, officer_id(office_db, "ppid_pelaksana")}
    with pytest.raises(SignInRefused):  # the key ring was made with Hary's password: another does not open it
        accounts.create_first_admin(office_db, keyring, DATA_KEY, hary, "hary", "Lain-kata-sandi-9")
    view = accounts.create_first_admin(office_db, keyring, DATA_KEY, hary, "  Hary ", ADMIN_PASSWORD)
    assert view.username == "hary" and view.is_admin and view.active and view.last_sign_in_at is None
    assert keyring.usernames() == ["hary"]
    with pytest.raises(UserError, match="Akun pertama sudah dibuat"):
        accounts.create_first_admin(office_db, keyring, DATA_KEY, officer_id(office_db, "ppid_pelaksana"), "siti", SITI_PASSWORD)

    signed = accounts.sign_in(office_db, keyring, "HARY", ADMIN_PASSWORD)
    assert (signed.officer_id, signed.username, signed.is_admin, signed.data_key) == (hary, "hary", True, DATA_KEY)
    assert "admin" in signed.roles and "atasan_ppid" in signed.roles and signed.name.startswith("drg. Hary")
    assert DATA_KEY.hex() not in repr(signed)
    listed = accounts.list_accounts(office_db, hary)
    assert [a.username for a in listed] == ["hary"] and listed[0].last_sign_in_at is not None
    assert listed[0].roles_text == "Admin, Atasan PPID"
    assert [action for action, _, _ in trail(office_db)] == ["role_grant", "account_create", "sign_in"]


def test_a_wrong_password_or_unknown_name_is_refused_alike_and_repeated_failures_must_wait(office_db, keyring, admin) -> None:
    for name, password in (("hary", "bukan-kata-sandinya"), ("tidak.ada", ADMIN_PASSWORD)):
        with pytest.raises(SignInRefused) as refused:
            accounts.sign_in(office_db, keyring, name, password)
        assert str(refused.value).startswith("Nama pengguna atau kata sandi salah.")
    with pytest.raises(SignInRefused):
        accounts.sign_in(office_db, keyring, "hary", "salah-lagi-kali-ini")
    with pytest.raises(SignInDelayed) as delayed:
        accounts.sign_in(office_db, keyring, "hary", ADMIN_PASSWORD)
    assert delayed.value.seconds > 0 and "Tunggu" in str(delayed.value)


def test_an_admin_adds_an_account_and_others_may_not(office_db: Database, keyring: KeyRing, admin: SignedIn, siti: SignedIn) -> None:
    assert siti.roles == ("petugas_dokumentasi", "ppid_pelaksana") and not siti.is_admin
    assert accounts.officers_without_account(office_db, admin.officer_id) == []
    with pytest.raises(UserError, match="Siti Rahmawati, S.Sos tidak berwenang mengelola akun pengguna. Hanya Admin"):
        accounts.list_accounts(office_db, siti.officer_id)
    with pytest.raises(UserError, match="Hanya Admin"):
        accounts.reset_password(office_db, keyring, siti, "hary", "Sembarang-sandi-1")
    with pytest.raises(UserError, match="Hanya Admin"):
        accounts.officers_without_account(office_db, siti.officer_id)
    assert accounts.sign_in(office_db, keyring, "hary", ADMIN_PASSWORD).is_admin  # nothing changed


def test_a_refused_account_leaves_neither_a_row_nor_a_wrap(office_db: Database, keyring: KeyRing, admin: SignedIn) -> None:
    siti = officer_id(office_db, "ppid_pelaksana")
    before = trail(office_db)
    with pytest.raises(ValidationErrors) as weak:
        accounts.create_account(office_db, keyring, admin, siti, "siti", "siti-12345678")
    assert weak.value.fields() == ["password"]
    with pytest.raises(UserError, match="sudah dipakai"):
        accounts.create_account(office_db, keyring, admin, siti, "Hary", SITI_PASSWORD)
    with pytest.raises(UserError, match="sudah mempunyai akun"):
        accounts.create_account(office_db, keyring, admin, admin.officer_id, "hary2", SITI_PASSWORD)
    with pytest.raises(ValidationErrors, match="hapus atau ganti spasi"):
        accounts.create_account(office_db, keyring, admin, siti, "siti rahma", SITI_PASSWORD)
    assert keyring.usernames() == ["hary"] and trail(office_db) == before
    assert [a.username for a in accounts.list_accounts(office_db, admin.officer_id)] == ["hary"]


def test_a_key_ring_that_cannot_be_saved_rolls_the_new_account_back(office_db, keyring, admin, monkeypatch) -> None:
    def disk_full(*args, **kwargs):
        raise UserError("Berkas kunci tidak dapat disimpan (disk penuh).")

    monkeypatch.setattr(keyring, "add_account", disk_full)
    with pytest.raises(UserError, match="disk penuh"):
        accounts.create_account(office_db, keyring, admin, officer_id(office_db, "ppid_pelaksana"), "siti", SITI_PASSWORD)
    assert [a.username for a in accounts.list_accounts(office_db, admin.officer_id)] == ["hary"]


def test_a_commit_that_fails_after_the_wrap_was_saved_takes_the_wrap_away(office_db, keyring, admin, monkeypatch) -> None:
    def broken_seal(connection):
        raise RuntimeError("listrik padam")

    monkeypatch.setattr(audit_chain, "seal", broken_seal)
    with pytest.raises(RuntimeError):
        accounts.create_account(office_db, keyring, admin, officer_id(office_db, "ppid_pelaksana"), "siti", SITI_PASSWORD)
    monkeypatch.undo()
    assert KeyRing.load(office_db.paths).usernames() == ["hary"]
    assert [a.username for a in accounts.list_accounts(office_db, admin.officer_id)] == ["hary"]


def test_changing_ones_own_password_checks_the_old_one(office_db: Database, keyring: KeyRing, siti: SignedIn) -> None:
    new = "Jembatan Kapuas 2026"
    with pytest.raises(ValidationErrors) as wrong:
        accounts.change_own_password(office_db, keyring, siti, "bukan-sandi-lama", new, new)
    assert wrong.value.fields() == ["old_password"]
    with pytest.raises(ValidationErrors) as mismatch:
        accounts.change_own_password(office_db, keyring, siti, SITI_PASSWORD, new, new + "!")
    assert mismatch.value.fields() == ["password_repeat"]
    with pytest.raises(ValidationErrors, match="sama dengan kata sandi lama"):
        accounts.change_own_password(office_db, keyring, siti, SITI_PASSWORD, SITI_PASSWORD)
    accounts.change_own_password(office_db, keyring, siti, SITI_PASSWORD, new, new)
    with pytest.raises(SignInRefused):
        accounts.sign_in(office_db, keyring, "siti.rahma", SITI_PASSWORD)
    assert accounts.sign_in(office_db, keyring, "siti.rahma", new).data_key == DATA_KEY


def test_an_admin_resets_a_forgotten_password(office_db: Database, keyring: KeyRing, admin: SignedIn, siti: SignedIn) -> None:
    with pytest.raises(ValidationErrors):
        accounts.reset_password(office_db, keyring, admin, "siti.rahma", "pendek")
    accounts.reset_password(office_db, keyring, admin, "siti.rahma", "Sementara-2025", "Sementara-2025")
    assert accounts.sign_in(office_db, keyring, "siti.rahma", "Sementara-2025").officer_id == siti.officer_id
    assert ("account_reset", "Kata sandi akun \"siti.rahma\" (Siti Rahmawati, S.Sos) diatur ulang oleh Admin", "") in trail(office_db)


def test_a_disabled_account_loses_its_wrap_and_comes_back_only_with_a_new_password(office_db, keyring, admin, siti) -> None:
    accounts.disable_account(office_db, keyring, admin, "siti.rahma")
    assert keyring.usernames() == ["hary"]
    with pytest.raises(SignInRefused):
        accounts.sign_in(office_db, keyring, "siti.rahma", SITI_PASSWORD)
    listed = {a.username: a.active for a in accounts.list_accounts(office_db, admin.officer_id)}
    assert listed == {"hary": True, "siti.rahma": False}
    with pytest.raises(UserError, match="nonaktif; aktifkan"):
        accounts.reset_password(office_db, keyring, admin, "siti.rahma", "Sementara-2025")
    with pytest.raises(UserError, match="sudah nonaktif"):
        accounts.disable_account(office_db, keyring, admin, "siti.rahma")
    accounts.enable_account(office_db, keyring, admin, "siti.rahma", "Kembali-bekerja-1", "Kembali-bekerja-1")
    assert accounts.sign_in(office_db, keyring, "siti.rahma", "Kembali-bekerja-1").officer_id == siti.officer_id


def test_the_last_active_admin_can_be_neither_disabled_nor_demoted(office_db, keyring, admin, siti) -> None:
    with pytest.raises(UserError, match="satu-satunya Admin yang aktif dan tidak dapat dinonaktifkan"):
        accounts.disable_account(office_db, keyring, admin, "hary")
    with pytest.raises(UserError, match="satu-satunya Admin"):
        accounts.set_admin(office_db, admin, "hary", False)
    accounts.set_admin(office_db, admin, "siti.rahma", True)
    accounts.disable_account(office_db, keyring, admin, "hary")  # Siti is an Admin now
    assert keyring.usernames() == ["siti.rahma"]
    siti_again = accounts.sign_in(office_db, keyring, "siti.rahma", SITI_PASSWORD)
    assert siti_again.is_admin
    accounts.set_admin(office_db, siti_again, "hary", False)
    assert not next(a for a in accounts.list_accounts(office_db, siti.officer_id) if a.username == "hary").is_admin


def test_no_password_reaches_the_trail_the_key_file_or_the_database(office_db, keyring, admin, siti) -> None:
    accounts.change_own_password(office_db, keyring, siti, SITI_PASSWORD, "Jembatan Kapuas 2026")
    accounts.reset_password(office_db, keyring, admin, "siti.rahma", "Sementara-2025")
    secrets = (ADMIN_PASSWORD, SITI_PASSWORD, "Jembatan Kapuas 2026", "Sementara-2025")
    text = json.dumps(trail(office_db)) + keys_file(office_db.paths).read_text()
    office_db.close()
    text += office_db.paths.database.read_bytes().decode("latin-1")
    for wal in office_db.paths.root.glob("*.sqlite3-wal"):
        text += wal.read_bytes().decode("latin-1")
    assert all(secret not in text for secret in secrets)


def test_the_idle_lock_is_ten_minutes_until_an_admin_changes_it(office_db: Database, admin: SignedIn, siti: SignedIn) -> None:
    assert accounts.idle_lock_minutes(office_db) == 10
    with pytest.raises(UserError, match=r"tidak berwenang mengubah pengaturan kantor .*kunci otomatis\)\. Hanya Admin"):
        accounts.set_idle_lock_minutes(office_db, siti.officer_id, 5)
    with pytest.raises(ValidationErrors):
        accounts.set_idle_lock_minutes(office_db, admin.officer_id, 500)
    assert accounts.set_idle_lock_minutes(office_db, admin.officer_id, 0) == 0
    assert accounts.idle_lock_minutes(office_db) == 0
    assert ("idle_lock", "Kunci otomatis diubah", json.dumps({"Kunci otomatis (menit)": ["10", "0"]})) in trail(office_db)


def test_office_changes_refuse_an_actor_who_is_not_admin(office_db: Database, admin: SignedIn, siti: SignedIn) -> None:
    with pytest.raises(UserError, match="Siti Rahmawati, S.Sos tidak berwenang mengelola daftar unit"):
        add_unit(office_db, UnitDraft("Bagian Umum"), actor_id=siti.officer_id)
    with pytest.raises(UserError, match="Hanya Admin"):
        save_office_settings(office_db, OfficeSettings(margins=(30, 30, 30, 30)), actor_id=siti.officer_id)
    with pytest.raises(UserError, match="Hanya Admin"):
        add_holiday(office_db, date(2031, 1, 1), "Tahun Baru", actor_id=siti.officer_id)
    assert get_office_settings(office_db).margins == (20, 20, 20, 20) and get_office_settings(office_db).holidays == []
    add_unit(office_db, UnitDraft("Bagian Umum"), actor_id=admin.officer_id)
    add_unit(office_db, UnitDraft("Bagian Hukum"))  # no actor: set-up and scripts, as before
    assert {"Bagian Umum", "Bagian Hukum"} <= {u.name for u in list_units(office_db)}


def test_only_the_ppid_or_the_atasan_records_a_penetapan(office_db: Database, siti: SignedIn) -> None:
    hary = officer_id(office_db, "atasan_ppid")
    record = make_record(office_db, "Dokumen lelang sebelum pengumuman")
    determination.complete_consequence_test(office_db, record.id, siti.officer_id)  # PPID Pelaksana may, as before
    with pytest.raises(UserError, match="Siti Rahmawati, S.Sos tidak berwenang menetapkan informasi yang dikecualikan"):
        determination.determine(office_db, record.id, "045/12/PPID/2025", date(2025, 3, 3), hary, hary, siti.officer_id)
    with pytest.raises(UserError, match="Hanya PPID atau Atasan PPID yang dapat menetapkan"):
        determination.determine(office_db, record.id, "045/12/PPID/2025", date(2025, 3, 3), hary, hary, None)
