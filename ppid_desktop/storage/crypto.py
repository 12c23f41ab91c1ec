"""Encryption at rest: the keys and the two ciphers the data folder uses.

One 256-bit *data key* protects everything in a data folder. It is derived (HKDF) from the
*recovery key*, 256 random bits shown once to the Admin at set-up to be printed or written down,
so that sheet alone reopens the data even if every password and the key file are lost. The data
key is never stored in the clear: storage/keyring.py keeps it wrapped (AES-256-GCM) once per
account, under a key derived from that account's password with Argon2id. From the data key, HKDF
derives one subkey per purpose, so no key serves two ciphers:

- "database": the SQLCipher key of the database and of its backups (given as a raw key, so
  SQLCipher's own PBKDF2 is not run on every connection; Argon2id already did the slow part);
- "files": AES-256-GCM of every stored file (the STREAM layout below);
- "file names": HMAC-SHA-256 that turns a file's SHA-256 into its name in the store, so the names
  do not reveal which well-known document is kept;
- "drafts": AES-256-GCM of the editors' crash-recovery drafts (services/drafts.py).

Stored file layout (ours, version 1): ``MAGIC`` + a 7-byte random nonce prefix, then chunks of
``CHUNK`` plaintext bytes each sealed with AES-GCM (16-byte tag). Chunk i uses the nonce
prefix + i (4 bytes) + a last-chunk flag (1 byte): reordering, dropping or truncating chunks fails
authentication (the STREAM construction of Hoang, Reyhanitabar, Rogaway and Vizár). A file of n
bytes has exactly n // CHUNK full chunks and one final chunk of n % CHUNK bytes (possibly empty).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

KEY_BYTES = 32
MAGIC = b"PPIDENC1"
NONCE_PREFIX_BYTES = 7
HEADER_BYTES = len(MAGIC) + NONCE_PREFIX_BYTES
CHUNK = 1024 * 1024
TAG_BYTES = 16
RECOVERY_CHECK_BYTES = 3  # a typo in the recovery key is told apart from a wrong key


class DecryptionFailed(Exception):
    """Wrong key, or the ciphertext was altered, truncated or is not ours. Callers turn it into an
    Indonesian UserError that fits what they were doing."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost, stored beside each wrap so it can be raised later without breaking old wraps."""

    time_cost: int
    memory_cost: int  # KiB
    parallelism: int

    @staticmethod
    def default() -> KdfParams:
        # RFC 9106's second recommended option (64 MiB, t=3): about 0.2 s on an office laptop.
        return KdfParams(time_cost=3, memory_cost=64 * 1024, parallelism=4)

    @staticmethod
    def for_tests() -> KdfParams:
        return KdfParams(time_cost=1, memory_cost=8, parallelism=1)


def new_data_key() -> bytes:
    return os.urandom(KEY_BYTES)


def derive_password_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw  # imported late: not on the first-paint path

    return hash_secret_raw(
        password.encode("utf-8"), salt, time_cost=params.time_cost, memory_cost=params.memory_cost,
        parallelism=params.parallelism, hash_len=KEY_BYTES, type=Type.ID,
    )


