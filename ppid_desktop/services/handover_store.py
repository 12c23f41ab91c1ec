"""Taking the records of a valid package into this database (inside the import's transaction).

The sender's SOP version comes with the package (its exact text), so an imported record keeps
following the SOP it started under. Officers named in the package are matched by NIP/NI PPPK
(else by name); one not known here is added as an inactive officer, so that the stage history
still says who did what without offering them as an acting officer. Units are matched by name
and added when missing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ppid_desktop.domain.calendar import local_naive
from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.handover_format import PackageOfficer, PackageRecord, RecordsFile
from ppid_desktop.domain.sop import SopTemplate, SopTemplateError, parse_sop_template
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.services import audit
from ppid_desktop.services.handover_bag import PackageInvalid
from ppid_desktop.services.sop_catalog import adopt_template, template_of_row
from ppid_desktop.services.workflow import work_calendar
from ppid_desktop.storage.models import (
    Attachment,
    ExemptRecord,
    LegalGroundRow,
    Office,
    Officer,
    SopTemplateRow,
    StageVisit,
    Unit,
    utcnow,
)


def _template(session: Session, records: RecordsFile) -> tuple[SopTemplateRow, SopTemplate]:
    row = session.scalars(select(SopTemplateRow).where(SopTemplateRow.sha256 == records.sop.sha256)).first()
    if row is not None:
        return row, template_of_row(row)
    try:
        template = parse_sop_template(records.sop.source_text, f"{records.sop.code}@{records.sop.revision}")
    except SopTemplateError as exc:
        raise PackageInvalid(QT_TR_NOOP("SOP yang menyertai paket tidak dapat dibaca: {error}"), error=exc) from exc
    if template.sha256 != records.sop.sha256:
        raise PackageInvalid(QT_TR_NOOP("Teks SOP yang menyertai paket tidak sesuai dengan sidik SHA-256-nya di \"data/records.json\"."))
    return adopt_template(session, template), template


class _People:
    def __init__(self, session: Session, officers: tuple[PackageOfficer, ...]) -> None:
        self.session = session
        self.by_key = {o.key: o for o in officers}
        self.ids: dict[str, int] = {}

    def id_of(self, key: str | None) -> int | None:
        if key is None or key not in self.by_key:
            return None
        if key not in self.ids:
            person = self.by_key[key]
            query = select(Officer.id)
            if person.employee_id:
                query = query.where(Officer.id_kind == person.id_kind, Officer.employee_id == person.employee_id)
            else:
                query = query.where(Officer.name == person.name, Officer.employee_id == "")
            found = self.session.scalars(query.order_by(Officer.active.desc(), Officer.id)).first()
            if found is None:
                row = Officer(name=person.name, id_kind=person.id_kind, employee_id=person.employee_id,
                              pangkat=person.pangkat, jabatan=person.jabatan, active=False)
                self.session.add(row)
                self.session.flush()
                found = row.id
            self.ids[key] = found
        return self.ids[key]


def _unit_id(session: Session, name: str, cache: dict[str, int]) -> int:
    key = " ".join(name.split()).casefold()
    if key not in cache:
        found = next((u for u in session.scalars(select(Unit)) if " ".join(u.name.split()).casefold() == key), None)
        if found is None:
            found = Unit(name=" ".join(name.split()))
            session.add(found)
            session.flush()
        cache[key] = found.id
    return cache[key]


def _record_row(r: PackageRecord, template_id: int, unit_id: int, people: _People) -> ExemptRecord:
    return ExemptRecord(
        uid=r.uid, register_number=r.register_number, title=r.title, summary=r.summary, unit_id=unit_id,
        consequence_opened=r.consequence_opened, consequence_closed=r.consequence_closed,
        period_start=r.period_start, period_end=r.period_end, period_condition=r.period_condition, form=r.form,
        storage_location=r.storage_location, classification=r.classification, remarks=r.remarks, status=r.status,
        stage_code=r.stage_code, stage_entered_at=r.stage_entered_at, sop_template_id=template_id,
        created_at=r.created_at, created_by_id=people.id_of(r.created_by), updated_at=r.updated_at,
        updated_by_id=people.id_of(r.updated_by), finished_at=r.finished_at, archived_at=r.archived_at,
        revision=r.revision, consequence_tested_at=r.consequence_tested_at,
        consequence_tested_by_id=people.id_of(r.consequence_tested_by), penetapan_number=r.penetapan_number,
        penetapan_date=r.penetapan_date, penetapan_ppid_id=people.id_of(r.penetapan_ppid),
        penetapan_atasan_id=people.id_of(r.penetapan_atasan), opened_at=r.opened_at,
    )


def add_records(
    session: Session, records: RecordsFile, officer_id: int | None, place: Callable[[str], None], package_name: str
) -> tuple[int, int, int]:
    """Add the package's records not yet here; returns (records added, skipped, files added).

    `place(bag_path)` moves one staged payload file into internal storage.
    """
    if session.get(Office, 1) is None:
        raise UserError(QT_TR_NOOP("Kantor belum disiapkan. Jalankan panduan penyiapan terlebih dahulu, lalu impor lagi."))
    template_row, template = _template(session, records)
    people = _People(session, records.officers)
    sender = people.id_of(records.officer)
    calendar = work_calendar(session)
    units: dict[str, int] = {}
    handover = records.sop.handover_stage
    landing = template.next_stage(handover) if handover else None
    handed_at = records.created_at
    now = utcnow()
    added = skipped = files = 0
    for r in records.records:
        if session.scalar(select(func.count()).select_from(ExemptRecord).where(ExemptRecord.uid == r.uid)):
            skipped += 1
            continue
        row = _record_row(r, template_row.id, _unit_id(session, r.unit, units), people)
        row.legal_grounds = [LegalGroundRow(position=i, huruf=g.huruf, angka=g.angka, other=g.other)
                             for i, g in enumerate(r.legal_grounds, start=1)]
        session.add(row)
        session.flush()
        for v in r.visits:
            visit = StageVisit(record_id=row.id, stage_code=v.stage_code, round=v.round, started_at=v.started_at,
                               completed_at=v.completed_at, completed_by_id=people.id_of(v.completed_by), outcome=v.outcome,
                               notes=v.notes, working_minutes=v.working_minutes, waktu_menit=v.waktu_menit)
            if visit.completed_at is None:  # the handover stage, closed by the package itself
                visit.completed_at, visit.completed_by_id, visit.outcome = handed_at, sender, "handed_over"
                visit.notes = f"Diserahkan dalam paket {package_name}."  # as the sender's export wrote it
                visit.working_minutes = calendar.working_minutes(local_naive(v.started_at), local_naive(_aware(handed_at)))
            session.add(visit)
        if landing is not None and row.finished_at is None:
            rounds = sum(1 for v in r.visits if v.stage_code == landing.code)
            session.add(StageVisit(record_id=row.id, stage_code=landing.code, round=rounds + 1, started_at=now,
                                   waktu_menit=landing.waktu_menit))
            row.stage_code, row.stage_entered_at = landing.code, now
        elif handover and row.finished_at is None:
            row.finished_at = now  # the handover stage was the SOP's last
        for f in r.files:
            place(f.path)
            session.add(Attachment(record_id=row.id, stage_code=f.stage_code, sha256=f.sha256, original_name=f.original_name,
                                   size=f.size, media_type=f.media_type, added_by_id=people.id_of(f.added_by), added_at=f.added_at))
            files += 1
        audit.append(session, row.id, officer_id, "import",
                     f"Diterima dari {records.office} ({records.unit}) melalui paket serah terima; {len(r.files)} berkas.")
        added += 1
    session.flush()
    return added, skipped, files


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.astimezone()
