"""Creating, editing, finding and listing records of exempted information.

Big lists stay fast the Anki way: queries return only ids, filtered and sorted in SQL;
a table asks for the rows it shows with `fetch_rows`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from ppid_desktop.domain.enums import Classification, InformationForm, RecordStatus
from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.legal import LegalGround
from ppid_desktop.domain.record import RecordDraft, validate_record
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.services import audit
from ppid_desktop.services.audit import diff_drafts
from ppid_desktop.services.record_rows import RecordRow, make_record_row
from ppid_desktop.services.office import unit_for_work
from ppid_desktop.services.sop_catalog import template_of_row
from ppid_desktop.services.workflow import start_first_visit
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.models import ExemptRecord, LegalGroundRow, Office, Officer, Unit, utcnow
from ppid_desktop.storage.search import matching_condition, matching_ids, outer_first_join

SORT_KEYS = {
    "id": ExemptRecord.id,  # creation order: the default, newest first
    "register_number": ExemptRecord.register_number,
    "title": ExemptRecord.title,
    "unit": Unit.name,
    "stage": ExemptRecord.stage_code,
    "status": ExemptRecord.status,
    "period_end": ExemptRecord.period_end,
    "updated_at": ExemptRecord.updated_at,
}


@dataclass(frozen=True)
class RecordDetail:
    """Everything the editor shows about one record."""

    id: int
    uid: str
    version: int
    draft: RecordDraft
    stage_code: str
    stage_label: str
    status: RecordStatus
    sop_title: str
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    archived: bool = False
    revision: int = 0
    penetapan_number: str = ""
    penetapan_date: date | None = None
    penetapan_ppid: str = ""
    penetapan_atasan: str = ""
    consequence_tested_by: str = ""
    consequence_tested_at: datetime | None = None


def _grounds_rows(grounds: Sequence[LegalGround]) -> list[LegalGroundRow]:
    return [
        LegalGroundRow(position=position, huruf=ground.huruf, angka=ground.angka, other=ground.other)
        for position, ground in enumerate(grounds, start=1)
    ]


def _apply(row: ExemptRecord, draft: RecordDraft) -> None:
    row.register_number = draft.register_number
    row.title = draft.title
    row.summary = draft.summary
    row.unit_id = draft.unit_id  # type: ignore[assignment]  # validated not None
    row.consequence_opened = draft.consequence_opened
    row.consequence_closed = draft.consequence_closed
    row.period_start = draft.period_start
    row.period_end = draft.period_end
    row.period_condition = draft.period_condition
    row.form = draft.form.value
    row.storage_location = draft.storage_location
    row.classification = draft.classification.value
    row.remarks = draft.remarks


def _require_unit(session: Session, unit_id: int | None, current: int | None = None) -> None:
    """The unit holding the information exists and is active (a record keeps the inactive unit it had)."""
    if unit_id is None or session.get(Unit, unit_id) is None:
        raise UserError(QT_TR_NOOP("Unit penguasa informasi yang dipilih tidak ada lagi. Pilih unit yang lain."))
    unit_for_work(session, unit_id, current=current)


def _fill(row: ExemptRecord, checked: RecordDraft) -> None:
    _apply(row, checked)
    row.legal_grounds = _grounds_rows(checked.legal_grounds)


def new_record(checked: RecordDraft, first_stage_code: str, sop_template_id: int, officer_id: int | None) -> ExemptRecord:
    """A new record in the SOP's first stage, status draft, from a validated draft (the caller adds
    it to its session and opens its first visit). The editor and the spreadsheet import share it."""
    row = ExemptRecord(
        stage_code=first_stage_code,
        sop_template_id=sop_template_id,
        status=RecordStatus.DRAFT.value,
        created_by_id=officer_id,
        updated_by_id=officer_id,
    )
    _fill(row, checked)
    return row


def create_record(db: Database, draft: RecordDraft, officer_id: int | None) -> RecordDetail:
    """Validate and store a new record in the first stage of the office's SOP."""
    checked = validate_record(draft)
    with db.session() as session:
        office = session.get(Office, 1)
        if office is None:
            raise UserError(QT_TR_NOOP("Kantor belum disiapkan. Jalankan panduan penyiapan terlebih dahulu."))
        _require_unit(session, checked.unit_id)
        template = template_of_row(office.sop_template)
        row = new_record(checked, template.first_stage.code, office.sop_template_id, officer_id)
        session.add(row)
        session.flush()
        start_first_visit(session, row, template.first_stage)
        audit.append(session, row.id, officer_id, "create", f"Rekaman dibuat di tahap 1 ({template.first_stage.nama}): {checked.title}")
        session.flush()
        return _detail(session, row)


