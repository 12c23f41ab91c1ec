"""The forms of "Unit dan pejabat" (ui/staff_dialog.py): a unit (name and code) and an officer
(name, employee number, pangkat, jabatan, unit, roles).

Each form calls one service when "Simpan" is pressed (services/office.py to add,
services/staff.py to change); a ValidationError shows under its field and the form stays open,
any other refusal in a message box. The officer form offers the roles of the office's SOP, the
standard roles and Admin (ui/setup_pages.offered_roles), as the set-up wizard does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from ppid_desktop.domain.nip import EmployeeIdKind
from ppid_desktop.domain.office import OfficerDraft, UnitDraft
from ppid_desktop.domain.sop import SopTemplate
from ppid_desktop.services.office import UnitView
from ppid_desktop.ui import messages
from ppid_desktop.ui.accounts_dialog import FormDialog
from ppid_desktop.ui.form_support import align_labels, chain_tab_order, field_cell
from ppid_desktop.ui.i18n import tr
from ppid_desktop.ui.officer_fields import follow_id_kind, id_kind_combo, pangkat_combo, selected_kind
from ppid_desktop.ui.setup_officers_page import OfficersPage
from ppid_desktop.ui.setup_pages import offered_roles, role_name

ROLE_COLUMNS = 3


class StaffFormDialog(FormDialog):
    """FormDialog whose refusals that belong to no field go to a message box (the form stays open)."""

    def _show_error(self, text: str) -> None:
        """`text` is already in the window's language (FormDialog.save passes user_text(refusal))."""
        self._fit()  # the messages under the fields first
        messages.show_error(self, tr("Tidak dapat disimpan"), text)

    def finish_form(self) -> None:
        """Line the labels up and give the rows room to breathe."""
        align_labels(self.form)
        self.form.setVerticalSpacing(8)
        self.form.setHorizontalSpacing(12)
        layout = self.layout()
        layout.setSpacing(12)
        layout.setContentsMargins(16, 14, 16, 14)


