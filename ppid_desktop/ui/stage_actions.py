"""The right side of a stage tab: what the selected record needs to leave this stage, and the
buttons that move it on (or, from a review stage, back for correction).

Every action goes through services.workflow; a refusal is shown with all its reasons and the
record stays where it was. Files are attached with "Lampirkan berkas…" or by dropping them
anywhere on the panel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.calendar import WorkCalendar
from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.sop import SopTemplate, Stage, StageKind
from ppid_desktop.services import workflow
from ppid_desktop.services.records import fetch_rows
from ppid_desktop.services.workflow import RecordWorkflow
from ppid_desktop.storage.database import Database
from ppid_desktop.ui import messages
from ppid_desktop.ui.form_support import MessageLabel
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr, user_text
from ppid_desktop.ui.stage_files import StageFilesBox
from ppid_desktop.ui.stage_history import history_html
from ppid_desktop.ui.stage_texts import (
    COMPLETE_DEFAULT,
    COMPLETE_LABELS,
    correction_html,
    moved_message,
    notice_text,
    status_badge_style,
    time_text,
)
from ppid_desktop.ui.stage_timing import (
    OVERDUE_COLOR,
    Clock,
    utcnow,
    working_hours_text,
    working_minutes,
)

RETURN_LABEL = QT_TR_NOOP("Kembalikan untuk koreksi")  # shown through tr()
CHOOSE_HINT = QT_TR_NOOP("Pilih rekaman di daftar sebelah kiri untuk memeriksa syarat, melampirkan berkas, dan menyelesaikan tahap ini.")


def choose_files(parent: QWidget | None) -> list[Path]:
    """The file dialog (tests replace this function)."""
    names, _filter = QFileDialog.getOpenFileNames(parent, tr("Lampirkan berkas ke tahap ini"), "", tr("Semua berkas (*)"))
    return [Path(name) for name in names]


def local_files(mime: QMimeData) -> list[Path]:
    """The existing local files among dragged URLs (folders and web links are skipped)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.is_file()]


