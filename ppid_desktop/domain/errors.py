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