class UnitForm(StaffFormDialog):
    """A new unit, or a unit's new name (and code)."""

    def __init__(self, title: str, intro: str, draft: UnitDraft, submit: Callable[[UnitDraft], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, intro, parent)
        self._submit = submit
        self.name_edit = QLineEdit(draft.name)
        self.name_edit.setPlaceholderText(tr("Contoh: Subbagian Umum dan Kepegawaian"))
        self.code_edit = QLineEdit(draft.code)
        self.code_edit.setPlaceholderText(tr("Boleh dikosongkan, contoh: SUBAG-UM"))
        self.add_field("name", tr("&Nama unit:"), self.name_edit)
        self.add_field("code", tr("&Kode:"), self.code_edit)
        self.finish_form()
        self.name_edit.setFocus()

    @classmethod
    def ask(cls, title: str, intro: str, draft: UnitDraft, submit: Callable[[UnitDraft], object],
            parent: QWidget | None = None) -> bool:
        return cls.run(cls(title, intro, draft, submit, parent))

    def draft(self) -> UnitDraft:
        return UnitDraft(name=self.name_edit.text(), code=self.code_edit.text())

    def submit(self) -> None:
        self._submit(self.draft())


class OfficerForm(StaffFormDialog):
    """A new officer, or an officer's changed data and roles."""

    def __init__(self, title: str, template: SopTemplate | None, units: Sequence[UnitView],
                 draft: OfficerDraft, submit: Callable[[OfficerDraft], object],
                 unit_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, tr("Isi data pejabat/petugas seperti pada SK, lalu pilih perannya. Peran menentukan "
                                   "tahap yang dapat diselesaikannya; Admin mengelola akun, unit dan pejabat."), parent)
        self._submit = submit
        self.name_edit = QLineEdit(draft.name)
        self.name_edit.setPlaceholderText(tr("Contoh: Siti Rahmawati, S.Sos"))
        self.kind_combo = id_kind_combo(draft.id_kind)
        self.nip_edit = QLineEdit(draft.employee_id)
        self.pangkat_combo = pangkat_combo(draft.pangkat)
        self.jabatan_edit = QLineEdit(draft.jabatan)
        self.jabatan_edit.setPlaceholderText(tr("Contoh: Kepala Biro Kesejahteraan Rakyat"))
        self.unit_combo = QComboBox()
        for unit in units:
            self.unit_combo.addItem(unit.name, unit.id)
        if draft.unit_id is not None and self.unit_combo.findData(draft.unit_id) < 0:
            # The officer's unit was disabled meanwhile: it stays theirs until another is chosen.
            self.unit_combo.addItem(tr("{name} (nonaktif)").format(name=unit_name) if unit_name
                                    else tr("Unit nonaktif (no. {number})").format(number=draft.unit_id), draft.unit_id)
        self.unit_combo.addItem(tr(OfficersPage.NO_UNIT), None)
        no_unit = self.unit_combo.count() - 1
        self.unit_combo.setCurrentIndex(no_unit if draft.unit_id is None else self.unit_combo.findData(draft.unit_id))
        self._init_roles(template, draft.roles)

        id_row = QHBoxLayout()
        id_row.setContentsMargins(0, 0, 0, 0)
        id_row.addWidget(self.kind_combo)
        id_row.addWidget(self.nip_edit, 1)
        id_box = QWidget()
        id_box.setLayout(id_row)
        self.add_field("name", tr("&Nama lengkap dan gelar:"), self.name_edit)
        self.form.addRow(tr("Nomor &pegawai:"), field_cell(id_box, self.fields.label("employee_id", self.nip_edit)))
        self.add_field("pangkat", tr("Pang&kat/golongan:"), self.pangkat_combo)
        self.add_field("jabatan", tr("&Jabatan:"), self.jabatan_edit)
        self.add_field("unit_id", tr("&Unit:"), self.unit_combo)
        self.form.addRow(tr("Peran:"), field_cell(self.roles_box, self.fields.label(
            "roles", self.roles_box, watch=self.role_checks.values(),
            focus=lambda: next(iter(self.role_checks.values())).setFocus())))
        self.finish_form()
        self._set_buddies()
        follow_id_kind(self.kind_combo, self.nip_edit, self.fields["employee_id"].dismiss)
        chain_tab_order([self.name_edit, self.kind_combo, self.nip_edit, self.pangkat_combo, self.jabatan_edit,
                         self.unit_combo, *self.role_checks.values(), self.save_button])
        self.setMinimumWidth(640)
        self.name_edit.setFocus()

    def _init_roles(self, template: SopTemplate | None, held: Sequence[str]) -> None:
        roles = offered_roles(template)
        for code in held:  # a role of an earlier SOP stays visible, so that it is not lost unseen
            roles.setdefault(code, role_name(template, code))
        self.roles_box = QWidget()
        grid = QGridLayout(self.roles_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        self.role_checks: dict[str, QCheckBox] = {}
        for index, (code, name) in enumerate(roles.items()):
            box = QCheckBox(name, self.roles_box)
            box.setChecked(code in held)
            grid.addWidget(box, index // ROLE_COLUMNS, index % ROLE_COLUMNS)
            self.role_checks[code] = box

    def _set_buddies(self) -> None:
        """The & of each label moves the cursor to its field."""
        buddies = {0: self.name_edit, 1: self.nip_edit, 2: self.pangkat_combo, 3: self.jabatan_edit, 4: self.unit_combo}
        for row, widget in buddies.items():
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(label := item.widget(), QLabel):
                label.setBuddy(widget)

    @classmethod
    def ask(cls, title: str, template: SopTemplate | None, units: Sequence[UnitView], draft: OfficerDraft,
            submit: Callable[[OfficerDraft], object], unit_name: str = "", parent: QWidget | None = None) -> bool:
        return cls.run(cls(title, template, units, draft, submit, unit_name, parent))

    def id_kind(self) -> EmployeeIdKind:
        return selected_kind(self.kind_combo)

    def draft(self) -> OfficerDraft:
        return OfficerDraft(
            name=self.name_edit.text(),
            id_kind=self.id_kind(),
            employee_id=self.nip_edit.text(),
            pangkat=self.pangkat_combo.currentData() or "",
            jabatan=self.jabatan_edit.text(),
            unit_id=self.unit_combo.currentData(),
            roles=[code for code, box in self.role_checks.items() if box.isChecked()],
        )

    def submit(self) -> None:
        self._submit(self.draft())
