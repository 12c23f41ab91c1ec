"""Units and officers after set-up (services/staff.py): every rule, and the audit entries."""

from __future__ import annotations

import json
import os

import pytest

from ppid_desktop.domain.errors import UserError, ValidationErrors
from ppid_desktop.domain.nip import EmployeeIdKind
from ppid_desktop.domain.office import OfficerDraft, UnitDraft
from ppid_desktop.services import accounts, audit, staff
from ppid_desktop.services.accounts import SignedIn
from ppid_desktop.services.office import add_officer, add_unit, list_officers, list_units
from ppid_desktop.services.records import list_records
from ppid_desktop.storage.crypto import data_key_from_recovery
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.keyring import KdfParams, KeyRing, SignInRefused
from tests.conftest import make_record

ADMIN_PASSWORD = "Khatulistiwa-2025"
SITI_PASSWORD = "Kapuas sungai 1143"
RECOVERY_KEY = os.urandom(32)
DATA_KEY = data_key_from_recovery(RECOVERY_KEY)
KESOS, TU = "Bagian Kesejahteraan Sosial", "Subbagian Tata Usaha"
SITI_NIP = "198703122010012004"


@pytest.fixture
def keyring(office_db: Database) -> KeyRing:
    return KeyRing.create(office_db.paths, RECOVERY_KEY, ("hary", ADMIN_PASSWORD), KdfParams.for_tests())


def officer_named(db: Database, start: str) -> staff.StaffOfficer:
    return next(o for o in staff.all_officers(db) if o.name.startswith(start))


def unit_named(db: Database, name: str) -> staff.StaffUnit:
    return next(u for u in staff.all_units(db) if u.name == name)


@pytest.fixture
def admin(office_db: Database, keyring: KeyRing) -> SignedIn:
    """Hary (Atasan PPID), the first Admin, signed in."""
    accounts.create_first_admin(office_db, keyring, DATA_KEY, officer_named(office_db, "drg. Hary").id, "hary", ADMIN_PASSWORD)
    return accounts.sign_in(office_db, keyring, "hary", ADMIN_PASSWORD)


@pytest.fixture
def siti(office_db: Database, keyring: KeyRing, admin: SignedIn) -> SignedIn:
    accounts.create_account(office_db, keyring, admin, officer_named(office_db, "Siti").id, "siti.rahma", SITI_PASSWORD)
    return accounts.sign_in(office_db, keyring, "siti.rahma", SITI_PASSWORD)


def trail(db: Database) -> list[tuple[str, str, dict]]:
    """Office-level entries of this module's actions, oldest first."""
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT action, summary, changes FROM audit_entry WHERE record_id IS NULL ORDER BY id")
        return [(a, s, json.loads(c) if c else {}) for a, s, c in rows if a.startswith(("unit_", "officer_"))]


def new_officer(db: Database, name: str = "Budi Santoso, S.H.", nip: str = "198001012005011003", unit: str = KESOS,
                roles: tuple[str, ...] = ("petugas_dokumentasi",)) -> int:
    return add_officer(db, OfficerDraft(name=name, id_kind=EmployeeIdKind.NIP, employee_id=nip, pangkat="III/b",
                                        jabatan="Pengelola Arsip", unit_id=unit_named(db, unit).id, roles=list(roles)))


# --- reading ---------------------------------------------------------------------------------

