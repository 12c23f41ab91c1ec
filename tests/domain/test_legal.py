"""Pasal 17 grounds: validation, labels, and reading the free text of Excel registers."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ppid_desktop.domain.errors import ValidationError
from ppid_desktop.domain.legal import (
    PASAL17_HURUF,
    PASAL17_MAX_ANGKA,
    LegalGround,
    format_legal_grounds,
    parse_legal_grounds,
)

PROPERTY = settings(
    database=None, deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow]
)


def p17(huruf: str, angka: int | None = None) -> LegalGround:
    return LegalGround(huruf=huruf, angka=angka)


def other(text: str) -> LegalGround:
    return LegalGround(other=text)


def test_tables_cover_huruf_a_to_j() -> None:
    assert list(PASAL17_HURUF) == list("abcdefghij")
    assert PASAL17_HURUF["h"] == "Rahasia pribadi"
    assert PASAL17_HURUF["j"] == "Dikecualikan undang-undang lain"
    assert set(PASAL17_MAX_ANGKA) == set(PASAL17_HURUF)
    assert PASAL17_MAX_ANGKA["a"] == PASAL17_MAX_ANGKA["h"] == 5
    assert PASAL17_MAX_ANGKA["b"] == PASAL17_MAX_ANGKA["i"] == PASAL17_MAX_ANGKA["j"] == 0


def test_labels_and_descriptions() -> None:
    assert p17("h", 5).label == "Pasal 17 huruf h angka 5"
    assert p17("i").label == "Pasal 17 huruf i"
    assert p17("h", 5).description == "Rahasia pribadi"
    assert other("UU 43/2009 Pasal 44").label == "UU 43/2009 Pasal 44"
    assert other("UU 43/2009 Pasal 44").description == ""
    assert other("UU 43/2009 Pasal 44").is_other and not p17("a").is_other


def test_fields_are_normalised() -> None:
    assert LegalGround(huruf=" H ", angka=2) == p17("h", 2)
    assert LegalGround(huruf="", other="  UU  43/2009 ") == other("UU 43/2009")


@pytest.mark.parametrize(
    "ground", [p17("a"), p17("a", 1), p17("h", 5), p17("j"), other("UU 43/2009 Pasal 44")]
)
def test_valid_grounds(ground: LegalGround) -> None:
    ground.validate()
    assert ground.problem() is None


@pytest.mark.parametrize(
    ("ground", "message"),
    [
        (
            LegalGround(),
            "Dasar hukum pengecualian belum diisi. Pilih huruf Pasal 17 UU 14/2008 atau "
            "tuliskan peraturan lain yang menjadi dasar pengecualian.",
        ),
        (p17("k"), 'Huruf "k" tidak ada dalam Pasal 17 UU 14/2008. Pilih huruf a sampai j.'),
        (p17("h", 6), "Pasal 17 huruf h hanya memiliki angka 1 sampai 5; yang diisi angka 6."),
        (p17("a", 0), "Pasal 17 huruf a hanya memiliki angka 1 sampai 5; yang diisi angka 0."),
        (p17("b", 1), "Pasal 17 huruf b tidak memiliki angka. Kosongkan angka."),
        (
            LegalGround(other="UU 43/2009", angka=2),
            "Angka hanya dapat diisi bersama huruf Pasal 17. Untuk peraturan lain, "
            "tuliskan angkanya pada teks peraturan.",
        ),
        (
            LegalGround(huruf="h", other="UU 43/2009"),
            "Satu dasar hukum hanya boleh berisi huruf Pasal 17 atau peraturan lain, tidak "
            "keduanya. Catat peraturan lain sebagai dasar hukum tersendiri.",
        ),
    ],
)
def test_invalid_grounds(ground: LegalGround, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        ground.validate()
    assert (info.value.field, str(info.value)) == ("dasar_hukum", message)


def test_format_legal_grounds() -> None:
    grounds = [p17("h", 2), p17("j"), other("UU 43/2009 Pasal 44")]
    assert format_legal_grounds(grounds) == (
        "Pasal 17 huruf h angka 2; Pasal 17 huruf j; UU 43/2009 Pasal 44"
    )
    assert format_legal_grounds([]) == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pasal 17 huruf h angka 5", [p17("h", 5)]),
        ("Pasal 17 huruf (i)", [p17("i")]),
        ("Pasal 17 huruf a angka 1 dan huruf j", [p17("a", 1), p17("j")]),
        ("Pasal 17 huruf b, huruf e", [p17("b"), p17("e")]),
        ("pasal 17 hrf. h", [p17("h")]),
        (
            "Pasal 17 huruf h angka 2 UU 14/2008; UU 43/2009 Pasal 44",
            [p17("h", 2), other("UU 43/2009 Pasal 44")],
        ),
        ("PASAL 17 HURUF H ANGKA (2), (3) DAN (4) UU KIP", [p17("h", 2), p17("h", 3), p17("h", 4)]),
        ("Pasal 17\nhuruf a angka 1\ndan huruf j", [p17("a", 1), p17("j")]),
        ("Pasal 17 huruf a, b, dan c", [p17("a"), p17("b"), p17("c")]),
        ("Pasal 17 huruf c angka 1 s.d. 3", [p17("c", 1), p17("c", 2), p17("c", 3)]),
        (
            "UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik Pasal 17 huruf g",
            [p17("g")],
        ),
        (
            "a. Pasal 17 huruf h angka 5;\nb. UU 43/2009 Pasal 44",
            [p17("h", 5), other("UU 43/2009 Pasal 44")],
        ),
        (
            "Dasar hukum: Pasal 17 huruf h dan UU 43/2009 Pasal 44",
            [p17("h"), other("UU 43/2009 Pasal 44")],
        ),
        ("Pasal 17 huruf j UU 43/2009 Pasal 44", [p17("j"), other("UU 43/2009 Pasal 44")]),
        ("Pasal 17 huruf h\u00a0angka\u00a03", [p17("h", 3)]),
        ("Pasal 17 huruf h; Pasal 17 huruf h", [p17("h")]),
    ],
)
def test_parse_register_text(text: str, expected: list[LegalGround]) -> None:
    assert parse_legal_grounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Citations that do not fit Pasal 17 are kept as text for the clerk to correct.
        ("Pasal 17 huruf h angka 9", [other("Pasal 17 huruf h angka 9")]),
        ("Pasal 17 huruf b angka 2", [other("Pasal 17 huruf b angka 2")]),
        ("Pasal 17 ayat (2) PP 61/2010", [other("Pasal 17 ayat (2) PP 61/2010")]),
        ("Rahasia jabatan", [other("Rahasia jabatan")]),
        ("UU 14/2008", [other("UU 14/2008")]),
        ("", []),
        ("  ;\n - ", []),
    ],
)
def test_unknown_parts_are_never_dropped(text: str, expected: list[LegalGround]) -> None:
    assert parse_legal_grounds(text) == expected


_TOKENS = st.sampled_from(
    [
        "Pasal 17", "pasal 17", "Psl. 17", "huruf", "hrf.", "h", "a", "(i)", "j", "k", "angka",
        "5", "(2)", "99", "dan", "atau", ",", ";", "\n", ".", "(", ")", "s.d.", "-", "UU 14/2008",
        "UU KIP", "UU 43/2009", "Pasal 44", "b.", "1)", "\u00a0", "İ", "١",
    ]
)  # fmt: skip


def _check(grounds: list[LegalGround]) -> None:
    for ground in grounds:
        assert ground.is_other or ground.problem() is None
        ground.validate()
    assert len(set(grounds)) == len(grounds)


@PROPERTY
@given(st.text())
def test_parse_never_raises_on_any_text(text: str) -> None:
    _check(parse_legal_grounds(text))


@PROPERTY
@given(st.lists(_TOKENS, max_size=25).map(" ".join))
def test_parse_never_raises_on_register_like_text(text: str) -> None:
    _check(parse_legal_grounds(text))


_VALID_PASAL17 = st.sampled_from(
    [p17(h) for h in PASAL17_HURUF]
    + [p17(h, n) for h, top in PASAL17_MAX_ANGKA.items() for n in range(1, top + 1)]
)


@PROPERTY
@given(st.lists(_VALID_PASAL17, unique=True, max_size=12))
def test_formatted_grounds_parse_back(grounds: list[LegalGround]) -> None:
    assert parse_legal_grounds("; ".join(g.label for g in grounds)) == grounds
    assert parse_legal_grounds(format_legal_grounds(grounds)) == grounds
