"""Exporting the register as filtered on screen to .xlsx and .csv, and importing it back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ppid_desktop.domain.errors import UserError
from ppid_desktop.services import spreadsheet_export
from ppid_desktop.services.records import get_record, list_records, query_record_ids
from ppid_desktop.services.spreadsheet_export import HEADINGS, export_register
from ppid_desktop.services.spreadsheet_import import import_rows, preview_file
from ppid_desktop.reports import GenerationCancelled
from ppid_desktop.storage.database import open_database
from ppid_desktop.storage.paths import DataPaths
from tests.conftest import make_record, set_up_office


@pytest.fixture
def three_records(office_db):
    make_record(office_db, "Data pribadi penerima beasiswa", register_number="DIK/001", remarks="=HYPERLINK(\"http://contoh\")")
    make_record(office_db, "Memorandum internal kepala biro", register_number="DIK/002", period_end=None, period_condition="Tidak terbatas")
    make_record(office_db, "Dokumen tender bahan pokok", register_number="DIK/003")
    return office_db


def test_xlsx_is_formatted_for_reading_and_printing(three_records, tmp_path: Path) -> None:
    result = export_register(three_records, tmp_path / "dik.xlsx")
    assert result.count == 3 and result.path == (tmp_path / "dik.xlsx").absolute()
    book = openpyxl.load_workbook(result.path)
    sheet = book.active
    assert sheet.title == "Daftar Informasi yang Dikecuali"
    assert tuple(cell.value for cell in sheet[1]) == HEADINGS
    heading = sheet["B1"]
    assert heading.font.b and heading.fill.fill_type == "solid" and heading.alignment.wrap_text
    assert sheet["B2"].alignment.wrap_text and sheet["B2"].border.left.style == "thin"
    assert sheet.freeze_panes == "A2"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.column_dimensions["B"].width == 32
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        "Data pribadi penerima beasiswa", "Memorandum internal kepala biro", "Dokumen tender bahan pokok"]
    assert sheet["I2"].value == "=HYPERLINK(\"http://contoh\")" and sheet["I2"].data_type == "s"  # text, never a formula
    assert sheet["F2"].number_format == "DD-MM-YYYY"


def test_csv_has_a_byte_order_mark_and_semicolons(three_records, tmp_path: Path) -> None:
    export_register(three_records, tmp_path / "dik.csv")
    raw = (tmp_path / "dik.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == ";".join(HEADINGS)
    assert lines[1].startswith("1;Data pribadi penerima beasiswa;Pasal 17 huruf h angka 5;")
    assert ";31-12-2030;" in lines[1]
    export_register(three_records, tmp_path / "koma.csv", delimiter=",")
    assert (tmp_path / "koma.csv").read_text(encoding="utf-8-sig").startswith("No,Informasi yang dikecualikan,")


def test_the_export_is_filtered_as_on_screen(three_records, tmp_path: Path) -> None:
    result = export_register(three_records, tmp_path / "cari.csv", search="memorandum")
    assert result.count == 1
    assert "Memorandum internal" in (tmp_path / "cari.csv").read_text(encoding="utf-8-sig")
    assert export_register(three_records, tmp_path / "tahap.csv", stage_code="serah").count == 0
    assert export_register(three_records, tmp_path / "tahap.csv", stage_code="produksi").count == 3
    with pytest.raises(UserError, match="Kode tahap yang ada: produksi, serah, terima"):
        export_register(three_records, tmp_path / "x.csv", stage_code="tidak-ada")


def test_an_export_imports_back_into_another_office(three_records, tmp_path: Path) -> None:
    export_register(three_records, tmp_path / "dik.xlsx")
    other = open_database(DataPaths(tmp_path / "kantor-lain"))
    try:
        set_up_office(other)
        preview = preview_file(other, tmp_path / "dik.xlsx")
        assert [row.problems for row in preview.rows] == [[], [], []]
        import_rows(other, preview, None)
        before = [get_record(three_records, i).draft for i in query_record_ids(three_records, sort="id", descending=False)]
        after = [get_record(other, i).draft for i in query_record_ids(other, sort="id", descending=False)]
        assert after == before
        assert not preview_file(other, tmp_path / "dik.xlsx").good
    finally:
        other.close()


def test_a_failed_or_cancelled_export_leaves_the_old_file_untouched(three_records, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "dik.xlsx"
    target.write_bytes(b"versi lama")
    with pytest.raises(GenerationCancelled):
        export_register(three_records, target, is_cancelled=lambda: True)
    monkeypatch.setattr(spreadsheet_export, "_verify_xlsx", lambda temp: (_ for _ in ()).throw(OSError(5, "rusak")))
    with pytest.raises(UserError, match="tidak dapat ditulis"):
        export_register(three_records, target)
    assert target.read_bytes() == b"versi lama"
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["dik.xlsx"]


def test_bad_targets_are_refused_in_indonesian(three_records, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="harus berakhiran .xlsx"):
        export_register(three_records, tmp_path / "dik.pdf")
    with pytest.raises(UserError, match="tidak ada"):
        export_register(three_records, tmp_path / "tidak" / "ada" / "dik.xlsx")
    with pytest.raises(UserError, match="adalah folder"):
        export_register(three_records, tmp_path)


def test_an_empty_register_exports_its_heading(office_db, tmp_path: Path) -> None:
    assert export_register(office_db, tmp_path / "kosong.xlsx").count == 0
    assert list_records(office_db) == []
    assert next(openpyxl.load_workbook(tmp_path / "kosong.xlsx").active.values) == HEADINGS


def test_every_row_is_tall_enough_for_its_wrapped_text(office_db, tmp_path: Path) -> None:
    """LibreOffice Calc does not fit row heights when it opens a file: printed rows would overlap."""
    make_record(office_db, "Singkat")
    make_record(office_db, "Sangat panjang " * 30, consequence_closed="Alasan yang panjang sekali. " * 20)
    sheet = openpyxl.load_workbook(export_register(office_db, tmp_path / "dik.xlsx").path).active
    short, long_ = (sheet.row_dimensions[row].height for row in (2, 3))
    assert sheet.row_dimensions[1].height >= 26  # the headings wrap onto two lines
    assert short >= 13 and long_ >= 13 * 15 > short
