"""Encryption primitives: what a lost laptop's files reveal, and what tampering does."""

import io

import pytest

from ppid_desktop.storage import crypto
from ppid_desktop.storage.crypto import CHUNK, DecryptionFailed


def _encrypt(key: bytes, plain: bytes) -> bytes:
    sink = io.BytesIO()
    assert crypto.encrypt_file(key, io.BytesIO(plain), sink) == len(plain)
    return sink.getvalue()


def _decrypt(key: bytes, sealed: bytes) -> bytes:
    return b"".join(crypto.decrypt_chunks(key, io.BytesIO(sealed)))


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 2 * CHUNK + 5])
def test_round_trip_at_every_chunk_boundary(size):
    key, plain = crypto.new_data_key(), bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    sealed = _encrypt(key, plain)
    assert len(sealed) == crypto.encrypted_size(size)
    assert _decrypt(key, sealed) == plain
    if size >= 16:
        assert plain[:16] not in sealed  # nothing of the content is readable


def test_two_encryptions_of_the_same_file_differ():
    key = crypto.new_data_key()
    assert _encrypt(key, b"surat rahasia") != _encrypt(key, b"surat rahasia")


@pytest.mark.parametrize("damage", ["flip", "truncate_chunk", "drop_last_chunk", "append", "wrong_key", "swap"])
def test_any_change_is_refused(damage):
    key = crypto.new_data_key()
    sealed = bytearray(_encrypt(key, b"a" * CHUNK + b"b" * CHUNK + b"c" * 100))
    one = crypto.HEADER_BYTES + CHUNK + crypto.TAG_BYTES
    if damage == "flip":
        sealed[crypto.HEADER_BYTES + 10] ^= 1
    elif damage == "truncate_chunk":
        del sealed[-50:]
    elif damage == "drop_last_chunk":
        del sealed[crypto.HEADER_BYTES + 2 * (CHUNK + crypto.TAG_BYTES):]
    elif damage == "append":
        sealed += b"\0"
    elif damage == "swap":
        first = sealed[crypto.HEADER_BYTES:one]
        second = sealed[one:one + CHUNK + crypto.TAG_BYTES]
        sealed[crypto.HEADER_BYTES:one + CHUNK + crypto.TAG_BYTES] = second + first
    else:
        key = crypto.new_data_key()
    with pytest.raises(DecryptionFailed):
        _decrypt(key, bytes(sealed))


def test_a_file_that_is_not_ours_is_refused():
    with pytest.raises(DecryptionFailed):
        _decrypt(crypto.new_data_key(), b"%PDF-1.7 plain file")


def test_recovery_key_round_trip_and_typos():
    secret = crypto.new_recovery_key()
    text = crypto.format_recovery_key(secret)
    assert len(text.replace("-", "")) == 56 and len(text.split("-")) == 14
    assert crypto.parse_recovery_key(text) == secret
    assert crypto.parse_recovery_key(" " + text.lower().replace("-", " ") + " ") == secret
    typo = ("B" if text[0] != "B" else "C") + text[1:]
    assert crypto.parse_recovery_key(typo) is None
    assert crypto.parse_recovery_key(text[:-4]) is None


def test_wrapped_key_is_bound_to_its_label():
    wrapping, data_key = crypto.new_data_key(), crypto.new_data_key()
    wrapped = crypto.wrap_key(wrapping, data_key, "admin")
    assert crypto.unwrap_key(wrapping, wrapped, "admin") == data_key
    with pytest.raises(DecryptionFailed):
        crypto.unwrap_key(wrapping, wrapped, "petugas")


def test_subkeys_differ_per_purpose_and_names_hide_the_hash():
    key = crypto.new_data_key()
    assert crypto.subkey(key, "database") != crypto.subkey(key, "files")
    sha = "ab" * 32
    assert crypto.file_name_of(key, sha) != sha
    assert crypto.file_name_of(key, sha) == crypto.file_name_of(key, sha)
    assert crypto.file_name_of(crypto.new_data_key(), sha) != crypto.file_name_of(key, sha)


@pytest.mark.parametrize("size", [0, 5, CHUNK, 2 * CHUNK + 7])
def test_reused_buffers_give_the_same_plaintext_and_refuse_the_same_damage(size):
    key, plain = crypto.new_data_key(), bytes(range(256)) * (size // 256) + b"z" * (size % 256)
    sealed = _encrypt(key, plain)
    streamed = b"".join(bytes(block) for block in crypto.decrypt_chunks(key, io.BytesIO(sealed), reuse=True))
    assert streamed == plain
    damaged = bytearray(sealed)
    damaged[-1] ^= 1
    with pytest.raises(DecryptionFailed):
        for _ in crypto.decrypt_chunks(key, io.BytesIO(bytes(damaged)), reuse=True):
            pass
