"""Time spent in a stage against its mutu baku, in the office's working hours, for stage tabs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from typing import TYPE_CHECKING

from ppid_desktop.domain.calendar import HARI_KERJA_LABELS, WorkCalendar, local_naive
from ppid_desktop.ui.i18n import tr

if TYPE_CHECKING:
    from ppid_desktop.storage.database import Database

OVERDUE_COLOR = "#a4262c"
Clock = Callable[[], datetime]
TICK_MS = 60_000  # the timing column and the panel's clock move once a minute


def utcnow() -> datetime:
    return datetime.now(UTC)


def office_calendar(db: Database) -> WorkCalendar:
    from ppid_desktop.services.workflow import work_calendar  # not on the first paint's path

    with db.session() as session:
        return work_calendar(session)


def working_minutes(calendar: WorkCalendar, since_utc: datetime, now_utc: datetime) -> int:
    """Working minutes from `since_utc` to `now_utc` (both from the database, UTC)."""
    return calendar.working_minutes(local_naive(since_utc), local_naive(now_utc))


def working_hours_text(calendar: WorkCalendar) -> str:
    days = ", ".join(tr(HARI_KERJA_LABELS[d]) for d in sorted(calendar.work_days))
    return tr("Dihitung dalam jam kerja kantor: {days}, {start}–{end}, di luar hari libur (Sunting > Pengaturan).").format(
        days=days, start=f"{calendar.start:%H.%M}", end=f"{calendar.end:%H.%M}"
    )


def short_duration(minutes: int) -> str:
    """For a table cell: "1 j 05 m"."""
    hours, rest = divmod(max(minutes, 0), 60)
    return tr("{hours} j {minutes} m").format(hours=hours, minutes=f"{rest:02d}")


def long_duration(minutes: int) -> str:
    """For a sentence: "0 jam 42 menit"."""
    hours, rest = divmod(max(minutes, 0), 60)
    return tr("{hours} jam {minutes} menit").format(hours=hours, minutes=rest)


def format_local(moment: datetime | None) -> str:
    """Local time as Indonesians write it: "03-03-2025 09.30"."""
    return moment.astimezone().strftime("%d-%m-%Y %H.%M") if moment is not None else "—"