def update_record(
    db: Database,
    record_id: int,
    draft: RecordDraft,
    expected_version: int,
    officer_id: int | None,
    revision_reason: str | None = None,
) -> RecordDetail:
    """Save changes unless someone else saved this record since it was opened.

    An archived record is read-only: a change is accepted only as a new revision with a
    reason (`revision_reason`), and the trail keeps the values before and after.
    """
    checked = validate_record(draft)
    try:
        with db.session() as session:
            row = session.get(ExemptRecord, record_id)
            if row is None:
                raise UserError(QT_TR_NOOP("Rekaman ini sudah tidak ada di basis data. Muat ulang daftar."))
            if row.version != expected_version:
                raise StaleDataError()
            if row.archived_at is not None and not (revision_reason or "").strip():
                raise UserError(
                    QT_TR_NOOP("Rekaman ini sudah diarsipkan dan bersifat hanya-baca. Perubahan hanya dapat disimpan "
                    "sebagai revisi baru: tuliskan alasan revisi.")
                )
            _require_unit(session, checked.unit_id, current=row.unit_id)
            before = _detail(session, row).draft
            unit_names: dict[int, str] = {unit_id: name for unit_id, name in session.execute(select(Unit.id, Unit.name))}
            changes = diff_drafts(before, checked, unit_names)
            if not changes:
                return _detail(session, row)
            # One UPDATE per save: without no_autoflush, loading the old grounds would flush
            # the half-applied row and bump the version twice.
            with session.no_autoflush:
                _fill(row, checked)
                row.updated_by_id = officer_id
                row.updated_at = utcnow()  # also when only the grounds changed
                if row.archived_at is not None:
                    row.revision += 1
            if row.archived_at is not None:
                audit.append(session, row.id, officer_id, "revise", f"Revisi ke-{row.revision}. Alasan: {(revision_reason or '').strip()}", changes)
            else:
                audit.append(session, row.id, officer_id, "update", f"{len(changes)} isian diubah", changes)
            session.flush()
            session.expire(row, ["updated_by"])  # the relationship still holds the previous officer
            return _detail(session, row)
    except StaleDataError as exc:
        raise UserError(
            QT_TR_NOOP("Rekaman ini telah diubah di tempat lain sejak Anda membukanya, sehingga perubahan Anda "
            "belum disimpan agar tidak menimpa perubahan tersebut. Salin isian Anda, tutup editor, "
            "buka kembali rekamannya, lalu terapkan perubahan Anda.")
        ) from exc


def get_record(db: Database, record_id: int) -> RecordDetail:
    with db.session() as session:
        row = session.get(ExemptRecord, record_id)
        if row is None:
            raise UserError(QT_TR_NOOP("Rekaman tidak ditemukan; mungkin daftar perlu dimuat ulang."))
        return _detail(session, row)


def find_record_id(db: Database, key: str) -> int:
    """Resolve a record by its uid, a unique uid prefix (8+ characters) or its register number."""
    key = key.strip()
    with db.session() as session:
        ids = list(session.scalars(select(ExemptRecord.id).where(ExemptRecord.uid == key)))
        if not ids and len(key) >= 8:
            ids = list(session.scalars(select(ExemptRecord.id).where(ExemptRecord.uid.startswith(key)).limit(2)))
        if not ids:
            ids = list(session.scalars(select(ExemptRecord.id).where(ExemptRecord.register_number == key).limit(2)))
    if len(ids) == 1:
        return ids[0]
    if not ids:
        raise UserError(QT_TR_NOOP("Rekaman \"{key}\" tidak ditemukan. Gunakan id dari perintah \"ppid-desktop records\"."), key=key)
    raise UserError(QT_TR_NOOP("\"{key}\" cocok dengan lebih dari satu rekaman; tulis id selengkapnya."), key=key)


def _name(officer: Officer | None) -> str:
    return officer.name if officer else ""


