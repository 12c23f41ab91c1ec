"""A list sorted by a column shows the same records in the same order as before the sorted
search was made fast: every search, sort, direction and stage gives the ids a plain query gives,
ties broken by record id; and SQLite reads the first page from an index instead of sorting."""

from __future__ import annotations

from datetime import date

import pytest

from ppid_desktop.domain.office import UnitDraft
from ppid_desktop.services.office import add_unit, list_units
from ppid_desktop.services.records import _id_query, query_record_ids
from tests.conftest import make_record

SORTS = ("title", "updated_at", "unit", "register_number", "status", "period_end", "stage", "id")
SEARCHES = ("", "bantuan", "BANTUAN sosial", "rek", "medis 20", "a", "sos ku", "xyz", "ra", "dik/")
STAGES = (None, "produksi", "serah")
# Each plain ORDER BY column, as the reference query names it.
REFERENCE_KEYS = {
    "title": "e.title", "updated_at": "e.updated_at", "unit": "u.name", "register_number": "e.register_number",
    "status": "e.status", "period_end": "e.period_end", "stage": "e.stage_code", "id": "e.id",
}
TITLES = ("Data pribadi penerima bantuan sosial", "Rekam medis pasien", "Bantuan hibah rumah ibadah",
          "Rekam medis pegawai 2024", "Dokumen lelang")


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    """Forty records over three units and three stages, with repeated titles, register numbers,
    change times, statuses and empty periods, so that ties must be broken by id."""
    from ppid_desktop.storage.database import open_database
    from ppid_desktop.storage.paths import DataPaths
    from tests.conftest import set_up_office

    db = open_database(DataPaths(tmp_path_factory.mktemp("sorted") / "data"))
    set_up_office(db)
    add_unit(db, UnitDraft("Arsip dan Dokumentasi"))
    units = [unit.id for unit in list_units(db)]
    for number in range(40):
        make_record(
            db, TITLES[number % len(TITLES)],
            unit_id=units[number % len(units)],
            register_number=f"DIK/{2020 + number % 4}/{number % 7:03d}",
            summary="Nama dan alamat penerima; kuota tahunan." if number % 3 == 0 else "",
            period_end=None if number % 6 == 0 else date(2030 + number % 5, 1, 1),
            period_condition="Sampai memperoleh persetujuan dari yang bersangkutan" if number % 6 == 0 else "",
        )
    stages = ("produksi", "serah", "terima")
    with db.engine.begin() as connection:
        ids = [row[0] for row in connection.exec_driver_sql("SELECT id FROM exempt_record ORDER BY id")]
        for number, record_id in enumerate(ids):
            # Four change times shared by ten records each, in the format the application stored.
            connection.exec_driver_sql(
                "UPDATE exempt_record SET stage_code = ?, status = ?, "
                "updated_at = (SELECT updated_at FROM exempt_record WHERE id = ?) WHERE id = ?",
                (stages[number % 3], ("draft", "ditetapkan")[number % 2], ids[number % 4], record_id),
            )
    yield db
    db.close()


def reference_ids(db, search: str, stage: str | None, sort: str, descending: bool) -> list[int]:
    """The same list, the straightforward way: LIKE on every term, a join for the unit name, a full sort."""
    where, parameters = [], []
    for term in search.split():
        where.append("(lower(e.title) LIKE ? OR lower(e.register_number) LIKE ? OR lower(e.summary) LIKE ?)")
        parameters += [f"%{term.lower()}%"] * 3
    if stage is not None:
        where.append("e.stage_code = ?")
        parameters.append(stage)
    direction = "DESC" if descending else "ASC"
    sql = (
        "SELECT e.id FROM exempt_record e JOIN unit u ON u.id = e.unit_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + f" ORDER BY {REFERENCE_KEYS[sort]} {direction}, e.id {direction}"
    )
    with db.engine.connect() as connection:
        return [row[0] for row in connection.exec_driver_sql(sql, tuple(parameters))]


@pytest.mark.parametrize("sort", SORTS)
def test_every_sorted_search_lists_the_same_records_in_the_same_order_as_a_plain_query(register, sort) -> None:
    checked = 0
    for search in SEARCHES:
        for stage in STAGES:
            for descending in (False, True):
                expected = reference_ids(register, search, stage, sort, descending)
                assert query_record_ids(register, search, stage, sort, descending) == expected, (search, stage, descending)
                first_page = query_record_ids(register, search, stage, sort, descending, limit=5)
                assert first_page == expected[:5], (search, stage, descending)
                checked += bool(expected)
    assert checked > len(SEARCHES) * len(STAGES)  # most combinations list something


def test_the_register_has_the_ties_that_need_the_id_to_break_them(register) -> None:
    everything = query_record_ids(register, sort="title", descending=False)
    assert len(everything) == 40
    assert len(reference_ids(register, "rekam medis pasien", None, "title", False)) == 8  # one title, eight records


def query_plan(db, search: str, stage: str | None, sort: str) -> str:
    query = _id_query(db.engine.dialect.name, search, stage, sort, True).limit(201)
    compiled = query.compile(dialect=db.engine.dialect)
    parameters = tuple(compiled.params[name] for name in compiled.positiontup or ())
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + compiled.string, parameters).all()
    return " | ".join(row[3] for row in rows)


@pytest.mark.parametrize("sort", [s for s in SORTS if s != "id"])
def test_a_sorted_first_page_is_read_from_an_index_without_sorting_every_match(register, sort) -> None:
    # With 100,000 records a sort of every match reads the whole 290 MB table (and decrypts it);
    # an index in the sort order lets SQLite stop after the first page (bench/bench_search.py).
    for search in ("", "bantuan sosial", "re", "bantuan s"):
        for stage in STAGES:
            plan = query_plan(register, search, stage, sort)
            assert "TEMP B-TREE" not in plan, (search, stage, plan)
            if search.startswith("bantuan"):
                assert "LIST SUBQUERY" in plan, plan  # the matches are read once, as a set


def test_the_default_order_keeps_the_search_index_driving_the_query(register) -> None:
    # Also in a stage tab: SQLite once chose to probe the search index once per record of the
    # stage instead (8.7 s for a stage of 25,000 records).
    for stage in STAGES:
        plan = query_plan(register, "bantuan sosial", stage, "id")
        assert plan.startswith("SCAN exempt_record_fts VIRTUAL TABLE") and "TEMP B-TREE" not in plan, plan
