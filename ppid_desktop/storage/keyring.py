"""The key ring: `keys.json` in the data folder, holding the data key wrapped once per account
(storage/crypto.py explains the keys; the recovery key derives the data key and is not stored).

Nothing in it opens the data without a password or the recovery key: each wrap is AES-256-GCM
under an Argon2id key of the account's password (its salt and cost beside it). Changing a password
re-wraps the same data key; the database and files are not touched. Signing in with a wrong
password is refused with the same words whatever was wrong, and after `FREE_FAILURES` failures in
a row each further try must wait longer (`delay_after`), counted in this file so that restarting
the app does not reset it. The file is replaced atomically (temporary name, flush, rename).
"""

from __future__ import annotations

import base64
import copy
import json
import os
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from ppid_desktop.domain.accounts import normalise_username
from ppid_desktop.domain.errors import UserError, describe_os_error
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.storage import crypto
from ppid_desktop.storage.crypto import DecryptionFailed, KdfParams
from ppid_desktop.storage.paths import DataPaths

FORMAT = "ppid-desktop-keys/1"
# The sign-in of commands and scripts (cli/common.py; the bench's window, ui/sign_in_flow.py).
USER_ENV = "PPID_DESKTOP_USER"
PASSWORD_ENV = "PPID_DESKTOP_PASSWORD"
FREE_FAILURES = 3
MAX_DELAY_SECONDS = 300


class SignInRefused(UserError):
    def __init__(self) -> None:
        super().__init__(QT_TR_NOOP("Nama pengguna atau kata sandi salah. Periksa keduanya (perhatikan huruf besar dan "
                                    "kecil), lalu coba lagi."))


class SignInDelayed(UserError):
    def __init__(self, seconds: int) -> None:
        super().__init__(QT_TR_NOOP("Terlalu banyak percobaan masuk yang gagal. Tunggu {seconds} detik, lalu coba lagi."),
                         seconds=seconds)
        self.seconds = seconds


class RecoveryRefused(UserError):
    pass


def delay_after(failures: int) -> int:
    """Seconds the next try must wait after `failures` failures in a row: 0 for the first three,
    then 2, 4, 8, ... up to five minutes."""
    if failures < FREE_FAILURES:
        return 0
    return min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_FAILURES + 1))


def keys_file(paths: DataPaths) -> Path:
    return paths.root / "keys.json"


def is_encrypted(paths: DataPaths) -> bool:
    """Whether this data folder's data is encrypted (it has a key ring)."""
    return keys_file(paths).exists()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


