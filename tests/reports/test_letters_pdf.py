"""The penetapan letter and the handover receipt read back."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from ppid_desktop.domain.enums import Classification, PaperSize
from ppid_desktop.reports.model import (
    DocumentInfo,
    HandoverReceipt,
    Orientation,
    PageSetup,
    PenetapanDocument,
    ReceiptFile,
    ReceiptRecord,
    SignatureBlock,
)
from ppid_desktop.reports.penetapan import DRAFT_MARK, write_penetapan
from ppid_desktop.domain.sizes import format_size
from ppid_desktop.reports.receipt import write_receipt
from tests.reports.pdftools import info, needs_poppler, page_count, page_size_mm, pages, text, words

pytestmark = needs_poppler


@pytest.fixture
def penetapan(letterhead, signer, approver) -> PenetapanDocument:
    return PenetapanDocument(
        letterhead=letterhead,
        info=DocumentInfo("Penetapan klasifikasi", "BIRO KESEJAHTERAAN RAKYAT"),
        badan_publik="BIRO KESEJAHTERAAN RAKYAT, SEKRETARIAT DAERAH, PEMERINTAH PROVINSI KALIMANTAN BARAT",
        unit_kerja="Bagian Kesejahteraan Sosial",
        title="Data pribadi penerima bantuan sosial Kabupaten Sambas",
        summary="Nama, NIK dan alamat penerima.",
        register_number="DIK/KESRA/2025/001",
        classification=Classification.RAHASIA,
        jenis_klasifikasi="Informasi yang dikecualikan berdasarkan Pasal 17 huruf h angka 2 UU 14/2008 (Rahasia pribadi)",
        legal_grounds=("Pasal 17 huruf h angka 2 UU 14/2008 (Rahasia pribadi)",),
        konsekuensi_dibuka="Mengungkap rahasia pribadi penerima bantuan.",
        konsekuensi_ditutup="Melindungi privasi penerima bantuan.",
        jangka_waktu="Sampai dengan 31 Desember 2030",
        number="045/12/PPID-KESRA/2025",
        tanggal="Pontianak, 3 Maret 2025",
        ppid=replace(signer, place_date=""),
        atasan=replace(approver, jabatan_lines=("Mengetahui/Menyetujui,", "Atasan PPID", "Kepala Biro Kesejahteraan Rakyat,")),
    )


def test_penetapan_carries_perki_minimum_contents(tmp_path: Path, penetapan) -> None:
    out = write_penetapan(tmp_path / "p.pdf", penetapan)
    body = " ".join(words(text(out)))
    for expected in (
        "SURAT PENETAPAN KLASIFIKASI",
        "NOMOR: 045/12/PPID-KESRA/2025",
        "Jenis klasifikasi",
        "Identitas PPID yang menetapkan",
        "Siti Rahmawati, S.Sos",
        "Badan publik",
        "Unit kerja",
        "Bagian Kesejahteraan Sosial",
        "Jangka waktu pengecualian",
        "Sampai dengan 31 Desember 2030",
        "Alasan pengecualian",
        "Pasal 17 huruf h angka 2",
        "Mengungkap rahasia pribadi penerima bantuan.",
        "Melindungi privasi penerima bantuan.",
        "Tempat dan tanggal penetapan",
        "Pontianak, 3 Maret 2025",
        "Mengetahui/Menyetujui,",
        "NIP. 19690520 199803 1 008",
    ):
        assert expected in body, expected
    assert DRAFT_MARK not in body
    assert page_size_mm(out) == (210, 297)
    assert info(out)["Author"] == "BIRO KESEJAHTERAAN RAKYAT"
    for page in pages(out):
        assert page.count("RAHASIA") >= 2


def test_undetermined_penetapan_is_marked_draft(tmp_path: Path, penetapan) -> None:
    out = write_penetapan(tmp_path / "p.pdf", replace(penetapan, number=None, tanggal=None))
    for page in pages(out):
        assert DRAFT_MARK in page
    assert "(belum ditetapkan)" in text(out)


def test_long_penetapan_numbers_pages_from_two_and_loses_no_word(tmp_path: Path, penetapan) -> None:
    long_text = " ".join(f"alasan{i:04d}" for i in range(1, 2501))  # about 25,000 characters
    doc = replace(penetapan, konsekuensi_dibuka=long_text, setup=PageSetup(PaperSize.F4, Orientation.PORTRAIT))
    out = write_penetapan(tmp_path / "p.pdf", doc)
    assert page_size_mm(out) == (215, 330)
    all_pages = pages(out)
    assert len(all_pages) >= 3
    assert not re.search(r"^-\s*1\s*-$", all_pages[0], re.M)
    for number, page in enumerate(all_pages[1:], start=2):
        assert re.search(rf"^-\s*{number}\s*-$", page, re.M), page[:80]
    seen = [w for w in words(text(out)) if re.fullmatch(r"alasan\d{4}", w)]
    assert seen == [f"alasan{i:04d}" for i in range(1, 2501)]


@pytest.fixture
def receipt(letterhead, signer) -> HandoverReceipt:
    giver = SignatureBlock(("Petugas Dokumentasi",), "Budi Santoso", "", "Penata Muda (III/a)", "NIP. 19900101 201501 1 001")
    return HandoverReceipt(
        letterhead=letterhead,
        info=DocumentInfo("Tanda terima serah terima", "BIRO KESEJAHTERAAN RAKYAT"),
        number="TT/003/KESRA/2025",
        tanggal="Senin, 3 Maret 2025",
        from_unit="Bagian Kesejahteraan Sosial",
        giver=giver,
        receiver=replace(signer, place_date=""),
        records=tuple(ReceiptRecord(f"DIK/KESRA/2025/{i:03d}", f"Informasi nomor {i}", i % 3 + 1) for i in range(1, 41)),
        files=(
            ReceiptFile("laporan-bansos-2024.pdf", 1_572_864, "a3f1c2d4e5b6978812345678abcdef00" * 2),
            ReceiptFile("x" * 180 + ".docx", 2048, "0123456789abcdef" * 4),
        ),
        place_date="Pontianak, 3 Maret 2025",
    )


def test_receipt_lists_records_and_files(tmp_path: Path, receipt) -> None:
    out = write_receipt(tmp_path / "tt.pdf", receipt)
    body = text(out)
    flat = " ".join(words(body))
    assert "TANDA TERIMA SERAH TERIMA" in flat
    assert "Nomor: TT/003/KESRA/2025" in flat
    for i in range(1, 41):
        assert f"DIK/KESRA/2025/{i:03d}" in body
    assert "a3f1c2d4e5b69788" in body and "a3f1c2d4e5b697881" not in body
    assert "1,5 MB" in body and "2,0 KB" in body
    assert "Yang menyerahkan" in body and "Yang menerima" in body
    assert "NIP. 19900101 201501 1 001" in body
    assert "".join(re.findall(r"x+", body)).count("x") >= 180  # long file name broken, not cut
    n = page_count(out)
    assert all(f"Halaman {i} dari {n}" in p for i, p in enumerate(pages(out), start=1))


def test_empty_receipt_is_usable(tmp_path: Path, receipt) -> None:
    out = write_receipt(tmp_path / "tt.pdf", replace(receipt, records=(), files=()))
    body = text(out)
    assert "Tidak ada rekaman yang diserahkan." in body
    assert "Tidak ada berkas yang diserahkan." in body


def test_format_size() -> None:
    assert format_size(0) == "0 B"
    assert format_size(1023) == "1023 B"
    assert format_size(1536) == "1,5 KB"
    assert format_size(5 * 1024**3) == "5,0 GB"
