"""`ppid-desktop users`: accounts from the command line, on an encrypted data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from ppid_desktop.cli import account_commands, common
from ppid_desktop.cli.main import run
from ppid_desktop.services.encryption import NewKeys, encrypt_data_folder
from ppid_desktop.storage.database import open_database
from ppid_desktop.storage.keyring import KdfParams, KeyRing
from ppid_desktop.storage.paths import DataPaths
from tests.conftest import set_up_office

HARY_NIP, SITI_NIP = "196905201998031008", "198703122010012004"
ADMIN_PASSWORD = "Khatulistiwa-2025"
SITI_PASSWORD = "Kapuas sungai 1143"


@pytest.fixture(autouse=True)
def no_inherited_accounts(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (account_commands.USER_ENV, account_commands.PASSWORD_ENV, account_commands.NEW_PASSWORD_ENV):
        monkeypatch.delenv(name, raising=False)

    def no_terminal(prompt: str) -> str:
        raise AssertionError(f"unexpected password prompt: {prompt}")

    monkeypatch.setattr(common, "ask_password", no_terminal)


@pytest.fixture
def folder(data_paths: DataPaths) -> str:
    """The Kalimantan Barat office, encrypted with Hary as the key ring's first account."""
    db = open_database(data_paths)
    set_up_office(db)
    db.close()
    encrypt_data_folder(data_paths, NewKeys.generate(), ("hary", ADMIN_PASSWORD), kdf=KdfParams.for_tests())
    return str(data_paths.root)


def act_as(monkeypatch: pytest.MonkeyPatch, user: str, password: str, new_password: str | None = None) -> None:
    monkeypatch.setenv(account_commands.USER_ENV, user)
    monkeypatch.setenv(account_commands.PASSWORD_ENV, password)
    if new_password is None:
        monkeypatch.delenv(account_commands.NEW_PASSWORD_ENV, raising=False)
    else:
        monkeypatch.setenv(account_commands.NEW_PASSWORD_ENV, new_password)


@pytest.fixture
def with_admin(folder: str, monkeypatch: pytest.MonkeyPatch, capsys) -> str:
    act_as(monkeypatch, "hary", ADMIN_PASSWORD)
    assert run(["users", "add", "hary", "--officer", HARY_NIP, "--data-dir", folder]) == 0
    assert "sebagai Admin pertama" in capsys.readouterr().out
    return folder


def test_a_folder_without_a_key_ring_has_no_accounts_yet(data_paths: DataPaths, capsys) -> None:
    open_database(data_paths).close()
    assert run(["users", "list", "--user", "hary", "--data-dir", str(data_paths.root)]) == 1
    assert "belum mempunyai akun pengguna" in capsys.readouterr().err


def test_the_acting_account_must_be_named(folder: str, capsys) -> None:
    assert run(["users", "list", "--data-dir", folder]) == 1
    assert "--user NAMA atau variabel lingkungan PPID_DESKTOP_USER" in capsys.readouterr().err


