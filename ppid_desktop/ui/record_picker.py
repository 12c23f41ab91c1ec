"""A list of given records (the ids behind an overview figure), opened from the Ringkasan tab.

The ids come from the caller; rows are fetched lazily in blocks by the same model as the
register, so a figure of 50,000 records opens as fast as one of five.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.services.sop_catalog import active_template
from ppid_desktop.storage.database import Database
from ppid_desktop.ui.i18n import tr
from ppid_desktop.ui.record_table_model import COLUMNS, RecordTableModel


HIDDEN_COLUMNS = {"legal", "classification"}


def office_stage_labels(db: Database) -> dict[str, str]:
    """"1. Produksi dan penyimpanan" for each stage code of the office's SOP (as the stage tabs read)."""
    with db.session() as session:
        template = active_template(session)
    return {stage.code: f"{stage.number}. {stage.nama}" for stage in template.stages} if template else {}


class FixedIdsModel(RecordTableModel):
    """The register's lazy model over a fixed list of ids, in the order given (no SQL sort)."""

    def __init__(self, db: Database, ids: Sequence[int], stage_labels: dict[str, str] | None = None) -> None:
        super().__init__(db, None, stage_labels)
        self._fixed = list(dict.fromkeys(ids))
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._ids = list(self._fixed)
        self._cache.clear()
        self._loaded = True
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        return  # the order is the caller's


class RecordPickerDialog(QDialog):
    """Emits `open_requested(record_id)` on double-click, Enter or "Buka rekaman"."""

    open_requested = Signal(int)

    def __init__(self, db: Database, title: str, ids: Sequence[int], stage_labels: dict[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: int | None = None
        self.setWindowTitle(title)
        self.setSizeGripEnabled(True)
        self.resize(1100, 560)
        self.model = FixedIdsModel(db, ids, stage_labels if stage_labels is not None else office_stage_labels(db))
        count = self.model.rowCount()
        self.count_label = QLabel(
            tr("<b>{title}</b> — {count} rekaman", "", count).format(title=title, count=f"{count:,}".replace(",", "."))
            if count else tr("<b>{title}</b> — tidak ada rekaman").format(title=title)
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for position, column in enumerate(COLUMNS):
            header.resizeSection(position, column.width)
            # Room for the stage and status, which is what these lists are about.
            self.table.setColumnHidden(position, column.key in HIDDEN_COLUMNS)
        self.table.activated.connect(lambda index: self._choose(index.row()))
        self.table.doubleClicked.connect(lambda index: self._choose(index.row()))
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(tr("Buka rekaman"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setEnabled(False)
        buttons.addButton(tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._choose_selected)
        buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.open_button.setEnabled(self.selected_record_id() is not None))
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, db: Database, title: str, ids: Sequence[int], stage_labels: dict[str, str] | None = None, parent: QWidget | None = None) -> int | None:
        """Modal: the id of the record the clerk chose to open, or None."""
        dialog = cls(db, title, ids, stage_labels, parent)
        try:
            dialog.exec()
            return dialog.chosen
        finally:
            dialog.deleteLater()

    def selected_record_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    def _choose_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._choose(rows[0].row())

    def _choose(self, row: int) -> None:
        self.chosen = self.model.record_id(row)
        self.open_requested.emit(self.chosen)
        self.accept()