def test_every_unit_and_officer_is_listed_active_first_with_counts_and_accounts(office_db: Database, siti: SignedIn) -> None:
    make_record(office_db, "Data penerima bantuan sosial")  # the first active unit by name: Kesejahteraan Sosial
    archive = add_unit(office_db, UnitDraft("Arsip Lama", "ARS"))
    staff.set_unit_active(office_db, archive, False, actor_id=None)
    units = staff.all_units(office_db)
    assert [(u.name, u.code, u.active, u.officers, u.records) for u in units] == [
        (KESOS, "", True, 1, 1), (TU, "", True, 1, 0), ("Arsip Lama", "ARS", False, 0, 0),
    ]
    budi = new_officer(office_db, name="Ahmad Budi")
    staff.set_officer_active(office_db, budi, False, actor_id=None)
    officers = staff.all_officers(office_db)
    assert [(o.name, o.active, o.username) for o in officers] == [
        ("drg. Hary Agung Tjahyadi, M.Kes", True, "hary"), ("Siti Rahmawati, S.Sos", True, "siti.rahma"), ("Ahmad Budi", False, None),
    ]
    siti_row = officers[1]
    assert (siti_row.id_kind, siti_row.employee_id, siti_row.pangkat, siti_row.unit_name) == (EmployeeIdKind.NIP, SITI_NIP, "III/c", KESOS)
    assert siti_row.roles == ("petugas_dokumentasi", "ppid_pelaksana") and siti_row.unit_id == unit_named(office_db, KESOS).id
    draft = staff.draft_of(siti_row)
    assert draft == OfficerDraft("Siti Rahmawati, S.Sos", EmployeeIdKind.NIP, SITI_NIP, "III/c", "Analis Dokumentasi",
                                 siti_row.unit_id, ["petugas_dokumentasi", "ppid_pelaksana"])


# --- units -----------------------------------------------------------------------------------

def test_an_admin_renames_a_unit_and_the_trail_says_so(office_db: Database, admin: SignedIn) -> None:
    record = make_record(office_db, "Data penerima bantuan sosial")
    unit = unit_named(office_db, KESOS)
    staff.rename_unit(office_db, unit.id, UnitDraft("  Bagian   Kesejahteraan Sosial dan Kemasyarakatan ", " KESOS "), actor_id=admin.officer_id)
    renamed = next(u for u in staff.all_units(office_db) if u.id == unit.id)
    assert (renamed.name, renamed.code) == ("Bagian Kesejahteraan Sosial dan Kemasyarakatan", "KESOS")
    assert next(r for r in list_records(office_db) if r.uid == record.uid).unit_name == renamed.name  # records follow the unit
    assert trail(office_db) == [("unit_rename", f"Unit \"{KESOS}\" diganti namanya menjadi \"{renamed.name}\"",
                                 {"Nama unit": [KESOS, renamed.name], "Kode unit": ["", "KESOS"]})]
    staff.rename_unit(office_db, unit.id, UnitDraft(renamed.name, "KESOS"), actor_id=admin.officer_id)  # nothing changed
    assert len(trail(office_db)) == 1
    staff.rename_unit(office_db, unit.id, UnitDraft(renamed.name, "SOS"), actor_id=admin.officer_id)
    assert trail(office_db)[-1][:2] == ("unit_rename", f"Kode unit \"{renamed.name}\" diubah")
    assert audit.ACTION_LABELS["unit_rename"] == "Unit diubah"


def test_a_unit_cannot_take_a_name_another_unit_has_or_no_name(office_db: Database, admin: SignedIn) -> None:
    unit = unit_named(office_db, KESOS)
    with pytest.raises(ValidationErrors) as taken:
        staff.rename_unit(office_db, unit.id, UnitDraft("subbagian tata usaha"), actor_id=admin.officer_id)
    assert taken.value.fields() == ["name"] and str(taken.value) == "Unit \"subbagian tata usaha\" sudah ada."
    with pytest.raises(ValidationErrors) as empty:
        staff.rename_unit(office_db, unit.id, UnitDraft("   "), actor_id=admin.officer_id)
    assert empty.value.fields() == ["name"]
    with pytest.raises(UserError, match="Unit itu tidak ditemukan"):
        staff.rename_unit(office_db, 999, UnitDraft("Bagian Baru"), actor_id=admin.officer_id)
    staff.rename_unit(office_db, unit.id, UnitDraft(KESOS.upper()), actor_id=admin.officer_id)  # its own name in capitals
    assert unit_named(office_db, KESOS.upper()).id == unit.id
    assert [action for action, _, _ in trail(office_db)] == ["unit_rename"]


