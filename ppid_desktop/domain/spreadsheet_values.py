"""Reading single cell values of an imported register: text, dates and exemption periods.

Cells arrive as openpyxl gives them (str, int, float, bool, datetime, date, time, None) or as
CSV text. Nothing here raises on odd input: a value that cannot be read is reported as an
Indonesian problem text that the preview shows beside the row.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from ppid_desktop.domain.dates import format_tanggal, parse_tanggal
from ppid_desktop.domain.errors import UserError, ValidationError
from ppid_desktop.domain.texts import QT_TR_NOOP

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1 January 1900 (Excel's 1900 leap-year bug included)
# Serial numbers taken as dates: 1 January 1960 .. 31 December 2099. Outside that range a
# number in a date column is more likely a typo than a date.
SERIAL_MIN, SERIAL_MAX = 21916, 73050


def cell_text(value: object) -> str:
    """The text of a cell, trimmed, line breaks kept as single line breaks, runs of spaces as one."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, datetime):
        return format_tanggal(value.date()) if value.time() == time() else value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return format_tanggal(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").replace("_x000D_", "")
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def one_line(text: str) -> str:
    return " ".join(text.split())


def serial_to_date(serial: float) -> date | None:
    """An Excel serial day number as a date, or None outside SERIAL_MIN..SERIAL_MAX."""
    if not SERIAL_MIN <= serial <= SERIAL_MAX:
        return None
    return EXCEL_EPOCH + timedelta(days=int(serial))


_SERIAL_TEXT = re.compile(r"[0-9]{5}(?:[.,]0+)?")
_SHORT_YEAR = re.compile(r"([0-9]{1,2})\s*([\-./])\s*([0-9]{1,2})\s*\2\s*([0-9]{2})")


def read_date(value: object, label: str) -> tuple[date | None, str | None]:
    """(date, None), (None, None) for an empty cell, or (None, problem) when unreadable."""
    found, error = read_date_error(value, label)
    return found, None if error is None else error.message


def read_date_error(value: object, label: str) -> tuple[date | None, UserError | None]:
    """`read_date` with the problem as a UserError (template and values) the window translates;
    `label` names the column (a marked phrase)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        found = serial_to_date(float(value))
        if found is None:
            return None, UserError(QT_TR_NOOP("{label}: angka {number} bukan tanggal yang dapat dibaca; tuliskan tanggalnya, "
                                              "misalnya 31-12-2030."), label=label, number=cell_text(value))
        return found, None
    text = one_line(cell_text(value))
    if _SERIAL_TEXT.fullmatch(text):
        found = serial_to_date(float(text.replace(",", ".")))
        if found is not None:
            return found, None
    if m := _SHORT_YEAR.fullmatch(text):  # "31/12/30": two-digit years are this century
        text = f"{m.group(1)}-{m.group(3)}-20{m.group(4)}"
    try:
        return parse_tanggal(text, field="tanggal"), None
    except ValidationError as exc:
        return None, UserError(QT_TR_NOOP("{label}: {problem}"), label=label, problem=exc)


@dataclass(frozen=True)
class Period:
    """An exemption period read from a cell: an end date, a condition text, or both; or a problem."""

    end: date | None = None
    condition: str = ""
    start: date | None = None  # set when a duration was counted from the reference date
    problem: str | None = None
    # The problem as a template with values, for the window (see `_problem`).
    error: UserError | None = field(default=None, compare=False, repr=False)


def _problem(error: UserError | None, **found: object) -> Period:
    return Period(problem=None if error is None else error.message, error=error, **found)  # type: ignore[arg-type]


_UNTIL = re.compile(r"^(?:sampai\s+dengan|sampai|s\s*\.?\s*/?\s*d\s*\.?|hingga|berlaku\s+sampai(?:\s+dengan)?|berakhir(?:\s+pada)?(?:\s+tanggal)?|tanggal|tgl\.?)\s*", re.I)
_DURATION = re.compile(
    r"^(?:selama\s+)?([0-9]{1,3})\s*(?:\(\s*[a-z ]+\s*\)\s*)?(tahun|thn|th|bulan|bln|bl|minggu|hari)\.?"
    r"(?:\s+(?:sejak|setelah|sesudah|terhitung|dari|mulai)\b.*)?$",
    re.I,
)
_WORD_NUMBERS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "lima belas": 15, "dua puluh": 20, "dua puluh lima": 25, "tiga puluh": 30,
}  # fmt: skip
_WORD_DURATION = re.compile(r"^(?:selama\s+)?(" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")\s+(tahun|bulan|hari)\b", re.I)
_DATE_LIKE = re.compile(r"^[0-9]{1,4}\s*[\-./]\s*[0-9]{1,2}\s*[\-./]\s*[0-9]{1,4}$|^[0-9]{1,2}\s+[a-z]+\s+[0-9]{4}$", re.I)


def add_years(start: date, years: int) -> date:
    """`start` plus whole years; 29 February becomes 28 February in a common year."""
    year = start.year + years
    return start.replace(year=year, day=min(start.day, calendar.monthrange(year, start.month)[1]))


def add_months(start: date, months: int) -> date:
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _after(start: date, count: int, unit: str) -> date:
    unit = unit.lower()
    if unit.startswith("t"):
        return add_years(start, count)
    if unit.startswith("b"):
        return add_months(start, count)
    if unit.startswith("m"):
        return start + timedelta(weeks=count)
    return start + timedelta(days=count)


_PERIOD = QT_TR_NOOP("Jangka waktu")  # the column a period problem names


def read_period(value: object, start: date | None, reference: date) -> Period:
    """A "Jangka waktu" cell: a date ("31-12-2030", a serial, a date cell), a duration counted from
    `start` or, without one, from `reference` (the import date) ("5 tahun"), or a condition text
    ("Sampai memperoleh persetujuan dari yang bersangkutan", "Tidak terbatas")."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return Period()
    if not isinstance(value, str):
        found, error = read_date_error(value, _PERIOD)
        return _problem(error, end=found)
    text = cell_text(value)
    flat = one_line(text)
    until = _UNTIL.sub("", flat)
    for candidate in (flat, until):
        if _DATE_LIKE.match(candidate) or _SERIAL_TEXT.fullmatch(candidate):
            found, error = read_date_error(candidate, _PERIOD)
            return _problem(error, end=found)
    if until != flat:  # "Sampai dengan 31 Desember 2030"
        found, _ = read_date_error(until, _PERIOD)
        if found is not None:
            return Period(end=found)
    count, unit = None, ""
    if m := _DURATION.match(flat):
        count, unit = int(m.group(1)), m.group(2)
    elif m := _WORD_DURATION.match(flat):
        count, unit = _WORD_NUMBERS[m.group(1).lower()], m.group(2)
    if count is not None:
        if not 1 <= count <= 100:
            return _problem(UserError(QT_TR_NOOP("Jangka waktu \"{text}\" tidak wajar; tuliskan 1 sampai 100 {unit} atau "
                                                 "tanggal akhirnya."), text=flat, unit=unit.lower()))
        begin = start or reference
        try:
            end = _after(begin, count, unit)
        except (ValueError, OverflowError):
            return _problem(UserError(QT_TR_NOOP("Jangka waktu \"{text}\" melewati batas kalender; tuliskan tanggal akhirnya."),
                                      text=flat))
        return Period(end=end, start=None if start else begin)
    return Period(condition=text)
