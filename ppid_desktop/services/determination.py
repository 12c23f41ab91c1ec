"""Uji konsekuensi, penetapan, and the decisions when an exemption period ends.

Nothing is ever deleted: an expired exemption is either extended by a new penetapan or the
information is opened and listed in the Daftar Informasi Publik (status 'dibuka').
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ppid_desktop.domain.dates import format_tanggal
from ppid_desktop.domain.enums import RecordStatus
from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.permissions import Action, refusal_error
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.domain.workflow import EXPIRY_LEAD_WORKING_DAYS, Expiry, ExpiryState, determination_problems, expiry_of
from ppid_desktop.services import audit
from ppid_desktop.services.workflow import WorkflowRefused, work_calendar
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.models import ExemptRecord, Officer, Unit, utcnow


@dataclass(frozen=True)
class ExpiringRecord:
    record_id: int
    register_number: str
    title: str
    unit_name: str
    period_end: date
    expiry: Expiry


def _record(session: Session, record_id: int) -> ExemptRecord:
    row = session.get(ExemptRecord, record_id)
    if row is None:
        raise UserError(QT_TR_NOOP("Rekaman tidak ditemukan; mungkin daftar perlu dimuat ulang."))
    return row


def _roles(session: Session, officer_id: int | None) -> tuple[Officer | None, set[str] | None]:
    officer = session.get(Officer, officer_id) if officer_id is not None else None
    return officer, (set(officer.role_codes) if officer else None)


def _actor_problems(session: Session, action: Action, officer_id: int | None) -> list[UserError]:
    """Whether the acting officer (the one signed in) may decide this (domain/permissions.py)."""
    officer, roles = _roles(session, officer_id)
    problem = refusal_error(action, officer.name if officer else None, roles or ())
    return [problem] if problem else []



def complete_consequence_test(db: Database, record_id: int, officer_id: int | None) -> None:
    """Declare the record's consequence test done (its fields were validated when saved)."""
    with db.session() as session:
        record = _record(session, record_id)
        officer, _ = _roles(session, officer_id)
        problems = (_actor_problems(session, Action.CONSEQUENCE_TEST, officer_id) if officer is not None
                    else [UserError(QT_TR_NOOP("Pilih petugas aktif yang menyatakan uji konsekuensi selesai."))])
        if record.status != RecordStatus.DRAFT.value:
            problems.append(UserError(QT_TR_NOOP("Rekaman ini sudah ditetapkan; uji konsekuensinya tidak dapat diulang tanpa revisi.")))
        if not (record.consequence_opened.strip() and record.consequence_closed.strip() and record.legal_grounds):
            problems.append(UserError(QT_TR_NOOP("Lengkapi dasar hukum serta konsekuensi bila dibuka dan bila ditutup sebelum menyatakan uji konsekuensi selesai.")))
        if problems:
            raise WorkflowRefused(problems)
        record.consequence_tested_at = utcnow()
        record.consequence_tested_by_id = officer_id
        audit.append(session, record.id, officer_id, "consequence_test", "Uji konsekuensi dinyatakan selesai")


def determine(
    db: Database, record_id: int, number: str, determined_on: date | None,
    ppid_id: int | None, atasan_id: int | None, officer_id: int | None, today: date | None = None,
) -> None:
    """Record the penetapan: number, date, the PPID who sets it and the Atasan PPID who approves."""
    with db.session() as session:
        record = _record(session, record_id)
        ppid, ppid_roles = _roles(session, ppid_id)
        atasan, atasan_roles = _roles(session, atasan_id)
        problems = _actor_problems(session, Action.DETERMINE, officer_id)
        problems += [UserError(problem) for problem in determination_problems(  # fixed marked texts
            record.consequence_tested_at is not None, number, determined_on, ppid_roles, atasan_roles, today or date.today())]
        if record.status == RecordStatus.DIBUKA.value:
            problems.insert(0, UserError(QT_TR_NOOP("Informasi ini sudah dibuka dan tercantum di Daftar Informasi Publik.")))
        if problems:
            raise WorkflowRefused(problems)
        assert ppid is not None and atasan is not None and determined_on is not None
        before = (record.penetapan_number, record.penetapan_date)
        record.penetapan_number = number.strip()
        record.penetapan_date = determined_on
        record.penetapan_ppid_id = ppid.id
        record.penetapan_atasan_id = atasan.id
        record.status = RecordStatus.DITETAPKAN.value
        record.updated_by_id = officer_id
        audit.append(
            session, record.id, officer_id, "determine",
            f"Ditetapkan dengan surat nomor {number.strip()} tanggal {format_tanggal(determined_on)} oleh {ppid.name}, disetujui {atasan.name}",
            {"Nomor penetapan": (before[0], number.strip()), "Tanggal penetapan": (before[1].strftime("%d-%m-%Y") if before[1] else "", determined_on.strftime("%d-%m-%Y"))},
        )