def test_a_unit_with_active_officers_cannot_be_disabled_and_a_disabled_one_keeps_its_records(office_db: Database, admin: SignedIn) -> None:
    record = make_record(office_db, "Data penerima bantuan sosial")
    kesos, tu = unit_named(office_db, KESOS), unit_named(office_db, TU)
    with pytest.raises(UserError) as busy:
        staff.set_unit_active(office_db, kesos.id, False, actor_id=admin.officer_id)
    assert str(busy.value).startswith(f"Unit \"{KESOS}\" masih mempunyai 1 pejabat atau petugas aktif. Pindahkan dulu pejabat")
    assert trail(office_db) == [] and unit_named(office_db, KESOS).active

    siti = officer_named(office_db, "Siti")
    draft = staff.draft_of(siti)
    draft.unit_id = tu.id
    staff.update_officer(office_db, siti.id, draft, actor_id=admin.officer_id)  # mutasi to Tata Usaha
    staff.set_unit_active(office_db, kesos.id, False, actor_id=admin.officer_id)
    assert KESOS not in [u.name for u in list_units(office_db)]  # not offered for new records
    assert next(r for r in list_records(office_db) if r.uid == record.uid).unit_name == KESOS
    with pytest.raises(UserError, match="sudah tidak aktif"):
        staff.set_unit_active(office_db, kesos.id, False, actor_id=admin.officer_id)
    draft.unit_id = kesos.id
    with pytest.raises(ValidationErrors) as inactive:
        staff.update_officer(office_db, siti.id, draft, actor_id=admin.officer_id)
    assert inactive.value.fields() == ["unit_id"] and "sudah tidak aktif; pilih unit yang aktif" in str(inactive.value)

    staff.set_unit_active(office_db, kesos.id, True, actor_id=admin.officer_id)
    assert KESOS in [u.name for u in list_units(office_db)]
    with pytest.raises(UserError, match=r"sudah aktif\."):
        staff.set_unit_active(office_db, kesos.id, True, actor_id=admin.officer_id)
    assert [(a, s) for a, s, _ in trail(office_db)] == [
        ("officer_update", "Data pejabat Siti Rahmawati, S.Sos diubah: unit"),
        ("unit_disable", f"Unit \"{KESOS}\" dinonaktifkan; rekaman yang menyebut unit ini tetap menyebutnya"),
        ("unit_enable", f"Unit \"{KESOS}\" diaktifkan kembali"),
    ]


# --- officers --------------------------------------------------------------------------------

def test_an_admin_edits_an_officer_and_the_roles_are_replaced(office_db: Database, admin: SignedIn) -> None:
    siti = officer_named(office_db, "Siti")
    draft = OfficerDraft(name="Siti Rahmawati, S.Sos., M.AP", id_kind=EmployeeIdKind.NIP, employee_id="NIP. 19870312 201001 2 004",
                         pangkat="III/d", jabatan="Kepala Subbagian Tata Usaha", unit_id=unit_named(office_db, TU).id, roles=["ppid", "ppid"])
    staff.update_officer(office_db, siti.id, draft, actor_id=admin.officer_id)
    after = officer_named(office_db, "Siti")
    assert (after.name, after.employee_id, after.pangkat, after.jabatan, after.unit_name, after.roles) == (
        "Siti Rahmawati, S.Sos., M.AP", SITI_NIP, "III/d", "Kepala Subbagian Tata Usaha", TU, ("ppid",))
    assert next(o for o in list_officers(office_db) if o.id == siti.id).roles == ("ppid",)
    [(action, summary, changes)] = trail(office_db)
    assert action == "officer_update"
    assert summary == "Data pejabat Siti Rahmawati, S.Sos diubah: nama, pangkat/golongan, jabatan, unit, peran"
    assert changes == {
        "Nama": ["Siti Rahmawati, S.Sos", "Siti Rahmawati, S.Sos., M.AP"],
        "Pangkat/golongan": ["III/c", "III/d"],
        "Jabatan": ["Analis Dokumentasi", "Kepala Subbagian Tata Usaha"],
        "Unit": [KESOS, TU],
        "Peran": ["Petugas Dokumentasi, PPID Pelaksana", "PPID"],
    }
    staff.update_officer(office_db, siti.id, staff.draft_of(after), actor_id=admin.officer_id)  # unchanged: no entry
    assert len(trail(office_db)) == 1


