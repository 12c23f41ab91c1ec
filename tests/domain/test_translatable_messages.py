"""Messages of the domain and storage keep their Indonesian text and carry a template the window translates."""

from __future__ import annotations

from datetime import date

import pytest

from ppid_desktop.domain.errors import UserError, ValidationError, ValidationErrors
from ppid_desktop.domain.handover_encryption import PASSPHRASE_MIN, PASSPHRASE_RULES
from ppid_desktop.domain.handover_format import PackageFormatError, records_from_json
from ppid_desktop.domain.legal import LegalGround
from ppid_desktop.domain.nip import validate_nip
from ppid_desktop.domain.office import OfficerDraft, validate_officer
from ppid_desktop.domain.permissions import Action, refusal, refusal_error, roles_label
from ppid_desktop.domain.record import RecordDraft, validate_record
from ppid_desktop.domain.spreadsheet_rows import UnitIndex, parse_row
from ppid_desktop.domain.workflow import Expiry, ExpiryState


def _fill(template: str, params: dict[str, object]) -> str:
    """What the window does with an English translation identical to the template."""
    return template.format(**{k: str(v) for k, v in params.items()}) if params else template


def test_passphrase_rules_name_the_minimum() -> None:
    assert f" {PASSPHRASE_MIN} karakter" in PASSPHRASE_RULES


def test_an_error_keeps_its_template_and_values() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_nip("1969052019980310")
    error = caught.value
    assert error.message == "NIP harus terdiri atas 18 angka; yang diisi 16 angka."
    assert error.template == "NIP harus terdiri atas 18 angka; yang diisi {count} angka."
    assert _fill(error.template, error.params) == error.message


def test_a_wrapped_error_keeps_the_inner_template() -> None:
    with pytest.raises(ValidationErrors) as caught:
        validate_officer(OfficerDraft(name="Siti", employee_id="12", jabatan="Kepala", roles=["ppid"]))
    [error] = caught.value.errors
    assert error.field == "employee_id" and "{count}" in error.template and error.message.endswith("2 angka.")


def test_a_nested_error_is_a_value() -> None:
    draft = RecordDraft(title="x", unit_id=1, legal_grounds=[LegalGround("h", 9)], consequence_opened="a",
                        consequence_closed="b", period_condition="c")
    with pytest.raises(ValidationErrors) as caught:
        validate_record(draft)
    [error] = caught.value.errors
    assert error.template == "Dasar hukum ke-{position}: {problem}"
    assert isinstance(error.params["problem"], UserError)
    assert error.message == "Dasar hukum ke-1: Pasal 17 huruf h hanya memiliki angka 1 sampai 5; yang diisi angka 9."


def test_refusal_and_its_error_say_the_same() -> None:
    error = refusal_error(Action.CONSEQUENCE_TEST, "Budi", ["admin"])
    assert error is not None and error.message == refusal(Action.CONSEQUENCE_TEST, "Budi", ["admin"])
    assert roles_label(["ppid", "ppid_pelaksana", "atasan_ppid"]) == "PPID, PPID Pelaksana atau Atasan PPID"
    assert refusal_error(Action.RESTORE, "Budi", ["admin"]) is None


def test_expiry_label_comes_from_a_template() -> None:
    soon = Expiry(ExpiryState.SOON, 12)
    assert soon.label == "Berakhir dalam 12 hari kerja" and soon.label_error.params == {"days": 12}
    assert Expiry(ExpiryState.NONE, None).label == ""


def test_import_problems_are_errors_with_indonesian_messages() -> None:
    units = UnitIndex.build([(1, "Bagian Umum", "UM")])
    parsed = parse_row(3, ["Judul", "Dinas Entah", "31-13-2030"], ["title", "unit", "period"], units, date(2025, 1, 1))
    assert parsed.problems == [error.message for error in parsed.errors]
    assert all(isinstance(error, UserError) for error in parsed.errors)
    assert parsed.problems[0].startswith('Unit "Dinas Entah" tidak dikenal. Unit yang ada: "Bagian Umum".')


def test_a_records_file_error_names_the_field() -> None:
    with pytest.raises(PackageFormatError) as caught:
        records_from_json(b'{"format": "ppid-desktop/serah-terima", "version": 1}')
    assert caught.value.message == 'Berkas "data/records.json" tidak lengkap atau salah isi: records.package_uid: tidak ada.'
    assert isinstance(caught.value.params["reason"], UserError)
