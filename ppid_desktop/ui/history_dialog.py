"""Riwayat rekaman: the stage visits of one record and its audit trail, read-only.

The trail is append-only in the database; this dialog offers no way to edit or delete it.
"""

from __future__ import annotations

import textwrap
from datetime import datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.enums import Classification, InformationForm, RecordStatus
from ppid_desktop.services.audit import HistoryEntry, history
from ppid_desktop.services.records import get_record
from ppid_desktop.services.workflow import RecordWorkflow, VisitView, record_workflow
from ppid_desktop.storage.database import Database
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr

FOOTNOTE = QT_TR_NOOP("Riwayat ini hanya dapat ditambah, tidak dapat diubah atau dihapus.")
VISIT_COLUMNS = (QT_TR_NOOP("Tahap"), QT_TR_NOOP("Putaran"), QT_TR_NOOP("Mulai"), QT_TR_NOOP("Selesai"), QT_TR_NOOP("Petugas"),
                 QT_TR_NOOP("Hasil"), QT_TR_NOOP("Waktu kerja / waktu baku"))
AUDIT_COLUMNS = (QT_TR_NOOP("Waktu"), QT_TR_NOOP("Petugas"), QT_TR_NOOP("Tindakan"), QT_TR_NOOP("Ringkasan"))
LATE_COLOR = "#b3261e"
RETURN_COLOR = "#8a5300"
MET_COLOR = "#1b6e20"
NOTE_WIDTH = 140  # characters per line of a note row
SUMMARY_FITS = 80  # characters the Ringkasan column shows at the default size


def format_when(moment: datetime | None) -> str:
    """Local time, "01-03-2021 09.30" (Indonesian time uses a period); "—" for none."""
    return moment.astimezone().strftime("%d-%m-%Y %H.%M") if moment else "—"


def format_minutes(minutes: int) -> str:
    """"45 menit", "1 jam", "2 jam 5 menit"."""
    hours, rest = divmod(max(minutes, 0), 60)
    if hours and rest:
        return tr("{hours} jam {minutes} menit").format(hours=hours, minutes=rest)
    return tr("{hours} jam").format(hours=hours) if hours else tr("{minutes} menit").format(minutes=rest)


def timing_text(visit: VisitView, elapsed: int | None = None) -> str:
    """Working minutes against the waktu baku, with ✓ (met) or ✗ (exceeded)."""
    minutes = visit.working_minutes if visit.working_minutes is not None else elapsed
    if minutes is None:
        return f"— / {format_minutes(visit.waktu_menit)}"
    mark = "✓" if minutes <= visit.waktu_menit else "✗"
    worked, standard = format_minutes(minutes), format_minutes(visit.waktu_menit)
    if visit.completed_at:
        return f"{worked} / {standard} {mark}"
    return tr("berjalan {worked} / {standard} {mark}").format(worked=worked, standard=standard, mark=mark)


# The values of a change that are words of the app, not the clerk's: the labels of the closed
# vocabularies (services/audit._display writes an enum as its label). Only these are translated;
# anything else is the clerk's own text, shown as written even when it matches a word of the app.
_VOCABULARY = frozenset(member.label for vocabulary in (Classification, InformationForm, RecordStatus) for member in vocabulary)


def change_text(label: str, before: str, after: str) -> str:
    """One changed field: the marked field label, then the value before and after."""
    def value(text: str) -> str:
        if not text:
            return tr("(kosong)")
        return tr(text) if text in _VOCABULARY else text

    return f"{tr(label)}: {value(before)}  →  {value(after)}"


