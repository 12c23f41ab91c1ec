"""The register's print options: the office's paper by default, every filter, numbered copies."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from ppid_desktop.domain.enums import PaperSize, RecordStatus
from ppid_desktop.services.office import list_units
from ppid_desktop.storage.database import Database
from ppid_desktop.ui.print_options import PrintOptionsDialog, RegisterOptions


@pytest.fixture
def dialog(qtbot, office_db: Database) -> PrintOptionsDialog:
    options = PrintOptionsDialog(office_db)
    qtbot.addWidget(options)
    return options


def test_defaults_are_the_whole_register_on_the_office_paper(dialog: PrintOptionsDialog) -> None:
    # The Kalimantan Barat office prints on F4.
    assert dialog.options() == RegisterOptions(paper=PaperSize.F4, orientation="landscape", unit_id=None, status=None, year=None, copies=1)
    assert [dialog.unit_combo.itemText(i) for i in range(dialog.unit_combo.count())][0] == "Semua unit"
    assert dialog.year_combo.currentText() == "Semua tahun" and not dialog.year_spin.isEnabled()
    assert dialog.year_spin.value() == date.today().year
    assert "tanpa nomor salinan" in dialog.copies_note.text()


def test_the_chosen_options_are_returned(dialog: PrintOptionsDialog, office_db: Database) -> None:
    unit = list_units(office_db)[1]
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData(PaperSize.A4.value))
    dialog.orientation_combo.setCurrentIndex(dialog.orientation_combo.findData("portrait"))
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData(unit.id))
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(RecordStatus.DITETAPKAN.value))
    dialog.year_combo.setCurrentIndex(1)
    assert dialog.year_spin.isEnabled()
    dialog.year_spin.setValue(2025)
    dialog.copies_spin.setValue(3)
    assert "Salinan ke-1 dari 3" in dialog.copies_note.text()
    options = dialog.options()
    assert options == RegisterOptions(PaperSize.A4, "portrait", unit.id, RecordStatus.DITETAPKAN, 2025, 3)
    assert options.service_kwargs() == {
        "paper": PaperSize.A4,
        "orientation": "portrait",
        "unit_id": unit.id,
        "status": RecordStatus.DITETAPKAN,
        "year": 2025,
        "copies": 3,
    }
    assert RegisterOptions(copies=1).service_kwargs()["copies"] is None  # one copy carries no number


def test_copies_are_limited_to_ten(dialog: PrintOptionsDialog) -> None:
    dialog.copies_spin.setValue(50)
    assert dialog.options().copies == 10


def test_ask_returns_the_options_or_none(qtbot, office_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    def accept(self: PrintOptionsDialog) -> int:
        self.copies_spin.setValue(2)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PrintOptionsDialog, "exec", accept)
    assert PrintOptionsDialog.ask(office_db) == RegisterOptions(paper=PaperSize.F4, copies=2)
    monkeypatch.setattr(PrintOptionsDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert PrintOptionsDialog.ask(office_db) is None
