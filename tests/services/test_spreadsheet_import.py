"""Importing registers kept in Excel/CSV: preview, one transaction, duplicates, bad files."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.legal import LegalGround
from ppid_desktop.services import audit
from ppid_desktop.services import spreadsheet_import as importer
from ppid_desktop.services.office import list_units
from ppid_desktop.services.records import get_record, list_records, query_record_ids
from ppid_desktop.services.spreadsheet_import import ImportCancelled, build_preview, import_rows, preview_file, write_skipped_report
from ppid_desktop.services.spreadsheet_read import SheetData, read_sheet
from ppid_desktop.services.workflow import record_workflow
from tests.conftest import make_record
from tests.services.spreadsheet_support import data_row, ole_file, register_rows, store_formula_results, write_register, write_streamed


def test_a_register_under_a_title_block_with_merged_two_row_headings_imports(office_db, tmp_path: Path) -> None:
    path = write_register(tmp_path / "dik.xlsx", [
        data_row(1, "Data pribadi  penerima\nbeasiswa ", grounds="Pasal 17 huruf h angka 5", period="5 tahun"),
        data_row(2, "Memorandum internal kepala biro", grounds="Pasal 17 huruf (i)", period="Sampai memperoleh persetujuan dari yang bersangkutan"),
        data_row(3, "Dokumen tender", grounds="Pasal 17 huruf b dan huruf c", period=47848, unit="  subbagian   TATA usaha "),
    ])
    preview = preview_file(office_db, path)
    assert preview.layout.header_row == 4 and preview.layout.data_start == 6
    assert [row.row_number for row in preview.rows] == [7, 8, 9]
    assert [row.problems for row in preview.rows] == [[], [], []]

    result = import_rows(office_db, preview, None)
    assert result.imported == 3
    first, second, third = (get_record(office_db, record_id) for record_id in result.record_ids)
    assert first.draft.title == "Data pribadi penerima beasiswa"
    assert first.draft.period_end == date(preview.reference.year + 5, preview.reference.month, preview.reference.day)
    assert second.draft.legal_grounds == [LegalGround("i")]
    assert second.draft.period_condition == "Sampai memperoleh persetujuan dari yang bersangkutan"
    assert third.draft.legal_grounds == [LegalGround("b"), LegalGround("c")]
    assert third.draft.period_end == date(2030, 12, 31)
    assert [list_units(office_db)[i].id for i in (0, 1)] == [first.draft.unit_id, third.draft.unit_id]
    # Stored as a typed record is: first stage, an open visit, the SOP version, the "create" entry.
    assert first.stage_code == "produksi" and first.sop_title
    typed = record_workflow(office_db, make_record(office_db, "Diketik langsung").id)
    imported = record_workflow(office_db, first.id)
    assert imported.visit_started_at == get_record(office_db, first.id).created_at or imported.visits
    assert [(v.stage_code, v.round, v.waktu_menit, v.completed_at) for v in imported.visits] == [
        (v.stage_code, v.round, v.waktu_menit, v.completed_at) for v in typed.visits]
    assert imported.stage == typed.stage and imported.status == typed.status
    trail = audit.history(office_db, first.id)
    assert [entry.action for entry in trail] == ["create"]
    assert "dik.xlsx" in trail[0].summary and "baris 7" in trail[0].summary


def test_importing_the_same_file_twice_adds_nothing(office_db, tmp_path: Path) -> None:
    path = write_register(tmp_path / "dik.xlsx", register_rows(5))
    assert import_rows(office_db, preview_file(office_db, path), None).imported == 5
    again = preview_file(office_db, path)
    assert not again.good and all("sudah ada" in row.problems[0] for row in again.rows)
    assert import_rows(office_db, again, None).imported == 0
    assert len(list_records(office_db)) == 5
    # The first import took a copy of the database first; the second had nothing to import.
    from ppid_desktop.services.backups import list_backups

    assert [b.kind for b in list_backups(office_db.paths)] == ["sebelum-impor"]


def test_a_row_stored_between_preview_and_import_is_not_stored_twice(office_db, tmp_path: Path) -> None:
    path = write_register(tmp_path / "dik.xlsx", register_rows(2))
    preview = preview_file(office_db, path)
    make_record(office_db, "Data pribadi penerima bantuan sosial nomor 1", period_end=date(2030, 12, 31))
    result = import_rows(office_db, preview, None)
    assert (result.imported, result.skipped_as_duplicates) == (1, 1)
    assert len(list_records(office_db)) == 2


def test_problem_rows_are_skipped_and_reported(office_db, tmp_path: Path) -> None:
    path = write_register(tmp_path / "dik.xlsx", [
        data_row(1, "Baik"),
        data_row(2, ""),
        data_row(3, "Tanggal salah", period="31-13-2030"),
        data_row(4, "Unit asing", unit="Dinas Pariwisata"),
        data_row(5, "Baik"),
        (None,) * 8,
    ])
    preview = preview_file(office_db, path)
    assert [row.ok for row in preview.rows] == [True, False, False, False, False]
    assert "wajib diisi" in preview.rows[1].problems[0]
    assert "bulan 13" in preview.rows[2].problems[0]
    assert "Dinas Pariwisata" in preview.rows[3].problems[0]
    assert "baris 7" in preview.rows[4].problems[0]
    assert preview.summary() == "5 baris data: 1 siap diimpor, 4 dilewati karena bermasalah."

    report = write_skipped_report(preview, tmp_path / "dilewati.csv")
    raw = report.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Baris;Informasi yang dikecualikan") and len(lines) == 5
    assert lines[3].startswith("10;Unit asing;Dinas Pariwisata")
    assert import_rows(office_db, preview, None).imported == 1


def test_a_failure_half_way_leaves_the_database_unchanged(office_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_record(office_db, "Rekaman lama")
    preview = preview_file(office_db, write_register(tmp_path / "dik.xlsx", register_rows(1200)))
    real_append, calls = audit.append, []

    def failing_append(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 700:  # in the second batch: the first 500 rows are already flushed
            raise OSError(28, "No space left on device")
        return real_append(*args, **kwargs)

    monkeypatch.setattr(importer.audit, "append", failing_append)
    with pytest.raises(OSError):
        import_rows(office_db, preview, None)
    assert [row.title for row in list_records(office_db)] == ["Rekaman lama"]


def test_cancel_rolls_back_everything(office_db, tmp_path: Path) -> None:
    preview = preview_file(office_db, write_register(tmp_path / "dik.xlsx", register_rows(1200)))
    progress: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelled):
        import_rows(office_db, preview, None, progress=lambda done, total: progress.append((done, total)), is_cancelled=lambda: bool(progress))
    assert progress == [(500, 1200)]
    assert list_records(office_db) == []


def test_formula_results_are_imported(office_db, tmp_path: Path) -> None:
    path = write_register(tmp_path / "rumus.xlsx", [data_row(1, '="Data pribadi "&"pegawai"', grounds='="Pasal 17 huruf h"&" angka 1"')])
    store_formula_results(path, {"B7": "Data pribadi pegawai", "C7": "Pasal 17 huruf h angka 1"})
    preview = preview_file(office_db, path)
    assert preview.rows[0].ok, preview.rows[0].problems
    assert preview.rows[0].draft.title == "Data pribadi pegawai"
    assert preview.rows[0].draft.legal_grounds == [LegalGround("h", 1)]


def test_dates_as_text_as_serials_and_as_date_cells(office_db, tmp_path: Path) -> None:
    from datetime import datetime

    values = ["31/12/2030", "31 Desember 2030", 47848, "47848", datetime(2030, 12, 31), "2030-12-31"]
    path = write_register(tmp_path / "tanggal.xlsx", [data_row(n, f"Rekaman {n}", period=v) for n, v in enumerate(values, 1)])
    preview = preview_file(office_db, path)
    assert [row.draft.period_end for row in preview.rows] == [date(2030, 12, 31)] * len(values)
    assert all(row.ok for row in preview.rows)


def test_csv_with_semicolons_in_windows_1252(office_db, tmp_path: Path) -> None:
    text = ("DAFTAR INFORMASI YANG DIKECUALIKAN\r\n\r\n"
            "No;Informasi yang Dikecualikan;Dasar Hukum;Konsekuensi Dibuka;Konsekuensi Ditutup;Jangka Waktu;Unit\r\n"
            '1;"Data pribadi pemohon\r\nberkebutuhan khusus";Pasal 17 huruf h angka 2;Terungkap;Terlindungi;31-12-2030;Bagian Kesejahteraan Sosial\r\n'
            "2;Surat pengaduan \u201crahasia\u201d;Pasal 17 huruf h;a;b;5 tahun;TU-tidak-ada\r\n")
    path = tmp_path / "dik.csv"
    path.write_bytes(text.encode("cp1252"))
    preview = preview_file(office_db, path)
    assert preview.data.kind == "csv"
    assert preview.rows[0].ok and preview.rows[0].draft.title == "Data pribadi pemohon berkebutuhan khusus"
    assert preview.rows[1].draft.title == "Surat pengaduan \u201crahasia\u201d"
    assert "TU-tidak-ada" in preview.rows[1].problems[0]


def test_csv_with_commas_and_a_byte_order_mark(office_db, tmp_path: Path) -> None:
    path = tmp_path / "dik.csv"
    path.write_text("Judul,Dasar Hukum,Konsekuensi bila dibuka,Konsekuensi bila ditutup,Batas Waktu,Unit\n"
                    "Data pribadi,Pasal 17 huruf h,a,b,Tidak terbatas,Subbagian Tata Usaha\n", encoding="utf-8-sig")
    preview = preview_file(office_db, path)
    assert preview.rows[0].ok and preview.rows[0].draft.period_condition == "Tidak terbatas"


def test_csv_with_excels_sep_line(office_db, tmp_path: Path) -> None:
    path = tmp_path / "dik.csv"
    path.write_text("sep=,\nJudul,Dasar Hukum,Konsekuensi Dibuka,Konsekuensi Ditutup,Jangka Waktu,Unit\n"
                    "Data; pribadi,Pasal 17 huruf h,a,b,5 tahun,Subbagian Tata Usaha\n", encoding="utf-8")
    preview = preview_file(office_db, path)
    assert preview.rows[0].ok and preview.rows[0].draft.title == "Data; pribadi"
    assert preview.rows[0].row_number == 3


def test_the_sheet_can_be_chosen(office_db, tmp_path: Path) -> None:
    path = write_register(tmp_path / "dik.xlsx", register_rows(1), extra_sheets=["Kosong"])
    assert read_sheet(path).sheet_names == ("DIK 2024", "Kosong")
    with pytest.raises(UserError, match="Lembar \"Kosong\" di \"dik.xlsx\" kosong"):
        preview_file(office_db, path, sheet="Kosong")
    with pytest.raises(UserError, match="Lembar yang ada: DIK 2024, Kosong"):
        preview_file(office_db, path, sheet="Lain")


def test_a_corrected_mapping_and_a_default_unit(office_db, tmp_path: Path) -> None:
    path = write_register(tmp_path / "dik.xlsx", [data_row(1, "Data pribadi", unit=None, remarks="Arsip lantai 2")])
    preview = preview_file(office_db, path)
    assert not preview.rows[0].ok
    mapping = list(preview.mapping)
    mapping[7] = "storage_location"
    unit_id = list_units(office_db)[1].id
    corrected = importer.remap(preview, office_db, mapping, unit_id)
    assert corrected.rows[0].ok
    assert (corrected.rows[0].draft.storage_location, corrected.rows[0].draft.unit_id) == ("Arsip lantai 2", unit_id)
    mapping[1] = ""
    with pytest.raises(UserError, match="Informasi yang dikecualikan"):
        importer.remap(preview, office_db, mapping, unit_id)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("laporan.xlsx", b"%PDF-1.7\n" + b"x" * 100, "bukan buku kerja Excel"),
        ("gambar.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 50, "bukan lembar kerja"),
        ("kosong.xlsx", b"", "kosong"),
        ("kosong.csv", b" \r\n \r\n", "kosong"),
        ("daftar.ods", b"PK\x03\x04" + b"\x00" * 60, "bukan buku kerja Excel"),
    ],
)
def test_files_that_are_not_spreadsheets_get_a_clear_message(office_db, tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        preview_file(office_db, path)


def test_a_corrupt_workbook(office_db, tmp_path: Path) -> None:
    good = write_register(tmp_path / "utuh.xlsx", register_rows(50))
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(UserError, match="rusak atau tidak lengkap"):
        preview_file(office_db, broken)


def test_a_password_protected_workbook_and_an_old_xls(office_db, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="dilindungi kata sandi"):
        preview_file(office_db, ole_file(tmp_path / "rahasia.xlsx", encrypted=True))
    with pytest.raises(UserError, match="Excel 97-2003"):
        preview_file(office_db, ole_file(tmp_path / "lama.xls", encrypted=False))


def test_a_sheet_without_a_register_heading(office_db, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Belanja", "Jumlah"])
    book.active.append(["Kertas", 10])
    book.save(tmp_path / "lain.xlsx")
    with pytest.raises(UserError, match="Baris judul kolom tidak ditemukan"):
        preview_file(office_db, tmp_path / "lain.xlsx")


def test_a_missing_file(office_db, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="tidak dapat dibuka"):
        preview_file(office_db, tmp_path / "tidak-ada.xlsx")


def test_fifty_thousand_rows(office_db, tmp_path: Path) -> None:
    path = write_streamed(tmp_path / "besar.xlsx", 50_000)
    preview = build_preview(office_db, read_sheet(path))
    assert len(preview.rows) == 50_000 and len(preview.good) == 50_000
    assert preview.rows[-1].row_number == 50_006
    assert import_rows(office_db, preview, None).imported == 50_000
    assert len(query_record_ids(office_db)) == 50_000


FUZZ = settings(database=None, deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
CELL = st.one_of(st.none(), st.text(max_size=40), st.integers(), st.floats(), st.dates(),
                 st.sampled_from(["Informasi", "Dasar Hukum", "Konsekuensi", "Dibuka", "Ditutup", "Jangka Waktu", "Unit", "No", "1", "2"]))


@FUZZ
@given(st.binary(max_size=600))
def test_any_bytes_as_a_csv_file_give_rows_or_a_message(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "acak.csv"
        path.write_bytes(data)
        try:
            read_sheet(path)
        except UserError as exc:
            assert str(exc)


@FUZZ
@given(st.lists(st.lists(CELL, max_size=9).map(tuple), max_size=15))
def test_any_cells_give_a_preview_or_a_message(office_db, rows) -> None:  # type: ignore[no-untyped-def]
    data = SheetData(Path("acak.xlsx"), "xlsx", "Lembar1", ("Lembar1",), list(rows))
    try:
        preview = build_preview(office_db, data)
    except UserError as exc:
        assert str(exc)
        return
    for row in preview.rows:
        assert row.ok or all(problem for problem in row.problems)
        preview.describe(row)
