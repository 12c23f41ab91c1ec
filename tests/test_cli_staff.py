"""`ppid-desktop units` and `officers`: units and officers after set-up, on the encrypted demo office."""

from __future__ import annotations

from pathlib import Path

import pytest

from ppid_desktop.cli.main import run
from ppid_desktop.services.demo_accounts import DEMO_PASSWORD

pytestmark = pytest.mark.usefixtures("demo_sign_in")  # demo folders are encrypted: sign in as their Admin

BUDI_NIP = "198001012005011003"


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    data = tmp_path / "data"
    assert run(["demo", "--records", "3", "--data-dir", str(data)]) == 0
    capsys.readouterr()
    return str(data)


def ok(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = run(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert run(list(argv)) == 1
    err = capsys.readouterr().err
    assert err.startswith("Kesalahan: ")
    return err


def line_of(listing: str, text: str) -> str:
    return next(line for line in listing.splitlines() if text in line)


def id_of(listing: str, text: str) -> str:
    return line_of(listing, text).split()[0]


def test_units_are_listed_added_renamed_disabled_and_enabled(demo: str, capsys) -> None:
    listing = ok(capsys, "units", "list", "--data-dir", demo)
    assert listing.splitlines()[-1] == "5 unit."
    assert "TU            2 pejabat aktif" in line_of(listing, "Subbagian Tata Usaha")

    out = ok(capsys, "units", "add", "Bagian", "Perlindungan  Sosial", "--code", "LINSOS", "--data-dir", demo)
    assert out.strip().startswith("Unit \"Bagian Perlindungan Sosial\" ditambahkan (id ")
    new = id_of(ok(capsys, "units", "list", "--data-dir", demo), "Bagian Perlindungan Sosial")
    err = refused(capsys, "units", "add", "bagian perlindungan  sosial", "--data-dir", demo)
    assert err == "Kesalahan: Unit \"bagian perlindungan sosial\" sudah ada.\n"

    out = ok(capsys, "units", "rename", new, "Bagian Linjamsos", "--data-dir", demo)
    assert out.strip() == "Unit \"Bagian Perlindungan Sosial\" kini bernama \"Bagian Linjamsos\"."
    assert "LINSOS" in line_of(ok(capsys, "units", "list", "--data-dir", demo), "Bagian Linjamsos")  # the code stays
    assert "sudah ada" in refused(capsys, "units", "rename", new, "Subbagian Tata Usaha", "--data-dir", demo)

    out = ok(capsys, "units", "disable", new, "--data-dir", demo)
    assert out.startswith("Unit \"Bagian Linjamsos\" dinonaktifkan: unit itu tidak ditawarkan lagi untuk rekaman baru")
    listing = ok(capsys, "units", "list", "--data-dir", demo)
    assert listing.splitlines()[-2].endswith("|  Bagian Linjamsos") and "nonaktif" in line_of(listing, "Linjamsos")  # inactive last
    assert "sudah tidak aktif" in refused(capsys, "units", "disable", new, "--data-dir", demo)
    assert ok(capsys, "units", "enable", new, "--data-dir", demo).strip() == "Unit \"Bagian Linjamsos\" aktif kembali."


def test_a_unit_with_active_officers_is_not_disabled(demo: str, capsys) -> None:
    tu = id_of(ok(capsys, "units", "list", "--data-dir", demo), "Subbagian Tata Usaha")
    err = refused(capsys, "units", "disable", tu, "--data-dir", demo)
    assert "Kesalahan: Unit \"Subbagian Tata Usaha\" masih mempunyai 2 pejabat atau petugas aktif. Pindahkan dulu" in err
    assert "Tidak ada unit dengan id 999" in refused(capsys, "units", "enable", "999", "--data-dir", demo)


def test_officers_are_added_and_edited_changing_only_what_is_given(demo: str, capsys) -> None:
    listing = ok(capsys, "officers", "list", "--data-dir", demo)
    assert listing.splitlines()[-1] == "7 pejabat/petugas."
    hendra = line_of(listing, "Hendra Gunawan")
    assert "NIP. 19940617 201903 1 004" in hendra and "admin" in hendra and "Admin, Petugas Dokumentasi" in hendra

    out = ok(capsys, "officers", "add", "--name", "Budi Santoso, S.H.", "--nip", BUDI_NIP, "--pangkat", "III/b",
             "--jabatan", "Pengelola Arsip", "--unit", "kes", "--role", "Petugas Dokumentasi", "--data-dir", demo)
    assert out.startswith("Budi Santoso, S.H. ditambahkan (id ") and f"users add NAMA_PENGGUNA --officer {BUDI_NIP}" in out
    listing = ok(capsys, "officers", "list", "--data-dir", demo)
    budi = id_of(listing, "Budi Santoso")
    assert line_of(listing, "Budi Santoso").endswith("|  Pengelola Arsip  |  Bagian Kesehatan  |  Petugas Dokumentasi")

    ok(capsys, "officers", "edit", budi, "--jabatan", "Arsiparis Ahli Pertama", "--unit", "Subbagian Tata Usaha",
       "--role", "petugas_dokumentasi", "--role", "ppid_pelaksana", "--data-dir", demo)
    line = line_of(ok(capsys, "officers", "list", "--data-dir", demo), "Budi Santoso")
    assert line.endswith("Budi Santoso, S.H.  |  Arsiparis Ahli Pertama  |  Subbagian Tata Usaha  |  Petugas Dokumentasi, PPID Pelaksana")
    assert "NIP. 19800101 200501 1 003" in line  # not given, so unchanged
    out = ok(capsys, "officers", "edit", budi, "--nippppk", "20240301 0001", "--pangkat", "", "--data-dir", demo)
    assert out.strip() == "Data Budi Santoso, S.H. disimpan."
    assert "NI PPPK" in line_of(ok(capsys, "officers", "list", "--data-dir", demo), "Budi Santoso")


def test_officer_changes_are_validated_and_refused_as_the_window_refuses_them(demo: str, capsys) -> None:
    err = refused(capsys, "officers", "add", "--name", "Budi", "--nip", "1980", "--data-dir", demo)
    assert "NIP harus terdiri atas 18 angka" in err and "Jabatan wajib diisi" in err and "paling sedikit satu peran" in err
    err = refused(capsys, "officers", "add", "--name", "Budi", "--nip", BUDI_NIP, "--jabatan", "Staf", "--role", "bendahara",
                  "--data-dir", demo)
    assert "Peran \"bendahara\" tidak dikenal. Peran yang ada: petugas_dokumentasi (Petugas Dokumentasi)" in err
    err = refused(capsys, "officers", "add", "--name", "Budi", "--nip", BUDI_NIP, "--jabatan", "Staf", "--role", "ppid",
                  "--unit", "Gudang", "--data-dir", demo)
    assert "Unit \"Gudang\" tidak ditemukan. Unit yang aktif:" in err
    listing = ok(capsys, "officers", "list", "--data-dir", demo)
    hendra, rina = id_of(listing, "Hendra Gunawan"), id_of(listing, "Rina Marlina")
    err = refused(capsys, "officers", "edit", rina, "--nip", "196905201998031008", "--data-dir", demo)
    assert "NIP 196905201998031008 sudah terdaftar untuk pejabat lain." in err
    err = refused(capsys, "officers", "edit", hendra, "--role", "petugas_dokumentasi", "--data-dir", demo)
    assert "Hendra Gunawan, S.Kom. adalah satu-satunya Admin yang aktif; peran Admin tidak dapat dicabut" in err
    err = refused(capsys, "officers", "disable", hendra, "--data-dir", demo)
    assert "satu-satunya Admin yang aktif dan tidak dapat dinonaktifkan" in err
    assert "Tidak ada pejabat atau petugas dengan id 999" in refused(capsys, "officers", "edit", "999", "--name", "X", "--data-dir", demo)
    assert ok(capsys, "officers", "list", "--data-dir", demo) == listing  # nothing changed


def test_a_disabled_officer_cannot_sign_in_until_enabled_again(demo: str, capsys, monkeypatch) -> None:
    rina = id_of(ok(capsys, "officers", "list", "--data-dir", demo), "Rina Marlina")
    out = ok(capsys, "officers", "disable", rina, "--data-dir", demo)
    assert out.strip() == ("Rina Marlina, A.Md. dinonaktifkan: tidak dapat dipilih lagi untuk pekerjaan baru; akun \"rina\" "
                           "tidak dapat masuk lagi. Rekaman dan dokumen tercetak tetap menyebut namanya.")
    assert "nonaktif" in line_of(ok(capsys, "officers", "list", "--data-dir", demo).splitlines()[-2], "Rina")  # inactive last
    with monkeypatch.context() as as_rina:
        as_rina.setenv("PPID_DESKTOP_USER", "rina")
        as_rina.setenv("PPID_DESKTOP_PASSWORD", DEMO_PASSWORD)
        assert "Nama pengguna atau kata sandi salah" in refused(capsys, "units", "list", "--data-dir", demo)
    assert ok(capsys, "officers", "enable", rina, "--data-dir", demo).strip() == "Rina Marlina, A.Md. aktif kembali."
    with monkeypatch.context() as as_rina:
        as_rina.setenv("PPID_DESKTOP_USER", "rina")
        as_rina.setenv("PPID_DESKTOP_PASSWORD", DEMO_PASSWORD)
        assert ok(capsys, "units", "list", "--data-dir", demo).splitlines()[-1] == "5 unit."  # anybody may read the list
        err = refused(capsys, "units", "add", "Bagian Baru", "--data-dir", demo)
        assert "Rina Marlina, A.Md. tidak berwenang mengelola daftar unit. Hanya Admin" in err
        err = refused(capsys, "officers", "disable", rina, "--data-dir", demo)
        assert "tidak berwenang mengelola daftar pejabat dan petugas" in err


def test_an_old_folder_names_the_acting_admin_with_officer(tmp_path: Path, capsys, monkeypatch) -> None:
    from ppid_desktop.storage.database import open_database
    from ppid_desktop.storage.paths import DataPaths
    from tests.conftest import set_up_office

    paths = DataPaths(tmp_path / "lama")
    db = open_database(paths)
    set_up_office(db)  # no key file: a folder of an earlier version
    db.close()
    err = refused(capsys, "units", "add", "Bagian Baru", "--data-dir", str(paths.root))
    assert "Sebutkan petugas yang mengelola daftar unit dengan --officer NIP." in err
    err = refused(capsys, "units", "add", "Bagian Baru", "--officer", "196905201998031008", "--data-dir", str(paths.root))
    assert "tidak berwenang mengelola daftar unit" in err  # Hary is no Admin there


def test_a_clerk_listing_the_officers_does_not_see_the_user_names(demo, capsys, monkeypatch) -> None:
    monkeypatch.setenv("PPID_DESKTOP_USER", "rina")
    listing = ok(capsys, "officers", "list", "--data-dir", demo)
    assert "Rina Marlina" in listing and " admin " not in listing and " rina " not in listing
