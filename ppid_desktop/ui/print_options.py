"""What to print of the DIK register: paper, orientation, filters and numbered copies.

`PrintOptionsDialog.ask(db, parent)` returns a `RegisterOptions` or None when cancelled;
`RegisterOptions.service_kwargs()` is what `services.printing.write_register_pdf` takes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.enums import PaperSize, RecordStatus
from ppid_desktop.services.office import get_office, list_units
from ppid_desktop.storage.database import Database
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr

LANDSCAPE, PORTRAIT = "landscape", "portrait"
ORIENTATIONS = ((LANDSCAPE, QT_TR_NOOP("Lanskap (mendatar)")), (PORTRAIT, QT_TR_NOOP("Potret (tegak)")))  # labels shown through tr()
MAX_COPIES = 10
FIRST_YEAR, LAST_YEAR = 1990, 2100


@dataclass(frozen=True)
class RegisterOptions:
    """The clerk's choices for one printed register."""

    paper: PaperSize = PaperSize.A4
    orientation: str = LANDSCAPE  # "landscape" | "portrait"
    unit_id: int | None = None  # None: every unit
    status: RecordStatus | None = None  # None: every status
    year: int | None = None  # None: every year
    copies: int = 1  # more than 1: "Salinan ke-1 dari N", one copy after another

    def service_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for `write_register_pdf` (one copy is printed without a copy number)."""
        return {
            "paper": self.paper,
            "orientation": self.orientation,
            "unit_id": self.unit_id,
            "status": self.status,
            "year": self.year,
            "copies": self.copies if self.copies > 1 else None,
        }


class PrintOptionsDialog(QDialog):
    """Modal. `options()` reads the current choices."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Cetak Daftar Informasi yang Dikecualikan"))
        office = get_office(db)
        self._init_widgets(db, office.paper if office is not None else PaperSize.A4)
        self._init_layout()

    @classmethod
    def ask(cls, db: Database, parent: QWidget | None = None) -> RegisterOptions | None:
        dialog = cls(db, parent)
        try:
            return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _init_widgets(self, db: Database, paper: PaperSize) -> None:
        self.paper_combo = QComboBox()
        for size in PaperSize:
            self.paper_combo.addItem(tr(size.label), size.value)
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(paper.value))
        self.orientation_combo = QComboBox()
        for value, label in ORIENTATIONS:
            self.orientation_combo.addItem(tr(label), value)
        self.unit_combo = QComboBox()
        self.unit_combo.addItem(tr("Semua unit"), None)
        for unit in list_units(db):
            self.unit_combo.addItem(unit.name, unit.id)
        self.status_combo = QComboBox()
        self.status_combo.addItem(tr("Semua status"), None)
        for status in RecordStatus:
            self.status_combo.addItem(tr(status.label), status.value)
        self.year_combo = QComboBox()
        self.year_combo.addItem(tr("Semua tahun"), False)
        self.year_combo.addItem(tr("Hanya tahun"), True)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_spin.setValue(date.today().year)
        self.year_spin.setGroupSeparatorShown(False)
        self.year_spin.setAccessibleName(tr("Tahun pencatatan"))
        self.year_spin.setEnabled(False)
        self.year_combo.currentIndexChanged.connect(lambda _index: self.year_spin.setEnabled(bool(self.year_combo.currentData())))
        self.copies_spin = QSpinBox()
        self.copies_spin.setRange(1, MAX_COPIES)
        self.copies_spin.setAccessibleName(tr("Jumlah salinan"))
        self.copies_note = QLabel()
        self.copies_note.setWordWrap(True)
        self.copies_spin.valueChanged.connect(self._update_copies_note)
        self._update_copies_note(1)

    def _init_layout(self) -> None:
        form = QFormLayout()
        form.addRow(tr("Ukuran kertas:"), self.paper_combo)
        form.addRow(tr("Orientasi:"), self.orientation_combo)
        form.addRow(tr("Unit penguasa informasi:"), self.unit_combo)
        form.addRow(tr("Status:"), self.status_combo)
        year_row = QHBoxLayout()
        year_row.addWidget(self.year_combo)
        year_row.addWidget(self.year_spin)
        year_row.addStretch(1)
        form.addRow(tr("Tahun pencatatan:"), year_row)
        form.addRow(tr("Jumlah salinan:"), self.copies_spin)
        form.addRow("", self.copies_note)

        buttons = QDialogButtonBox()
        ok = buttons.addButton(tr("Buat pratinjau"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.addButton(tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _update_copies_note(self, copies: int) -> None:
        if copies > 1:
            text = tr(
                "Dokumen dibuat {copies} kali berurutan dalam satu berkas; setiap salinan diberi nomor "
                "\u201cSalinan ke-1 dari {copies}\u201d dan seterusnya."
            ).format(copies=copies)
        else:
            text = tr("Satu salinan, tanpa nomor salinan.")
        self.copies_note.setText(text)

    def options(self) -> RegisterOptions:
        status = self.status_combo.currentData()
        return RegisterOptions(
            paper=PaperSize(self.paper_combo.currentData()),
            orientation=self.orientation_combo.currentData(),
            unit_id=self.unit_combo.currentData(),
            status=RecordStatus(status) if status else None,
            year=self.year_spin.value() if self.year_combo.currentData() else None,
            copies=self.copies_spin.value(),
        )
