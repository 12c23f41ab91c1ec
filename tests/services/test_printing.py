"""Printing from the database: rows, filters, markings, signatories, penetapan, SOP and the CLI."""

from __future__ import annotations

import argparse
import re
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import update

from ppid_desktop.cli import print_commands
from ppid_desktop.domain.enums import Classification, RecordStatus
from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.legal import LegalGround
from ppid_desktop.domain.nip import EmployeeIdKind
from ppid_desktop.domain.office import OfficerDraft
from ppid_desktop.reports import GenerationCancelled
from ppid_desktop.services.office import add_officer, list_units
from ppid_desktop.services.printing import (
    letterhead,
    register_rows,
    write_penetapan_pdf,
    write_register_pdf,
    write_sop_pdf,
)
from ppid_desktop.storage.models import ExemptRecord, Office
from tests.conftest import make_record
from tests.reports.pdftools import info, needs_poppler, page_count, page_size_mm, pages, text, words

pytestmark = needs_poppler


def _flat(path: Path) -> str:
    return " ".join(words(text(path)))


def _set(db, record_id: int, **values) -> None:
    with db.session() as session:
        session.execute(update(ExemptRecord).where(ExemptRecord.id == record_id).values(**values))


def _add_ppid(db) -> int:
    return add_officer(db, OfficerDraft(
        name="Yuliana Sari, S.E., M.M.", id_kind=EmployeeIdKind.NIP, employee_id="197807142005012009",
        pangkat="III/d", jabatan="Kepala Subbagian Tata Usaha", roles=["ppid"],
    ))


def test_register_lists_every_record_with_signatures_on_office_paper(office_db, tmp_path: Path) -> None:
    for i in range(1, 13):
        make_record(office_db, f"Informasi nomor REC{i:02d} tentang bantuan sosial", register_number=f"DIK/KESRA/2025/{i:03d}")
    out = write_register_pdf(office_db, tmp_path / "dik.pdf", today=date(2025, 3, 1))
    body = _flat(out)
    assert sorted(set(re.findall(r"REC\d\d", body))) == [f"REC{i:02d}" for i in range(1, 13)]
    assert "Pasal 17 huruf h angka 5 UU 14/2008" in body
    assert "Sampai dengan 31 Desember 2030" in body
    assert "NIP. 19690520 199803 1 008" in body  # the Atasan PPID, "Mengetahui"
    assert "Pembina Utama Muda (IV/c)" in body and "Mengetahui," in body
    assert "Pontianak, 1 Maret 2025" in body
    assert page_size_mm(out) == (330, 215)  # the office prints on F4, landscape by default
    meta = info(out)
    assert meta["Author"] == "BIRO KESEJAHTERAAN RAKYAT"
    assert meta["Title"].startswith("Daftar Informasi yang Dikecualikan")
    n = page_count(out)
    assert all(f"Halaman {i} dari {n}" in p for i, p in enumerate(pages(out), start=1))


def test_register_rows_in_register_order(office_db) -> None:
    first = make_record(office_db, "Pertama", remarks="Disimpan di lemari arsip")
    make_record(office_db, "Kedua", classification=Classification.RAHASIA)
    _set(office_db, first.id, created_at=datetime(2024, 5, 1, 2, tzinfo=timezone.utc))
    rows = list(register_rows(office_db))
    assert [(r.number, r.title) for r in rows] == [(1, "Pertama"), (2, "Kedua")]
    assert rows[0].keterangan.splitlines() == ["Disimpan di lemari arsip", "Klasifikasi: Terbatas", "Status: Draf"]
    assert rows[1].classification is Classification.RAHASIA
    assert rows[0].unit == list_units(office_db)[0].name