class StageActions(QWidget):
    """Shows one record (``show_record``) as this stage sees it."""

    changed = Signal()  # something about the record was stored (a syarat, a file)
    moved = Signal(int, object, str)  # record id, its RecordWorkflow now, the confirmation text

    def __init__(
        self,
        db: Database,
        template: SopTemplate,
        stage: Stage,
        officer_id: Callable[[], int | None],
        calendar: WorkCalendar,
        clock: Clock = utcnow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.template = template
        self.stage = stage
        self._officer_id = officer_id
        self._calendar = calendar
        self.clock = clock
        self._record_id: int | None = None
        self._workflow: RecordWorkflow | None = None
        self._editable = False
        self.setAcceptDrops(True)
        self._build()
        self.show_record(None)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.hint_label = QLabel(tr(CHOOSE_HINT))
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setStyleSheet("color: palette(placeholder-text); padding: 24px;")

        self.title_label = MessageLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.register_label = QLabel()
        self.register_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_badge = QLabel()
        self.status_badge.setObjectName("statusBadge")
        meta = QHBoxLayout()
        meta.addWidget(self.register_label)
        meta.addSpacing(8)
        meta.addWidget(self.status_badge)
        meta.addStretch(1)
        self.time_label = QLabel()
        self.time_label.setToolTip(working_hours_text(self._calendar))
        self.notice_label = MessageLabel()
        self.notice_label.setStyleSheet("color: #6e6e6e;")
        self.correction_label = MessageLabel()
        self.correction_label.setObjectName("correctionBox")
        self.correction_label.setStyleSheet(
            "QLabel#correctionBox { background: #fff4ce; color: #3b2f00; border: 1px solid #d9b84a;"
            " border-left: 5px solid #c19c00; padding: 6px 8px; }"
        )

        syarat_box = QGroupBox(tr("Syarat"))
        syarat_layout = QVBoxLayout(syarat_box)
        self.syarat_checks: list[QCheckBox] = []
        for index, text in enumerate(self.stage.syarat):
            check = QCheckBox(text)
            check.toggled.connect(lambda checked, i=index: self._syarat_toggled(i, checked))
            self.syarat_checks.append(check)
            syarat_layout.addWidget(check)
        if not self.stage.syarat:
            syarat_layout.addWidget(QLabel(tr("Tahap ini tidak mempunyai syarat.")))

        self.files_box = StageFilesBox(self._db, self.template, self.stage)
        self.attach_button = self.files_box.attach_button
        self.attach_button.clicked.connect(self.attach_chosen)

        history_box = QGroupBox(tr("Riwayat tahap"))
        history_layout = QVBoxLayout(history_box)
        self.history_label = MessageLabel()
        self.history_label.setTextFormat(Qt.TextFormat.RichText)
        history_layout.addWidget(self.history_label)

        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(4, 0, 4, 4)
        column.addWidget(self.title_label)
        column.addLayout(meta)
        column.addWidget(self.time_label)
        column.addWidget(self.notice_label)
        column.addWidget(self.correction_label)
        column.addWidget(syarat_box)
        column.addWidget(self.files_box)
        column.addWidget(history_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)

        self.notes_label = QLabel(tr("&Catatan"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setAcceptDrops(False)  # a dropped file is attached, not pasted as its path
        self.notes_edit.setFixedHeight(3 * self.notes_edit.fontMetrics().lineSpacing() + 14)
        self.notes_label.setBuddy(self.notes_edit)
        if self.stage.kind is StageKind.REVIEW:
            self.notes_edit.setPlaceholderText(tr("Catatan persetujuan, atau koreksi yang harus diperbaiki bila rekaman dikembalikan"))
        else:
            self.notes_edit.setPlaceholderText(tr("Catatan tahap ini (boleh kosong)"))
        self.complete_button = QPushButton(tr(COMPLETE_LABELS.get(self.stage.kind, COMPLETE_DEFAULT)))
        self.complete_button.setDefault(True)
        self.complete_button.clicked.connect(self.complete)
        self.return_button: QPushButton | None = None
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        if self.stage.kind is StageKind.REVIEW:
            self.return_button = QPushButton(tr(RETURN_LABEL))
            self.return_button.setAutoDefault(False)
            self.return_button.setToolTip(tr("Kembalikan ke tahap yang ditetapkan SOP; catatan di atas menjadi koreksinya."))
            self.return_button.clicked.connect(self.return_for_correction)
            buttons.addWidget(self.return_button)
        buttons.addWidget(self.complete_button)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(scroll, 1)
        body.addWidget(self.notes_label)
        body.addWidget(self.notes_edit)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.body, 1)

    # -- showing a record ----------------------------------------------------------------
    @property
    def record_id(self) -> int | None:
        return self._record_id

    @property
    def current(self) -> RecordWorkflow | None:
        return self._workflow

    def show_record(self, record_id: int | None, hint: str | None = None) -> None:
        """Show `record_id`, or `hint` (already translated; default: CHOOSE_HINT) for None. Typed
        notes go with the record they were typed for."""
        if record_id != self._record_id:
            self.notes_edit.clear()
        self.hint_label.setText(tr(CHOOSE_HINT) if hint is None else hint)
        self._record_id, self._workflow = record_id, None
        if record_id is not None:
            try:
                self._workflow = workflow.record_workflow(self._db, record_id)
                rows = fetch_rows(self._db, [record_id])
            except UserError as exc:
                self._record_id, rows = None, []
                self.hint_label.setText(user_text(exc))
            if rows and self._workflow is not None:
                self._fill(rows[0].title, rows[0].register_number, self._workflow)
        self.hint_label.setVisible(self._workflow is None)
        self.body.setVisible(self._workflow is not None)

    def reload(self) -> None:
        self.show_record(self._record_id)

    def _fill(self, title: str, register_number: str, wf: RecordWorkflow) -> None:
        self.title_label.setText(title)
        self.register_label.setText(tr("No. register: {number}").format(number=register_number or tr("belum diisi")))
        self.status_badge.setText(tr(wf.status.label))
        self.status_badge.setStyleSheet(status_badge_style(wf.status))
        here = wf.stage.code == self.stage.code
        self._editable = here and not wf.position.finished and not wf.position.archived
        notice = notice_text(wf, self.stage)
        self.notice_label.setText(notice)
        self.notice_label.setVisible(bool(notice))
        self._fill_correction(wf)
        for index, check in enumerate(self.syarat_checks):
            check.blockSignals(True)
            check.setChecked(here and index in wf.checked)
            check.blockSignals(False)
            check.setEnabled(self._editable)
        self.files_box.fill(wf)
        self.history_label.setText(history_html(wf.visits))
        for widget in (self.attach_button, self.notes_edit, self.complete_button, self.return_button):
            if widget is not None:
                widget.setEnabled(self._editable)
        self.tick()

    def _fill_correction(self, wf: RecordWorkflow) -> None:
        text = correction_html(wf) if self._editable else ""
        self.correction_label.setText(text)
        self.correction_label.setVisible(bool(text))

    def stage_file_names(self) -> list[str]:
        wf = self._workflow
        return [a.original_name for a in wf.stage_files()] if wf is not None else []

    def set_calendar(self, calendar: WorkCalendar) -> None:
        """The office's working time changed: count with `calendar` from now on."""
        self._calendar = calendar
        self.time_label.setToolTip(working_hours_text(calendar))
        self.tick()

    def tick(self) -> None:
        """Move the clock on: the time in the stage, without asking the database."""
        wf = self._workflow
        if wf is None or not self._editable:
            self.time_label.hide()
            return
        minutes = working_minutes(self._calendar, wf.visit_started_at, self.clock())
        overdue = minutes > self.stage.waktu_menit
        self.time_label.setText(time_text(minutes, self.stage))
        self.time_label.setProperty("overdue", overdue)
        self.time_label.setStyleSheet(f"color: {OVERDUE_COLOR}; font-weight: bold;" if overdue else "")
        self.time_label.show()

    # -- actions -------------------------------------------------------------------------
    def _syarat_toggled(self, index: int, checked: bool) -> None:
        if self._record_id is None:
            return
        try:
            workflow.set_syarat(self._db, self._record_id, index, checked, self._officer_id())
        except UserError as exc:
            check = self.syarat_checks[index]
            check.blockSignals(True)
            check.setChecked(not checked)
            check.blockSignals(False)
            messages.show_user_error(self, exc, tr("Syarat belum dapat diubah"))
            return
        self.changed.emit()

    def complete(self) -> None:
        """Complete the stage (approve, hand over, receive, archive); on refusal nothing changes."""
        record_id = self._record_id
        if record_id is None:
            return
        try:
            wf = workflow.complete_stage(self._db, record_id, self._officer_id(), self.notes_edit.toPlainText(), expected_stage=self.stage.code)
        except UserError as exc:
            messages.show_user_error(self, exc, tr("Tahap {number} belum dapat diselesaikan").format(number=self.stage.number))
            return
        self.notes_edit.clear()
        self.moved.emit(record_id, wf, moved_message(wf))

    def return_for_correction(self) -> None:
        """Send the record back with the notes as koreksi; empty notes are refused by the service."""
        record_id = self._record_id
        if record_id is None:
            return
        try:
            wf = workflow.return_for_correction(self._db, record_id, self._officer_id(), self.notes_edit.toPlainText(), expected_stage=self.stage.code)
        except UserError as exc:
            messages.show_user_error(self, exc, tr("Rekaman belum dapat dikembalikan"))
            return
        self.notes_edit.clear()
        self.moved.emit(record_id, wf, moved_message(wf, returned=True))

    def attach_chosen(self) -> None:
        if self._editable:
            self.attach(choose_files(self))

    def attach(self, paths: list[Path]) -> None:
        """Attach each file to the record's current stage; stops at the first that fails."""
        if self._record_id is None or not self._editable or not paths:
            return
        attached = 0
        for path in paths:
            try:
                workflow.attach_file(self._db, self._record_id, path, self._officer_id())
            except UserError as exc:
                messages.show_user_error(self, exc, tr("Berkas belum dilampirkan"))
                break
            attached += 1
        if attached:
            self.reload()
            self.changed.emit()

    # -- drag and drop -------------------------------------------------------------------
    def _accept_files(self, event: QDragMoveEvent) -> None:
        if self._editable and local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept_files(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accept_files(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if not (self._editable and files):
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach(files)
