"""`ppid-desktop check`: exit 0 on a clean data folder, 1 with every finding named in Indonesian."""

from __future__ import annotations

from pathlib import Path

import pytest

from ppid_desktop.cli.main import run
from ppid_desktop.services import workflow
from ppid_desktop.storage.database import open_database
from ppid_desktop.storage.filestore import FileStore
from ppid_desktop.storage.paths import DataPaths
from tests.conftest import make_record, set_up_office


pytestmark = pytest.mark.usefixtures("demo_sign_in")  # demo folders are encrypted: sign in as their Admin


@pytest.fixture
def data_with_files(tmp_path: Path) -> tuple[Path, list[str]]:
    paths = DataPaths(tmp_path / "data")
    db = open_database(paths)
    try:
        set_up_office(db)
        hashes = []
        for name, content in (("Surat Keputusan.pdf", b"%PDF surat"), ("Daftar.xlsx", b"PK daftar"), ("Foto.jpg", b"jpeg")):
            record = make_record(db, f"Rekaman {name}")
            source = tmp_path / name
            source.write_bytes(content)
            hashes.append(workflow.attach_file(db, record.id, source, None).sha256)
    finally:
        db.close()
    return paths.root, hashes


def test_a_clean_data_folder_passes(data_with_files, capsys) -> None:
    root, _ = data_with_files
    assert run(["check", "--data-dir", str(root)]) == 0
    out = capsys.readouterr().out
    assert "[BAIK] Penyimpanan berkas (fiksitas): 3 berkas" in out
    assert "[BAIK] Basis data" in out
    assert "Semua pemeriksaan baik" in out


def test_altered_deleted_and_orphan_files_fail_the_check(data_with_files, capsys) -> None:
    root, (altered, deleted, _) = data_with_files
    store = FileStore(DataPaths(root))
    target = store.path_of(altered)
    content = bytearray(target.read_bytes())
    content[0] ^= 0xFF
    target.write_bytes(bytes(content))
    store.path_of(deleted).unlink()
    (root / "files" / "nyasar.pdf").write_bytes(b"tidak dirujuk")

    assert run(["check", "--data-dir", str(root)]) == 1
    out = capsys.readouterr().out
    assert "[MASALAH] Penyimpanan berkas (fiksitas)" in out
    assert "BERUBAH: \"Surat Keputusan.pdf\"" in out
    assert "HILANG: \"Daftar.xlsx\"" in out
    assert "TIDAK DIRUJUK:" in out and "nyasar.pdf" in out
    assert "Ditemukan 3 masalah." in out
    assert "Traceback" not in out


def test_check_names_an_audit_entry_edited_directly_in_the_database(office_db, capsys) -> None:
    from ppid_desktop.storage.connect import driver as sqlite3

    make_record(office_db, "Rekam medis pegawai")
    with sqlite3.connect(office_db.paths.database) as connection:
        connection.execute("DROP TRIGGER audit_entry_no_update")
        entry = connection.execute("SELECT min(id) FROM audit_entry").fetchone()[0]
        connection.execute("UPDATE audit_entry SET summary = 'dipalsukan' WHERE id = ?", (entry,))
    assert run(["check", "--data-dir", str(office_db.paths.root)]) == 1
    out = capsys.readouterr().out
    assert "Jejak audit" in out and f"nomor {entry} isinya telah diubah" in out
