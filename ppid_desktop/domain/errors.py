"""Errors the clerk is meant to read.

Every ``UserError`` carries a complete sentence in formal Bahasa Indonesia that says what is wrong
and what to do, so the UI can show ``str(error)`` as it is, without adding text of its own.
"""

from __future__ import annotations

from collections.abc import Iterable


class UserError(Exception):
    """An error whose ``str()`` is a finished message for the clerk."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(UserError):
    """One input field holds a value that cannot be accepted.

    ``field`` is the key of the form field (e.g. ``"nip"``) so the UI can mark the right widget.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field

    def __reduce__(self) -> tuple[type[ValidationError], tuple[str, str]]:
        # Exception pickling replays ``args`` (the message only); keep the field when the error
        # travels from a worker process back to the GUI.
        return (type(self), (self.field, self.message))

    def __repr__(self) -> str:
        return f"ValidationError(field={self.field!r}, message={self.message!r})"


class ValidationErrors(UserError):
    """Several field errors found in one pass, reported together so the clerk fixes them at once."""

    def __init__(self, errors: Iterable[ValidationError]) -> None:
        self.errors: list[ValidationError] = list(errors)
        super().__init__("\n".join(error.message for error in self.errors))

    def __reduce__(self) -> tuple[type[ValidationErrors], tuple[list[ValidationError]]]:
        return (type(self), (self.errors,))

    def fields(self) -> list[str]:
        """Field keys in the order the errors were found (repeats removed)."""
        return list(dict.fromkeys(error.field for error in self.errors))


_OS_ERRORS = {
    "ENOENT": "folder atau berkas tidak ada",
    "EACCES": "tidak ada izin",
    "EPERM": "tidak ada izin",
    "ENOSPC": "disk penuh",
    "EDQUOT": "kuota disk habis",
    "EROFS": "disk hanya dapat dibaca",
    "EEXIST": "sudah ada",
    "EISDIR": "yang dipilih adalah folder",
    "ENOTDIR": "bagian jalurnya bukan folder",
    "ENAMETOOLONG": "nama atau jalur terlalu panjang",
    "EBUSY": "sedang dipakai program lain",
    "EIO": "kesalahan baca/tulis disk",
    "EHOSTDOWN": "komputer jaringan tidak terjangkau",
    "ENETUNREACH": "jaringan tidak terjangkau",
    "ETIMEDOUT": "jaringan tidak menjawab",
}


def describe_os_error(exc: OSError) -> str:
    """A short Indonesian reason for an operating-system error (the OS's own text is English)."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    if name in _OS_ERRORS:
        return _OS_ERRORS[name]
    winerror = getattr(exc, "winerror", None)
    if winerror in (32, 33):  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
        return "sedang dibuka oleh program lain"
    if winerror in (53, 64, 67):  # network path not found / name deleted / bad net name
        return "drive jaringan tidak terjangkau"
    return exc.strerror or str(exc)
