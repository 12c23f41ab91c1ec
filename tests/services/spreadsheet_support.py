"""Registers as offices keep them in Excel, built in the tests with openpyxl."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import openpyxl

TITLE_BLOCK: list[tuple[object, ...]] = [
    ("DAFTAR INFORMASI YANG DIKECUALIKAN",),
    ("BIRO KESEJAHTERAAN RAKYAT SETDA PROVINSI KALIMANTAN BARAT",),
    ("TAHUN 2024",),
    (),
]
HEADING = ("No", "Informasi yang Dikecualikan", "Dasar Hukum", "Konsekuensi", None, "Jangka Waktu", "Unit Penguasa Informasi", "Keterangan")
SUB_HEADING = (None, None, None, "Dibuka", "Ditutup", None, None, None)
UNIT = "Bagian Kesejahteraan Sosial"


def data_row(number: int, title: str, grounds: object = "Pasal 17 huruf h angka 5", period: object = "31-12-2030",
             unit: object = UNIT, remarks: object = None) -> tuple[object, ...]:
    return (number, title, grounds, "Mengungkap rahasia pribadi penerima.", "Melindungi hak atas data pribadi.", period, unit, remarks)


def register_rows(count: int, start: int = 1) -> list[tuple[object, ...]]:
    return [data_row(n, f"Data pribadi penerima bantuan sosial nomor {n}") for n in range(start, start + count)]


def write_register(path: Path, rows: Iterable[Sequence[object]], *, title_block: bool = True, merged: bool = True,
                   sheet: str = "DIK 2024", extra_sheets: Sequence[str] = ()) -> Path:
    """A workbook: title block, two-row heading with "Konsekuensi" merged over "Dibuka"/"Ditutup", then `rows`."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    top = TITLE_BLOCK if title_block else []
    for line in top:
        ws.append(line)
    ws.append(HEADING)
    ws.append(SUB_HEADING)
    heading_row = len(top) + 1
    if merged:
        ws.merge_cells(start_row=heading_row, start_column=4, end_row=heading_row, end_column=5)
        for column in (1, 2, 3, 6, 7, 8):
            ws.merge_cells(start_row=heading_row, start_column=column, end_row=heading_row + 1, end_column=column)
    for row in rows:
        ws.append(list(row))
    for name in extra_sheets:
        book.create_sheet(name)
    book.save(path)
    return path


def write_streamed(path: Path, count: int) -> Path:
    """A big register written in write-only mode (fast enough for 50,000 rows)."""
    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet("DIK")
    for line in (*TITLE_BLOCK, HEADING, SUB_HEADING):
        ws.append(list(line))
    for n in range(1, count + 1):
        ws.append(list(data_row(n, f"Data pribadi penerima bantuan sosial nomor {n}", period="5 tahun" if n % 2 else 47848)))
    book.save(path)
    return path


def store_formula_results(path: Path, results: dict[str, str]) -> None:
    """Give formula cells the cached results Excel saves with them (openpyxl writes none).

    `results` maps a cell reference ("B6") to its text result."""
    with zipfile.ZipFile(path) as source:
        items = {name: source.read(name) for name in source.namelist()}
    sheet = items["xl/worksheets/sheet1.xml"].decode()
    for ref, text in results.items():
        sheet, count = re.subn(
            rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/>|<c r="{ref}"([^>]*)><f>(.*?)</f><v></v>|<c r="{ref}"([^>]*)><f>(.*?)</f>',
            lambda m: f'<c r="{ref}" t="str"><f>{m.group(2) or m.group(4) or m.group(6)}</f><v>{text}</v>',
            sheet,
        )
        assert count == 1, ref
    items["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in items.items():
            target.writestr(name, data)


def ole_file(path: Path, encrypted: bool) -> Path:
    """The start of an OLE compound file, as Excel saves a password-protected workbook (or an .xls)."""
    body = bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 504
    if encrypted:
        body += "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64 + "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(body + b"\x00" * 1024)
    return path
