"""Importing a register kept in Excel or CSV: preview first, then the good rows in one transaction.

    data = read_sheet(path)                       # services.spreadsheet_read
    preview = build_preview(db, data)             # every row as it will be imported, with problems
    result = import_rows(db, preview, officer_id) # all good rows, or nothing

Records are created the way `services.records.create_record` creates them (validation, uid,
the office's SOP version, the first stage visit as `workflow.start_visit` opens it, a "create"
audit entry naming the file and row), all inside one `Database.session()`: an error or a cancel half-way leaves the database
as it was. A row equal to a stored record (title, unit and register number) is a duplicate,
so importing the same file twice adds nothing.
"""

from __future__ import annotations

import csv
import gc
import io
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.sizes import format_count
from ppid_desktop.domain.record import validate_record
from ppid_desktop.domain.spreadsheet_columns import FIELD_CHOICES, SheetLayout, find_layout
from ppid_desktop.domain.spreadsheet_rows import ParsedRow, UnitIndex, describe, is_blank, mark_duplicates, parse_row, record_key
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.services import audit
from ppid_desktop.services.office import list_units

# The same helpers create_record uses, so an imported record is stored exactly like a typed one.
from ppid_desktop.services.backups import take_backup
from ppid_desktop.services.records import new_record
from ppid_desktop.services.workflow import start_first_visit
from ppid_desktop.services.sop_catalog import template_of_row
from ppid_desktop.reports import GenerationCancelled
from ppid_desktop.reports.output import write_atomically
from ppid_desktop.services.spreadsheet_export import EXCEL_IN_USE
from ppid_desktop.services.spreadsheet_read import SheetData, read_sheet
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.models import ExemptRecord, Office, Unit

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
BATCH = 500  # rows inserted per flush; progress and cancel are checked between batches


class ImportCancelled(GenerationCancelled):
    """The clerk cancelled the import; the transaction was rolled back."""


@dataclass
class ImportPreview:
    """Every data row of a sheet as it will be imported."""

    data: SheetData
    layout: SheetLayout
    mapping: tuple[str, ...]
    rows: list[ParsedRow]
    units: UnitIndex
    default_unit_id: int | None = None
    reference: date = field(default_factory=date.today)

    @property
    def good(self) -> list[ParsedRow]:
        return [row for row in self.rows if row.ok]

    @property
    def skipped(self) -> list[ParsedRow]:
        return [row for row in self.rows if not row.ok]

    def describe(self, row: ParsedRow) -> dict[str, str]:
        return describe(row, self.units)

    def summary(self) -> str:
        good, skipped = len(self.good), len(self.rows) - len(self.good)
        return f"{format_count(len(self.rows))} baris data: {format_count(good)} siap diimpor, {format_count(skipped)} dilewati karena bermasalah."


@dataclass(frozen=True)
class ImportResult:
    imported: int
    record_ids: list[int]
    skipped_as_duplicates: int = 0  # rows stored by someone else between preview and import


def _units(db: Database) -> UnitIndex:
    return UnitIndex.build([(u.id, u.name, u.code) for u in list_units(db)])


def existing_keys(db: Database) -> set[tuple[str, int | None, str]]:
    with db.engine.connect() as connection:
        rows = connection.execute(select(ExemptRecord.title, ExemptRecord.unit_id, ExemptRecord.register_number))
        return {record_key(title, unit_id, number) for title, unit_id, number in rows}


def find_sheet_layout(data: SheetData) -> SheetLayout:
    """The heading of the register in `data`, or a UserError saying what the importer looks for."""
    if not data.rows:
        raise UserError(QT_TR_NOOP("Lembar \"{sheet_name}\" di \"{name}\" kosong. Pilih lembar yang berisi daftar."), sheet_name=data.sheet_name, name=data.path.name)
    layout = find_layout(data.rows)
    if layout is None:
        raise UserError(
            QT_TR_NOOP("Baris judul kolom tidak ditemukan di lembar \"{sheet_name}\" (dicari pada 30 baris pertama). "
            "Pastikan tabel mempunyai baris judul kolom seperti \"No | Informasi yang Dikecualikan | Dasar Hukum | "
            "Konsekuensi | Jangka Waktu | Unit | Keterangan\"."), sheet_name=data.sheet_name
        )
    return layout


def check_mapping(mapping: Sequence[str]) -> None:
    unknown = [key for key in mapping if key not in FIELD_CHOICES]
    if unknown:
        raise UserError(QT_TR_NOOP("Pemetaan kolom tidak dikenal: {unknown}."), unknown=', '.join(unknown))
    if "title" not in mapping:
        raise UserError(QT_TR_NOOP("Belum ada kolom yang dipetakan ke \"Informasi yang dikecualikan\". Pilih kolom yang berisi judul informasinya."))


