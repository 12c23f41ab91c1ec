"""Jangka waktu: exemptions ending within 30 working days, and those already ended.

For each the PPID decides: extend with a new penetapan, or open the information. Nothing is
deleted: opened information moves to the Daftar Informasi Publik (status "Dibuka").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from datetime import date
from html import escape

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.workflow import EXPIRY_LEAD_WORKING_DAYS, Expiry, ExpiryState
from ppid_desktop.services import determination
from ppid_desktop.services.determination import ExpiringRecord
from ppid_desktop.services.office import list_officers
from ppid_desktop.storage.database import Database
from ppid_desktop.ui.formatting import display_date
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr
from ppid_desktop.ui.penetapan_dialog import date_edit, officer_combo, show_refusal

EXPIRED_COLOR = "#b3261e"
SOON_COLOR = "#8a5300"
COLUMNS = (  # shown through tr()
    QT_TR_NOOP("No. register"),
    QT_TR_NOOP("Informasi yang dikecualikan"),
    QT_TR_NOOP("Unit penguasa"),
    QT_TR_NOOP("Akhir jangka waktu"),
    QT_TR_NOOP("Keadaan"),
)
INTRO = QT_TR_NOOP(  # shown through tr(), with {days}
    "Pengecualian yang berakhir dalam {days} hari kerja atau sudah berakhir. PPID memutuskan "
    "setiap rekaman: <b>perpanjang</b> dengan penetapan baru, atau <b>buka</b> informasinya. Tidak ada yang dihapus: "
    "informasi yang dibuka pindah ke Daftar Informasi Publik dan riwayatnya tetap tersimpan."
)


def expiry_text(expiry: Expiry) -> str:
    """What `expiry.label` says, in the window's language."""
    if expiry.state is ExpiryState.EXPIRED:
        return tr("Jangka waktu berakhir — perlu keputusan")
    if expiry.state is ExpiryState.SOON:
        return tr("Berakhir dalam %n hari kerja", "", expiry.working_days_left or 0)
    return ""


def _record_label(record: ExpiringRecord) -> QLabel:
    number = f"{escape(record.register_number)} — " if record.register_number else ""
    label = QLabel(
        f"<p><b>{number}{escape(record.title)}</b><br>{escape(record.unit_name)} · "
        + tr("berakhir {date}").format(date=display_date(record.period_end))
        + f" · {escape(expiry_text(record.expiry))}</p>"
    )
    label.setWordWrap(True)
    return label


