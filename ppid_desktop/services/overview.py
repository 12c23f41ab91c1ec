"""Figures for the Ringkasan tab and the mutu baku timing report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select

from ppid_desktop.domain.enums import RecordStatus
from ppid_desktop.domain.workflow import ExpiryState
from ppid_desktop.services.determination import expiring_records
from ppid_desktop.services.sop_catalog import active_template
from ppid_desktop.domain.calendar import local_naive
from ppid_desktop.services.workflow import work_calendar
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.models import ExemptRecord, Officer, StageVisit, utcnow


@dataclass(frozen=True)
class StageFigure:
    code: str
    label: str
    records: int
    overdue: int


@dataclass(frozen=True)
class Overview:
    stages: tuple[StageFigure, ...]
    overdue_ids: tuple[int, ...]
    correction_ids: tuple[int, ...]  # returned for correction and not yet resubmitted
    expiring_ids: tuple[int, ...]
    expired_ids: tuple[int, ...]
    finished: int
    total: int


@dataclass(frozen=True)
class TimingRow:
    stage_label: str
    officer: str
    visits: int
    met: int

    @property
    def percent(self) -> int:
        return round(100 * self.met / self.visits) if self.visits else 0


def overview(db: Database, today: date | None = None) -> Overview:
    with db.session() as session:
        template = active_template(session)
        calendar = work_calendar(session)
        now = local_naive(utcnow())
        open_visits = session.execute(
            select(StageVisit.record_id, StageVisit.stage_code, StageVisit.started_at, StageVisit.waktu_menit, StageVisit.round)
            .join(ExemptRecord, ExemptRecord.id == StageVisit.record_id)
            .where(StageVisit.completed_at.is_(None), ExemptRecord.finished_at.is_(None))
        ).all()
        counts: dict[str, list[int]] = {}
        overdue: list[int] = []
        corrections: list[int] = []
        for record_id, code, started, standard, round_ in open_visits:
            late = calendar.working_minutes(local_naive(started), now) > standard
            figure = counts.setdefault(code, [0, 0])
            figure[0] += 1
            figure[1] += int(late)
            if late:
                overdue.append(record_id)
            if round_ > 1:
                corrections.append(record_id)
        finished = session.scalar(select(func.count()).select_from(ExemptRecord).where(ExemptRecord.finished_at.is_not(None))) or 0
        total = session.scalar(select(func.count()).select_from(ExemptRecord)) or 0
    stages = tuple(
        StageFigure(stage.code, f"{stage.number}. {stage.nama}", *counts.get(stage.code, [0, 0]))
        for stage in (template.stages if template else ())
    )
    expiring = expiring_records(db, today)
    return Overview(
        stages=stages,
        overdue_ids=tuple(overdue),
        correction_ids=tuple(corrections),
        expiring_ids=tuple(e.record_id for e in expiring if e.expiry.state is ExpiryState.SOON),
        expired_ids=tuple(e.record_id for e in expiring if e.expiry.state is ExpiryState.EXPIRED),
        finished=finished,
        total=total,
    )


def timing_report(db: Database) -> list[TimingRow]:
    """Per stage and officer: completed stage visits, and how many met the waktu baku."""
    with db.session() as session:
        template = active_template(session)
        rows = session.execute(
            select(
                StageVisit.stage_code,
                Officer.name,
                func.count(),
                func.sum(case((StageVisit.working_minutes <= StageVisit.waktu_menit, 1), else_=0)),
            )
            .join(Officer, Officer.id == StageVisit.completed_by_id, isouter=True)
            .where(StageVisit.completed_at.is_not(None))
            .group_by(StageVisit.stage_code, Officer.name)
        ).all()
    numbers = {stage.code: stage.number for stage in (template.stages if template else ())}

    def label(code: str) -> str:
        return f"{numbers[code]}. {template.stage(code).nama}" if template and code in numbers else code

    ordered = sorted(rows, key=lambda r: (numbers.get(r[0], 999), r[0], r[1] or ""))
    return [TimingRow(label(code), name or "—", visits, int(met or 0)) for code, name, visits, met in ordered]


def status_counts(db: Database) -> dict[str, int]:
    """How many records are draft, determined and opened (keys: RecordStatus values)."""
    with db.engine.connect() as connection:
        counts = {status: int(count) for status, count in connection.execute(select(ExemptRecord.status, func.count()).group_by(ExemptRecord.status))}
    return {status.value: counts.get(status.value, 0) for status in RecordStatus}


def ids_with_status(db: Database, status: RecordStatus | None = None, finished: bool = False) -> list[int]:
    """Record ids with `status` (all when None), only those that finished the SOP when `finished`."""
    query = select(ExemptRecord.id).order_by(ExemptRecord.id)
    if status is not None:
        query = query.where(ExemptRecord.status == status.value)
    if finished:
        query = query.where(ExemptRecord.finished_at.is_not(None))
    with db.engine.connect() as connection:
        return list(connection.scalars(query))
