"""Employee numbers: NIP (civil servants) and NI PPPK (contract staff).

A NIP has 18 digits: birth date (yyyymmdd), first appointment (yyyymm), sex (1/2), sequence (3).
Store the digits only; print them as ``NIP. 19690520 199803 1 008``.
An NI PPPK has another shape that we do not know well enough to check: only its length is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum

from ppid_desktop.domain.errors import ValidationError
from ppid_desktop.domain.texts import QT_TR_NOOP

NIP_LENGTH = 18
NI_PPPK_MIN_LENGTH = 8
NI_PPPK_MAX_LENGTH = 20
# Nobody is appointed as a civil servant before this age; a smaller gap means a typing error.
MIN_APPOINTMENT_AGE = 15

# Labels copied from documents carry a prefix ("NIP.", "NIP:", "NI PPPK", "NIPPPK").
_PREFIX = re.compile(r"^\s*(?:NI\s*P?\s*[.\-]?\s*PPPK|NIP)\s*[.:]?", re.IGNORECASE)
# Separators people type or paste between digit groups (Excel likes NBSP and en dashes).
_SEPARATORS = re.compile(r"[\s.\-\u2010-\u2015_]+")
_DIGITS = re.compile(r"[0-9]*")


class EmployeeIdKind(str, Enum):
    """Which kind of employee number a person has."""

    NIP = "nip"
    NI_PPPK = "ni_pppk"

    @property
    def label(self) -> str:
        """The printed prefix without the trailing period ("NIP", "NI PPPK")."""
        return "NIP" if self is EmployeeIdKind.NIP else "NI PPPK"


@dataclass(frozen=True)
class NipParts:
    """The four parts encoded in a NIP."""

    birth_date: date
    appointment_year: int
    appointment_month: int
    sex: int
    sequence: int

    @property
    def sex_label(self) -> str:
        return "laki-laki" if self.sex == 1 else "perempuan"


def _strip(text: str) -> str:
    """Remove a label prefix and separators; whatever remains is returned unchanged."""
    return _SEPARATORS.sub("", _PREFIX.sub("", text or "", count=1))


def normalize_nip(text: str) -> str:
    """Strip "NIP"/"NIP." and spaces, dots and dashes; other non-digits stay for the check."""
    return _strip(text)


def _require_digits(digits: str, name: str, field: str) -> None:
    if not _DIGITS.fullmatch(digits):
        wrong = list(dict.fromkeys(ch for ch in digits if not "0" <= ch <= "9"))[:10]
        shown = ", ".join(f'"{ch}"' for ch in wrong)
        raise ValidationError(
            field, QT_TR_NOOP("{kind} hanya boleh berisi angka; hapus karakter berikut: {characters}."),
            kind=name, characters=shown,
        )


def validate_nip(text: str, *, field: str = "nip", today: date | None = None) -> str:
    """Return the 18 digits of a NIP, or raise ``ValidationError`` saying exactly what is wrong."""
    today = today or date.today()
    digits = normalize_nip(text)
    if not digits:
        raise ValidationError(field, QT_TR_NOOP("NIP belum diisi. Isikan 18 angka NIP."))
    _require_digits(digits, "NIP", field)
    if len(digits) != NIP_LENGTH:
        raise ValidationError(
            field, QT_TR_NOOP("NIP harus terdiri atas 18 angka; yang diisi {count} angka."), count=len(digits)
        )
    birth_text = digits[:8]
    try:
        birth = date(int(birth_text[:4]), int(birth_text[4:6]), int(birth_text[6:8]))
    except ValueError:
        birth = None
    if birth is None or not 1900 <= birth.year <= today.year:
        raise ValidationError(
            field,
            QT_TR_NOOP("NIP tidak valid: 8 angka pertama ({digits}) bukan tanggal lahir yang benar "
                       "(tahun-bulan-tanggal)."),
            digits=birth_text,
        )
    year, month = int(digits[8:12]), int(digits[12:14])
    # The appointment (TMT) may be set a little ahead, so next year is still accepted.
    if not (1 <= month <= 12 and 1900 <= year <= today.year + 1):
        raise ValidationError(
            field,
            QT_TR_NOOP("NIP tidak valid: angka ke-9 sampai ke-14 ({digits}) bukan bulan dan tahun "
                       "pengangkatan yang benar."),
            digits=digits[8:14],
        )
    if year < birth.year + MIN_APPOINTMENT_AGE:
        raise ValidationError(
            field,
            QT_TR_NOOP("NIP tidak valid: tahun pengangkatan {year} (angka ke-9 sampai ke-12) kurang dari "
                       "{age} tahun setelah tahun lahir {birth_year}. "
                       "Periksa kembali NIP pada SK pengangkatan."),
            year=year, age=MIN_APPOINTMENT_AGE, birth_year=birth.year,
        )
    if digits[14] not in "12":
        raise ValidationError(
            field, QT_TR_NOOP("NIP tidak valid: angka ke-15 harus 1 (laki-laki) atau 2 (perempuan).")
        )
    return digits


def parse_nip(digits: str, *, today: date | None = None) -> NipParts:
    """Split a valid NIP into its parts (raises ``ValidationError`` like ``validate_nip``)."""
    nip = validate_nip(digits, today=today)
    return NipParts(
        birth_date=date(int(nip[:4]), int(nip[4:6]), int(nip[6:8])),
        appointment_year=int(nip[8:12]),
        appointment_month=int(nip[12:14]),
        sex=int(nip[14]),
        sequence=int(nip[15:]),
    )


def format_nip(digits: str) -> str:
    """Group 18 digits as "19690520 199803 1 008"; anything else is returned as it was typed.

    Printing must not fail on an old, unchecked value, so no error is raised here.
    """
    nip = normalize_nip(digits)
    if len(nip) != NIP_LENGTH or not _DIGITS.fullmatch(nip):
        return (digits or "").strip()
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


def nip_label(digits: str) -> str:
    """"NIP. 19690520 199803 1 008" as printed under a signature; "" when there is no NIP."""
    text = format_nip(digits)
    return f"NIP. {text}" if text else ""


def normalize_ni_pppk(text: str) -> str:
    """Strip an "NI PPPK" prefix and separators."""
    return _strip(text)


def validate_ni_pppk(text: str, *, field: str = "ni_pppk") -> str:
    """Return the digits of an NI PPPK (8 to 20 digits) or raise ``ValidationError``."""
    digits = normalize_ni_pppk(text)
    if not digits:
        raise ValidationError(field, QT_TR_NOOP("NI PPPK belum diisi. Isikan nomor NI PPPK (hanya angka)."))
    _require_digits(digits, "NI PPPK", field)
    if not NI_PPPK_MIN_LENGTH <= len(digits) <= NI_PPPK_MAX_LENGTH:
        raise ValidationError(
            field,
            QT_TR_NOOP("NI PPPK harus terdiri atas {min} sampai {max} angka; yang diisi {count} angka."),
            min=NI_PPPK_MIN_LENGTH, max=NI_PPPK_MAX_LENGTH, count=len(digits),
        )
    return digits


def format_ni_pppk(digits: str) -> str:
    """The NI PPPK as stored: its grouping is not standardised, so it is not regrouped."""
    return normalize_ni_pppk(digits) or (digits or "").strip()


def validate_employee_id(
    kind: EmployeeIdKind | str,
    text: str,
    *,
    allow_empty: bool = False,
    field: str = "nip",
    today: date | None = None,
) -> str:
    """Validate a NIP or NI PPPK; an empty value gives "" only when ``allow_empty`` is set."""
    kind = EmployeeIdKind(kind)
    if allow_empty and not _strip(text):
        return ""
    if kind is EmployeeIdKind.NIP:
        return validate_nip(text, field=field, today=today)
    return validate_ni_pppk(text, field=field)


def employee_id_label(kind: EmployeeIdKind | str, digits: str) -> str:
    """"NIP. 1969…" or "NI PPPK. …" for a signature block; "" when there is no number."""
    kind = EmployeeIdKind(kind)
    if kind is EmployeeIdKind.NIP:
        return nip_label(digits)
    text = format_ni_pppk(digits)
    return f"{kind.label}. {text}" if text else ""
