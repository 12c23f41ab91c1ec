"""Legal grounds for an exemption: Pasal 17 UU 14/2008 (huruf and angka) or another statute."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ppid_desktop.domain.errors import ValidationError
from ppid_desktop.domain.texts import QT_TR_NOOP

# huruf -> (short label, number of angka; 0 = none). DOMAIN.md confirms the angka of a and h;
# c (7), e (8) and f (4) follow the statute text as republished on PPID sites: re-check them
# against the Lembaran Negara text if in doubt.
_PASAL17: dict[str, tuple[str, int]] = {
    "a": (QT_TR_NOOP("Penegakan hukum"), 5),
    "b": (QT_TR_NOOP("HKI / persaingan usaha"), 0),
    "c": (QT_TR_NOOP("Pertahanan dan keamanan"), 7),
    "d": (QT_TR_NOOP("Kekayaan alam"), 0),
    "e": (QT_TR_NOOP("Ketahanan ekonomi"), 8),
    "f": (QT_TR_NOOP("Hubungan luar negeri"), 4),
    "g": (QT_TR_NOOP("Akta otentik pribadi / wasiat"), 0),
    "h": (QT_TR_NOOP("Rahasia pribadi"), 5),
    "i": (QT_TR_NOOP("Memorandum / surat internal"), 0),
    "j": (QT_TR_NOOP("Dikecualikan undang-undang lain"), 0),
}
PASAL17_HURUF: dict[str, str] = {huruf: label for huruf, (label, _) in _PASAL17.items()}
PASAL17_MAX_ANGKA: dict[str, int] = {huruf: count for huruf, (_, count) in _PASAL17.items()}


@dataclass(frozen=True)
class LegalGround:
    """One ground: a Pasal 17 huruf (with optional angka), or ``other`` statute as free text."""

    huruf: str | None = None
    angka: int | None = None
    other: str = ""

    def __post_init__(self) -> None:
        # Normalise here so that equal grounds compare equal whatever the clerk typed.
        object.__setattr__(self, "huruf", (self.huruf or "").strip().lower() or None)
        object.__setattr__(self, "other", " ".join((self.other or "").split()))

    @property
    def is_other(self) -> bool:
        """True for a ground citing another statute instead of a Pasal 17 huruf."""
        return self.huruf is None and bool(self.other)

    def problem(self) -> str | None:
        """What is wrong with this ground, as a message for the clerk; None when it is valid."""
        error = self.problem_error()
        return None if error is None else error.message

    def problem_error(self) -> ValidationError | None:
        """`problem` as a ValidationError (template and values) for the window to translate."""
        if self.huruf is None:
            if not self.other:
                return _invalid(QT_TR_NOOP("Dasar hukum pengecualian belum diisi. Pilih huruf Pasal 17 UU 14/2008 "
                                           "atau tuliskan peraturan lain yang menjadi dasar pengecualian."))
            if self.angka is not None:
                return _invalid(QT_TR_NOOP("Angka hanya dapat diisi bersama huruf Pasal 17. Untuk peraturan lain, "
                                           "tuliskan angkanya pada teks peraturan."))
            return None
        if self.other:
            return _invalid(QT_TR_NOOP("Satu dasar hukum hanya boleh berisi huruf Pasal 17 atau peraturan lain, "
                                       "tidak keduanya. Catat peraturan lain sebagai dasar hukum tersendiri."))
        if self.huruf not in PASAL17_HURUF:
            return _invalid(QT_TR_NOOP('Huruf "{huruf}" tidak ada dalam Pasal 17 UU 14/2008. Pilih huruf a sampai j.'),
                            huruf=self.huruf)
        maximum = PASAL17_MAX_ANGKA[self.huruf]
        if self.angka is None or 1 <= self.angka <= maximum:
            return None
        if maximum == 0:
            return _invalid(QT_TR_NOOP("Pasal 17 huruf {huruf} tidak memiliki angka. Kosongkan angka."), huruf=self.huruf)
        return _invalid(QT_TR_NOOP("Pasal 17 huruf {huruf} hanya memiliki angka 1 sampai {max}; yang diisi angka {angka}."),
                        huruf=self.huruf, max=maximum, angka=self.angka)

    def validate(self) -> None:
        """Raise ``ValidationError(field="dasar_hukum")`` if this ground cannot be recorded."""
        if (error := self.problem_error()) is not None:
            raise error

    @property
    def label(self) -> str:
        """"Pasal 17 huruf h angka 5" for Pasal 17 grounds; the statute text for other grounds."""
        angka = f" angka {self.angka}" if self.angka is not None else ""
        return self.other if self.huruf is None else f"Pasal 17 huruf {self.huruf}{angka}"

    @property
    def description(self) -> str:
        """The short label of the huruf ("Rahasia pribadi"); "" for other statutes."""
        return PASAL17_HURUF.get(self.huruf or "", "")


def _invalid(template: str, **values: object) -> ValidationError:
    return ValidationError("dasar_hukum", template, **values)


def format_legal_grounds(grounds: list[LegalGround]) -> str:
    """Labels joined with "; ", as printed in the DIK column "Dasar hukum pengecualian"."""
    return "; ".join(ground.label for ground in grounds)


def parse_legal_grounds(text: str) -> list[LegalGround]:
    """Read a free-text "dasar hukum" cell; never raises. Parts that are not Pasal 17 citations
    become ``other`` grounds, so nothing the clerk wrote is lost; exact repeats are kept once."""
    grounds = (LegalGround(huruf, angka, other) for huruf, angka, other in _scan(text or ""))
    # "huruf h angka 9" and the like: keep what was written, as text, for the clerk to correct.
    kept = (LegalGround(other=g.label) if g.huruf and g.problem() else g for g in grounds)
    return list(dict.fromkeys(kept))


# --- Grammar of "dasar hukum" cells. ASCII matching: no odd Unicode letter folds into a..j.
_F = re.IGNORECASE | re.ASCII
_ANCHOR = re.compile(r"(?<![a-z])(?:pasal|psl|ps)\s*\.?\s*17(?![0-9])", _F)
_UU14 = (  # "UU 14/2008", "Undang-Undang Nomor 14 Tahun 2008 tentang ...", "UU KIP"
    r"\(?\s*(?:(?:uu|undang\s*-?\s*undang)\s*(?:ri\s*)?(?:no(?:mor)?\s*\.?\s*)?14\s*(?:/|tahun|thn"
    r"\.?|th\.?)\s*2008(?:\s*tentang\s+keterbukaan\s+informasi\s+publik)?|uu\s*-?\s*kip)\s*\)?"
)
_AFTER_ANCHOR = re.compile(rf"[\s,:]*(?:{_UU14}[\s,:]*)?", _F)
_TRAILING_UU14 = re.compile(rf"(?:[\s,]*{_UU14})?", _F)
# Items are joined by spaces, commas, "dan", "serta", "atau", "&"; a line break or ";" also joins
# them, but then the next item must say "huruf": a bare "b." there starts a numbered list.
_CONNECTOR = re.compile(r"(?:[\s,;&/+]|(?<![a-z])(?:dan|serta|atau|jo)(?![a-z])\.?)*", _F)
_LETTER = re.compile(r"(?:(huruf|hurf|hrf|huf|hur|hf)\.?\s*)?\(?\s*([a-j])\s*\)?(?![a-z0-9])", _F)
_RANGE = r"\s*(?:s\s*\.?\s*/?\s*d\s*\.?|sampai(?:\s+dengan)?|hingga|-|\u2013)\s*"
_ANGKA_WORD = r"(?:angka|angk|ang|akt|nomor|no|butir|poin|pt)\.?[ \t]*"
_NUMBER = r"\(?[ \t]*([0-9]{1,3})(?![0-9/])[ \t]*\)?"  # same line: the next line may be "2. ..."
_ANGKA_FIRST = re.compile(rf"[\s,.]*{_ANGKA_WORD}{_NUMBER}", _F)
_ANGKA_RANGE = re.compile(rf"{_RANGE}{_NUMBER}", _F)
_ANGKA_NEXT = re.compile(  # "…, 2 dan angka 3"
    rf"[ \t,&/+]*(?:(?:dan|serta|atau)\b[ \t/]*)*(?:{_ANGKA_WORD})?{_NUMBER}", _F)
_FILLER = r"dan/atau|dan|atau|serta|jo|juncto|&|berdasarkan|yaitu|sesuai(?:\s+dengan)?"
# Leading punctuation, list marks ("a. ", "1) ") and filler words; one anchored match, no rescans.
_LEADING_NOISE = re.compile(
    r"(?:[\s,.:;\-\u2013\u2022*\u00b7]|\(?(?:[a-z]|[0-9]{1,2})[.)](?=\s)"
    rf"|(?:{_FILLER}|dasar\s+hukum(?:\s+pengecualian)?)(?![a-z])\.?)*", _F)
_TRAILING_WORDS = {"dan/atau", "dan", "atau", "serta", "jo", "juncto", "&", ""}
_PUNCTUATION = " ,.:;-\u2013\u2022*\u00b7"
_ENUMERATOR = re.compile(r"\(?(?:[a-z]|[0-9]{1,2})[.)]", _F)  # "a." "1)" "(b)" standing alone

_Item = tuple[str | None, int | None, str]


def _read_numbers(s: str, pos: int) -> tuple[list[int], int]:
    """Angka after a huruf: "angka 5", "angka 1, 2 dan 3", "angka 1 s.d. 3"."""
    if not (m := _ANGKA_FIRST.match(s, pos)):
        return [], pos
    numbers, pos = [int(m.group(1))], m.end()
    while True:
        r = _ANGKA_RANGE.match(s, pos)
        if r and numbers[-1] < int(r.group(1)) <= numbers[-1] + 20:
            numbers += range(numbers[-1] + 1, int(r.group(1)) + 1)
        elif r := _ANGKA_NEXT.match(s, pos):
            numbers.append(int(r.group(1)))
        else:
            return numbers, pos
        pos = r.end()


def _read_items(s: str, anchor_end: int) -> tuple[list[_Item], int]:
    """The huruf (with angka) after one "Pasal 17", and where they end."""
    items: list[_Item] = []
    pos = end = _AFTER_ANCHOR.match(s, anchor_end).end()  # type: ignore[union-attr]
    sep = s[anchor_end:pos]
    while (m := _LETTER.match(s, pos)) and (m.group(1) or not ("\n" in sep or ";" in sep)):
        huruf, pos = m.group(2).lower(), m.end()
        numbers, pos = _read_numbers(s, pos)
        items += [(huruf, n, "") for n in (numbers or [None])]
        c = _CONNECTOR.match(s, pos)
        end, sep, pos = pos, c.group(), c.end()  # type: ignore[union-attr]
    return items, end


def _others(chunk: str, drop_uu14: bool) -> list[_Item]:
    """Text outside Pasal 17 citations, split at ";" and line breaks, minus fillers and lists."""
    found: list[_Item] = []
    for piece in re.split(r"[;\n]+", chunk):
        if _ENUMERATOR.fullmatch(piece.strip()):
            continue
        words = piece[_LEADING_NOISE.match(piece).end() :].split()  # type: ignore[union-attr]
        while words and words[-1].strip(_PUNCTUATION).lower() in _TRAILING_WORDS:
            words.pop()
        piece = " ".join(words).rstrip(_PUNCTUATION)
        if ")" not in piece:  # a bracket opened in the Pasal 17 part that was cut away
            piece = piece.lstrip("(")
        if "(" not in piece:
            piece = piece.rstrip(")")
        if any(ch.isalnum() for ch in piece) and not (drop_uu14 and re.fullmatch(_UU14, piece, _F)):
            found.append((None, None, piece))
    return found


def _scan(text: str) -> list[_Item]:
    s = "\n".join(" ".join(line.split()) for line in text.splitlines())  # NBSP, runs: " "
    parts: list[str | list[_Item]] = []
    pos = search = 0
    while m := _ANCHOR.search(s, search):
        items, end = _read_items(s, m.end())
        if not items:  # "Pasal 17 ayat (2) PP ..." is another statute's Pasal 17: keep as text
            search = m.end()
            continue
        end = _TRAILING_UU14.match(s, end).end()  # type: ignore[union-attr]
        parts += [s[pos : m.start()], items]
        pos = search = end
    parts.append(s[pos:])
    result: list[_Item] = []
    for part in parts:
        result += _others(part, len(parts) > 1) if isinstance(part, str) else part
    return result
