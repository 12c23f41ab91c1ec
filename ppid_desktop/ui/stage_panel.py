"""One tab per SOP stage: the stage's uraian, pelaksana and mutu baku on top; below, its records
(with the time each has spent in the stage) beside the actions for the selected record.

The selection follows the clerk's work: after a record leaves the tab the next one is selected,
and the tab it moved to selects it when that tab is next refreshed.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QSplitter, QVBoxLayout, QWidget

from ppid_desktop.domain.sop import SopTemplate, Stage, StageKind
from ppid_desktop.services.workflow import RecordWorkflow
from ppid_desktop.storage.database import Database
from ppid_desktop.ui.i18n import tr
from ppid_desktop.ui.record_list import RecordList
from ppid_desktop.ui.stage_actions import StageActions
from ppid_desktop.ui.stage_timing import TICK_MS, Clock, office_calendar, utcnow

_HANDOFFS: dict[int, dict[str, int]] = {}  # id(db) -> stage code -> the record that just moved there


def _handoffs(db: Database) -> dict[str, int]:
    """Which record to select in a stage tab next time it refreshes, per open database."""
    key = id(db)
    if key not in _HANDOFFS:
        _HANDOFFS[key] = {}
        weakref.finalize(db, _HANDOFFS.pop, key, None)
    return _HANDOFFS[key]


def stage_header_html(template: SopTemplate, stage: Stage) -> str:
    pelaksana = ", ".join(template.role_name(code) for code in stage.pelaksana)
    syarat = "; ".join(stage.syarat) if stage.syarat else "—"
    kind = "" if stage.kind is StageKind.ORDINARY else f" · {escape(tr(stage.kind.label))}"
    heading = tr("Tahap {number} dari {count}: {name}").format(number=stage.number, count=len(template.stages), name=escape(stage.nama))
    rows = [
        (tr("Pelaksana"), pelaksana),
        (tr("Syarat"), syarat),
        (tr("Waktu"), stage.waktu),
        (tr("Output"), stage.output or "—"),
    ]
    if stage.keterangan:
        rows.append((tr("Keterangan"), stage.keterangan))
    return (
        f"<p style='font-size:11pt'><b>{heading}</b>{kind}</p>"
        f"<p>{escape(stage.uraian)}</p>"
        "<table cellspacing='0' cellpadding='3'>"
        + "".join(f"<tr><td><b>{label}</b></td><td>{escape(value)}</td></tr>" for label, value in rows)
        + "</table>"
    )


class StagePanel(QWidget):
    """Emits `records_changed` after any action (a syarat, a file, a move) so other tabs can refresh."""

    records_changed = Signal()
    record_moved = Signal(int, str)  # record id, the stage it moved to ("" once the SOP is finished)

    def __init__(
        self,
        db: Database,
        settings: QSettings,
        template: SopTemplate,
        stage: Stage,
        stage_labels: dict[str, str],
        *,
        officer_id: Callable[[], int | None] | None = None,
        clock: Clock = utcnow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.stage = stage
        self.template = template
        self._settings = settings
        # Who acts: the main window's "Petugas aktif"; until it is wired, nobody (the services refuse).
        self.officer_source_wired = officer_id is not None
        self._officer_source: Callable[[], int | None] = officer_id or (lambda: None)
        calendar = office_calendar(db)
        self.header = QLabel(stage_header_html(template, stage))
        self.header.setWordWrap(True)
        self.header.setFrameShape(QFrame.Shape.StyledPanel)
        self.header.setContentsMargins(8, 6, 8, 6)
        self.header.setObjectName("stageHeader")
        self.records = RecordList(
            db, settings, f"stagetab/{template.code}/{stage.code}", stage.code, stage_labels,
            waktu_menit=stage.waktu_menit, calendar=calendar,
        )  # fmt: skip
        self.records.model.clock = clock
        self.actions = StageActions(db, template, stage, self.officer_id, calendar, clock)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.records)
        self.splitter.addWidget(self.actions)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self._splitter_key = f"stagetab/{template.code}/splitter"
        state = settings.value(self._splitter_key)
        if not (isinstance(state, QByteArray) and self.splitter.restoreState(state)):
            self.splitter.setSizes([640, 520])
        self.splitter.splitterMoved.connect(lambda *_: settings.setValue(self._splitter_key, self.splitter.saveState()))
        self.confirmation = QLabel()
        self.confirmation.setObjectName("stageConfirmation")
        self.confirmation.setStyleSheet(
            "QLabel#stageConfirmation { background: #dff6dd; color: #0e5a0e; border: 1px solid #9fd89f; padding: 4px 8px; }"
        )
        self.confirmation.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.confirmation)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self._was_selected: int | None = None
        self._was_row: int | None = None
        model = self.records.model
        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._restore_selection)
        self._resets = 0
        self.records.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.actions.changed.connect(self.records_changed)
        self.actions.moved.connect(self._record_moved)

    def reload_calendar(self) -> None:
        """Working days, hours or holidays were changed in the office settings."""
        calendar = office_calendar(self.db)
        self.records.model.set_calendar(calendar)
        self.actions.set_calendar(calendar)

    def officer_id(self) -> int | None:
        return self._officer_source()

    # -- selection -----------------------------------------------------------------------
    def _selection_changed(self) -> None:
        self.actions.show_record(self.records.selected_record_id())

    def _remember_selection(self) -> None:
        rows = self.records.table.selectionModel().selectedRows()
        self._was_row = rows[0].row() if rows else None
        self._was_selected = self.records.model.record_id(self._was_row) if rows else None

    def _restore_selection(self) -> None:
        """After a query: the record that just moved here, else the one selected before, else the
        record that took its place in the list, else the first one."""
        self._resets += 1
        model = self.records.model
        count = model.rowCount()
        handoff = _handoffs(self.db).pop(self.stage.code, None)
        if count == 0:
            searching = bool(model.search_text.strip())
            hint = tr("Tidak ada rekaman di tahap ini yang cocok dengan pencarian.") if searching else tr("Belum ada rekaman di tahap ini.")
            self.actions.show_record(None, hint)
            return
        for candidate in (handoff, self._was_selected):
            row = model.row_of(candidate) if candidate is not None else None
            if row is not None:
                break
        else:
            row = min(self._was_row, count - 1) if self._was_row is not None else 0
        self.records.select_row(row)

    def select_record(self, record_id: int) -> bool:
        row = self.records.model.row_of(record_id)
        if row is not None:
            self.records.select_row(row)
        return row is not None

    # -- after an action -----------------------------------------------------------------
    def _record_moved(self, record_id: int, wf: RecordWorkflow, message: str) -> None:
        if not wf.position.finished:
            _handoffs(self.db)[wf.stage.code] = record_id
        self.confirmation.setText(message)
        self.confirmation.show()
        resets = self._resets
        self.record_moved.emit(record_id, "" if wf.position.finished else wf.stage.code)
        self.records_changed.emit()  # the main window refreshes the visible list...
        if self._resets == resets:  # ...or, unwired, this tab does it itself
            self.records.refresh()

    def refresh(self) -> None:
        self.records.refresh()

    # -- the clock -----------------------------------------------------------------------
    def tick(self) -> None:
        """Once a minute: the timing column and the panel's time move on, without a query."""
        self.records.model.tick()
        self.actions.tick()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.records.model.loaded:
            self.tick()  # time passed while the tab was hidden
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)