class ExtendDialog(QDialog):
    """A new period (end date and/or condition) set by a new penetapan."""

    def __init__(self, db: Database, record: ExpiringRecord, officer_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._record = record
        self._officer_id = officer_id
        self.setWindowTitle(tr("Perpanjang jangka waktu pengecualian"))
        self.resize(720, 0)
        officers = list_officers(db)
        self.record_label = _record_label(record)
        self.end_check = QCheckBox(tr("Sampai tanggal"))
        self.end_check.setChecked(True)
        self.end_edit = date_edit()
        start = max(record.period_end, date.today())
        self.end_edit.setDate(QDate(start.year, start.month, start.day).addYears(1))
        self.end_check.toggled.connect(self.end_edit.setEnabled)
        self.condition_edit = QLineEdit()
        self.condition_edit.setPlaceholderText(tr("mis. Sampai memperoleh persetujuan dari yang bersangkutan"))
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(tr("mis. 050/1/PPID-KESRA/2025"))
        self.date_edit = date_edit()
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.ppid_combo = officer_combo(officers, "ppid")
        self.atasan_combo = officer_combo(officers, "atasan_ppid")

        end_row = QHBoxLayout()
        end_row.addWidget(self.end_check)
        end_row.addWidget(self.end_edit)
        end_row.addStretch(1)
        form = QFormLayout()
        form.addRow(tr("Akhir jangka waktu baru:"), end_row)
        form.addRow(tr("dan/atau syarat:"), self.condition_edit)
        form.addRow(tr("Nomor surat penetapan baru:"), self.number_edit)
        form.addRow(tr("Tanggal penetapan:"), self.date_edit)
        form.addRow(tr("PPID yang menetapkan:"), self.ppid_combo)
        form.addRow(tr("Atasan PPID yang menyetujui:"), self.atasan_combo)
        buttons = QDialogButtonBox()
        self.submit_button = buttons.addButton(tr("Perpanjang"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton("Batal", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.record_label)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, db: Database, record: ExpiringRecord, officer_id: int | None, parent: QWidget | None = None) -> bool:
        """True when the exemption was extended."""
        dialog = cls(db, record, officer_id, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def submit(self) -> None:
        try:
            determination.extend_exemption(
                self._db,
                self._record.record_id,
                self.end_edit.date().toPython() if self.end_check.isChecked() else None,
                self.condition_edit.text(),
                self.number_edit.text(),
                self.date_edit.date().toPython(),
                self.ppid_combo.currentData(),
                self.atasan_combo.currentData(),
                self._officer_id,
            )
        except UserError as error:
            show_refusal(self, tr("Pengecualian belum dapat diperpanjang"), error)
            return
        self.accept()


class OpenInformationDialog(QDialog):
    """The decision to open the information: it moves to the Daftar Informasi Publik."""

    def __init__(self, db: Database, record: ExpiringRecord, officer_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._record = record
        self._officer_id = officer_id
        self.setWindowTitle(tr("Buka informasi"))
        self.resize(640, 0)
        record_label = _record_label(record)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText(
            tr("Dasar keputusan, mis. \"Jangka waktu pengecualian berakhir\" atau \"Putusan Komisi Informasi Nomor …\"")
        )
        self.reason_edit.setFixedHeight(90)
        note = QLabel(
            tr(
                "Informasi ini tidak dihapus: statusnya menjadi <b>Dibuka</b> dan ia tercantum di Daftar Informasi "
                "Publik. Keputusan ini tercatat di riwayat rekaman."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.submit_button = buttons.addButton(tr("Buka informasi"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton("Batal", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(record_label)
        layout.addWidget(QLabel(tr("Dasar keputusan membuka informasi:")))
        layout.addWidget(self.reason_edit)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, db: Database, record: ExpiringRecord, officer_id: int | None, parent: QWidget | None = None) -> bool:
        """True when the information was opened."""
        dialog = cls(db, record, officer_id, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def submit(self) -> None:
        try:
            determination.open_information(self._db, self._record.record_id, self.reason_edit.toPlainText(), self._officer_id)
        except UserError as error:
            show_refusal(self, tr("Informasi belum dapat dibuka"), error)
            return
        self.accept()


class ExpiryTableModel(QAbstractTableModel):
    """The expiring records as rows; cells are formatted only when the view asks for them,
    so tens of thousands of expiring records cost no widgets."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[ExpiringRecord] = []

    def set_records(self, records: list[ExpiringRecord]) -> None:
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return record.record_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (record.register_number or "—", record.title, record.unit_name, display_date(record.period_end), expiry_text(record.expiry))
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if record.expiry.state is ExpiryState.EXPIRED:
                return QBrush(QColor(EXPIRED_COLOR))
            if index.column() == 4:
                return QBrush(QColor(SOON_COLOR))
        return None


class ExpiryPanel(QWidget):
    """Emits `records_changed` after a decision and `open_requested(record_id)` on double-click."""

    records_changed = Signal()
    open_requested = Signal(int)

    def __init__(self, db: Database, officer_id: Callable[[], int | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._officer_id = officer_id
        self.records: list[ExpiringRecord] = []
        intro = QLabel(tr(INTRO).format(days=EXPIRY_LEAD_WORKING_DAYS))
        intro.setWordWrap(True)
        self.count_label = QLabel()
        self.model = ExpiryTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        for column, width in enumerate((200, 360, 200, 150)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._double_clicked)
        self.extend_button = QPushButton(tr("Perpanjang…"))
        self.extend_button.setToolTip(tr("Perpanjang pengecualian dengan penetapan baru"))
        self.extend_button.clicked.connect(self.extend_selected)
        self.open_button = QPushButton(tr("Buka informasi…"))
        self.open_button.setToolTip(tr("Buka informasi ini dan pindahkan ke Daftar Informasi Publik"))
        self.open_button.clicked.connect(self.open_selected)

        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.extend_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        self.refresh()  # days pass and records change while the tab is hidden
        super().showEvent(event)

    def refresh(self) -> None:
        selected = self.selected_record()
        self.records = determination.expiring_records(self._db)
        self.model.set_records(self.records)
        if selected is not None:
            self.select_record(selected.record_id)
        expired_count = sum(r.expiry.state is ExpiryState.EXPIRED for r in self.records)
        if not self.records:
            self.count_label.setText(tr("Tidak ada pengecualian yang berakhir dalam %n hari kerja.", "", EXPIRY_LEAD_WORKING_DAYS))
        else:
            self.count_label.setText(
                tr("%n rekaman perlu keputusan · {expired} sudah berakhir · {soon} akan berakhir", "", len(self.records)).format(
                    expired=expired_count, soon=len(self.records) - expired_count
                )
            )
        self._update_buttons()

    def selected_record(self) -> ExpiringRecord | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.records[rows[0].row()] if rows and rows[0].row() < len(self.records) else None

    def select_record(self, record_id: int) -> bool:
        for row, record in enumerate(self.records):
            if record.record_id == record_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        chosen = self.selected_record() is not None
        self.extend_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)

    def _double_clicked(self, index: QModelIndex) -> None:
        self.open_requested.emit(int(self.model.data(index, Qt.ItemDataRole.UserRole)))

    def extend_selected(self) -> None:
        record = self.selected_record()
        if record is not None and ExtendDialog.ask(self._db, record, self._officer_id(), self):
            self._decided()

    def open_selected(self) -> None:
        record = self.selected_record()
        if record is not None and OpenInformationDialog.ask(self._db, record, self._officer_id(), self):
            self._decided()

    def _decided(self) -> None:
        self.refresh()
        self.records_changed.emit()
