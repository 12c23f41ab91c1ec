"""The key ring: passwords open the data, wrong ones do not, and repeated failures wait."""

import json
from datetime import UTC, datetime, timedelta

import pytest

from ppid_desktop.domain.errors import UserError
from ppid_desktop.storage import crypto
from ppid_desktop.storage.keyring import (
    KeyRing, RecoveryRefused, SignInDelayed, SignInRefused, data_key_from_recovery_text, delay_after, is_encrypted,
)
from ppid_desktop.storage.paths import DataPaths

FAST = crypto.KdfParams.for_tests()


@pytest.fixture
def ring_and_key(tmp_path):
    paths = DataPaths(tmp_path).ensure()
    recovery = crypto.new_recovery_key()
    ring = KeyRing.create(paths, recovery, ("Admin", "rahasia-kantor-1"), FAST)
    return paths, ring, crypto.data_key_from_recovery(recovery), recovery


def test_password_opens_the_data_and_the_file_holds_no_key(ring_and_key):
    paths, ring, data_key, _ = ring_and_key
    assert is_encrypted(paths)
    assert KeyRing.load(paths).unlock(" ADMIN ", "rahasia-kantor-1") == data_key
    text = (paths.root / "keys.json").read_text()
    assert data_key.hex() not in text and "rahasia" not in text


def test_wrong_password_and_unknown_name_get_the_same_answer(ring_and_key):
    paths, ring, _, _ = ring_and_key
    with pytest.raises(SignInRefused) as wrong:
        ring.unlock("admin", "bukan-ini-sandinya")
    with pytest.raises(SignInRefused) as unknown:
        ring.unlock("tamu", "rahasia-kantor-1")
    assert str(wrong.value) == str(unknown.value)


def test_repeated_failures_wait_longer_even_after_a_restart(ring_and_key):
    paths, ring, data_key, _ = ring_and_key
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    for _ in range(3):
        with pytest.raises(SignInRefused):
            ring.unlock("admin", "salah", now)
    reopened = KeyRing.load(paths)  # the app was restarted
    with pytest.raises(SignInDelayed) as delayed:
        reopened.unlock("admin", "rahasia-kantor-1", now + timedelta(seconds=1))
    assert delayed.value.seconds == 1
    assert reopened.unlock("admin", "rahasia-kantor-1", now + timedelta(seconds=2)) == data_key
    assert reopened.wait_seconds(now + timedelta(seconds=3)) == 0  # a success clears the count
    assert [delay_after(n) for n in range(7)] == [0, 0, 0, 2, 4, 8, 16] and delay_after(50) == 300


def test_changing_a_password_rewraps_the_same_key(ring_and_key):
    paths, ring, data_key, _ = ring_and_key
    ring.set_password("admin", "sandi-baru-2026", data_key)
    with pytest.raises(SignInRefused):
        KeyRing.load(paths).unlock("admin", "rahasia-kantor-1")
    assert KeyRing.load(paths).unlock("admin", "sandi-baru-2026") == data_key


def test_recovery_key_opens_the_data_when_passwords_are_lost(ring_and_key):
    paths, ring, data_key, recovery = ring_and_key
    ring.remove_account("admin")
    assert KeyRing.load(paths).usernames() == []
    assert ring.unlock_with_recovery(crypto.format_recovery_key(recovery)) == data_key
    (paths.root / "keys.json").unlink()  # even the key file is lost: the sheet alone gives the key
    assert data_key_from_recovery_text(crypto.format_recovery_key(recovery)) == data_key
    with pytest.raises(RecoveryRefused, match="salah ketik"):
        ring.unlock_with_recovery("ABCD-EFGH")
    with pytest.raises(RecoveryRefused, match="bukan milik folder data ini"):
        ring.unlock_with_recovery(crypto.format_recovery_key(crypto.new_recovery_key()))


def test_an_existing_key_ring_is_never_replaced(ring_and_key):
    paths, _, data_key, recovery = ring_and_key
    with pytest.raises(UserError, match="sudah memiliki berkas kunci"):
        KeyRing.create(paths, crypto.new_recovery_key(), ("lain", "sandi-lain-123"), FAST)
    assert KeyRing.load(paths).unlock("admin", "rahasia-kantor-1") == data_key


def test_a_damaged_key_file_is_explained(ring_and_key):
    paths, *_ = ring_and_key
    (paths.root / "keys.json").write_text("{ rusak")
    with pytest.raises(UserError, match="rusak atau bukan milik PPID Desktop"):
        KeyRing.load(paths)
    (paths.root / "keys.json").write_text(json.dumps({"format": "lain"}))
    with pytest.raises(UserError, match="rusak"):
        KeyRing.load(paths)


def test_a_failed_save_leaves_the_old_file(ring_and_key, monkeypatch):
    paths, ring, data_key, _ = ring_and_key
    before = (paths.root / "keys.json").read_bytes()

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("ppid_desktop.storage.keyring.os.fsync", full_disk)
    with pytest.raises(UserError, match="tidak dapat disimpan"):
        ring.set_password("admin", "sandi-baru-2026", data_key)
    assert (paths.root / "keys.json").read_bytes() == before
    assert not list(paths.root.glob(".keys.json*"))
    assert KeyRing.load(paths).unlock("admin", "rahasia-kantor-1") == data_key
    monkeypatch.undo()
    with pytest.raises(SignInRefused):
        ring.unlock("admin", "sandi-baru-2026")  # the object did not take the unsaved password either


def test_a_ring_held_open_for_hours_never_undoes_what_another_program_wrote(ring_and_key):
    """The window keeps its ring from start-up; `ppid-desktop users add` changes the file meanwhile."""
    paths, window_ring, data_key, _ = ring_and_key
    command_ring = KeyRing.load(paths)
    command_ring.add_account("siti", "petugas-dokumen-77", data_key)
    with pytest.raises(SignInRefused):
        window_ring.unlock("admin", "salah")  # the window saves a failure count
    window_ring.set_password("admin", "sandi-baru-2026", data_key)
    assert KeyRing.load(paths).usernames() == ["admin", "siti"]
    assert KeyRing.load(paths).unlock("siti", "petugas-dokumen-77") == data_key
    assert window_ring.unlock("siti", "petugas-dokumen-77") == data_key  # the window sees the new account too
