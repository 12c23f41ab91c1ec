"""The formatted .xlsx of the register: bold filled heading, wrapped text, frozen heading row,
column widths and page set-up for A4 landscape, heading repeated on every printed page.

Written in openpyxl's write-only mode (rows streamed to disk): memory stays flat however long
the register is. Sheet-wide settings must be made before the first row is appended.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from copy import copy
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADING_FONT = Font(name="Calibri", size=10, bold=True)
_BODY_FONT = Font(name="Calibri", size=10)
_HEADING_FILL = PatternFill("solid", start_color="D9E1F2", end_color="D9E1F2")
_HEADING_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_BODY_ALIGN = Alignment(vertical="top", wrap_text=True)
_CENTER_ALIGN = Alignment(horizontal="center", vertical="top", wrap_text=True)
DATE_FORMAT = "DD-MM-YYYY"


def _sheet_title(title: str) -> str:
    # Excel limits sheet names to 31 characters and forbids []:*?/\ in them.
    cleaned = "".join(ch for ch in title if ch not in "[]:*?/\\")
    return cleaned[:31] or "Daftar"


def write_register_workbook(
    path: Path, title: str, columns: Sequence[tuple[str, int]], printed: int, rows: Iterable[Sequence[object]]
) -> None:
    """Write `rows` under `columns` ((heading, width) pairs); the first `printed` columns form the print area."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(_sheet_title(title))
    for index, (_, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    sheet.print_area = f"A1:{get_column_letter(printed)}1048576"  # whole columns: the row count is not known yet
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4 in the OOXML paper-size table
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as needed
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_options.gridLines = False
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.oddFooter.center.text = "Halaman &P dari &N"

    widths = [width for _, width in columns]
    sheet.row_dimensions[1].height = row_height([name for name, _ in columns], widths)
    heading = []
    for name, _ in columns:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font, cell.fill, cell.alignment, cell.border = _HEADING_FONT, _HEADING_FILL, _HEADING_ALIGN, _BORDER
        heading.append(cell)
    sheet.append(heading)
    styles = _Styles(sheet)
    try:
        for number, values in enumerate(rows, start=2):
            sheet.row_dimensions[number].height = row_height(values, widths)
            sheet.append([styles.cell(index, value) for index, value in enumerate(values)])
    except BaseException:
        # Finish the half-written file (the caller deletes it): abandoning openpyxl's streaming
        # writer mid-sheet makes it fail later, when the garbage collector closes it.
        book.save(path)
        raise
    book.save(path)


LINE_POINTS = 13.0  # one line of 10-point Calibri
MAX_ROW_POINTS = 409.0  # Excel's limit


def row_height(values: Sequence[object], widths: Sequence[int]) -> float:
    """Points for a row whose wrapped text fills `values`' tallest cell. Set on every row, because
    LibreOffice Calc (used in many offices) does not fit row heights to wrapped text when it
    opens a file, and a printed register with overlapping lines is useless. Counted generously
    (a column of width w holds about w characters), so that Excel never cuts a line off."""
    lines = 1
    for value, width in zip(values, widths):
        if not isinstance(value, str) or not value:
            continue
        per_line = max(1, int(width) - 1)
        lines = max(lines, sum(max(1, -(-len(part) // per_line)) for part in value.split("\n")))
    return min(MAX_ROW_POINTS, lines * LINE_POINTS + 3)


class _Styles:
    """Body cells get a copy of a prepared style array: setting font, border and alignment on
    every one of 180,000 cells (10,000 rows) took twice as long."""

    def __init__(self, sheet: object) -> None:
        self._sheet = sheet
        self._text = self._prepared(_BODY_ALIGN)
        self._centred = self._prepared(_CENTER_ALIGN)
        self._date = self._prepared(_CENTER_ALIGN, DATE_FORMAT)

    def _prepared(self, alignment: Alignment, number_format: str | None = None) -> StyleArray:
        cell = WriteOnlyCell(self._sheet)
        cell.font, cell.border, cell.alignment = _BODY_FONT, _BORDER, alignment
        if number_format:
            cell.number_format = number_format
        return cell._style

    def cell(self, index: int, value: object) -> WriteOnlyCell:
        cell = WriteOnlyCell(self._sheet, value=value)
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # text a clerk typed is never run as a formula
        style = self._date if isinstance(value, date) else self._centred if index == 0 else self._text
        cell._style = copy(style)
        return cell
