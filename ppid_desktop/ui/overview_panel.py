"""Ringkasan: records per stage, overdue stages, corrections waiting, expiring exemptions, status
counts and the mutu baku timing report. Every figure opens the matching list.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ppid_desktop.domain.enums import RecordStatus
from ppid_desktop.domain.workflow import EXPIRY_LEAD_WORKING_DAYS
from ppid_desktop.services.overview import Overview, StageFigure, ids_with_status, overview, status_counts, timing_report
from ppid_desktop.services.records import fetch_rows, query_record_ids
from ppid_desktop.storage.database import Database
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr

ALERT_COLOR = "#b3261e"
FIGURE_STYLE = """
QPushButton[figure="true"] { border: none; background: transparent; color: palette(link);
    text-decoration: underline; font-size: 12pt; font-weight: bold; padding: 1px 6px; text-align: right; }
QPushButton[figure="true"][alert="true"] { color: %s; }
QPushButton[figure="true"]:disabled { color: palette(placeholder-text); text-decoration: none; }
QPushButton[figure="true"]:focus { outline: 1px dotted palette(link); }
""" % ALERT_COLOR
TIMING_COLUMNS = (QT_TR_NOOP("Tahap"), QT_TR_NOOP("Petugas"), QT_TR_NOOP("Kunjungan tahap"), QT_TR_NOOP("Memenuhi waktu baku"), "%")

# (key, label, title of the list it opens): templates, shown with tr(...).format(days=EXPIRY_LEAD_WORKING_DAYS)
ATTENTION = (
    ("overdue", QT_TR_NOOP("Melewati waktu baku"), QT_TR_NOOP("Melewati waktu baku")),
    ("correction", QT_TR_NOOP("Menunggu perbaikan (koreksi)"), QT_TR_NOOP("Menunggu perbaikan (koreksi)")),
    ("expiring", QT_TR_NOOP("Akan berakhir ≤ {days} hari kerja"), QT_TR_NOOP("Pengecualian berakhir ≤ {days} hari kerja")),
    ("expired", QT_TR_NOOP("Jangka waktu berakhir — perlu keputusan"), QT_TR_NOOP("Jangka waktu berakhir — perlu keputusan")),
)
STATUS = (
    ("draft", QT_TR_NOOP("Draf — belum ditetapkan"), QT_TR_NOOP("Status: Draf (belum ditetapkan)")),
    ("ditetapkan", QT_TR_NOOP("Ditetapkan"), QT_TR_NOOP("Status: Ditetapkan")),
    ("dibuka", QT_TR_NOOP("Dibuka (Daftar Informasi Publik)"), QT_TR_NOOP("Status: Dibuka (Daftar Informasi Publik)")),
    ("finished", QT_TR_NOOP("Seluruh tahap SOP selesai"), QT_TR_NOOP("Seluruh tahap SOP selesai")),
    ("total", QT_TR_NOOP("Jumlah rekaman"), QT_TR_NOOP("Semua rekaman")),
)


def _shown(template: str) -> str:
    """A label or title of ATTENTION/STATUS in the window's language."""
    return tr(template).format(days=EXPIRY_LEAD_WORKING_DAYS)


def figure_button(tooltip: str) -> QPushButton:
    """A number that looks and works like a link."""
    button = QPushButton("0")
    button.setProperty("figure", True)
    button.setFlat(True)
    button.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
    button.setToolTip(tooltip)
    button.setMinimumWidth(56)
    return button


def set_figure(button: QPushButton, value: int, alert: bool = False, enabled: bool | None = None) -> None:
    button.setText(f"{value:,}".replace(",", "."))
    button.setEnabled(value > 0 if enabled is None else enabled)
    if bool(button.property("alert")) != alert:
        button.setProperty("alert", alert)
        button.style().unpolish(button)
        button.style().polish(button)


