"""Pengaturan > "Waktu kerja dan hari libur": working days and hours, and the holiday list.

Working time drives the mutu baku timing and the 30-working-day expiry reminders. Tambah / Hapus
change the list on the page only; the dialog's Simpan stores the working time, the holidays and
the print margins (the "Cetak" page) together (services.office.save_office_settings).
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.calendar import HARI_KERJA_LABELS
from ppid_desktop.domain.errors import ValidationError, ValidationErrors
from ppid_desktop.services.office import OfficeSettings, validate_holiday
from ppid_desktop.ui.form_support import FieldErrors, add_on_return, align_labels, field_cell, note_label
from ppid_desktop.ui.formatting import display_date
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr

TIME_FORMAT = "HH.mm"
DATE_FORMAT = "dd-MM-yyyy"
DAY_ROLE = 256  # Qt.UserRole: the holiday's ISO date on its table item


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class WorkTimePage(QWidget):
    """The working time and the holidays of `settings`; `fields` shows their messages."""

    def __init__(self, settings: OfficeSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._holidays: dict[date, str] = {}
        self._editable = True
        self.fields = FieldErrors(aliases={"work_hours": "work_end"})
        self._init_work_time()
        self._init_holidays()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.work_group)
        layout.addWidget(self.holiday_group, 1)
        align_labels(self.work_form)
        self.load(settings)

    def _init_work_time(self) -> None:
        self.day_boxes = [QCheckBox(tr(label)) for label in HARI_KERJA_LABELS]
        self.days_row = QWidget()
        self.days_row.setFocusProxy(self.day_boxes[0])
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
        self.work_group = QGroupBox(tr("Jam kerja"))
        self.work_form = QFormLayout(self.work_group)
        self.work_form.addRow(tr("Hari kerja"), field_cell(self.days_row, days_error))
        self.work_form.addRow(tr("Jam masuk"), self.start_edit)
        self.work_form.addRow(tr("Jam pulang"), field_cell(self.end_edit, hours_error))
        self.work_form.addRow(note_label("hint", tr(
            "Waktu kerja dipakai untuk menghitung mutu baku tahap SOP dan pengingat 30 hari kerja sebelum jangka "
            "waktu pengecualian berakhir.")))

    def _init_holidays(self) -> None:
        self.holiday_table = QTableWidget(0, 2)
        self.holiday_table.setHorizontalHeaderLabels([tr("Tanggal"), tr("Nama hari libur")])
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
        self.holiday_name.setPlaceholderText(tr("mis. Hari Raya Idulfitri"))
        self.add_button = QPushButton(tr("Tambah"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_holiday)
        add_on_return(self.holiday_name, self.add_holiday)
        self.remove_button = QPushButton(tr("Hapus"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_holiday)
        self.holiday_table.itemSelectionChanged.connect(self._update_buttons)
        self.holidays_error = self.fields.label("holidays", self.holiday_table)
        self.day_error = self.fields.label("holiday_day", self.holiday_date)
        self.name_error = self.fields.label("holiday_name", self.holiday_name)

        self.holiday_group = QGroupBox(tr("Hari libur"))
        column = QVBoxLayout(self.holiday_group)
        column.addWidget(note_label("hint", tr("Libur nasional dan cuti bersama tidak dihitung sebagai hari kerja.")))
        column.addWidget(self.holiday_table, 1)
        column.addWidget(self.holidays_error)
        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(tr("Tanggal")))
        add_row.addWidget(self.holiday_date)
        add_row.addWidget(QLabel(tr("Nama")))
        add_row.addWidget(self.holiday_name, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        column.addLayout(add_row)
        column.addWidget(self.day_error)
        column.addWidget(self.name_error)

    # --- values -------------------------------------------------------------------------------

    def load(self, settings: OfficeSettings) -> None:
        for index, box in enumerate(self.day_boxes):
            box.setChecked(index in settings.work_days)
        self.start_edit.setTime(_qtime(settings.work_start))
        self.end_edit.setTime(_qtime(settings.work_end))
        self._holidays = dict(settings.holidays)
        self._show_holidays()
        self.fields.clear()

    def settings(self, margins: tuple[int, int, int, int]) -> OfficeSettings:
        """What the page holds now, with the `margins` of the "Cetak" page (not yet validated)."""
        return OfficeSettings(
            work_days=frozenset(index for index, box in enumerate(self.day_boxes) if box.isChecked()),
            work_start=_time(self.start_edit.time()),
            work_end=_time(self.end_edit.time()),
            holidays=sorted(self._holidays.items()),
            margins=margins,
        )

    def set_editable(self, editable: bool) -> None:
        self.work_group.setEnabled(editable)
        for widget in (self.holiday_date, self.holiday_name, self.add_button, self.remove_button):
            widget.setEnabled(editable)
        self._editable = editable
        self._update_buttons()

    def _show_holidays(self, select: date | None = None) -> None:
        self.holiday_table.setRowCount(0)
        for row, (day, name) in enumerate(sorted(self._holidays.items())):
            self.holiday_table.insertRow(row)
            when = QTableWidgetItem(display_date(day))
            when.setData(DAY_ROLE, day.isoformat())
            self.holiday_table.setItem(row, 0, when)
            self.holiday_table.setItem(row, 1, QTableWidgetItem(name))
            if day == select:
                self.holiday_table.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = bool(self.holiday_table.selectionModel().selectedRows())
        self.remove_button.setEnabled(selected and self._editable)

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
                    "holiday_day", QT_TR_NOOP("Tanggal {day} sudah ada dalam daftar ({name})."),
                    day=display_date(day), name=self._holidays[day],
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
            self._holidays.pop(date.fromisoformat(self.holiday_table.item(row, 0).data(DAY_ROLE)), None)
        self.holidays_error.dismiss()
        self._show_holidays()