class KeyRing:
    def __init__(self, path: Path, content: dict) -> None:  # type: ignore[type-arg]
        self.path = path
        self._content = content

    # -- opening and saving -----------------------------------------------------------------

    @staticmethod
    def load(paths: DataPaths) -> KeyRing | None:
        path = keys_file(paths)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise UserError(QT_TR_NOOP("Berkas kunci \"{file}\" tidak dapat dibaca ({reason}). Periksa izin folder "
                                       "data, lalu coba lagi."), file=path, reason=describe_os_error(exc)) from exc
        try:
            content = json.loads(text)
            if content.get("format") != FORMAT or not isinstance(content.get("accounts"), dict):
                raise ValueError(content.get("format"))
        except (ValueError, AttributeError) as exc:
            raise UserError(QT_TR_NOOP("Berkas kunci \"{file}\" rusak atau bukan milik PPID Desktop, sehingga data tidak "
                                       "dapat dibuka. Pulihkan berkas itu dari salinan cadangan folder data, atau hubungi "
                                       "petugas TI."), file=path) from exc
        return KeyRing(path, content)

    @staticmethod
    def create(paths: DataPaths, recovery_key: bytes, first_account: tuple[str, str],
               kdf: KdfParams | None = None, *, converting: bool = False) -> KeyRing:
        """The key ring of a folder whose data key comes from `recovery_key`, with its first
        account (username, password), written in one step. Refuses to replace an existing key
        ring (that would lock its accounts out of the data)."""
        if keys_file(paths).exists():
            raise UserError(QT_TR_NOOP("Folder data \"{folder}\" sudah memiliki berkas kunci; data di dalamnya sudah "
                                       "terenkripsi."), folder=paths.root)
        data_key = crypto.data_key_from_recovery(recovery_key)
        ring = KeyRing(keys_file(paths), {
            "format": FORMAT,
            "kdf": asdict(kdf or KdfParams.default()),
            "key_check": crypto.key_check(data_key),
            "accounts": {},
            "failures": 0,
            "last_failure": None,
            # A folder of an earlier version being secured: services/encryption.py finishes the
            # swap at the next unlock when a crash cut it off, then clears this.
            "conversion_pending": converting,
        })
        username, password = first_account
        name = normalise_username(username)
        ring.save(ring._changed(accounts={name: ring._wrap_for(name, password, data_key)}))
        return ring

    def _refresh(self) -> None:
        """Take the key file as it is on disk now: the window keeps its ring for hours while a
        command (users add/passwd/disable) or another window may change the file; every read and
        change starts from the file, so neither undoes the other's."""
        try:
            content = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return  # not written yet (create) or unreadable now: the next save says so
        if content.get("format") == FORMAT and isinstance(content.get("accounts"), dict):
            self._content = content

    def save(self, content: dict | None = None) -> None:  # type: ignore[type-arg]
        """Write `content` (default: the current one) and only then make it the ring's content, so a
        failed save leaves both the file and this object as they were."""
        content = self._content if content is None else content
        partial = self.path.with_name(f".{self.path.name}.partial")
        data = json.dumps(content, indent=2, sort_keys=True).encode("utf-8")
        try:
            with open(partial, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            if partial.read_bytes() != data:
                raise OSError("the key file read back differs")
            os.replace(partial, self.path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise UserError(QT_TR_NOOP("Berkas kunci tidak dapat disimpan di \"{folder}\" ({reason}). "
                                       "Periksa ruang disk dan izin folder data; tidak ada yang berubah."),
                            folder=self.path.parent, reason=describe_os_error(exc)) from exc
        self._content = content

    def _changed(self, **changes: object) -> dict:  # type: ignore[type-arg]
        self._refresh()
        content = copy.deepcopy(self._content)
        content.update(changes)
        return content

    def _change_accounts(self, change: Callable[[dict], None]) -> None:  # type: ignore[type-arg]
        content = self._changed()
        change(content["accounts"])
        self.save(content)

    # -- accounts ---------------------------------------------------------------------------

    @property
    def kdf(self) -> KdfParams:
        return KdfParams(**self._content["kdf"])

    def usernames(self) -> list[str]:
        self._refresh()
        return sorted(self._content["accounts"])

    def has_account(self, username: str) -> bool:
        self._refresh()
        return normalise_username(username) in self._content["accounts"]

    def _wrap_for(self, username: str, password: str, data_key: bytes) -> dict:  # type: ignore[type-arg]
        salt = os.urandom(16)
        kdf = self.kdf
        wrapping = crypto.derive_password_key(password, salt, kdf)
        return {"salt": _b64(salt), "kdf": asdict(kdf), "wrapped": _b64(crypto.wrap_key(wrapping, data_key, username))}

    def add_account(self, username: str, password: str, data_key: bytes) -> None:
        name = normalise_username(username)
        self._refresh()
        if name in self._content["accounts"]:
            raise UserError(QT_TR_NOOP("Nama pengguna \"{name}\" sudah dipakai; pilih nama lain."), name=name)
        wrap = self._wrap_for(name, password, data_key)
        self._change_accounts(lambda accounts: accounts.__setitem__(name, wrap))

    def set_password(self, username: str, password: str, data_key: bytes) -> None:
        name = normalise_username(username)
        self._refresh()
        if name not in self._content["accounts"]:
            raise UserError(QT_TR_NOOP("Akun \"{name}\" tidak ada di berkas kunci."), name=name)
        wrap = self._wrap_for(name, password, data_key)
        self._change_accounts(lambda accounts: accounts.__setitem__(name, wrap))

    def remove_account(self, username: str) -> None:
        name = normalise_username(username)
        self._change_accounts(lambda accounts: accounts.pop(name, None))

    # -- opening the data ---------------------------------------------------------------------

    def wait_seconds(self, now: datetime | None = None) -> int:
        """How long the next sign-in must still wait (0: it may be tried now)."""
        self._refresh()
        last = self._content.get("last_failure")
        if not last:
            return 0
        elapsed = ((now or datetime.now(UTC)) - datetime.fromisoformat(last)).total_seconds()
        return max(0, int(delay_after(int(self._content.get("failures", 0))) - elapsed + 0.999))

    def unlock(self, username: str, password: str, now: datetime | None = None) -> bytes:
        """The data key, when `password` is the account's. SignInDelayed while a wait is due;
        SignInRefused (the same words for an unknown name and a wrong password) otherwise."""
        now = now or datetime.now(UTC)
        wait = self.wait_seconds(now)
        if wait:
            raise SignInDelayed(wait)
        name = normalise_username(username)
        entry = self._content["accounts"].get(name)
        try:
            if entry is None:
                # Spend the same effort as for a real account, so timing does not tell names apart.
                crypto.derive_password_key(password, b"\0" * 16, self.kdf)
                raise DecryptionFailed("no such account")
            wrapping = crypto.derive_password_key(password, _unb64(entry["salt"]), KdfParams(**entry["kdf"]))
            data_key = crypto.unwrap_key(wrapping, _unb64(entry["wrapped"]), name)
        except DecryptionFailed:
            self.save(self._changed(failures=int(self._content.get("failures", 0)) + 1, last_failure=now.isoformat()))
            raise SignInRefused() from None
        if self._content.get("failures"):
            self.save(self._changed(failures=0, last_failure=None))
        return data_key

    def unlock_with_recovery(self, recovery_text: str) -> bytes:
        data_key = data_key_from_recovery_text(recovery_text)
        if not self.opens(data_key):
            raise RecoveryRefused(QT_TR_NOOP("Kunci pemulihan ini bukan milik folder data ini. Periksa apakah lembar kunci "
                                             "pemulihan yang dipakai milik kantor dan komputer ini."))
        return data_key

    @property
    def conversion_pending(self) -> bool:
        return bool(self._content.get("conversion_pending"))

    def conversion_finished(self) -> None:
        if self.conversion_pending:
            self.save(self._changed(conversion_pending=False))

    def opens(self, data_key: bytes) -> bool:
        return crypto.key_check(data_key) == self._content.get("key_check")


def data_key_from_recovery_text(recovery_text: str) -> bytes:
    """The data key a typed recovery key gives; RecoveryRefused when the text is mistyped."""
    secret = crypto.parse_recovery_key(recovery_text)
    if secret is None:
        raise RecoveryRefused(QT_TR_NOOP("Kunci pemulihan tidak dikenali: ada huruf yang salah ketik atau kurang. Periksa lagi "
                                         "56 huruf dan angka pada lembar kunci pemulihan."))
    return crypto.data_key_from_recovery(secret)
