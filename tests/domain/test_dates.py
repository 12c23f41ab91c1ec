"""Indonesian dates for printed documents and for what clerks type."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ppid_desktop.domain.dates import (
    BULAN,
    HARI,
    format_hari_tanggal,
    format_tanggal,
    format_tempat_tanggal,
    parse_tanggal,
)
from ppid_desktop.domain.errors import ValidationError

PROPERTY = settings(database=None, deadline=None)
DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
ACCEPTED = "1 Maret 2021, 1 Mar 2021, 01-03-2021, 1/3/2021, atau 2021-03-01"


def test_names() -> None:
    assert BULAN[0] == "Januari" and BULAN[7] == "Agustus" and BULAN[11] == "Desember"
    assert len(BULAN) == 12
    assert HARI == ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def test_format_tanggal_has_no_leading_zero_and_no_period() -> None:
    assert format_tanggal(date(2021, 3, 1)) == "1 Maret 2021"
    assert format_tanggal(date(2022, 2, 3)) == "3 Februari 2022"
    assert format_tanggal(date(1999, 12, 31)) == "31 Desember 1999"


def test_format_tempat_tanggal() -> None:
    assert format_tempat_tanggal("Pontianak", date(2021, 3, 1)) == "Pontianak, 1 Maret 2021"
    assert format_tempat_tanggal(" Serang ", date(2022, 2, 3)) == "Serang, 3 Februari 2022"
    assert format_tempat_tanggal("", date(2021, 3, 1)) == "1 Maret 2021"


def test_format_hari_tanggal() -> None:
    assert format_hari_tanggal(date(2021, 3, 1)) == "Senin, 1 Maret 2021"
    assert format_hari_tanggal(date(2022, 2, 6)) == "Minggu, 6 Februari 2022"


@pytest.mark.parametrize(
    "text",
    [
        "1 Maret 2021",
        "01 Maret 2021",
        "1 maret 2021",
        "1 MARET 2021",
        "1 Mar 2021",
        "1 Mar. 2021",
        "1-Mar-2021",
        "1 March 2021",
        "01-03-2021",
        "1-3-2021",
        "1/3/2021",
        "01.03.2021",
        "2021-03-01",
        "2021/3/1",
        "Senin, 1 Maret 2021",
        " 1  Maret  2021. ",
    ],
)
def test_parse_tanggal_accepts_common_forms(text: str) -> None:
    assert parse_tanggal(text) == date(2021, 3, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10 Nopember 1945", date(1945, 11, 10)),
        ("17 Agt 2020", date(2020, 8, 17)),
        ("17 Agustus 2020", date(2020, 8, 17)),
        ("5 Okt 2020", date(2020, 10, 5)),
        ("29 Feb 2024", date(2024, 2, 29)),
        ("1 Mei 2021", date(2021, 5, 1)),
        ("1 Des 2021", date(2021, 12, 1)),
    ],
)
def test_parse_tanggal_month_spellings(text: str, expected: date) -> None:
    assert parse_tanggal(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", f"Tanggal belum diisi. Tuliskan tanggal dalam salah satu bentuk: {ACCEPTED}."),
        (
            "kemarin",
            f'Tanggal "kemarin" tidak dapat dibaca. Tuliskan tanggal dalam salah satu bentuk: '
            f"{ACCEPTED}.",
        ),
        (
            "03-13-2021",
            'Tanggal "03-13-2021" tidak dapat dibaca: bulan 13 tidak ada; bulan harus 1 sampai 12. '
            "Tuliskan tanggal dengan urutan tanggal-bulan-tahun, contoh: 01-03-2021.",
        ),
        (
            "31 Februari 2021",
            'Tanggal "31 Februari 2021" tidak ada dalam kalender: bulan Februari 2021 '
            "hanya sampai tanggal 28.",
        ),
        (
            "1 Maretz 2021",
            'Tanggal "1 Maretz 2021" tidak dapat dibaca: nama bulan "Maretz" tidak dikenal. '
            f"Tuliskan nama bulan lengkap atau singkat, contoh: {ACCEPTED}.",
        ),
        ("1/3/21", f'Tanggal "1/3/21" tidak dapat dibaca. Tuliskan tanggal dalam salah satu '
         f"bentuk: {ACCEPTED}."),
    ],
)
def test_parse_tanggal_errors(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_tanggal(text)
    assert (info.value.field, str(info.value)) == ("tanggal", message)


def test_parse_tanggal_field_can_be_named() -> None:
    with pytest.raises(ValidationError) as info:
        parse_tanggal("x", field="tanggal_penetapan")
    assert info.value.field == "tanggal_penetapan"


@PROPERTY
@given(DATES)
def test_formatted_dates_parse_back(d: date) -> None:
    assert parse_tanggal(format_tanggal(d)) == d
    assert parse_tanggal(format_hari_tanggal(d)) == d
    assert parse_tanggal(f"{d:%d-%m-%Y}") == d
    assert parse_tanggal(d.isoformat()) == d
    assert parse_tanggal(f"{d.day} {BULAN[d.month - 1][:3]} {d.year}") == d


@PROPERTY
@given(st.text())
def test_parse_tanggal_never_crashes(text: str) -> None:
    try:
        parse_tanggal(text)
    except ValidationError as error:
        assert error.field == "tanggal" and error.message
