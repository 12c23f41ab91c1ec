"""Dates and periods as the window shows them: Indonesian as printed, or English."""

from __future__ import annotations

from datetime import date

from ppid_desktop.domain.dates import format_tanggal
from ppid_desktop.domain.record import format_period
from ppid_desktop.ui.encrypt_dialog import status_text
from ppid_desktop.ui.formatting import display_date, display_period
from ppid_desktop.ui.i18n import install_language


def test_indonesian_window_shows_dates_and_periods_as_printed(qapp) -> None:
    language = install_language("id")
    try:
        day = date(2030, 12, 31)
        assert display_date(day) == format_tanggal(day) == "31 Desember 2030"
        for end, condition in ((day, ""), (day, "sampai putusan"), (None, "sampai putusan"), (None, "")):
            assert display_period(end, condition) == format_period(None, end, condition)
        assert status_text("Mengenkripsi berkas tersimpan", 3, 12) == "Mengenkripsi berkas tersimpan 3 dari 10"
        assert status_text("Mengenkripsi basis data", 0, 12) == "Mengenkripsi basis data"
    finally:
        language.uninstall()


def test_english_window_shows_english_month_names(qapp) -> None:
    language = install_language("en")
    try:
        assert display_date(date(2030, 12, 31)) == "31 December 2030"
        assert display_date(date(2021, 3, 1)) == "1 March 2021"
    finally:
        language.uninstall()


def test_the_register_table_shows_the_period_end_in_the_window_language(qapp) -> None:
    from types import SimpleNamespace

    from ppid_desktop.ui.record_table_model import period_text

    day = date(2030, 12, 31)
    row = SimpleNamespace(period_end=day, period_condition="sampai putusan; banding")
    assert period_text(row) == format_period(None, day, "sampai putusan; banding") == "Sampai dengan 31 Desember 2030; sampai putusan; banding"
    language = install_language("en")
    try:
        assert "31 December 2030; sampai putusan; banding" in period_text(row)
    finally:
        language.uninstall()
    assert period_text(SimpleNamespace(period_end=None, period_condition="sampai putusan")) == "sampai putusan"