def test_an_officer_edit_is_validated_and_a_number_another_officer_has_is_refused(office_db: Database, admin: SignedIn) -> None:
    siti = officer_named(office_db, "Siti")
    hary = officer_named(office_db, "drg. Hary")
    draft = staff.draft_of(siti)
    draft.employee_id = hary.employee_id
    with pytest.raises(ValidationErrors) as taken:
        staff.update_officer(office_db, siti.id, draft, actor_id=admin.officer_id)
    assert taken.value.fields() == ["employee_id"] and str(taken.value) == f"NIP {hary.employee_id} sudah terdaftar untuk pejabat lain."
    wrong = OfficerDraft(name=" ", employee_id="12345", jabatan="", roles=[])
    with pytest.raises(ValidationErrors) as invalid:
        staff.update_officer(office_db, siti.id, wrong, actor_id=admin.officer_id)
    assert invalid.value.fields() == ["name", "employee_id", "jabatan", "roles"]
    draft = staff.draft_of(siti)
    draft.unit_id = 999
    with pytest.raises(ValidationErrors) as unknown:
        staff.update_officer(office_db, siti.id, draft, actor_id=admin.officer_id)
    assert unknown.value.fields() == ["unit_id"]
    with pytest.raises(UserError, match="tidak ditemukan"):
        staff.update_officer(office_db, 999, staff.draft_of(siti), actor_id=admin.officer_id)
    assert officer_named(office_db, "Siti") == siti and trail(office_db) == []


def test_the_last_active_admin_keeps_the_role_and_nobody_removes_their_own(office_db: Database, keyring: KeyRing,
                                                                             admin: SignedIn, siti: SignedIn) -> None:
    hary = officer_named(office_db, "drg. Hary")
    without_admin = staff.draft_of(hary)
    without_admin.roles = ["atasan_ppid"]
    with pytest.raises(UserError, match="satu-satunya Admin yang aktif; peran Admin tidak dapat dicabut"):
        staff.update_officer(office_db, hary.id, without_admin, actor_id=None)  # even a script cannot
    with pytest.raises(UserError, match="satu-satunya Admin yang aktif dan tidak dapat dinonaktifkan"):
        staff.set_officer_active(office_db, hary.id, False, actor_id=None)

    siti_row = officer_named(office_db, "Siti")
    made_admin = staff.draft_of(siti_row)
    made_admin.roles = [*siti_row.roles, "admin"]
    staff.update_officer(office_db, siti_row.id, made_admin, actor_id=admin.officer_id)
    assert accounts.sign_in(office_db, keyring, "siti.rahma", SITI_PASSWORD).is_admin
    with pytest.raises(UserError, match="tidak dapat mencabut peran Admin Anda sendiri; minta Admin lain"):
        staff.update_officer(office_db, hary.id, without_admin, actor_id=admin.officer_id)
    with pytest.raises(UserError, match="tidak dapat menonaktifkan diri sendiri"):
        staff.set_officer_active(office_db, hary.id, False, actor_id=admin.officer_id)
    staff.update_officer(office_db, hary.id, without_admin, actor_id=siti.officer_id)  # another Admin may
    assert officer_named(office_db, "drg. Hary").roles == ("atasan_ppid",)
    assert not accounts.sign_in(office_db, keyring, "hary", ADMIN_PASSWORD).is_admin
    with pytest.raises(UserError, match="tidak berwenang mengelola daftar pejabat dan petugas"):
        staff.update_officer(office_db, hary.id, staff.draft_of(hary), actor_id=hary.id)  # no longer an Admin
    assert [a for a, _, _ in trail(office_db)] == ["officer_update", "officer_update"]
    assert trail(office_db)[-1][2] == {"Peran": ["Admin, Atasan PPID", "Atasan PPID"]}


