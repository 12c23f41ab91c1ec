"""The import preview as a table model: every data row as it will be imported, problem rows
marked in colour with the reason. Display texts are made when a row is first shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ppid_desktop.services.spreadsheet_import import ImportPreview
from ppid_desktop.ui.formatting import display_period
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr, user_text

COLUMNS: tuple[tuple[str, str], ...] = (
    ("row", QT_TR_NOOP("Baris")),
    ("status", QT_TR_NOOP("Status")),
    ("problems", QT_TR_NOOP("Alasan dilewati")),
    ("title", QT_TR_NOOP("Informasi yang dikecualikan")),
    ("unit", QT_TR_NOOP("Unit penguasa informasi")),
    ("legal_grounds", QT_TR_NOOP("Dasar hukum pengecualian")),
    ("consequence_opened", QT_TR_NOOP("Konsekuensi bila dibuka")),
    ("consequence_closed", QT_TR_NOOP("Konsekuensi bila ditutup")),
    ("period", QT_TR_NOOP("Jangka waktu pengecualian")),
    ("register_number", QT_TR_NOOP("Nomor register")),
)
WIDTHS = (50, 70, 260, 240, 170, 170, 170, 170, 170, 110)
PROBLEM_BACKGROUND = QColor("#f8d7da")
PROBLEM_FOREGROUND = QColor("#721c24")

Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._preview: ImportPreview | None = None
        self._cache: dict[int, dict[str, str]] = {}
        self._problem_brush = QBrush(PROBLEM_BACKGROUND)
        self._problem_text = QBrush(PROBLEM_FOREGROUND)

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._preview = preview
        self._cache.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._preview is None else len(self._preview.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section][1])
        return None

    def _texts(self, row: int) -> dict[str, str]:
        texts = self._cache.get(row)
        if texts is None:
            assert self._preview is not None
            parsed = self._preview.rows[row]
            texts = dict(self._preview.describe(parsed))
            texts["period"] = display_period(parsed.draft.period_end, parsed.draft.period_condition)  # the date in the window's language
            texts["row"] = str(parsed.row_number)
            texts["status"] = tr("Siap") if parsed.ok else tr("Dilewati")
            texts["problems"] = " ".join(user_text(error) for error in parsed.errors)
            if len(self._cache) > 5000:
                self._cache.clear()
            self._cache[row] = texts
        return texts

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._preview is None or not index.isValid():
            return None
        parsed = self._preview.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._texts(index.row())[COLUMNS[index.column()][0]]
            return " ".join(text.split())
        if role == Qt.ItemDataRole.ToolTipRole:
            if not parsed.ok:
                return "\n".join(user_text(error) for error in parsed.errors)
            return self._texts(index.row())[COLUMNS[index.column()][0]] or None
        if role == Qt.ItemDataRole.BackgroundRole and not parsed.ok:
            return self._problem_brush
        if role == Qt.ItemDataRole.ForegroundRole and not parsed.ok:
            return self._problem_text
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
