"""The pages of Pengaturan (ui/settings_dialog.py) and what they share.

Every page is a `SettingsPage`: a heading, a note when the signed-in officer may not change it,
and its fields in a scroll area. A page only holds values: the dialog checks every page and then
saves through the services. The pages kept in the database (profile, working time and holidays,
print, idle lock) are the Admin's; the pages kept in settings.ini (shared folder, language)
belong to this installation.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.accounts import IDLE_LOCK_MAX_MINUTES
from ppid_desktop.domain.office import OfficeProfile
from ppid_desktop.services.language import LANGUAGES
from ppid_desktop.services.office import MARGIN_FIELDS, MARGIN_MAX_MM, MARGIN_MIN_MM
from ppid_desktop.ui.form_support import ErrorLabel, FieldErrors, MessageLabel, align_labels, field_cell, note_label
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr
from ppid_desktop.ui.office_profile_form import OfficeProfileForm

ADMIN_ONLY_NOTE = QT_TR_NOOP("Hanya Admin yang dapat mengubah pengaturan ini. Anda dapat melihatnya saja.")
MARGIN_LABELS = {
    "margin_top": QT_TR_NOOP("Atas"),
    "margin_bottom": QT_TR_NOOP("Bawah"),
    "margin_left": QT_TR_NOOP("Kiri"),
    "margin_right": QT_TR_NOOP("Kanan"),
}


class SettingsPage(QWidget):
    """A heading, an optional intro and read-only note, then `body` (scrolls when the dialog is small)."""

    def __init__(self, title: str, body: QWidget, intro: str = "", read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.body = body
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        self.read_only_note = note_label("warning", tr(ADMIN_ONLY_NOTE))
        self.read_only_note.setVisible(read_only)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.read_only_note)
        if intro:
            layout.addWidget(MessageLabel(intro))
        layout.addWidget(scroll, 1)

    def error_labels(self) -> list[ErrorLabel]:
        """The messages shown on this page now, in the order they were made (top to bottom)."""
        return [label for label in self.findChildren(ErrorLabel) if label.text()]

    def has_errors(self) -> bool:
        return bool(self.error_labels())

    def focus_first_error(self) -> None:
        labels = self.error_labels()
        if labels:
            labels[0].marked.setFocus()


def _column(*items: QWidget) -> QWidget:
    """A page body: `items` top to bottom, the space left over at the bottom."""
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 8, 0)
    for item in items:
        layout.addWidget(item)
    layout.addStretch(1)
    return body


class ProfilePage(SettingsPage):
    """Kop surat, name, contacts, city, logo (the default paper is on the "Cetak" page)."""

    def __init__(self, profile: OfficeProfile | None, editable: bool, parent: QWidget | None = None) -> None:
        self.form = OfficeProfileForm(paper_row=False)
        if profile is not None:
            self.form.set_profile(profile)
        self.form.layout().setContentsMargins(0, 0, 0, 0)
        super().__init__(tr("Profil kantor"), _column(self.form), tr(
            "Dicetak pada kop surat dan blok tanda tangan setiap dokumen. Kolom bertanda * wajib diisi."),
            not editable, parent)
        self.form.setEnabled(editable)


class PrintPage(SettingsPage):
    """The default paper (of the office profile) and the print margins (of the office settings)."""

    def __init__(self, paper_cell: QWidget, margins: tuple[int, int, int, int], paper_editable: bool,
                 margins_editable: bool, parent: QWidget | None = None) -> None:
        self.fields = FieldErrors()
        paper_group = QGroupBox(tr("Kertas"))
        paper_form = QFormLayout(paper_group)
        paper_form.addRow(tr("Ukuran kertas bawaan"), field_cell(paper_cell, note_label(
            "hint", tr("Dipakai setiap dokumen yang dicetak, kecuali bila ukuran lain dipilih saat mencetak."))))
        align_labels(paper_form)
        paper_group.setEnabled(paper_editable)
        self.margin_spins: dict[str, QSpinBox] = {}
        self.margin_group = QGroupBox(tr("Margin cetak (mm)"))
        grid = QGridLayout(self.margin_group)
        for index, (key, _side) in enumerate(MARGIN_FIELDS):
            spin = QSpinBox()
            spin.setRange(MARGIN_MIN_MM, MARGIN_MAX_MM)
            spin.setSuffix(tr(" mm"))
            spin.setObjectName(key)
            spin.setMinimumWidth(90)
            self.margin_spins[key] = spin
            error = self.fields.label(key, spin)
            spin.valueChanged.connect(error.dismiss)
            grid.addWidget(QLabel(tr(MARGIN_LABELS[key])), index // 2 * 2, index % 2 * 2)
            grid.addWidget(field_cell(spin, error), index // 2 * 2, index % 2 * 2 + 1)
        grid.setColumnStretch(4, 1)
        grid.addWidget(note_label("hint", tr(
            "Setiap margin antara {low} dan {high} mm; dipakai semua dokumen yang dicetak."
        ).format(low=MARGIN_MIN_MM, high=MARGIN_MAX_MM)), 4, 0, 1, 5)
        self.margin_group.setEnabled(margins_editable)
        for (key, _side), value in zip(MARGIN_FIELDS, margins):
            self.margin_spins[key].setValue(value)
        super().__init__(tr("Cetak"), _column(paper_group, self.margin_group), "",
                         not (paper_editable and margins_editable), parent)

    def margins(self) -> tuple[int, int, int, int]:
        return tuple(self.margin_spins[key].value() for key, _ in MARGIN_FIELDS)  # type: ignore[return-value]


class LockPage(SettingsPage):
    """The minutes without input after which every window of the office locks (0: never)."""

    def __init__(self, minutes: int, editable: bool, parent: QWidget | None = None) -> None:
        self.fields = FieldErrors()
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(0, IDLE_LOCK_MAX_MINUTES)
        self.idle_spin.setSuffix(tr(" menit"))
        self.idle_spin.setValue(minutes)
        self.idle_spin.setMinimumWidth(110)
        self.idle_spin.setEnabled(editable)
        row = QHBoxLayout()
        row.addWidget(self.idle_spin)
        row.addWidget(note_label("hint", tr("0 menit: tidak pernah dikunci.")), 1)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Kunci otomatis sesudah tidak dipakai selama"),
                    field_cell(row, self.fields.label("idle_lock_minutes", self.idle_spin)))
        holder = QWidget()
        holder.setLayout(form)
        super().__init__(tr("Kunci layar"), _column(holder), tr(
            "Jendela dikunci bila tidak dipakai selama waktu ini; hanya kata sandi pengguna yang sedang masuk "
            "yang membukanya kembali. Berlaku untuk semua akun di kantor ini."), not editable, parent)


class LanguagePage(SettingsPage):
    """The language of the window on this installation (services/language.py)."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        self.language_combo = QComboBox()
        for value, name in LANGUAGES.items():
            self.language_combo.addItem(name, value)  # each language in its own words: not translated
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(code), 0))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(tr("&Bahasa tampilan"), self.language_combo)
        holder = QWidget()
        holder.setLayout(form)
        super().__init__(tr("Bahasa"), _column(holder, note_label("hint", tr(
            "Pilihan bahasa berlaku di laptop ini saja, setelah aplikasi dibuka kembali. Dokumen yang dicetak, "
            "lembar kerja dan paket serah terima tetap berbahasa Indonesia."))), "", False, parent)

    def code(self) -> str:
        return str(self.language_combo.currentData())
