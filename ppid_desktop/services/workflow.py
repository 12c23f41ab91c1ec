"""Moving records through their SOP: syarat, completion, review and correction, archive.

The rules are in domain/workflow.py; this module loads what they need, applies them and
writes the result, a new stage visit and the audit entry in one transaction. A refusal
raises WorkflowRefused (a UserError) listing every reason and changes nothing.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ppid_desktop.domain.calendar import WorkCalendar, local_naive, parse_work_days
from ppid_desktop.domain.enums import RecordStatus
from ppid_desktop.domain.sizes import format_count
from ppid_desktop.domain.errors import CombinedError, UserError
from ppid_desktop.domain.sop import SopTemplate, Stage, StageKind
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.domain.workflow import RecordPosition, completion_errors, position_errors, return_errors
from ppid_desktop.services import audit
from ppid_desktop.services.sop_catalog import template_of_row
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.filestore import FileStore
from ppid_desktop.storage.models import Attachment, ExemptRecord, Holiday, Office, Officer, StageVisit, SyaratCheck, utcnow

OUTCOME_LABELS = {
    "completed": QT_TR_NOOP("Selesai"),
    "approved": QT_TR_NOOP("Disetujui"),
    "returned": QT_TR_NOOP("Dikembalikan untuk koreksi"),
    "handed_over": QT_TR_NOOP("Diserahkan"),
    "received": QT_TR_NOOP("Diterima"),
    "archived": QT_TR_NOOP("Diarsipkan"),
}


class WorkflowRefused(CombinedError):
    """An action the SOP does not allow now; `reasons` lists every missing thing, each a UserError
    (template and values) or a marked phrase (QT_TR_NOOP). As a CombinedError (one reason a line)
    the window shows it in its language with user_text."""

    def __init__(self, reasons: Sequence[str | UserError]) -> None:
        self.reasons: list[str | UserError] = list(reasons)
        super().__init__(reason if isinstance(reason, UserError) else UserError(reason) for reason in self.reasons)


@dataclass(frozen=True)
class VisitView:
    stage_code: str
    stage_label: str
    round: int
    started_at: datetime
    completed_at: datetime | None
    completed_by: str
    outcome: str
    outcome_label: str
    notes: str
    working_minutes: int | None
    waktu_menit: int

    @property
    def met_standard(self) -> bool | None:
        return None if self.working_minutes is None else self.working_minutes <= self.waktu_menit


@dataclass(frozen=True)
class AttachmentView:
    id: int
    stage_code: str
    original_name: str
    size: int
    sha256: str
    added_at: datetime


@dataclass(frozen=True)
class RecordWorkflow:
    """Everything a stage tab shows about one record's progress."""

    record_id: int
    template: SopTemplate
    position: RecordPosition
    status: RecordStatus
    stage: Stage
    visit_started_at: datetime
    checked: frozenset[int]
    elapsed_minutes: int  # working minutes in the current stage so far
    attachments: tuple[AttachmentView, ...]
    visits: tuple[VisitView, ...]
    correction_notes: str  # the latest koreksi when the record was returned to this stage

    @property
    def overdue(self) -> bool:
        return not self.position.finished and self.elapsed_minutes > self.stage.waktu_menit

    def stage_files(self) -> list[AttachmentView]:
        return [a for a in self.attachments if a.stage_code == self.stage.code]


def work_calendar(session: Session) -> WorkCalendar:
    office = session.get(Office, 1)
    holidays = frozenset(session.scalars(select(Holiday.day)))
    if office is None:
        return WorkCalendar(holidays=holidays)
    return WorkCalendar(parse_work_days(office.work_days), time.fromisoformat(office.work_start), time.fromisoformat(office.work_end), holidays)


def _load(session: Session, record_id: int) -> ExemptRecord:
    row = session.get(ExemptRecord, record_id)
    if row is None:
        raise UserError(QT_TR_NOOP("Rekaman tidak ditemukan; mungkin daftar perlu dimuat ulang."))
    return row


def open_visit(session: Session, record: ExemptRecord) -> StageVisit | None:
    return session.scalars(
        select(StageVisit).where(StageVisit.record_id == record.id, StageVisit.completed_at.is_(None)).order_by(StageVisit.id.desc())
    ).first()


def record_position(record: ExemptRecord) -> RecordPosition:
    return RecordPosition(record.stage_code, record.finished_at is not None, record.archived_at is not None)


def officer_and_roles(session: Session, officer_id: int | None) -> tuple[str | None, set[str]]:
    officer = session.get(Officer, officer_id) if officer_id is not None else None
    return (officer.name, set(officer.role_codes)) if officer else (None, set())


