"""Small display helpers shared by the widgets."""

from __future__ import annotations

from datetime import date, datetime

from ppid_desktop.ui.i18n import display_date, tr

__all__ = ["display_date", "display_period", "elide", "format_minutes", "format_when"]


def elide(text: str, limit: int = 60) -> str:
    """One line, at most `limit` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def display_period(end: date | None, condition: str) -> str:
    """The exemption period as the window shows it (domain/record.format_period, the date in the
    window's language): "Sampai dengan 31 Desember 2030; <condition>"; "" when there is none."""
    parts: list[str] = []
    if end is not None:
        parts.append(tr("Sampai dengan {date}").format(date=display_date(end)))
    if condition:
        parts.append(condition)
    return "; ".join(parts)


def format_when(moment: datetime) -> str:
    """Local time, "01-03-2021 09.30" (Indonesian time uses a period)."""
    return moment.astimezone().strftime("%d-%m-%Y %H.%M")


def format_minutes(minutes: int) -> str:
    """Working time as "1 jam 05 menit" / "42 menit"."""
    hours, rest = divmod(max(minutes, 0), 60)
    if hours:
        return tr("{hours} jam {minutes} menit").format(hours=hours, minutes=f"{rest:02d}")
    return tr("{minutes} menit").format(minutes=rest)
