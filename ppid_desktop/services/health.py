"""The self-test: can this installation open its data and does the data hold together?"""

from __future__ import annotations

from sqlalchemy import func, select

from ppid_desktop import __version__
from ppid_desktop.domain.sop import SopTemplateError
from ppid_desktop.services.sop_catalog import active_template, available_templates
from ppid_desktop.storage.database import Database, head_revision
from ppid_desktop.storage.models import ExemptRecord


def self_test(db: Database) -> tuple[list[str], list[str]]:
    """Return (problems, report lines). No problems means the installation is usable."""
    problems: list[str] = []
    report = [f"PPID Desktop {__version__}", f"Folder data: {db.paths.root}", f"Skema basis data: {head_revision()}"]
    problems += [f"Pemeriksaan integritas basis data: {p}" for p in db.integrity_problems()]
    try:
        templates = available_templates()
        report.append(f"Templat SOP bawaan: {', '.join(t.code for t in templates)}")
    except SopTemplateError as exc:
        problems.append(str(exc))
    with db.session() as session:
        try:
            template = active_template(session)
            report.append(f"SOP kantor: {template.title if template else 'belum disiapkan'}")
        except SopTemplateError as exc:
            problems.append(f"SOP yang dipakai kantor tidak dapat dibaca: {exc}")
        count = session.scalar(select(func.count()).select_from(ExemptRecord))
        report.append(f"Jumlah rekaman: {count}")
    return problems, report