def start_visit(session: Session, record: ExemptRecord, stage: Stage, round_: int = 1) -> StageVisit:
    """Open a visit of `stage` and move the record there (a new record is already there)."""
    visit = StageVisit(record_id=record.id, stage_code=stage.code, round=round_, waktu_menit=stage.waktu_menit)
    session.add(visit)
    if record.stage_code == stage.code and round_ == 1 and record.finished_at is None and not _has_visits(session, record):
        visit.started_at = record.stage_entered_at  # creation: no second UPDATE of the new row
    else:
        record.stage_code = stage.code
        record.stage_entered_at = visit.started_at = utcnow()
    return visit


def start_first_visit(session: Session, record: ExemptRecord, stage: Stage) -> StageVisit:
    """Open the first visit of a record created in this session (round 1, started when the
    record was created). No query: a record just created has no visits, and in a bulk import
    that query took a third of the time."""
    visit = StageVisit(
        record_id=record.id, stage_code=stage.code, round=1, waktu_menit=stage.waktu_menit, started_at=record.stage_entered_at
    )
    session.add(visit)
    return visit


def _has_visits(session: Session, record: ExemptRecord) -> bool:
    with session.no_autoflush:
        return session.scalar(select(func.count()).select_from(StageVisit).where(StageVisit.record_id == record.id)) > 0


def close_visit(session: Session, visit: StageVisit, officer_id: int | None, outcome: str, notes: str) -> None:
    visit.completed_at = utcnow()
    visit.completed_by_id = officer_id
    visit.outcome = outcome
    visit.notes = notes.strip()
    visit.working_minutes = work_calendar(session).working_minutes(local_naive(visit.started_at), local_naive(visit.completed_at))


def stage_file_count(session: Session, record_id: int, stage_code: str) -> int:
    return session.scalar(
        select(func.count()).select_from(Attachment).where(Attachment.record_id == record_id, Attachment.stage_code == stage_code)
    ) or 0


def set_syarat(db: Database, record_id: int, index: int, checked: bool, officer_id: int | None) -> None:
    """Tick (or untick) one syarat of the record's current stage."""
    with db.session() as session:
        record = _load(session, record_id)
        template = template_of_row(record.sop_template)
        problems: list[UserError] = [*position_errors(template, record_position(record), None)]
        stage = template.stage(record.stage_code)
        if not 0 <= index < len(stage.syarat):
            problems.append(UserError(QT_TR_NOOP("Tahap {stage} tidak mempunyai syarat ke-{index}."), stage=stage.number, index=index + 1))
        name, _roles = officer_and_roles(session, officer_id)
        if name is None:
            problems.append(UserError(QT_TR_NOOP("Pilih petugas aktif yang memeriksa syarat ini.")))
        if problems:
            raise WorkflowRefused(problems)
        visit = open_visit(session, record)
        assert visit is not None
        existing = session.get(SyaratCheck, (visit.id, index))
        if checked and existing is None:
            session.add(SyaratCheck(visit_id=visit.id, syarat_index=index, syarat_text=stage.syarat[index], checked_by_id=officer_id))
        elif not checked and existing is not None:
            session.delete(existing)
        else:
            return
        audit.append(session, record.id, officer_id, "check" if checked else "uncheck", f"Tahap {stage.number}: {stage.syarat[index]}")


def complete_stage(db: Database, record_id: int, officer_id: int | None, notes: str = "", expected_stage: str | None = None) -> RecordWorkflow:
    """Complete the current stage (approve, for a review stage) and move to the next one."""
    with db.session() as session:
        record = _load(session, record_id)
        template = template_of_row(record.sop_template)
        visit = open_visit(session, record)
        checked = {c.syarat_index for c in visit.checks} if visit else set()
        name, roles = officer_and_roles(session, officer_id)
        problems = completion_errors(
            template, record_position(record), name, roles, checked,
            stage_file_count(session, record.id, record.stage_code), expected_stage,
        )
        if problems:
            raise WorkflowRefused(problems)
        assert visit is not None
        stage = template.stage(record.stage_code)
        outcome = {StageKind.REVIEW: "approved", StageKind.HANDOVER_OUT: "handed_over",
                   StageKind.HANDOVER_IN: "received", StageKind.ARCHIVE: "archived"}.get(stage.kind, "completed")
        close_visit(session, visit, officer_id, outcome, notes)
        action = {"approved": "approve", "archived": "archive"}.get(outcome, "complete")
        next_stage = template.next_stage(stage.code)
        summary = f"Tahap {stage.number} ({stage.nama}): {OUTCOME_LABELS[outcome].lower()}"
        if next_stage is None:
            record.finished_at = utcnow()
            summary += "; seluruh tahap SOP selesai"
        else:
            start_visit(session, record, next_stage)
            summary += f"; masuk tahap {next_stage.number} ({next_stage.nama})"
        if stage.kind is StageKind.ARCHIVE:
            record.archived_at = utcnow()
        record.updated_by_id = officer_id
        audit.append(session, record.id, officer_id, action, summary + (f". Catatan: {notes.strip()}" if notes.strip() else ""))
        session.flush()
        return _workflow(session, record)


