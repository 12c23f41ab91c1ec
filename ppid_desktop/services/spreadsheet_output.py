"""Writing a spreadsheet file so that the target is either the complete new file or untouched.

Like reports/output.py for PDFs: a temporary name in the target folder (so the rename is
atomic on the same filesystem), fsync, a check that the file opens again, then the rename.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ppid_desktop.domain.errors import UserError, describe_os_error

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


class WriteCancelled(Exception):
    """The clerk cancelled; nothing was written."""


def _message(target: Path, exc: OSError) -> UserError:
    if exc.errno in _FULL:
        return UserError(f"Disk penuh: berkas \"{target.name}\" tidak dapat ditulis ke \"{target.parent}\". "
                         "Kosongkan ruang disk atau pilih folder lain, lalu coba lagi.")
    hint = ""
    if exc.errno in (errno.EACCES, errno.EPERM) and target.exists():
        hint = " Bila berkas itu sedang dibuka di Excel, tutup dulu berkasnya."
    return UserError(f"Berkas \"{target}\" tidak dapat ditulis: {describe_os_error(exc)}.{hint} Pilih folder lain atau nama lain.")


def write_atomically(target: str | os.PathLike[str], write: Callable[[Path], None], verify: Callable[[Path], None]) -> Path:
    """`write(temp)`, fsync, `verify(temp)` (raises when the file is not right), rename to `target`."""
    target = Path(target).expanduser().absolute()
    if target.is_dir():
        raise UserError(f"\"{target}\" adalah folder. Tuliskan nama berkasnya, misalnya \"{target / 'daftar.xlsx'}\".")
    if not target.parent.is_dir():
        raise UserError(f"Folder \"{target.parent}\" tidak ada. Pilih folder yang ada.")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.stem[:40]}-", suffix=target.suffix + ".part", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise _message(target, exc) from exc
    temp = Path(name)
    try:
        write(temp)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        verify(temp)
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _message(target, exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target
