"""The window's first paint: what it shows before the database layer is loaded.

storage/first_paint.py reads the office, its SOP, the officers and the newest page of the
register with plain sqlite3; this turns them into the same views the full services give
(SopTemplate, RecordRow), so the first page the clerk sees is the page the register shows
once everything is loaded. No SQLAlchemy is imported on this path.
"""

from __future__ import annotations

from dataclasses import dataclass

from ppid_desktop.domain.legal import LegalGround
from ppid_desktop.domain.sop import SopTemplate, parse_sop_template
from ppid_desktop.services.record_rows import FIRST_PAGE, RecordRow, make_record_row
from ppid_desktop.storage.first_paint import StoredRecordRow, read_first_paint
from ppid_desktop.storage.paths import DataPaths


@dataclass(frozen=True)
class OfficerChoice:
    id: int
    name: str
    jabatan: str


@dataclass(frozen=True)
class FirstPaint:
    paths: DataPaths
    office_name: str
    template: SopTemplate
    officers: tuple[OfficerChoice, ...]
    rows: tuple[RecordRow, ...]  # newest first, at most FIRST_PAGE
    more_rows: bool  # the register holds more than the first page


def _row(stored: StoredRecordRow) -> RecordRow:
    return make_record_row(stored, stored.unit_name, [LegalGround(huruf, angka, other) for huruf, angka, other in stored.grounds])


def first_paint(paths: DataPaths) -> FirstPaint | None:
    """What the window shows first, or None when the ordinary start-up must run (a new or
    outdated database, no office yet, anything unexpected: the ordinary path explains it)."""
    stored = read_first_paint(paths.database, FIRST_PAGE + 1, paths.key_pragma)
    if stored is None:
        return None
    try:
        template = parse_sop_template(stored.sop_source_text, stored.sop_label)
        rows = tuple(_row(record) for record in stored.records)
    except Exception:  # a template or a value the ordinary path will report properly
        return None
    officers = tuple(OfficerChoice(*officer) for officer in stored.officers)
    return FirstPaint(paths, stored.office_name, template, officers, rows[:FIRST_PAGE], len(rows) > FIRST_PAGE)


def frame_from_database(db) -> FirstPaint:  # type: ignore[no-untyped-def]  # storage.database.Database
    """What the window's frame shows, read through the services (the ordinary start, and tests)."""
    from ppid_desktop.services import office as office_service
    from ppid_desktop.services.sop_catalog import active_template

    with db.session() as session:
        template = active_template(session)
    assert template is not None, "the window opens only after the office is set up"
    profile = office_service.get_office(db)
    officers = tuple(OfficerChoice(o.id, o.name, o.jabatan) for o in office_service.list_officers(db))
    return FirstPaint(db.paths, profile.name if profile else "", template, officers, (), False)
