"""Writing a document so that the target is either the complete new file or untouched.

The document (a PDF here; a spreadsheet or a report of skipped rows in the services) is written
to a temporary file beside the target (same folder, so the final rename is atomic on the same
filesystem), flushed to disk, checked (a PDF: not empty, ends with %%EOF; a spreadsheet: opens
again) and only then renamed over the target. On any failure or cancellation the temporary file
is removed: a half-written document never appears under the clerk's chosen name.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ppid_desktop.domain.errors import UserError, describe_os_error
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.reports import GenerationCancelled

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


PDF_IN_USE = QT_TR_NOOP("Bila berkas itu sedang dibuka di program lain (misalnya pembaca PDF), tutup dulu program itu.")


def _message(target: Path, exc: OSError, in_use_hint: str) -> UserError:
    if exc.errno in _FULL:
        return UserError(
            QT_TR_NOOP("Disk penuh: berkas \"{name}\" tidak dapat ditulis ke \"{folder}\". "
                       "Kosongkan ruang disk atau pilih folder lain, lalu coba lagi."),
            name=target.name, folder=target.parent,
        )
    reason = describe_os_error(exc)
    if exc.errno in (errno.EACCES, errno.EPERM) and target.exists():
        # The hint (a marked phrase, e.g. EXCEL_IN_USE) is a value: the window translates it.
        return UserError(QT_TR_NOOP("Berkas \"{target}\" tidak dapat ditulis: {reason}. {hint} Pilih folder lain."),
                         target=target, reason=reason, hint=in_use_hint)
    return UserError(QT_TR_NOOP("Berkas \"{target}\" tidak dapat ditulis: {reason}. Pilih folder lain."), target=target, reason=reason)


def verify_pdf(path: Path) -> None:
    """A written PDF must be non-empty and end with the %%EOF marker."""
    size = path.stat().st_size
    if size < 64:
        raise OSError(errno.EIO, "berkas PDF kosong")
    with open(path, "rb") as handle:
        handle.seek(max(0, size - 1024))
        if b"%%EOF" not in handle.read():
            raise OSError(errno.EIO, "berkas PDF tidak lengkap")


def write_atomically(
    target: str | os.PathLike[str],
    write: Callable[[str], None],
    *,
    verify: Callable[[Path], None] = verify_pdf,
    in_use_hint: str = PDF_IN_USE,
) -> Path:
    """Call `write(temp_path)`, flush it, `verify` it (a PDF by default: raises OSError when the
    file is not right) and move it to `target`. Returns the target path. Used for every document
    the clerk saves: PDFs here, spreadsheet exports and reports in the services.

    OSError becomes a UserError in Indonesian (`in_use_hint`, a marked phrase, says what to close
    when the target is open elsewhere); GenerationCancelled and other errors pass through. Either way no temporary
    file is left behind.
    """
    target = Path(target).expanduser().absolute()
    if target.is_dir():
        raise UserError(QT_TR_NOOP("\"{target}\" adalah folder. Tuliskan nama berkasnya, misalnya \"{example}\"."),
                        target=target, example=target / ("daftar" + (target.suffix or ".pdf")))
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.stem[:40]}-", suffix=f"{target.suffix}.part", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise _message(target, exc, in_use_hint) from exc
    temp = Path(temp_name)
    try:
        write(temp_name)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        verify(temp)
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _message(target, exc, in_use_hint) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


__all__ = ["GenerationCancelled", "verify_pdf", "write_atomically"]