def test_filters_by_unit_status_and_year(office_db, tmp_path: Path) -> None:
    units = list_units(office_db)
    a = make_record(office_db, "Satu ALPHA", unit_id=units[0].id)
    b = make_record(office_db, "Dua BRAVO", unit_id=units[1].id)
    c = make_record(office_db, "Tiga CHARLIE", unit_id=units[1].id)
    _set(office_db, b.id, status=RecordStatus.DITETAPKAN.value)
    _set(office_db, c.id, created_at=datetime(2023, 6, 1, 3, tzinfo=timezone.utc))
    titles = lambda **kw: [r.title for r in register_rows(office_db, **kw)]  # noqa: E731
    assert titles(unit_id=units[1].id) == ["Tiga CHARLIE", "Dua BRAVO"]
    assert titles(status="ditetapkan") == ["Dua BRAVO"]
    assert titles(year=2023) == ["Tiga CHARLIE"]
    out = write_register_pdf(office_db, tmp_path / "u.pdf", unit_id=units[1].id, status=RecordStatus.DITETAPKAN)
    body = _flat(out)
    assert "BRAVO" in body and "ALPHA" not in body and "CHARLIE" not in body
    assert f"Unit penguasa informasi: {units[1].name}" in body and "Status: Ditetapkan" in body
    empty = write_register_pdf(office_db, tmp_path / "e.pdf", year=1999)
    assert "Tidak ada informasi yang dikecualikan untuk pilihan ini." in _flat(empty)
    assert "TAHUN 1999" in _flat(empty)
    assert a.id


def test_register_is_stamped_with_its_highest_classification(office_db, tmp_path: Path) -> None:
    for i in range(25):
        make_record(office_db, f"Informasi {i} " + "panjang " * 40)
    only_terbatas = write_register_pdf(office_db, tmp_path / "t.pdf")
    assert all(p.count("TERBATAS") >= 2 for p in pages(only_terbatas))
    make_record(office_db, "Satu yang rahasia", classification=Classification.RAHASIA)
    out = write_register_pdf(office_db, tmp_path / "r.pdf")
    assert page_count(out) >= 2
    assert all(p.count("RAHASIA") >= 2 for p in pages(out))


def test_numbered_copies(office_db, tmp_path: Path) -> None:
    make_record(office_db, "Satu")
    out = write_register_pdf(office_db, tmp_path / "c.pdf", copies=3)
    body = text(out)
    for k in (1, 2, 3):
        assert f"Salinan ke-{k} dari 3" in body


def test_signer_is_the_ppid_or_a_blank_block(office_db, tmp_path: Path) -> None:
    make_record(office_db, "Satu")
    blank = _flat(write_register_pdf(office_db, tmp_path / "a.pdf"))
    assert "Pejabat Pengelola Informasi dan Dokumentasi" in blank
    _add_ppid(office_db)
    signed = _flat(write_register_pdf(office_db, tmp_path / "b.pdf"))
    assert "Yuliana Sari, S.E., M.M." in signed and "NIP. 19780714 200501 2 009" in signed
    assert "Penata Tingkat I (III/d)" in signed


