"""The one font of every printed document: Liberation Sans (SIL OFL), shipped under resources/fonts.

Registered once with ReportLab as a TrueType family, so every PDF embeds (a subset of) it and
prints any Latin, Greek or Cyrillic text; the standard 14 PDF fonts are Latin-1 only and a frozen
app loses ReportLab's own bundled fonts. Characters the font has no glyph for (emoji, mathematical
letters, CJK) are substituted by `clean` before anything is measured or drawn, never a crash.

This package must not import `ppid_desktop.storage` (import-linter layers), so the font folder is
found the same way `storage.paths.resources_dir` finds `resources/`, or is passed in.
"""

from __future__ import annotations

import threading
import unicodedata
from importlib import resources
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "PPIDSans"
BOLD = "PPIDSans-Bold"
ITALIC = "PPIDSans-Italic"
BOLD_ITALIC = "PPIDSans-BoldItalic"
FAMILY = REGULAR
# Index of each face in the (font, line) pairs of laid-out cells.
FACES: tuple[str, ...] = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)

_FILES = {
    REGULAR: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    ITALIC: "LiberationSans-Italic.ttf",
    BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
}
SUBSTITUTE = "?"  # for a character neither the font nor its NFKC form can print

_lock = threading.Lock()
_registered = False
_covered: frozenset[int] = frozenset()
_replacements: dict[str, str] = {}
# ASCII controls other than line breaks; a tab becomes a space.
_ASCII_CONTROLS = {c: None for c in range(32) if chr(c) not in "\r\n\t"} | {9: " ", 127: None}


def default_font_dir() -> Path:
    """`resources/fonts`, from a wheel or PyInstaller bundle, else from the source tree."""
    packaged = resources.files("ppid_desktop").joinpath("_resources")
    if packaged.is_dir():
        return Path(str(packaged)) / "fonts"
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


def register_fonts(font_dir: Path | None = None) -> None:
    """Register the family once per process (thread-safe); later calls do nothing."""
    global _registered, _covered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = Path(font_dir) if font_dir else default_font_dir()
        for name, file in _FILES.items():
            path = folder / file
            if not path.is_file():
                raise FileNotFoundError(f"Berkas huruf {path} tidak ditemukan; pasang ulang PPID Desktop.")
            # asciiReadable: ASCII keeps its own codes in subset 0 (reports.pdftext relies on it).
            pdfmetrics.registerFont(TTFont(name, str(path), asciiReadable=True))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(FAMILY, bold, italic, FACES[bold + 2 * italic])
        # The faces share Liberation's character set; the regular face decides what is printable.
        face = pdfmetrics.getFont(REGULAR).face  # type: ignore[attr-defined]
        _covered = frozenset(face.charToGlyph)
        _registered = True


def _replacement(ch: str) -> str:
    code = ord(ch)
    if ch == "\t" or (unicodedata.category(ch) == "Zs" and ch not in "\u00a0\u202f"):
        return " "  # other spaces (em, thin, ideographic) break lines like a space
    if code in _covered:
        return ch
    if ch == "\u202f":
        return "\u00a0"
    if ch in "\r\n":
        return ch
    if unicodedata.category(ch) in ("Cc", "Cf", "Mn", "Me"):  # controls, joiners, lone accents
        return ""
    # Mathematical and full-width letters ("𝔘", "Ａ") have a plain form the font can print.
    folded = unicodedata.normalize("NFKC", ch)
    if folded != ch and all(ord(c) in _covered for c in folded):
        return folded
    return SUBSTITUTE


def clean(text: str) -> str:
    """`text` with every character the font cannot print replaced; "" for None."""
    if not text:
        return ""
    if text.isascii():
        return text if text.isprintable() else text.translate(_ASCII_CONTROLS)
    register_fonts()
    out = []
    for ch in text:
        rep = _replacements.get(ch)
        if rep is None:
            rep = _replacements[ch] = _replacement(ch)
        out.append(rep)
    return "".join(out)


def string_width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)
