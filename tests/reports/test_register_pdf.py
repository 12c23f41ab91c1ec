"""The DIK register PDF read back: text, every record, page size and count, page numbers,
header on every page, long cells split without losing a word, stamps, metadata, fonts, and
bad input (empty register, missing logo, odd characters, unwritable path, cancellation)."""

from __future__ import annotations

import errno
import re
from dataclasses import replace
from pathlib import Path

import pytest

from ppid_desktop.domain.enums import Classification, PaperSize
from ppid_desktop.domain.errors import UserError
from ppid_desktop.reports import GenerationCancelled
from ppid_desktop.reports.model import Marking, Orientation, PageSetup
from ppid_desktop.reports.register import write_register
from tests.reports.pdftools import fonts, info, needs_poppler, page_count, page_size_mm, pages, text, words
from tests.reports.samples import make_rows

pytestmark = needs_poppler


def test_every_record_is_printed_with_page_numbers_and_header_on_every_page(tmp_path: Path, register_doc) -> None:
    out = write_register(tmp_path / "dik.pdf", register_doc, make_rows(60), total=60)
    count = page_count(out)
    assert count > 2
    body = text(out)
    found = re.findall(r"REC(\d{4})", body)
    assert sorted(set(found)) == [f"{i:04d}" for i in range(1, 61)]
    for number, page in enumerate(pages(out), start=1):
        assert f"Halaman {number} dari {count}" in page
        assert "Dasar hukum" in page and "Konsekuensi bila dibuka" in page and "Keterangan" in page
    assert "DAFTAR INFORMASI YANG DIKECUALIKAN" in body
    assert "Nomor: 400/12/KESRA-TU/2025" in body
    assert "TAHUN 2025" in body


@pytest.mark.parametrize(
    ("paper", "orientation", "size"),
    [
        (PaperSize.A4, Orientation.LANDSCAPE, (297, 210)),
        (PaperSize.F4, Orientation.LANDSCAPE, (330, 215)),
        (PaperSize.A4, Orientation.PORTRAIT, (210, 297)),
        (PaperSize.F4, Orientation.PORTRAIT, (215, 330)),
    ],
)
def test_paper_and_orientation(tmp_path: Path, register_doc, paper, orientation, size) -> None:
    doc = replace(register_doc, setup=PageSetup(paper, orientation))
    out = write_register(tmp_path / "dik.pdf", doc, make_rows(25))
    assert page_size_mm(out) == size
    assert page_size_mm(out, page_count(out)) == size
    assert len(set(re.findall(r"REC\d{4}", text(out)))) == 25


def test_a_cell_taller_than_a_page_is_split_without_losing_a_word(tmp_path: Path, register_doc) -> None:
    long_text = " ".join(f"kata{i:04d}" for i in range(1, 701))  # about 6,000 characters
    assert len(long_text) >= 5000
    rows = make_rows(3)
    rows[1] = replace(rows[1], konsekuensi_dibuka=long_text)
    out = write_register(tmp_path / "dik.pdf", register_doc, rows)
    seen = [w for w in words(text(out)) if re.fullmatch(r"kata\d{4}", w)]
    assert seen == [f"kata{i:04d}" for i in range(1, 701)]
    spread = [n for n, page in enumerate(pages(out), start=1) if "kata" in page]
    assert len(spread) >= 2  # really split over pages
    assert "(lanj.)" in text(out)  # the continuation repeats the row number
    assert {"REC0001", "REC0002", "REC0003"} <= set(re.findall(r"REC\d{4}", text(out)))


def test_a_word_wider_than_its_column_is_broken_not_lost(tmp_path: Path, register_doc) -> None:
    unbroken = "x" * 400
    rows = make_rows(1, keterangan=unbroken)
    out = write_register(tmp_path / "dik.pdf", register_doc, rows)
    assert "".join(re.findall(r"x+", text(out))).count("x") >= 400


def test_signatures_with_nip_and_names(tmp_path: Path, register_doc) -> None:
    out = write_register(tmp_path / "dik.pdf", register_doc, make_rows(3))
    body = text(out)
    assert "NIP. 19690520 199803 1 008" in body
    assert "NIP. 19870312 201001 2 004" in body
    assert "Mengetahui," in body and "Atasan PPID" in body
    assert "Pontianak, 1 Maret 2021" in body
    assert "drg. Hary Agung Tjahyadi, M.Kes" in body


def test_classified_register_is_stamped_on_every_page(tmp_path: Path, register_doc) -> None:
    doc = replace(register_doc, marking=Marking(Classification.RAHASIA))
    out = write_register(tmp_path / "dik.pdf", doc, make_rows(30, Classification.RAHASIA))
    assert page_count(out) >= 3
    for page in pages(out):
        assert page.count("RAHASIA") >= 2  # top and bottom


def test_biasa_register_carries_no_stamp(tmp_path: Path, register_doc) -> None:
    out = write_register(tmp_path / "dik.pdf", register_doc, make_rows(5, Classification.BIASA))
    body = text(out)
    assert "TERBATAS" not in body and "RAHASIA" not in body


