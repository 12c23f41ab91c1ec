"""`package export/verify/import/inbox/share` and `outbox` on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from ppid_desktop.cli.main import run
from ppid_desktop.services.records import list_records
from ppid_desktop.storage.database import Database, open_database
from ppid_desktop.storage.paths import DataPaths
from tests.conftest import set_up_office
from tests.handover_support import ready_for_handover

SITI = "198703122010012004"


@pytest.fixture
def two_offices(office_db: Database, tmp_path: Path):
    ppid = open_database(DataPaths(tmp_path / "ppid-data"))
    set_up_office(ppid)
    ppid.close()
    return office_db, DataPaths(tmp_path / "ppid-data")


def test_export_verify_import_and_the_outbox_from_the_command_line(two_offices, tmp_path: Path, capsys) -> None:
    unit_db, ppid_paths = two_offices
    ready_for_handover(unit_db, tmp_path / "src", "Data pribadi penerima bantuan", register_number="DIK/KESRA/2025/001")
    ready_for_handover(unit_db, tmp_path / "src", "Rekam medis pegawai")
    share = tmp_path / "share"
    share.mkdir()
    unit = ["--data-dir", str(unit_db.paths.root)]
    ppid = ["--data-dir", str(ppid_paths.root)]

    assert run(["package", "export", "--to", str(share), *unit]) == 0  # every record in the handover stage
    out = capsys.readouterr().out
    assert "2 rekaman" in out and "Terkirim ke" in out
    [package] = [p for p in share.iterdir() if p.is_dir()]

    assert run(["package", "verify", str(package)]) == 0
    assert "Paket sah" in capsys.readouterr().out
    assert run(["outbox", *unit]) == 0
    assert "Terkirim" in capsys.readouterr().out

    assert run(["package", "inbox", "--folder", str(share), *ppid]) == 0
    assert "Baru" in capsys.readouterr().out
    assert run(["package", "import", str(package), "--officer", SITI, *ppid]) == 0
    out = capsys.readouterr().out
    assert "diimpor: 2 rekaman, 4 berkas" in out and "tanda-terima.pdf" in out
    assert run(["package", "import", str(package), *ppid]) == 0
    assert "sudah pernah diimpor" in capsys.readouterr().out
    db = open_database(ppid_paths)
    try:
        assert len(list_records(db)) == 2
    finally:
        db.close()


def test_verify_and_import_refuse_a_damaged_package_with_exit_1(two_offices, tmp_path: Path, capsys) -> None:
    unit_db, ppid_paths = two_offices
    record = ready_for_handover(unit_db, tmp_path / "src", "Rusak di jalan")
    share = tmp_path / "share"
    share.mkdir()
    assert run(["package", "export", "--to", str(share), "--record", list_records(unit_db)[0].uid[:8],
                "--officer", SITI, "--data-dir", str(unit_db.paths.root)]) == 0
    assert record
    [package] = [p for p in share.iterdir() if p.is_dir()]
    victim = next(p for p in (package / "data" / "files").rglob("*") if p.is_file())
    victim.write_bytes(b"rusak")
    capsys.readouterr()

    assert run(["package", "verify", str(package)]) == 1
    err = capsys.readouterr().err
    assert "TIDAK SAH" in err and victim.name in err
    assert run(["package", "import", str(package), "--data-dir", str(ppid_paths.root)]) == 1
    assert "DITOLAK, tidak ada yang diimpor" in capsys.readouterr().err


def test_an_offline_export_waits_in_the_outbox_and_retry_delivers_it(office_db: Database, tmp_path: Path, capsys) -> None:
    ready_for_handover(office_db, tmp_path / "src", "Di lapangan")
    share = tmp_path / "share"
    data = ["--data-dir", str(office_db.paths.root)]
    assert run(["package", "export", "--to", str(share), *data]) == 0
    captured = capsys.readouterr()
    assert "menunggu di kotak keluar" in captured.out and "tidak terjangkau" in captured.err
    assert run(["outbox", "--retry", *data]) == 1  # still offline
    assert "1 belum terkirim" in capsys.readouterr().out
    share.mkdir()
    assert run(["outbox", "--retry", *data]) == 0
    assert "0 belum terkirim" in capsys.readouterr().out


def test_share_settings_from_the_command_line(data_paths: DataPaths, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "berbagi"
    folder.mkdir()
    data = ["--data-dir", str(data_paths.root)]
    assert run(["package", "share", "--outbox", str(folder), *data]) == 0
    assert f"Folder kirim (kotak keluar ke drive bersama): {folder}" in capsys.readouterr().out
    assert run(["package", "share", "--inbox", str(tmp_path / "tidak-ada"), *data]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err


def test_export_with_nothing_in_the_handover_stage_says_so(office_db: Database, tmp_path: Path, capsys) -> None:
    assert run(["package", "export", "--to", str(tmp_path), "--data-dir", str(office_db.paths.root)]) == 1
    assert "Tidak ada rekaman di tahap serah terima" in capsys.readouterr().err


def test_several_records_follow_one_record_option(two_offices, tmp_path: Path, capsys) -> None:
    """`--record A B` and `--record A --record B` both name two records."""
    unit_db, _ppid_paths = two_offices
    ready_for_handover(unit_db, tmp_path / "src", "Rekam medis pegawai")
    ready_for_handover(unit_db, tmp_path / "src2", "Dokumen lelang")
    uids = [row.uid[:8] for row in list_records(unit_db)]
    share = tmp_path / "share"
    share.mkdir()
    assert run(["package", "export", "--to", str(share), "--record", *uids[:2], "--officer", SITI,
                "--data-dir", str(unit_db.paths.root)]) == 0
    assert "2 rekaman" in capsys.readouterr().out


def test_an_encrypted_package_from_the_command_line_with_the_passphrase_in_the_environment(two_offices, tmp_path: Path, capsys,
                                                                                         monkeypatch) -> None:
    unit_db, ppid_paths = two_offices
    ready_for_handover(unit_db, tmp_path / "src", "Data pribadi penerima bantuan")
    share = tmp_path / "share"
    share.mkdir()
    unit = ["--data-dir", str(unit_db.paths.root)]
    ppid = ["--data-dir", str(ppid_paths.root)]
    monkeypatch.setenv("PPID_DESKTOP_PACKAGE_PASSWORD", "pendek")
    assert run(["package", "export", "--encrypt", "--to", str(share), *unit]) != 0
    assert "terlalu pendek" in capsys.readouterr().err and not list(share.iterdir())

    monkeypatch.setenv("PPID_DESKTOP_PACKAGE_PASSWORD", "kopi tubruk di teras kantor")
    assert run(["package", "export", "--encrypt", "--to", str(share), *unit]) == 0
    out = capsys.readouterr().out
    assert "Terkirim ke" in out and "lewat telepon" in out
    [package] = [p for p in share.iterdir() if p.is_dir()]
    assert (package / "ppid-enkripsi.txt").is_file() and not (package / "data" / "records.json").exists()
    assert run(["package", "verify", str(package)]) == 0
    assert "Paket terenkripsi" in capsys.readouterr().out

    monkeypatch.setenv("PPID_DESKTOP_PACKAGE_PASSWORD", "kata sandi yang keliru")
    assert run(["package", "import", str(package), "--officer", SITI, *ppid]) != 0
    assert "salah" in capsys.readouterr().err
    monkeypatch.setenv("PPID_DESKTOP_PACKAGE_PASSWORD", "kopi tubruk di teras kantor")
    assert run(["package", "import", str(package), "--officer", SITI, *ppid]) == 0
    assert "diimpor: 1 rekaman, 2 berkas" in capsys.readouterr().out
    assert run(["package", "import", str(package), *ppid]) == 0
    assert "sudah pernah diimpor" in capsys.readouterr().out
    db = open_database(ppid_paths)
    try:
        assert [r.title for r in list_records(db)] == ["Data pribadi penerima bantuan"]
    finally:
        db.close()
