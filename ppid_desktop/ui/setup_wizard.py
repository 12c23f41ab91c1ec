"""The first-run set-up wizard: office profile, SOP, units and officers, saved in one go.

Nothing is written until Finish; then ``services.office.setup_office`` stores everything in one
transaction. A refusal is shown and the wizard stays open with everything the clerk typed.
The office, SOP and units pages are in :mod:`ppid_desktop.ui.setup_pages`.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ppid_desktop.domain.errors import UserError, ValidationError, ValidationErrors
from ppid_desktop.domain.nip import EmployeeIdKind, employee_id_label
from ppid_desktop.domain.office import OfficerDraft, UnitDraft, validate_officer
from ppid_desktop.domain.pangkat import GOLONGAN, golongan
from ppid_desktop.domain.sop import SopTemplate
from ppid_desktop.services import office as office_service
from ppid_desktop.storage.database import Database
from ppid_desktop.ui import messages
from ppid_desktop.ui.form_support import (
    FORM_STYLE_SHEET,
    WARNING_COLOR,
    FieldErrors,
    add_on_return,
    align_labels,
    chain_tab_order,
    field_cell,
    note_label,
)
from ppid_desktop.ui.setup_pages import OfficePage, SopPage, UnitsPage, offered_roles, role_name

WELCOME_TEXT = (
    "<p>PPID Desktop membantu PPID mendokumentasikan Informasi yang Dikecualikan sesuai "
    "UU Nomor 14 Tahun 2008: setiap informasi dicatat beserta uji konsekuensi, dasar hukum, dan "
    "jangka waktu pengecualiannya, lalu diproses mengikuti tahap-tahap SOP kantor Anda.</p>"
    "<p>Aplikasi bekerja tanpa internet dan mencetak Daftar Informasi yang Dikecualikan serta "
    "Surat Penetapan dengan kop surat kantor Anda.</p>"
    "<p>Penyiapan awal ini meminta profil kantor, SOP yang diikuti, unit kerja, serta pejabat dan "
    "petugas. Tidak ada yang disimpan sebelum Anda menekan <b>Selesai</b>; semua data dapat diubah "
    "kemudian melalui menu Pengaturan.</p>"
)


class WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle("Selamat datang di PPID Desktop")
        self.setSubTitle("Penyiapan awal, sekali saja, sebelum aplikasi digunakan.")
        text = QLabel(WELCOME_TEXT)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)


class SummaryPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setTitle("Selesai")
        self.setSubTitle("Periksa ringkasan berikut. Klik Selesai untuk menyimpan, atau Kembali untuk mengubah.")
        self._wizard = wizard
        self.summary_view = QTextBrowser()
        self.summary_view.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_view)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.summary_view.setHtml(self._wizard.summary_html())


class OfficersPage(QWizardPage):
    NO_UNIT = "— Tanpa unit —"

    def __init__(
        self,
        template_source: Callable[[], SopTemplate | None],
        units_source: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle("Pejabat dan petugas")
        self.setSubTitle(
            "Isi data setiap pejabat/petugas seperti pada SK, pilih perannya, lalu klik Tambah. "
            "Isi paling sedikit satu orang."
        )
        self._template_source = template_source
        self._units_source = units_source
        self.officers: list[tuple[OfficerDraft, str]] = []
        self.roles: dict[str, str] = {}  # offered now (code -> name)
        self.role_names: dict[str, str] = {}  # every role offered so far, to name stray ones
        self.role_checks: dict[str, QCheckBox] = {}
        self.errors = FieldErrors()

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("Contoh: Siti Rahmawati, S.Sos")
        self.kind_combo = QComboBox()
        for kind in EmployeeIdKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.nip_edit = QLineEdit()
        self.pangkat_combo = QComboBox()
        self.pangkat_combo.addItem("— Tidak ada —", "")
        for rank in GOLONGAN:
            self.pangkat_combo.addItem(rank.label, rank.code)
        self.jabatan_edit = QLineEdit()
        self.jabatan_edit.setPlaceholderText("Contoh: Kepala Biro Kesejahteraan Rakyat")
        self.unit_combo = QComboBox()
        self.roles_box = QWidget()
        self.roles_grid = QGridLayout(self.roles_box)
        self.roles_grid.setContentsMargins(0, 0, 0, 0)
        self.roles_grid.setVerticalSpacing(2)
        self.add_button = QPushButton("Tambah ke daftar")
        self.remove_button = QPushButton("Hapus yang dipilih")
        self.remove_button.setEnabled(False)
        self.officers_table = QTableWidget(0, 6)
        self.officers_table.setHorizontalHeaderLabels(
            ["Nama", "NIP/NI PPPK", "Gol.", "Jabatan", "Unit", "Peran"])
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
        form.addRow("Nama lengkap dan gelar", field_cell(self.name_edit, e.label("name", self.name_edit)))
        form.addRow("Nomor pegawai", field_cell(id_row, e.label("employee_id", self.nip_edit)))
        form.addRow("Pangkat/golongan", field_cell(self.pangkat_combo, e.label("pangkat", self.pangkat_combo)))
        form.addRow("Jabatan", field_cell(self.jabatan_edit, e.label("jabatan", self.jabatan_edit)))
        form.addRow("Unit", self.unit_combo)
        form.addRow("Peran", field_cell(self.roles_box, e.label("roles", self.roles_box)))
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

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.add_button.clicked.connect(self.add_officer)
        self.remove_button.clicked.connect(self.remove_officer)
        self.officers_table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.officers_table.selectedItems())))
        for edit in (self.name_edit, self.nip_edit, self.jabatan_edit):
            add_on_return(edit, self.add_officer)
        self._kind_changed()
        self._tab_order()

    def _tab_order(self) -> None:
        chain_tab_order([
            self.name_edit, self.kind_combo, self.nip_edit, self.pangkat_combo, self.jabatan_edit,
            self.unit_combo, *self.role_checks.values(), self.add_button, self.remove_button,
            self.officers_table,
        ])

    def _kind_changed(self) -> None:
        if self.id_kind() is EmployeeIdKind.NIP:
            self.nip_edit.setPlaceholderText("18 angka, contoh: 19690520 199803 1 008")
        else:
            self.nip_edit.setPlaceholderText("Nomor NI PPPK (8 sampai 20 angka)")
        self.errors["employee_id"].dismiss()

    # The wizard calls this each time the page is entered: the SOP or the units may have changed.
    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        current_unit = self.unit_combo.currentText()
        self.unit_combo.clear()
        for name in self._units_source():
            self.unit_combo.addItem(name, name)
        self.unit_combo.addItem(self.NO_UNIT, "")
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
        return EmployeeIdKind(self.kind_combo.currentData())

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
                    f"{officer.id_kind.label} ini sudah dipakai oleh {other.name} dalam daftar di bawah.",
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
        return (
            f"Perhatian: peran berikut tidak dikenal dalam SOP terpilih: {'; '.join(stray)}. "
            "Hapus orangnya dari daftar, lalu tambahkan kembali dengan peran yang sesuai."
        )

    def first_stage_warning(self) -> str:
        """A non-blocking warning when nobody can perform the first stage of the SOP."""
        template = self._template_source()
        if template is None:
            return ""
        needed = template.first_stage.pelaksana
        held = {code for draft, _ in self.officers for code in draft.roles}
        if not needed or held.intersection(needed):
            return ""
        names = " atau ".join(role_name(template, code) for code in needed)
        return (
            f"Perhatian: belum ada pejabat/petugas dengan peran {names}, padahal tahap 1 SOP "
            "dilaksanakan oleh peran tersebut. Anda tetap dapat melanjutkan dan menambahkannya nanti."
        )

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        if self.officers:
            return True
        if self.name_edit.text().strip():
            message = "Data yang diisi belum ditambahkan ke daftar. Klik Tambah terlebih dahulu."
        else:
            message = "Isi paling sedikit satu pejabat atau petugas, lalu klik Tambah."
        self.list_error.setText(message)
        self.list_error.show()
        return False


class SetupWizard(QWizard):
    """``SetupWizard.ask(db)`` runs it; True when the office was set up."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.saved = False
        self.setWindowTitle("Penyiapan Awal PPID Desktop")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(780, 600)
        self.setStyleSheet(FORM_STYLE_SHEET)
        for button, text in (
            (QWizard.WizardButton.BackButton, "< Kembali"),
            (QWizard.WizardButton.NextButton, "Lanjut >"),
            (QWizard.WizardButton.FinishButton, "Selesai"),
            (QWizard.WizardButton.CancelButton, "Batal"),
        ):
            self.setButtonText(button, text)

        self.welcome_page = WelcomePage(self)
        self.office_page = OfficePage(self)
        self.sop_page = SopPage(self)
        self.units_page = UnitsPage(self)
        self.officers_page = OfficersPage(self.sop_page.selected_template, self.units_page.units, self)
        self.summary_page = SummaryPage(self)
        self.units_page.members_of = self.officers_page.members_of
        for page in (
            self.welcome_page, self.office_page, self.sop_page,
            self.units_page, self.officers_page, self.summary_page,
        ):
            self.addPage(page)

    @classmethod
    def ask(cls, db: Database, parent: QWidget | None = None) -> bool:
        wizard = cls(db, parent)
        try:
            return wizard.exec() == QDialog.DialogCode.Accepted
        finally:
            wizard.deleteLater()

    def reject(self) -> None:
        """Cancel, Esc or closing the window: ask first once the clerk has started typing."""
        if not self.saved and self.currentPage() is not self.welcome_page:
            if not messages.ask_yes_no(
                self,
                "Batalkan penyiapan awal?",
                "Data yang sudah diisi belum disimpan dan akan hilang. Batalkan penyiapan awal?",
            ):
                return
        super().reject()

    def summary_html(self) -> str:
        profile = self.office_page.profile()
        template = self.sop_page.selected_template()
        rows = [
            ("Kop surat", "<br>".join(escape(line) for line in profile.kop_lines if line.strip())),
            ("Nama unit/badan publik", escape(profile.name)),
            ("Alamat", escape(profile.address)),
            ("Telepon", escape(profile.telephone)),
            ("E-mail", escape(profile.email)),
            ("Situs web", escape(profile.website)),
            ("Kota penandatanganan", escape(profile.city)),
            ("Logo", escape(profile.logo_path) or "Tanpa logo"),
            ("Ukuran kertas", escape(profile.paper.label)),
            ("SOP", escape(template.title) if template else ""),
            ("Unit kerja", "<br>".join(escape(unit) for unit in self.units_page.units())),
        ]
        html = ["<table cellspacing='0' cellpadding='2'>"]
        html += [f"<tr><td valign='top' width='190'><b>{k}</b></td><td>{v or '—'}</td></tr>" for k, v in rows]
        html.append("</table>")
        officers = self.officers_page.officers
        html.append(f"<p><b>Pejabat dan petugas ({len(officers)} orang)</b></p>")
        html.append("<table cellspacing='0' cellpadding='3' border='1' style='border-collapse: collapse' width='100%'>")
        html.append("<tr><th>Nama, pangkat dan nomor pegawai</th><th>Jabatan dan unit</th><th>Peran</th></tr>")
        roles = self.officers_page.role_names
        for draft, unit in officers:
            # Laid out like the signature block it will print in: name, pangkat, NIP.
            person = [f"<b>{escape(draft.name)}</b>"]
            if draft.pangkat:
                person.append(escape(golongan(draft.pangkat).label))
            person.append(escape(employee_id_label(draft.id_kind, draft.employee_id)))
            jabatan = escape(draft.jabatan) + (f"<br>{escape(unit)}" if unit else "")
            role_names = escape(", ".join(roles.get(code, code) for code in draft.roles))
            html.append(f"<tr><td>{'<br>'.join(person)}</td><td>{jabatan}</td><td>{role_names}</td></tr>")
        html.append("</table>")
        for warning in self.officers_page.warnings():
            html.append(f"<p style='color: {WARNING_COLOR};'>{escape(warning)}</p>")
        return "".join(html)

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt API)
        if not super().validateCurrentPage():
            return False
        if self.currentPage() is self.summary_page:
            return self._save()
        return True

    def _save(self) -> bool:
        """Called once per Finish click; True when everything was stored."""
        if self.saved:
            return True
        template = self.sop_page.selected_template()
        if template is None:
            messages.show_error(self, "SOP belum dipilih", "Pilih SOP yang diikuti kantor ini pada halaman SOP.")
            return False
        try:
            office_service.setup_office(
                self.db,
                self.office_page.profile(template.code),
                template,
                [UnitDraft(name) for name in self.units_page.units()],
                list(self.officers_page.officers),
            )
        except ValidationErrors as exc:
            # Mark the profile fields too, so the clerk finds them after going back.
            self.office_page.form.show_errors(exc.errors)
            messages.show_user_error(self, exc, "Data belum dapat disimpan")
            return False
        except UserError as exc:
            messages.show_user_error(self, exc, "Data belum dapat disimpan")
            return False
        self.saved = True
        return True
