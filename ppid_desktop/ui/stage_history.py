"""The "Riwayat tahap" of a stage tab: every visit of the record, returned rounds and koreksi included."""

from __future__ import annotations

from html import escape

from ppid_desktop.services.workflow import VisitView
from ppid_desktop.ui.i18n import tr
from ppid_desktop.ui.stage_timing import OVERDUE_COLOR, format_local, short_duration

MET_COLOR = "#0e700e"
RETURNED_COLOR = "#8a5300"


def _timing(visit: VisitView) -> str:
    standard = short_duration(visit.waktu_menit)
    if visit.working_minutes is None:
        return tr("Mutu baku {standard}").format(standard=standard)
    if visit.met_standard:
        colour, verdict = MET_COLOR, tr("memenuhi mutu baku")
    else:
        colour, verdict = OVERDUE_COLOR, tr("melewati mutu baku")
    return tr("Waktu kerja {worked} dari {standard}").format(worked=short_duration(visit.working_minutes), standard=standard) + (
        f" · <span style='color:{colour}'>{verdict}</span>"
    )


def visit_html(visit: VisitView) -> str:
    round_text = " · " + tr("putaran {round}").format(round=visit.round) if visit.round > 1 else ""
    outcome = escape(tr(visit.outcome_label))
    if visit.outcome == "returned":
        outcome = f"<span style='color:{RETURNED_COLOR}'><b>{outcome}</b></span>"
    end = format_local(visit.completed_at) if visit.completed_at else "…"
    lines = [
        f"<b>{escape(visit.stage_label)}</b>{round_text} — {outcome}",
        f"{format_local(visit.started_at)} → {end}" + (f" · {escape(visit.completed_by)}" if visit.completed_by else ""),
        _timing(visit),
    ]
    if visit.notes:
        label = tr("Koreksi: {notes}") if visit.outcome == "returned" else tr("Catatan: {notes}")
        lines.append(f"<i>{label.format(notes=escape(visit.notes))}</i>")
    return "<br>".join(lines)


def history_html(visits: tuple[VisitView, ...] | list[VisitView]) -> str:
    """Newest visit first: the one that matters now is on top."""
    if not visits:
        return tr("Belum ada riwayat tahap.")
    blocks = [f"<p style='margin-bottom:6px'>{visit_html(visit)}</p>" for visit in reversed(visits)]
    return "".join(blocks)
