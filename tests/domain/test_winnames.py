"""Names for files and folders written to a Windows share."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ppid_desktop.domain.winnames import (
    EMPTY_NAME,
    MAX_COMPONENT_UNITS,
    fit_paths,
    fits_total_path,
    is_reserved_device_name,
    name_key,
    safe_component,
    utf16_length,
)

PROPERTY = settings(database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ROOT = "\\\\server-ppid\\arsip\\Serah Terima\\2025"
FORBIDDEN = set('<>:"/\\|?*')


def windows_accepts(name: str) -> bool:
    return (
        bool(name)
        and not (set(name) & FORBIDDEN)
        and all(ord(char) >= 32 for char in name)
        and not name.endswith((" ", "."))
        and not is_reserved_device_name(name)
        and utf16_length(name) <= MAX_COMPONENT_UNITS
        and unicodedata.is_normalized("NFC", name)
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Surat Keputusan.pdf", "Surat Keputusan.pdf"),
        ("Nomor 12/PPID/2025.pdf", "Nomor 12-PPID-2025.pdf"),
        ('Rapat 10:30 "final"?.docx', "Rapat 10-30 _final__.docx"),
        ("Laporan.", "Laporan"),
        ("Laporan . . ", "Laporan"),
        ("baris\tdua\nbaris.txt", "baris dua baris.txt"),
        ("CON", "CON_"),
        ("con.txt", "con_.txt"),
        ("Aux.tar.gz", "Aux_.tar.gz"),
        ("COM1.pdf", "COM1_.pdf"),
        ("LPT9", "LPT9_"),
        ("COM¹.doc", "COM¹_.doc"),
        ("NUL .txt", "NUL_.txt"),
        ("CONSOLE.txt", "CONSOLE.txt"),
        ("COM10.txt", "COM10.txt"),
        ("...", EMPTY_NAME),
        ("", EMPTY_NAME),
        ("   ", EMPTY_NAME),
        (".env", ".env"),
    ],
)
def test_names_windows_refuses_are_altered_but_still_say_the_same(name: str, expected: str) -> None:
    assert safe_component(name) == expected


def test_decomposed_accents_arrive_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Laporan Kecamatan Sungai Kakap é.pdf")
    assert safe_component(decomposed) == "Laporan Kecamatan Sungai Kakap é.pdf"


def test_a_long_name_is_cut_in_its_stem_and_keeps_its_extension() -> None:
    name = "Dokumen hasil uji konsekuensi " * 20 + ".pdf"
    safe = safe_component(name)
    assert utf16_length(safe) <= MAX_COMPONENT_UNITS
    assert safe.endswith(".pdf")
    assert safe.startswith("Dokumen hasil uji konsekuensi")


def test_length_counts_utf16_units_and_never_splits_an_emoji() -> None:
    name = "\U0001f4c4" * 200 + ".pdf"  # each emoji is two UTF-16 units
    safe = safe_component(name)
    assert utf16_length(safe) <= MAX_COMPONENT_UNITS
    assert len(safe) < 200
    assert safe == "\U0001f4c4" * ((MAX_COMPONENT_UNITS - 4) // 2) + ".pdf"


def test_names_that_windows_sees_as_one_are_numbered_before_the_extension() -> None:
    taken: set[str] = set()
    first = safe_component("Surat.pdf", taken)
    second = safe_component("SURAT.pdf", taken)
    third = safe_component("surat.pdf.", taken)
    accented = safe_component(unicodedata.normalize("NFD", "Ré.pdf"), taken)
    accented_again = safe_component("RÉ.PDF", taken)
    assert [first, second, third] == ["Surat.pdf", "SURAT (2).pdf", "surat (3).pdf"]
    assert [accented, accented_again] == ["Ré.pdf", "RÉ (2).PDF"]
    assert name_key("surat (3).pdf") in taken


def test_numbering_a_name_at_the_length_limit_keeps_it_within_the_limit() -> None:
    taken: set[str] = set()
    name = "a" * 300 + ".pdf"
    first = safe_component(name, taken)
    second = safe_component(name, taken)
    assert second.endswith(" (2).pdf")
    assert utf16_length(second) <= MAX_COMPONENT_UNITS
    assert name_key(first) != name_key(second)


def test_names_compare_like_windows() -> None:
    assert name_key("Ré.PDF") == name_key(unicodedata.normalize("NFD", "ré.pdf"))
    assert name_key("STRASSE.txt") == name_key("straße.txt")
    assert name_key("Surat 1.pdf") != name_key("Surat 2.pdf")


def test_total_path_limit_counts_the_terminating_nul_and_room_for_folders() -> None:
    root = "C:\\PPID"  # 7 units
    assert fits_total_path(root, "a" * 251)  # 7 + 1 + 251 = 259, + NUL = 260
    assert not fits_total_path(root, "a" * 252)
    # A folder must leave room for an 8.3 name inside it (248 with NUL at most).
    assert fits_total_path(root, "d" * 239 + "/x")
    assert not fits_total_path(root, "d" * 240 + "/x")


def test_shortening_touches_the_file_name_first() -> None:
    relative = "Unit Hukum/2025/" + "Lampiran perjanjian kerja sama daerah " * 8 + ".pdf"
    short = fit_paths(ROOT, [relative])[relative]
    assert fits_total_path(ROOT, short)
    assert short.startswith("Unit Hukum/2025/Lampiran perjanjian")
    assert short.endswith(".pdf")
    assert "~" in short.rsplit("/", 1)[1]


def test_a_path_that_fits_is_left_alone() -> None:
    assert fit_paths(ROOT, ["data/files/Surat.pdf"])["data/files/Surat.pdf"] == "data/files/Surat.pdf"


def test_files_in_one_long_folder_stay_together_and_distinct() -> None:
    folder = "Bidang Pengelolaan Informasi dan Dokumentasi " * 4
    names = [f"{folder}/{'Berita acara serah terima ' * 3}{n}.pdf" for n in range(3)]
    names.append(f"{folder}/a.pdf")
    fitted = fit_paths(ROOT, names)
    folders = {path.rsplit("/", 1)[0] for path in fitted.values()}
    assert len(folders) == 1
    assert len({name_key(path) for path in fitted.values()}) == len(names)
    assert all(fits_total_path(ROOT, path) for path in fitted.values())


def test_a_root_too_long_for_any_name_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot fit"):
        fit_paths("C:\\" + "r" * 250, ["Surat.pdf"])["Surat.pdf"]


names = st.text(st.characters(codec="utf-8"), max_size=300)


@PROPERTY
@given(names)
def test_every_name_becomes_one_windows_accepts(name: str) -> None:
    assert windows_accepts(safe_component(name))


@PROPERTY
@given(names)
def test_a_safe_name_stays_as_it_is(name: str) -> None:
    safe = safe_component(name)
    assert safe_component(safe) == safe


@PROPERTY
@given(st.lists(names, max_size=12))
def test_names_in_one_folder_never_collide(batch: list[str]) -> None:
    taken: set[str] = set()
    results = [safe_component(name, taken) for name in batch]
    assert len({name_key(result) for result in results}) == len(results)
    assert all(windows_accepts(result) for result in results)


components = st.text(
    st.characters(codec="utf-8", exclude_characters="/\\"), min_size=1, max_size=120
).map(safe_component)


@PROPERTY
@given(st.lists(st.lists(components, min_size=1, max_size=5).map("/".join), max_size=6))
def test_fitted_paths_fit_and_stay_distinct(relatives: list[str]) -> None:
    unique = list(dict.fromkeys(relatives))
    fitted = fit_paths(ROOT, unique)
    assert all(fits_total_path(ROOT, path) for path in fitted.values())
    distinct_inputs = {name_key(path) for path in unique}
    assert len({name_key(path) for path in fitted.values()}) == len(distinct_inputs)
