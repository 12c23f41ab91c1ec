"""The command line: demo, records, self-test, run in-process and once through `python -m`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ppid_desktop.cli.main import run

PROJECT_ROOT = Path(__file__).resolve().parents[1]


pytestmark = pytest.mark.usefixtures("demo_sign_in")  # demo folders are encrypted: sign in as their Admin


@pytest.fixture
def demo_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    data = tmp_path / "data"
    assert run(["demo", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "40 rekaman" in out and "BIRO KESEJAHTERAAN RAKYAT" in out
    return data


def test_records_lists_the_demo_register(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["records", "--data-dir", str(demo_dir)]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("40 rekaman.")
    assert "DIK/KESRA/" in out
    assert len(out.strip().splitlines()) == 41


def test_records_json(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["records", "--json", "--data-dir", str(demo_dir)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert len(payload) == 40
    for entry in payload:
        assert set(entry) == {"id", "register_number", "title", "unit", "stage", "status"}
        assert entry["register_number"].startswith("DIK/KESRA/")
        assert entry["stage"] in {"produksi", "serah", "terima"}
        assert entry["status"] in {"draft", "ditetapkan", "dibuka"}
    assert len({entry["id"] for entry in payload}) == 40
    assert {entry["stage"] for entry in payload} == {"produksi", "serah", "terima"}


def test_data_dir_before_the_subcommand(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--data-dir", str(demo_dir), "records", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 40


def test_self_test_passes_on_the_demo(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["self-test", "--data-dir", str(demo_dir)]) == 0
    out = capsys.readouterr().out
    assert "Jumlah rekaman: 40" in out
    assert "Register PDF uji: " in out  # the office's own register was rendered
    assert "Uji mandiri berhasil." in out


def test_self_test_on_a_fresh_data_folder_migrates_and_renders_a_register(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What CI runs against the built bundle (.ci/run): nothing but an empty folder to start from."""
    data = tmp_path / "baru"
    assert run(["self-test", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "SOP kantor: belum disiapkan" in out
    assert "Register PDF uji: " in out
    assert "Terjemahan: ppid_desktop_en.qm, qtbase_id.qm" in out
    assert (data / "ppid.sqlite3").exists()
    assert not any(data.rglob("*.pdf"))  # the test PDF does not stay behind


def test_self_test_on_a_garbage_database_fails_in_indonesian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "rusak"
    data.mkdir()
    (data / "ppid.sqlite3").write_bytes(b"ini bukan basis data SQLite, hanya sampah\n" * 200)

    assert run(["self-test", "--data-dir", str(data)]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    assert captured.err.startswith("Kesalahan: ")
    assert "rusak" in captured.err and "cadangan" in captured.err


def test_self_test_names_a_missing_translation(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    """A bundle without its compiled translations would open in Indonesian whatever was chosen."""
    import shutil

    from ppid_desktop.storage import paths

    copy = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), copy)
    (copy / "i18n" / "ppid_desktop_en.qm").unlink()
    monkeypatch.setattr(paths, "resources_dir", lambda: copy)
    assert run(["self-test", "--data-dir", str(tmp_path / "baru")]) == 1
    captured = capsys.readouterr()
    assert "Berkas terjemahan ppid_desktop_en.qm tidak ada" in captured.out + captured.err


def test_demo_twice_refuses(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--data-dir", str(demo_dir), "demo"]) == 1
    err = capsys.readouterr().err
    assert "sudah berisi kantor" in err and "--data-dir" in err
    assert "Traceback" not in err


def test_demo_with_unknown_sop_lists_the_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["demo", "--sop", "tidak-ada", "--data-dir", str(tmp_path / "data")]) == 1
    err = capsys.readouterr().err
    assert "kalbar-kesra" in err and "banten-pemkesra" in err


def test_demo_banten_with_more_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "banten"
    assert run(["demo", "--sop", "banten-pemkesra", "--records", "75", "--data-dir", str(data)]) == 0
    assert "BIRO PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT" in capsys.readouterr().out
    assert run(["records", "--json", "--data-dir", str(data)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert len(payload) == 75
    assert all(entry["register_number"].startswith("DIK/PEMKESRA/") for entry in payload)


def test_negative_records_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["demo", "--records", "-5", "--data-dir", str(tmp_path / "data")]) == 1
    assert "negatif" in capsys.readouterr().err


def test_entry_point_runs_as_a_module(demo_dir: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PPID_DESKTOP_DATA_DIR"}
    completed = subprocess.run(
        [sys.executable, "-m", "ppid_desktop", "records", "--data-dir", str(demo_dir)],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.rstrip().endswith("40 rekaman.")


def test_backup_and_restore_from_the_command_line(demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "salinan"
    shutil.copytree(demo_dir, data)
    assert run(["backup", "--data-dir", str(data)]) == 0
    made = capsys.readouterr().out.split(": ", 1)[1].strip()
    assert run(["backup", "--list", "--data-dir", str(data)]) == 0
    assert "Dibuat manual" in capsys.readouterr().out
    assert run(["restore", made, "--data-dir", str(data)]) == 0  # without --yes: nothing changes
    assert "Tidak ada yang diubah." in capsys.readouterr().out
    assert run(["restore", made, "--yes", "--data-dir", str(data)]) == 0
    assert "Basis data sebelumnya disimpan di" in capsys.readouterr().out
    assert run(["records", "--data-dir", str(data)]) == 0
    assert "40 rekaman." in capsys.readouterr().out


def test_backup_to_share_copies_the_new_backup_and_the_daily_copy_is_switched_by_command(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    share = tmp_path / "drive bersama"
    share.mkdir()
    assert run(["backup", "--daily-to-share", "on", "--data-dir", str(demo_dir)]) == 1  # no share folder yet
    assert "folder bersama belum diatur" in capsys.readouterr().err
    assert run(["package", "share", "--outbox", str(share), "--data-dir", str(demo_dir)]) == 0
    assert run(["backup", "--daily-to-share", "on", "--data-dir", str(demo_dir)]) == 0
    assert "Salinan cadangan harian ke folder bersama: hidup" in capsys.readouterr().out

    assert run(["backup", "--to-share", "--data-dir", str(demo_dir)]) == 0
    out = capsys.readouterr().out
    made = Path(out.split("Cadangan dibuat dan diperiksa: ", 1)[1].splitlines()[0].strip())
    copied = share / "Cadangan PPID Desktop" / "BIRO KESEJAHTERAAN RAKYAT" / made.name
    assert f"Disalin ke folder bersama dan diperiksa (SHA-256 sama): {copied}" in out
    assert copied.read_bytes() == made.read_bytes()

    assert run(["backup", "--list", "--data-dir", str(demo_dir)]) == 0
    assert f"hidup, ke {share / 'Cadangan PPID Desktop'}" in capsys.readouterr().out
    assert run(["backup", "--daily-to-share", "off", "--data-dir", str(demo_dir)]) == 0
    assert "Salinan cadangan harian ke folder bersama: mati" in capsys.readouterr().out


def test_backup_to_a_share_that_is_gone_keeps_the_local_backup_and_fails_in_indonesian(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    share = tmp_path / "drive bersama"
    share.mkdir()
    assert run(["package", "share", "--outbox", str(share), "--data-dir", str(demo_dir)]) == 0
    share.rmdir()
    capsys.readouterr()
    assert run(["backup", "--to-share", "--data-dir", str(demo_dir)]) == 1
    captured = capsys.readouterr()
    assert "Cadangan dibuat dan diperiksa:" in captured.out
    assert "tidak terjangkau, sehingga cadangan tidak disalin" in captured.err
    assert not share.exists()
