"""NIP / NI PPPK validation and formatting, plus the UserError family they raise."""

from __future__ import annotations

import pickle
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ppid_desktop.domain.errors import UserError, ValidationError, ValidationErrors
from ppid_desktop.domain.nip import (
    EmployeeIdKind,
    NipParts,
    employee_id_label,
    format_ni_pppk,
    format_nip,
    nip_label,
    normalize_nip,
    parse_nip,
    validate_employee_id,
    validate_ni_pppk,
    validate_nip,
)

# No example database: tests must not leave files in the source tree.
PROPERTY = settings(database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TODAY = date(2025, 6, 1)
NIP = "196905201998031008"


def _error(func, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        func(*args, **kwargs)
    return info.value


# --- errors -----------------------------------------------------------------------------------


def test_user_error_str_is_the_message() -> None:
    error = UserError("Berkas tidak ditemukan. Pilih berkas lain.")
    assert str(error) == error.message == "Berkas tidak ditemukan. Pilih berkas lain."


def test_validation_error_keeps_field_and_survives_pickling() -> None:
    error = ValidationError("nip", "NIP belum diisi. Isikan 18 angka NIP.")
    assert isinstance(error, UserError)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.field, copy.message) == ("nip", "NIP belum diisi. Isikan 18 angka NIP.")


def test_validation_errors_join_messages_with_newlines() -> None:
    errors = ValidationErrors(
        [ValidationError("nip", "Pesan satu."), ValidationError("pangkat", "Pesan dua.")]
    )
    assert str(errors) == "Pesan satu.\nPesan dua."
    assert errors.fields() == ["nip", "pangkat"]
    assert [e.field for e in pickle.loads(pickle.dumps(errors)).errors] == ["nip", "pangkat"]


# --- NIP --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        NIP,
        "NIP. 19690520 199803 1 008",
        "nip 19690520 199803 1 008",
        "NIP: 19690520-199803-1-008",
        "19690520.199803.1.008",
        "\u00a019690520\u00a0199803\u00a01\u00a0008 ",
    ],
)
def test_normalize_and_validate_accept_printed_forms(text: str) -> None:
    assert normalize_nip(text) == NIP
    assert validate_nip(text, today=TODAY) == NIP


def test_format_and_label() -> None:
    assert format_nip(NIP) == "19690520 199803 1 008"
    assert nip_label(NIP) == "NIP. 19690520 199803 1 008"
    assert nip_label("") == ""
    # Printing never fails on an old unchecked value: it is shown as typed.
    assert format_nip("12345") == "12345"


def test_parse_nip() -> None:
    assert parse_nip(NIP, today=TODAY) == NipParts(
        birth_date=date(1969, 5, 20),
        appointment_year=1998,
        appointment_month=3,
        sex=1,
        sequence=8,
    )
    assert parse_nip("197001012000012001", today=TODAY).sex_label == "perempuan"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("19690520199803100", "NIP harus terdiri atas 18 angka; yang diisi 17 angka."),
        (
            "196913201998031008",
            "NIP tidak valid: 8 angka pertama (19691320) bukan tanggal lahir yang benar "
            "(tahun-bulan-tanggal).",
        ),
        (
            "196905201998131008",
            "NIP tidak valid: angka ke-9 sampai ke-14 (199813) bukan bulan dan tahun "
            "pengangkatan yang benar.",
        ),
        (
            "196905201998033008",
            "NIP tidak valid: angka ke-15 harus 1 (laki-laki) atau 2 (perempuan).",
        ),
        (
            "196905201975031008",
            "NIP tidak valid: tahun pengangkatan 1975 (angka ke-9 sampai ke-12) kurang dari "
            "15 tahun setelah tahun lahir 1969. Periksa kembali NIP pada SK pengangkatan.",
        ),
        ("", "NIP belum diisi. Isikan 18 angka NIP."),
        ("NIP.", "NIP belum diisi. Isikan 18 angka NIP."),
        (
            "1969O520199803100B",
            'NIP hanya boleh berisi angka; hapus karakter berikut: "O", "B".',
        ),
    ],
)
def test_validate_nip_says_exactly_what_is_wrong(text: str, message: str) -> None:
    error = _error(validate_nip, text, today=TODAY)
    assert error.field == "nip"
    assert str(error) == message


def test_birth_year_must_lie_between_1900_and_this_year() -> None:
    assert "bukan tanggal lahir" in str(_error(validate_nip, "189905201998031008", today=TODAY))
    assert "bukan tanggal lahir" in str(_error(validate_nip, "202605202041031008", today=TODAY))


