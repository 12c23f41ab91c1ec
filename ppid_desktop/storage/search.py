"""The search seam: the one place that knows SQLite's FTS5 exists.

On SQLite, terms of three or more characters go through the trigram FTS5 index made by
the migrations (substring match, case-insensitive, fast over 100,000 records); shorter
terms, and every term on another database, fall back to LIKE. Terms are ANDed.
Other databases get plain LIKE filtering; only this module changes for them.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, bindparam, column, literal_column, or_, select, table

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


def matching_ids(dialect_name: str, query: str) -> tuple[Select[tuple[int]], ColumnElement[int]]:
    """A SELECT of the ids of records matching every term of `query`, and the column that
    orders them by record id.

    On SQLite with an indexed term, the FTS5 table drives the query and the id column is
    its rowid: ordered by it with a LIMIT, FTS5 stops after the first page even when the
    phrase matches 100,000 records (a few ms instead of hundreds).
    """
    terms = split_terms(query)
    indexed = [term for term in terms if len(term) >= _TRIGRAM] if dialect_name == "sqlite" else []
    if indexed:
        # Each term as an FTS5 string (double quotes doubled): a substring, never syntax.
        match = " ".join('"' + term.replace('"', '""') + '"' for term in indexed)
        statement = (
            select(ExemptRecord.id)
            .select_from(_fts)
            .join(ExemptRecord, ExemptRecord.id == _fts.c.rowid)
            .where(literal_column(FTS_TABLE).op("MATCH")(bindparam("fts_query", match)))
        )
        id_column: ColumnElement[int] = _fts.c.rowid
    else:
        statement, id_column = select(ExemptRecord.id), ExemptRecord.id
    for term in terms:
        if term not in indexed:
            statement = statement.where(_like(term))
    return statement, id_column
