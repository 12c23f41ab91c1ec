"""The "Riwayat tahap" of a stage tab: every visit of the record, returned rounds and koreksi included."""

from __future__ import annotations

from html import escape

from ppid_desktop.services.workflow import VisitView
from ppid_desktop.ui.stage_timing import OVERDUE_COLOR, format_local, short_duration

MET_COLOR = "#0e700e"
RETURNED_COLOR = "#8a5300"


def _timing(visit: VisitView) -> str:
    standard = short_duration(visit.waktu_menit)
    if visit.working_minutes is None:
        return f"Mutu baku {standard}"
    met = visit.met_standard
    colour, verdict = (MET_COLOR, "memenuhi") if met else (OVERDUE_COLOR, "melewati")
    return f"{short_duration(visit.working_minutes)} dari {standard} · <span style='color:{colour}'>{verdict} mutu baku</span>"


def visit_html(visit: VisitView) -> str:
    round_text = f" · putaran {visit.round}" if visit.round > 1 else ""
    outcome = escape(visit.outcome_label)
    if visit.outcome == "returned":
        outcome = f"<span style='color:{RETURNED_COLOR}'><b>{outcome}</b></span>"
    end = format_local(visit.completed_at) if visit.completed_at else "…"
    lines = [
        f"<b>{escape(visit.stage_label)}</b>{round_text} — {outcome}",
        f"{format_local(visit.started_at)} → {end}" + (f" · {escape(visit.completed_by)}" if visit.completed_by else ""),
        ("Waktu kerja " if visit.working_minutes is not None else "") + _timing(visit),
    ]
    if visit.notes:
        label = "Koreksi" if visit.outcome == "returned" else "Catatan"
        lines.append(f"<i>{label}: {escape(visit.notes)}</i>")
    return "<br>".join(lines)


def history_html(visits: tuple[VisitView, ...] | list[VisitView]) -> str:
    """Newest visit first: the one that matters now is on top."""
    if not visits:
        return "Belum ada riwayat tahap."
    blocks = [f"<p style='margin-bottom:6px'>{visit_html(visit)}</p>" for visit in reversed(visits)]
    return "".join(blocks)
