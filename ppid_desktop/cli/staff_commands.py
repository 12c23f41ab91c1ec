"""`units` and `officers`: the office's units and officers after set-up, from the command line.

The same services as the "Unit dan pejabat" dialog (services/staff.py, services/office.py), so a
refusal carries the same reasons: only an Admin changes them, nothing is deleted, a unit with
active officers is not disabled, the last active Admin keeps the role. Every change is recorded
under the signed-in officer (in a data folder of an earlier version, the one --officer names).
Wire into cli/main.py with `register(commands, common)` and `COMMANDS`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ppid_desktop.cli import common
from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.nip import EmployeeIdKind, employee_id_label
from ppid_desktop.domain.office import OfficerDraft, UnitDraft
from ppid_desktop.services import staff
from ppid_desktop.services.office import add_officer, add_unit
from ppid_desktop.storage.database import Database

_ACTING = ("NIP/NI PPPK Admin yang mencatat perubahan; hanya untuk folder data yang belum terenkripsi "
           "(selain itu: akun yang masuk)")


def register(subparsers: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    parents = [common_parent]  # it carries --data-dir and --user
    units = subparsers.add_parser(
        "units", parents=parents, help="unit kerja: daftar, tambah, ganti nama, nonaktifkan, aktifkan (Admin)",
        description="Mengelola unit kerja sesudah penyiapan. Unit tidak pernah dihapus: unit nonaktif tidak ditawarkan "
                    "untuk rekaman baru, tetapi rekaman dan register tercetak tetap menyebutnya.",
    )
    unit_actions = units.add_subparsers(dest="units_command", metavar="TINDAKAN", required=True)
    unit_actions.add_parser("list", parents=parents, help="daftar unit, yang aktif lebih dulu")
    add = unit_actions.add_parser("add", parents=parents, help="tambah unit")
    add.add_argument("name", metavar="NAMA", nargs="+", help="nama unit, misalnya \"Bagian Kesehatan\"")
    add.add_argument("--code", default="", metavar="KODE", help="kode unit, misalnya KES")
    rename = unit_actions.add_parser("rename", parents=parents, help="ganti nama (dan kode) unit")
    rename.add_argument("id", type=int, metavar="ID", help="id unit dari \"units list\"")
    rename.add_argument("name", metavar="NAMA", nargs="+", help="nama baru unit")
    rename.add_argument("--code", metavar="KODE", help="kode baru unit (bawaan: kode yang ada)")
    changes = [add, rename]
    for name, text in (("disable", "nonaktifkan unit yang tidak lagi mempunyai pejabat aktif"), ("enable", "aktifkan kembali unit")):
        action = unit_actions.add_parser(name, parents=parents, help=text)
        action.add_argument("id", type=int, metavar="ID", help="id unit dari \"units list\"")
        changes.append(action)
    for action in changes:
        action.add_argument("--officer", metavar="NIP", help=_ACTING)

    officers = subparsers.add_parser(
        "officers", parents=parents, help="pejabat dan petugas: daftar, tambah, ubah, nonaktifkan, aktifkan (Admin)",
        description="Mengelola pejabat dan petugas sesudah penyiapan (mutasi, pensiun, kenaikan pangkat). Pejabat nonaktif "
                    "tidak dapat dipilih lagi dan akunnya tidak dapat masuk; rekaman dan dokumen tercetak tetap menyebut namanya.",
    )
    officer_actions = officers.add_subparsers(dest="officers_command", metavar="TINDAKAN", required=True)
    officer_actions.add_parser("list", parents=parents, help="daftar pejabat dan petugas, yang aktif lebih dulu")
    new = officer_actions.add_parser("add", parents=parents, help="tambah pejabat atau petugas")
    _officer_options(new, adding=True)
    edit = officer_actions.add_parser("edit", parents=parents, help="ubah data pejabat atau petugas; hanya yang disebut yang berubah")
    edit.add_argument("id", type=int, metavar="ID", help="id pejabat dari \"officers list\"")
    _officer_options(edit, adding=False)
    for name, text in (("disable", "nonaktifkan pejabat atau petugas (akunnya tidak dapat masuk lagi)"),
                       ("enable", "aktifkan kembali pejabat atau petugas")):
        action = officer_actions.add_parser(name, parents=parents, help=text)
        action.add_argument("id", type=int, metavar="ID", help="id pejabat dari \"officers list\"")
        action.add_argument("--officer", metavar="NIP", help=_ACTING)


def _officer_options(parser: argparse.ArgumentParser, *, adding: bool) -> None:
    parser.add_argument("--name", metavar="NAMA", help="nama lengkap dengan gelar")
    number = parser.add_mutually_exclusive_group()
    number.add_argument("--nip", metavar="NIP", help="NIP (18 angka) pegawai negeri sipil")
    number.add_argument("--nippppk", "--ni-pppk", dest="nippppk", metavar="NI_PPPK", help="NI PPPK pegawai pemerintah dengan perjanjian kerja")
    parser.add_argument("--pangkat", metavar="GOLONGAN", help="golongan, misalnya III/c (kosong: tanpa golongan)")
    parser.add_argument("--jabatan", metavar="JABATAN", help="jabatan, misalnya \"Kepala Bagian Kesehatan\"")
    parser.add_argument("--unit", metavar="UNIT", help="id, nama atau kode unit (kosong: tanpa unit)")
    parser.add_argument("--role", action="append", metavar="PERAN",
                        help="peran (kode atau nama, dapat diulang), misalnya ppid_pelaksana atau \"Petugas Dokumentasi\""
                             + ("" if adding else "; menggantikan seluruh peran yang ada"))
    parser.add_argument("--officer", metavar="NIP", help=_ACTING)


# --- resolving what the command line names ----------------------------------------------------

def _roles(db: Database, wanted: list[str]) -> list[str]:
    names = staff.role_names(db)
    codes = []
    for text in wanted:
        key = " ".join(text.split()).casefold()
        code = next((c for c, n in names.items() if c.casefold() == key or str(n).casefold() == key), None)
        if code is None:
            known = ", ".join(f"{c} ({n})" for c, n in names.items())
            raise UserError(f"Peran \"{text}\" tidak dikenal. Peran yang ada: {known}.")
        codes.append(code)
    return codes


def _officer(db: Database, officer_id: int) -> staff.StaffOfficer:
    found = next((o for o in staff.all_officers(db) if o.id == officer_id), None)
    if found is None:
        raise UserError(f"Tidak ada pejabat atau petugas dengan id {officer_id}. Lihat daftarnya dengan: ppid-desktop officers list")
    return found


def _unit_name(db: Database, unit_id: int) -> str:
    found = next((u for u in staff.all_units(db) if u.id == unit_id), None)
    if found is None:
        raise UserError(f"Tidak ada unit dengan id {unit_id}. Lihat daftarnya dengan: ppid-desktop units list")
    return found.name


def _apply(db: Database, draft: OfficerDraft, args: argparse.Namespace) -> OfficerDraft:
    """The draft with what the command line gives; what it does not give stays."""
    if args.name is not None:
        draft.name = args.name
    if args.nip is not None:
        draft.id_kind, draft.employee_id = EmployeeIdKind.NIP, args.nip
    if args.nippppk is not None:
        draft.id_kind, draft.employee_id = EmployeeIdKind.NI_PPPK, args.nippppk
    if args.pangkat is not None:
        draft.pangkat = args.pangkat
    if args.jabatan is not None:
        draft.jabatan = args.jabatan
    if args.unit is not None:
        draft.unit_id = common.unit_id_by_name(db, args.unit, include_inactive=True)
    if args.role:
        draft.roles = _roles(db, args.role)
    return draft


# --- the actions -----------------------------------------------------------------------------

def _state(active: bool) -> str:
    return "aktif" if active else "nonaktif"


def _units(args: argparse.Namespace, db: Database) -> str:
    action = args.units_command
    if action == "list":
        rows = staff.all_units(db)
        for unit in rows:
            print(f"{unit.id:>4}  {_state(unit.active):<8}  {unit.code or '-':<10}  {unit.officers:>3} pejabat aktif  "
                  f"{unit.records:>6} rekaman  |  {unit.name}")
        return f"{len(rows)} unit."
    actor = common.acting_officer_id(args, db, args.officer, "mengelola daftar unit")
    if action == "add":
        name = " ".join(" ".join(args.name).split())
        unit_id = add_unit(db, UnitDraft(name, args.code), actor_id=actor)
        return f"Unit \"{_unit_name(db, unit_id)}\" ditambahkan (id {unit_id})."
    if action == "rename":
        code = args.code
        if code is None:
            code = next((u.code for u in staff.all_units(db) if u.id == args.id), "")
        before = _unit_name(db, args.id)
        staff.rename_unit(db, args.id, UnitDraft(" ".join(args.name), code), actor_id=actor)
        return f"Unit \"{before}\" kini bernama \"{_unit_name(db, args.id)}\"."
    name = _unit_name(db, args.id)
    if action == "disable":
        staff.set_unit_active(db, args.id, False, actor_id=actor)
        return (f"Unit \"{name}\" dinonaktifkan: unit itu tidak ditawarkan lagi untuk rekaman baru; rekaman dan register "
                "tercetak tetap menyebutnya.")
    staff.set_unit_active(db, args.id, True, actor_id=actor)
    return f"Unit \"{name}\" aktif kembali."


def _officers(args: argparse.Namespace, db: Database) -> str:
    action = args.officers_command
    if action == "list":
        names = staff.role_names(db)
        rows = staff.all_officers(db)
        signed = getattr(args, "signed_in", None)
        shows_accounts = signed is None or signed.is_admin  # user names are the Admin's, as in users list
        for o in rows:
            number = employee_id_label(o.id_kind, o.employee_id) if o.employee_id else "-"
            roles = ", ".join(str(names.get(code, code)) for code in o.roles)
            account = (o.username or "-") if shows_accounts else "-"
            print(f"{o.id:>4}  {_state(o.active):<8}  {number:<32}  {account:<16}  {o.name}  |  {o.jabatan}  |  "
                  f"{o.unit_name or '-'}  |  {roles}")
        return f"{len(rows)} pejabat/petugas."
    actor = common.acting_officer_id(args, db, args.officer, "mengelola daftar pejabat dan petugas")
    if action == "add":
        officer_id = add_officer(db, _apply(db, OfficerDraft(), args), actor_id=actor)
        added = _officer(db, officer_id)
        return (f"{added.name} ditambahkan (id {officer_id}). Akun untuknya dibuat dengan: "
                f"ppid-desktop users add NAMA_PENGGUNA --officer {added.employee_id or officer_id}")
    current = _officer(db, args.id)
    if action == "edit":
        staff.update_officer(db, current.id, _apply(db, staff.draft_of(current), args), actor_id=actor)
        return f"Data {_officer(db, current.id).name} disimpan."
    if action == "disable":
        staff.set_officer_active(db, current.id, False, actor_id=actor)
        account = f"; akun \"{current.username}\" tidak dapat masuk lagi" if current.username else ""
        return (f"{current.name} dinonaktifkan: tidak dapat dipilih lagi untuk pekerjaan baru{account}. Rekaman dan dokumen "
                "tercetak tetap menyebut namanya.")
    staff.set_officer_active(db, current.id, True, actor_id=actor)
    return f"{current.name} aktif kembali."


def _run(args: argparse.Namespace, work: Callable[[argparse.Namespace, Database], str]) -> int:
    db = common.open_unlocked(common.unlock_from_args(args), args)
    try:
        done = work(args, db)  # a refusal (UserError) reaches cli.main: "Kesalahan: ...", exit 1
    finally:
        db.close()
    print(done)
    return 0


def cmd_units(args: argparse.Namespace) -> int:
    return _run(args, _units)


def cmd_officers(args: argparse.Namespace) -> int:
    return _run(args, _officers)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "units": cmd_units,
    "officers": cmd_officers,
}
