"""Internal storage: plain folders keep files as attached; encrypted folders give nothing away."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from ppid_desktop.domain.errors import UserError
from ppid_desktop.storage import crypto
from ppid_desktop.storage.filestore import CHUNK, FileStore, StoredFileDamaged
from ppid_desktop.storage.paths import DataPaths

SECRET = b"SURAT RAHASIA: data pribadi penerima bantuan sosial, NIK 6171234567890001. " * 40


def _source(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / "masuk" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def _plain(store: FileStore, sha256: str) -> bytes:
    return b"".join(bytes(block) for block in store.chunks(sha256))


def _stored_files(paths: DataPaths) -> list[Path]:
    return [p for p in paths.files.rglob("*") if p.is_file()]


@pytest.fixture
def sealed(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data", crypto.new_data_key()).ensure()


def test_a_plain_store_keeps_the_file_as_attached_under_its_sha256(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    store = FileStore(paths)
    stored = store.put(_source(tmp_path, "surat.pdf", SECRET))
    assert (stored.sha256, stored.size) == (hashlib.sha256(SECRET).hexdigest(), len(SECRET))
    assert store.path_of(stored.sha256) == paths.files / stored.sha256[:2] / stored.sha256
    assert store.path_of(stored.sha256).read_bytes() == SECRET == _plain(store, stored.sha256)


def test_an_encrypted_store_holds_no_plaintext_and_no_plaintext_sha256(sealed: DataPaths, tmp_path: Path) -> None:
    store = FileStore(sealed)
    contents = {"surat.pdf": SECRET, "kosong.txt": b"", "besar.bin": SECRET * 500 + b"akhir"}  # 3 chunks
    hashes = {name: store.put(_source(tmp_path, name, content)).sha256 for name, content in contents.items()}
    files = _stored_files(sealed)
    assert len(files) == 3
    for name, sha256 in hashes.items():
        assert _plain(store, sha256) == contents[name]
        assert store.path_of(sha256).name == crypto.file_name_of(sealed.key, sha256)  # type: ignore[arg-type]
    for path in files:
        data = path.read_bytes()
        assert SECRET[:32] not in data and b"akhir" not in data
        assert all(sha256 not in str(path) for sha256 in hashes.values())
        assert all(bytes.fromhex(sha256) not in data and sha256.encode() not in data for sha256 in hashes.values())
        assert not any(name in str(path) for name in contents)


def test_the_same_content_is_stored_once_in_an_encrypted_store(sealed: DataPaths, tmp_path: Path) -> None:
    store = FileStore(sealed)
    first = store.put(_source(tmp_path, "a.pdf", SECRET))
    second = store.put(_source(tmp_path, "b.pdf", SECRET))
    assert first == second and len(_stored_files(sealed)) == 1


def test_another_key_reads_nothing_and_names_nothing(sealed: DataPaths, tmp_path: Path) -> None:
    stored = FileStore(sealed).put(_source(tmp_path, "surat.pdf", SECRET))
    other = FileStore(sealed.unlocked(crypto.new_data_key()))
    assert other.path_of(stored.sha256) != FileStore(sealed).path_of(stored.sha256)
    with pytest.raises(StoredFileDamaged):
        list(other.chunks_at(FileStore(sealed).path_of(stored.sha256)))


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "plain"])
def test_a_damaged_encrypted_file_yields_nothing_of_the_damaged_part(sealed: DataPaths, tmp_path: Path, damage: str) -> None:
    store = FileStore(sealed)
    content = b"a" * CHUNK + b"b" * 1000
    stored = store.put(_source(tmp_path, "scan.pdf", content))
    path = store.path_of(stored.sha256)
    data = bytearray(path.read_bytes())
    if damage == "flip":
        data[crypto.HEADER_BYTES + CHUNK + crypto.TAG_BYTES + 10] ^= 1  # in the second chunk
    elif damage == "truncate":
        del data[crypto.HEADER_BYTES + CHUNK + crypto.TAG_BYTES:]  # the last chunk gone
    elif damage == "empty":
        data.clear()
    else:
        data[:] = content  # someone put the plain file back in its place
    path.write_bytes(bytes(data))
    read: list[bytes] = []
    with pytest.raises(StoredFileDamaged):
        for block in store.chunks(stored.sha256):
            read.append(bytes(block))
    assert b"b" not in b"".join(read)  # what came out was authenticated: never the damaged chunk


def test_a_failed_put_leaves_no_partial_file(sealed: DataPaths, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="tidak ditemukan"):
        FileStore(sealed).put(tmp_path / "tidak-ada.pdf")
    assert list(sealed.files.iterdir()) == []


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 7])
def test_the_plaintext_size_is_known_from_the_size_on_disk(sealed: DataPaths, size: int) -> None:
    assert FileStore(sealed).plain_size(crypto.encrypted_size(size)) == size
    assert FileStore(sealed.unlocked(None)).plain_size(size) == size
