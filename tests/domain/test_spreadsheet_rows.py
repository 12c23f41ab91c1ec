"""One spreadsheet row -> RecordDraft with problems in Indonesian; fuzzed: any cell, never a crash."""

from __future__ import annotations

from datetime import date, datetime, time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ppid_desktop.domain.enums import Classification, InformationForm
from ppid_desktop.domain.legal import LegalGround
from ppid_desktop.domain.spreadsheet_columns import FIELD_CHOICES, find_layout
from ppid_desktop.domain.spreadsheet_rows import UnitIndex, describe, is_blank, mark_duplicates, parse_row

PROPERTY = settings(database=None, deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
TODAY = date(2026, 11, 30)
UNITS = UnitIndex.build([(1, "Bagian Kesejahteraan Sosial", "KESOS"), (2, "Subbagian Tata Usaha", "TU")])
MAPPING = ("row_number", "title", "legal_grounds", "consequence_opened", "consequence_closed", "period", "unit", "remarks")


def row(title: object = "Data pribadi pemohon", grounds: object = "Pasal 17 huruf h angka 5", period: object = "31-12-2030",
        unit: object = "Bagian Kesejahteraan Sosial", remarks: object = None) -> tuple[object, ...]:
    return (1, title, grounds, "Mengungkap rahasia pribadi.", "Melindungi hak pribadi.", period, unit, remarks)


def test_a_good_row_becomes_a_valid_draft() -> None:
    parsed = parse_row(7, row(), MAPPING, UNITS, TODAY)
    assert parsed.ok, parsed.problems
    draft = parsed.draft
    assert (draft.title, draft.unit_id, draft.period_end) == ("Data pribadi pemohon", 1, date(2030, 12, 31))
    assert draft.legal_grounds == [LegalGround("h", 5)]
    assert describe(parsed, UNITS)["unit"] == "Bagian Kesejahteraan Sosial"


def test_legal_grounds_forms_used_in_registers() -> None:
    cases = {
        "Pasal 17 huruf (i)": [LegalGround("i")],
        "Pasal 17 huruf b dan huruf c": [LegalGround("b"), LegalGround("c")],
        "Pasal 17 huruf h angka 5 UU 14/2008; UU 43/2009 Pasal 44": [LegalGround("h", 5), LegalGround(other="UU 43/2009 Pasal 44")],
    }
    for text, grounds in cases.items():
        assert parse_row(1, row(grounds=text), MAPPING, UNITS, TODAY).draft.legal_grounds == grounds


def test_a_separate_pasal_column_is_read_with_the_dasar_hukum_column() -> None:
    mapping = ("title", "legal_grounds", "legal_pasal", "consequence_opened", "consequence_closed", "period", "unit")
    parsed = parse_row(1, ("Memo", "UU 14/2008", "17 huruf i", "a", "b", "Tidak terbatas", "TU"), mapping, UNITS, TODAY)
    assert parsed.ok, parsed.problems
    assert parsed.draft.legal_grounds == [LegalGround("i")]
    assert parsed.draft.unit_id == 2 and parsed.draft.period_condition == "Tidak terbatas"


def test_problems_name_what_is_wrong() -> None:
    missing_title = parse_row(1, row(title="  "), MAPPING, UNITS, TODAY)
    assert any("Informasi yang dikecualikan wajib diisi" in p for p in missing_title.problems)
    bad_date = parse_row(1, row(period="31-13-2030"), MAPPING, UNITS, TODAY)
    assert len(bad_date.problems) == 1 and "bulan 13 tidak ada" in bad_date.problems[0]
    unknown_unit = parse_row(1, row(unit="Dinas Pariwisata"), MAPPING, UNITS, TODAY)
    assert unknown_unit.problems == [unknown_unit.problems[0]] and "Dinas Pariwisata" in unknown_unit.problems[0]


def test_the_default_unit_fills_empty_unit_cells_only() -> None:
    assert parse_row(1, row(unit=None), MAPPING, UNITS, TODAY, default_unit_id=2).draft.unit_id == 2
    assert parse_row(1, row(unit="TU"), MAPPING, UNITS, TODAY, default_unit_id=1).draft.unit_id == 2
    assert not parse_row(1, row(unit=None), MAPPING, UNITS, TODAY).ok


def test_units_are_found_by_name_code_or_a_jabatan_naming_them() -> None:
    assert UNITS.find("  bagian KESEJAHTERAAN   sosial ") == 1
    assert UNITS.find("kesos") == 1
    assert UNITS.find("Kepala Subbagian Tata Usaha") == 2
    assert UNITS.find("Bagian") is None


def test_form_and_classification_are_read_and_unknown_values_kept_in_keterangan() -> None:
    mapping = MAPPING + ("form", "classification")
    parsed = parse_row(1, row() + ("Softcopy", "Rahasia"), mapping, UNITS, TODAY)
    assert (parsed.draft.form, parsed.draft.classification) == (InformationForm.ELEKTRONIK, Classification.RAHASIA)
    odd = parse_row(1, row(remarks="catatan") + ("Mikrofilm", "Penting"), mapping, UNITS, TODAY)
    assert odd.ok
    assert odd.draft.remarks == "catatan\nKlasifikasi: Penting\nBentuk informasi: Mikrofilm"


def test_duplicates_of_stored_records_and_of_earlier_rows() -> None:
    rows = [parse_row(n, row(title=t), MAPPING, UNITS, TODAY) for n, t in ((5, "A"), (6, "B"), (7, " a "))]
    mark_duplicates(rows, {("b", 1, "")})
    assert rows[0].ok
    assert "sudah ada" in rows[1].problems[0]
    assert rows[2].problems == ["Sama dengan baris 5 di berkas ini (judul, unit dan nomor register sama)."]


def test_blank_rows_and_rows_with_only_a_number_are_not_data() -> None:
    assert is_blank((None, " ", None), MAPPING)
    assert is_blank((12,), MAPPING)
    assert not is_blank((None, "x"), MAPPING)


CELL = st.one_of(
    st.none(), st.text(max_size=60), st.integers(-10**12, 10**12), st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(), st.dates(), st.datetimes(), st.times().map(lambda t: t if isinstance(t, time) else time()),
    st.sampled_from(["5 tahun", "31-02-2030", "Pasal 17 huruf h angka 9", "0 tahun", "99999 bulan", "s.d. 1-1-1",
                     "huruf (k)", "17", "Tidak terbatas", "31/12/99", "47848", "=A1", "\u0000", "TU"]),
)


@PROPERTY
@given(st.lists(CELL, min_size=0, max_size=10), st.lists(st.sampled_from(list(FIELD_CHOICES)), max_size=10), st.dates())
def test_any_cell_under_any_mapping_gives_a_row_or_problems_never_an_exception(cells, mapping, reference) -> None:  # type: ignore[no-untyped-def]
    parsed = parse_row(3, tuple(cells), mapping, UNITS, reference, default_unit_id=1)
    assert all(isinstance(problem, str) and problem for problem in parsed.problems)
    describe(parsed, UNITS)


@PROPERTY
@given(st.lists(st.lists(CELL, max_size=8).map(tuple), max_size=12))
def test_any_sheet_gives_a_layout_or_none(rows) -> None:  # type: ignore[no-untyped-def]
    layout = find_layout(rows)
    if layout is not None:
        assert len(layout.mapping) == len(layout.labels) and layout.data_start > layout.header_row


def test_datetime_cells_in_period_columns() -> None:
    parsed = parse_row(1, row(period=datetime(2030, 12, 31)), MAPPING, UNITS, TODAY)
    assert parsed.ok and parsed.draft.period_end == date(2030, 12, 31)
