"""What every command shares: signing in to an encrypted data folder, and finding units.

A command that reads or changes the data signs in first, as the window does: the account from
--user or $PPID_DESKTOP_USER (asked when neither is given and a terminal is there), its password
from $PPID_DESKTOP_PASSWORD or a prompt that does not echo. Passwords are never arguments (they
would stay in the shell history and the process list). The signed-in officer is the one every
change is recorded under. A data folder of an earlier version (no key file) opens as before,
until the window has the Admin secure it (`ppid-desktop check` reports it meanwhile).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import dataclass, field

from ppid_desktop.domain.errors import CombinedError, UserError
from ppid_desktop.storage.database import Database, open_database
from ppid_desktop.storage.keyring import PASSWORD_ENV, USER_ENV, KeyRing, normalise_username
from ppid_desktop.storage.paths import DataPaths, resolve_data_dir



def ask_password(prompt: str) -> str:
    """A password typed at a prompt that does not echo it (tests replace this function)."""
    return getpass.getpass(prompt)


def ask_username() -> str:
    if not sys.stdin.isatty():
        raise UserError(f"Sebutkan akun yang menjalankan perintah ini dengan --user NAMA atau variabel lingkungan {USER_ENV}.")
    return input("Nama pengguna: ")


@dataclass(frozen=True)
class Unlocked:
    """The data folder with its key; `keyring` and `username` are None for a folder of an earlier
    version, whose data is not encrypted yet. `password` is kept for the commands that re-wrap
    the key (users passwd)."""

    paths: DataPaths
    keyring: KeyRing | None
    username: str | None
    password: str | None = field(repr=False)


def unlock_from_args(args: argparse.Namespace) -> Unlocked:
    from ppid_desktop.services.encryption import finish_interrupted_encryption

    paths = resolve_data_dir(getattr(args, "data_dir", None))
    keyring = KeyRing.load(paths)
    if keyring is None:  # `ppid-desktop check` names it; the window has the Admin secure it
        return Unlocked(paths, None, None, None)
    username = normalise_username(getattr(args, "user", None) or os.environ.get(USER_ENV) or ask_username())
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        password = ask_password(f"Kata sandi {username}: ")
    unlocked = paths.unlocked(keyring.unlock(username, password))
    finish_interrupted_encryption(unlocked, keyring)
    return Unlocked(unlocked, keyring, username, password)


def open_unlocked(unlocked: Unlocked, args: argparse.Namespace) -> Database:
    """Open the database and confirm the account against it; `args.signed_in` is then the
    acting officer (None for a folder of an earlier version)."""
    from ppid_desktop.services import accounts

    db = open_database(unlocked.paths)
    args.signed_in = None
    if unlocked.username is not None:
        try:
            args.signed_in = accounts.confirm_sign_in(db, unlocked.username, unlocked.paths.key or b"")
        except BaseException:
            db.close()
            raise
    return db


def open_from_args(args: argparse.Namespace) -> Database:
    """The database of the data folder the command line names, signed in."""
    return open_unlocked(unlock_from_args(args), args)


def acting_officer_id(args: argparse.Namespace, db: Database, officer: str | None, what: str) -> int:
    """Who a change is recorded under: the signed-in officer; in a folder of an earlier version,
    the one --officer names. `what` says what the officer does, for the refusal."""
    from ppid_desktop.services.office import find_officer

    signed = getattr(args, "signed_in", None)
    if signed is not None:
        if officer and find_officer(db, officer).id != signed.officer_id:
            raise UserError(f"--officer tidak dipakai untuk akun yang masuk: {what} dicatat atas nama {signed.name} "
                            f"(akun \"{signed.username}\"). Masuk dengan akun petugas yang bersangkutan.")
        return signed.officer_id  # type: ignore[no-any-return]
    if not officer:
        raise UserError(f"Sebutkan petugas yang {what} dengan --officer NIP.")
    return find_officer(db, officer).id


def unit_id_by_name(db: Database, name: str | None, *, include_inactive: bool = False) -> int | None:
    """The unit a command line names by id, name or code (any case); None for no --unit.

    Only active units match, unless `include_inactive` (the staff commands: an officer may stay in a
    unit that was disabled meanwhile); then a blank name is "no unit" too."""
    if name is None:
        return None
    from ppid_desktop.services.staff import all_units

    wanted = " ".join(name.split())
    if include_inactive and not wanted:
        return None
    units = [unit for unit in all_units(db) if include_inactive or unit.active]
    key = wanted.casefold()
    by_name = (u.id for u in units if u.name.casefold() == key or (u.code and u.code.casefold() == key))
    found = next(by_name, None)
    if found is None:  # a name or code first: a unit called "2024" is still found by its name
        found = next((u.id for u in units if str(u.id) == wanted), None)
    if found is not None:
        return found
    if include_inactive:
        known = ", ".join(f"{u.id} \"{u.name}\"" for u in units if u.active) or "(belum ada unit)"
        raise UserError(f"Unit \"{name}\" tidak ditemukan. Unit yang aktif: {known}.")
    known = ", ".join(f"\"{u.name}\"" for u in sorted(units, key=lambda u: u.name)) or "(belum ada unit)"
    raise UserError(f"Unit \"{name}\" tidak ditemukan. Unit yang ada: {known}.")


def print_refusal(error: UserError) -> None:
    """A refusal on standard error: "Ditolak: ..." or, for several reasons (field errors, the
    reasons a stage may not be completed), "Ditolak:" and one line per reason."""
    if isinstance(error, CombinedError):
        print("Ditolak:", file=sys.stderr)
        for part in error.errors:
            print(f"- {part}", file=sys.stderr)
    else:
        print(f"Ditolak: {error}", file=sys.stderr)
