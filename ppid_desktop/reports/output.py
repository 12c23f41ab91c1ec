"""Writing a PDF so that the target is either the complete new file or untouched.

The document is written to a temporary file beside the target (same folder, so the final
rename is atomic on the same filesystem), flushed to disk, checked (not empty, ends with
%%EOF) and only then renamed over the target. On any failure or cancellation the temporary
file is removed: a half-written PDF never appears under the clerk's chosen name.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ppid_desktop.domain.errors import UserError, describe_os_error
from ppid_desktop.reports import GenerationCancelled

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def _message(target: Path, exc: OSError) -> UserError:
    if exc.errno in _FULL:
        return UserError(
            f"Disk penuh: berkas \"{target.name}\" tidak dapat ditulis ke \"{target.parent}\". "
            "Kosongkan ruang disk atau pilih folder lain, lalu coba lagi."
        )
    reason = describe_os_error(exc)
    hint = ""
    if exc.errno in (errno.EACCES, errno.EPERM) and target.exists():
        hint = " Bila berkas itu sedang dibuka di program lain (misalnya pembaca PDF), tutup dulu program itu."
    return UserError(f"Berkas \"{target}\" tidak dapat ditulis: {reason}.{hint} Pilih folder lain.")


def verify_pdf(path: Path) -> None:
    """A written PDF must be non-empty and end with the %%EOF marker."""
    size = path.stat().st_size
    if size < 64:
        raise OSError(errno.EIO, "berkas PDF kosong")
    with open(path, "rb") as handle:
        handle.seek(max(0, size - 1024))
        if b"%%EOF" not in handle.read():
            raise OSError(errno.EIO, "berkas PDF tidak lengkap")


def write_atomically(target: str | os.PathLike[str], write: Callable[[str], None]) -> Path:
    """Call `write(temp_path)`, verify the PDF, and move it to `target`. Returns the target path.

    OSError becomes a UserError in Indonesian; GenerationCancelled and other errors pass through.
    Either way no temporary file is left behind.
    """
    target = Path(target).expanduser().absolute()
    if target.is_dir():
        raise UserError(f"\"{target}\" adalah folder. Tuliskan nama berkas PDF, misalnya \"{target / 'daftar.pdf'}\".")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.stem[:40]}-", suffix=".pdf.part", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise _message(target, exc) from exc
    temp = Path(temp_name)
    try:
        write(temp_name)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        verify_pdf(temp)
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _message(target, exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


__all__ = ["GenerationCancelled", "verify_pdf", "write_atomically"]
