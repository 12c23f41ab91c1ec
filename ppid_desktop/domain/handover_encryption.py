"""An encrypted handover package: the format, the package passphrase rules, the encrypted index.

A plain package on the shared drive is readable by everyone who can open the folder. An
encrypted one (an option of the export, off by default) is still a valid BagIt 1.0 bag, so the
delivery (`.partial`, full validation, rename), `package verify` and any BagIt tool treat it as
they treat a plain one, but nothing in it tells what the records are:

- every payload file of the plain package (records.json, register.pdf, each attachment) is stored
  as `data/berkas/000001.enc`, `000002.enc`, ... in the chunked AES-256-GCM layout of
  storage/crypto.py (`EncryptingWriter` / `decrypt_chunks`), so the attachments' names are
  hidden too;
- `data/isi.enc`, encrypted the same way, is the index: for each original bag path
  (`data/records.json`, `data/files/<uid>/<name>`, ...) the file that holds it and the original's
  SHA-256, SHA-512 and size, checked after decryption;
- the manifests cover these encrypted files, so their checksums are checked without the
  passphrase; AES-GCM authenticates every block, so an altered file is refused at import even if
  whoever altered it also rewrote the manifests;
- the tag file `ppid-enkripsi.txt` (listed in the tag manifests) says the package is encrypted:
  the KDF (Argon2id) with its salt and costs, the cipher, and a key check (an HMAC under a
  subkey of the package key) that tells a wrong passphrase from an altered package at once;
- bag-info.txt says `PPID-Encrypted: yes` and keeps only what the PPID needs to see a package
  arrive: office, unit, date, record count, SOP. The sending officer's name (personal data) is
  replaced by "-"; the real sender is inside records.json and on the tanda terima.

The key is Argon2id of the *package passphrase* the sender chooses (a fresh random salt per
package); the file cipher uses it as storage/crypto.py uses a data key. The passphrase must
reach the PPID another way (in person, by telephone). A lost passphrase loses nothing: the unit
keeps its records and sends them again.

The package digest (the receipt's key, so the same package is never imported twice) is, as for
a plain package, the SHA-256 of the bag's `tagmanifest-sha256.txt` as it lies on the share: the
encrypted bag's. It is known without the passphrase; the same encrypted package again adds
nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.handover_format import PackageFormatError, format_bag_info, manifest_path_problem, parse_bag_info
from ppid_desktop.domain.texts import QT_TR_NOOP

ENCRYPTION_TAG = "ppid-enkripsi.txt"
ENCRYPTED_LABEL = "PPID-Encrypted"
INDEX_PATH = "data/isi.enc"
CIPHER_DIR = "data/berkas"
ENCRYPTION_VERSION = 1
KDF_NAME = "argon2id"
CIPHER_NAME = "AES-256-GCM; PPIDENC1 chunked stream, 1 MiB chunks; HKDF-SHA-256 subkey \"files\""
PASSPHRASE_MIN = 12
# Shown under the passphrase fields (tr() where shown); the number is PASSPHRASE_MIN, written out
# so the sentence is one text to translate (tests/domain check that they agree).
PASSPHRASE_RULES = QT_TR_NOOP(
    "Kata sandi paket sekurang-kurangnya 12 karakter; gunakan beberapa kata yang mudah "
    "diucapkan lewat telepon tetapi sulit ditebak, dan jangan gunakan kata sandi akun Anda."
)
# Limits on the costs a package may ask for: a package from the share must not make the PPID's
# laptop spend gigabytes or minutes on one passphrase.
MAX_TIME_COST = 20
MAX_MEMORY_KIB = 1024 * 1024
MAX_PARALLELISM = 16


def passphrase_error(passphrase: str, repeated: str | None = None) -> UserError | None:
    """Why a package passphrase cannot be used, or None."""
    if len(passphrase.strip()) < PASSPHRASE_MIN:
        return UserError(QT_TR_NOOP("Kata sandi paket terlalu pendek. {rules}"), rules=PASSPHRASE_RULES)
    if repeated is not None and repeated != passphrase:
        return UserError(QT_TR_NOOP("Kedua isian kata sandi paket tidak sama. Ketik kata sandi yang sama dua kali."))
    return None


def cipher_path(number: int) -> str:
    return f"{CIPHER_DIR}/{number:06d}.enc"


@dataclass(frozen=True)
class EncryptionHeader:
    """The content of ppid-enkripsi.txt."""

    salt: bytes
    time_cost: int
    memory_cost: int  # KiB
    parallelism: int
    key_check: str


def format_header(header: EncryptionHeader) -> str:
    return format_bag_info({
        "PPID-Encryption-Version": str(ENCRYPTION_VERSION),
        "KDF": KDF_NAME,
        "KDF-Salt": header.salt.hex(),
        "KDF-Time-Cost": str(header.time_cost),
        "KDF-Memory-KiB": str(header.memory_cost),
        "KDF-Parallelism": str(header.parallelism),
        "Cipher": CIPHER_NAME,
        "Key-Check": header.key_check,
        "Index": INDEX_PATH,
    })


def parse_header(text: str) -> EncryptionHeader:
    """ppid-enkripsi.txt read back; PackageFormatError when it is not one this version can open."""
    fields = {label: values[0] for label, values in parse_bag_info(text).items() if values}
    wrong = PackageFormatError(QT_TR_NOOP("Berkas \"{name}\" tidak dapat dibaca: paket dibuat dengan cara yang tidak "
                                          "dikenal versi aplikasi ini."), name=ENCRYPTION_TAG)
    if fields.get("PPID-Encryption-Version") != str(ENCRYPTION_VERSION) or fields.get("KDF") != KDF_NAME:
        raise wrong
    try:
        header = EncryptionHeader(bytes.fromhex(fields["KDF-Salt"]), int(fields["KDF-Time-Cost"]), int(fields["KDF-Memory-KiB"]),
                                  int(fields["KDF-Parallelism"]), fields["Key-Check"])
    except (KeyError, ValueError):
        raise wrong from None
    if not (16 <= len(header.salt) <= 64 and 1 <= header.time_cost <= MAX_TIME_COST and 1 <= header.parallelism <= MAX_PARALLELISM
            and 8 * header.parallelism <= header.memory_cost <= MAX_MEMORY_KIB and re.fullmatch(r"[0-9a-f]{64}", header.key_check)):
        raise wrong
    return header


@dataclass(frozen=True)
class IndexEntry:
    path: str  # the original bag path: data/records.json, data/files/<uid>/<name>
    stored: str  # the encrypted file in the bag: data/berkas/000001.enc
    sha256: str
    sha512: str
    size: int


def index_to_json(entries: list[IndexEntry]) -> bytes:
    return json.dumps({"format": ENCRYPTION_VERSION, "files": [e.__dict__ for e in entries]}, ensure_ascii=False).encode()


def index_from_json(data: bytes) -> list[IndexEntry]:
    """The decrypted index; PackageFormatError when malformed or when a path could leave data/."""
    bad = PackageFormatError(QT_TR_NOOP("Daftar isi paket terenkripsi (\"{path}\") rusak."), path=INDEX_PATH)
    try:
        raw = json.loads(data)
        if raw.get("format") != ENCRYPTION_VERSION:
            raise bad
        entries = [IndexEntry(str(e["path"]), str(e["stored"]), str(e["sha256"]), str(e["sha512"]), int(e["size"])) for e in raw["files"]]
    except (ValueError, KeyError, TypeError, AttributeError):
        raise bad from None
    paths, stored = [e.path for e in entries], [e.stored for e in entries]
    if len(set(paths)) != len(paths) or len(set(stored)) != len(stored):
        raise bad
    for entry in entries:
        problem = manifest_path_problem(entry.path)
        if problem is not None:
            raise PackageFormatError(QT_TR_NOOP("Daftar isi paket terenkripsi menyebut \"{path}\", yang {problem}."),
                                     path=entry.path, problem=problem)
        if not entry.stored.startswith(CIPHER_DIR + "/") or entry.size < 0:
            raise bad
    return entries
