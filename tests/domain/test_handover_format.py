"""The records file of a handover package and the rules a bag's paths and tags must obey."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from ppid_desktop.domain.handover_format import (
    PackageFile,
    PackageFormatError,
    PackageGround,
    PackageOfficer,
    PackageRecord,
    PackageSop,
    PackageVisit,
    RecordsFile,
    decode_manifest_path,
    encode_manifest_path,
    manifest_path_problem,
    missing_bag_info,
    package_name,
    parse_bag_info,
    parse_manifest,
    parse_oxum,
    records_from_json,
    records_to_json,
)

WHEN = datetime(2025, 3, 1, 2, 30, tzinfo=timezone.utc)


def _records() -> RecordsFile:
    record = PackageRecord(
        uid="0b7e8ead-f4bb-4618-8c47-ec4cc61d14a0", register_number="DIK/KESRA/2025/001", title="Data pribadi penerima bantuan",
        summary="Nama, NIK dan rekening.", unit="Bagian Kesejahteraan Sosial", consequence_opened="Mengungkap data pribadi.",
        consequence_closed="Melindungi hak pribadi.", period_start=None, period_end=date(2030, 12, 31), period_condition="",
        form="cetak_elektronik", storage_location="Lemari arsip 2", classification="rahasia", remarks="", status="draft",
        stage_code="serah", stage_entered_at=WHEN, created_at=WHEN, created_by="p1", updated_at=WHEN, updated_by=None,
        finished_at=None, archived_at=None, revision=0, consequence_tested_at=None, consequence_tested_by=None,
        penetapan_number="", penetapan_date=None, penetapan_ppid=None, penetapan_atasan=None, opened_at=None,
        legal_grounds=(PackageGround("h", 2), PackageGround(None, None, "UU 27/2022 Pasal 4")),
        visits=(PackageVisit("produksi", 1, WHEN, WHEN, "p1", "completed", "Lengkap.", 12, 60),
                PackageVisit("serah", 1, WHEN, None, None, "", "", None, 60)),
        files=(PackageFile("data/files/0b7e8ead-f4bb-4618-8c47-ec4cc61d14a0/Laporan Ré.pdf", "Laporan Ré?.pdf", "ab" * 32, 10,
                           "application/pdf", "serah", "p1", WHEN),),
    )
    sop = PackageSop("kalbar-kesra", "2021-03-01", "SOP Pendokumentasian", "cd" * 32, "code = \"kalbar-kesra\"\n", "serah")
    return RecordsFile("12f5a9f5-8128-498d-9427-1e3658041b72", WHEN, "BIRO KESEJAHTERAAN RAKYAT", "Bagian Kesejahteraan Sosial",
                       "p1", sop, (PackageOfficer("p1", "Siti Rahmawati, S.Sos", "nip", "198703122010012004", "III/c", "Analis"),), (record,))


def test_records_file_survives_the_round_trip_through_json_with_every_field() -> None:
    records = _records()
    text = records_to_json(records)
    assert records_from_json(text) == records
    assert "Laporan Ré?.pdf".encode() in text  # readable, not \u-escaped
    assert b'"format": "ppid-desktop/serah-terima"' in text


@pytest.mark.parametrize(
    ("text", "fault"),
    [
        (b"{not json", "bukan JSON"),
        (b'{"format": "lain"}', "bukan daftar rekaman"),
        (b'{"format": "ppid-desktop/serah-terima", "version": 9}', "versi 9"),
        (b'{"format": "ppid-desktop/serah-terima", "version": 1, "package_uid": "x"}', "created_at: tidak ada"),
    ],
)
def test_a_broken_records_file_is_refused_naming_the_fault(text: bytes, fault: str) -> None:
    with pytest.raises(PackageFormatError, match=fault):
        records_from_json(text)


def test_a_wrong_type_in_a_record_names_the_field() -> None:
    broken = records_to_json(_records()).replace(b'"revision": 0', b'"revision": "nol"')
    with pytest.raises(PackageFormatError, match=r"records\.records\[0\]\.revision"):
        records_from_json(broken)


@pytest.mark.parametrize("path", ["data/records.json", "data/files/uid/Laporan Ré (2).pdf", "data/a b/c.d"])
def test_paths_inside_data_are_accepted(path: str) -> None:
    assert manifest_path_problem(path) is None


@pytest.mark.parametrize(
    ("path", "fault"),
    [
        ("../etc/passwd", "keluar"),
        ("data/../../rahasia.txt", "keluar"),
        ("data/./a", "keluar"),
        ("/etc/passwd", "absolut"),
        ("C:\\Windows\\system.ini", "garis miring terbalik"),
        ("C:/Windows/system.ini", "drive"),
        ("c:rahasia.txt", "drive"),
        ("\\\\server\\share\\x", "garis miring terbalik"),
        ("//server/share/x", "absolut"),
        ("data\\..\\..\\x", "garis miring terbalik"),
        ("data/berkas.txt:Zone.Identifier", "titik dua"),
        ("bagit.txt", "data/"),
        ("data", "data/"),
        ("data//x", "keluar"),
        ("", "kosong"),
        ("data/a\x00b", "kendali"),
    ],
)
def test_unsafe_manifest_paths_are_refused_with_a_reason(path: str, fault: str) -> None:
    problem = manifest_path_problem(path)
    assert problem is not None and fault in problem


def test_manifest_lines_and_percent_encoding_follow_rfc_8493() -> None:
    odd = "data/100% baris\nbaru.txt"
    assert decode_manifest_path(encode_manifest_path(odd)) == odd
    entries = parse_manifest(f"{'a' * 64}  {encode_manifest_path(odd)}\n\n{'B' * 64} *data/x y.pdf\n", "manifest-sha256.txt")
    assert entries == [("a" * 64, odd), ("b" * 64, "data/x y.pdf")]
    with pytest.raises(PackageFormatError, match="Baris 1 berkas \"manifest-sha256.txt\""):
        parse_manifest("tanpa-sidik\n", "manifest-sha256.txt")


def test_bag_info_labels_continuations_and_required_fields() -> None:
    info = parse_bag_info("Source-Organization: BIRO\nExternal-Description: satu\n  dua\nPayload-Oxum: 10.2\n")
    assert info["External-Description"] == ["satu dua"]
    assert "Contact-Name" in missing_bag_info(info) and "Source-Organization" not in missing_bag_info(info)
    assert parse_oxum("10.2") == (10, 2) and parse_oxum("10") is None
    with pytest.raises(PackageFormatError, match="bag-info.txt"):
        parse_bag_info("tanpa titik dua\n")


def test_package_names_are_ascii_and_windows_safe() -> None:
    name = package_name("BIRO KESEJAHTERAAN RAKYAT: Prov. Kalbar", WHEN, "12f5a9f5-8128-498d-9427-1e3658041b72")
    assert name == "serah-terima-biro-kesejahteraan-rakyat-prov-kalbar-20250301-023000-12f5a9f5"
    assert name.isascii() and len(name) < 100
