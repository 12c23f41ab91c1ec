"""Lembar kunci pemulihan: one page that holds the key, says what it is for and where to keep it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ppid_desktop.domain.enums import PaperSize
from ppid_desktop.domain.errors import UserError
from ppid_desktop.reports.recovery_sheet import RecoverySheet, key_rows, recovery_sheet_pdf, write_recovery_sheet
from ppid_desktop.storage import crypto
from tests.reports.pdftools import fonts, info, needs_poppler, page_count, page_size_mm, text

SECRET = bytes(range(32))
KEY = crypto.format_recovery_key(SECRET)


def sheet(**changes) -> RecoverySheet:
    values = dict(
        office_name="BIRO KESEJAHTERAAN RAKYAT",
        recovery_key=KEY,
        made_on=date(2026, 5, 12),
        admin_name="Rudi Hartono, S.Kom",
        city="Pontianak",
        computer="LAPTOP-PPID-01",
        data_folder=r"C:\Users\ppid\AppData\Local\PPID Desktop\PPID Desktop",
        paper=PaperSize.F4,
    )
    values.update(changes)
    return RecoverySheet(**values)


def flat(path: Path) -> str:
    return " ".join(text(path).split())


def test_the_key_is_printed_in_two_rows_of_seven_groups() -> None:
    rows = key_rows(KEY)
    assert len(KEY.replace("-", "")) == 56 and len(rows) == 2
    assert all(len(row.split("-")) == 7 for row in rows)
    assert "-".join(rows) == KEY


@needs_poppler
def test_one_page_with_the_key_the_office_and_what_to_do(tmp_path: Path) -> None:
    out = write_recovery_sheet(tmp_path / "kunci.pdf", sheet())
    assert out == tmp_path / "kunci.pdf"
    assert page_count(out) == 1
    assert page_size_mm(out) == (215, 330)  # the office's F4, portrait
    body = flat(out)
    for row in key_rows(KEY):
        assert row in body
    for expected in (
        "LEMBAR KUNCI PEMULIHAN DATA",
        "Kantor : BIRO KESEJAHTERAAN RAKYAT",
        "Tanggal dibuat : 12 Mei 2026",
        "Komputer : LAPTOP-PPID-01",
        "bila semua kata sandi Admin terlupa",
        "Siapa pun yang memegang kunci ini dapat membaca seluruh data tersebut",
        "Simpan lembar ini di tempat yang terkunci",
        "Pontianak, 12 Mei 2026 Disimpan oleh, Admin PPID Desktop Rudi Hartono, S.Kom",
    ):
        assert expected in body, expected
    assert body.count("RAHASIA") == 2  # stamped top and bottom


@needs_poppler
def test_the_key_alone_is_in_a_standard_monospace_font_and_stays_out_of_the_metadata(tmp_path: Path) -> None:
    out = write_recovery_sheet(tmp_path / "kunci.pdf", sheet())
    found = {f["name"].split("+")[-1]: f for f in fonts(out)}
    assert "Courier-Bold" in found
    assert all(f["emb"] == "yes" for name, f in found.items() if name != "Courier-Bold")
    meta = info(out)
    assert meta["Title"] == "Lembar Kunci Pemulihan" and meta["Author"] == "BIRO KESEJAHTERAAN RAKYAT"
    assert not any(row in value for value in meta.values() for row in key_rows(KEY))


@needs_poppler
def test_a_long_office_name_and_folder_still_fit_one_a4_page(tmp_path: Path) -> None:
    long = sheet(office_name="DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN " * 3,
                 data_folder="D:\\" + "\\".join(["folder-data-yang-sangat-panjang"] * 8), paper=PaperSize.A4,
                 admin_name="", city="")
    out = write_recovery_sheet(tmp_path / "kunci.pdf", long)
    assert page_count(out) == 1 and page_size_mm(out) == (210, 297)
    body = flat(out)
    assert "12 Mei 2026 Disimpan oleh," in body  # no city: the date alone
    assert "." * 20 in body  # a dotted line to write the Admin's name on


def test_the_pdf_is_built_in_memory() -> None:
    data = recovery_sheet_pdf(sheet())
    assert data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]


def test_an_unwritable_target_is_refused_in_indonesian_and_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    with pytest.raises(UserError, match="tidak dapat ditulis"):
        write_recovery_sheet(blocker / "kunci.pdf", sheet())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["berkas"]
