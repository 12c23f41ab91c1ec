"""Line breaking, character substitution and row splitting: no word is ever lost."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from ppid_desktop.reports.fonts import BOLD, REGULAR, SUBSTITUTE, clean, register_fonts
from ppid_desktop.reports.grid import GridStyle, Row, split_row
from ppid_desktop.reports.wrapping import Measurer, wrap, wrap_items

register_fonts()
MEASURE = Measurer(REGULAR, 8)
text_chars = st.characters(codec="utf-8", exclude_categories=("Cs",))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=text_chars, max_size=400), st.floats(min_value=20, max_value=400))
def test_wrap_keeps_every_character_and_fits_the_width(raw: str, width: float) -> None:
    text = clean(raw)
    lines = wrap(text, width, MEASURE)
    assert "".join("".join(lines).split()) == "".join(text.split())
    for line in lines:
        assert stringWidth(line, REGULAR, 8) <= width + 1e-6 or len(line) == 1


def test_wrap_breaks_lines_at_spaces_and_keeps_paragraphs() -> None:
    lines = wrap("satu dua tiga empat lima\n\n\nenam", stringWidth("satu dua tiga", REGULAR, 8), MEASURE)
    assert lines == ["satu dua tiga", "empat lima", "", "enam"]
    assert wrap("", 100, MEASURE) == [""]


def test_a_long_word_is_broken_between_characters() -> None:
    word = "https://kesra.kalbarprov.go.id/" + "a" * 200
    lines = wrap(word, 60, MEASURE)
    assert len(lines) > 3 and "".join(lines) == word
    assert all(stringWidth(line, REGULAR, 8) <= 60 for line in lines)


def test_numbered_items_hang_under_their_text() -> None:
    m = Measurer(BOLD, 8)
    lines = wrap_items(["satu dua tiga empat lima enam tujuh", "", "delapan"], 80, m, 1)
    assert lines[0][1].startswith("1. ") and lines[0][2] == 0.0
    assert all(indent == m("1. ") for _face, _text, indent in lines[1:-1])
    assert lines[-1][1] == "2. delapan"


def test_clean_substitutes_what_the_font_cannot_print() -> None:
    assert clean("𝔘ndang ＡＢＣ") == "Undang ABC"
    assert clean("emoji 😀") == f"emoji {SUBSTITUTE}"
    assert clean("tab\there\x07") == "tab here"
    assert clean("zero\u2066width\ufeff") == "zerowidth"  # invisible controls the font lacks
    assert clean("café – “kutip”") == "café – “kutip”"
    assert clean("") == ""


def test_split_row_keeps_every_line_in_order() -> None:
    style = GridStyle()
    cells = [[(0, "7", 0.0)], [(0, f"a{i}", 0.0) for i in range(30)], [(0, f"b{i}", 0.0) for i in range(5)]]
    row = Row.of(cells, style)
    first, rest = split_row(row, 10, style)
    assert [t for _f, t, _i in first.cells[1] + rest.cells[1]] == [f"a{i}" for i in range(30)]
    assert [t for _f, t, _i in first.cells[2] + rest.cells[2]] == [f"b{i}" for i in range(5)]
    assert rest.continued and rest.cells[0][1][1] == "(lanj.)"
    assert first.count == 0 and rest.count == 1
    assert abs(first.height - (style.padding + 10 * style.leading)) < 1e-6
