"""Finding the heading of a register kept in Excel, and guessing what each column holds."""

from __future__ import annotations

import pytest

from ppid_desktop.domain.spreadsheet_columns import FIELD_CHOICES, column_letter, find_layout, guess_field, guess_mapping


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("No", "row_number"),
        ("No.", "row_number"),
        ("Nomor Register", "register_number"),
        ("Informasi yang Dikecualikan", "title"),
        ("Judul Informasi", "title"),
        ("Konten Informasi", "title"),
        ("Ringkasan Isi Informasi", "summary"),
        ("Dasar Hukum", "legal_grounds"),
        ("Dasar Hukum Pengecualian", "legal_grounds"),
        ("Pasal", "legal_pasal"),
        ("Konsekuensi", "consequence_opened"),
        ("Konsekuensi\n(Dibuka)", "consequence_opened"),
        ("Konsekuensi bila ditutup", "consequence_closed"),
        ("Jangka Waktu", "period"),
        ("Batas Waktu Pengecualian", "period"),
        ("Jangka Waktu Mulai", "period_start"),
        ("Unit", "unit"),
        ("Pejabat Penguasa Informasi", "unit"),
        ("Penanggung Jawab", "unit"),
        ("Keterangan", "remarks"),
        ("Bentuk Informasi", "form"),
        ("Tempat Penyimpanan", "storage_location"),
        ("Klasifikasi Keamanan", "classification"),
        ("Warna favorit", ""),
        ("", ""),
    ],
)
def test_indonesian_headings_are_recognised(label: str, field: str) -> None:
    assert guess_field(label) == field
    assert field in FIELD_CHOICES


def test_a_field_that_cannot_repeat_goes_to_its_first_column_only() -> None:
    assert guess_mapping(["Informasi", "Judul", "Keterangan", "Catatan"]) == ["title", "", "remarks", "remarks"]


def test_the_reasons_column_is_kept_as_keterangan_not_read_as_a_statute() -> None:
    assert guess_field("Alasan Pengecualian") == "remarks"


def test_without_a_title_column_the_summary_column_is_the_title() -> None:
    assert guess_mapping(["No", "Ringkasan Isi Informasi", "Dasar Hukum"]) == ["row_number", "title", "legal_grounds"]


TITLE_BLOCK = [
    ("DAFTAR INFORMASI YANG DIKECUALIKAN",),
    ("PEMERINTAH PROVINSI KALIMANTAN BARAT",),
    ("Tahun 2024",),
    (),
]


def test_heading_is_found_under_a_title_block_with_a_two_row_merged_heading_and_a_number_row() -> None:
    rows = [
        *TITLE_BLOCK,
        ("No", "Informasi yang Dikecualikan", "Dasar Hukum", "Konsekuensi", None, "Jangka Waktu", "Unit", "Keterangan"),
        (None, None, None, "Dibuka", "Ditutup", None, None, None),
        (1, 2, 3, 4, 5, 6, 7, 8),
        (1, "Data pribadi", "Pasal 17 huruf h", "a", "b", "5 tahun", "TU", ""),
    ]
    layout = find_layout(rows)
    assert layout is not None
    assert layout.header_row == 4
    assert layout.data_start == 7
    assert layout.labels[3:5] == ("Konsekuensi Dibuka", "Konsekuensi Ditutup")
    assert layout.mapping == ("row_number", "title", "legal_grounds", "consequence_opened", "consequence_closed", "period", "unit", "remarks")


def test_a_one_row_heading_at_the_top() -> None:
    rows = [("Judul", "Dasar Hukum", "Konsekuensi Dibuka", "Konsekuensi Ditutup", "Jangka Waktu"), ("x", "y", "z", "w", "v")]
    layout = find_layout(rows)
    assert layout is not None and layout.header_row == 0 and layout.data_start == 1


def test_split_legal_ground_heading_keeps_both_columns() -> None:
    rows = [("No", "Informasi", "Dasar Hukum", None, "Keterangan"), (None, None, "UU", "Pasal", None), (1, "x", "UU 14/2008", "17 huruf h", "")]
    layout = find_layout(rows)
    assert layout is not None
    assert layout.labels[2:4] == ("Dasar Hukum UU", "Dasar Hukum Pasal")
    assert layout.mapping[2:4] == ("legal_grounds", "legal_grounds")


def test_no_heading_is_no_layout() -> None:
    assert find_layout([("Belanja", "Jumlah"), ("Kertas", 10)]) is None
    assert find_layout([]) is None
    assert find_layout(TITLE_BLOCK) is None


def test_column_letters_as_excel_names_them() -> None:
    assert [column_letter(i) for i in (0, 7, 25, 26, 51, 52)] == ["A", "H", "Z", "AA", "AZ", "BA"]
