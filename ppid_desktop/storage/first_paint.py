"""What the window shows first, read with the bare driver (storage/connect.py) before SQLAlchemy is loaded.

Importing SQLAlchemy and the ORM costs about a quarter of a second, more than the whole
budget for showing the window. The first paint needs little: the office's name, its SOP,
the officers for the "Petugas aktif" list and the newest page of the register. This module
reads exactly that, read-only, and answers None whenever it cannot be sure of it (no file,
a schema other than the head, no office yet, any database error); the caller then takes the
ordinary path (migrations, set-up wizard) through storage/database.py.

This is SQLite-only on purpose, like storage/search.py: with another database server the
caller simply always takes the ordinary path.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from ppid_desktop.storage.connect import Connection, Error, connect
from ppid_desktop.storage.revision import SCHEMA_HEAD

_OFFICE = """
SELECT office.name, sop_template.code, sop_template.revision, sop_template.source_text
FROM office JOIN sop_template ON sop_template.id = office.sop_template_id
WHERE office.id = 1
"""
_OFFICERS = "SELECT id, name, jabatan FROM officer WHERE active = 1 ORDER BY name"
# The register's default order is newest first (services/records.py: sort "id", descending).
_RECORDS = """
SELECT exempt_record.id, uid, register_number, title, unit.name, stage_code, status, classification,
       updated_at, stage_entered_at, period_start, period_end, period_condition, finished_at, archived_at
FROM exempt_record JOIN unit ON unit.id = exempt_record.unit_id
ORDER BY exempt_record.id DESC
LIMIT ?
"""
_GROUNDS = "SELECT record_id, huruf, angka, other FROM legal_ground WHERE record_id IN ({}) ORDER BY record_id, position"


@dataclass(frozen=True)
class StoredRecordRow:
    """The columns of one register line, as stored (timestamps aware UTC, like the ORM's)."""

    id: int
    uid: str
    register_number: str
    title: str
    unit_name: str
    stage_code: str
    status: str
    classification: str
    updated_at: datetime
    stage_entered_at: datetime
    period_start: date | None
    period_end: date | None
    period_condition: str
    finished_at: datetime | None
    archived_at: datetime | None
    grounds: tuple[tuple[str | None, int | None, str], ...]  # (huruf, angka, other) in order


@dataclass(frozen=True)
class FirstPaintRows:
    office_name: str
    sop_label: str  # code@revision, as services/sop_catalog.py labels a stored template
    sop_source_text: str
    officers: tuple[tuple[int, str, str], ...]  # (id, name, jabatan), by name
    records: tuple[StoredRecordRow, ...]  # newest first


def _utc(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def read_first_paint(database_file: Path, limit: int, key_pragma: str | None = None) -> FirstPaintRows | None:
    """The office, officers and newest `limit` records, or None when the ordinary path must run."""
    if not database_file.exists() or database_file.stat().st_size == 0:
        return None  # a new data folder: the wizard runs on the ordinary path
    try:
        connection = connect(database_file, key_pragma, readonly=True)
        try:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None or revision[0] != SCHEMA_HEAD:
                return None  # a migration must bring it up to date first
            return _read(connection, limit)
        finally:
            connection.close()
    except (Error, OSError, ValueError):
        return None  # the ordinary path opens the database again and explains what is wrong


def _read(connection: Connection, limit: int) -> FirstPaintRows | None:
    office = connection.execute(_OFFICE).fetchone()
    if office is None:
        return None  # not set up: the wizard runs on the ordinary path
    name, code, revision, source_text = office
    officers = tuple((row[0], row[1], row[2]) for row in connection.execute(_OFFICERS))
    rows = connection.execute(_RECORDS, (limit,)).fetchall()
    grounds: dict[int, list[tuple[str | None, int | None, str]]] = {}
    if rows:
        marks = ",".join("?" * len(rows))
        for record_id, huruf, angka, other in connection.execute(_GROUNDS.format(marks), [r[0] for r in rows]):
            grounds.setdefault(record_id, []).append((huruf, angka, other or ""))
    records = tuple(
        StoredRecordRow(
            id=row[0],
            uid=row[1],
            register_number=row[2] or "",
            title=row[3],
            unit_name=row[4],
            stage_code=row[5],
            status=row[6],
            classification=row[7],
            updated_at=_utc(row[8]),  # type: ignore[arg-type]  # NOT NULL columns
            stage_entered_at=_utc(row[9]),  # type: ignore[arg-type]
            period_start=_date(row[10]),
            period_end=_date(row[11]),
            period_condition=row[12] or "",
            finished_at=_utc(row[13]),
            archived_at=_utc(row[14]),
            grounds=tuple(grounds.get(row[0], ())),
        )
        for row in rows
    )
    return FirstPaintRows(name, f"{code}@{revision}", source_text, officers, records)
