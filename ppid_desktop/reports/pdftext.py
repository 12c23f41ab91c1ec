"""Many text lines written as one BT..ET block straight into the page's content stream.

ReportLab's TextObject formats every coordinate with its pure-Python `fp_str` and sends every
line through the TrueType subsetter character by character. For a register of 10,000 records
(about 400,000 lines) that is most of the writing time. Here a line is placed with one `Tm`
formatted by Python's own float formatting, and a pure-ASCII line (most Indonesian text) is
written as it is: with ReportLab's `asciiReadable` TrueType subsets (the default), ASCII
characters have their own codes in subset 0, which always embeds them. Any other line goes
through the font's `splitString`, exactly as ReportLab would, so the subsets stay correct.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas

from ppid_desktop.reports.fonts import FACES


def _escape_ascii(text: str) -> str:
    if "(" in text or ")" in text or "\\" in text:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return text


class FastText:
    """Collects lines for one page and appends them to the canvas in `close()`."""

    def __init__(self, canv: Canvas, size: float) -> None:
        self.canv = canv
        self.doc = canv._doc
        self.size = size
        self.fonts = [getFont(face) for face in FACES]
        if not all(getattr(font, "_asciiReadable", False) for font in self.fonts):  # pragma: no cover
            raise RuntimeError("the PPIDSans faces must be registered with asciiReadable=True")
        self.code: list[str] = ["q BT"]
        self.current: tuple[int, int] = (-1, -1)
        self._names: dict[tuple[int, int], str] = {}
        self._escape = canv._escape

    def _select(self, face: int, subset: int) -> None:
        key = (face, subset)
        name = self._names.get(key)
        if name is None:
            name = self._names[key] = self.fonts[face].getSubsetInternalName(subset, self.doc)
        self.code.append(f"{name} {self.size:g} Tf")
        self.current = key

    def line(self, face: int, x: float, y: float, text: str) -> None:
        code = self.code
        if text.isascii():
            if self.current != (face, 0):
                self._select(face, 0)
            code.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm ({_escape_ascii(text)}) Tj")
            return
        code.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        for subset, chunk in self.fonts[face].splitString(text, self.doc):
            if self.current != (face, subset):
                self._select(face, subset)
            code.append(f"({self._escape(chunk)}) Tj")

    def close(self) -> None:
        if len(self.code) > 1:
            self.code.append("ET Q")
            self.canv._code.append("\n".join(self.code))
        self.code = ["q BT"]
        self.current = (-1, -1)
