"""A table model over records that holds only ids and fetches rows lazily (Anki's browser way).

Filtering and sorting happen in SQL; the model never sorts in Python and no
QSortFilterProxyModel sits on top of it, so 100,000 records stay fast.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ppid_desktop.domain.calendar import WorkCalendar
from ppid_desktop.domain.enums import Classification, RecordStatus
from ppid_desktop.services.record_rows import FIRST_PAGE, RecordRow
from ppid_desktop.ui.formatting import display_period
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr
from ppid_desktop.ui.stage_timing import OVERDUE_COLOR, Clock, format_local, long_duration, short_duration, utcnow, working_minutes

if TYPE_CHECKING:
    from ppid_desktop.storage.database import Database

Index = QModelIndex | QPersistentModelIndex


log = logging.getLogger(__name__)


def period_text(row: RecordRow) -> str:
    """The row's period as services/record_rows words it (domain/record.format_period), with its end
    date in the window's language; the condition is the office's own text."""
    return display_period(row.period_end, row.period_condition)


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # marked with QT_TR_NOOP; headerData translates it
    value: Callable[[RecordRow, dict[str, str]], str]
    sort_key: str | None  # a services.records.SORT_KEYS key, or None when not sortable
    width: int


COLUMNS: tuple[Column, ...] = (
    Column("register_number", QT_TR_NOOP("No. register"), lambda r, _: r.register_number, "register_number", 150),
    Column("title", QT_TR_NOOP("Informasi yang dikecualikan"), lambda r, _: r.title, "title", 340),
    Column("unit", QT_TR_NOOP("Unit penguasa"), lambda r, _: r.unit_name, "unit", 180),
    Column("legal", QT_TR_NOOP("Dasar hukum"), lambda r, _: r.legal_text, None, 170),
    Column("period", QT_TR_NOOP("Jangka waktu"), lambda r, _: period_text(r), "period_end", 190),
    Column("stage", QT_TR_NOOP("Tahap"), lambda r, stages: stages.get(r.stage_code, r.stage_code), "stage", 190),
    Column("status", QT_TR_NOOP("Status"), lambda r, _: tr(r.status.label), "status", 100),
    Column("classification", QT_TR_NOOP("Klasifikasi"), lambda r, _: tr(r.classification.label), None, 100),
    Column("updated", QT_TR_NOOP("Diubah"), lambda r, _: r.updated_at.astimezone().strftime("%d-%m-%Y %H:%M"), "updated_at", 130),
)

TIMING_KEY = "waktu"
# A stage tab lists one stage only: no "Tahap" column, and the time in the stage next to the title.
_BY_KEY = {column.key: column for column in COLUMNS}
STAGE_COLUMNS: tuple[Column, ...] = (
    _BY_KEY["register_number"],
    Column("title", QT_TR_NOOP("Informasi yang dikecualikan"), lambda r, _: r.title, "title", 300),
    Column(TIMING_KEY, QT_TR_NOOP("Waktu di tahap"), lambda r, _: "", None, 110),
    _BY_KEY["status"],
    *(_BY_KEY[key] for key in ("unit", "legal", "period", "classification", "updated")),
)

RecordIdRole = Qt.ItemDataRole.UserRole + 1
_BLOCK = 120  # rows fetched in one query when the view scrolls onto uncached rows
_CACHE_LIMIT = 5_000


class _IdsSignals(QObject):
    done = Signal(int, object)  # generation, list[int]: `object` passes the list without conversion


class _IdsQuery(QRunnable):
    """The full id list of a query, read off the GUI thread (its own pooled connection)."""

    def __init__(self, db: Database, generation: int, query: tuple[str, str | None, str, bool]) -> None:
        super().__init__()
        self.signals = _IdsSignals()
        self._db, self._generation, self._query = db, generation, query

    def run(self) -> None:
        from ppid_desktop.services.records import query_record_ids

        search, stage_code, sort, descending = self._query
        try:
            ids = query_record_ids(self._db, search, stage_code, sort, descending)
        except Exception:  # the list keeps its first page; the log says why
            log.exception("background id query failed")
            return
        try:
            self.signals.done.emit(self._generation, ids)
        except RuntimeError:  # its list was deleted while it ran (a script without the window's wait_for_queries)
            log.debug("background id query finished after its list was gone")


_POOL: QThreadPool | None = None


def _ids_pool() -> QThreadPool:
    """One worker: a burst of keystrokes queues, and queued queries are dropped when obsolete."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool(QCoreApplication.instance())
        _POOL.setMaxThreadCount(1)
    return _POOL


