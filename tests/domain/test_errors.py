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
