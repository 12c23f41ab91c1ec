"""Which SOP templates exist, which one the office follows, and adopting one."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from ppid_desktop.domain.sop import SopTemplate, builtin_templates, parse_sop_template
from ppid_desktop.storage.models import Office, SopTemplateRow
from ppid_desktop.storage.paths import sop_templates_dir


def available_templates() -> list[SopTemplate]:
    """The SOP templates shipped under resources/sop (a broken one raises SopTemplateError)."""
    return builtin_templates(sop_templates_dir())


@lru_cache(maxsize=16)
def _parse_cached(source_text: str, label: str) -> SopTemplate:
    return parse_sop_template(source_text, label)


def template_of_row(row: SopTemplateRow) -> SopTemplate:
    """The template exactly as it was adopted (its text is kept in the database)."""
    return _parse_cached(row.source_text, f"{row.code}@{row.revision}")


def adopt_template(session: Session, template: SopTemplate) -> SopTemplateRow:
    """Store this exact version of the template, once; return its row."""
    row = session.scalars(select(SopTemplateRow).where(SopTemplateRow.sha256 == template.sha256)).first()
    if row is None:
        row = SopTemplateRow(
            code=template.code,
            revision=template.revision,
            title=template.title,
            sha256=template.sha256,
            source_text=template.source_text,
        )
        session.add(row)
        session.flush()
    return row


def active_template(session: Session) -> SopTemplate | None:
    """The SOP the office follows now, or None before the office is set up."""
    office = session.get(Office, 1)
    return None if office is None else template_of_row(office.sop_template)
