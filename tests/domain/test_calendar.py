from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ppid_desktop.domain.calendar import WorkCalendar, parse_work_days, validate_calendar
from ppid_desktop.domain.errors import ValidationErrors

CAL = WorkCalendar(holidays=frozenset({date(2025, 8, 18)}))  # Cuti bersama HUT RI, a Monday


def test_minutes_count_only_working_hours() -> None:
    # Friday 15:30 to Monday 08:30: 30 minutes on Friday, 30 on Monday.
    assert CAL.working_minutes(datetime(2025, 8, 8, 15, 30), datetime(2025, 8, 11, 8, 30)) == 60
    # Evening work counts nothing; a holiday counts nothing.
    assert CAL.working_minutes(datetime(2025, 8, 11, 17), datetime(2025, 8, 11, 20)) == 0
    assert CAL.working_minutes(datetime(2025, 8, 18, 8), datetime(2025, 8, 18, 16)) == 0


def test_working_days_skip_weekends_and_holidays() -> None:
    assert CAL.working_days_between(date(2025, 8, 15), date(2025, 8, 19)) == 1  # Fri -> Tue, Mon is a holiday
    assert CAL.add_working_days(date(2025, 8, 15), 1) == date(2025, 8, 19)
    assert CAL.add_working_days(date(2025, 8, 19), -1) == date(2025, 8, 15)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1)), st.integers(min_value=-60, max_value=60))
def test_adding_then_counting_working_days_round_trips(start: date, days: int) -> None:
    if not CAL.is_working_day(start):
        return
    assert CAL.working_days_between(start, CAL.add_working_days(start, days)) == days


def test_office_settings_are_validated() -> None:
    assert parse_work_days("123456") == frozenset(range(6))
    with pytest.raises(ValidationErrors, match="Jam pulang"):
        validate_calendar(frozenset({0}), time(16), time(8))


def _minutes_day_by_day(cal: WorkCalendar, begin: datetime, finish: datetime) -> int:
    from datetime import timedelta

    total, day = 0.0, begin.date()
    while day <= finish.date():
        if cal.is_working_day(day):
            lo = max(begin, datetime.combine(day, cal.start))
            hi = min(finish, datetime.combine(day, cal.end))
            total += max(0.0, (hi - lo).total_seconds() / 60)
        day += timedelta(days=1)
    return int(total)


@given(
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
    st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=900)),
)
def test_closed_form_minutes_match_counting_day_by_day(begin: datetime, span) -> None:
    assert CAL.working_minutes(begin, begin + span) == _minutes_day_by_day(CAL, begin, begin + span)