def return_for_correction(db: Database, record_id: int, officer_id: int | None, notes: str, expected_stage: str | None = None) -> RecordWorkflow:
    """From a review stage, send the record back to the stage the SOP names, with koreksi notes."""
    with db.session() as session:
        record = _load(session, record_id)
        template = template_of_row(record.sop_template)
        name, roles = officer_and_roles(session, officer_id)
        problems = return_errors(template, record_position(record), name, roles, notes, expected_stage)
        if problems:
            raise WorkflowRefused(problems)
        stage = template.stage(record.stage_code)
        target = template.stage(stage.return_to or template.first_stage.code)
        visit = open_visit(session, record)
        assert visit is not None
        close_visit(session, visit, officer_id, "returned", notes)
        rounds = session.scalar(select(func.count()).select_from(StageVisit).where(StageVisit.record_id == record.id, StageVisit.stage_code == target.code)) or 0
        start_visit(session, record, target, rounds + 1)
        record.updated_by_id = officer_id
        audit.append(session, record.id, officer_id, "return",
                     f"Dari tahap {stage.number} ({stage.nama}) kembali ke tahap {target.number} ({target.nama}). Koreksi: {notes.strip()}")
        session.flush()
        return _workflow(session, record)


def attach_file(db: Database, record_id: int, source: Path, officer_id: int | None, stage_code: str | None = None) -> AttachmentView:
    """Copy a file into internal storage and attach it to the record (and to a stage's output)."""
    stored = FileStore(db.paths).put(source)
    with db.session() as session:
        record = _load(session, record_id)
        if record.archived_at is not None:
            raise UserError(QT_TR_NOOP("Rekaman sudah diarsipkan; berkas baru hanya dapat ditambahkan melalui revisi."))
        row = Attachment(
            record_id=record.id, stage_code=stage_code if stage_code is not None else record.stage_code,
            sha256=stored.sha256, original_name=source.name, size=stored.size,
            media_type=mimetypes.guess_type(source.name)[0] or "", added_by_id=officer_id,
        )
        session.add(row)
        audit.append(session, record.id, officer_id, "attach", f"{source.name} ({format_count(stored.size)} bita)")
        session.flush()
        return AttachmentView(row.id, row.stage_code, row.original_name, row.size, row.sha256, row.added_at)


def record_workflow(db: Database, record_id: int) -> RecordWorkflow:
    with db.session() as session:
        return _workflow(session, _load(session, record_id))


def _workflow(session: Session, record: ExemptRecord) -> RecordWorkflow:
    template = template_of_row(record.sop_template)
    visits = session.scalars(select(StageVisit).where(StageVisit.record_id == record.id).order_by(StageVisit.id)).all()
    open_visit = next((v for v in reversed(visits) if v.completed_at is None), None)
    calendar = work_calendar(session)
    started = open_visit.started_at if open_visit else record.stage_entered_at
    elapsed = 0 if record.finished_at else calendar.working_minutes(local_naive(started), local_naive(utcnow()))
    returned = [v for v in visits if v.outcome == "returned"]
    correction = returned[-1].notes if returned and open_visit and open_visit.round > 1 else ""

    def label(code: str) -> str:
        try:
            stage = template.stage(code)
            return f"{stage.number}. {stage.nama}"
        except KeyError:
            return code

    attachments = session.scalars(select(Attachment).where(Attachment.record_id == record.id).order_by(Attachment.id)).all()
    return RecordWorkflow(
        record_id=record.id,
        template=template,
        position=record_position(record),
        status=RecordStatus(record.status),
        stage=template.stage(record.stage_code),
        visit_started_at=started,
        checked=frozenset(c.syarat_index for c in open_visit.checks) if open_visit else frozenset(),
        elapsed_minutes=elapsed,
        attachments=tuple(AttachmentView(a.id, a.stage_code, a.original_name, a.size, a.sha256, a.added_at) for a in attachments),
        visits=tuple(
            VisitView(v.stage_code, label(v.stage_code), v.round, v.started_at, v.completed_at,
                      v.completed_by.name if v.completed_by else "", v.outcome, OUTCOME_LABELS.get(v.outcome, QT_TR_NOOP("Sedang berjalan")),
                      v.notes, v.working_minutes, v.waktu_menit)
            for v in visits
        ),
        correction_notes=correction,
    )
