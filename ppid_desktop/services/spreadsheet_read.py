"""Reading the cells of a register kept in .xlsx or .csv, with Indonesian messages for bad files.

A file is recognised by its first bytes, not by its name: a ZIP is an Excel workbook, an OLE
compound file (D0 CF 11 E0 A1 B1 1A E1) is a password-protected workbook or an old .xls, text
is CSV. Cells come back as plain values (openpyxl's with data_only=True: the results of
formulas as Excel last saved them).
"""

from __future__ import annotations

import csv
import io
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ppid_desktop.domain.errors import UserError, describe_os_error
from ppid_desktop.domain.texts import QT_TR_NOOP

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_MAGIC = b"PK\x03\x04"
MAX_COLUMNS = 60  # registers have about ten; formatting can make a sheet claim 16,384
MAX_ROWS = 1_000_000  # Excel's own limit is 1,048,576
_ENCRYPTED_STREAM = "EncryptionInfo".encode("utf-16-le")

Cell = object
Row = tuple[Cell, ...]


@dataclass(frozen=True)
class SheetData:
    """The cell values of one sheet (or of a CSV file), trailing empty columns dropped."""

    path: Path
    kind: str  # "xlsx" or "csv"
    sheet_name: str
    sheet_names: tuple[str, ...]
    rows: list[Row]


