"""Cell values of imported registers: text, dates in every form offices use, exemption periods."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ppid_desktop.domain.spreadsheet_values import add_years, cell_text, read_date, read_period

TODAY = date(2026, 11, 30)


def test_cell_text_trims_whitespace_and_keeps_line_breaks() -> None:
    assert cell_text("  Data\u00a0 pribadi \r\n\r\n  pemohon  ") == "Data pribadi\npemohon"
    assert cell_text(None) == ""
    assert cell_text(12.0) == "12"
    assert cell_text(datetime(2030, 12, 31)) == "31 Desember 2030"


@pytest.mark.parametrize(
    "value",
    ["31-12-2030", "31/12/2030", "31.12.2030", "2030-12-31", "31 Desember 2030", "31 Des 2030", "31/12/30",
     "Selasa, 31 Desember 2030", 47848, 47848.0, "47848", datetime(2030, 12, 31, 0, 0), date(2030, 12, 31)],
)
def test_dates_as_text_serials_and_cells(value: object) -> None:
    assert read_date(value, "Tanggal") == (date(2030, 12, 31), None)


@pytest.mark.parametrize("value", ["31-13-2030", "30 Februari 2030", "besok", 12, "31 Desamber 2030"])
def test_unreadable_dates_are_problems_in_indonesian(value: object) -> None:
    found, problem = read_date(value, "Jangka waktu")
    assert found is None
    assert problem is not None and problem.startswith("Jangka waktu:")


def test_empty_date_is_neither_a_date_nor_a_problem() -> None:
    assert read_date("  ", "x") == (None, None)
    assert read_date(None, "x") == (None, None)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("5 tahun", date(2031, 11, 30)),
        ("5 (lima) tahun", date(2031, 11, 30)),
        ("Selama 2 tahun sejak ditetapkan", date(2028, 11, 30)),
        ("lima tahun", date(2031, 11, 30)),
        ("6 bulan", date(2027, 5, 30)),
        ("Sampai dengan 31 Desember 2030", date(2030, 12, 31)),
        ("s.d. 31-12-2030", date(2030, 12, 31)),
        ("31-12-2030", date(2030, 12, 31)),
    ],
)
def test_periods_as_durations_and_dates(text: str, end: date) -> None:
    period = read_period(text, None, TODAY)
    assert (period.end, period.condition, period.problem) == (end, "", None)


def test_a_duration_counts_from_the_start_date_when_there_is_one() -> None:
    period = read_period("5 tahun", date(2024, 2, 29), TODAY)
    assert period.end == date(2029, 2, 28) and period.start is None
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


def test_a_duration_without_start_counts_from_the_import_date_and_says_so() -> None:
    assert read_period("5 tahun", None, TODAY).start == TODAY


@pytest.mark.parametrize("text", ["Sampai memperoleh persetujuan dari yang bersangkutan", "Tidak terbatas", "Dapat dibuka pada waktu pemeriksaan"])
def test_conditions_are_kept_as_text(text: str) -> None:
    assert read_period(text, None, TODAY) == read_period(text, None, TODAY)
    period = read_period(text, None, TODAY)
    assert period.condition == text and period.end is None and period.problem is None


def test_a_date_like_text_that_is_not_a_date_is_a_problem() -> None:
    assert read_period("31-02-2030", None, TODAY).problem is not None
    assert read_period(500, None, TODAY).problem is not None
    assert read_period("500 tahun", None, TODAY).problem is not None
