"""The search seam: the one place that knows SQLite's FTS5 exists.

On SQLite, terms of three or more characters go through the trigram FTS5 index made by
the migrations (substring match, case-insensitive, fast over 100,000 records); shorter
terms, and every term on another database, fall back to LIKE. Terms are ANDed.
Other databases get plain LIKE filtering; only this module changes for them.

Two shapes: in id order (the list's default, newest first) the FTS5 table drives the query
(`matching_ids`); sorted by another column, SQLite walks that column's index and tests each
entry against the set of matching ids (`matching_condition`). Either way a LIMITed first page
stops early instead of reading and sorting every match.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Integer, Join, Select, and_, bindparam, column, literal_column, or_, select, table
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import join
from sqlalchemy.sql.compiler import SQLCompiler

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


class _OuterFirst(Join):
    inherit_cache = True


@compiles(_OuterFirst, "sqlite")
def _outer_first_sqlite(element: _OuterFirst, compiler: SQLCompiler, **kw: Any) -> str:
    kw["asfrom"] = True
    return (
        f"{compiler.process(element.left, **kw)} CROSS JOIN {compiler.process(element.right, **kw)} "
        f"ON {compiler.process(element.onclause, **kw)}"
    )


def outer_first_join(left: Any, right: Any, onclause: ColumnElement[bool]) -> Join:
    """An inner join of `left` and `right` in which SQLite keeps `left` as the outer loop
    (`CROSS JOIN ... ON`, SQLite's documented way to fix the join order; a plain JOIN elsewhere).

    SQLite has no statistics here and may otherwise choose a plan that probes the FTS5 table
    once per record of a stage (seconds at 100,000 records) or sorts every record by unit name.
    """
    plain = join(left, right, onclause)
    return _OuterFirst(plain.left, plain.right, plain.onclause)


def _indexed_terms(dialect_name: str, terms: list[str]) -> list[str]:
    return [term for term in terms if len(term) >= _TRIGRAM] if dialect_name == "sqlite" else []


def _fts_match(indexed: list[str]) -> ColumnElement[bool]:
    # Each term as an FTS5 string (double quotes doubled): a substring, never syntax.
    match = " ".join('"' + term.replace('"', '""') + '"' for term in indexed)
    return literal_column(FTS_TABLE).op("MATCH")(bindparam("fts_query", match))


def matching_ids(dialect_name: str, query: str) -> tuple[Select[tuple[int]], ColumnElement[int]]:
    """A SELECT of the ids of records matching every term of `query`, and the column that
    orders them by record id.

    On SQLite with an indexed term, the FTS5 table drives the query and the id column is
    its rowid: ordered by it with a LIMIT, FTS5 stops after the first page even when the
    phrase matches 100,000 records (a few ms instead of hundreds).
    """
    terms = split_terms(query)
    indexed = _indexed_terms(dialect_name, terms)
    if indexed:
        statement = (
            select(ExemptRecord.id)
            .select_from(outer_first_join(_fts, ExemptRecord, ExemptRecord.id == _fts.c.rowid))
            .where(_fts_match(indexed))
        )
        id_column: ColumnElement[int] = _fts.c.rowid
    else:
        statement, id_column = select(ExemptRecord.id), ExemptRecord.id
    for term in terms:
        if term not in indexed:
            statement = statement.where(_like(term))
    return statement, id_column


# `+id`: the unary plus tells SQLite not to look rows up by this term (see matching_condition).
_ID_NOT_FOR_LOOKUP = literal_column(f"+{ExemptRecord.__tablename__}.id", Integer)


def matching_condition(dialect_name: str, query: str) -> ColumnElement[bool] | None:
    """A WHERE condition on exempt_record, true for the records matching every term of `query`
    (None when there is no term), for lists ordered by another column than the record id.

    On SQLite the indexed terms become `+exempt_record.id IN (SELECT rowid FROM exempt_record_fts
    WHERE ... MATCH ...)`: SQLite reads the matching ids once into a small set and, because of the
    unary plus, walks the sort column's index, tests each entry's id against the set without
    reading the row (a 290 MB table at 100,000 records, every page decrypted when encrypted) and
    stops after the LIMIT. Without the plus it looks every match up by id and sorts them all.
    """
    terms = split_terms(query)
    indexed = _indexed_terms(dialect_name, terms)
    conditions: list[ColumnElement[bool]] = []
    if indexed:
        conditions.append(_ID_NOT_FOR_LOOKUP.in_(select(_fts.c.rowid).where(_fts_match(indexed))))
    conditions += [_like(term) for term in terms if term not in indexed]
    return and_(*conditions) if conditions else None