def build_preview(
    db: Database,
    data: SheetData,
    mapping: Sequence[str] | None = None,
    default_unit_id: int | None = None,
    reference: date | None = None,
    layout: SheetLayout | None = None,
) -> ImportPreview:
    """Parse every data row under the heading with `mapping` (the guessed one when None)."""
    layout = layout or find_sheet_layout(data)
    chosen = tuple(mapping) if mapping is not None else layout.mapping
    check_mapping(chosen)
    units = _units(db)
    if default_unit_id is not None and default_unit_id not in units.names:
        raise UserError(QT_TR_NOOP("Unit bawaan yang dipilih tidak ada. Pilih unit yang lain."))
    day = reference or date.today()
    parsed = [
        parse_row(number, row, chosen, units, day, default_unit_id)
        for number, row in enumerate(data.rows[layout.data_start :], start=layout.data_start + 1)
        if not is_blank(row, chosen)
    ]
    mark_duplicates(parsed, existing_keys(db))
    return ImportPreview(data, layout, chosen, parsed, units, default_unit_id, day)


def preview_file(
    db: Database, path: str | Path, sheet: str | None = None, mapping: Sequence[str] | None = None, default_unit_id: int | None = None
) -> ImportPreview:
    """Read a file and build its preview (the command line's one call)."""
    return build_preview(db, read_sheet(path, sheet), mapping, default_unit_id)


def remap(preview: ImportPreview, db: Database, mapping: Sequence[str], default_unit_id: int | None) -> ImportPreview:
    """The preview again with the clerk's corrected mapping or default unit."""
    return build_preview(db, preview.data, mapping, default_unit_id, preview.reference, preview.layout)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the cyclic garbage collector less often while the ORM builds thousands of objects:
    at Python's default threshold collection took about a third of a 10,000-row import."""
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], 50_000), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def import_rows(
    db: Database,
    preview: ImportPreview,
    officer_id: int | None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> ImportResult:
    """Store every good row of `preview` in one transaction; a cancel or an error stores none."""
    rows = preview.good
    source = preview.data.path.name
    total = len(rows)
    if rows:
        take_backup(db.paths, "sebelum-impor")  # no copy, no import: the clerk is told why
    ids: list[int] = []
    duplicates = 0
    with _fewer_collections(), db.session() as session:
        office = session.get(Office, 1)
        if office is None:
            raise UserError(QT_TR_NOOP("Kantor belum disiapkan. Jalankan panduan penyiapan terlebih dahulu."))
        template = template_of_row(office.sop_template)
        first = template.first_stage
        sop_template_id = office.sop_template_id
        unit_ids = set(session.scalars(select(Unit.id)))
        stored = {record_key(t, u, n) for t, u, n in session.execute(select(ExemptRecord.title, ExemptRecord.unit_id, ExemptRecord.register_number))}
        for start in range(0, total, BATCH):
            if is_cancelled is not None and is_cancelled():
                raise ImportCancelled()
            batch: list[tuple[ParsedRow, ExemptRecord]] = []
            for parsed in rows[start : start + BATCH]:
                checked = validate_record(parsed.draft)
                key = record_key(checked.title, checked.unit_id, checked.register_number)
                if key in stored:
                    duplicates += 1
                    continue
                if checked.unit_id not in unit_ids:
                    raise UserError(QT_TR_NOOP("Baris {row_number}: unit penguasa informasinya sudah tidak ada. Muat ulang pratinjau."), row_number=parsed.row_number)
                stored.add(key)
                record = new_record(checked, first.code, sop_template_id, officer_id)
                session.add(record)
                batch.append((parsed, record))
            session.flush()
            for parsed, record in batch:
                start_first_visit(session, record, first)
                audit.append(session, record.id, officer_id, "create",
                             f"Rekaman dibuat di tahap 1 ({first.nama}) melalui impor dari \"{source}\" baris {parsed.row_number}: {record.title}")
                ids.append(record.id)
            session.flush()
            # Flushed rows are not needed again in this transaction: letting the session forget
            # them keeps its memory flat in long imports.
            session.expunge_all()
            if progress is not None:
                progress(min(start + BATCH, total), total)
        if is_cancelled is not None and is_cancelled():
            raise ImportCancelled()
    return ImportResult(len(ids), ids, duplicates)


REPORT_COLUMNS = ("Baris", "Informasi yang dikecualikan", "Unit", "Dasar hukum", "Jangka waktu", "Alasan dilewati")


def skipped_report_text(preview: ImportPreview) -> str:
    """The skipped rows as CSV text (";"-separated for Excel on Indonesian Windows, see spreadsheet_export)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(REPORT_COLUMNS)
    for row in preview.skipped:
        shown = preview.describe(row)
        writer.writerow([row.row_number, shown["title"], shown["unit"], shown["legal_grounds"], shown["period"], " ".join(row.problems)])
    return out.getvalue()


def write_skipped_report(preview: ImportPreview, target: str | Path) -> Path:
    """Write the skipped rows to `target` as CSV (UTF-8 with a byte-order mark), atomically."""
    text = skipped_report_text(preview)

    data = text.encode("utf-8-sig")

    def write(temp: str) -> None:
        Path(temp).write_bytes(data)

    def verify(temp: Path) -> None:
        if temp.read_bytes() != data:
            raise OSError(5, "laporan tidak tertulis utuh")

    return write_atomically(target, write, verify=verify, in_use_hint=EXCEL_IN_USE)


__all__ = [
    "ImportCancelled", "ImportPreview", "ImportResult", "build_preview", "find_sheet_layout",
    "import_rows", "preview_file", "read_sheet", "remap", "skipped_report_text", "write_skipped_report",
]  # fmt: skip