def subkey(data_key: bytes, purpose: str) -> bytes:
    """HKDF-SHA-256 (RFC 5869) without salt; `purpose` is the info string."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=b"ppid-desktop " + purpose.encode()).derive(data_key)


def database_key(data_key: bytes) -> bytes:
    return subkey(data_key, "database")


def sqlcipher_key_pragma(data_key: bytes) -> str:
    """The statement that must come first on every SQLCipher connection (a raw 256-bit key)."""
    return f"PRAGMA key = \"x'{database_key(data_key).hex()}'\""


def wrap_key(wrapping_key: bytes, data_key: bytes, label: str) -> bytes:
    """nonce + AES-GCM(data_key), bound to `label` (e.g. the account name) as associated data.
    Also seals any small secret this way (an editor's draft, bound to its name)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return nonce + AESGCM(wrapping_key).encrypt(nonce, data_key, label.encode("utf-8"))


def unwrap_key(wrapping_key: bytes, wrapped: bytes, label: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(wrapping_key).decrypt(wrapped[:12], wrapped[12:], label.encode("utf-8"))
    except (InvalidTag, ValueError) as exc:
        raise DecryptionFailed("wrong key or altered wrap") from exc


# -- recovery key ---------------------------------------------------------------------------

def new_recovery_key() -> bytes:
    return os.urandom(KEY_BYTES)


def format_recovery_key(secret: bytes) -> str:
    """56 characters of base32 in groups of four, with a 3-byte checksum, to write down or print."""
    raw = secret + hashlib.sha256(secret).digest()[:RECOVERY_CHECK_BYTES]
    text = base64.b32encode(raw).decode().rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes | None:
    """The secret, or None when the text is not a recovery key (mistyped: the checksum fails).
    Spaces, dashes and case are ignored; 0/1/8 typed for O/I/B are read as the letters."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(str.maketrans("018", "OIB"))
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError:
        return None
    secret, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if len(secret) != KEY_BYTES or check != hashlib.sha256(secret).digest()[:RECOVERY_CHECK_BYTES]:
        return None
    return secret


def data_key_from_recovery(secret: bytes) -> bytes:
    # The recovery key is 256 random bits: no password stretching is needed.
    return subkey(secret, "data key")


def key_check(data_key: bytes) -> str:
    """A value that tells whether a key is this folder's without revealing anything of it."""
    return hmac.new(subkey(data_key, "key check"), b"ppid-desktop", hashlib.sha256).hexdigest()


# -- stored files ---------------------------------------------------------------------------

def file_name_of(data_key: bytes, sha256: str) -> str:
    return hmac.new(subkey(data_key, "file names"), sha256.encode(), hashlib.sha256).hexdigest()


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def encrypted_size(plain_size: int) -> int:
    return HEADER_BYTES + plain_size + (plain_size // CHUNK + 1) * TAG_BYTES


class EncryptingWriter:
    """Writes the stored-file layout to `sink` as plaintext is fed in; `finish()` seals the last chunk."""

    def __init__(self, data_key: bytes, sink: BinaryIO) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead = AESGCM(subkey(data_key, "files"))
        self._sink = sink
        self._prefix = os.urandom(NONCE_PREFIX_BYTES)
        self._index = 0
        self._pending = bytearray()
        sink.write(MAGIC + self._prefix)

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self._pending += data
        while len(self._pending) >= CHUNK:
            self._seal(bytes(self._pending[:CHUNK]), last=False)
            del self._pending[:CHUNK]

    def finish(self) -> None:
        self._seal(bytes(self._pending), last=True)
        self._pending.clear()

    def _seal(self, plain: bytes, last: bool) -> None:
        if self._index >= 2**32 - 1:
            raise ValueError("file too large for one stream")
        self._sink.write(self._aead.encrypt(_nonce(self._prefix, self._index, last), plain, None))
        self._index += 1


def decrypt_chunks(data_key: bytes, source: BinaryIO, *, reuse: bool = False) -> Iterator[bytes | memoryview]:
    """Plaintext chunks of a stored file, each authenticated before it is yielded; DecryptionFailed
    when anything is wrong (including a file cut short at a chunk boundary). With `reuse`, every
    chunk is a view of one buffer, valid only until the next is asked for (no 2 MiB of fresh
    allocations per chunk: a quarter faster where a caller only streams, e.g. hashing)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = source.read(HEADER_BYTES)
    if len(header) != HEADER_BYTES or not header.startswith(MAGIC):
        raise DecryptionFailed("not an encrypted file of ours")
    aead, prefix, index = AESGCM(subkey(data_key, "files")), header[len(MAGIC):], 0
    sealed_buffer, plain_buffer = (bytearray(CHUNK + TAG_BYTES), bytearray(CHUNK)) if reuse else (None, None)
    while True:
        if sealed_buffer is not None:
            count = _read_fully(source, sealed_buffer)
            sealed: bytes | memoryview = memoryview(sealed_buffer)[:count]
        else:
            sealed = source.read(CHUNK + TAG_BYTES)
        last = len(sealed) < CHUNK + TAG_BYTES
        try:
            if plain_buffer is not None and len(sealed) >= TAG_BYTES:
                size = aead.decrypt_into(_nonce(prefix, index, last), sealed, None, memoryview(plain_buffer)[:len(sealed) - TAG_BYTES])
                plain: bytes | memoryview = memoryview(plain_buffer)[:size]
            else:
                plain = aead.decrypt(_nonce(prefix, index, last), bytes(sealed), None)
        except (InvalidTag, ValueError) as exc:
            raise DecryptionFailed(f"chunk {index} fails authentication") from exc
        yield plain
        if last:
            if source.read(1):
                raise DecryptionFailed("data after the last chunk")
            return
        index += 1


def _read_fully(source: BinaryIO, buffer: bytearray) -> int:
    """Fill `buffer` (short only at the end of the file); a raw file may return less per call."""
    view, count = memoryview(buffer), 0
    while count < len(buffer):
        got = source.readinto(view[count:])  # type: ignore[attr-defined]
        if not got:
            break
        count += got
    return count


def encrypt_file(data_key: bytes, source: BinaryIO, sink: BinaryIO,
                 on_chunk: Callable[[bytes], None] | None = None, read_size: int = CHUNK) -> int:
    """Encrypt all of `source` into `sink`; `on_chunk` sees each plaintext block (to hash it in the
    same read). Returns the plaintext size."""
    writer, size = EncryptingWriter(data_key, sink), 0
    while block := source.read(read_size):
        if on_chunk is not None:
            on_chunk(block)
        writer.write(block)
        size += len(block)
    writer.finish()
    return size


def is_encrypted_file(path: os.PathLike[str] | str) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC
