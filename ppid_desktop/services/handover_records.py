"""Records leaving the office in a package: the checks, the records file, the handover stage.

Completing the handover-out stage follows the same rules as completing it by hand (the
officer's role, every syarat ticked, the output file attached), checked before anything is
built and again inside the transaction that records the package.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.handover_format import (
    PackageFile,
    PackageGround,
    PackageOfficer,
    PackageRecord,
    PackageSop,
    PackageVisit,
    RecordsFile,
)
from ppid_desktop.domain.sop import SopTemplate, StageKind
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.domain.workflow import completion_errors
from ppid_desktop.services import audit
from ppid_desktop.services.sop_catalog import template_of_row

# The workflow service's own helpers, so that the handover stage completes exactly as it does
# from the stage tab, but inside the export's transaction.
from ppid_desktop.services.workflow import (
    OUTCOME_LABELS,
    WorkflowRefused,
    close_visit,
    officer_and_roles,
    open_visit,
    record_position,
    stage_file_count,
    start_visit,
)
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.models import Attachment, ExemptRecord, Office, Officer, StageVisit, utcnow


def handover_stage(template: SopTemplate) -> str:
    """The code of the SOP's handover-out stage, "" when it has none."""
    return next((s.code for s in template.stages if s.kind is StageKind.HANDOVER_OUT), "")


def _record_problems(session: Session, record: ExemptRecord, officer_id: int | None) -> list[UserError]:
    template = template_of_row(record.sop_template)
    stage_code = handover_stage(template)
    if not stage_code:
        return []  # an SOP without a handover stage: records travel without a stage change
    if record.stage_code != stage_code:
        stage = template.stage(stage_code)
        return [UserError(QT_TR_NOOP("Rekaman \"{title}\" belum berada di tahap {stage} ({stage_name}); hanya rekaman di tahap serah "
                                     "terima yang dapat dikirim."), title=record.title, stage=stage.number, stage_name=stage.nama)]
    visit = open_visit(session, record)
    checked = {c.syarat_index for c in visit.checks} if visit else set()
    name, roles = officer_and_roles(session, officer_id)
    problems = completion_errors(template, record_position(record), name, roles, checked,
                                 stage_file_count(session, record.id, record.stage_code), stage_code)
    return [UserError(QT_TR_NOOP("Rekaman \"{title}\": {problem}"), title=record.title, problem=problem) for problem in problems]


def handover_problems(db: Database, record_ids: Sequence[int], officer_id: int | None) -> list[UserError]:
    """Every reason the records cannot be handed over now (empty when they can)."""
    with db.session() as session:
        if session.get(Office, 1) is None:
            return [UserError(QT_TR_NOOP("Kantor belum disiapkan. Jalankan panduan penyiapan terlebih dahulu."))]
        problems: list[UserError] = []
        if officer_id is None or session.get(Officer, officer_id) is None:
            problems.append(UserError(QT_TR_NOOP("Pilih petugas yang menyerahkan paket.")))
        templates = set()
        for record_id in record_ids:
            record = session.get(ExemptRecord, record_id)
            if record is None:
                problems.append(UserError(QT_TR_NOOP("Rekaman nomor {number} tidak ditemukan; muat ulang daftar rekaman."), number=record_id))
                continue
            templates.add(record.sop_template_id)
            if officer_id is not None:
                problems += _record_problems(session, record, officer_id)
        if len(templates) > 1:
            problems.append(UserError(QT_TR_NOOP("Rekaman yang dipilih mengikuti versi SOP yang berbeda; kirim setiap versi dalam paket tersendiri.")))
        return problems


def hand_over(session: Session, record_id: int, officer_id: int | None, package_name: str) -> None:
    """Complete the handover-out stage of one record (when it is there) and note the package."""
    record = session.get(ExemptRecord, record_id)
    assert record is not None
    problems = _record_problems(session, record, officer_id)
    if problems:
        raise WorkflowRefused(problems)
    template = template_of_row(record.sop_template)
    stage_code = handover_stage(template)
    note = f"Diserahkan dalam paket {package_name}."
    if not stage_code:
        audit.append(session, record.id, officer_id, "export", note)
        return
    stage = template.stage(stage_code)
    visit = open_visit(session, record)
    assert visit is not None
    close_visit(session, visit, officer_id, "handed_over", note)
    summary = f"Tahap {stage.number} ({stage.nama}): {OUTCOME_LABELS['handed_over'].lower()}; {note}"
    next_stage = template.next_stage(stage.code)
    if next_stage is None:
        record.finished_at = utcnow()
    else:
        start_visit(session, record, next_stage)
        summary += f" Masuk tahap {next_stage.number} ({next_stage.nama})."
    record.updated_by_id = officer_id
    audit.append(session, record.id, officer_id, "complete", summary)


class _Officers:
    """Officers named in a package, each once, as "p1", "p2", ..."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.keys: dict[int, str] = {}
        self.rows: list[PackageOfficer] = []

    def key(self, officer_id: int | None) -> str | None:
        if officer_id is None:
            return None
        if officer_id not in self.keys:
            row = self.session.get(Officer, officer_id)
            if row is None:
                return None
            key = f"p{len(self.keys) + 1}"
            self.keys[officer_id] = key
            self.rows.append(PackageOfficer(key, row.name, row.id_kind, row.employee_id, row.pangkat, row.jabatan))
        return self.keys[officer_id]


def build_records_file(
    session: Session,
    record_ids: Sequence[int],
    officer_id: int | None,
    package_uid: str,
    now: datetime,
    bag_paths: Callable[[list[tuple[str, str]]], list[str]],
) -> tuple[RecordsFile, list[tuple[str, str]]]:
    """The records file of a package and its files as (bag path, sha256), in the same order."""
    office = session.get(Office, 1)
    assert office is not None
    officers = _Officers(session)
    sender = officers.key(officer_id)
    records = [session.get(ExemptRecord, record_id) for record_id in record_ids]
    rows = [r for r in records if r is not None]
    attachment_rows = {
        r.id: session.scalars(select(Attachment).where(Attachment.record_id == r.id).order_by(Attachment.id)).all() for r in rows
    }
    flat = [(r.uid, a.original_name) for r in rows for a in attachment_rows[r.id]]
    paths = iter(bag_paths(flat))
    files_out: list[tuple[str, str]] = []
    package_records = []
    for r in rows:
        files = []
        for a in attachment_rows[r.id]:
            path = next(paths)
            files_out.append((path, a.sha256))
            files.append(PackageFile(path, a.original_name, a.sha256, a.size, a.media_type, a.stage_code, officers.key(a.added_by_id), a.added_at))
        visits = session.scalars(select(StageVisit).where(StageVisit.record_id == r.id).order_by(StageVisit.id)).all()
        package_records.append(PackageRecord(
            uid=r.uid, register_number=r.register_number, title=r.title, summary=r.summary, unit=r.unit.name,
            consequence_opened=r.consequence_opened, consequence_closed=r.consequence_closed,
            period_start=r.period_start, period_end=r.period_end, period_condition=r.period_condition, form=r.form,
            storage_location=r.storage_location, classification=r.classification, remarks=r.remarks, status=r.status,
            stage_code=r.stage_code, stage_entered_at=r.stage_entered_at, created_at=r.created_at,
            created_by=officers.key(r.created_by_id), updated_at=r.updated_at, updated_by=officers.key(r.updated_by_id),
            finished_at=r.finished_at, archived_at=r.archived_at, revision=r.revision,
            consequence_tested_at=r.consequence_tested_at, consequence_tested_by=officers.key(r.consequence_tested_by_id),
            penetapan_number=r.penetapan_number, penetapan_date=r.penetapan_date,
            penetapan_ppid=officers.key(r.penetapan_ppid_id), penetapan_atasan=officers.key(r.penetapan_atasan_id),
            opened_at=r.opened_at,
            legal_grounds=tuple(PackageGround(g.huruf, g.angka, g.other) for g in r.legal_grounds),
            visits=tuple(PackageVisit(v.stage_code, v.round, v.started_at, v.completed_at, officers.key(v.completed_by_id),
                                      v.outcome, v.notes, v.working_minutes, v.waktu_menit) for v in visits),
            files=tuple(files),
        ))
    template_row = rows[0].sop_template if rows else office.sop_template
    template = template_of_row(template_row)
    sender_row = session.get(Officer, officer_id) if officer_id is not None else None
    units = list(dict.fromkeys(r.unit.name for r in rows))
    unit = sender_row.unit.name if sender_row is not None and sender_row.unit is not None else ", ".join(units)
    sop = PackageSop(template_row.code, template_row.revision, template_row.title, template_row.sha256,
                     template_row.source_text, handover_stage(template))
    return RecordsFile(package_uid, now, office.name, unit or office.name, sender, sop, tuple(officers.rows), tuple(package_records)), files_out
