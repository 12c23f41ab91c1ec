"""Office settings: working time, holidays and print margins round-trip, refuse bad values in
Indonesian naming the field, and change the working-time figures the workflow reports."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from ppid_desktop.domain.errors import UserError, ValidationErrors
from ppid_desktop.services import determination, workflow
from ppid_desktop.services.office import (
    OfficeSettings,
    add_holiday,
    get_office_settings,
    remove_holiday,
    save_office_settings,
)
from tests.conftest import make_record

MONDAY = date(2031, 3, 3)
assert MONDAY.weekday() == 0


def test_defaults_before_any_change(office_db) -> None:
    settings = get_office_settings(office_db)
    assert settings == OfficeSettings(frozenset({0, 1, 2, 3, 4}), time(8), time(16), [], (20, 20, 20, 20))


def test_settings_round_trip_and_replace_the_holiday_list(office_db) -> None:
    add_holiday(office_db, date(2031, 1, 1), "Tahun Baru Masehi")
    wanted = OfficeSettings(
        work_days=frozenset({0, 1, 2, 3, 4, 5}),
        work_start=time(7, 30),
        work_end=time(15, 30),
        holidays=[(date(2031, 8, 17), "  Hari  Kemerdekaan "), (date(2031, 3, 5), "Hari Raya Nyepi")],
        margins=(25, 20, 30, 15),
    )
    save_office_settings(office_db, wanted)
    stored = get_office_settings(office_db)
    assert stored.work_days == frozenset({0, 1, 2, 3, 4, 5})
    assert (stored.work_start, stored.work_end) == (time(7, 30), time(15, 30))
    assert stored.holidays == [(date(2031, 3, 5), "Hari Raya Nyepi"), (date(2031, 8, 17), "Hari Kemerdekaan")]
    assert stored.margins == (25, 20, 30, 15)


def test_refusals_name_each_field_in_indonesian_and_change_nothing(office_db) -> None:
    bad = OfficeSettings(
        work_days=frozenset(),
        work_start=time(16),
        work_end=time(8),
        holidays=[(date(2031, 3, 5), "Nyepi"), (date(2031, 3, 5), "Nyepi lagi")],
        margins=(9, 20, 51, 20),
    )
    with pytest.raises(ValidationErrors) as caught:
        save_office_settings(office_db, bad)
    messages = {e.field: e.message for e in caught.value.errors}
    assert set(messages) == {"work_days", "work_hours", "holidays", "margin_top", "margin_left"}
    assert messages["work_days"] == "Pilih paling sedikit satu hari kerja."
    assert messages["holidays"] == "Tanggal 5 Maret 2031 tercatat dua kali sebagai hari libur; cukup sekali."
    assert messages["margin_top"] == "Margin atas (9 mm) harus antara 15 dan 50 mm. Ubah margin atas."
    assert "Margin kiri (51 mm)" in messages["margin_left"]
    assert get_office_settings(office_db).margins == (20, 20, 20, 20)


def test_a_failed_save_keeps_the_old_holidays(office_db) -> None:
    add_holiday(office_db, date(2031, 1, 1), "Tahun Baru Masehi")
    with pytest.raises(ValidationErrors, match="nama hari libur"):
        save_office_settings(office_db, OfficeSettings(holidays=[(date(2031, 3, 5), " ")]))
    assert get_office_settings(office_db).holidays == [(date(2031, 1, 1), "Tahun Baru Masehi")]


def test_add_and_remove_holiday(office_db) -> None:
    add_holiday(office_db, date(2031, 3, 5), "Hari Raya Nyepi")
    with pytest.raises(ValidationErrors, match="sudah tercatat sebagai hari libur"):
        add_holiday(office_db, date(2031, 3, 5), "Nyepi")
    remove_holiday(office_db, date(2031, 3, 5))
    with pytest.raises(UserError, match="tidak tercatat sebagai hari libur"):
        remove_holiday(office_db, date(2031, 3, 5))
    assert get_office_settings(office_db).holidays == []


def test_a_weekday_holiday_takes_one_working_day_off_the_expiry_reminder(office_db) -> None:
    make_record(office_db, "Dokumen lelang", period_end=MONDAY + timedelta(days=18))  # Friday, 3 weeks on
    before = determination.expiring_records(office_db, today=MONDAY)
    add_holiday(office_db, MONDAY + timedelta(days=9), "Hari Raya Nyepi")  # a Wednesday
    after = determination.expiring_records(office_db, today=MONDAY)
    assert before[0].expiry.working_days_left == 14
    assert after[0].expiry.working_days_left == 13


def test_working_hours_and_holidays_drive_working_minutes(office_db) -> None:
    begin, finish = datetime.combine(MONDAY, time(9)), datetime.combine(MONDAY + timedelta(days=2), time(9))
    with office_db.session() as session:
        assert workflow.work_calendar(session).working_minutes(begin, finish) == (7 + 8 + 1) * 60
    save_office_settings(office_db, OfficeSettings(
        work_start=time(7, 30), work_end=time(15, 30), holidays=[(MONDAY + timedelta(days=1), "Cuti bersama")],
    ))
    with office_db.session() as session:
        assert workflow.work_calendar(session).working_minutes(begin, finish) == (6.5 + 0 + 1.5) * 60


def test_printing_uses_the_office_margins_unless_given(office_db, monkeypatch) -> None:
    from ppid_desktop.services import printing

    seen = []
    monkeypatch.setattr(printing, "write_sop", lambda out, template, setup, info, logo_path: seen.append(setup))
    save_office_settings(office_db, OfficeSettings(margins=(25, 30, 35, 40)))
    printing.write_sop_pdf(office_db, "/nonexistent/x.pdf")
    printing.write_sop_pdf(office_db, "/nonexistent/x.pdf", margins=(20.0, 20.0, 20.0, 20.0))
    assert (seen[0].margin_top, seen[0].margin_bottom, seen[0].margin_left, seen[0].margin_right) == (25, 30, 35, 40)
    assert seen[1].margin_left == 20


# --- the command line (settings_commands.register on a small parser, as cli/main.py will) ---


def run_cli(db, argv: list[str]) -> int:
    import argparse
    import sys

    from ppid_desktop.cli.settings_commands import COMMANDS, register

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(prog="ppid-desktop", parents=[common])
    register(parser.add_subparsers(dest="command"), common)
    args = parser.parse_args([*argv, "--data-dir", str(db.paths.root)])
    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(f"Kesalahan: {exc}", file=sys.stderr)
        return 1


def test_cli_changes_and_shows_the_settings(office_db, capsys) -> None:
    assert run_cli(office_db, ["settings", "work-hours", "--days", "123456", "--start", "07:30", "--end", "15.30"]) == 0
    assert "Senin, Selasa, Rabu, Kamis, Jumat, Sabtu, 07.30-15.30" in capsys.readouterr().out
    assert run_cli(office_db, ["settings", "holiday", "add", "2031-03-05", "Hari", "Raya", "Nyepi"]) == 0
    assert "Rabu, 5 Maret 2031, Hari Raya Nyepi" in capsys.readouterr().out
    assert run_cli(office_db, ["settings", "margins", "--top", "20", "--bottom", "20", "--left", "25", "--right", "20"]) == 0
    capsys.readouterr()
    assert run_cli(office_db, ["settings", "show"]) == 0
    out = capsys.readouterr().out
    assert "Hari kerja: Senin, Selasa, Rabu, Kamis, Jumat, Sabtu (123456)" in out
    assert "Jam kerja: 07.30-15.30" in out
    assert "Margin cetak: atas 20 mm, bawah 20 mm, kiri 25 mm, kanan 20 mm" in out
    assert "2031-03-05  Rabu, 5 Maret 2031  Hari Raya Nyepi" in out
    assert run_cli(office_db, ["settings", "holiday", "remove", "2031-03-05"]) == 0
    assert get_office_settings(office_db).holidays == []


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (["settings", "work-hours", "--start", "16:00", "--end", "08:00"], "Jam pulang (08.00) harus sesudah jam masuk (16.00)."),
        (["settings", "work-hours", "--days", "8"], "Hari kerja \"8\" tidak dikenal"),
        (["settings", "work-hours", "--start", "jam 8"], "Jam masuk \"jam 8\" tidak dikenal"),
        (["settings", "margins", "--left", "5"], "Margin kiri (5 mm) harus antara 15 dan 50 mm."),
        (["settings", "holiday", "add", "2031-02-30", "Salah"], "Tanggal \"2031-02-30\" tidak dikenal"),
        (["settings", "holiday", "remove", "2031-03-05"], "tidak tercatat sebagai hari libur"),
    ],
)
def test_cli_refusals_print_the_reason_and_exit_1(office_db, capsys, argv, reason) -> None:
    assert run_cli(office_db, argv) == 1
    assert reason in capsys.readouterr().err
    assert get_office_settings(office_db) == OfficeSettings()


def test_the_office_profile_can_be_changed_after_set_up_and_prints_from_then_on(office_db, tmp_path) -> None:
    from ppid_desktop.domain.enums import PaperSize
    from ppid_desktop.services.office import get_office, update_office_profile

    profile = get_office(office_db)
    profile.name = "BIRO KESEJAHTERAAN RAKYAT DAN KEMASYARAKATAN"
    profile.kop_lines = ["PEMERINTAH PROVINSI KALIMANTAN BARAT", "SEKRETARIAT DAERAH", ""]
    profile.paper = PaperSize.A4
    profile.sop_code = "banten-pemkesra"  # ignored: the SOP is not changed here

    saved = update_office_profile(office_db, profile)

    assert saved.name == "BIRO KESEJAHTERAAN RAKYAT DAN KEMASYARAKATAN"
    assert saved.kop_lines == ["PEMERINTAH PROVINSI KALIMANTAN BARAT", "SEKRETARIAT DAERAH"]
    assert saved.paper is PaperSize.A4
    assert saved.sop_code == "kalbar-kesra"
    assert get_office(office_db) == saved


def test_a_wrong_office_profile_changes_nothing_and_names_the_field(office_db) -> None:
    import pytest

    from ppid_desktop.domain.errors import ValidationErrors
    from ppid_desktop.services.office import get_office, update_office_profile

    before = get_office(office_db)
    wrong = get_office(office_db)
    wrong.city, wrong.email = "", "ppid@kalbar"
    with pytest.raises(ValidationErrors) as refused:
        update_office_profile(office_db, wrong)
    assert {e.field for e in refused.value.errors} == {"city", "email"}
    assert get_office(office_db) == before
