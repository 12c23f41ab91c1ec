"""The office profile form (kop surat, name, contacts, city, logo, paper): one widget for the
set-up wizard's page and for the "Profil kantor" page of Pengaturan (ui/settings_pages.py), which
shows the paper size on its "Cetak" page instead (`paper_row=False`, `paper_cell`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.enums import PaperSize
from ppid_desktop.domain.errors import ValidationError, ValidationErrors
from ppid_desktop.domain.office import OfficeProfile, validate_office
from ppid_desktop.services.office import LOGO_SUFFIXES
from ppid_desktop.ui.form_support import FieldErrors, align_labels, chain_tab_order, field_cell, note_label
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr


def choose_logo(parent: QWidget, start: str) -> str:
    """A logo picked in the file dialog, or "" (tests replace this)."""
    path, _ = QFileDialog.getOpenFileName(parent, tr("Pilih logo kantor"), start, tr("Gambar (*.png *.jpg *.jpeg)"))
    return path


class OfficeProfileForm(QWidget):
    """Shows each validation message under the field it concerns (`check`).

    With `paper_row=False` the default paper is left out of the form: `paper_cell` (the combo
    and its message) is for the caller to place; its messages still come from `errors`."""

    def __init__(self, parent: QWidget | None = None, *, paper_row: bool = True) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        # The examples are data (a letterhead is printed in Indonesian): not translated.
        self.kop_edit = QPlainTextEdit()
        self.kop_edit.setTabChangesFocus(True)
        self.kop_edit.setPlaceholderText("PEMERINTAH PROVINSI KALIMANTAN BARAT\nSEKRETARIAT DAERAH")
        self.kop_edit.setFixedHeight(self.kop_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("BIRO KESEJAHTERAAN RAKYAT")
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText("Jalan Ahmad Yani, Pontianak 78124")
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText("(0561) 736541")
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText("ppid@kalbarprov.go.id")
        self.website_edit = QLineEdit()
        self.website_edit.setPlaceholderText("https://kesra.kalbarprov.go.id")
        self.city_edit = QLineEdit()
        self.city_edit.setPlaceholderText("Pontianak")
        self.logo_edit = QLineEdit()
        self.logo_edit.setPlaceholderText(tr("Boleh dikosongkan"))
        self.logo_button = QPushButton(tr("Pilih berkas…"))
        self.logo_button.clicked.connect(self._choose_logo)
        self.paper_combo = QComboBox()
        for paper in PaperSize:
            self.paper_combo.addItem(tr(paper.label), paper.value)
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(PaperSize.F4.value))

        e = self.errors
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(self.logo_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        form.addRow(tr("Baris kop surat *"), field_cell(
            self.kop_edit,
            note_label("hint", tr("Satu baris kop per baris, dari atas; nama unit diisi pada kolom berikutnya.")),
            e.label("kop_lines", self.kop_edit)))
        form.addRow(tr("Nama unit/badan publik *"), field_cell(
            self.name_edit,
            note_label("hint", tr("Tulis lengkap tanpa singkatan, seperti tercetak di bawah baris kop.")),
            e.label("name", self.name_edit)))
        form.addRow(tr("Alamat"), field_cell(self.address_edit, e.label("address", self.address_edit)))
        form.addRow(tr("Telepon"), field_cell(self.phone_edit, e.label("telephone", self.phone_edit)))
        form.addRow(tr("E-mail"), field_cell(self.email_edit, e.label("email", self.email_edit)))
        form.addRow(tr("Situs web"), field_cell(self.website_edit, e.label("website", self.website_edit)))
        form.addRow(tr("Kota penandatanganan *"), field_cell(self.city_edit, e.label("city", self.city_edit)))
        form.addRow(tr("Logo (PNG/JPG)"), field_cell(logo_row, e.label("logo_path", self.logo_edit)))
        self.paper_cell = field_cell(self.paper_combo, e.label("paper", self.paper_combo))
        if paper_row:
            form.addRow(tr("Ukuran kertas bawaan"), self.paper_cell)
        align_labels(form)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        chain_tab_order([
            self.kop_edit, self.name_edit, self.address_edit, self.phone_edit, self.email_edit,
            self.website_edit, self.city_edit, self.logo_edit, self.logo_button, *([self.paper_combo] if paper_row else []),
        ])

    def _choose_logo(self) -> None:
        path = choose_logo(self, self.logo_edit.text())
        if path:
            self.logo_edit.setText(path)

    def set_profile(self, profile: OfficeProfile) -> None:
        self.kop_edit.setPlainText("\n".join(profile.kop_lines))
        self.name_edit.setText(profile.name)
        self.address_edit.setText(profile.address)
        self.phone_edit.setText(profile.telephone)
        self.email_edit.setText(profile.email)
        self.website_edit.setText(profile.website)
        self.city_edit.setText(profile.city)
        self.logo_edit.setText(profile.logo_path)
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(profile.paper.value))
        self.errors.clear()

    def profile(self, sop_code: str = "-") -> OfficeProfile:
        """The profile as typed (not yet validated)."""
        return OfficeProfile(
            kop_lines=self.kop_edit.toPlainText().splitlines(),
            name=self.name_edit.text(),
            address=self.address_edit.text(),
            telephone=self.phone_edit.text(),
            email=self.email_edit.text(),
            website=self.website_edit.text(),
            city=self.city_edit.text(),
            logo_path=self.logo_edit.text(),
            paper=PaperSize(self.paper_combo.currentData()),
            sop_code=sop_code,
        )

    def _logo_errors(self) -> list[ValidationError]:
        text = self.logo_edit.text().strip()
        if not text:
            return []
        path = Path(text)
        if path.suffix.lower() not in LOGO_SUFFIXES:
            return [ValidationError("logo_path", QT_TR_NOOP("Logo harus berupa gambar PNG atau JPG."))]
        if not path.is_file():
            return [ValidationError("logo_path", QT_TR_NOOP("Berkas logo \"{name}\" tidak ditemukan. Pilih ulang berkasnya."),
                                    name=path.name)]
        return []

    def check(self) -> bool:
        """Validate what is typed and show every problem under its field; True when none."""
        errors = self._logo_errors()
        try:
            validate_office(self.profile("-"))
        except ValidationErrors as exc:
            errors = exc.errors + errors
        self.errors.show(errors)
        return not errors

    def show_errors(self, errors: list[ValidationError]) -> list[ValidationError]:
        """Show `errors` under their fields; those with no field here are returned."""
        return self.errors.show(errors)