def wait_for_queries(timeout_ms: int = 5000) -> bool:
    """Drop queued background queries and wait for a running one (the window calls this as it
    closes, so that no query outlives its list or the database connection)."""
    if _POOL is None:
        return True
    _POOL.clear()
    return _POOL.waitForDone(timeout_ms)


class RecordTableModel(QAbstractTableModel):
    completed = Signal()  # the ids after the first page have arrived

    def __init__(
        self,
        db: Database | None,
        stage_code: str | None = None,
        stage_labels: dict[str, str] | None = None,
        *,
        waktu_menit: int | None = None,
        calendar: WorkCalendar | None = None,
        clock: Clock = utcnow,
    ) -> None:
        """With `stage_code` and `waktu_menit` the model is a stage tab's: it has a "Waktu di tahap"
        column, counted in `calendar`'s working hours up to `clock()` as of the last `tick()`.

        Without `db` the model shows only what `preload()` gives it (the window's first paint)
        until `attach(db)`; searching and sorting meanwhile are remembered and run then."""
        super().__init__()
        self._db = db
        self._stage_code = stage_code
        self._stage_labels = stage_labels or {}
        timed = stage_code is not None and waktu_menit is not None
        self.columns: tuple[Column, ...] = STAGE_COLUMNS if timed else COLUMNS
        self.timing_column: int | None = next((i for i, c in enumerate(self.columns) if c.key == TIMING_KEY), None)
        self._waktu_menit = waktu_menit or 0
        self._calendar = calendar or WorkCalendar()
        self.clock = clock
        self._now = clock()
        self._elapsed: dict[int, int] = {}  # record id -> working minutes as of self._now
        self._search = ""
        self._sort = "id"  # newest first: the order FTS5 can answer a page of without sorting
        self._descending = True
        self._ids: list[int] = []
        self._complete = True  # False while the ids after the first page are still coming
        self._generation = 0
        self._loaded = False  # stage tabs query only once they are first shown
        self._stale = False
        self._cache: OrderedDict[int, RecordRow] = OrderedDict()
        self._fonts: dict[tuple[bool, bool], QFont] = {}
        for italic in (False, True):
            for bold in (False, True):
                font = QFont()
                font.setItalic(italic)
                font.setBold(bold)
                self._fonts[(italic, bold)] = font

    # -- queries -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-run the query (after a save, a search or a sort); rows are fetched again lazily.

        Only the first page of ids is read here, so a keystroke answers at once even when
        the search matches 100,000 records; the full list follows from a background query
        and is appended when it arrives (a newer refresh makes it obsolete).
        """
        if self._db is None:  # first paint: attach() runs the query the clerk asked for
            self._stale = True
            return
        from ppid_desktop.services.records import query_record_ids

        self._generation += 1
        ids = query_record_ids(self._db, self._search, self._stage_code, self._sort, self._descending, limit=FIRST_PAGE + 1)
        self.beginResetModel()
        self._complete = len(ids) <= FIRST_PAGE
        self._ids = ids[:FIRST_PAGE]
        self._cache.clear()
        self._now = self.clock()
        self._elapsed.clear()
        self._loaded = True
        self._stale = False
        self.endResetModel()
        if not self._complete:
            self._query_rest()

    def _query_rest(self) -> None:
        """Read the ids after the first page off the GUI thread."""
        assert self._db is not None
        _ids_pool().clear()  # drop queued queries a newer keystroke has made obsolete
        job = _IdsQuery(self._db, self._generation, (self._search, self._stage_code, self._sort, self._descending))
        job.signals.done.connect(self._all_ids_arrived)
        _ids_pool().start(job)

    def preload(self, rows: Sequence[RecordRow], more: bool) -> None:
        """Show `rows` (the default query's first page, read before the database layer loaded).

        Skipped when the clerk's remembered column sort asks for another order: the list then
        fills once the database layer is attached."""
        if self._sort != "id" or not self._descending or self._search:
            return
        self.beginResetModel()
        self._ids = [row.id for row in rows]
        self._cache = OrderedDict((row.id, row) for row in rows)
        self._complete = not more
        self._loaded = True
        self.endResetModel()

    @property
    def stage_code(self) -> str | None:
        """The stage this list shows, None for the register (every stage)."""
        return self._stage_code

    @property
    def attached(self) -> bool:
        return self._db is not None

    def attach(self, db: Database) -> None:
        """The database layer is ready: from now on the model queries it. The first page stays
        on screen unless the clerk already searched or sorted, or more rows are to come."""
        self._db = db
        if self._loaded and self._stale:
            self.refresh()
        elif self._loaded and not self._complete:
            self._generation += 1
            self._query_rest()

    def _all_ids_arrived(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return  # a newer query is under way
        shown = len(self._ids)
        if ids[:shown] == self._ids:
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
        else:  # records changed between the two queries
            self.beginResetModel()
            self._ids = ids
            self._cache.clear()
            self.endResetModel()
        self._complete = True
        self.completed.emit()

    @property
    def complete(self) -> bool:
        """False while the rows after the first page are still being read."""
        return self._complete

    def set_calendar(self, calendar: WorkCalendar) -> None:
        """The office's working time changed: recount the "Waktu di tahap" column."""
        self._calendar = calendar
        self._elapsed.clear()
        if self.timing_column is not None and self._ids:
            self.dataChanged.emit(self.index(0, self.timing_column), self.index(len(self._ids) - 1, self.timing_column))

    def ensure_loaded(self) -> None:
        if not self._loaded or self._stale:
            self.refresh()

    def mark_stale(self) -> None:
        """Records changed elsewhere: re-query when this list is next shown."""
        self._stale = True

    @property
    def stale(self) -> bool:
        return self._stale

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
        if self._db is None:
            return None
        from ppid_desktop.services.records import fetch_rows

        start = max(0, row - _BLOCK // 4)
        block = self._ids[start : start + _BLOCK]
        for fetched in fetch_rows(self._db, block):
            self._cache[fetched.id] = fetched
        while len(self._cache) > _CACHE_LIMIT:
            self._cache.popitem(last=False)
        return self._cache.get(record_id)

    # -- time in the stage ---------------------------------------------------------------
    def tick(self) -> None:
        """Move the clock on and repaint the timing column only: no query, rows stay cached."""
        self._now = self.clock()
        self._elapsed.clear()
        if self.timing_column is not None and self._ids:
            roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole]
            self.dataChanged.emit(self.index(0, self.timing_column), self.index(len(self._ids) - 1, self.timing_column), roles)

    def elapsed_minutes(self, record: RecordRow) -> int | None:
        """Working minutes `record` has spent in its stage (None once the SOP is finished)."""
        if record.finished or record.archived:
            return None
        minutes = self._elapsed.get(record.id)
        if minutes is None:  # computed only for rows the view asks about, once per tick
            minutes = self._elapsed[record.id] = working_minutes(self._calendar, record.stage_entered_at, self._now)
        return minutes

    def _overdue(self, record: RecordRow) -> bool:
        minutes = self.elapsed_minutes(record)
        return minutes is not None and minutes > self._waktu_menit

    def _timing_text(self, record: RecordRow) -> str:
        if record.archived:
            return tr("Diarsipkan")
        if record.finished:
            return tr("Selesai")
        return short_duration(self.elapsed_minutes(record) or 0)

    # -- Qt model interface ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return tr(self.columns[section].title)
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
        column = self.columns[index.column()]
        timing = column.key == TIMING_KEY
        if role == Qt.ItemDataRole.FontRole:
            # Drafts and determined records are told apart everywhere: drafts in italics.
            italic, bold = record.status is RecordStatus.DRAFT, timing and self._overdue(record)
            return self._fonts[(italic, bold)] if italic or bold else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.key == "classification" and record.classification in (Classification.RAHASIA, Classification.SANGAT_RAHASIA):
                return QBrush(QColor(OVERDUE_COLOR))
            if timing and self._overdue(record):
                return QBrush(QColor(OVERDUE_COLOR))
            return None
        if timing:
            text = self._timing_text(record)
            if role == Qt.ItemDataRole.ToolTipRole:
                tip = (tr("Masuk tahap {entered}; mutu baku {standard} kerja — melewati mutu baku") if self._overdue(record)
                       else tr("Masuk tahap {entered}; mutu baku {standard} kerja"))
                return tip.format(entered=format_local(record.stage_entered_at), standard=long_duration(self._waktu_menit))
            return text
        text = column.value(record, self._stage_labels)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if len(text) > 40 else None
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort_key = self.columns[column].sort_key if 0 <= column < len(self.columns) else None
        if sort_key is None:
            return
        self._sort = sort_key
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded:
            self.refresh()
