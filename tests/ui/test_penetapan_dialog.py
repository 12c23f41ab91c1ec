"""Uji konsekuensi and penetapan: refused with every reason until the test is done, then determined."""

from __future__ import annotations

from datetime import date

import pytest

from ppid_desktop.domain.dates import format_tanggal
from ppid_desktop.domain.enums import RecordStatus
from ppid_desktop.domain.nip import EmployeeIdKind
from ppid_desktop.domain.office import OfficerDraft
from ppid_desktop.services import determination
from ppid_desktop.services.office import add_officer
from ppid_desktop.services.records import get_record
from ppid_desktop.storage.database import Database
from ppid_desktop.ui import messages
from ppid_desktop.ui.penetapan_dialog import PenetapanDialog
from tests.conftest import make_record

NIPS = iter(f"1980010120050110{n:02d}" for n in range(10, 99))


def officer(db: Database, name: str, *roles: str) -> int:
    draft = OfficerDraft(name=name, id_kind=EmployeeIdKind.NIP, employee_id=next(NIPS), pangkat="III/b", jabatan="Staf", roles=list(roles))
    return add_officer(db, draft)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append(text))
    return shown


def test_refused_without_the_consequence_test_then_determined(qtbot, office_db: Database, errors: list[str]) -> None:
    ppid = officer(office_db, "Dewi Anggraini", "ppid")
    officer(office_db, "Eka Kedua", "ppid")  # two PPIDs: the clerk must choose one
    record = make_record(office_db, "Dokumen lelang sebelum pengumuman")
    dialog = PenetapanDialog(office_db, record.id, ppid)
    qtbot.addWidget(dialog)
    assert "Draf — belum ditetapkan" in dialog.status_label.text()
    assert dialog.grounds_label.text() == "Pasal 17 huruf h angka 5"
    assert dialog.opened_text.isReadOnly() and dialog.opened_text.toPlainText() == "Mengungkap rahasia pribadi."
    assert dialog.closed_text.isReadOnly() and dialog.closed_text.toPlainText() == "Melindungi kepentingan yang lebih besar."
    assert dialog.ppid_combo.currentData() is None and dialog.atasan_combo.currentData() is not None
    assert dialog.date_edit.date().toPython() == date.today()

    dialog.determine_button.click()
    [text] = errors
    for reason in (
        "Uji konsekuensi rekaman ini belum dinyatakan selesai",
        "Nomor surat penetapan wajib diisi",
        "Pilih PPID yang menetapkan klasifikasi.",
    ):
        assert f"• {reason}" in text
    assert get_record(office_db, record.id).status is RecordStatus.DRAFT and not dialog.changed

    dialog.test_button.click()
    assert len(errors) == 1 and dialog.changed
    assert "Uji konsekuensi dinyatakan selesai oleh Dewi Anggraini" in dialog.test_state_label.text()
    assert not dialog.test_button.isEnabled()
    dialog.number_edit.setText("045/12/PPID/2025")
    dialog.ppid_combo.setCurrentIndex(dialog.ppid_combo.findData(ppid))
    dialog.determine_button.click()
    assert len(errors) == 1
    detail = get_record(office_db, record.id)
    assert detail.status is RecordStatus.DITETAPKAN and detail.penetapan_number == "045/12/PPID/2025"
    assert f"Ditetapkan: nomor 045/12/PPID/2025, tanggal {format_tanggal(date.today())}" in dialog.status_label.text()
    assert not dialog.determine_button.isEnabled() and not dialog.number_edit.isEnabled()


def test_an_officer_without_the_role_cannot_declare_the_test_done(qtbot, office_db: Database, errors: list[str]) -> None:
    clerk = officer(office_db, "Citra Lestari", "petugas_dokumentasi")
    record = make_record(office_db, "Rekam medis pegawai")
    dialog = PenetapanDialog(office_db, record.id, clerk)
    qtbot.addWidget(dialog)
    dialog.test_button.click()
    assert "Citra Lestari tidak berwenang" in errors[0]
    assert dialog.test_button.isEnabled() and not dialog.changed


def test_opened_information_cannot_be_determined(qtbot, office_db: Database) -> None:
    ppid = officer(office_db, "Dewi Anggraini", "ppid")
    record = make_record(office_db, "Sudah dibuka")
    determination.open_information(office_db, record.id, "Putusan Komisi Informasi", ppid)
    dialog = PenetapanDialog(office_db, record.id, ppid)
    qtbot.addWidget(dialog)
    assert "Dibuka" in dialog.status_label.text() and "Daftar Informasi Publik" in dialog.status_label.text()
    assert not dialog.determine_button.isEnabled() and not dialog.test_button.isEnabled()


def test_ask_reports_whether_something_changed(qtbot, office_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    ppid = officer(office_db, "Dewi Anggraini", "ppid")
    record = make_record(office_db, "Rekam medis pegawai")
    monkeypatch.setattr(PenetapanDialog, "exec", lambda self: 0)
    assert PenetapanDialog.ask(office_db, record.id, ppid) is False
    monkeypatch.setattr(PenetapanDialog, "exec", lambda self: self.test_button.click() or 0)
    assert PenetapanDialog.ask(office_db, record.id, ppid) is True