def _detail(session: Session, row: ExemptRecord) -> RecordDetail:
    template = template_of_row(row.sop_template)
    try:
        stage = template.stage(row.stage_code)
        stage_label = f"{stage.number}. {stage.nama}"
    except KeyError:
        stage_label = row.stage_code
    draft = RecordDraft(
        title=row.title,
        register_number=row.register_number,
        summary=row.summary,
        unit_id=row.unit_id,
        legal_grounds=[LegalGround(g.huruf, g.angka, g.other) for g in row.legal_grounds],
        consequence_opened=row.consequence_opened,
        consequence_closed=row.consequence_closed,
        period_start=row.period_start,
        period_end=row.period_end,
        period_condition=row.period_condition,
        form=InformationForm(row.form),
        storage_location=row.storage_location,
        classification=Classification(row.classification),
        remarks=row.remarks,
    )
    return RecordDetail(
        id=row.id,
        uid=row.uid,
        version=row.version,
        draft=draft,
        stage_code=row.stage_code,
        stage_label=stage_label,
        status=RecordStatus(row.status),
        sop_title=template.title,
        created_at=row.created_at,
        created_by=_name(row.created_by),
        updated_at=row.updated_at,
        updated_by=_name(row.updated_by),
        archived=row.archived_at is not None,
        revision=row.revision,
        penetapan_number=row.penetapan_number,
        penetapan_date=row.penetapan_date,
        penetapan_ppid=_name(row.penetapan_ppid),
        penetapan_atasan=_name(row.penetapan_atasan),
        consequence_tested_by=_name(row.consequence_tested_by),
        consequence_tested_at=row.consequence_tested_at,
    )


def _id_query(dialect: str, search: str, stage_code: str | None, sort: str, descending: bool) -> Select[tuple[int]]:
    if sort not in SORT_KEYS or sort == "id":
        # Newest first (the default): the FTS5 table drives the query in id order.
        query, id_column = matching_ids(dialect, search)
        if stage_code is not None:
            query = query.where(ExemptRecord.stage_code == stage_code)
        return query.order_by(id_column.desc() if descending else id_column.asc())
    # Another column: SQLite walks that column's index (with the stage, the composite index of
    # migration 0007) in (column, id) order, tests each entry against the search and stops after
    # the LIMIT, instead of reading every match and sorting them (storage/search.py).
    key = SORT_KEYS[sort]
    query = select(ExemptRecord.id)
    if key is Unit.name:  # unit names are unique, so (name, id) is a total order
        # Units outer, by their unique name index; each unit's records through ix_exempt_record_unit_id
        # (or ix_exempt_record_stage_unit) come in id order, so no sort is needed.
        query = query.select_from(outer_first_join(Unit, ExemptRecord, ExemptRecord.unit_id == Unit.id))
    condition = matching_condition(dialect, search)
    if condition is not None:
        query = query.where(condition)
    if stage_code is not None:
        query = query.where(ExemptRecord.stage_code == stage_code)
    if descending:
        return query.order_by(key.desc(), ExemptRecord.id.desc())
    return query.order_by(key.asc(), ExemptRecord.id.asc())


def query_record_ids(
    db: Database,
    search: str = "",
    stage_code: str | None = None,
    sort: str = "id",
    descending: bool = True,
    limit: int | None = None,
) -> list[int]:
    """Ids of the records matching `search` (and in `stage_code`), in display order.

    Read through the raw DB-API cursor: building 100,000 result rows in SQLAlchemy costs
    more than the query itself.
    """
    query = _id_query(db.engine.dialect.name, search, stage_code, sort, descending)
    if limit is not None:
        query = query.limit(limit)
    compiled = query.compile(dialect=db.engine.dialect)
    parameters = (
        tuple(compiled.params[name] for name in compiled.positiontup or ()) if compiled.positional else compiled.params
    )
    with db.engine.connect() as connection:
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            return [row[0] for row in cursor.execute(compiled.string, parameters)]
        finally:
            cursor.close()


def fetch_rows(db: Database, ids: Sequence[int]) -> list[RecordRow]:
    """The table rows for `ids`, in the same order (ids no longer present are skipped)."""
    if not ids:
        return []
    with db.session() as session:
        rows = session.scalars(
            select(ExemptRecord)
            .where(ExemptRecord.id.in_(list(ids)))
            .options(selectinload(ExemptRecord.legal_grounds), selectinload(ExemptRecord.unit))
        )
        by_id = {row.id: row for row in rows}
        return [_row_view(by_id[i]) for i in ids if i in by_id]


def _row_view(row: ExemptRecord) -> RecordRow:
    return make_record_row(row, row.unit.name, [LegalGround(g.huruf, g.angka, g.other) for g in row.legal_grounds])


def list_records(db: Database) -> list[RecordRow]:
    """Every record, oldest register entries first (for the command line)."""
    return fetch_rows(db, query_record_ids(db, sort="register_number", descending=False))


def count_by_stage(db: Database) -> dict[str, int]:
    with db.engine.connect() as connection:
        rows = connection.execute(select(ExemptRecord.stage_code, func.count()).group_by(ExemptRecord.stage_code))
        return {code: count for code, count in rows}
