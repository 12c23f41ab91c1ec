"""Errors the clerk is meant to read.

Every ``UserError`` carries a complete sentence in formal Bahasa Indonesia that says what is wrong
and what to do, so a caller can show ``str(error)`` as it is, without adding text of its own.

The window can also show it in English (ui/i18n.py): an error keeps the Indonesian *template* it
was made from and the values filled into it, so the template is looked up in the translation and
the values are filled into the English one. Templates are marked with ``QT_TR_NOOP`` so Qt's
``lupdate`` collects them (domain/texts.py); values that are themselves Indonesian phrases
(``describe_os_error``) are marked where they are written and translated when shown.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ppid_desktop.domain.texts import QT_TR_NOOP, Phrase


class UserError(Exception):
    """An error whose ``str()`` is a finished message for the clerk.

    ``UserError("Berkas {name} rusak.", name=path.name)``: with keyword values the message is a
    ``str.format`` template; without, it is used as written (braces and all).
    """

    def __init__(self, message: str, /, **params: Any) -> None:
        # Positional-only, so a template may have fields named "message" or "field".
        self.template = message
        self.params = params
        self.message = message.format(**params) if params else message
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception pickling replays ``args`` (the finished message only); keep the template and
        # its values when the error travels from a worker process back to the GUI.
        return (_rebuild, (type(self), self.__dict__.copy()))


def _rebuild(cls: type[UserError], state: dict[str, Any]) -> UserError:
    error = cls.__new__(cls)
    Exception.__init__(error, state.get("message", ""))
    error.__dict__.update(state)
    return error


class ValidationError(UserError):
    """One input field holds a value that cannot be accepted.

    ``field`` is the key of the form field (e.g. ``"nip"``) so the UI can mark the right widget.
    """

    def __init__(self, field: str, message: str, /, **params: Any) -> None:
        super().__init__(message, **params)
        self.field = field

    def __repr__(self) -> str:
        return f"ValidationError(field={self.field!r}, message={self.message!r})"


class CombinedError(UserError):
    """Several errors shown as one message, one per line (each is translated on its own)."""

    def __init__(self, errors: Iterable[UserError]) -> None:
        self.errors: list[UserError] = list(errors)
        super().__init__("\n".join(error.message for error in self.errors))


class ValidationErrors(CombinedError):
    """Several field errors found in one pass, reported together so the clerk fixes them at once."""

    errors: list[ValidationError]  # type: ignore[assignment]

    def __init__(self, errors: Iterable[ValidationError]) -> None:
        super().__init__(errors)

    def fields(self) -> list[str]:
        """Field keys in the order the errors were found (repeats removed)."""
        return list(dict.fromkeys(error.field for error in self.errors))


_OS_ERRORS = {
    "ENOENT": QT_TR_NOOP("folder atau berkas tidak ada"),
    "EACCES": QT_TR_NOOP("tidak ada izin"),
    "EPERM": QT_TR_NOOP("tidak ada izin"),
    "ENOSPC": QT_TR_NOOP("disk penuh"),
    "EDQUOT": QT_TR_NOOP("kuota disk habis"),
    "EROFS": QT_TR_NOOP("disk hanya dapat dibaca"),
    "EEXIST": QT_TR_NOOP("sudah ada"),
    "EISDIR": QT_TR_NOOP("yang dipilih adalah folder"),
    "ENOTDIR": QT_TR_NOOP("bagian jalurnya bukan folder"),
    "ENAMETOOLONG": QT_TR_NOOP("nama atau jalur terlalu panjang"),
    "EBUSY": QT_TR_NOOP("sedang dipakai program lain"),
    "EIO": QT_TR_NOOP("kesalahan baca/tulis disk"),
    "EHOSTDOWN": QT_TR_NOOP("komputer jaringan tidak terjangkau"),
    "ENETUNREACH": QT_TR_NOOP("jaringan tidak terjangkau"),
    "ETIMEDOUT": QT_TR_NOOP("jaringan tidak menjawab"),
}


def describe_os_error(exc: OSError) -> str:
    """A short Indonesian reason for an operating-system error (the OS's own text is English)."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    if name in _OS_ERRORS:
        return _OS_ERRORS[name]
    winerror = getattr(exc, "winerror", None)
    if winerror in (32, 33):  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
        return QT_TR_NOOP("sedang dibuka oleh program lain")
    if winerror in (53, 64, 67):  # network path not found / name deleted / bad net name
        return QT_TR_NOOP("drive jaringan tidak terjangkau")
    return exc.strerror or str(exc)


# -- errors kept in the database -----------------------------------------------------------------
# A reason saved with a row (an outbox delivery that failed, a refused package) is stored as JSON
# that keeps the template and its values, so the window can still show it in English later:
#   {"template": "...", "params": {name: value}, "message": "<the Indonesian text>"}
# A value is a plain string or a number, or one object: {"phrase": text} for a marked phrase
# (texts.Phrase), {"date": "YYYY-MM-DD"} for a dates.Tanggal, {"error": {...}} for an error.
# A CombinedError keeps its parts under "parts". Rows written before (plain Indonesian text) read
# back as UserError(text).


def to_stored(error: UserError) -> str:
    """`error` as the text saved in a database column (read it back with `from_stored`)."""
    return json.dumps(_stored_dict(error), ensure_ascii=False, sort_keys=True)


def from_stored(text: str) -> UserError:
    """The error saved by `to_stored`; a text that is not such JSON (a row written by an earlier
    version) is an error whose message is that text."""
    try:
        data = json.loads(text)
    except (TypeError, ValueError):
        data = None
    if not _is_stored(data):
        return UserError(text)
    return _from_dict(data)


def _stored_dict(error: UserError) -> dict[str, Any]:
    data: dict[str, Any] = {
        "template": str(error.template),
        "params": {str(name): _stored_value(value) for name, value in error.params.items()},
        "message": error.message,
    }
    if isinstance(error, CombinedError):
        data["parts"] = [_stored_dict(part) for part in error.errors]
    return data


def _stored_value(value: Any) -> Any:
    from ppid_desktop.domain.dates import Tanggal

    if isinstance(value, UserError):
        return {"error": _stored_dict(value)}
    if isinstance(value, Tanggal):
        return {"date": value.date.isoformat()}
    if isinstance(value, Phrase):
        return {"phrase": str(value)}
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return str(value)


def _is_stored(data: Any) -> bool:
    return isinstance(data, dict) and isinstance(data.get("template"), str) and isinstance(data.get("params"), dict)


def _from_dict(data: dict[str, Any]) -> UserError:
    params = {name: _value_from(value) for name, value in data["params"].items()}
    parts = data.get("parts")
    if isinstance(parts, list) and all(_is_stored(part) for part in parts):
        error: UserError = CombinedError([_from_dict(part) for part in parts])
    else:
        error = UserError.__new__(UserError)
        error.template, error.params = data["template"], params
        message = data.get("message")
        if not isinstance(message, str):
            try:
                message = error.template.format(**params) if params else error.template
            except (KeyError, IndexError, ValueError):
                message = error.template
        error.message = message
    message = data.get("message")
    if isinstance(message, str):  # exactly the text it was, whatever the values' formatting
        error.message = message
    Exception.__init__(error, error.message)
    return error


def _value_from(value: Any) -> Any:
    if isinstance(value, dict):
        if isinstance(value.get("phrase"), str):
            return Phrase(value["phrase"])
        if isinstance(value.get("date"), str):
            from datetime import date

            from ppid_desktop.domain.dates import Tanggal

            try:
                return Tanggal(date.fromisoformat(value["date"]))
            except ValueError:
                return value["date"]
        if _is_stored(value.get("error")):
            return _from_dict(value["error"])
    return value
