"""The search seam: the one place that knows SQLite's FTS5 exists.

On SQLite, terms of three or more characters go through the trigram FTS5 index made by
the migrations (substring match, case-insensitive, fast over 100,000 records); shorter
terms, and every term on another database, fall back to LIKE. Terms are ANDed.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, bindparam, column, literal_column, or_, select, table

from ppid_desktop.storage.models import ExemptRecord

FTS_TABLE = "exempt_record_fts"
_TRIGRAM = 3
_fts = table(FTS_TABLE, column("rowid"))


def is_search_index_name(name: str) -> bool:
    """True for the FTS table and its shadow tables, which no model describes."""
    return name == FTS_TABLE or name.startswith(FTS_TABLE + "_")


def split_terms(query: str) -> list[str]:
    return [term for term in query.split() if term]


def _like(term: str) -> ColumnElement[bool]:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"%{escaped}%"
    return or_(
        ExemptRecord.title.ilike(pattern, escape="\\"),
        ExemptRecord.register_number.ilike(pattern, escape="\\"),
        ExemptRecord.summary.ilike(pattern, escape="\\"),
    )


def record_search_condition(dialect_name: str, query: str) -> ColumnElement[bool] | None:
    """A WHERE condition on ExemptRecord matching every term of `query`, or None for no filter."""
    terms = split_terms(query)
    if not terms:
        return None
    conditions: list[ColumnElement[bool]] = []
    indexed = [term for term in terms if len(term) >= _TRIGRAM] if dialect_name == "sqlite" else []
    if indexed:
        # Each term as an FTS5 string (double quotes doubled): a substring, never syntax.
        match = " ".join('"' + term.replace('"', '""') + '"' for term in indexed)
        matching_ids = select(_fts.c.rowid).where(
            literal_column(FTS_TABLE).op("MATCH")(bindparam("fts_query", match))
        )
        conditions.append(ExemptRecord.id.in_(matching_ids))
    conditions.extend(_like(term) for term in terms if term not in indexed)
    return and_(*conditions)
