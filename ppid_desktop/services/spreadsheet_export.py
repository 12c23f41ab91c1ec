"""The register, filtered as on screen, as an .xlsx workbook or a .csv file.

The records are the ones `services.records.query_record_ids` finds for the same search text
and stage as the register list, oldest first (register order). They are read in batches and
streamed out (openpyxl's write-only mode), so memory stays flat for large registers. The file
is written under a temporary name in the target folder, fsynced, re-opened to check it, and
only then renamed to the chosen name.

The columns are those of the DIK register followed by the remaining fields of a record, with
headings the importer recognises: an exported file imports back into another installation.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ppid_desktop.domain.enums import Classification, InformationForm, RecordStatus
from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.legal import LegalGround, format_legal_grounds
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.services.records import query_record_ids
from ppid_desktop.services.sop_catalog import active_template, template_of_row
from ppid_desktop.reports import GenerationCancelled
from ppid_desktop.reports.output import write_atomically
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.models import ExemptRecord

EXCEL_IN_USE = QT_TR_NOOP("Bila berkas itu sedang dibuka di Excel, tutup dulu berkasnya.")
Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
BATCH = 500
SHEET_TITLE = "Daftar Informasi yang Dikecualikan"
# Indonesian Windows uses ";" as its list separator (the decimal separator is ","), so Excel
# there splits a double-clicked CSV at ";" and would put a ","-separated file in one column.
DEFAULT_DELIMITER = ";"

# (heading, width in Excel character units). The first PRINTED columns are the DIK as offices
# print it; their widths add up to a page that fits A4 landscape at about 80 %.
COLUMNS: tuple[tuple[str, int], ...] = (
    ("No", 5),
    ("Informasi yang dikecualikan", 32),
    ("Dasar hukum pengecualian", 18),
    ("Konsekuensi bila dibuka", 26),
    ("Konsekuensi bila ditutup", 26),
    ("Akhir jangka waktu", 12),
    ("Jangka waktu (syarat)", 18),
    ("Unit penguasa informasi", 18),
    ("Keterangan", 16),
    ("Nomor register", 18),
    ("Ringkasan isi informasi", 30),
    ("Mulai dikecualikan", 12),
    ("Bentuk informasi", 14),
    ("Tempat penyimpanan", 18),
    ("Klasifikasi keamanan", 12),
    ("Status", 12),
    ("Tahap", 22),
    ("ID rekaman", 38),
)
PRINTED = 9
HEADINGS = tuple(heading for heading, _ in COLUMNS)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int


def _values(number: int, row: ExemptRecord, stages: dict[str, str]) -> list[object]:
    grounds = [LegalGround(g.huruf, g.angka, g.other) for g in row.legal_grounds]
    return [
        number, row.title, format_legal_grounds(grounds), row.consequence_opened, row.consequence_closed,
        row.period_end, row.period_condition, row.unit.name, row.remarks, row.register_number, row.summary,
        row.period_start, InformationForm(row.form).label, row.storage_location, Classification(row.classification).label,
        RecordStatus(row.status).label, stages.get(row.stage_code, row.stage_code), row.uid,
    ]  # fmt: skip


def _rows(db: Database, ids: list[int], progress: Progress | None, is_cancelled: IsCancelled | None) -> Iterator[list[object]]:
    stage_labels: dict[int, dict[str, str]] = {}
    number = 0
    for start in range(0, len(ids), BATCH):
        if is_cancelled is not None and is_cancelled():
            raise GenerationCancelled()
        chunk = ids[start : start + BATCH]
        with db.session() as session:
            found = session.scalars(
                select(ExemptRecord).where(ExemptRecord.id.in_(chunk))
                .options(selectinload(ExemptRecord.legal_grounds), selectinload(ExemptRecord.unit), selectinload(ExemptRecord.sop_template))
            )
            by_id = {row.id: row for row in found}
            values: list[list[object]] = []
            for record_id in chunk:
                row = by_id.get(record_id)
                if row is None:  # deleted meanwhile (nothing is deleted today, but never crash on it)
                    continue
                if row.sop_template_id not in stage_labels:
                    template = template_of_row(row.sop_template)
                    stage_labels[row.sop_template_id] = {s.code: f"{s.number}. {s.nama}" for s in template.stages}
                number += 1
                values.append(_values(number, row, stage_labels[row.sop_template_id]))
        yield from values
        if progress is not None:
            progress(min(start + BATCH, len(ids)), len(ids))


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value)


def _write_csv(temp: Path, rows: Iterator[list[object]], delimiter: str) -> None:
    # UTF-8 with a byte-order mark: without it Excel on Windows reads the file as Windows-1252.
    with open(temp, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(HEADINGS)
        for values in rows:
            writer.writerow([_text(v) for v in values])


def _verify_csv(temp: Path) -> None:
    with open(temp, "rb") as handle:
        head = handle.read(4096)
    if not head.startswith(b"\xef\xbb\xbf") or HEADINGS[1].encode() not in head:
        raise OSError(5, "berkas CSV tidak tertulis utuh")


def _write_xlsx(temp: Path, rows: Iterator[list[object]]) -> None:
    from ppid_desktop.services.spreadsheet_export_xlsx import write_register_workbook

    write_register_workbook(temp, SHEET_TITLE, COLUMNS, PRINTED, rows)


def _verify_xlsx(temp: Path) -> None:
    import zipfile

    import openpyxl

    try:
        with open(temp, "rb") as handle:  # a file object: openpyxl refuses the ".part" name
            book = openpyxl.load_workbook(handle, read_only=True)
            try:
                first = next(book.worksheets[0].iter_rows(max_row=1, values_only=True), ())
            finally:
                book.close()
    except (zipfile.BadZipFile, KeyError, ValueError, IndexError) as exc:
        raise OSError(5, "buku kerja tidak tertulis utuh") from exc
    if tuple(first[: len(HEADINGS)]) != HEADINGS:
        raise OSError(5, "buku kerja tidak tertulis utuh")


def _check_stage(db: Database, stage_code: str) -> None:
    with db.session() as session:
        template = active_template(session)
    codes = [stage.code for stage in template.stages] if template is not None else []
    if stage_code not in codes:
        raise UserError(QT_TR_NOOP("Tahap \"{stage_code}\" tidak ada dalam SOP kantor. Kode tahap yang ada: {codes}."), stage_code=stage_code, codes=', '.join(codes) or QT_TR_NOOP("(belum ada)"))


def export_register(
    db: Database,
    target: str | Path,
    *,
    search: str = "",
    stage_code: str | None = None,
    delimiter: str = DEFAULT_DELIMITER,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> ExportResult:
    """Write the records matching `search` (and `stage_code`) to `target`: .xlsx or .csv by its suffix."""
    target = Path(target).expanduser()
    kind = target.suffix.lower()
    if target.is_dir():
        raise UserError(QT_TR_NOOP("\"{target}\" adalah folder. Tuliskan nama berkasnya, misalnya \"{example}\"."), target=target, example=target / 'daftar.xlsx')
    if kind not in (".xlsx", ".csv"):
        raise UserError(QT_TR_NOOP("Nama berkas \"{name}\" harus berakhiran .xlsx (Excel) atau .csv."), name=target.name)
    if delimiter not in (";", ",", "\t"):
        raise UserError(QT_TR_NOOP("Pemisah kolom CSV harus titik koma (;), koma (,) atau tab."))
    if stage_code is not None:
        _check_stage(db, stage_code)
    ids = query_record_ids(db, search, stage_code, sort="id", descending=False)
    count = len(ids)
    rows = _rows(db, ids, progress, is_cancelled)
    if kind == ".csv":
        path = write_atomically(target, lambda temp: _write_csv(Path(temp), rows, delimiter), verify=_verify_csv, in_use_hint=EXCEL_IN_USE)
    else:
        path = write_atomically(target, lambda temp: _write_xlsx(Path(temp), rows), verify=_verify_xlsx, in_use_hint=EXCEL_IN_USE)
    return ExportResult(path, count)