def test_a_disabled_officer_cannot_sign_in_until_enabled_again(office_db: Database, keyring: KeyRing, admin: SignedIn,
                                                               siti: SignedIn) -> None:
    staff.set_officer_active(office_db, siti.officer_id, False, actor_id=admin.officer_id)
    with pytest.raises(SignInRefused):
        accounts.sign_in(office_db, keyring, "siti.rahma", SITI_PASSWORD)
    assert siti.officer_id not in [o.id for o in list_officers(office_db)]  # no longer chosen for new work
    assert unit_named(office_db, KESOS).officers == 0
    with pytest.raises(UserError, match="tidak berwenang|Hanya Admin"):
        staff.rename_unit(office_db, unit_named(office_db, TU).id, UnitDraft("TU"), actor_id=siti.officer_id)
    with pytest.raises(UserError, match="Siti Rahmawati, S.Sos sudah tidak aktif"):
        staff.set_officer_active(office_db, siti.officer_id, False, actor_id=admin.officer_id)

    staff.set_officer_active(office_db, siti.officer_id, True, actor_id=admin.officer_id)
    assert accounts.sign_in(office_db, keyring, "siti.rahma", SITI_PASSWORD).officer_id == siti.officer_id
    with pytest.raises(UserError, match="Siti Rahmawati, S.Sos sudah aktif"):
        staff.set_officer_active(office_db, siti.officer_id, True, actor_id=admin.officer_id)
    assert [(a, s) for a, s, _ in trail(office_db)] == [
        ("officer_disable", "Pejabat Siti Rahmawati, S.Sos dinonaktifkan; akun \"siti.rahma\" tidak dapat masuk lagi"),
        ("officer_enable", "Pejabat Siti Rahmawati, S.Sos diaktifkan kembali"),
    ]


def test_an_officer_of_a_disabled_unit_is_moved_before_being_enabled(office_db: Database, admin: SignedIn) -> None:
    budi = new_officer(office_db, unit=TU)
    tu = unit_named(office_db, TU)
    hary = officer_named(office_db, "drg. Hary")
    moved = staff.draft_of(hary)
    moved.unit_id = None  # the head of the biro belongs to no unit
    staff.update_officer(office_db, hary.id, moved, actor_id=admin.officer_id)
    staff.set_officer_active(office_db, budi, False, actor_id=admin.officer_id)
    staff.set_unit_active(office_db, tu.id, False, actor_id=admin.officer_id)
    with pytest.raises(UserError, match=f"Unit \"{TU}\" sudah tidak aktif. Pindahkan Budi Santoso, S.H. ke unit yang aktif"):
        staff.set_officer_active(office_db, budi, True, actor_id=admin.officer_id)
    budi_row = officer_named(office_db, "Budi")
    draft = staff.draft_of(budi_row)
    draft.jabatan = "Arsiparis"  # an inactive officer may stay in the inactive unit while edited
    staff.update_officer(office_db, budi, draft, actor_id=admin.officer_id)
    draft.unit_id = unit_named(office_db, KESOS).id
    staff.update_officer(office_db, budi, draft, actor_id=admin.officer_id)
    staff.set_officer_active(office_db, budi, True, actor_id=admin.officer_id)
    assert officer_named(office_db, "Budi").active and officer_named(office_db, "Budi").unit_name == KESOS


def test_only_an_admin_manages_units_and_officers(office_db: Database, admin: SignedIn, siti: SignedIn) -> None:
    unit = unit_named(office_db, TU)
    hary = officer_named(office_db, "drg. Hary")
    calls = [
        lambda: staff.rename_unit(office_db, unit.id, UnitDraft("Tata Usaha"), actor_id=siti.officer_id),
        lambda: staff.set_unit_active(office_db, unit.id, False, actor_id=siti.officer_id),
        lambda: staff.update_officer(office_db, hary.id, staff.draft_of(hary), actor_id=siti.officer_id),
        lambda: staff.set_officer_active(office_db, hary.id, False, actor_id=siti.officer_id),
    ]
    for call in calls:
        with pytest.raises(UserError, match="Siti Rahmawati, S.Sos tidak berwenang mengelola daftar (unit|pejabat dan petugas). Hanya Admin"):
            call()
    bad = staff.draft_of(hary)
    bad.name = ""
    with pytest.raises(UserError, match="tidak berwenang"):  # the role is checked before the form
        staff.update_officer(office_db, hary.id, bad, actor_id=siti.officer_id)
    assert trail(office_db) == [] and unit_named(office_db, TU).name == TU


def test_role_names_cover_the_standard_roles_and_the_sops_own(office_db: Database) -> None:
    names = staff.role_names(office_db)
    assert names["admin"] == "Admin" and names["ppid_pelaksana"] == "PPID Pelaksana"
    assert {"petugas_dokumentasi", "ppid", "atasan_ppid"} <= set(names)


