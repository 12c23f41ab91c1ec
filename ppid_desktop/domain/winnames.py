"""File and folder names that Windows accepts, without losing what they say.

Files reach us from clerks' laptops, scanners and phones and leave us on a Windows share, so every
name we write must survive NTFS and the Win32 path rules:

- the characters ``<>:"/\\|?*`` and control characters are forbidden;
- device names (CON, PRN, AUX, NUL, COM0-9, LPT0-9, the superscript COM¹²³ / LPT¹²³ and
  CONIN$ / CONOUT$) are reserved with *any* extension ("nul.txt", "Com1.tar.gz");
- trailing dots and spaces are silently dropped by Windows, so "Surat." and "Surat" collide;
- a component holds at most 255 UTF-16 code units; a whole path at most MAX_PATH (260, counting
  the terminating NUL) unless long paths are enabled, and a folder 12 fewer (room for an 8.3 name);
- names compare case-insensitively, and accented names arrive as NFC (Windows, macOS keyboards) or
  NFD (macOS file systems), so "Laporan Ré" typed twice may be two different strings.

The original name is always kept elsewhere (in the database, in the records file); what this module
returns is only the name on disk. Nothing here touches the file system.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

MAX_COMPONENT_UNITS = 255
MAX_PATH = 260
# CreateDirectory leaves room for an 8.3 file name inside the folder.
_DIRECTORY_RESERVE = 12
# What an empty or dots-only name becomes: the user reads it, so it is Indonesian.
EMPTY_NAME = "berkas"
# Extensions longer than this are part of the name (a sentence with a period in it).
_MAX_EXTENSION_UNITS = 16
_FINGERPRINT_LENGTH = 6
# A folder that must be shortened keeps this much of its name (beginning + "~" + fingerprint).
_SHORT_FOLDER_UNITS = 24

# Separators become a hyphen ("12/PPID/2024" -> "12-PPID-2024", "10:30" -> "10-30"); the rest an
# underscore. Tab and line breaks become a space (names pasted from a document).
_REPLACEMENTS = {"/": "-", "\\": "-", ":": "-", "|": "-"}
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_WHITESPACE_CONTROLS = {"\t", "\n", "\r", "\x0b", "\x0c"}
_DEVICE_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{digit}" for port in ("COM", "LPT") for digit in "0123456789¹²³"}
)


def utf16_length(text: str) -> int:
    """How many UTF-16 code units ``text`` takes: the unit NTFS and Win32 count in."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def name_key(name: str) -> str:
    """The form in which two names are the same file on Windows (NFC, case-folded)."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


def is_reserved_device_name(name: str) -> bool:
    """Whether Windows reads ``name`` as a device ("nul", "Com1.txt", "AUX .pdf")."""
    base = name.split(".", 1)[0].rstrip(" ")
    return base.upper() in _DEVICE_NAMES


def split_extension(name: str) -> tuple[str, str]:
    """``("Laporan", ".pdf")`` for ``"Laporan.pdf"``; no extension for ".env" or "a. b c d e f".

    An extension is the part after the last dot when it is short and holds no space, so a long
    name is shortened in its stem and the type of the file survives.
    """
    stem, dot, extension = name.rpartition(".")
    if (
        not dot
        or not stem
        or not extension
        or " " in extension
        or utf16_length(extension) + 1 > _MAX_EXTENSION_UNITS
    ):
        return name, ""
    return stem, "." + extension


def safe_component(name: str, taken: set[str] | None = None) -> str:
    """``name`` made into one file or folder name that Windows accepts.

    NFC-normalised; forbidden and control characters replaced; a reserved device name gets an
    underscore after its base ("CON.txt" -> "CON_.txt"); leading spaces and trailing dots and
    spaces removed; at most 255 UTF-16 units, cut in the stem so the extension stays; never empty.

    ``taken`` holds the :func:`name_key` of every name already used in the same folder. When it is
    given the result differs from all of them (" (2)", " (3)", ... before the extension) and its
    key is added to ``taken``. Keys rather than names keep each call fast in a folder of
    thousands of files; seed the set with ``{name_key(n) for n in existing_names}``.
    """
    cleaned = _clean(name)
    if taken is None:
        return cleaned
    candidate = cleaned
    number = 1
    while name_key(candidate) in taken:
        number += 1
        candidate = _with_suffix(cleaned, f" ({number})")
    taken.add(name_key(candidate))
    return candidate


def fits_total_path(root: str, relative: str, limit: int = MAX_PATH) -> bool:
    """Whether ``root`` joined with ``relative`` stays within Windows' path limit.

    ``relative`` uses "/" or "\\" between components (BagIt manifests use "/"). The file's full
    path plus the terminating NUL must fit in ``limit``; every folder on the way must also leave
    room for an 8.3 name, as CreateDirectory requires.
    """
    parts = _components(relative)
    if not parts:
        return True
    lengths = _prefix_lengths(root, parts)
    if lengths[-1] + 1 > limit:
        return False
    return all(length + 1 <= limit - _DIRECTORY_RESERVE for length in lengths[:-1])


def fit_paths(root: str, relatives: Iterable[str], limit: int = MAX_PATH) -> dict[str, str]:
    """Each relative path mapped to one that fits under ``root`` (unchanged when it already fits).

    The file name is shortened first (its beginning, a "~" and a fingerprint of the full name,
    then the extension: "Laporan…~3fa9c1.pdf"), so two long names that begin alike stay
    different. Only when the file name at its shortest is still too long is its folder
    shortened, deepest first, and then for every path in that folder, so the tree keeps its shape.
    Separators in the result are "/". Raises ``ValueError`` when even the shortest names do not
    fit, i.e. ``root`` itself is too long (the caller tells the user to choose a shorter folder).
    """
    originals = list(relatives)
    split = {relative: _components(relative) for relative in originals}
    shortened_dirs: dict[tuple[str, ...], str] = {}
    for relative in originals:
        while split[relative]:
            parts = _apply_directories(split[relative], shortened_dirs)
            shortest_name = min(parts[-1], _fingerprinted(parts[-1], 1), key=utf16_length)
            if fits_total_path(root, "/".join([*parts[:-1], shortest_name]), limit):
                break
            # Even the shortest file name is too long here: shorten the deepest long folder.
            key = _deepest_long_folder(split[relative], shortened_dirs)
            if key is None:
                raise ValueError(f"path cannot fit under {root!r}: {relative!r}")
            shortened_dirs[key] = _fingerprinted(key[-1], _SHORT_FOLDER_UNITS, keep_extension=False)
    # Folders are decided for the whole tree first, so files of one folder stay together.
    result: dict[str, str] = {}
    for relative in originals:
        parts = _apply_directories(split[relative], shortened_dirs)
        if parts and not fits_total_path(root, "/".join(parts), limit):
            parts = _shorten_last(root, parts, limit)
        result[relative] = "/".join(parts)
    return result


def _clean(name: str) -> str:
    text = unicodedata.normalize("NFC", name)
    text = _FORBIDDEN.sub(_replacement, text)
    text = text.lstrip(" ").rstrip(". ")
    if not text:
        return EMPTY_NAME
    if is_reserved_device_name(text):
        base, dot, rest = text.partition(".")
        text = base.rstrip(" ") + "_" + dot + rest
    if utf16_length(text) > MAX_COMPONENT_UNITS:
        text = _with_suffix(text, "")
    return text


def _replacement(match: re.Match[str]) -> str:
    char = match.group(0)
    if char in _WHITESPACE_CONTROLS:
        return " "
    return _REPLACEMENTS.get(char, "_")


def _with_suffix(name: str, suffix: str, limit: int = MAX_COMPONENT_UNITS) -> str:
    """``name`` with ``suffix`` before its extension, the stem cut so the whole fits ``limit``."""
    stem, extension = split_extension(name)
    room = limit - utf16_length(suffix) - utf16_length(extension)
    if room < 1:
        # An extension that leaves no room is treated as part of the name.
        stem, extension = name, ""
        room = limit - utf16_length(suffix)
    stem = _truncate(stem, room).rstrip(". ") or EMPTY_NAME[: max(room, 1)]
    return stem + suffix + extension


def _truncate(text: str, units: int) -> str:
    """The longest beginning of ``text`` within ``units`` UTF-16 units, never splitting a
    surrogate pair nor leaving a combining mark without its base letter."""
    if utf16_length(text) <= units:
        return text
    total = 0
    end = 0
    for index, char in enumerate(text):
        size = 2 if ord(char) > 0xFFFF else 1
        if total + size > units:
            break
        total += size
        end = index + 1
    while 0 < end < len(text) and unicodedata.combining(text[end]):
        end -= 1
    return text[:end]


def _fingerprint(name: str) -> str:
    digest = hashlib.sha256(unicodedata.normalize("NFC", name).encode("utf-8")).hexdigest()
    return digest[:_FINGERPRINT_LENGTH]


def _fingerprinted(name: str, units: int, keep_extension: bool = True) -> str:
    """``name`` cut to ``units`` units or more: its beginning, "~", a fingerprint, its extension."""
    suffix = "~" + _fingerprint(name)
    stem, extension = split_extension(name) if keep_extension else (name, "")
    kept = _truncate(stem, max(units - utf16_length(suffix) - utf16_length(extension), 1))
    return (kept.rstrip(". ") or "_") + suffix + extension


def _shorten_last(root: str, parts: list[str], limit: int) -> list[str]:
    folders = parts[:-1]
    used = _prefix_lengths(root, [*folders, ""])[-1]
    room = limit - 1 - used
    name = parts[-1]
    shortest = _fingerprinted(name, 1)
    if room < utf16_length(shortest):
        raise ValueError(f"path cannot fit under {root!r}: {'/'.join(parts)!r}")
    return [*folders, _fingerprinted(name, room)]


def _deepest_long_folder(
    parts: list[str], shortened: dict[tuple[str, ...], str]
) -> tuple[str, ...] | None:
    for depth in range(len(parts) - 1, 0, -1):
        key = tuple(parts[:depth])
        if key not in shortened and utf16_length(key[-1]) > _SHORT_FOLDER_UNITS:
            return key
    return None


def _apply_directories(parts: list[str], shortened: dict[tuple[str, ...], str]) -> list[str]:
    result = list(parts)
    for depth in range(1, len(parts)):
        replacement = shortened.get(tuple(parts[:depth]))
        if replacement is not None:
            result[depth - 1] = replacement
    return result


def _components(relative: str) -> list[str]:
    return [part for part in re.split(r"[/\\]", relative) if part]


def _prefix_lengths(root: str, parts: list[str]) -> list[int]:
    """The UTF-16 length of root + "\\" + parts[0] + "\\" + ... for each prefix of ``parts``."""
    total = utf16_length(root.rstrip("/\\"))
    lengths = []
    for part in parts:
        total += 1 + utf16_length(part)
        lengths.append(total)
    return lengths
