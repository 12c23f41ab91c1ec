"""`users`: user accounts from the command line (list, add, passwd, disable, enable).

The same services as the "Akun pengguna" dialog. Every command signs in first: the acting
account comes from --user or $PPID_DESKTOP_USER, its password from $PPID_DESKTOP_PASSWORD or a
prompt; a new password from $PPID_DESKTOP_NEW_PASSWORD or a prompt asked twice. Passwords are
never taken as arguments (they would stay in the shell history and the process list).
Wire into cli/main.py with `register(commands, common)` and `COMMANDS`.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from ppid_desktop.cli import common
from ppid_desktop.domain.accounts import normalise_username
from ppid_desktop.domain.errors import UserError
from ppid_desktop.services import accounts
from ppid_desktop.services.accounts import SignedIn
from ppid_desktop.services.office import OfficerView, list_officers
from ppid_desktop.storage.database import Database, open_database
from ppid_desktop.storage.keyring import KeyRing

USER_ENV = common.USER_ENV
PASSWORD_ENV = common.PASSWORD_ENV
NEW_PASSWORD_ENV = "PPID_DESKTOP_NEW_PASSWORD"


def register(subparsers: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    parents = [common_parent]  # it carries --data-dir and --user
    users = subparsers.add_parser(
        "users", parents=parents, help="akun pengguna: daftar, tambah, kata sandi, nonaktifkan, aktifkan",
        description="Mengelola akun pengguna. Kata sandi baru diambil dari "
                    f"${NEW_PASSWORD_ENV} atau ditanyakan dua kali; tidak pernah sebagai argumen.",
    )
    actions = users.add_subparsers(dest="users_command", metavar="TINDAKAN", required=True)
    actions.add_parser("list", parents=parents, help="daftar akun (Admin)")
    add = actions.add_parser("add", parents=parents, help="buat akun untuk pejabat atau petugas (Admin; akun pertama: Admin pertama)")
    add.add_argument("username", metavar="NAMA_PENGGUNA", help="3-32 karakter: huruf a-z, angka, titik, garis bawah, tanda hubung")
    add.add_argument("--officer", required=True, metavar="NIP_ATAU_NAMA", help="NIP/NI PPPK atau nama lengkap pemilik akun")
    add.add_argument("--admin", action="store_true", help="beri pemilik akun peran Admin")
    passwd = actions.add_parser("passwd", parents=parents, help="ganti kata sandi sendiri, atau atur ulang kata sandi akun lain (Admin)")
    passwd.add_argument("username", metavar="NAMA_PENGGUNA", nargs="?", help="akun lain yang kata sandinya diatur ulang")
    for name, text in (("disable", "nonaktifkan akun (Admin)"), ("enable", "aktifkan kembali akun dengan kata sandi baru (Admin)")):
        action = actions.add_parser(name, parents=parents, help=text)
        action.add_argument("username", metavar="NAMA_PENGGUNA")


# --- signing in ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Acting:
    db: Database
    keyring: KeyRing
    username: str
    password: str = field(repr=False)
    data_key: bytes = field(repr=False)
    signed_in: SignedIn | None  # None: the database has no account yet (the first Admin is being made)


def _new_password(username: str) -> tuple[str, str | None]:
    """The new password and its repetition (None when it came from the environment)."""
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given is not None:
        return given, None
    return common.ask_password(f"Kata sandi baru untuk {username}: "), common.ask_password("Ulangi kata sandi baru: ")


@contextmanager
def _signed_in(args: argparse.Namespace) -> Iterator[Acting]:
    unlocked = common.unlock_from_args(args)
    if unlocked.keyring is None or unlocked.username is None or unlocked.password is None:
        raise UserError(
            f"Folder data \"{unlocked.paths.root}\" belum mempunyai akun pengguna (datanya belum dienkripsi). Buka PPID "
            "Desktop di jendela aplikasi: Admin pertama dibuat ketika data dienkripsi."
        )
    db = open_database(unlocked.paths)
    try:
        signed = accounts.confirm_sign_in(db, unlocked.username, unlocked.paths.key or b"") if accounts.has_accounts(db) else None
        yield Acting(db, unlocked.keyring, unlocked.username, unlocked.password, unlocked.paths.key or b"", signed)
    finally:
        db.close()


def _actor(acting: Acting) -> SignedIn:
    if acting.signed_in is None:
        raise UserError(
            "Basis data ini belum mempunyai akun. Buat akun Admin pertama dengan nama pengguna yang sama dengan "
            "berkas kunci: ppid-desktop users add NAMA --officer NIP --user NAMA."
        )
    return acting.signed_in


# --- the actions -----------------------------------------------------------------------------

def _officer(db: Database, wanted: str) -> OfficerView:
    digits = "".join(ch for ch in wanted if ch.isdigit())
    name = " ".join(wanted.split()).casefold()
    for officer in list_officers(db):
        if (digits and digits == officer.employee_id) or officer.name.casefold() == name:
            return officer
    raise UserError(f"Tidak ada pejabat atau petugas aktif dengan NIP/NI PPPK atau nama \"{wanted}\". Periksa penulisannya.")


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%d-%m-%Y %H.%M") if moment else "belum pernah"


def _list(acting: Acting) -> str | None:
    rows = accounts.list_accounts(acting.db, _actor(acting).officer_id)
    for row in rows:
        state = "aktif" if row.active else "nonaktif"
        print(f"{row.username:<20}  {state:<8}  {_when(row.last_sign_in_at):<16}  {row.officer_name}  |  {row.roles_text}")
    return f"{len(rows)} akun."


def _add(acting: Acting, args: argparse.Namespace) -> str:
    officer = _officer(acting.db, args.officer)
    if acting.signed_in is None:
        if normalise_username(args.username) != acting.username:
            raise UserError(f"Akun pertama harus akun yang ada di berkas kunci, yaitu \"{acting.username}\" (--user).")
        view = accounts.create_first_admin(acting.db, acting.keyring, acting.data_key, officer.id, args.username, acting.password)
        return f"Akun \"{view.username}\" dibuat untuk {view.officer_name} sebagai Admin pertama."
    actor = _actor(acting)
    password, repeated = _new_password(normalise_username(args.username))
    view = accounts.create_account(acting.db, acting.keyring, actor, officer.id, args.username, password, repeated,
                                   make_admin=args.admin)
    return f"Akun \"{view.username}\" dibuat untuk {view.officer_name}" + (" dengan peran Admin." if view.is_admin else ".")


def _passwd(acting: Acting, args: argparse.Namespace) -> str:
    actor = _actor(acting)
    target = normalise_username(args.username) if args.username else actor.username
    password, repeated = _new_password(target)
    if target == actor.username:
        accounts.change_own_password(acting.db, acting.keyring, actor, acting.password, password, repeated)
        return "Kata sandi Anda sudah diganti. Pakai kata sandi baru pada saat masuk berikutnya."
    accounts.reset_password(acting.db, acting.keyring, actor, target, password, repeated)
    return f"Kata sandi akun \"{target}\" sudah diatur ulang. Sampaikan kata sandi baru itu kepada pemiliknya secara langsung."


def _disable(acting: Acting, args: argparse.Namespace) -> str:
    accounts.disable_account(acting.db, acting.keyring, _actor(acting), args.username)
    return f"Akun \"{normalise_username(args.username)}\" dinonaktifkan; akun itu tidak dapat masuk lagi."


def _enable(acting: Acting, args: argparse.Namespace) -> str:
    actor = _actor(acting)
    target = normalise_username(args.username)
    password, repeated = _new_password(target)
    accounts.enable_account(acting.db, acting.keyring, actor, target, password, repeated)
    return f"Akun \"{target}\" aktif kembali dengan kata sandi baru."


def cmd_users(args: argparse.Namespace) -> int:
    try:
        with _signed_in(args) as acting:
            if args.users_command == "list":
                done = _list(acting)
            else:
                done = {"add": _add, "passwd": _passwd, "disable": _disable, "enable": _enable}[args.users_command](acting, args)
    except UserError as refused:
        common.print_refusal(refused)
        return 1
    if done:
        print(done)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "users": cmd_users,
}
