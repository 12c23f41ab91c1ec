"""A table model over records that holds only ids and fetches rows lazily (Anki's browser way).

Filtering and sorting happen in SQL; the model never sorts in Python and no
QSortFilterProxyModel sits on top of it, so 100,000 records stay fast.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ppid_desktop.domain.enums import Classification, RecordStatus
from ppid_desktop.services.records import RecordRow, fetch_rows, query_record_ids
from ppid_desktop.storage.database import Database

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    value: Callable[[RecordRow, dict[str, str]], str]
    sort_key: str | None  # a services.records.SORT_KEYS key, or None when not sortable
    width: int


COLUMNS: tuple[Column, ...] = (
    Column("register_number", "No. register", lambda r, _: r.register_number, "register_number", 150),
    Column("title", "Informasi yang dikecualikan", lambda r, _: r.title, "title", 340),
    Column("unit", "Unit penguasa", lambda r, _: r.unit_name, "unit", 180),
    Column("legal", "Dasar hukum", lambda r, _: r.legal_text, None, 170),
    Column("period", "Jangka waktu", lambda r, _: r.period_text, "period_end", 190),
    Column("stage", "Tahap", lambda r, stages: stages.get(r.stage_code, r.stage_code), "stage", 190),
    Column("status", "Status", lambda r, _: r.status.label, "status", 100),
    Column("classification", "Klasifikasi", lambda r, _: r.classification.label, None, 100),
    Column("updated", "Diubah", lambda r, _: r.updated_at.astimezone().strftime("%d-%m-%Y %H:%M"), "updated_at", 130),
)

RecordIdRole = Qt.ItemDataRole.UserRole + 1
_BLOCK = 120  # rows fetched in one query when the view scrolls onto uncached rows
_CACHE_LIMIT = 5_000


class RecordTableModel(QAbstractTableModel):
    def __init__(self, db: Database, stage_code: str | None = None, stage_labels: dict[str, str] | None = None) -> None:
        super().__init__()
        self._db = db
        self._stage_code = stage_code
        self._stage_labels = stage_labels or {}
        self._search = ""
        self._sort = "updated_at"
        self._descending = True
        self._ids: list[int] = []
        self._loaded = False  # stage tabs query only once they are first shown
        self._cache: OrderedDict[int, RecordRow] = OrderedDict()
        self._draft_font = QFont()
        self._draft_font.setItalic(True)

    # -- queries -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-run the query (after a save, a search or a sort); rows are fetched again lazily."""
        self.beginResetModel()
        self._ids = query_record_ids(self._db, self._search, self._stage_code, self._sort, self._descending)
        self._cache.clear()
        self._loaded = True
        self.endResetModel()

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.refresh()

    @property
    def loaded(self) -> bool:
        return self._loaded

    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self.refresh()

    @property
    def search_text(self) -> str:
        return self._search

    def record_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, record_id: int) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def _row(self, row: int) -> RecordRow | None:
        record_id = self._ids[row]
        cached = self._cache.get(record_id)
        if cached is not None:
            return cached
        start = max(0, row - _BLOCK // 4)
        block = self._ids[start : start + _BLOCK]
        for fetched in fetch_rows(self._db, block):
            self._cache[fetched.id] = fetched
        while len(self._cache) > _CACHE_LIMIT:
            self._cache.popitem(last=False)
        return self._cache.get(record_id)

    # -- Qt model interface ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return COLUMNS[section].title
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == RecordIdRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole):
            return None
        record = self._row(index.row())
        if record is None:  # deleted since the query ran
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.FontRole:
            # Drafts and determined records are told apart everywhere: drafts in italics.
            return self._draft_font if record.status is RecordStatus.DRAFT else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.key == "classification" and record.classification in (Classification.RAHASIA, Classification.SANGAT_RAHASIA):
                return QBrush(QColor("#a4262c"))
            return None
        text = column.value(record, self._stage_labels)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if len(text) > 40 else None
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort_key = COLUMNS[column].sort_key if 0 <= column < len(COLUMNS) else None
        if sort_key is None:
            return
        self._sort = sort_key
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded:
            self.refresh()
