"""Pangkat/golongan (PP 99/2000): the list, lookups and tolerant parsing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ppid_desktop.domain.errors import ValidationError
from ppid_desktop.domain.pangkat import GOLONGAN, Golongan, golongan, parse_golongan

PROPERTY = settings(database=None, deadline=None)
IV_C = Golongan("IV/c", "Pembina Utama Muda")
EXPECTED = (
    "Isikan kode golongan ruang (contoh: IV/c) atau nama pangkat menurut PP 99/2000 "
    "(contoh: Pembina Utama Muda), yaitu salah satu dari: I/a, I/b, I/c, I/d, II/a, II/b, "
    "II/c, II/d, III/a, III/b, III/c, III/d, IV/a, IV/b, IV/c, IV/d, IV/e."
)


def test_list_is_complete_and_ordered() -> None:
    assert [g.code for g in GOLONGAN] == [
        f"{roman}/{letter}"
        for roman, letters in (("I", "abcd"), ("II", "abcd"), ("III", "abcd"), ("IV", "abcde"))
        for letter in letters
    ]
    assert GOLONGAN[0] == Golongan("I/a", "Juru Muda")
    assert GOLONGAN[11] == Golongan("III/d", "Penata Tingkat I")
    assert GOLONGAN[-1] == Golongan("IV/e", "Pembina Utama")


def test_label() -> None:
    assert IV_C.label == "Pembina Utama Muda (IV/c)"
    assert str(IV_C) == "Pembina Utama Muda (IV/c)"


def test_golongan_lookup() -> None:
    assert golongan("IV/c") == IV_C
    assert golongan("iv / C") == IV_C
    with pytest.raises(KeyError):
        golongan("V/a")


@pytest.mark.parametrize(
    "text",
    [
        "IV/c",
        "iv/c",
        "IV / c",
        "IV-c",
        "IVc",
        "Pembina Utama Muda",
        "pembina  utama muda",
        "Pembina Utama Muda (IV/c)",
        "Pembina Utama Muda, IV/c",
        "Pembina Utama Muda - Gol. IV/c",
        "Golongan IV/c",
        " Pangkat: Pembina Utama Muda ",
    ],
)
def test_parse_golongan_accepts_common_forms(text: str) -> None:
    assert parse_golongan(text) == IV_C


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Penata Muda Tk. I", "III/b"),
        ("Penata Muda Tk.I (III/b)", "III/b"),
        ("Juru Muda Tingkat 1", "I/b"),
        ("Pengatur Tingkat I (II/d)", "II/d"),
        ("Juru Tingkat I", "I/d"),
        ("I/a", "I/a"),
        ("III/d", "III/d"),
    ],
)
def test_parse_golongan_tingkat_abbreviations(text: str, code: str) -> None:
    assert parse_golongan(text).code == code


def test_unknown_value_lists_what_is_expected() -> None:
    with pytest.raises(ValidationError) as info:
        parse_golongan("Pembina Utama Sekali")
    assert info.value.field == "pangkat"
    assert str(info.value) == f'Pangkat/golongan "Pembina Utama Sekali" tidak dikenal. {EXPECTED}'


def test_empty_value() -> None:
    with pytest.raises(ValidationError) as info:
        parse_golongan("  ")
    assert str(info.value) == f"Pangkat/golongan belum diisi. {EXPECTED}"


def test_name_and_code_that_disagree_are_refused() -> None:
    with pytest.raises(ValidationError) as info:
        parse_golongan("Pembina (IV/c)")
    assert str(info.value) == (
        "Pangkat Pembina tidak sesuai dengan golongan IV/c: Pembina adalah golongan IV/a, "
        "sedangkan golongan IV/c adalah Pembina Utama Muda. "
        "Periksa kembali SK kenaikan pangkat terakhir."
    )


def test_code_that_does_not_exist() -> None:
    with pytest.raises(ValidationError) as info:
        parse_golongan("I/e")
    assert str(info.value) == f"Golongan I/e tidak ada menurut PP 99/2000. {EXPECTED}"


def test_two_codes_are_refused() -> None:
    with pytest.raises(ValidationError, match=r"lebih dari satu golongan \(III/a, IV/a\)"):
        parse_golongan("III/a IV/a")


def _variants(g: Golongan) -> st.SearchStrategy[str]:
    roman, letter = g.code.split("/")
    code = st.sampled_from([f"{roman}/{letter}", f"{roman} / {letter}", f"{roman}-{letter}"])
    text = st.one_of(
        code,
        st.just(g.name),
        code.map(lambda c: f"{g.name} ({c})"),
        st.just(g.label),
    )
    return text.flatmap(lambda t: st.sampled_from([t, t.lower(), t.upper(), f"  {t} "]))


@PROPERTY
@given(st.sampled_from(GOLONGAN).flatmap(lambda g: st.tuples(st.just(g), _variants(g))))
def test_every_rank_is_read_back_from_its_printed_forms(case: tuple[Golongan, str]) -> None:
    expected, text = case
    assert parse_golongan(text) == expected


@PROPERTY
@given(st.text())
def test_parse_golongan_never_crashes(text: str) -> None:
    try:
        result = parse_golongan(text)
    except ValidationError as error:
        assert error.field == "pangkat" and error.message
    else:
        assert result in GOLONGAN