def expiring_records(db: Database, today: date | None = None) -> list[ExpiringRecord]:
    """Exemptions ending within 30 working days, and those already ended, oldest end first."""
    today = today or date.today()
    with db.session() as session:
        calendar = work_calendar(session)
        horizon = calendar.add_working_days(today, EXPIRY_LEAD_WORKING_DAYS)
        rows = session.execute(
            select(ExemptRecord.id, ExemptRecord.register_number, ExemptRecord.title, Unit.name, ExemptRecord.period_end)
            .join(Unit, Unit.id == ExemptRecord.unit_id)
            .where(ExemptRecord.period_end.is_not(None), ExemptRecord.period_end <= horizon, ExemptRecord.status != RecordStatus.DIBUKA.value)
            .order_by(ExemptRecord.period_end, ExemptRecord.id)
        )
        result = []
        for record_id, register_number, title, unit_name, period_end in rows:
            expiry = expiry_of(period_end, today, calendar)
            if expiry.state is not ExpiryState.NONE:
                result.append(ExpiringRecord(record_id, register_number, title, unit_name, period_end, expiry))
        return result


def extend_exemption(
    db: Database, record_id: int, new_end: date | None, new_condition: str, number: str, determined_on: date | None,
    ppid_id: int | None, atasan_id: int | None, officer_id: int | None, today: date | None = None,
) -> None:
    """Extend an ending exemption with a new penetapan (new period, new letter)."""
    today = today or date.today()
    with db.session() as session:
        record = _record(session, record_id)
        _, ppid_roles = _roles(session, ppid_id)
        _, atasan_roles = _roles(session, atasan_id)
        problems = _actor_problems(session, Action.EXTEND_EXEMPTION, officer_id)
        problems += [UserError(problem) for problem in determination_problems(True, number, determined_on, ppid_roles, atasan_roles, today)]
        if new_end is None and not new_condition.strip():
            problems.append(UserError(QT_TR_NOOP("Isi akhir jangka waktu yang baru atau syaratnya.")))
        if new_end is not None and new_end <= today:
            problems.append(UserError(QT_TR_NOOP("Akhir jangka waktu yang baru harus sesudah hari ini.")))
        if record.status == RecordStatus.DIBUKA.value:
            problems.insert(0, UserError(QT_TR_NOOP("Informasi ini sudah dibuka; pengecualiannya tidak dapat diperpanjang.")))
        if problems:
            raise WorkflowRefused(problems)
        changes = {
            "Akhir jangka waktu": (record.period_end.strftime("%d-%m-%Y") if record.period_end else "", new_end.strftime("%d-%m-%Y") if new_end else ""),
            "Jangka waktu (syarat)": (record.period_condition, new_condition.strip()),
            "Nomor penetapan": (record.penetapan_number, number.strip()),
        }
        record.period_end = new_end
        record.period_condition = new_condition.strip()
        record.penetapan_number = number.strip()
        record.penetapan_date = determined_on
        record.penetapan_ppid_id = ppid_id
        record.penetapan_atasan_id = atasan_id
        record.status = RecordStatus.DITETAPKAN.value
        record.updated_by_id = officer_id
        audit.append(session, record.id, officer_id, "extend", f"Diperpanjang dengan penetapan nomor {number.strip()}", changes)


def open_information(db: Database, record_id: int, reason: str, officer_id: int | None) -> None:
    """The exemption ended (or a Komisi Informasi or court opened it): list it in the DIP."""
    with db.session() as session:
        record = _record(session, record_id)
        problems = _actor_problems(session, Action.OPEN_INFORMATION, officer_id)
        if not reason.strip():
            problems.append(UserError(QT_TR_NOOP("Tuliskan dasar keputusan membuka informasi (misalnya jangka waktu berakhir, atau putusan Komisi Informasi).")))
        if record.status == RecordStatus.DIBUKA.value:
            problems.append(UserError(QT_TR_NOOP("Informasi ini sudah dibuka.")))
        if problems:
            raise WorkflowRefused(problems)
        record.status = RecordStatus.DIBUKA.value
        record.opened_at = utcnow()
        record.updated_by_id = officer_id
        audit.append(session, record.id, officer_id, "open", f"Dibuka dan dipindahkan ke Daftar Informasi Publik. Dasar: {reason.strip()}")