def test_cancel_leaves_no_file_and_progress_reaches_the_total(office_db, tmp_path: Path) -> None:
    for i in range(30):
        make_record(office_db, f"Informasi {i}")
    folder = tmp_path / "keluaran"
    folder.mkdir()
    seen: list[tuple[int, int]] = []
    write_register_pdf(office_db, folder / "ok.pdf", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (30, 30)
    target = folder / "batal.pdf"
    with pytest.raises(GenerationCancelled):
        write_register_pdf(office_db, target, is_cancelled=lambda: True)
    assert not target.exists()
    assert sorted(p.name for p in folder.iterdir()) == ["ok.pdf"]


def test_unwritable_path_is_a_user_error(office_db, tmp_path: Path) -> None:
    folder = tmp_path / "keluaran"
    folder.mkdir()
    blocker = folder / "berkas"
    blocker.write_text("bukan folder")
    with pytest.raises(UserError, match=r"tidak dapat ditulis.*Pilih folder lain"):
        write_register_pdf(office_db, blocker / "dik.pdf")
    assert sorted(p.name for p in folder.iterdir()) == ["berkas"]


def test_missing_logo_file_prints_without_it(office_db, tmp_path: Path) -> None:
    with office_db.session() as session:
        session.execute(update(Office).values(logo_path=str(tmp_path / "hilang.png")))
    assert letterhead(office_db).logo_path.endswith("hilang.png")
    make_record(office_db, "Satu")
    out = write_register_pdf(office_db, tmp_path / "dik.pdf")
    assert "BIRO KESEJAHTERAAN RAKYAT" in _flat(out)


def test_odd_characters_in_records_are_printed_or_substituted(office_db, tmp_path: Path) -> None:
    make_record(office_db, "Data 𝔘ndangan rahasia 😀", consequence_opened="Akibat “dibuka” — café")
    out = write_register_pdf(office_db, tmp_path / "dik.pdf")
    body = _flat(out)
    assert "Undangan" in body and "“dibuka” — café" in body


def test_penetapan_draft_then_determined(office_db, tmp_path: Path) -> None:
    record = make_record(
        office_db, "Data pribadi penerima bantuan", register_number="DIK/KESRA/2025/007",
        legal_grounds=[LegalGround("h", 5, ""), LegalGround(None, None, "UU 43/2009 Pasal 44")],
        classification=Classification.RAHASIA,
    )
    draft = _flat(write_penetapan_pdf(office_db, record.id, tmp_path / "draf.pdf"))
    assert "DRAF — BELUM DITETAPKAN" in draft
    assert "Pasal 17 huruf h angka 5 UU 14/2008 (Rahasia pribadi)" in draft and "UU 43/2009 Pasal 44" in draft
    assert "Bagian Kesejahteraan Sosial" in draft or "Subbagian Tata Usaha" in draft
    assert "BIRO KESEJAHTERAAN RAKYAT, SEKRETARIAT DAERAH, PEMERINTAH PROVINSI KALIMANTAN BARAT" in draft

    ppid_id = _add_ppid(office_db)
    atasan_id = next(o for o in _officers(office_db) if "atasan_ppid" in o.roles).id
    _set(office_db, record.id, penetapan_number="045/7/PPID/2025", penetapan_date=date(2025, 3, 3),
         penetapan_ppid_id=ppid_id, penetapan_atasan_id=atasan_id, status=RecordStatus.DITETAPKAN.value)
    out = write_penetapan_pdf(office_db, record.id, tmp_path / "tetap.pdf")
    body = _flat(out)
    assert "DRAF" not in body
    assert "NOMOR: 045/7/PPID/2025" in body and "Pontianak, 3 Maret 2025" in body
    assert "Yuliana Sari, S.E., M.M." in body and "NIP. 19690520 199803 1 008" in body
    assert all(p.count("RAHASIA") >= 2 for p in pages(out))
    assert page_size_mm(out) == (215, 330)


def _officers(db):
    from ppid_desktop.services.office import list_officers

    return list_officers(db)


def test_sop_sheet_of_the_office(office_db, tmp_path: Path) -> None:
    out = write_sop_pdf(office_db, tmp_path / "sop.pdf", paper="A4")
    body = _flat(out)
    assert "400/257/KESRA-TU" in body and "PPID Pelaksana" in body
    assert page_size_mm(out) == (297, 210)


def _cli(argv: list[str]) -> int:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(parents=[common])
    print_commands.register(parser.add_subparsers(dest="command"), common)
    args = parser.parse_args(argv)
    return print_commands.COMMANDS[args.command](args)


def test_command_line(office_db, tmp_path: Path, capsys) -> None:
    units = list_units(office_db)
    make_record(office_db, "Satu ALPHA", register_number="DIK/KESRA/2025/001", unit_id=units[0].id)
    make_record(office_db, "Dua BRAVO", unit_id=units[1].id)
    data = str(office_db.paths.root)
    out = tmp_path / "dik.pdf"
    assert _cli(["register-pdf", "--data-dir", data, "--out", str(out), "--paper", "A4", "--orientation", "portrait", "--unit", units[1].name.upper()]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert page_size_mm(out) == (210, 297)
    assert "BRAVO" in _flat(out) and "ALPHA" not in _flat(out)
    assert _cli(["penetapan-pdf", "DIK/KESRA/2025/001", "--data-dir", data, "--out", str(tmp_path / "p.pdf")]) == 0
    assert "Satu ALPHA" in _flat(tmp_path / "p.pdf")
    assert _cli(["sop-pdf", "--data-dir", data, "--out", str(tmp_path / "s.pdf")]) == 0
    assert "400/257/KESRA-TU" in _flat(tmp_path / "s.pdf")
    with pytest.raises(UserError, match="tidak ditemukan"):
        _cli(["register-pdf", "--data-dir", data, "--out", str(out), "--unit", "Bagian Lain"])
    with pytest.raises(SystemExit):
        _cli(["register-pdf", "--data-dir", data, "--out", str(out), "--year", "20x5"])
