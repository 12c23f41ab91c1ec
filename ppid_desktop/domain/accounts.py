"""The rules for user names, passwords and the idle lock, as pure functions.

A user name is compared in its normalised form (surrounding spaces removed, lower case), the
same form storage/keyring.normalise_username gives it, so "Siti.Rahma " and "siti.rahma" are
one account. Passwords are never normalised: they are used exactly as typed.
Every refusal is a ValidationErrors whose errors name the form field ("username", "password",
"password_repeat", "idle_lock_minutes").
"""

from __future__ import annotations

import re

from ppid_desktop.domain.errors import ValidationError, ValidationErrors
from ppid_desktop.domain.texts import QT_TR_NOOP

USERNAME_MIN = 3
USERNAME_MAX = 32
PASSWORD_MIN = 10
# Argon2 takes any length; the cap only keeps a pasted document from being hashed.
PASSWORD_MAX = 256
IDLE_LOCK_DEFAULT_MINUTES = 10
IDLE_LOCK_MAX_MINUTES = 240  # half a working day; 0 turns the lock off

_USERNAME_CHARS = re.compile(r"[a-z0-9._-]")


def normalise_username(text: str) -> str:
    """The form a user name is stored and compared in, in the database and the key ring."""
    return text.strip().lower()


def username_problems(text: str) -> list[ValidationError]:
    name = normalise_username(text)
    if not name:
        return [ValidationError("username", QT_TR_NOOP("Isi nama pengguna, misalnya \"siti.rahma\"."))]
    problems = []
    if not USERNAME_MIN <= len(name) <= USERNAME_MAX:
        problems.append(ValidationError(
            "username",
            QT_TR_NOOP("Nama pengguna harus {min} sampai {max} karakter; \"{name}\" terdiri atas {length} karakter."),
            min=USERNAME_MIN, max=USERNAME_MAX, name=name, length=len(name),
        ))
    wrong = sorted({ch for ch in name if not _USERNAME_CHARS.fullmatch(ch)})
    if wrong:
        # A space (which sorts before any printable character) is named in words, in the sentence.
        spaced = wrong[0] == " "
        shown = " ".join("spasi" if ch == " " else f"\"{ch}\"" for ch in wrong[spaced:])
        if not spaced:
            template = QT_TR_NOOP("Nama pengguna hanya boleh berisi huruf a-z, angka 0-9, titik, garis bawah dan tanda "
                                  "hubung; hapus atau ganti {characters}.")
        elif shown:
            template = QT_TR_NOOP("Nama pengguna hanya boleh berisi huruf a-z, angka 0-9, titik, garis bawah dan tanda "
                                  "hubung; hapus atau ganti spasi {characters}.")
        else:
            template = QT_TR_NOOP("Nama pengguna hanya boleh berisi huruf a-z, angka 0-9, titik, garis bawah dan tanda "
                                  "hubung; hapus atau ganti spasi.")
        problems.append(ValidationError("username", template, characters=shown))
    return problems


def validate_username(text: str) -> str:
    """The normalised user name, or ValidationErrors saying what to change."""
    problems = username_problems(text)
    if problems:
        raise ValidationErrors(problems)
    return normalise_username(text)


def password_problems(password: str, username: str) -> list[ValidationError]:
    """What is wrong with a new password for `username` (never quoting the password itself)."""
    if not password:
        return [ValidationError("password", QT_TR_NOOP("Isi kata sandi, paling sedikit {min} karakter."), min=PASSWORD_MIN)]
    problems = []
    if len(password) < PASSWORD_MIN:
        problems.append(ValidationError(
            "password", QT_TR_NOOP("Kata sandi paling sedikit {min} karakter; yang diketik baru {length} karakter."),
            min=PASSWORD_MIN, length=len(password),
        ))
    if len(password) > PASSWORD_MAX:
        problems.append(ValidationError(
            "password", QT_TR_NOOP("Kata sandi paling panjang {max} karakter; persingkat kata sandinya."), max=PASSWORD_MAX
        ))
    name = normalise_username(username)
    if name and name in password.lower():
        problems.append(ValidationError(
            "password", QT_TR_NOOP("Kata sandi tidak boleh sama dengan nama pengguna atau memuatnya; pilih kata sandi lain.")
        ))
    if len(set(password)) == 1:
        problems.append(ValidationError(
            "password", QT_TR_NOOP("Kata sandi tidak boleh berupa satu karakter yang diulang-ulang; pilih kata sandi lain.")
        ))
    return problems


def validate_password(password: str, username: str, repeated: str | None = None) -> str:
    """The password unchanged, or ValidationErrors. `repeated` is the second entry of a form
    that asks twice; None when the caller asked only once (a script's variable)."""
    problems = password_problems(password, username)
    if repeated is not None and repeated != password:
        problems.append(ValidationError(
            "password_repeat", QT_TR_NOOP("Kata sandi yang diulang tidak sama; ketik kata sandi yang sama di kedua kolom.")
        ))
    if problems:
        raise ValidationErrors(problems)
    return password


def validate_new_account(username: str, password: str, repeated: str | None = None) -> str:
    """The normalised user name of a new account, or every problem of the name and the password
    at once (the form marks each field)."""
    problems = username_problems(username)
    try:
        validate_password(password, username, repeated)
    except ValidationErrors as refused:
        problems += refused.errors
    if problems:
        raise ValidationErrors(problems)
    return normalise_username(username)


def validate_idle_lock_minutes(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= IDLE_LOCK_MAX_MINUTES:
        raise ValidationErrors([ValidationError(
            "idle_lock_minutes",
            QT_TR_NOOP("Kunci otomatis diisi dengan menit antara 1 dan {max}, atau 0 untuk mematikannya; "
                       "\"{value}\" tidak dapat dipakai."),
            max=IDLE_LOCK_MAX_MINUTES, value=str(value),
        )])
    return value
