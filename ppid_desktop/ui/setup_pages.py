"""Pages of the first-run set-up wizard: office profile, SOP, units, the Admin's account and the
recovery key.

Each page checks its input with the domain validators and shows every message under the field it
concerns (a red label, through :mod:`ppid_desktop.ui.form_support`), so the clerk sees what to fix
without a message box. The officers page is in :mod:`ppid_desktop.ui.setup_officers_page`; the
welcome and summary pages and the wizard itself live in :mod:`ppid_desktop.ui.setup_wizard`. `AdminAccountForm` is also the first page of
ui/encrypt_dialog.py, which secures a data folder made by an earlier version.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ppid_desktop.domain.accounts import USERNAME_MAX, USERNAME_MIN, validate_new_account
from ppid_desktop.domain.enums import ADMIN_ROLE, STANDARD_ROLES
from ppid_desktop.domain.errors import UserError, ValidationError, ValidationErrors
from ppid_desktop.domain.office import OfficeProfile, UnitDraft, validate_unit
from ppid_desktop.domain.sop import SopTemplate, SopTemplateError
from ppid_desktop.reports.recovery_sheet import RecoverySheet
from ppid_desktop.services.sop_catalog import available_templates
from ppid_desktop.ui.accounts_dialog import PASSWORD_HINT
from ppid_desktop.ui.form_support import (
    FieldErrors,
    MessageLabel,
    add_on_return,
    align_labels,
    chain_tab_order,
    field_cell,
    note_label,
)
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr, user_text
from ppid_desktop.ui.office_profile_form import OfficeProfileForm
from ppid_desktop.ui.recovery_key_panel import RecoveryKeyPanel
from ppid_desktop.ui.sign_in_dialog import password_edit

DEFAULT_SOP_CODE = "kalbar-kesra"


# --- page 2: office profile ------------------------------------------------------------------

class OfficePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Profil kantor"))
        self.setSubTitle(tr(
            "Data ini dicetak pada kop surat dan blok tanda tangan setiap dokumen. "
            "Kolom bertanda * wajib diisi."
        ))
        self.form = OfficeProfileForm()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)

    def profile(self, sop_code: str = "-") -> OfficeProfile:
        """The profile as typed (not yet validated)."""
        return self.form.profile(sop_code)

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        return self.form.check()


# --- page 3: SOP -----------------------------------------------------------------------------

class SopPage(QWizardPage):
    template_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("SOP yang diikuti"))
        self.setSubTitle(tr(
            "Pilih SOP Pendokumentasian Informasi yang Dikecualikan yang berlaku di kantor ini. "
            "Tahap-tahapnya menjadi alur kerja setiap catatan."
        ))
        self.templates: list[SopTemplate] = []
        self.template_list = QListWidget()
        self.template_list.setAlternatingRowColors(True)
        self.template_list.setWordWrap(True)
        self.template_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.template_list.setSpacing(2)
        self.template_list.setMaximumHeight(130)
        self.stage_table = QTableWidget(0, 4)
        self.stage_table.setHorizontalHeaderLabels([tr("No"), tr("Uraian"), tr("Pelaksana"), tr("Waktu")])
        self.stage_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stage_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.stage_table.setWordWrap(True)
        self.stage_table.verticalHeader().hide()
        # Rows follow the wrapped uraian whatever the final column width turns out to be.
        self.stage_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.stage_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.load_error = note_label("error")
        self.load_error.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("SOP yang tersedia:")))
        layout.addWidget(self.template_list)
        layout.addWidget(self.load_error)
        layout.addWidget(QLabel(tr("Tahap-tahap SOP terpilih:")))
        layout.addWidget(self.stage_table, 1)

        self.template_list.currentRowChanged.connect(self._show_stages)
        self._load()

    def _load(self) -> None:
        try:
            self.templates = available_templates()
        except (SopTemplateError, OSError) as exc:
            problem = user_text(exc) if isinstance(exc, UserError) else str(exc)
            self.load_error.setText(
                tr("{problem}\nHubungi pengelola aplikasi untuk memperbaiki berkas SOP.").format(problem=problem))
            self.load_error.show()
            return
        for template in self.templates:
            instansi = ", ".join(template.header.instansi[-1:] + template.header.instansi[:1])
            text = tr("{title} — Nomor {number} (%n tahap)\n{agency}", "", len(template.stages)).format(
                title=template.header.judul, number=template.header.nomor, agency=instansi)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, template.code)
            item.setToolTip(template.title)
            self.template_list.addItem(item)
        codes = [t.code for t in self.templates]
        if codes:
            self.template_list.setCurrentRow(codes.index(DEFAULT_SOP_CODE) if DEFAULT_SOP_CODE in codes else 0)

    def select_code(self, code: str) -> None:
        self.template_list.setCurrentRow([t.code for t in self.templates].index(code))

    def selected_template(self) -> SopTemplate | None:
        row = self.template_list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None

    def _show_stages(self) -> None:
        template = self.selected_template()
        stages = template.stages if template else ()
        self.stage_table.setRowCount(len(stages))
        for row, stage in enumerate(stages):
            roles = ", ".join(role_name(template, code) for code in stage.pelaksana)
            for column, text in enumerate((str(stage.number), stage.uraian, roles, stage.waktu)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column in (0, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.stage_table.setItem(row, column, item)
        self.completeChanged.emit()
        self.template_changed.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return self.selected_template() is not None


def role_name(template: SopTemplate | None, code: str) -> str:
    if template is not None:
        try:
            return template.role_name(code)
        except KeyError:
            pass
    return tr(STANDARD_ROLES[code]) if code in STANDARD_ROLES else code


def offered_roles(template: SopTemplate | None) -> dict[str, str]:
    """The template's pelaksana roles, then the standard ones it lacks (by code)."""
    roles = {role.code: role.name for role in template.roles} if template else {}
    for code, name in STANDARD_ROLES.items():
        roles.setdefault(code, tr(name))
    return roles


