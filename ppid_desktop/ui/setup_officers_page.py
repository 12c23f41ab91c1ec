"""The officers page of the first-run set-up wizard: each pejabat/petugas as on their SK, with their
roles under the chosen SOP, added to a list (at least one person).

Each officer is checked with domain/office.py when "Tambah" is pressed, every message under its
field; nothing is stored until the wizard's Finish (ui/setup_wizard.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ppid_desktop.domain.errors import ValidationError, ValidationErrors
from ppid_desktop.domain.nip import EmployeeIdKind, employee_id_label
from ppid_desktop.domain.office import OfficerDraft, validate_officer
from ppid_desktop.domain.pangkat import golongan
from ppid_desktop.domain.sop import SopTemplate
from ppid_desktop.ui.form_support import FieldErrors, add_on_return, align_labels, chain_tab_order, field_cell, note_label
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr
from ppid_desktop.ui.officer_fields import follow_id_kind, id_kind_combo, pangkat_combo, selected_kind
from ppid_desktop.ui.setup_pages import offered_roles, role_name


class OfficersPage(QWizardPage):
    NO_UNIT = QT_TR_NOOP("— Tanpa unit —")

    def __init__(
        self,
        template_source: Callable[[], SopTemplate | None],
        units_source: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(tr("Pejabat dan petugas"))
        self.setSubTitle(tr(
            "Isi data setiap pejabat/petugas seperti pada SK, pilih perannya, lalu klik Tambah. "
            "Isi paling sedikit satu orang."
        ))
        self._template_source = template_source
        self._units_source = units_source
        self.officers: list[tuple[OfficerDraft, str]] = []
        self.roles: dict[str, str] = {}  # offered now (code -> name)
        self.role_names: dict[str, str] = {}  # every role offered so far, to name stray ones
        self.role_checks: dict[str, QCheckBox] = {}
        self.errors = FieldErrors()

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(tr("Contoh: Siti Rahmawati, S.Sos"))
        self.kind_combo = id_kind_combo()
        self.nip_edit = QLineEdit()
        self.pangkat_combo = pangkat_combo()
        self.jabatan_edit = QLineEdit()
        self.jabatan_edit.setPlaceholderText(tr("Contoh: Kepala Biro Kesejahteraan Rakyat"))
        self.unit_combo = QComboBox()
        self.roles_box = QWidget()
        self.roles_grid = QGridLayout(self.roles_box)
        self.roles_grid.setContentsMargins(0, 0, 0, 0)
        self.roles_grid.setVerticalSpacing(2)
        self.add_button = QPushButton(tr("Tambah ke daftar"))
        self.remove_button = QPushButton(tr("Hapus yang dipilih"))
        self.remove_button.setEnabled(False)
        self.officers_table = QTableWidget(0, 6)
        self.officers_table.setHorizontalHeaderLabels(
            [tr("Nama"), tr("NIP/NI PPPK"), tr("Gol."), tr("Jabatan"), tr("Unit"), tr("Peran")])
        self.officers_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.officers_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.officers_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.officers_table.verticalHeader().hide()
        self.officers_table.setWordWrap(False)
        header = self.officers_table.horizontalHeader()
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.officers_table.setMinimumHeight(90)
        self.list_error = note_label("error")
        self.list_error.hide()
        self.warning_label = note_label("warning")
        self.warning_label.hide()

        e = self.errors
        id_row = QHBoxLayout()
        id_row.addWidget(self.kind_combo)
        id_row.addWidget(self.nip_edit, 1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        form.addRow(tr("Nama lengkap dan gelar"), field_cell(self.name_edit, e.label("name", self.name_edit)))
        form.addRow(tr("Nomor pegawai"), field_cell(id_row, e.label("employee_id", self.nip_edit)))
        form.addRow(tr("Pangkat/golongan"), field_cell(self.pangkat_combo, e.label("pangkat", self.pangkat_combo)))
        form.addRow(tr("Jabatan"), field_cell(self.jabatan_edit, e.label("jabatan", self.jabatan_edit)))
        form.addRow(tr("Unit"), self.unit_combo)
        form.addRow(tr("Peran"), field_cell(self.roles_box, e.label("roles", self.roles_box)))
        align_labels(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.list_error, 3)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.officers_table, 1)
        layout.addWidget(self.warning_label)

        self.add_button.clicked.connect(self.add_officer)
        self.remove_button.clicked.connect(self.remove_officer)
        self.officers_table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.officers_table.selectedItems())))
        for edit in (self.name_edit, self.nip_edit, self.jabatan_edit):
            add_on_return(edit, self.add_officer)
        follow_id_kind(self.kind_combo, self.nip_edit, self.errors["employee_id"].dismiss)
        self._tab_order()

    def _tab_order(self) -> None:
        chain_tab_order([
            self.name_edit, self.kind_combo, self.nip_edit, self.pangkat_combo, self.jabatan_edit,
            self.unit_combo, *self.role_checks.values(), self.add_button, self.remove_button,
            self.officers_table,
        ])

    # The wizard calls this each time the page is entered: the SOP or the units may have changed.
    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        current_unit = self.unit_combo.currentText()
        self.unit_combo.clear()
        for name in self._units_source():
            self.unit_combo.addItem(name, name)
        self.unit_combo.addItem(tr(self.NO_UNIT), "")
        index = self.unit_combo.findText(current_unit)
        self.unit_combo.setCurrentIndex(max(index, 0))
        self._build_roles()
        self._refresh()

    def _build_roles(self) -> None:
        checked = {code for code, box in self.role_checks.items() if box.isChecked()}
        for box in self.role_checks.values():
            self.roles_grid.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.roles = offered_roles(self._template_source())
        self.role_names.update(self.roles)
        self.role_checks = {}
        columns = 3
        for index, (code, name) in enumerate(self.roles.items()):
            box = QCheckBox(name, self.roles_box)
            box.setChecked(code in checked)
            box.toggled.connect(self.errors["roles"].dismiss)
            self.roles_grid.addWidget(box, index // columns, index % columns)
            self.role_checks[code] = box
        # "Pilih paling sedikit satu peran" puts the cursor on the first checkbox.
        self.roles_box.setFocusProxy(next(iter(self.role_checks.values()), None))
        self._tab_order()

    def id_kind(self) -> EmployeeIdKind:
        return selected_kind(self.kind_combo)

    def draft(self) -> OfficerDraft:
        return OfficerDraft(
            name=self.name_edit.text(),
            id_kind=self.id_kind(),
            employee_id=self.nip_edit.text(),
            pangkat=self.pangkat_combo.currentData(),
            jabatan=self.jabatan_edit.text(),
            roles=[code for code, box in self.role_checks.items() if box.isChecked()],
        )

    def add_officer(self) -> None:
        self.list_error.hide()
        try:
            officer = validate_officer(self.draft())
        except ValidationErrors as exc:
            self.errors.show(exc.errors)
            return
        for other, _ in self.officers:
            if other.employee_id == officer.employee_id:
                self.errors.show([ValidationError(
                    "employee_id",
                    tr("{kind} ini sudah dipakai oleh {name} dalam daftar di bawah.").format(
                        kind=officer.id_kind.label, name=other.name),
                )])
                return
        self.errors.clear()
        self.officers.append((officer, self.unit_combo.currentData() or ""))
        self.name_edit.clear()
        self.nip_edit.clear()
        self.jabatan_edit.clear()
        self.pangkat_combo.setCurrentIndex(0)
        for box in self.role_checks.values():
            box.setChecked(False)
        self._refresh()
        self.name_edit.setFocus()

    def remove_officer(self) -> None:
        row = self.officers_table.currentRow()
        if 0 <= row < len(self.officers):
            del self.officers[row]
            self._refresh()

    def members_of(self, unit_name: str) -> list[str]:
        return [draft.name for draft, unit in self.officers if unit == unit_name]

    def _refresh(self) -> None:
        table = self.officers_table
        table.setRowCount(len(self.officers))
        for row, (draft, unit) in enumerate(self.officers):
            values = (
                draft.name,
                employee_id_label(draft.id_kind, draft.employee_id),
                draft.pangkat,
                draft.jabatan,
                unit,
                ", ".join(self.role_names.get(code, code) for code in draft.roles),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(golongan(text).label if column == 2 and text else text)
                table.setItem(row, column, item)
        self.remove_button.setEnabled(bool(table.selectedItems()))
        warnings = self.warnings()
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))
        if self.officers:
            self.list_error.hide()

    def warnings(self) -> list[str]:
        """What the clerk should know before saving; none of it blocks."""
        return [text for text in (self.first_stage_warning(), self.stray_roles_warning()) if text]

    def stray_roles_warning(self) -> str:
        """Roles given under another SOP, before the clerk went back and chose a different one."""
        stray = [
            f"{draft.name} ({self.role_names.get(code, code)})"
            for draft, _ in self.officers
            for code in draft.roles
            if code not in self.roles
        ]
        if not stray:
            return ""
        return tr(
            "Perhatian: peran berikut tidak dikenal dalam SOP terpilih: {roles}. "
            "Hapus orangnya dari daftar, lalu tambahkan kembali dengan peran yang sesuai."
        ).format(roles="; ".join(stray))

    def first_stage_warning(self) -> str:
        """A non-blocking warning when nobody can perform the first stage of the SOP."""
        template = self._template_source()
        if template is None:
            return ""
        needed = template.first_stage.pelaksana
        held = {code for draft, _ in self.officers for code in draft.roles}
        if not needed or held.intersection(needed):
            return ""
        names = tr(" atau ", "between role names").join(role_name(template, code) for code in needed)
        return tr(
            "Perhatian: belum ada pejabat/petugas dengan peran {roles}, padahal tahap 1 SOP "
            "dilaksanakan oleh peran tersebut. Anda tetap dapat melanjutkan dan menambahkannya nanti."
        ).format(roles=names)

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        if self.officers:
            return True
        if self.name_edit.text().strip():
            message = tr("Data yang diisi belum ditambahkan ke daftar. Klik Tambah terlebih dahulu.")
        else:
            message = tr("Isi paling sedikit satu pejabat atau petugas, lalu klik Tambah.")
        self.list_error.setText(message)
        self.list_error.show()
        return False