def _read_head(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(8)
    except OSError as exc:
        raise UserError(QT_TR_NOOP("Berkas \"{path}\" tidak dapat dibuka: {reason}. Periksa nama dan letak berkasnya."), path=path, reason=describe_os_error(exc)) from exc


def _refuse_ole(path: Path) -> UserError:
    try:
        data = path.read_bytes()
    except OSError:
        data = b""
    if _ENCRYPTED_STREAM in data:
        return UserError(
            QT_TR_NOOP("Buku kerja \"{name}\" dilindungi kata sandi sehingga tidak dapat dibaca. Buka di Excel, "
            "hapus kata sandinya (Berkas > Info > Proteksi Buku Kerja > Enkripsi dengan Kata Sandi), simpan, lalu impor lagi."), name=path.name
        )
    return UserError(
        QT_TR_NOOP("Berkas \"{name}\" berformat Excel 97-2003 (.xls) yang tidak dapat dibaca langsung. Buka di Excel, "
        "pilih Simpan Sebagai > Buku Kerja Excel (*.xlsx), lalu impor berkas .xlsx itu."), name=path.name
    )


def read_sheet(path: str | Path, sheet: str | None = None) -> SheetData:
    """The rows of `sheet` (the first sheet when None) of an .xlsx file, or of a CSV file."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise UserError(QT_TR_NOOP("\"{path}\" adalah folder. Pilih berkas .xlsx atau .csv."), path=path)
    head = _read_head(path)
    if not head:
        raise UserError(QT_TR_NOOP("Berkas \"{name}\" kosong. Pilih berkas daftar yang berisi data."), name=path.name)
    if head.startswith(OLE_MAGIC):
        raise _refuse_ole(path)
    if head.startswith(ZIP_MAGIC):
        if path.suffix.lower() in (".ods", ".numbers"):
            raise UserError(QT_TR_NOOP("Berkas \"{name}\" bukan buku kerja Excel. Buka di LibreOffice/Numbers, simpan sebagai "
                            "Buku Kerja Excel (.xlsx), lalu impor berkas .xlsx itu."), name=path.name)
        return _read_xlsx(path, sheet)
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise UserError(QT_TR_NOOP("Berkas \"{name}\" bukan buku kerja Excel yang dapat dibaca (isinya bukan format .xlsx). "
                        "Buka di Excel dan simpan sebagai .xlsx, atau ekspor ke .csv."), name=path.name)
    return _read_csv(path)


def _corrupt(path: Path) -> UserError:
    return UserError(QT_TR_NOOP("Buku kerja \"{name}\" rusak atau tidak lengkap sehingga tidak dapat dibaca. "
                     "Buka di Excel (Excel dapat menawarkan perbaikan), simpan lagi sebagai .xlsx, lalu impor lagi."), name=path.name)


def _read_xlsx(path: Path, sheet: str | None) -> SheetData:
    try:
        handle = open(path, "rb")  # a file object: openpyxl would refuse a workbook named other than .xlsx
    except OSError as exc:
        raise UserError(QT_TR_NOOP("Berkas \"{path}\" tidak dapat dibaca: {reason}."), path=path, reason=describe_os_error(exc)) from exc
    with handle:
        return _read_book(path, handle, sheet)


def _read_book(path: Path, handle: BinaryIO, sheet: str | None) -> SheetData:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, EOFError, zlib.error) as exc:
        raise _corrupt(path) from exc
    except OSError as exc:
        raise UserError(QT_TR_NOOP("Berkas \"{path}\" tidak dapat dibaca: {reason}."), path=path, reason=describe_os_error(exc)) from exc
    try:
        names = tuple(book.sheetnames)
        if not names:
            raise UserError(QT_TR_NOOP("Buku kerja \"{name}\" tidak berisi lembar kerja."), name=path.name)
        if sheet is None:
            name = names[0]
        elif sheet in names:
            name = sheet
        else:
            raise UserError(QT_TR_NOOP("Lembar \"{sheet}\" tidak ada di \"{name}\". Lembar yang ada: {names}."), sheet=sheet, name=path.name, names=', '.join(names))
        worksheet = book[name]
        if not hasattr(worksheet, "iter_rows"):  # a chart sheet
            raise UserError(QT_TR_NOOP("Lembar \"{name}\" berisi grafik, bukan tabel. Pilih lembar lain."), name=name)
        try:
            rows = [_trim(row) for row, _ in zip(worksheet.iter_rows(max_col=MAX_COLUMNS, values_only=True), range(MAX_ROWS))]
        except (zipfile.BadZipFile, KeyError, ValueError, TypeError, EOFError, AttributeError, zlib.error) as exc:
            raise _corrupt(path) from exc
    finally:
        book.close()
    return SheetData(path, "xlsx", name, names, _drop_trailing_blank(rows))


def _trim(row: tuple[object, ...]) -> Row:
    end = len(row)
    while end and (row[end - 1] is None or (isinstance(row[end - 1], str) and not row[end - 1].strip())):  # type: ignore[union-attr]
        end -= 1
    return tuple(row[:end])


def _drop_trailing_blank(rows: list[Row]) -> list[Row]:
    end = len(rows)
    while end and not rows[end - 1]:
        end -= 1
    del rows[end:]
    return rows


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), else Windows-1252 as Excel saves CSV on
    Indonesian Windows, else Latin-1 (which reads any byte)."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def sniff_delimiter(text: str) -> str:
    """";" (Excel on Indonesian Windows), "," or a tab, whichever splits the first lines most evenly."""
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ";,\t"}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ";"


def _read_csv(path: Path) -> SheetData:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(QT_TR_NOOP("Berkas \"{path}\" tidak dapat dibaca: {reason}."), path=path, reason=describe_os_error(exc)) from exc
    if b"\x00" in data[:4096]:
        raise UserError(QT_TR_NOOP("Berkas \"{name}\" bukan lembar kerja: isinya bukan teks CSV dan bukan buku kerja Excel (.xlsx). "
                        "Pilih berkas .xlsx atau .csv."), name=path.name)
    text = decode_text(data)
    if not text.strip():
        raise UserError(QT_TR_NOOP("Berkas \"{name}\" kosong. Pilih berkas daftar yang berisi data."), name=path.name)
    first_line = text.partition("\n")[0].strip()
    hinted = first_line.lower().startswith("sep=") and len(first_line) == 5  # Excel's own "sep=;" line
    delimiter = first_line[4] if hinted else sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = [_trim(tuple(cells[:MAX_COLUMNS])) for cells, _ in zip(reader, range(MAX_ROWS))]
        if hinted:
            rows[0] = ()  # kept as an empty row so that row numbers stay those of the file
    except csv.Error as exc:
        raise UserError(QT_TR_NOOP("Berkas CSV \"{name}\" tidak dapat dibaca ({error}). Simpan ulang dari Excel sebagai CSV, lalu impor lagi."), name=path.name, error=str(exc)) from exc
    return SheetData(path, "csv", path.stem, (path.stem,), _drop_trailing_blank(rows))
