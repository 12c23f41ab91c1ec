"""Converting a data folder made before encryption: all or nothing, and a crash is finished later."""

from __future__ import annotations

import pytest

from ppid_desktop.services import encryption, workflow
from ppid_desktop.services.backups import list_backups, take_backup
from ppid_desktop.services.encryption import NewKeys, encrypt_data_folder, finish_interrupted_encryption
from ppid_desktop.services.records import list_records
from ppid_desktop.storage import crypto
from ppid_desktop.storage.crypto import KdfParams
from ppid_desktop.storage.database import open_database, verify_database_file
from ppid_desktop.storage.filestore import FileStore
from ppid_desktop.storage.keyring import KeyRing, is_encrypted
from tests.conftest import make_record

SECRET_TITLE = "Nota dinas rahasia tentang rencana pengadaan lahan"
ADMIN = ("admin", "sandi-admin-kantor")


@pytest.fixture
def plain_folder(office_db, tmp_path):
    """A folder as an earlier version left it: plain database, a plain stored file, a backup."""
    record = make_record(office_db, SECRET_TITLE)
    source = tmp_path / "lampiran.txt"
    source.write_bytes(b"Isi lampiran yang dikecualikan " * 100)
    workflow.attach_file(office_db, record.id, source, None)
    paths = office_db.paths
    office_db.close()
    take_backup(paths, "manual")
    return paths, source.read_bytes()


def _all_bytes(paths) -> bytes:
    return b"".join(p.read_bytes() for p in paths.root.rglob("*") if p.is_file() and p.name != "keys.json")


def test_conversion_leaves_nothing_readable_and_everything_there(plain_folder):
    paths, content = plain_folder
    keys = NewKeys.generate()
    steps = []
    unlocked = encrypt_data_folder(paths, keys, ADMIN, kdf=KdfParams.for_tests(), progress=lambda *a: steps.append(a))
    assert steps[-1][0] == steps[-1][1]  # the progress reached its end
    assert is_encrypted(paths)
    everything = _all_bytes(paths)
    assert SECRET_TITLE.encode() not in everything and b"Isi lampiran" not in everything
    assert b"SQLite format 3" not in everything  # the database and its backup are both encrypted
    assert KeyRing.load(paths).unlock(*ADMIN) == keys.data_key
    db = open_database(unlocked)
    try:
        assert [row.title for row in list_records(db)] == [SECRET_TITLE]
    finally:
        db.close()
    store = FileStore(unlocked)
    import hashlib
    sha = hashlib.sha256(content).hexdigest()
    assert b"".join(store.chunks(sha)) == content
    [backup] = list_backups(paths)
    assert verify_database_file(backup.path, unlocked.key_pragma) is None
    assert verify_database_file(backup.path) is not None  # no longer readable without the key


def test_a_failure_before_the_key_file_changes_nothing(plain_folder, monkeypatch):
    paths, _ = plain_folder
    def files():  # SQLite's own -wal/-shm come and go as connections close
        return sorted(p.relative_to(paths.root) for p in paths.root.rglob("*") if p.is_file() and not p.name.endswith(("-wal", "-shm")))

    before = files()

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(encryption.KeyRing, "create", disk_full)
    with pytest.raises(OSError):
        encrypt_data_folder(paths, NewKeys.generate(), ADMIN, kdf=KdfParams.for_tests())
    assert files() == before and not is_encrypted(paths)
    db = open_database(paths)
    try:
        assert [row.title for row in list_records(db)] == [SECRET_TITLE]
    finally:
        db.close()


def test_cancelling_changes_nothing(plain_folder):
    paths, _ = plain_folder
    with pytest.raises(encryption.EncryptionCancelled):
        encrypt_data_folder(paths, NewKeys.generate(), ADMIN, kdf=KdfParams.for_tests(), cancelled=lambda: True)
    assert not is_encrypted(paths) and not encryption.encrypted_copy_of(paths).exists()


