""""Pengaturan kantor": working days and hours, holidays and print margins.

Working time drives the mutu baku timing and the 30-working-day expiry reminders; margins are
used by every print job that does not choose its own. Tambah / Hapus change the list in the
dialog only; Simpan stores everything in one transaction (services.office.save_office_settings).
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.calendar import HARI_KERJA_LABELS
from ppid_desktop.domain.dates import format_tanggal
from ppid_desktop.domain.errors import UserError, ValidationError, ValidationErrors
from ppid_desktop.services.office import (
    MARGIN_FIELDS,
    MARGIN_MAX_MM,
    MARGIN_MIN_MM,
    OfficeSettings,
    get_office_settings,
    save_office_settings,
    validate_holiday,
)
from ppid_desktop.storage.database import Database
from ppid_desktop.ui import messages
from ppid_desktop.ui.form_support import FORM_STYLE_SHEET, FieldErrors, add_on_return, align_labels, field_cell, note_label

TIME_FORMAT = "HH.mm"
DATE_FORMAT = "dd-MM-yyyy"


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class OfficeSettingsDialog(QDialog):
    """Modal. `saved` is True once the settings were stored."""

    def __init__(self, db: Database, parent: QWidget | None = None, actor_id: int | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor_id = actor_id  # the signed-in officer: only an Admin may save
        self.saved = False
        self._holidays: dict[date, str] = {}
        self.setWindowTitle("Pengaturan kantor")
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.fields = FieldErrors(aliases={"work_hours": "work_end"})
        self._init_work_time()
        self._init_holidays()
        self._init_margins()
        self._init_layout()
        self._load(get_office_settings(db))

    @classmethod
    def ask(cls, db: Database, parent: QWidget | None = None, actor_id: int | None = None) -> bool:
        """Show the dialog; True when the settings were saved."""
        dialog = cls(db, parent, actor_id)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()

    # --- building -----------------------------------------------------------------------------

    def _init_work_time(self) -> None:
        self.day_boxes = [QCheckBox(label) for label in HARI_KERJA_LABELS]
        self.days_row = QWidget()
        row = QHBoxLayout(self.days_row)
        row.setContentsMargins(0, 0, 0, 0)
        for box in self.day_boxes:
            row.addWidget(box)
        row.addStretch(1)
        self.start_edit = QTimeEdit()
        self.end_edit = QTimeEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat(TIME_FORMAT)
            edit.setFixedWidth(110)
        days_error = self.fields.label("work_days", self.days_row, watch=self.day_boxes, focus=self.day_boxes[0].setFocus)
        hours_error = self.fields.label("work_end", self.end_edit, watch=[self.start_edit, self.end_edit])
        self.work_group = QGroupBox("Jam kerja")
        self.work_form = QFormLayout(self.work_group)
        self.work_form.addRow("Hari kerja", field_cell(self.days_row, days_error))
        self.work_form.addRow("Jam masuk", self.start_edit)
        self.work_form.addRow("Jam pulang", field_cell(self.end_edit, hours_error))
        hint = note_label("hint", "Waktu kerja dipakai untuk menghitung mutu baku tahap SOP dan pengingat 30 hari kerja sebelum jangka waktu pengecualian berakhir.")
        self.work_form.addRow(hint)

    def _init_holidays(self) -> None:
        self.holiday_table = QTableWidget(0, 2)
        self.holiday_table.setHorizontalHeaderLabels(["Tanggal", "Nama hari libur"])
        self.holiday_table.verticalHeader().hide()
        self.holiday_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holiday_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.holiday_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.holiday_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.holiday_table.setMinimumHeight(150)
        self.holiday_date = QDateEdit(QDate.currentDate())
        self.holiday_date.setDisplayFormat(DATE_FORMAT)
        self.holiday_date.setCalendarPopup(True)
        self.holiday_name = QLineEdit()
        self.holiday_name.setPlaceholderText("mis. Hari Raya Idulfitri")
        self.add_button = QPushButton("Tambah")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_holiday)
        add_on_return(self.holiday_name, self.add_holiday)
        self.remove_button = QPushButton("Hapus")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_holiday)
        self.holiday_table.itemSelectionChanged.connect(self._update_buttons)
        self.holidays_error = self.fields.label("holidays", self.holiday_table)
        self.day_error = self.fields.label("holiday_day", self.holiday_date)
        self.name_error = self.fields.label("holiday_name", self.holiday_name)

        self.holiday_group = QGroupBox("Hari libur")
        column = QVBoxLayout(self.holiday_group)
        column.addWidget(note_label("hint", "Libur nasional dan cuti bersama tidak dihitung sebagai hari kerja."))
        column.addWidget(self.holiday_table)
        column.addWidget(self.holidays_error)
        add_row = QHBoxLayout()
        add_row.addWidget(QLabel("Tanggal"))
        add_row.addWidget(self.holiday_date)
        add_row.addWidget(QLabel("Nama"))
        add_row.addWidget(self.holiday_name, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        column.addLayout(add_row)
        column.addWidget(self.day_error)
        column.addWidget(self.name_error)

    def _init_margins(self) -> None:
        self.margin_spins: dict[str, QSpinBox] = {}
        self.margin_group = QGroupBox("Margin cetak (mm)")
        grid = QGridLayout(self.margin_group)
        for index, (key, side) in enumerate(MARGIN_FIELDS):
            spin = QSpinBox()
            spin.setRange(MARGIN_MIN_MM, MARGIN_MAX_MM)
            spin.setSuffix(" mm")
            spin.setObjectName(key)
            spin.setMinimumWidth(90)
            self.margin_spins[key] = spin
            error = self.fields.label(key, spin)
            spin.valueChanged.connect(error.dismiss)
            grid.addWidget(QLabel(side.capitalize()), index // 2 * 2, index % 2 * 2)
            grid.addWidget(field_cell(spin, error), index // 2 * 2, index % 2 * 2 + 1)
        grid.setColumnStretch(4, 1)
        hint = note_label("hint", f"Setiap margin antara {MARGIN_MIN_MM} dan {MARGIN_MAX_MM} mm; dipakai semua dokumen yang dicetak.")
        grid.addWidget(hint, 4, 0, 1, 5)

    def _init_layout(self) -> None:
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("Simpan", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("Batal", QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.work_group)
        layout.addWidget(self.holiday_group, 1)
        layout.addWidget(self.margin_group)
        layout.addWidget(self.buttons)
        align_labels(self.work_form)
        self.resize(640, 640)

    # --- values -------------------------------------------------------------------------------

    def _load(self, settings: OfficeSettings) -> None:
        for index, box in enumerate(self.day_boxes):
            box.setChecked(index in settings.work_days)
        self.start_edit.setTime(_qtime(settings.work_start))
        self.end_edit.setTime(_qtime(settings.work_end))
        self._holidays = dict(settings.holidays)
        self._show_holidays()
        for (key, _), value in zip(MARGIN_FIELDS, settings.margins):
            self.margin_spins[key].setValue(value)
        self.fields.clear()

    def settings(self) -> OfficeSettings:
        """What the form holds now (not yet validated)."""
        return OfficeSettings(
            work_days=frozenset(index for index, box in enumerate(self.day_boxes) if box.isChecked()),
            work_start=_time(self.start_edit.time()),
            work_end=_time(self.end_edit.time()),
            holidays=sorted(self._holidays.items()),
            margins=tuple(self.margin_spins[key].value() for key, _ in MARGIN_FIELDS),  # type: ignore[arg-type]
        )

    def _show_holidays(self, select: date | None = None) -> None:
        self.holiday_table.setRowCount(0)
        for row, (day, name) in enumerate(sorted(self._holidays.items())):
            self.holiday_table.insertRow(row)
            when = QTableWidgetItem(format_tanggal(day))
            when.setData(256, day.isoformat())  # Qt.UserRole
            self.holiday_table.setItem(row, 0, when)
            self.holiday_table.setItem(row, 1, QTableWidgetItem(name))
            if day == select:
                self.holiday_table.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.holiday_table.selectionModel().selectedRows()))

    # --- actions ------------------------------------------------------------------------------

    def add_holiday(self) -> None:
        picked = self.holiday_date.date()
        day = date(picked.year(), picked.month(), picked.day())
        self.day_error.dismiss()
        self.name_error.dismiss()
        try:
            day, name = validate_holiday(day, self.holiday_name.text())
            if day in self._holidays:
                raise ValidationErrors([ValidationError(
                    "holiday_day", f"Tanggal {format_tanggal(day)} sudah ada dalam daftar ({self._holidays[day]})."
                )])
        except ValidationErrors as refused:
            self.fields.show(refused.errors)
            return
        self._holidays[day] = name
        self.holidays_error.dismiss()
        self.holiday_name.clear()
        self._show_holidays(select=day)

    def remove_holiday(self) -> None:
        rows = sorted({index.row() for index in self.holiday_table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self._holidays.pop(date.fromisoformat(self.holiday_table.item(row, 0).data(256)), None)
        self.holidays_error.dismiss()
        self._show_holidays()

    def save(self) -> None:
        try:
            save_office_settings(self._db, self.settings(), actor_id=self._actor_id)
        except ValidationErrors as refused:
            unplaced = self.fields.show(refused.errors)
            if unplaced:
                messages.show_user_error(self, ValidationErrors(unplaced), "Pengaturan belum disimpan")
            return
        except UserError as refused:
            messages.show_user_error(self, refused, "Pengaturan belum disimpan")
            return
        self.saved = True
        self.accept()