def test_numbered_copies_restart_page_numbers(tmp_path: Path, register_doc) -> None:
    rows = make_rows(12)
    single = page_count(write_register(tmp_path / "one.pdf", register_doc, rows))
    out = write_register(tmp_path / "two.pdf", register_doc, rows, copies=2)
    assert page_count(out) == 2 * single
    all_pages = pages(out)
    assert all("Salinan ke-1 dari 2" in p for p in all_pages[:single])
    assert all("Salinan ke-2 dari 2" in p for p in all_pages[single:])
    assert text(out).count(f"Halaman 1 dari {single}") == 2


def test_metadata_and_embedded_font(tmp_path: Path, register_doc) -> None:
    out = write_register(tmp_path / "dik.pdf", register_doc, make_rows(2))
    meta = info(out)
    assert meta["Title"] == "Daftar Informasi yang Dikecualikan 2025"
    assert meta["Author"] == "BIRO KESEJAHTERAAN RAKYAT"
    assert meta["Subject"] == "DIK"
    assert meta["Creator"] == "PPID Desktop"
    assert meta.get("CreationDate")
    found = fonts(out)
    assert found and all(f["emb"] == "yes" for f in found)
    assert all("LiberationSans" in f["name"] for f in found)


def test_empty_register_is_usable(tmp_path: Path, register_doc) -> None:
    out = write_register(tmp_path / "dik.pdf", register_doc, [])
    body = text(out)
    assert "Tidak ada informasi yang dikecualikan untuk pilihan ini." in body
    assert page_count(out) == 1 and "Halaman 1 dari 1" in body
    assert "NIP. 19690520 199803 1 008" in body


@pytest.mark.parametrize("logo", ["missing.png", "broken.png"])
def test_missing_or_broken_logo_prints_without_it(tmp_path: Path, register_doc, logo: str) -> None:
    (tmp_path / "broken.png").write_bytes(b"not an image at all")
    doc = replace(register_doc, letterhead=replace(register_doc.letterhead, logo_path=str(tmp_path / logo)))
    out = write_register(tmp_path / "dik.pdf", doc, make_rows(2))
    assert "BIRO KESEJAHTERAAN RAKYAT" in text(out)


def test_real_logo_is_drawn(tmp_path: Path, register_doc) -> None:
    from PIL import Image

    Image.new("RGB", (60, 80), (200, 30, 30)).save(tmp_path / "logo.png")
    doc = replace(register_doc, letterhead=replace(register_doc.letterhead, logo_path=str(tmp_path / "logo.png")))
    out = write_register(tmp_path / "dik.pdf", doc, make_rows(1))
    assert b"/Subtype /Image" in out.read_bytes()


def test_characters_outside_the_font_do_not_crash(tmp_path: Path, register_doc) -> None:
    rows = make_rows(1, title="Surat 𝔘ndangan 😀 rahasia \u200b\x07 café 中文", summary="ＡＢＣ tab\there")
    out = write_register(tmp_path / "dik.pdf", register_doc, rows)
    body = text(out)
    assert "Undangan" in body  # the mathematical letter became its plain form
    assert "café" in body
    assert "ABC tab here" in body


def test_unwritable_path_gives_user_error_and_leaves_nothing(tmp_path: Path, register_doc) -> None:
    target = tmp_path / "tidak-ada" / "dik.pdf"
    with pytest.raises(UserError, match="tidak dapat ditulis.*Pilih folder lain"):
        write_register(target, register_doc, make_rows(2))
    assert not target.parent.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_folder_as_target_is_refused(tmp_path: Path, register_doc) -> None:
    with pytest.raises(UserError, match="folder"):
        write_register(tmp_path, register_doc, make_rows(1))
    assert list(tmp_path.iterdir()) == []


def test_full_disk_gives_user_error_and_keeps_the_old_file(tmp_path: Path, register_doc, monkeypatch) -> None:
    target = tmp_path / "dik.pdf"
    target.write_bytes(b"old")

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("ppid_desktop.reports.register.build_pdf", full)
    with pytest.raises(UserError, match="Disk penuh"):
        write_register(target, register_doc, make_rows(1))
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["dik.pdf"]


def test_progress_is_reported_and_cancel_leaves_no_file(tmp_path: Path, register_doc) -> None:
    seen: list[tuple[int, int]] = []
    write_register(tmp_path / "dik.pdf", register_doc, make_rows(80), total=80, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (80, 80)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    target = tmp_path / "batal.pdf"
    calls = {"n": 0}

    def cancel_after_first_pages() -> bool:
        calls["n"] += 1
        return calls["n"] > 5

    with pytest.raises(GenerationCancelled):
        write_register(target, register_doc, make_rows(400), total=400, is_cancelled=cancel_after_first_pages)
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dik.pdf"]


def test_rows_may_be_a_generator(tmp_path: Path, register_doc) -> None:
    out = write_register(tmp_path / "dik.pdf", register_doc, iter(make_rows(7)))
    assert len(set(re.findall(r"REC\d{4}", text(out)))) == 7
    with pytest.raises(TypeError):
        write_register(tmp_path / "dik2.pdf", register_doc, iter(make_rows(2)), copies=2)
