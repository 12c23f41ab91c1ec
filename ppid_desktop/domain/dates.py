"""Indonesian dates as printed in letters ("Pontianak, 1 Maret 2021") and typed by clerks."""

from __future__ import annotations

import calendar
import re
from datetime import date

from ppid_desktop.domain.errors import ValidationError
from ppid_desktop.domain.texts import QT_TR_NOOP

# Marked: a month named in a message ("Februari 2030 hanya sampai tanggal 28") is translated on
# screen; printed dates (format_tanggal) use the names as they are.
BULAN: tuple[str, ...] = (
    QT_TR_NOOP("Januari"), QT_TR_NOOP("Februari"), QT_TR_NOOP("Maret"), QT_TR_NOOP("April"), QT_TR_NOOP("Mei"),
    QT_TR_NOOP("Juni"), QT_TR_NOOP("Juli"), QT_TR_NOOP("Agustus"), QT_TR_NOOP("September"), QT_TR_NOOP("Oktober"),
    QT_TR_NOOP("November"), QT_TR_NOOP("Desember"),
)  # fmt: skip
# Indexed by ``date.weekday()`` (Monday is 0).
HARI: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

# Month words met in practice: full names, 3-letter forms, the old spellings "Pebruari" and
# "Nopember" (still common in older documents) and English forms from Excel exports.
_MONTH_WORDS: dict[str, int] = {name.lower(): i for i, name in enumerate(BULAN, start=1)}
for _i, _words in enumerate(
    (
        "jan january", "feb pebruari peb february", "mar march", "apr",
        "may", "jun june", "jul july", "agu agt ags agust aug august",
        "sep sept", "okt oct october", "nov nopember nop", "des dec december",
    ),
    start=1,
):
    _MONTH_WORDS.update(dict.fromkeys(_words.split(), _i))

# A value of the messages below; marked so the window shows it in its language.
_ACCEPTED = QT_TR_NOOP("1 Maret 2021, 1 Mar 2021, 01-03-2021, 1/3/2021, atau 2021-03-01")
_F = re.IGNORECASE | re.ASCII
# "Senin, " or "Jum'at, " before the date, as written by format_hari_tanggal and by hand.
_WEEKDAY = re.compile(r"^(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s*,?\s*", _F)
_WORDS = re.compile(r"([0-9]{1,2})[\s\-./]*([a-z]+)\.?[\s\-./,]*([0-9]{4})", _F)
_DMY = re.compile(r"([0-9]{1,2})\s*([\-./])\s*([0-9]{1,2})\s*\2\s*([0-9]{4})", _F)
_YMD = re.compile(r"([0-9]{4})\s*([\-./])\s*([0-9]{1,2})\s*\2\s*([0-9]{1,2})", _F)


def format_tanggal(d: date) -> str:
    """"1 Maret 2021": no leading zero, month in full, no trailing period."""
    return f"{d.day} {BULAN[d.month - 1]} {d.year}"


class Tanggal(str):
    """A date filled into a message: reads as ``format_tanggal`` (the Indonesian sentence, the
    command line), and keeps the day so the window can write it in its own language."""

    __slots__ = ("date",)

    def __new__(cls, day: date) -> Tanggal:
        text = super().__new__(cls, format_tanggal(day))
        text.date = day
        return text

    def __reduce__(self) -> tuple[type[Tanggal], tuple[date]]:
        return (Tanggal, (self.date,))


def format_tempat_tanggal(city: str, d: date) -> str:
    """"Pontianak, 1 Maret 2021" for the signature block; the date alone when no city is set."""
    city = (city or "").strip()
    return f"{city}, {format_tanggal(d)}" if city else format_tanggal(d)


def format_hari_tanggal(d: date) -> str:
    """"Senin, 1 Maret 2021"."""
    return f"{HARI[d.weekday()]}, {format_tanggal(d)}"


def _build(day: int, month: int, year: int, text: str, field: str) -> date:
    if not 1 <= month <= 12:
        raise ValidationError(
            field,
            QT_TR_NOOP('Tanggal "{text}" tidak dapat dibaca: bulan {month} tidak ada; '
                       "bulan harus 1 sampai 12. Tuliskan tanggal dengan urutan tanggal-bulan-tahun, "
                       "contoh: 01-03-2021."),
            text=text, month=month,
        )
    if year < 1:
        raise ValidationError(field, QT_TR_NOOP('Tanggal "{text}" tidak dapat dibaca: tahun 0 tidak ada.'), text=text)
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ValidationError(
            field,
            QT_TR_NOOP('Tanggal "{text}" tidak ada dalam kalender: bulan {month} {year} hanya sampai tanggal {last}.'),
            text=text, month=BULAN[month - 1], year=year, last=last,
        )
    return date(year, month, day)


def parse_tanggal(text: str, *, field: str = "tanggal") -> date:
    """Read a date typed by a clerk; numeric dates are day-month-year except the ISO form."""
    shown = " ".join((text or "").split())
    cleaned = _WEEKDAY.sub("", shown.strip().rstrip("."))
    if not cleaned:
        raise ValidationError(
            field, QT_TR_NOOP("Tanggal belum diisi. Tuliskan tanggal dalam salah satu bentuk: {accepted}."), accepted=_ACCEPTED
        )
    if m := _YMD.fullmatch(cleaned):
        return _build(int(m.group(4)), int(m.group(3)), int(m.group(1)), shown, field)
    if m := _DMY.fullmatch(cleaned):
        return _build(int(m.group(1)), int(m.group(3)), int(m.group(4)), shown, field)
    if m := _WORDS.fullmatch(cleaned):
        month = _MONTH_WORDS.get(m.group(2).lower())
        if month is None:
            raise ValidationError(
                field,
                QT_TR_NOOP('Tanggal "{text}" tidak dapat dibaca: nama bulan "{month}" tidak dikenal. '
                           "Tuliskan nama bulan lengkap atau singkat, contoh: {accepted}."),
                text=shown, month=m.group(2), accepted=_ACCEPTED,
            )
        return _build(int(m.group(1)), month, int(m.group(3)), shown, field)
    raise ValidationError(
        field,
        QT_TR_NOOP('Tanggal "{text}" tidak dapat dibaca. Tuliskan tanggal dalam salah satu bentuk: {accepted}.'),
        text=shown, accepted=_ACCEPTED,
    )
