"""What a stage tab says about a record: button names, status badge, notices, koreksi, confirmations."""

from __future__ import annotations

from html import escape

from ppid_desktop.domain.enums import RecordStatus
from ppid_desktop.domain.sop import Stage, StageKind
from ppid_desktop.services.workflow import RecordWorkflow
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr
from ppid_desktop.ui.stage_timing import format_local, long_duration

COMPLETE_LABELS = {  # shown through tr()
    StageKind.REVIEW: QT_TR_NOOP("Setujui"),
    StageKind.HANDOVER_OUT: QT_TR_NOOP("Serahkan ke PPID"),
    StageKind.HANDOVER_IN: QT_TR_NOOP("Terima dan simpan"),
    StageKind.ARCHIVE: QT_TR_NOOP("Arsipkan"),
}
COMPLETE_DEFAULT = QT_TR_NOOP("Selesaikan tahap")
# background, text, border: drafts and determined records are told apart at a glance
STATUS_COLOURS = {
    RecordStatus.DRAFT: ("#fff4ce", "#6d5200", "#d9b84a"),
    RecordStatus.DITETAPKAN: ("#dff6dd", "#0e700e", "#7cc47c"),
    RecordStatus.DIBUKA: ("#deecf9", "#0b5a9e", "#8ab8e0"),
}


def status_badge_style(status: RecordStatus) -> str:
    background, colour, border = STATUS_COLOURS.get(status, STATUS_COLOURS[RecordStatus.DRAFT])
    return (
        f"QLabel#statusBadge {{ background: {background}; color: {colour}; border: 1px solid {border};"
        " border-radius: 8px; padding: 1px 10px; font-weight: bold; }"
    )


def time_text(minutes: int, stage: Stage) -> str:
    """"Waktu di tahap: 0 jam 42 menit dari 1 Jam", and what it means when it is over."""
    if minutes > stage.waktu_menit:
        text = tr("Waktu di tahap: {duration} dari {standard} — melewati mutu baku")
    else:
        text = tr("Waktu di tahap: {duration} dari {standard}")
    return text.format(duration=long_duration(minutes), standard=stage.waktu)


def notice_text(wf: RecordWorkflow, stage: Stage) -> str:
    """Why the record can only be looked at from this tab ("" when it can be worked on)."""
    if wf.position.archived:
        return tr("Rekaman sudah diarsipkan dan hanya dapat dilihat. Perubahan disimpan sebagai revisi melalui editor rekaman.")
    if wf.position.finished:
        return tr("Seluruh tahap SOP rekaman ini sudah selesai.")
    if wf.stage.code != stage.code:
        return tr("Rekaman ini sekarang berada di tahap {number} ({name}).").format(number=wf.stage.number, name=wf.stage.nama)
    return ""


def correction_html(wf: RecordWorkflow) -> str:
    """The koreksi the record came back with, with who wrote it and when ("" when none)."""
    returned = [visit for visit in wf.visits if visit.outcome == "returned"]
    if not (wf.correction_notes and returned):
        return ""
    last = returned[-1]
    who = ", ".join(part for part in (last.completed_by, format_local(last.completed_at)) if part)
    return tr("<b>Koreksi dari pimpinan PPID</b> ({who}):<br>{notes}").format(who=escape(who), notes=escape(wf.correction_notes))


def moved_message(wf: RecordWorkflow, returned: bool = False) -> str:
    """The confirmation after a record left a stage."""
    if returned:
        return tr("Rekaman dikembalikan ke tahap {number} ({name}) untuk koreksi.").format(number=wf.stage.number, name=wf.stage.nama)
    if wf.position.archived:
        return tr("Rekaman diarsipkan; seluruh tahap SOP selesai.")
    if wf.position.finished:
        return tr("Seluruh tahap SOP rekaman ini selesai.")
    return tr("Rekaman dipindahkan ke tahap {number} ({name}).").format(number=wf.stage.number, name=wf.stage.nama)
