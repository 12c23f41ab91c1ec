"""Pangkat and golongan ruang of civil servants (PP 99/2000): "Pembina Utama Muda (IV/c)"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ppid_desktop.domain.errors import UserError, ValidationError
from ppid_desktop.domain.texts import QT_TR_NOOP


@dataclass(frozen=True)
class Golongan:
    """One rank: ``code`` like "IV/c", ``name`` like "Pembina Utama Muda"."""

    code: str
    name: str

    @property
    def label(self) -> str:
        """The printed form under a signature: "Pembina Utama Muda (IV/c)"."""
        return f"{self.name} ({self.code})"

    def __str__(self) -> str:
        return self.label


GOLONGAN: tuple[Golongan, ...] = tuple(
    Golongan(code, name)
    for code, name in (
        ("I/a", "Juru Muda"),
        ("I/b", "Juru Muda Tingkat I"),
        ("I/c", "Juru"),
        ("I/d", "Juru Tingkat I"),
        ("II/a", "Pengatur Muda"),
        ("II/b", "Pengatur Muda Tingkat I"),
        ("II/c", "Pengatur"),
        ("II/d", "Pengatur Tingkat I"),
        ("III/a", "Penata Muda"),
        ("III/b", "Penata Muda Tingkat I"),
        ("III/c", "Penata"),
        ("III/d", "Penata Tingkat I"),
        ("IV/a", "Pembina"),
        ("IV/b", "Pembina Tingkat I"),
        ("IV/c", "Pembina Utama Muda"),
        ("IV/d", "Pembina Utama Madya"),
        ("IV/e", "Pembina Utama"),
    )
)

# ASCII-only matching: with full Unicode case folding odd letters (e.g. "ı") would match "i".
_FLAGS = re.IGNORECASE | re.ASCII
# A code anywhere in the text: "IV/c", "iv-c", "IV / c", "IVc"; never inside a word.
_CODE = re.compile(r"(?<![a-z])(iv|iii|ii|i)\s*[/\-.]?\s*([a-e])(?![a-z])", _FLAGS)
# Words around the value in registers ("Gol. IV/c", "Pangkat: Pembina") that carry no meaning.
_NOISE_WORDS = re.compile(r"(?<![a-z])(?:pangkat|golongan|gol|ruang)(?![a-z])\.?", _FLAGS)
# Registers abbreviate "Tingkat I" as "Tk. I", "Tk.I" or write "Tingkat 1".
_TINGKAT = re.compile(r"(?<![a-z])(?:tingkat|tkt|tk)\s*\.?\s*(?:i|1)(?![a-z0-9])", _FLAGS)
_PUNCTUATION = re.compile(r"[()\[\],;:/\-.]+")

_BY_CODE = {g.code.lower(): g for g in GOLONGAN}
_BY_NAME = {g.name.lower(): g for g in GOLONGAN}
# The second sentence of every refusal below (a value of their templates, translated on its own).
_EXPECTED = UserError(
    QT_TR_NOOP("Isikan kode golongan ruang (contoh: IV/c) atau nama pangkat menurut PP 99/2000 "
               "(contoh: Pembina Utama Muda), yaitu salah satu dari: {codes}."),
    codes=", ".join(g.code for g in GOLONGAN),
)


def golongan(code: str) -> Golongan:
    """The rank with this code ("IV/c"; case and spaces are ignored). Raises ``KeyError``."""
    key = re.sub(r"\s+", "", code).lower()
    return _BY_CODE[key]


def _name_key(text: str) -> str:
    text = _TINGKAT.sub(" tingkat i ", text)
    text = _PUNCTUATION.sub(" ", text)
    return " ".join(text.split()).lower()


def parse_golongan(text: str, *, field: str = "pangkat") -> Golongan:
    """Read a rank typed or pasted as a code, a name, or both ("Pembina Utama Muda (IV/c)")."""
    cleaned = " ".join(_NOISE_WORDS.sub(" ", text or "").split())
    codes = {f"{m.group(1).upper()}/{m.group(2).lower()}" for m in _CODE.finditer(cleaned)}
    if unknown := sorted(codes - {g.code for g in GOLONGAN}):  # "I/e": golongan I stops at d
        raise ValidationError(field, QT_TR_NOOP("Golongan {code} tidak ada menurut PP 99/2000. {expected}"),
                              code=unknown[0], expected=_EXPECTED)
    by_code = {_BY_CODE[code.lower()] for code in codes}
    rest = _name_key(_CODE.sub(" ", cleaned))
    by_name = _BY_NAME.get(rest)
    if rest and by_name is None:
        shown = text.strip()
        raise ValidationError(field, QT_TR_NOOP('Pangkat/golongan "{text}" tidak dikenal. {expected}'),
                              text=shown, expected=_EXPECTED)
    if len(by_code) > 1:
        listed = ", ".join(sorted(g.code for g in by_code))
        raise ValidationError(
            field,
            QT_TR_NOOP('Pangkat/golongan "{text}" memuat lebih dari satu golongan ({codes}). '
                       "Isikan satu golongan saja."),
            text=text.strip(), codes=listed,
        )
    found = next(iter(by_code), None)
    if found and by_name and found != by_name:
        raise ValidationError(
            field,
            QT_TR_NOOP("Pangkat {name} tidak sesuai dengan golongan {code}: "
                       "{name} adalah golongan {name_code}, sedangkan golongan {code} "
                       "adalah {code_name}. Periksa kembali SK kenaikan pangkat terakhir."),
            name=by_name.name, code=found.code, name_code=by_name.code, code_name=found.name,
        )
    result = found or by_name
    if result is None:  # only brackets or punctuation were typed
        raise ValidationError(field, QT_TR_NOOP("Pangkat/golongan belum diisi. {expected}"), expected=_EXPECTED)
    return result
