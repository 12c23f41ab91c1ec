"""A search box, a count and a lazy record table: the body of the register and every stage tab."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ppid_desktop.domain.calendar import WorkCalendar
from ppid_desktop.services.record_rows import RecordRow
from ppid_desktop.ui.i18n import tr
from ppid_desktop.ui.record_table_model import RecordTableModel

if TYPE_CHECKING:
    from ppid_desktop.storage.database import Database


class RecordList(QWidget):
    """Emits `open_requested(record_id)` on double-click or Enter."""

    open_requested = Signal(int)

    def __init__(
        self,
        db: Database | None,
        settings: QSettings,
        settings_key: str,
        stage_code: str | None = None,
        stage_labels: dict[str, str] | None = None,
        parent: QWidget | None = None,
        *,
        waktu_menit: int | None = None,
        calendar: WorkCalendar | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._settings_key = settings_key
        self.model = RecordTableModel(db, stage_code, stage_labels, waktu_menit=waktu_menit, calendar=calendar)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(tr("Cari judul, nomor register, atau ringkasan isi… (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search_changed)
        self.count_label = QLabel()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        # Fixed row heights: the view never measures 100,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        for position, column in enumerate(self.model.columns):
            header.resizeSection(position, column.width)
        self.table.setSortingEnabled(False)  # set after restoring, so the first query runs once
        self.table.doubleClicked.connect(lambda index: self.open_requested.emit(self.model.record_id(index.row())))
        self.table.activated.connect(lambda index: self.open_requested.emit(self.model.record_id(index.row())))

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.model.modelReset.connect(self._update_count)
        self.model.completed.connect(self._update_count)
        self._restore_columns()

    def _restore_columns(self) -> None:
        state = self._settings.value(f"{self._settings_key}/header")
        header = self.table.horizontalHeader()
        restored = isinstance(state, QByteArray) and not state.isEmpty() and header.restoreState(state)
        if not restored:  # nothing saved yet, or saved for other columns: newest records first
            header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # sets the model's sort; the query runs on first show

    def showEvent(self, event: QShowEvent) -> None:
        self.model.ensure_loaded()
        super().showEvent(event)

    def save_columns(self) -> None:
        self._settings.setValue(f"{self._settings_key}/header", self.table.horizontalHeader().saveState())

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)

    def _update_count(self) -> None:
        rows = self.model.rowCount()
        count = f"{rows:,}".replace(",", ".")
        if not self.model.complete:
            count += "+"  # the rest of the list is still being read
        if self.model.search_text.strip():
            self.count_label.setText(tr("{count} rekaman cocok", "", rows).format(count=count))
        else:
            self.count_label.setText(tr("{count} rekaman", "", rows).format(count=count))

    def refresh(self) -> None:
        self.model.refresh()

    def preload(self, rows: Sequence[RecordRow], more: bool) -> None:
        """The first paint: show `rows` before the database layer is loaded (see attach)."""
        self.model.preload(rows, more)

    def attach(self, db: Database) -> None:
        """The database layer is ready: what the clerk typed or sorted meanwhile runs now."""
        self.model.attach(db)
        if self.isVisible():
            self.model.ensure_loaded()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def selected_record_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        """Select `row` (and make it current) as a click would, and scroll it into view."""
        index = self.model.index(row, 0)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)
