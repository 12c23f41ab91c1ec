"""Jangka waktu: ending exemptions are listed, decided from the panel, and never deleted."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ppid_desktop.domain.dates import format_tanggal
from ppid_desktop.domain.enums import RecordStatus
from ppid_desktop.domain.nip import EmployeeIdKind
from ppid_desktop.domain.office import OfficerDraft
from ppid_desktop.services.office import add_officer
from ppid_desktop.services.records import get_record
from ppid_desktop.storage.database import Database
from ppid_desktop.ui import messages
from ppid_desktop.ui.expiry_panel import EXPIRED_COLOR, ExpiryPanel, ExtendDialog, OpenInformationDialog
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


def drive(monkeypatch: pytest.MonkeyPatch, dialog_class, fill) -> None:
    """Replace `ask` by building the real dialog, filling it and pressing its button (no modal loop)."""

    def ask(cls, db, record, officer_id, parent=None):
        dialog = cls(db, record, officer_id, parent)
        fill(dialog)
        dialog.submit()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(dialog_class, "ask", classmethod(ask))


def cell(panel, row: int, column: int) -> str:
    return panel.model.data(panel.model.index(row, column))


def titles(panel: ExpiryPanel) -> list[str]:
    return [cell(panel, row, 1) for row in range(panel.model.rowCount())]


def test_lists_ending_exemptions_expired_first_in_red(qtbot, office_db: Database) -> None:
    make_record(office_db, "Masih lama")
    make_record(office_db, "Segera berakhir", period_end=date.today() + timedelta(days=7))
    make_record(office_db, "Sudah berakhir", period_end=date.today() - timedelta(days=10), register_number="001/DIK/2020")
    panel = ExpiryPanel(office_db, lambda: None)
    qtbot.addWidget(panel)
    panel.show()  # the list loads when the tab is shown
    assert titles(panel) == ["Sudah berakhir", "Segera berakhir"]
    assert cell(panel, 0, 0) == "001/DIK/2020"
    assert cell(panel, 0, 4) == "Jangka waktu berakhir — perlu keputusan"
    assert panel.model.data(panel.model.index(0, 1), Qt.ItemDataRole.ForegroundRole).color() == QColor(EXPIRED_COLOR)
    assert cell(panel, 1, 4).startswith("Berakhir dalam ")
    assert cell(panel, 0, 3) == format_tanggal(date.today() - timedelta(days=10))
    assert not panel.extend_button.isEnabled()
    panel.table.selectRow(0)
    assert panel.extend_button.isEnabled() and panel.open_button.isEnabled()


def test_extend_from_the_panel_refuses_then_succeeds(qtbot, office_db: Database, monkeypatch, errors) -> None:
    ppid = officer(office_db, "Dewi Anggraini", "ppid")
    record = make_record(office_db, "Segera berakhir", period_end=date.today() + timedelta(days=7))
    panel = ExpiryPanel(office_db, lambda: ppid)
    qtbot.addWidget(panel)
    panel.show()  # the list loads when the tab is shown
    panel.select_record(record.id)
    drive(monkeypatch, ExtendDialog, lambda d: d.end_check.setChecked(False))
    panel.extend_selected()
    reasons = errors.pop()
    assert "Nomor surat penetapan wajib diisi" in reasons and "Isi akhir jangka waktu yang baru atau syaratnya." in reasons
    assert reasons.count("• ") >= 2
    assert titles(panel) == ["Segera berakhir"]

    def fill(dialog: ExtendDialog) -> None:
        dialog.number_edit.setText("050/1/PPID/2025")
        assert dialog.ppid_combo.currentData() == ppid  # the only PPID is chosen already
        assert dialog.atasan_combo.currentText().startswith("drg. Hary Agung")

    drive(monkeypatch, ExtendDialog, fill)
    with qtbot.waitSignal(panel.records_changed):
        panel.extend_selected()
    assert errors == []
    assert titles(panel) == []
    detail = get_record(office_db, record.id)
    assert detail.status is RecordStatus.DITETAPKAN and detail.penetapan_number == "050/1/PPID/2025"
    assert detail.draft.period_end is not None and detail.draft.period_end > date.today() + timedelta(days=300)


def test_open_an_expired_exemption_moves_it_to_the_dip_without_deleting(qtbot, office_db: Database, monkeypatch, errors) -> None:
    ppid = officer(office_db, "Dewi Anggraini", "ppid")
    record = make_record(office_db, "Sudah berakhir", period_end=date.today() - timedelta(days=10))
    acting: list[int | None] = [None]
    panel = ExpiryPanel(office_db, lambda: acting[0])
    qtbot.addWidget(panel)
    panel.show()  # the list loads when the tab is shown
    panel.select_record(record.id)
    drive(monkeypatch, OpenInformationDialog, lambda d: None)
    panel.open_selected()
    reasons = errors.pop()
    assert "Hanya PPID atau Atasan PPID" in reasons and "Tuliskan dasar keputusan" in reasons
    acting[0] = ppid
    drive(monkeypatch, OpenInformationDialog, lambda d: d.reason_edit.setPlainText("Jangka waktu pengecualian berakhir"))
    with qtbot.waitSignal(panel.records_changed):
        panel.open_selected()
    assert titles(panel) == []
    assert get_record(office_db, record.id).status is RecordStatus.DIBUKA  # still in the database


def test_says_nothing_is_deleted_and_double_click_opens(qtbot, office_db: Database) -> None:
    record = make_record(office_db, "Sudah berakhir", period_end=date.today() - timedelta(days=1))
    panel = ExpiryPanel(office_db, lambda: None)
    qtbot.addWidget(panel)
    panel.show()  # the list loads when the tab is shown
    texts = " ".join(label.text() for label in panel.findChildren(type(panel.count_label)))
    assert "Tidak ada yang dihapus" in texts and "Daftar Informasi Publik" in texts
    with qtbot.waitSignal(panel.open_requested) as blocker:
        panel.table.doubleClicked.emit(panel.model.index(0, 1))
    assert blocker.args == [record.id]