def test_adding_a_unit_that_exists_under_other_capitals_is_refused_at_its_field(office_db) -> None:
    from ppid_desktop.domain.errors import ValidationErrors
    from ppid_desktop.domain.office import UnitDraft
    from ppid_desktop.services.office import add_unit, list_units

    before = list_units(office_db)
    with pytest.raises(ValidationErrors) as refused:
        add_unit(office_db, UnitDraft("bagian kesejahteraan sosial"))
    assert refused.value.fields() == ["name"] and "sudah ada" in str(refused.value)
    assert list_units(office_db) == before


def test_nothing_new_goes_into_an_inactive_unit(office_db: Database, admin: SignedIn) -> None:
    """Neither a new officer nor a new record, nor a record moved there; a record keeps one it had."""
    from datetime import date

    from ppid_desktop.domain.legal import LegalGround
    from ppid_desktop.domain.record import RecordDraft
    from ppid_desktop.services.records import create_record, get_record, update_record

    closed = add_unit(office_db, UnitDraft("Bagian Lama"), actor_id=admin.officer_id)
    kept = make_record(office_db, "Arsip bagian lama", unit_id=closed)
    staff.set_unit_active(office_db, closed, False, actor_id=admin.officer_id)
    newcomer = OfficerDraft(name="Budi Santoso, S.H.", id_kind=EmployeeIdKind.NIP, employee_id="199001012015031001",
                            jabatan="Analis", unit_id=closed, roles=["petugas_dokumentasi"])
    with pytest.raises(ValidationErrors, match="sudah tidak aktif") as refused:
        add_officer(office_db, newcomer, actor_id=admin.officer_id)
    assert refused.value.fields() == ["unit_id"] and not any(o.name.startswith("Budi") for o in staff.all_officers(office_db))
    draft = RecordDraft(title="Kontrak baru", unit_id=closed, legal_grounds=[LegalGround("h", 5, "")],
                        consequence_opened="a", consequence_closed="b", period_end=date(2031, 1, 1))
    with pytest.raises(ValidationErrors, match="sudah tidak aktif"):
        create_record(office_db, draft, admin.officer_id)
    detail = get_record(office_db, kept.id)
    changed = update_record(office_db, kept.id, RecordDraft(**{**detail.draft.__dict__, "summary": "Diperbarui"}),
                            detail.version, admin.officer_id)
    assert changed.draft.unit_id == closed  # the record keeps the unit it had


def test_adding_a_unit_or_an_officer_is_in_the_trail(office_db: Database, admin: SignedIn) -> None:
    add_unit(office_db, UnitDraft("Bagian Umum"), actor_id=admin.officer_id)
    add_officer(office_db, OfficerDraft(name="Budi Santoso, S.H.", id_kind=EmployeeIdKind.NIP, employee_id="199001012015031001",
                                        jabatan="Analis", roles=["petugas_dokumentasi"]), actor_id=admin.officer_id)
    assert [(action, summary) for action, summary, _ in trail(office_db)][-2:] == [
        ("unit_add", "Unit \"Bagian Umum\" ditambahkan"), ("officer_add", "Pejabat/petugas Budi Santoso, S.H. ditambahkan")]


def test_a_unit_name_with_accented_capitals_is_refused_at_its_field(office_db: Database, admin: SignedIn) -> None:
    add_unit(office_db, UnitDraft("Ünit Ä"), actor_id=admin.officer_id)
    with pytest.raises(ValidationErrors, match="sudah ada"):
        add_unit(office_db, UnitDraft("ünit ä"), actor_id=admin.officer_id)
    with pytest.raises(ValidationErrors, match="sudah ada"):
        staff.rename_unit(office_db, unit_named(office_db, TU).id, UnitDraft("ÜNIT Ä"), actor_id=admin.officer_id)


def test_an_admin_cannot_take_their_own_admin_role_through_the_accounts_either(office_db, keyring, admin, siti) -> None:
    accounts.set_admin(office_db, admin, "siti.rahma", True)
    with pytest.raises(UserError, match="tidak dapat mencabut peran Admin Anda sendiri"):
        accounts.set_admin(office_db, admin, "hary", False)
    assert accounts.sign_in(office_db, keyring, "hary", ADMIN_PASSWORD).is_admin