def test_a_crash_after_the_key_file_is_finished_at_the_next_unlock(plain_folder, monkeypatch):
    paths, content = plain_folder
    keys = NewKeys.generate()

    def crash(_unlocked):
        raise KeyboardInterrupt  # the process dies right after the commit point

    monkeypatch.setattr(encryption, "finish_interrupted_encryption", crash)
    with pytest.raises(KeyboardInterrupt):
        encrypt_data_folder(paths, keys, ADMIN, kdf=KdfParams.for_tests())
    monkeypatch.undo()
    assert is_encrypted(paths) and encryption.encrypted_copy_of(paths).exists()
    unlocked = paths.unlocked(KeyRing.load(paths).unlock(*ADMIN))
    assert finish_interrupted_encryption(unlocked) is True
    assert finish_interrupted_encryption(unlocked) is False  # nothing left to do
    db = open_database(unlocked)
    try:
        assert [row.title for row in list_records(db)] == [SECRET_TITLE]
    finally:
        db.close()
    assert b"Isi lampiran" not in _all_bytes(paths)


def test_an_encrypted_folder_is_not_converted_twice(plain_folder):
    paths, _ = plain_folder
    encrypt_data_folder(paths, NewKeys.generate(), ADMIN, kdf=KdfParams.for_tests())
    from ppid_desktop.domain.errors import UserError

    with pytest.raises(UserError, match="sudah terenkripsi"):
        encrypt_data_folder(paths, NewKeys.generate(), ADMIN, kdf=KdfParams.for_tests())


def test_the_recovery_text_gives_the_data_key():
    keys = NewKeys.generate()
    from ppid_desktop.storage.keyring import data_key_from_recovery_text

    assert data_key_from_recovery_text(keys.recovery_text) == keys.data_key
    assert keys.data_key != keys.recovery_secret and len(crypto.format_recovery_key(keys.recovery_secret)) == 69


def test_a_verification_that_fails_at_the_next_unlock_removes_nothing_and_stays_pending(plain_folder, monkeypatch):
    """An antivirus holding the encrypted copy when the interrupted swap is retried: keep it all."""
    paths, _ = plain_folder
    keys = NewKeys.generate()
    monkeypatch.setattr(encryption, "finish_interrupted_encryption", lambda _unlocked: (_ for _ in ()).throw(KeyboardInterrupt))
    with pytest.raises(KeyboardInterrupt):
        encrypt_data_folder(paths, keys, ADMIN, kdf=KdfParams.for_tests())
    monkeypatch.undo()
    unlocked = paths.unlocked(keys.data_key)
    real_verify = encryption.verify_database_file
    monkeypatch.setattr(encryption, "verify_database_file", lambda path, pragma=None: "berkas sedang dipakai program lain")
    from ppid_desktop.domain.errors import UserError

    with pytest.raises(UserError, match="belum dapat diselesaikan"):
        finish_interrupted_encryption(unlocked)
    assert encryption.encrypted_copy_of(paths).exists() and KeyRing.load(paths).conversion_pending
    monkeypatch.setattr(encryption, "verify_database_file", real_verify)
    assert finish_interrupted_encryption(unlocked) is True
    db = open_database(unlocked)
    try:
        assert [row.title for row in list_records(db)] == [SECRET_TITLE]
    finally:
        db.close()


def test_a_set_up_mark_never_deletes_a_database(tmp_path):
    """A mark that outlived its set-up, then keys.json lost: the database is set aside, not removed."""
    from ppid_desktop.storage.paths import DataPaths

    paths = DataPaths(tmp_path / "data").ensure()
    encryption.begin_new_setup(paths)
    paths.database.write_bytes(b"\x13" * 4096)  # an encrypted database (no key file beside it)
    assert encryption.folder_state(paths) == "new"
    [aside] = list(paths.backups.glob("penyiapan-terputus-*.sqlite3"))
    assert aside.read_bytes() == b"\x13" * 4096 and not paths.database.exists()
