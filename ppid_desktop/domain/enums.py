"""Closed vocabularies of the domain, each with the Indonesian label a user reads."""

from __future__ import annotations

from enum import Enum

from ppid_desktop.domain.texts import QT_TR_NOOP


class _Labelled(str, Enum):
    """A string enum whose members carry an Indonesian label for display (marked for translation:
    the window shows ``tr(member.label)``; printed documents use the label as it is)."""

    label: str

    def __new__(cls, value: str, label: str) -> "_Labelled":
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def from_label(cls, label: str) -> "_Labelled":
        for member in cls:
            if member.label.casefold() == label.strip().casefold():
                return member
        raise KeyError(label)


class Classification(_Labelled):
    """Security classification of archives (Perka ANRI 17/2011)."""

    BIASA = ("biasa", QT_TR_NOOP("Biasa"))
    TERBATAS = ("terbatas", QT_TR_NOOP("Terbatas"))
    RAHASIA = ("rahasia", QT_TR_NOOP("Rahasia"))
    SANGAT_RAHASIA = ("sangat_rahasia", QT_TR_NOOP("Sangat Rahasia"))


class InformationForm(_Labelled):
    """Bentuk informasi as printed in the registers."""

    CETAK = ("cetak", QT_TR_NOOP("Cetak"))
    ELEKTRONIK = ("elektronik", QT_TR_NOOP("Elektronik"))
    CETAK_DAN_ELEKTRONIK = ("cetak_elektronik", QT_TR_NOOP("Cetak dan elektronik"))


class RecordStatus(_Labelled):
    """Where a record stands legally: drafted, formally determined, or opened to the public.

    Opened records move to the Daftar Informasi Publik; nothing is ever deleted.
    """

    DRAFT = ("draft", QT_TR_NOOP("Draf"))
    DITETAPKAN = ("ditetapkan", QT_TR_NOOP("Ditetapkan"))
    DIBUKA = ("dibuka", QT_TR_NOOP("Dibuka (DIP)"))


class PaperSize(_Labelled):
    A4 = ("A4", QT_TR_NOOP("A4 (210 × 297 mm)"))
    F4 = ("F4", QT_TR_NOOP("F4 / Folio (215 × 330 mm)"))


# Roles an officer can hold. SOP templates name their own pelaksana roles; these are the
# ones every office has whatever SOP it follows (the approver is not a pelaksana column).
# Admin is no SOP role: it manages accounts, units, officers, the SOP and the office settings
# (domain/permissions.py).
ADMIN_ROLE = "admin"
STANDARD_ROLES: dict[str, str] = {
    "petugas_dokumentasi": QT_TR_NOOP("Petugas Dokumentasi"),
    "ppid_pelaksana": QT_TR_NOOP("PPID Pelaksana"),
    "ppid": QT_TR_NOOP("PPID"),
    "atasan_ppid": QT_TR_NOOP("Atasan PPID"),
    ADMIN_ROLE: QT_TR_NOOP("Admin"),
}
