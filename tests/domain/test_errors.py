"""Errors keep the Indonesian template and the values they were made from, so the window can
show them in English; the Indonesian text itself is what it always was."""

from __future__ import annotations

import errno
import pickle

from ppid_desktop.domain.errors import CombinedError, UserError, ValidationError, ValidationErrors, describe_os_error


def test_message_is_the_template_filled_in_and_braces_without_values_stay() -> None:
    error = UserError("Berkas \"{name}\" rusak.", name="surat.pdf")
    assert str(error) == "Berkas \"surat.pdf\" rusak."
    assert error.template == "Berkas \"{name}\" rusak." and error.params == {"name": "surat.pdf"}
    assert str(UserError("Kolom {judul} tidak dikenal.")) == "Kolom {judul} tidak dikenal."


def test_template_and_values_survive_the_trip_from_a_worker_process() -> None:
    error = pickle.loads(pickle.dumps(ValidationError("nip", "NIP {nip} tidak sah.", nip="123")))
    assert isinstance(error, ValidationError)
    assert (error.field, str(error), error.template, error.params) == ("nip", "NIP 123 tidak sah.", "NIP {nip} tidak sah.", {"nip": "123"})


def test_several_errors_are_one_message_with_each_part_kept() -> None:
    errors = ValidationErrors([ValidationError("nip", "NIP {nip} tidak sah.", nip="1"), ValidationError("nama", "Nama wajib diisi.")])
    copy = pickle.loads(pickle.dumps(errors))
    assert str(copy) == "NIP 1 tidak sah.\nNama wajib diisi."
    assert copy.fields() == ["nip", "nama"]
    combined = CombinedError([UserError("Satu."), UserError("Dua {n}.", n=2)])
    assert str(combined) == "Satu.\nDua 2." and [e.params for e in combined.errors] == [{}, {"n": 2}]


def test_os_errors_are_described_in_indonesian() -> None:
    assert describe_os_error(OSError(errno.ENOSPC, "No space left on device")) == "disk penuh"


def test_a_template_may_name_its_values_field_or_message() -> None:
    from ppid_desktop.domain.record import RecordDraft, validate_record

    error = ValidationError("summary", "{field} terlalu panjang ({message}).", field="Ringkasan", message="x")
    assert (error.field, str(error)) == ("summary", "Ringkasan terlalu panjang (x).")
    try:
        validate_record(RecordDraft(title="Kontrak", summary="a" * 20_001))
    except ValidationErrors as refused:
        assert any(e.field == "summary" and "terlalu panjang (20001 karakter)" in str(e) for e in refused.errors)
    else:
        raise AssertionError("a summary of 20,001 characters was accepted")


def test_dates_in_messages_read_indonesian_and_keep_the_day() -> None:
    from datetime import date

    from ppid_desktop.domain.dates import Tanggal

    error = pickle.loads(pickle.dumps(UserError("Tanggal {date} sudah tercatat.", date=Tanggal(date(2031, 12, 25)))))
    assert str(error) == "Tanggal 25 Desember 2031 sudah tercatat."
    assert error.params["date"].date == date(2031, 12, 25)


def test_a_stored_error_reads_back_with_its_template_values_and_phrases() -> None:
    from datetime import date

    from ppid_desktop.domain.dates import Tanggal
    from ppid_desktop.domain.errors import from_stored, to_stored
    from ppid_desktop.domain.texts import QT_TR_NOOP, Phrase

    inner = UserError(QT_TR_NOOP("Berkas \"{name}\" rusak."), name="surat.pdf")
    error = UserError(
        QT_TR_NOOP("Drive \"{share}\" gagal ({reason}); {inner} {count} berkas, {when}."),
        share=__import__("pathlib").Path("/mnt/bersama"), reason=describe_os_error(OSError(errno.ENOSPC, "full")),
        inner=inner, count=3, when=Tanggal(date(2031, 12, 25)),
    )
    stored = to_stored(error)
    assert isinstance(stored, str)
    copy = from_stored(stored)
    assert str(copy) == str(error) and copy.template == error.template
    assert isinstance(copy.params["reason"], Phrase) and copy.params["reason"] == "disk penuh"
    assert not isinstance(copy.params["share"], Phrase) and copy.params["share"] == "/mnt/bersama"
    assert isinstance(copy.params["inner"], UserError) and copy.params["inner"].params == {"name": "surat.pdf"}
    assert copy.params["count"] == 3 and copy.params["when"].date == date(2031, 12, 25)
    assert pickle.loads(pickle.dumps(copy)).message == str(error)


def test_stored_errors_keep_their_text_exactly() -> None:
    from ppid_desktop.domain.errors import from_stored, to_stored

    errors = [
        UserError("Kolom {judul} tidak dikenal."),
        UserError("Jumlah {n:,} berkas, {ratio:.1%}.", n=12345, ratio=0.25),
        UserError("Tanda {x!r} dan \"kutip\" \\ garis {y}.", x="a", y=None),
        CombinedError([UserError("Satu."), ValidationError("nip", "NIP {nip} tidak sah.", nip="1")]),
        UserError("Gagal ({reason}).", reason=ValueError("tidak terbaca")),
    ]
    for error in errors:
        copy = from_stored(to_stored(error))
        assert str(copy) == str(error)
    combined = from_stored(to_stored(errors[3]))
    assert isinstance(combined, CombinedError) and [e.params for e in combined.errors] == [{}, {"nip": "1"}]


def test_a_reason_stored_by_an_earlier_version_reads_as_its_text() -> None:
    from ppid_desktop.domain.errors import from_stored

    for text in ("Folder bersama \"X:\\\\Paket\" tidak terjangkau.", "", "{tidak json", "[1, 2]", '{"template": 1}', "42"):
        error = from_stored(text)
        assert type(error) is UserError and str(error) == text and error.params == {}
