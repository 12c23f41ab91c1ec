"""Turning one row of an imported register into a `RecordDraft`, with its problems in Indonesian.

Pure: the caller supplies the units of the office (name/code -> id), the column mapping (one
field key per column, see `spreadsheet_columns.FIELD_CHOICES`) and the import date. A row never
raises; whatever stops it from being imported is listed in `ParsedRow.problems`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from ppid_desktop.domain.enums import Classification, InformationForm
from ppid_desktop.domain.errors import UserError, ValidationErrors
from ppid_desktop.domain.legal import format_legal_grounds, parse_legal_grounds
from ppid_desktop.domain.record import FIELD_LABELS, RecordDraft, format_period, validate_record
from ppid_desktop.domain.spreadsheet_columns import IGNORE
from ppid_desktop.domain.spreadsheet_values import cell_text, one_line, read_date_error, read_period
from ppid_desktop.domain.texts import QT_TR_NOOP

@dataclass(frozen=True)
class UnitIndex:
    """The office's units, found by name or code whatever the case and spacing."""

    by_key: Mapping[str, int]
    names: Mapping[int, str]

    @classmethod
    def build(cls, units: Sequence[tuple[int, str, str]]) -> "UnitIndex":
        """From (id, name, code) triples."""
        by_key: dict[str, int] = {}
        for unit_id, name, code in units:
            for key in (unit_key(name), unit_key(code)):
                if key:
                    by_key.setdefault(key, unit_id)
        return cls(by_key, {unit_id: name for unit_id, name, _ in units})

    def listing_text(self, limit: int = 6) -> str | UserError:
        """The unit names as a value for a message: "A, B, C dan 4 lainnya" (the window translates
        its words, not the names)."""
        names = sorted(self.names.values())
        shown = ", ".join(f"\"{name}\"" for name in names[:limit])
        if not shown:
            return QT_TR_NOOP("(belum ada unit)")
        if len(names) > limit:
            return UserError(QT_TR_NOOP("{names} dan {count} lainnya"), names=shown, count=len(names) - limit)
        return shown

    def find(self, text: str) -> int | None:
        key = unit_key(text)
        if not key:
            return None
        if key in self.by_key:
            return self.by_key[key]
        # "Kepala Bagian Kesejahteraan Sosial" names the unit "Bagian Kesejahteraan Sosial".
        containing = {unit_id for name_key, unit_id in self.by_key.items() if len(name_key) >= 6 and name_key in key}
        return containing.pop() if len(containing) == 1 else None