def test_the_first_admin_then_an_account_that_signs_in_with_its_own_password(with_admin: str, monkeypatch, capsys) -> None:
    act_as(monkeypatch, "hary", ADMIN_PASSWORD, SITI_PASSWORD)
    assert run(["users", "add", "siti.rahma", "--officer", "siti rahmawati, s.sos", "--data-dir", with_admin]) == 0
    assert capsys.readouterr().out.strip() == "Akun \"siti.rahma\" dibuat untuk Siti Rahmawati, S.Sos."
    assert run(["users", "list", "--data-dir", with_admin]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "2 akun."
    assert lines[0].startswith("hary") and "Admin, Atasan PPID" in lines[0]
    assert lines[1].startswith("siti.rahma") and "belum pernah" in lines[1]

    act_as(monkeypatch, "siti.rahma", SITI_PASSWORD)
    assert run(["users", "list", "--data-dir", with_admin]) == 1
    assert "Siti Rahmawati, S.Sos tidak berwenang mengelola akun pengguna. Hanya Admin" in capsys.readouterr().err
    act_as(monkeypatch, "siti.rahma", "salah-kata-sandi")
    assert run(["users", "passwd", "--data-dir", with_admin]) == 1
    assert "Nama pengguna atau kata sandi salah" in capsys.readouterr().err


def test_passwords_typed_at_the_prompt_are_asked_twice(with_admin: str, monkeypatch, capsys) -> None:
    typed = iter(["Jembatan Kapuas 2026", "Jembatan Kapuas 2062"])
    monkeypatch.setattr(common, "ask_password", lambda prompt: next(typed))
    assert run(["users", "passwd", "--data-dir", with_admin]) == 1
    assert capsys.readouterr().err.splitlines() == ["Ditolak:", "- Kata sandi yang diulang tidak sama; ketik kata sandi yang sama di kedua kolom."]

    prompts: list[str] = []
    answers = iter([ADMIN_PASSWORD, "Jembatan Kapuas 2026", "Jembatan Kapuas 2026"])
    monkeypatch.delenv(account_commands.PASSWORD_ENV)
    monkeypatch.setattr(common, "ask_password", lambda prompt: prompts.append(prompt) or next(answers))
    assert run(["users", "passwd", "--data-dir", with_admin]) == 0
    assert prompts == ["Kata sandi hary: ", "Kata sandi baru untuk hary: ", "Ulangi kata sandi baru: "]
    assert "sudah diganti" in capsys.readouterr().out
    assert KeyRing.load(DataPaths(Path(with_admin))).unlock("hary", "Jembatan Kapuas 2026")


def test_an_admin_resets_disables_and_enables_another_account(with_admin: str, monkeypatch, capsys) -> None:
    act_as(monkeypatch, "hary", ADMIN_PASSWORD, SITI_PASSWORD)
    assert run(["users", "add", "siti.rahma", "--officer", SITI_NIP, "--data-dir", with_admin]) == 0
    act_as(monkeypatch, "hary", ADMIN_PASSWORD, "Sementara-2025")
    assert run(["users", "passwd", "siti.rahma", "--data-dir", with_admin]) == 0
    assert "sudah diatur ulang" in capsys.readouterr().out
    assert run(["users", "disable", "siti.rahma", "--data-dir", with_admin]) == 0
    assert run(["users", "disable", "hary", "--data-dir", with_admin]) == 1
    assert "satu-satunya Admin yang aktif" in capsys.readouterr().err
    act_as(monkeypatch, "siti.rahma", "Sementara-2025")
    assert run(["users", "passwd", "--data-dir", with_admin]) == 1
    assert "Nama pengguna atau kata sandi salah" in capsys.readouterr().err
    act_as(monkeypatch, "hary", ADMIN_PASSWORD, "Kembali-bekerja-1")
    assert run(["users", "enable", "siti.rahma", "--data-dir", with_admin]) == 0
    assert capsys.readouterr().out.strip() == "Akun \"siti.rahma\" aktif kembali dengan kata sandi baru."
    assert KeyRing.load(DataPaths(Path(with_admin))).usernames() == ["hary", "siti.rahma"]


def test_before_the_first_admin_only_the_key_rings_account_may_be_added(folder: str, monkeypatch, capsys) -> None:
    act_as(monkeypatch, "hary", ADMIN_PASSWORD)
    assert run(["users", "list", "--data-dir", folder]) == 1
    assert "belum mempunyai akun" in capsys.readouterr().err
    assert run(["users", "add", "siti.rahma", "--officer", SITI_NIP, "--data-dir", folder]) == 1
    assert "Akun pertama harus akun yang ada di berkas kunci, yaitu \"hary\"" in capsys.readouterr().err


def test_a_clerk_cannot_restore_from_the_command_line(tmp_path, monkeypatch, capsys) -> None:
    from ppid_desktop.services import accounts
    from ppid_desktop.services.backups import list_backups, take_backup
    from ppid_desktop.services.office import list_officers
    from tests.encrypted_office import ADMIN_USER, encrypted_office

    paths = encrypted_office(tmp_path / "data")
    db = open_database(paths)
    admin = accounts.confirm_sign_in(db, ADMIN_USER, paths.key)
    clerk = sorted(list_officers(db), key=lambda o: o.id)[1]
    accounts.create_account(db, KeyRing.load(paths), admin, clerk.id, "siti", "petugas-dokumen-77")
    db.close()
    backup = take_backup(paths, "manual")
    monkeypatch.setenv("PPID_DESKTOP_USER", "siti")
    monkeypatch.setenv("PPID_DESKTOP_PASSWORD", "petugas-dokumen-77")
    assert run(["restore", str(backup), "--yes", "--data-dir", str(paths.root)]) == 1
    assert "Hanya Admin" in capsys.readouterr().err
    assert [b.kind for b in list_backups(paths)] == ["manual"]  # nothing restored, no "sebelum-pemulihan" copy