def _tree(columns: tuple[str, ...]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setColumnCount(len(columns))
    tree.setHeaderLabels([tr(column) for column in columns])
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(False)
    tree.setWordWrap(True)
    tree.setRootIsDecorated(True)
    return tree


def _note_item(parent: QTreeWidgetItem, text: str, color: str | None = None) -> QTreeWidgetItem:
    # Spanned rows do not word-wrap in a tree: break long text into lines ourselves.
    child = QTreeWidgetItem(parent, [textwrap.fill(text, NOTE_WIDTH, break_long_words=False)])
    child.setFirstColumnSpanned(True)
    child.setToolTip(0, text)
    if color:
        child.setForeground(0, QBrush(QColor(color)))
    return child


def visit_item(tree: QTreeWidget, visit: VisitView, elapsed: int | None) -> QTreeWidgetItem:
    item = QTreeWidgetItem(
        tree,
        [
            visit.stage_label,
            str(visit.round),
            format_when(visit.started_at),
            format_when(visit.completed_at),
            visit.completed_by or "—",
            tr(visit.outcome_label),
            timing_text(visit, elapsed),
        ],
    )
    item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
    met = visit.met_standard if visit.working_minutes is not None else (None if elapsed is None else elapsed <= visit.waktu_menit)
    if met is not None:
        item.setForeground(6, QBrush(QColor(MET_COLOR if met else LATE_COLOR)))
    if visit.outcome == "returned":
        item.setForeground(5, QBrush(QColor(RETURN_COLOR)))
        bold = QFont()
        bold.setBold(True)
        item.setFont(5, bold)
        _note_item(item, tr("Koreksi: {notes}").format(notes=visit.notes), RETURN_COLOR)
    elif visit.notes:
        _note_item(item, tr("Catatan: {notes}").format(notes=visit.notes))
    return item


def audit_item(tree: QTreeWidget, entry: HistoryEntry) -> QTreeWidgetItem:
    item = QTreeWidgetItem(tree, [format_when(entry.occurred_at), entry.officer or "—", tr(entry.action_label), entry.summary])
    item.setToolTip(3, entry.summary)
    if entry.action == "return":
        item.setForeground(2, QBrush(QColor(RETURN_COLOR)))
    if len(entry.summary) > SUMMARY_FITS:  # the column would elide it: the full text spans the row below
        _note_item(item, entry.summary, RETURN_COLOR if entry.action == "return" else None)
    for label, (before, after) in entry.changes.items():
        _note_item(item, change_text(label, before, after))
    return item


class HistoryDialog(QDialog):
    """Read-only. Non-modal with ``show()``, or modal through ``ask``."""

    def __init__(self, db: Database, record_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_id = record_id
        self.setWindowTitle(tr("Riwayat rekaman"))
        self.setSizeGripEnabled(True)
        self.resize(1100, 720)
        detail = get_record(db, record_id)
        state = record_workflow(db, record_id)
        entries = history(db, record_id)

        facts = [tr("No. register {number}").format(number=escape(detail.draft.register_number))] if detail.draft.register_number else []
        facts.append(tr("Status: <b>{status}</b>").format(status=escape(tr(detail.status.label))))
        facts.append(tr("seluruh tahap SOP selesai") if state.position.finished
                     else tr("tahap {stage}").format(stage=escape(detail.stage_label)))
        if detail.archived:
            facts.append(tr("diarsipkan (hanya-baca)"))
        facts.append(tr("id {uid}").format(uid=detail.uid[:8]))
        self.header = QLabel(f"<p style='font-size:11pt'><b>{escape(detail.draft.title)}</b></p><p>{' · '.join(facts)}</p>")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.visits_tree = _tree(VISIT_COLUMNS)
        self._fill_visits(state)
        self.audit_tree = _tree(AUDIT_COLUMNS)
        for entry in entries:
            audit_item(self.audit_tree, entry)
        self.audit_tree.expandAll()
        for column, width in enumerate((150, 190, 210)):
            self.audit_tree.setColumnWidth(column, width)

        self.footnote = QLabel(tr(FOOTNOTE))
        self.footnote.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Tutup"))
        buttons.rejected.connect(self.reject)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._titled(tr("Tahap SOP yang dilalui (%n kunjungan tahap)", "", len(state.visits)), self.visits_tree))
        splitter.addWidget(self._titled(tr("Jejak audit (%n catatan)", "", len(entries)), self.audit_tree))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.footnote)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, db: Database, record_id: int, parent: QWidget | None = None) -> None:
        dialog = cls(db, record_id, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _fill_visits(self, state: RecordWorkflow) -> None:
        last_open = next((v for v in reversed(state.visits) if v.completed_at is None), None)
        for visit in state.visits:
            visit_item(self.visits_tree, visit, state.elapsed_minutes if visit is last_open else None)
        self.visits_tree.expandAll()
        for column, width in enumerate((215, 60, 115, 115, 160, 195)):
            self.visits_tree.setColumnWidth(column, width)

    @staticmethod
    def _titled(title: str, tree: QTreeWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 0)
        heading = QLabel(f"<b>{escape(title)}</b>")
        column.addWidget(heading)
        column.addWidget(tree, 1)
        return box
