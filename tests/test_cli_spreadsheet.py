"""The command line: xlsx/csv import (preview without --yes) and export."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ppid_desktop.cli.main import run
from tests.services.spreadsheet_support import data_row, register_rows, write_register


pytestmark = pytest.mark.usefixtures("demo_sign_in")  # demo folders are encrypted: sign in as their Admin


@pytest.fixture
def data_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    data = tmp_path / "data"
    assert run(["demo", "--records", "0", "--data-dir", str(data)]) == 0
    capsys.readouterr()
    return data


def _count(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> int:
    assert run(["records", "--data-dir", str(data_dir)]) == 0
    return int(capsys.readouterr().out.strip().splitlines()[-1].split()[0])


def test_xlsx_import_previews_without_yes_and_imports_with_it(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_register(tmp_path / "dik.xlsx", [*register_rows(2), data_row(3, "Unit asing", unit="Dinas Pariwisata")])
    assert run(["xlsx", "import", str(path), "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "judul kolom di baris 5" in out
    assert "   D: Konsekuensi Dibuka" in out and "-> Konsekuensi bila dibuka" in out
    assert "siap      Data pribadi penerima bantuan sosial" in out
    assert "Baris 9: Unit \"Dinas Pariwisata\" tidak dikenal." in out
    assert "3 baris data: 2 siap diimpor, 1 dilewati karena bermasalah." in out
    assert "Tidak ada yang diubah. Jalankan lagi dengan --yes untuk mengimpor 2 baris." in out
    assert _count(data_dir, capsys) == 0

    report = tmp_path / "dilewati.csv"
    assert run(["xlsx", "import", str(path), "--yes", "--report", str(report), "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "2 rekaman diimpor dalam satu transaksi." in out
    assert "Dinas Pariwisata" in report.read_text(encoding="utf-8-sig")
    assert _count(data_dir, capsys) == 2

    assert run(["xlsx", "import", str(path), "--yes", "--data-dir", str(data_dir)]) == 0
    assert "Tidak ada baris yang dapat diimpor; tidak ada yang diubah." in capsys.readouterr().out
    assert _count(data_dir, capsys) == 2


def test_sheet_and_default_unit_options(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_register(tmp_path / "dik.xlsx", [data_row(1, "Tanpa unit", unit=None)], sheet="Daftar", extra_sheets=["Catatan"])
    assert run(["xlsx", "import", str(path), "--sheet", "Daftar", "--unit", "Subbagian Tata Usaha", "--yes", "--data-dir", str(data_dir)]) == 0
    assert "1 rekaman diimpor" in capsys.readouterr().out
    assert run(["xlsx", "import", str(path), "--sheet", "Tidak Ada", "--data-dir", str(data_dir)]) == 1
    assert "Lembar yang ada: Daftar, Catatan" in capsys.readouterr().err


def test_the_mapping_is_corrected_with_map(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_register(tmp_path / "dik.xlsx", [data_row(1, "Data pribadi", remarks="Lemari arsip 2")])
    assert run(["xlsx", "import", str(path), "--map", "h=storage_location", "--yes", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "H: Keterangan" in out and "-> Tempat penyimpanan" in out and "1 rekaman diimpor" in out
    assert run(["xlsx", "import", str(path), "--map", "Z=title", "--data-dir", str(data_dir)]) == 1
    assert "A sampai H" in capsys.readouterr().err
    assert run(["xlsx", "import", str(path), "--map", "B=judul", "--data-dir", str(data_dir)]) == 1
    assert "Isian \"judul\" tidak dikenal" in capsys.readouterr().err


def test_csv_import_and_export(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "lama.csv"
    source.write_text("Informasi;Dasar Hukum;Konsekuensi Dibuka;Konsekuensi Ditutup;Jangka Waktu;Unit\r\n"
                      "Data pribadi;Pasal 17 huruf h angka 5;a;b;5 tahun;Bagian Kesejahteraan Sosial\r\n", encoding="cp1252")
    assert run(["csv", "import", str(source), "--yes", "--data-dir", str(data_dir)]) == 0
    assert "1 rekaman diimpor" in capsys.readouterr().out
    target = tmp_path / "keluar.csv"
    assert run(["csv", "export", str(target), "--delimiter", ",", "--data-dir", str(data_dir)]) == 0
    assert capsys.readouterr().out.startswith("1 rekaman diekspor ke ")
    assert target.read_bytes().startswith(b"\xef\xbb\xbfNo,Informasi yang dikecualikan,")


def test_xlsx_export_with_search_and_stage(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_register(tmp_path / "dik.xlsx", register_rows(3))
    assert run(["xlsx", "import", str(tmp_path / "dik.xlsx"), "--yes", "--data-dir", str(data_dir)]) == 0
    capsys.readouterr()
    target = tmp_path / "hasil.xlsx"
    assert run(["xlsx", "export", str(target), "--search", "nomor 2", "--stage", "produksi", "--data-dir", str(data_dir)]) == 0
    assert "1 rekaman diekspor" in capsys.readouterr().out
    rows = list(openpyxl.load_workbook(target).active.values)
    assert len(rows) == 2 and rows[1][1] == "Data pribadi penerima bantuan sosial nomor 2"


def test_errors_are_indonesian_and_exit_1(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bukan.xlsx").write_bytes(b"%PDF-1.4 bukan lembar kerja")
    assert run(["xlsx", "import", str(tmp_path / "bukan.xlsx"), "--data-dir", str(data_dir)]) == 1
    assert capsys.readouterr().err.startswith("Kesalahan: Berkas \"bukan.xlsx\" bukan buku kerja Excel")
    assert run(["xlsx", "export", str(tmp_path / "hasil.csv"), "--data-dir", str(data_dir)]) == 1
    assert "harus berakhiran .xlsx" in capsys.readouterr().err
    assert run(["xlsx", "export", str(tmp_path / "x.xlsx"), "--stage", "nah", "--data-dir", str(data_dir)]) == 1
    assert "Kode tahap yang ada" in capsys.readouterr().err