def unit_key(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", (text or "").casefold()).split())


@dataclass
class ParsedRow:
    """One data row as it will be imported: the draft, and why it cannot be (if it cannot)."""

    row_number: int  # as the spreadsheet numbers it (1-based)
    draft: RecordDraft
    errors: list[UserError] = field(default_factory=list)  # templates with values: the window translates them
    unit_text: str = ""

    @property
    def problems(self) -> list[str]:
        """The problems in Indonesian (the skipped-rows report, the command line)."""
        return [error.message for error in self.errors]

    @property
    def ok(self) -> bool:
        return not self.errors

    def duplicate_key(self) -> tuple[str, int | None, str]:
        return record_key(self.draft.title, self.draft.unit_id, self.draft.register_number)


def record_key(title: str, unit_id: int | None, register_number: str) -> tuple[str, int | None, str]:
    """What makes two records the same entry: title, unit and register number, whatever the spacing and case."""
    return (" ".join((title or "").split()).casefold(), unit_id, " ".join((register_number or "").split()).casefold())


def _texts(row: Sequence[object], mapping: Sequence[str]) -> dict[str, list[object]]:
    cells: dict[str, list[object]] = {}
    for index, key in enumerate(mapping):
        if key in (IGNORE, "row_number") or index >= len(row):
            continue
        value = row[index]
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        cells.setdefault(key, []).append(value)
    return cells


def is_blank(row: Sequence[object], mapping: Sequence[str]) -> bool:
    """No value in any imported column (an empty line, or only a running number)."""
    return not _texts(row, mapping)


def _joined(cells: dict[str, list[object]], key: str, separator: str = "\n") -> str:
    return separator.join(text for text in (cell_text(v) for v in cells.get(key, [])) if text)


_PASAL_FIRST = re.compile(r"^\s*17\b")
_HURUF_FIRST = re.compile(r"^\s*(?:huruf|hrf|huf)\b|^\s*\(?[a-j]\)?(?:\s|$)", re.I)


def legal_text(cells: dict[str, list[object]]) -> str:
    """Dasar hukum and Pasal columns as one text: "17 huruf h" -> "Pasal 17 huruf h", "huruf b" under a
    "Pasal 17" heading -> "Pasal 17 huruf b"."""
    parts: list[str] = []
    for key in ("legal_pasal", "legal_grounds"):
        for value in cells.get(key, []):
            text = cell_text(value)
            if _PASAL_FIRST.match(text):
                text = "Pasal " + text
            elif _HURUF_FIRST.match(text):
                text = "Pasal 17 " + text
            if text:
                parts.append(text)
    return "\n".join(parts)


def _enum_member(enum: type, text: str, default):  # type: ignore[no-untyped-def]
    key = unit_key(text)
    for member in enum:
        if unit_key(member.label) == key or unit_key(member.value) == key:
            return member, None
    return default, text


def _form(text: str) -> tuple[InformationForm, str | None]:
    key = unit_key(text)
    if not key:
        return InformationForm.CETAK_DAN_ELEKTRONIK, None
    printed = any(w in key for w in ("cetak", "hardcopy", "hard copy", "kertas", "fisik", "tercetak"))
    electronic = any(w in key for w in ("elektronik", "softcopy", "soft copy", "digital", "file", "berkas elektronik"))
    if printed and electronic or ("dan" in key.split() and (printed or electronic)):
        return InformationForm.CETAK_DAN_ELEKTRONIK, None
    if printed:
        return InformationForm.CETAK, None
    if electronic:
        return InformationForm.ELEKTRONIK, None
    return InformationForm.CETAK_DAN_ELEKTRONIK, text


def parse_row(
    row_number: int,
    row: Sequence[object],
    mapping: Sequence[str],
    units: UnitIndex,
    reference: date,
    default_unit_id: int | None = None,
) -> ParsedRow:
    """The draft for one spreadsheet row and every problem that stops its import."""
    cells = _texts(row, mapping)
    problems: list[UserError] = []
    notes: list[str] = []  # kept in Keterangan so nothing the clerk wrote is lost

    title = one_line(_joined(cells, "title", " "))
    unit_text = one_line(_joined(cells, "unit", " "))
    unit_id = units.find(unit_text) if unit_text else default_unit_id
    if unit_text and unit_id is None:
        problems.append(UserError(QT_TR_NOOP("Unit \"{unit}\" tidak dikenal. Unit yang ada: {units}. Perbaiki nama unit di "
                                             "berkas agar sama dengan salah satunya, lalu impor lagi."),
                                  unit=unit_text[:80], units=units.listing_text()))
    elif unit_id is None:
        problems.append(UserError(QT_TR_NOOP("Unit penguasa informasi kosong. Isi kolom unit, atau pilih unit bawaan untuk "
                                             "baris tanpa unit.")))

    start, start_problem = (read_date_error(cells["period_start"][0], QT_TR_NOOP("Mulai dikecualikan"))
                            if "period_start" in cells else (None, None))
    if start_problem:
        problems.append(start_problem)
    period_values = cells.get("period", [])
    period = read_period(period_values[0] if period_values else None, start, reference)
    if period.error:
        problems.append(period.error)
    for extra in period_values[1:]:
        notes.append(cell_text(extra))
    condition = "\n".join(t for t in (period.condition, _joined(cells, "period_condition")) if t)

    classification, unknown_class = _enum_member(Classification, _joined(cells, "classification", " "), Classification.TERBATAS)
    form, unknown_form = _form(_joined(cells, "form", " "))
    for label, unknown in (("Klasifikasi", unknown_class), ("Bentuk informasi", unknown_form)):
        if unknown:
            notes.append(f"{label}: {unknown}")

    remarks = "\n".join(t for t in (_joined(cells, "remarks"), *notes) if t)
    draft = RecordDraft(
        title=title,
        register_number=one_line(_joined(cells, "register_number", " ")),
        summary=_joined(cells, "summary"),
        unit_id=unit_id,
        legal_grounds=parse_legal_grounds(legal_text(cells)),
        consequence_opened=_joined(cells, "consequence_opened"),
        consequence_closed=_joined(cells, "consequence_closed"),
        period_start=start or period.start,
        period_end=period.end,
        period_condition=condition,
        form=form,
        storage_location=_joined(cells, "storage_location"),
        classification=classification,
        remarks=remarks,
    )
    problems += _validation_problems(draft, skip_unit=bool(problems and unit_id is None), skip_period=bool(period.error or start_problem))
    return ParsedRow(row_number, draft, problems, unit_text)


def _validation_problems(draft: RecordDraft, *, skip_unit: bool, skip_period: bool) -> list[UserError]:
    """validate_record's messages, minus those the import already stated in its own words."""
    try:
        validate_record(draft)
    except ValidationErrors as errors:
        skipped = {"unit_id"} if skip_unit else set()
        if skip_period:
            skipped.add("period_end")
        return [e for e in errors.errors if e.field not in skipped]
    return []


def mark_duplicates(rows: Sequence[ParsedRow], existing: set[tuple[str, int | None, str]]) -> None:
    """Add a problem to each row that repeats a stored record or an earlier row of the file."""
    seen: dict[tuple[str, int | None, str], int] = {}
    for row in rows:
        if not row.draft.title:
            continue
        key = row.duplicate_key()
        if key in existing:
            row.errors.append(UserError(QT_TR_NOOP("Sama dengan rekaman yang sudah ada (judul, unit dan nomor register sama); "
                                                   "baris ini tidak diimpor lagi.")))
        elif key in seen:
            row.errors.append(UserError(QT_TR_NOOP("Sama dengan baris {row} di berkas ini (judul, unit dan nomor register sama)."),
                                        row=seen[key]))
        else:
            seen[key] = row.row_number


def describe(row: ParsedRow, units: UnitIndex) -> dict[str, str]:
    """Display texts of a parsed row for the preview table and the skipped-rows report."""
    draft = row.draft
    return {
        "register_number": draft.register_number,
        "title": draft.title,
        "unit": units.names.get(draft.unit_id, row.unit_text) if draft.unit_id is not None else row.unit_text,
        "legal_grounds": format_legal_grounds(draft.legal_grounds),
        "consequence_opened": draft.consequence_opened,
        "consequence_closed": draft.consequence_closed,
        "period": format_period(draft.period_start, draft.period_end, draft.period_condition),
        "remarks": draft.remarks,
    }


PREVIEW_FIELDS = {key: FIELD_LABELS.get(key, "") for key in ("register_number", "title", "consequence_opened", "consequence_closed", "remarks")}
PREVIEW_FIELDS.update({"unit": QT_TR_NOOP("Unit penguasa informasi"), "legal_grounds": QT_TR_NOOP("Dasar hukum pengecualian"),
                       "period": QT_TR_NOOP("Jangka waktu pengecualian")})
