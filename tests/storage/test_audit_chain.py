"""The audit trail's hash chain: sealed at every commit, and any direct edit is found."""

from __future__ import annotations

from ppid_desktop.storage.connect import driver as sqlite3  # the app's SQLite: two SQLite libraries on one file break each other's locks

import pytest
from sqlalchemy import text

from ppid_desktop.services.fixity import audit_section
from ppid_desktop.storage.audit_chain import first_broken
from tests.conftest import make_record


def chain_state(db) -> tuple[int, tuple[int, str] | None]:
    with db.session() as session:
        unsealed = session.execute(text("SELECT count(*) FROM audit_entry WHERE entry_hash = ''")).scalar_one()
        return unsealed, first_broken(session.connection())


def raw(db) -> sqlite3.Connection:
    return sqlite3.connect(db.paths.database)


def test_every_committed_entry_is_sealed_and_chained(office_db) -> None:
    for title in ("Rekam medis pegawai", "Dokumen lelang", "Catatan rapat"):
        make_record(office_db, title)
    assert chain_state(office_db) == (0, None)
    with raw(office_db) as connection:
        rows = connection.execute("SELECT prev_hash, entry_hash FROM audit_entry ORDER BY id").fetchall()
    assert rows[0][0] == "" and all(rows[i][0] == rows[i - 1][1] for i in range(1, len(rows)))
    assert audit_section(office_db).ok


def test_the_database_refuses_to_change_or_delete_an_entry(office_db) -> None:
    make_record(office_db, "Rekam medis pegawai")
    with raw(office_db) as connection:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("UPDATE audit_entry SET summary = 'dipalsukan'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("UPDATE audit_entry SET entry_hash = 'x'")  # a sealed hash stays
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("DELETE FROM audit_entry")


def _without_guards(connection: sqlite3.Connection) -> None:
    connection.execute("DROP TRIGGER audit_entry_no_update")
    connection.execute("DROP TRIGGER audit_entry_no_delete")


def test_an_entry_edited_behind_the_apps_back_is_named(office_db) -> None:
    for title in ("Rekam medis pegawai", "Dokumen lelang", "Catatan rapat"):
        make_record(office_db, title)
    with raw(office_db) as connection:
        _without_guards(connection)
        second = connection.execute("SELECT id FROM audit_entry ORDER BY id LIMIT 1 OFFSET 1").fetchone()[0]
        connection.execute("UPDATE audit_entry SET summary = 'tidak pernah terjadi' WHERE id = ?", (second,))
    section = audit_section(office_db)
    assert not section.ok
    assert f"nomor {second} isinya telah diubah" in section.problems[0]


def test_a_deleted_entry_breaks_the_chain_at_the_next_one(office_db) -> None:
    for title in ("Rekam medis pegawai", "Dokumen lelang", "Catatan rapat"):
        make_record(office_db, title)
    with raw(office_db) as connection:
        _without_guards(connection)
        ids = [row[0] for row in connection.execute("SELECT id FROM audit_entry ORDER BY id")]
        connection.execute("DELETE FROM audit_entry WHERE id = ?", (ids[1],))
    assert chain_state(office_db)[1] == (ids[2], "tidak bersambung dengan catatan sebelumnya (ada catatan yang dihapus, disisipkan atau diubah)")


def test_an_entry_inserted_outside_the_app_is_named(office_db) -> None:
    make_record(office_db, "Rekam medis pegawai")
    with raw(office_db) as connection:
        connection.execute("INSERT INTO audit_entry (occurred_at, action, summary, changes) VALUES ('2026-11-30 01:00:00', 'create', 'palsu', '')")
        inserted = connection.execute("SELECT max(id) FROM audit_entry").fetchone()[0]
    assert chain_state(office_db)[1] == (inserted, "belum tersegel: ditambahkan di luar PPID Desktop")
