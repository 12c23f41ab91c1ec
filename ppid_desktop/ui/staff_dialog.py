"""Unit dan pejabat: the Admin's lists of units and officers after the set-up (Sunting menu).

Offices change staff (mutasi, pensiun, promotions). Each action calls one service at once
(services/office.py adds, services/staff.py changes, disables and enables) and both lists are
read again, since an officer's move changes the units' counts too. Nothing is deleted: a disabled
officer can no longer sign in or be chosen, a disabled unit is no longer offered for new records,
and records and printed documents keep their names. The forms are in ui/staff_forms.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.nip import employee_id_label
from ppid_desktop.domain.office import OfficerDraft, UnitDraft
from ppid_desktop.domain.sop import SopTemplate
from ppid_desktop.services import office, staff
from ppid_desktop.services.staff import StaffOfficer, StaffUnit
from ppid_desktop.storage.database import Database
from ppid_desktop.ui import messages
from ppid_desktop.ui.form_support import FORM_STYLE_SHEET, note_label
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr
from ppid_desktop.ui.setup_pages import role_name
from ppid_desktop.ui.staff_forms import OfficerForm, UnitForm

UNIT_COLUMNS = (QT_TR_NOOP("Nama"), QT_TR_NOOP("Kode"), QT_TR_NOOP("Pejabat aktif"), QT_TR_NOOP("Rekaman"),
                QT_TR_NOOP("Status"))
OFFICER_COLUMNS = (QT_TR_NOOP("Nama"), QT_TR_NOOP("NIP/NI PPPK"), QT_TR_NOOP("Jabatan"), QT_TR_NOOP("Unit"),
                   QT_TR_NOOP("Peran"), QT_TR_NOOP("Akun"), QT_TR_NOOP("Status"))
TITLE = QT_TR_NOOP("Unit dan pejabat")


def _table(columns: Sequence[str], stretch: Sequence[int]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels([tr(column) for column in columns])
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    for column in range(len(columns)):
        mode = QHeaderView.ResizeMode.Stretch if column in stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]], ids: Sequence[int], select: int | None,
          numbers: Sequence[int] = ()) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column in numbers:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
    wanted = ids.index(select) if select in ids else (0 if ids else -1)
    if wanted >= 0:
        table.selectRow(wanted)


def _status(active: bool) -> str:
    return tr("Aktif") if active else tr("Nonaktif")


class StaffDialog(QDialog):
    """Modal, for an Admin: the units and the officers, and what may be done with the selected one.
    `changed` is True once anything was stored (the window then refreshes its lists)."""

    def __init__(self, db: Database, template: SopTemplate | None, actor_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._template, self._actor_id = db, template, actor_id
        self.units: list[StaffUnit] = []
        self.officers: list[StaffOfficer] = []
        self.changed = False
        self.setWindowTitle(tr(TITLE))
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._init_units_page(), tr("Unit kerja"))
        self.tabs.addTab(self._init_officers_page(), tr("Pejabat dan petugas"))
        self.message_label = note_label("hint")
        self.message_label.hide()
        close = QDialogButtonBox()
        close.addButton(tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Pejabat dan unit tidak dihapus: yang dinonaktifkan tidak dapat dipilih lagi, tetapi rekaman "
                          "dan dokumen yang sudah dicetak tetap memuat namanya."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(close)
        self.resize(1060, 560)
        self.reload()

    @classmethod
    def ask(cls, db: Database, template: SopTemplate | None, actor_id: int | None,
            parent: QWidget | None = None) -> bool:
        """Show the lists; True when anything was changed."""
        try:
            dialog = cls(db, template, actor_id, parent)
        except UserError as refused:
            messages.show_user_error(parent, refused, tr(TITLE))
            return False
        try:
            dialog.exec()
            return dialog.changed
        finally:
            dialog.deleteLater()

    # --- building -----------------------------------------------------------------------------

    def _page(self, table: QTableWidget, buttons: Sequence[tuple[QPushButton, Callable[[], None]]]) -> QWidget:
        row = QHBoxLayout()
        for button, action in buttons:
            button.setAutoDefault(False)
            button.clicked.connect(action)
            row.addWidget(button)
        row.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        table.itemSelectionChanged.connect(self._update_buttons)
        return page

    def _init_units_page(self) -> QWidget:
        self.unit_table = _table(UNIT_COLUMNS, stretch=(0,))
        self.add_unit_button = QPushButton(tr("Tambah unit…"))
        self.rename_unit_button = QPushButton(tr("Ubah nama…"))
        self.disable_unit_button = QPushButton(tr("Nonaktifkan"))
        self.enable_unit_button = QPushButton(tr("Aktifkan"))
        self.unit_table.doubleClicked.connect(lambda _index: self.rename_unit())
        return self._page(self.unit_table, (
            (self.add_unit_button, self.add_unit), (self.rename_unit_button, self.rename_unit),
            (self.disable_unit_button, lambda: self.set_unit_active(False)),
            (self.enable_unit_button, lambda: self.set_unit_active(True))))

    def _init_officers_page(self) -> QWidget:
        self.officer_table = _table(OFFICER_COLUMNS, stretch=(2, 3, 4))
        self.add_officer_button = QPushButton(tr("Tambah…"))
        self.edit_officer_button = QPushButton(tr("Ubah…"))
        self.disable_officer_button = QPushButton(tr("Nonaktifkan"))
        self.enable_officer_button = QPushButton(tr("Aktifkan"))
        self.officer_table.doubleClicked.connect(lambda _index: self.edit_officer())
        return self._page(self.officer_table, (
            (self.add_officer_button, self.add_officer), (self.edit_officer_button, self.edit_officer),
            (self.disable_officer_button, lambda: self.set_officer_active(False)),
            (self.enable_officer_button, lambda: self.set_officer_active(True))))

    # --- showing ------------------------------------------------------------------------------

    def reload(self, unit_id: int | None = None, officer_id: int | None = None) -> None:
        """Read both lists again, keeping (or moving) each selection."""
        unit_id = unit_id if unit_id is not None else getattr(self.selected_unit(), "id", None)
        officer_id = officer_id if officer_id is not None else getattr(self.selected_officer(), "id", None)
        self.units = staff.all_units(self._db)
        self.officers = staff.all_officers(self._db)
        _fill(self.unit_table, [
            (unit.name, unit.code, str(unit.officers), str(unit.records), _status(unit.active)) for unit in self.units
        ], [unit.id for unit in self.units], unit_id, numbers=(2, 3))
        _fill(self.officer_table, [
            (officer.name, employee_id_label(officer.id_kind, officer.employee_id), officer.jabatan, officer.unit_name,
             ", ".join(role_name(self._template, code) for code in officer.roles),
             officer.username or tr("Belum ada"), _status(officer.active))
            for officer in self.officers
        ], [officer.id for officer in self.officers], officer_id)
        self._update_buttons()

    def selected_unit(self) -> StaffUnit | None:
        rows = self.unit_table.selectionModel().selectedRows() if self.units else []
        return self.units[rows[0].row()] if rows else None

    def selected_officer(self) -> StaffOfficer | None:
        rows = self.officer_table.selectionModel().selectedRows() if self.officers else []
        return self.officers[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        unit, officer = self.selected_unit(), self.selected_officer()
        self.rename_unit_button.setEnabled(unit is not None)
        self.disable_unit_button.setEnabled(unit is not None and unit.active)
        self.enable_unit_button.setEnabled(unit is not None and not unit.active)
        self.edit_officer_button.setEnabled(officer is not None)
        self.disable_officer_button.setEnabled(officer is not None and officer.active)
        self.enable_officer_button.setEnabled(officer is not None and not officer.active)

    def _done(self, text: str, unit_id: int | None = None, officer_id: int | None = None) -> None:
        self.changed = True
        self.message_label.setText(text)
        self.message_label.show()
        self.reload(unit_id, officer_id)

    def _run(self, action: Callable[[], object]) -> bool:
        """Run one service call; a refusal is shown in a message box. True when it was stored."""
        try:
            action()
        except UserError as refused:
            messages.show_user_error(self, refused, tr(TITLE))
            return False
        return True

    # --- units --------------------------------------------------------------------------------

    def add_unit(self) -> None:
        added: list[int] = []
        if UnitForm.ask(tr("Tambah unit"), tr("Nama unit (bagian/subbagian) seperti pada struktur organisasi."),
                        UnitDraft(), lambda draft: added.append(
                office.add_unit(self._db, draft, actor_id=self._actor_id)), self) and added:
            unit = next(u for u in staff.all_units(self._db) if u.id == added[0])
            self._done(tr("Unit \"{name}\" ditambahkan.").format(name=unit.name), unit_id=unit.id)

    def rename_unit(self) -> None:
        unit = self.selected_unit()
        if unit is None:
            return
        intro = tr("Rekaman unit ini, termasuk yang sudah ada, akan tampil dengan nama yang baru. DIK yang sudah "
                   "dicetak tidak berubah.")
        if UnitForm.ask(tr("Ubah nama unit"), intro, UnitDraft(unit.name, unit.code), lambda draft: staff.rename_unit(
                self._db, unit.id, draft, actor_id=self._actor_id), self):
            renamed = next((u.name for u in staff.all_units(self._db) if u.id == unit.id), unit.name)
            self._done(tr("Unit \"{old}\" sekarang bernama \"{name}\".").format(old=unit.name, name=renamed),
                       unit_id=unit.id)

    def set_unit_active(self, active: bool) -> None:
        unit = self.selected_unit()
        if unit is None or unit.active == active:
            return
        if not active and not messages.ask_yes_no(self, tr("Nonaktifkan unit"), tr(
                "Nonaktifkan unit {name}? Unit itu tidak dapat dipilih lagi untuk rekaman baru. Rekaman yang sudah "
                "ada, termasuk DIK yang sudah dicetak, tetap memuat namanya. Unit dapat diaktifkan kembali."
        ).format(name=unit.name)):
            return
        if self._run(lambda: staff.set_unit_active(self._db, unit.id, active, actor_id=self._actor_id)):
            text = tr("Unit \"{name}\" aktif kembali.") if active else tr("Unit \"{name}\" dinonaktifkan.")
            self._done(text.format(name=unit.name), unit_id=unit.id)

    # --- officers -----------------------------------------------------------------------------

    def add_officer(self) -> None:
        added: list[int] = []
        if OfficerForm.ask(tr("Tambah pejabat/petugas"), self._template, office.list_units(self._db), OfficerDraft(),
                           lambda draft: added.append(office.add_officer(self._db, draft, actor_id=self._actor_id)),
                           parent=self) and added:
            officer = next(o for o in staff.all_officers(self._db) if o.id == added[0])
            self._done(tr("{name} ditambahkan. Buatkan akunnya di Akun > Akun pengguna agar ia dapat masuk.").format(
                name=officer.name), officer_id=officer.id)

    def edit_officer(self) -> None:
        officer = self.selected_officer()
        if officer is None:
            return
        if OfficerForm.ask(tr("Ubah pejabat/petugas"), self._template, office.list_units(self._db),
                           staff.draft_of(officer), lambda draft: staff.update_officer(
                               self._db, officer.id, draft, actor_id=self._actor_id),
                           officer.unit_name, self):
            saved = next((o.name for o in staff.all_officers(self._db) if o.id == officer.id), officer.name)
            self._done(tr("Data {name} disimpan.").format(name=saved), officer_id=officer.id)

    def set_officer_active(self, active: bool) -> None:
        officer = self.selected_officer()
        if officer is None or officer.active == active:
            return
        if not active and not messages.ask_yes_no(self, tr("Nonaktifkan pejabat/petugas"), tr(
                "Nonaktifkan {name}? Ia tidak dapat masuk lagi dan tidak dapat dipilih untuk rekaman atau tahap "
                "baru. Rekaman, riwayat dan dokumen yang sudah dicetak tetap memuat namanya. Ia dapat diaktifkan "
                "kembali."
        ).format(name=officer.name)):
            return
        if self._run(lambda: staff.set_officer_active(self._db, officer.id, active, actor_id=self._actor_id)):
            text = tr("{name} aktif kembali.") if active else tr("{name} dinonaktifkan.")
            self._done(text.format(name=officer.name), officer_id=officer.id)
