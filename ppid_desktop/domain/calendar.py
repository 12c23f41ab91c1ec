"""Working time: the office's working days, hours and holidays.

Mutu baku times ("1 Jam") count working time only, and expiry reminders count working
days (Permenpora 14/2023 Pasal 55: decide no later than 30 working days before the end).
All arithmetic is in local office time; callers convert from UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from ppid_desktop.domain.errors import ValidationError, ValidationErrors
from ppid_desktop.domain.texts import QT_TR_NOOP

# Day names the window shows (tr() where shown); dates keep their Indonesian names (dates.HARI).
HARI_KERJA_LABELS = (
    QT_TR_NOOP("Senin"), QT_TR_NOOP("Selasa"), QT_TR_NOOP("Rabu"), QT_TR_NOOP("Kamis"),
    QT_TR_NOOP("Jumat"), QT_TR_NOOP("Sabtu"), QT_TR_NOOP("Minggu"),
)


@dataclass(frozen=True)
class WorkCalendar:
    work_days: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday=0 .. Sunday=6
    start: time = time(8, 0)
    end: time = time(16, 0)
    holidays: frozenset[date] = field(default_factory=frozenset)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.work_days and day not in self.holidays

    def working_minutes(self, begin: datetime, finish: datetime) -> int:
        """Working minutes between two naive local datetimes (0 if finish <= begin).

        Closed form (whole weeks counted at once): the overview computes this for every
        open stage visit, so it must not walk day by day through years.
        """
        if finish <= begin:
            return 0
        first, last = begin.date(), finish.date()
        if first == last:
            return int(self._minutes_within(first, begin, finish))
        total = self._minutes_within(first, begin, datetime.combine(first, time.max))
        total += self._minutes_within(last, datetime.combine(last, time.min), finish)
        full_days = self.count_working_days(first + timedelta(days=1), last - timedelta(days=1))
        return int(total + full_days * self._day_minutes())

    def _day_minutes(self) -> float:
        return max(0.0, (datetime.combine(date.min, self.end) - datetime.combine(date.min, self.start)).total_seconds() / 60)

    def _minutes_within(self, day: date, lo: datetime, hi: datetime) -> float:
        if not self.is_working_day(day):
            return 0.0
        lo, hi = max(lo, datetime.combine(day, self.start)), min(hi, datetime.combine(day, self.end))
        return max(0.0, (hi - lo).total_seconds() / 60)

    def count_working_days(self, first: date, last: date) -> int:
        """Working days from `first` to `last`, both included (0 when last < first)."""
        if last < first:
            return 0
        span = (last - first).days + 1
        weeks, rest = divmod(span, 7)
        count = weeks * len(self.work_days)
        count += sum(1 for offset in range(rest) if (first.weekday() + offset) % 7 in self.work_days)
        count -= sum(1 for day in self.holidays if first <= day <= last and day.weekday() in self.work_days)
        return count

    def working_days_between(self, first: date, last: date) -> int:
        """Working days after `first` up to and including `last` (negative when last < first)."""
        if last >= first:
            return self.count_working_days(first + timedelta(days=1), last)
        return -self.count_working_days(last, first - timedelta(days=1))

    def add_working_days(self, start: date, days: int) -> date:
        """The date `days` working days after (or before, when negative) `start`."""
        step = 1 if days >= 0 else -1
        remaining, day = abs(days), start
        while remaining:
            day += timedelta(days=step)
            if self.is_working_day(day):
                remaining -= 1
        return day


def parse_work_days(text: str) -> frozenset[int]:
    """"12345" (Monday=1 .. Sunday=7, as offices write it) to weekday numbers."""
    days = frozenset(int(ch) - 1 for ch in text if ch in "1234567")
    return days or frozenset({0, 1, 2, 3, 4})


def format_work_days(days: frozenset[int]) -> str:
    return "".join(str(d + 1) for d in sorted(days))


def validate_calendar(work_days: frozenset[int], start: time, end: time) -> WorkCalendar:
    errors: list[ValidationError] = []
    if not work_days:
        errors.append(ValidationError("work_days", QT_TR_NOOP("Pilih paling sedikit satu hari kerja.")))
    if end <= start:
        errors.append(ValidationError("work_hours", QT_TR_NOOP("Jam pulang ({end}) harus sesudah jam masuk ({start})."),
                                      end=f"{end:%H.%M}", start=f"{start:%H.%M}"))
    if errors:
        raise ValidationErrors(errors)
    return WorkCalendar(work_days, start, end)


def local_naive(moment: datetime) -> datetime:
    """UTC from the database to the laptop's local wall-clock time, for working-hour arithmetic."""
    return moment.astimezone().replace(tzinfo=None)