class OverviewPanel(QWidget):
    """`open_stage(code)` for a stage count; `open_records(title, ids)` for every other figure."""

    open_stage = Signal(str)
    open_records = Signal(str, list)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.figures: Overview | None = None
        self.stage_buttons: dict[str, QPushButton] = {}
        self.stage_overdue_buttons: dict[str, QPushButton] = {}
        self.figure_buttons: dict[str, QPushButton] = {}
        self._stage_codes: list[str] | None = None
        self.setStyleSheet(FIGURE_STYLE)
        self._init_widgets()
        self._init_layout()

    # --- building -----------------------------------------------------------------------------

    def _init_widgets(self) -> None:
        self.stages_box = QGroupBox(tr("Rekaman per tahap SOP"))
        self.stages_grid = QGridLayout(self.stages_box)
        self.attention_box = QGroupBox(tr("Perlu perhatian"))
        attention = QGridLayout(self.attention_box)
        for row, (key, label, title) in enumerate(ATTENTION):
            self._add_figure(attention, row, key, label, title)
        attention.setColumnStretch(0, 1)
        self.status_box = QGroupBox(tr("Status rekaman"))
        status = QGridLayout(self.status_box)
        for row, (key, label, title) in enumerate(STATUS):
            self._add_figure(status, row, key, label, title)
        status.setColumnStretch(0, 1)

        self.timing_table = QTableWidget(0, len(TIMING_COLUMNS))
        self.timing_table.setHorizontalHeaderLabels([tr(column) for column in TIMING_COLUMNS])
        self.timing_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timing_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.timing_table.setAlternatingRowColors(True)
        self.timing_table.verticalHeader().setVisible(False)
        header = self.timing_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.timing_empty = QLabel(tr("Belum ada tahap yang diselesaikan."))
        self.timing_empty.setStyleSheet("color: palette(placeholder-text);")
        self.updated_label = QLabel()
        self.updated_label.setStyleSheet("color: palette(placeholder-text);")
        self.refresh_button = QPushButton(tr("Muat ulang"))
        self.refresh_button.clicked.connect(self.refresh)

    def _add_figure(self, grid: QGridLayout, row: int, key: str, label: str, title: str) -> None:
        label, title = _shown(label), _shown(title)
        button = figure_button(tr("Buka daftar: {title}").format(title=title))
        button.clicked.connect(lambda _=False, k=key, t=title: self._open_figure(k, t))
        self.figure_buttons[key] = button
        grid.addWidget(QLabel(label), row, 0)
        grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignRight)

    def _init_layout(self) -> None:
        heading = QLabel("<span style='font-size:13pt'><b>{}</b></span>".format(tr("Ringkasan")))
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.updated_label)
        top.addWidget(self.refresh_button)
        side = QVBoxLayout()
        side.addWidget(self.attention_box)
        side.addWidget(self.status_box)
        side.addStretch(1)
        figures = QHBoxLayout()
        figures.addWidget(self.stages_box, 3)
        figures.addLayout(side, 2)
        timing_box = QGroupBox(tr("Pemenuhan waktu baku (mutu baku) per tahap dan petugas"))
        timing = QVBoxLayout(timing_box)
        timing.addWidget(self.timing_table, 1)
        timing.addWidget(self.timing_empty, 1, Qt.AlignmentFlag.AlignTop)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(top)
        column.addLayout(figures)
        column.addWidget(timing_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _build_stage_rows(self, stages: tuple[StageFigure, ...]) -> None:
        while self.stages_grid.count():
            item = self.stages_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.stage_buttons.clear()
        self.stage_overdue_buttons.clear()
        if not stages:
            self.stages_grid.addWidget(QLabel(tr("Kantor belum disiapkan; belum ada tahap SOP.")), 0, 0, Qt.AlignmentFlag.AlignTop)
            return
        for column, text in enumerate((tr("Tahap"), tr("Rekaman"), tr("Melewati waktu baku"))):
            header = QLabel(f"<b>{text}</b>")
            self.stages_grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignRight if column else Qt.AlignmentFlag.AlignLeft)
        for row, stage in enumerate(stages, start=1):
            label = QLabel(stage.label)
            label.setWordWrap(True)
            count = figure_button(tr("Buka tab tahap {stage}").format(stage=stage.label))
            count.clicked.connect(lambda _=False, code=stage.code: self.open_stage.emit(code))
            late = figure_button(tr("Buka daftar rekaman di tahap {stage} yang melewati waktu baku").format(stage=stage.label))
            late.clicked.connect(lambda _=False, s=stage: self._open_stage_overdue(s))
            self.stage_buttons[stage.code] = count
            self.stage_overdue_buttons[stage.code] = late
            self.stages_grid.addWidget(label, row, 0)
            self.stages_grid.addWidget(count, row, 1, Qt.AlignmentFlag.AlignRight)
            self.stages_grid.addWidget(late, row, 2, Qt.AlignmentFlag.AlignRight)
        self.stages_grid.setColumnStretch(0, 1)
        self.stages_grid.setRowStretch(len(stages) + 1, 1)

    # --- figures ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        self.refresh()  # records move while the tab is hidden
        super().showEvent(event)

    def refresh(self) -> None:
        figures = overview(self._db)
        self.figures = figures
        codes = [s.code for s in figures.stages]
        if codes != self._stage_codes:
            self._build_stage_rows(figures.stages)
            self._stage_codes = codes
        for stage in figures.stages:
            set_figure(self.stage_buttons[stage.code], stage.records, enabled=True)
            set_figure(self.stage_overdue_buttons[stage.code], stage.overdue, alert=stage.overdue > 0)
        set_figure(self.figure_buttons["overdue"], len(figures.overdue_ids), alert=bool(figures.overdue_ids))
        set_figure(self.figure_buttons["correction"], len(figures.correction_ids))
        set_figure(self.figure_buttons["expiring"], len(figures.expiring_ids))
        set_figure(self.figure_buttons["expired"], len(figures.expired_ids), alert=bool(figures.expired_ids))
        counts = status_counts(self._db)
        for status in RecordStatus:
            set_figure(self.figure_buttons[status.value], counts[status.value])
        set_figure(self.figure_buttons["finished"], figures.finished)
        set_figure(self.figure_buttons["total"], figures.total)
        self._fill_timing()
        self.updated_label.setText(tr("Dihitung {when}").format(when=f"{datetime.now():%d-%m-%Y %H.%M}"))

    def _fill_timing(self) -> None:
        rows = timing_report(self._db)
        self.timing_table.setRowCount(len(rows))
        for row, timing in enumerate(rows):
            values = (timing.stage_label, timing.officer, str(timing.visits), str(timing.met), f"{timing.percent}%")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 4 and timing.percent < 100:
                    item.setForeground(QBrush(QColor(ALERT_COLOR)))
                self.timing_table.setItem(row, column, item)
        self.timing_table.setVisible(bool(rows))
        self.timing_empty.setVisible(not rows)

    def figure_ids(self, key: str) -> list[int]:
        """The record ids behind one figure of `figure_buttons`."""
        figures = self.figures
        assert figures is not None
        by_key: dict[str, tuple[int, ...]] = {
            "overdue": figures.overdue_ids,
            "correction": figures.correction_ids,
            "expiring": figures.expiring_ids,
            "expired": figures.expired_ids,
        }
        if key in by_key:
            return list(dict.fromkeys(by_key[key]))
        if key == "finished":
            return ids_with_status(self._db, finished=True)
        if key == "total":
            return query_record_ids(self._db, sort="register_number", descending=False)
        return ids_with_status(self._db, RecordStatus(key))

    def _open_figure(self, key: str, title: str) -> None:
        self.open_records.emit(title, self.figure_ids(key))

    def _open_stage_overdue(self, stage: StageFigure) -> None:
        figures = self.figures
        assert figures is not None
        ids = [row.id for row in fetch_rows(self._db, list(dict.fromkeys(figures.overdue_ids))) if row.stage_code == stage.code]
        self.open_records.emit(tr("{stage} — melewati waktu baku").format(stage=stage.label), ids)