def test_appointment_may_not_lie_more_than_a_year_ahead() -> None:
    assert validate_nip("200001012026011001", today=TODAY)
    assert "pengangkatan" in str(_error(validate_nip, "200001012027011001", today=TODAY))


def test_unicode_digits_are_refused() -> None:
    # Arabic-Indic digits pass str.isdigit() but are not what a NIP is made of.
    assert "hanya boleh berisi angka" in str(_error(validate_nip, "١" * 18, today=TODAY))


# --- NI PPPK and the employee id ---------------------------------------------------------------


def test_ni_pppk_accepts_8_to_20_digits_without_checking_their_meaning() -> None:
    assert validate_ni_pppk("NI PPPK. 1234 5678") == "12345678"
    assert validate_ni_pppk("NIPPPK 12345678901234567890") == "12345678901234567890"
    assert format_ni_pppk("1990-0101 2022") == "199001012022"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1234567", "NI PPPK harus terdiri atas 8 sampai 20 angka; yang diisi 7 angka."),
        ("1" * 21, "NI PPPK harus terdiri atas 8 sampai 20 angka; yang diisi 21 angka."),
        ("12345x78", 'NI PPPK hanya boleh berisi angka; hapus karakter berikut: "x".'),
        ("", "NI PPPK belum diisi. Isikan nomor NI PPPK (hanya angka)."),
    ],
)
def test_ni_pppk_errors(text: str, message: str) -> None:
    error = _error(validate_ni_pppk, text)
    assert (error.field, str(error)) == ("ni_pppk", message)


def test_employee_id_kind_labels() -> None:
    assert EmployeeIdKind.NIP.label == "NIP"
    assert EmployeeIdKind.NI_PPPK.label == "NI PPPK"
    assert EmployeeIdKind("ni_pppk") is EmployeeIdKind.NI_PPPK


def test_validate_employee_id_dispatches_on_kind() -> None:
    assert validate_employee_id(EmployeeIdKind.NIP, "NIP. 19690520 199803 1 008") == NIP
    # A PPPK number is not a NIP, yet it is accepted under its own kind.
    assert validate_employee_id(EmployeeIdKind.NI_PPPK, "199001012022012001") == (
        "199001012022012001"
    )
    assert validate_employee_id("ni_pppk", "12345678") == "12345678"
    error = _error(validate_employee_id, EmployeeIdKind.NI_PPPK, "123", field="nomor_pegawai")
    assert error.field == "nomor_pegawai"


def test_empty_employee_id_only_with_allow_empty() -> None:
    assert validate_employee_id(EmployeeIdKind.NIP, "  ", allow_empty=True) == ""
    assert validate_employee_id(EmployeeIdKind.NI_PPPK, "NI PPPK", allow_empty=True) == ""
    assert str(_error(validate_employee_id, EmployeeIdKind.NIP, "")) == (
        "NIP belum diisi. Isikan 18 angka NIP."
    )


def test_employee_id_label() -> None:
    assert employee_id_label(EmployeeIdKind.NIP, NIP) == "NIP. 19690520 199803 1 008"
    assert employee_id_label(EmployeeIdKind.NI_PPPK, "12345678") == "NI PPPK. 12345678"
    assert employee_id_label(EmployeeIdKind.NI_PPPK, "") == ""


# --- properties -------------------------------------------------------------------------------


@st.composite
def nip_parts(draw: st.DrawFn) -> NipParts:
    birth = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(TODAY.year - 15, 12, 31)))
    year = draw(st.integers(min_value=birth.year + 15, max_value=TODAY.year))
    return NipParts(
        birth_date=birth,
        appointment_year=year,
        appointment_month=draw(st.integers(1, 12)),
        sex=draw(st.sampled_from([1, 2])),
        sequence=draw(st.integers(0, 999)),
    )


def _digits(parts: NipParts) -> str:
    return (
        f"{parts.birth_date:%Y%m%d}{parts.appointment_year:04d}{parts.appointment_month:02d}"
        f"{parts.sex}{parts.sequence:03d}"
    )


@PROPERTY
@given(nip_parts())
def test_every_well_formed_nip_is_accepted_and_round_trips(parts: NipParts) -> None:
    digits = _digits(parts)
    assert validate_nip(digits, today=TODAY) == digits
    assert parse_nip(digits, today=TODAY) == parts
    assert validate_nip(nip_label(digits), today=TODAY) == digits
    assert normalize_nip(format_nip(digits)) == digits


@PROPERTY
@given(st.text())
def test_validate_nip_accepts_or_refuses_but_never_crashes(text: str) -> None:
    try:
        digits = validate_nip(text, today=TODAY)
    except ValidationError as error:
        assert error.field == "nip" and error.message
    else:
        assert len(digits) == 18 and digits.isascii() and digits.isdigit()