# --- page 4: units ---------------------------------------------------------------------------

class UnitsPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Unit kerja"))
        self.setSubTitle(tr(
            "Daftarkan unit (bagian/subbagian) yang menghasilkan dan menguasai informasi. "
            "Isi paling sedikit satu unit."
        ))
        # Set by the wizard: who still belongs to a unit, so it is not removed under them.
        self.members_of: Callable[[str], list[str]] = lambda name: []
        self.unit_edit = QLineEdit()
        self.unit_edit.setPlaceholderText(tr("Contoh: Bagian Kesejahteraan Sosial"))
        self.add_button = QPushButton(tr("Tambah"))
        self.remove_button = QPushButton(tr("Hapus"))
        self.remove_button.setEnabled(False)
        self.unit_list = QListWidget()
        self.unit_error = note_label("error")
        self.unit_error.hide()

        row = QHBoxLayout()
        row.addWidget(self.unit_edit, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Nama unit:")))
        layout.addLayout(row)
        layout.addWidget(self.unit_error)
        list_row = QHBoxLayout()
        list_row.addWidget(self.unit_list, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        list_row.addLayout(buttons)
        layout.addWidget(QLabel(tr("Unit yang sudah didaftarkan:")))
        layout.addLayout(list_row, 1)

        self.add_button.clicked.connect(self.add_unit)
        self.remove_button.clicked.connect(self.remove_unit)
        self.unit_edit.textChanged.connect(self.unit_error.hide)
        self.unit_list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        add_on_return(self.unit_edit, self.add_unit)
        chain_tab_order([self.unit_edit, self.add_button, self.unit_list, self.remove_button])

    def units(self) -> list[str]:
        return [self.unit_list.item(row).text() for row in range(self.unit_list.count())]

    def _error(self, message: str) -> None:
        self.unit_error.setText(message)
        self.unit_error.show()
        self.unit_edit.setFocus()

    def add_unit(self) -> None:
        try:
            name = validate_unit(UnitDraft(self.unit_edit.text())).name
        except ValidationErrors as exc:
            self._error(user_text(exc))
            return
        same = [unit for unit in self.units() if unit.casefold() == name.casefold()]
        if same:
            self._error(tr("Unit \"{name}\" sudah ada dalam daftar; setiap unit cukup dicatat sekali.")
                        .format(name=same[0]))
            return
        self.unit_list.addItem(name)
        self.unit_edit.clear()
        self.unit_edit.setFocus()

    def remove_unit(self) -> None:
        row = self.unit_list.currentRow()
        if row < 0:
            return
        name = self.unit_list.item(row).text()
        members = self.members_of(name)
        if members:
            self._error(tr(
                "Unit \"{name}\" tidak dapat dihapus karena masih dipakai oleh {people}. "
                "Hapus atau ubah pejabat/petugas tersebut terlebih dahulu."
            ).format(name=name, people=", ".join(members)))
            return
        self.unit_list.takeItem(row)
        self.unit_error.hide()

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        pending = " ".join(self.unit_edit.text().split())
        if pending:
            self._error(tr("\"{text}\" belum ditambahkan. Klik Tambah, atau kosongkan kolom nama unit.")
                        .format(text=pending))
            return False
        if not self.units():
            self._error(tr("Isi paling sedikit satu unit (bagian) yang menguasai informasi, lalu klik Tambah."))
            return False
        return True


# --- the Admin's account (also in ui/encrypt_dialog.py) ----------------------------------------

# {min} and {max}: USERNAME_MIN and USERNAME_MAX (username_hint()).
USERNAME_HINT = QT_TR_NOOP("{min}-{max} karakter: huruf a-z, angka 0-9, titik, garis bawah, tanda hubung; "
                           "misalnya siti.rahma.")
ADMIN_INTRO = QT_TR_NOOP(
    "Data kantor disimpan terenkripsi, dan setiap orang masuk dengan akunnya sendiri. Pilih pejabat atau petugas "
    "yang menjadi Admin aplikasi, lalu buat akunnya. Admin membuat akun pejabat dan petugas lain serta mengelola "
    "unit, SOP dan pengaturan kantor."
)
NO_CHOICE = QT_TR_NOOP("— Pilih pejabat atau petugas —")


def username_hint() -> str:
    return tr(USERNAME_HINT).format(min=USERNAME_MIN, max=USERNAME_MAX)


@dataclass(frozen=True)
class AdminChoice:
    """An officer who may become the Admin: `key` identifies them to the caller (an officer id,
    or the NIP of an officer not stored yet)."""

    key: Hashable
    name: str
    roles: tuple[str, ...]


class AdminAccountForm(QWidget):
    """Who administers the app, their user name and password (twice), checked by `check()` with
    domain/accounts.py; every message shows under its field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.officer_combo = QComboBox()
        self.username_edit = QLineEdit()
        self.username_edit.setPlaceholderText(tr("misalnya siti.rahma"))
        self.password_edit = password_edit()
        self.repeat_edit = password_edit()
        e = self.errors
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("&Admin:"), field_cell(self.officer_combo, e.label("officer", self.officer_combo)))
        form.addRow(tr("&Nama pengguna:"), field_cell(self.username_edit, note_label("hint", username_hint()),
                                                       e.label("username", self.username_edit)))
        form.addRow(tr("&Kata sandi:"), field_cell(self.password_edit, note_label("hint", tr(PASSWORD_HINT)),
                                                    e.label("password", self.password_edit)))
        form.addRow(tr("&Ulangi kata sandi:"),
                    field_cell(self.repeat_edit, e.label("password_repeat", self.repeat_edit)))
        align_labels(form)
        chain_tab_order([self.officer_combo, self.username_edit, self.password_edit, self.repeat_edit])

    def set_choices(self, choices: list[AdminChoice]) -> None:
        """Fill the list, keeping the person chosen before; otherwise someone who already holds
        the Admin role is offered first."""
        kept = self.officer_combo.currentData()
        self.officer_combo.blockSignals(True)
        self.officer_combo.clear()
        self.officer_combo.addItem(tr(NO_CHOICE), None)
        for choice in choices:
            self.officer_combo.addItem(choice.name, choice.key)
        self.officer_combo.blockSignals(False)
        keys = [choice.key for choice in choices]
        if kept not in keys:
            kept = next((choice.key for choice in choices if ADMIN_ROLE in choice.roles), None)
        self.officer_combo.setCurrentIndex(keys.index(kept) + 1 if kept in keys else 0)

    def chosen(self) -> Hashable | None:
        return self.officer_combo.currentData()

    def chosen_name(self) -> str:
        return self.officer_combo.currentText() if self.chosen() is not None else ""

    @property
    def username(self) -> str:
        return self.username_edit.text()

    @property
    def password(self) -> str:
        return self.password_edit.text()

    def check(self) -> bool:
        """True when an officer is chosen and the name and password follow the rules."""
        problems: list[ValidationError] = []
        if self.chosen() is None:
            problems.append(ValidationError("officer", tr("Pilih pejabat atau petugas yang menjadi Admin aplikasi.")))
        try:
            validate_new_account(self.username, self.password, self.repeat_edit.text())
        except ValidationErrors as refused:
            problems += refused.errors
        self.errors.show(problems)
        return not problems


class AdminPage(QWizardPage):
    def __init__(self, choices: Callable[[], list[AdminChoice]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Akun Admin"))
        self.setSubTitle(tr("Admin adalah orang pertama yang masuk ke aplikasi dan membuat akun untuk yang lain."))
        self._choices = choices
        self.form = AdminAccountForm()
        layout = QVBoxLayout(self)
        layout.addWidget(MessageLabel(tr(ADMIN_INTRO)))
        layout.addSpacing(6)
        layout.addWidget(self.form)
        layout.addStretch(1)

    # Entered again after going back: the officers may have changed.
    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.form.set_choices(self._choices())

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        return self.form.check()


# --- the recovery key (also in ui/encrypt_dialog.py) -------------------------------------------

class RecoveryKeyPage(QWizardPage):
    """The last page: Finish stays off until the Admin confirms the key is kept safe."""

    def __init__(self, recovery_text: str, sheet: Callable[[], RecoverySheet], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Kunci pemulihan"))
        self.setSubTitle(tr("Cetak atau catat kunci ini sekarang. Kunci ini tidak akan ditampilkan lagi."))
        self.panel = RecoveryKeyPanel(recovery_text, sheet)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.panel.confirmed_changed.connect(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return self.panel.confirmed
