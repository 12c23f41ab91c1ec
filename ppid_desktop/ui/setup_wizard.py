"""The first-run set-up wizard of a new office: office profile, SOP, units, officers, the Admin's
account, a summary, then the recovery key, shown once.

The caller opens a new, empty database encrypted with the data key of `NewKeys` and deletes it
when the wizard is cancelled. Nothing is written until Finish, which the recovery key page keeps
off until the Admin confirms the key is kept safe. Finish then stores the office
(``services.office.setup_office``, one transaction), writes the key file with the Admin's
account (``KeyRing.create``) and adds the account's row (``services.accounts.create_first_admin``).
A refusal is shown and the wizard stays open with everything the clerk typed; a key file whose
account row could not be added is removed again. Once the office is stored, its pages are
locked (it can be changed later through the menus) and Finish only retries the account.
The office, SOP, units, Admin and recovery key pages are in :mod:`ppid_desktop.ui.setup_pages`,
the officers page in :mod:`ppid_desktop.ui.setup_officers_page`.
"""

from __future__ import annotations

import platform
from datetime import date
from html import escape

from PySide6.QtWidgets import QDialog, QLabel, QTextBrowser, QVBoxLayout, QWidget, QWizard, QWizardPage

from ppid_desktop.domain.errors import UserError, ValidationErrors
from ppid_desktop.domain.nip import employee_id_label
from ppid_desktop.domain.office import UnitDraft
from ppid_desktop.domain.pangkat import golongan
from ppid_desktop.reports.recovery_sheet import RecoverySheet
from ppid_desktop.services import accounts
from ppid_desktop.services import office as office_service
from ppid_desktop.services.encryption import NewKeys
from ppid_desktop.storage.crypto import KdfParams
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.keyring import KeyRing, keys_file
from ppid_desktop.ui import messages
from ppid_desktop.ui.form_support import FORM_STYLE_SHEET, WARNING_COLOR
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr
from ppid_desktop.ui.setup_officers_page import OfficersPage
from ppid_desktop.ui.setup_pages import AdminChoice, AdminPage, OfficePage, RecoveryKeyPage, SopPage, UnitsPage
from ppid_desktop.ui.sign_in_dialog import run_attempt

WELCOME_TEXT = QT_TR_NOOP(
    "<p>PPID Desktop membantu PPID mendokumentasikan Informasi yang Dikecualikan sesuai "
    "UU Nomor 14 Tahun 2008: setiap informasi dicatat beserta uji konsekuensi, dasar hukum, dan "
    "jangka waktu pengecualiannya, lalu diproses mengikuti tahap-tahap SOP kantor Anda.</p>"
    "<p>Aplikasi bekerja tanpa internet dan mencetak Daftar Informasi yang Dikecualikan serta "
    "Surat Penetapan dengan kop surat kantor Anda.</p>"
    "<p>Penyiapan awal ini meminta profil kantor, SOP yang diikuti, unit kerja, pejabat dan "
    "petugas, serta akun Admin. Data disimpan terenkripsi; di akhir penyiapan Anda menerima "
    "<b>kunci pemulihan</b> untuk dicetak dan disimpan. Tidak ada yang disimpan sebelum Anda menekan "
    "<b>Selesai</b>; semua data kantor dapat diubah kemudian melalui menu Sunting > Pengaturan.</p>"
)


class WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Selamat datang di PPID Desktop"))
        self.setSubTitle(tr("Penyiapan awal, sekali saja, sebelum aplikasi digunakan."))
        text = QLabel(tr(WELCOME_TEXT))
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)


class SummaryPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setTitle(tr("Ringkasan"))
        self.setSubTitle(tr("Periksa ringkasan berikut. Klik Lanjut untuk menerima kunci pemulihan, "
                            "atau Kembali untuk mengubah."))
        self._wizard = wizard
        self.summary_view = QTextBrowser()
        self.summary_view.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_view)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.summary_view.setHtml(self._wizard.summary_html())


class SetupWizard(QWizard):
    """``SetupWizard.ask(db, new_keys)`` runs it; the Admin's user name once everything is stored."""

    def __init__(self, db: Database, new_keys: NewKeys, parent: QWidget | None = None, *,
                 kdf: KdfParams | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.new_keys = new_keys
        self.kdf = kdf
        self.saved = False
        self.office_saved = False
        self.admin_username: str | None = None
        self.setWindowTitle(tr("Penyiapan Awal PPID Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(780, 600)
        self.setStyleSheet(FORM_STYLE_SHEET)
        for button, text in (
            (QWizard.WizardButton.BackButton, tr("< Kembali")),
            (QWizard.WizardButton.NextButton, tr("Lanjut >")),
            (QWizard.WizardButton.FinishButton, tr("Selesai")),
            (QWizard.WizardButton.CancelButton, tr("Batal")),
        ):
            self.setButtonText(button, text)

        self.welcome_page = WelcomePage(self)
        self.office_page = OfficePage(self)
        self.sop_page = SopPage(self)
        self.units_page = UnitsPage(self)
        self.officers_page = OfficersPage(self.sop_page.selected_template, self.units_page.units, self)
        self.admin_page = AdminPage(self.admin_choices, self)
        self.summary_page = SummaryPage(self)
        self.key_page = RecoveryKeyPage(new_keys.recovery_text, self.recovery_sheet, self)
        self.units_page.members_of = self.officers_page.members_of
        for page in (
            self.welcome_page, self.office_page, self.sop_page, self.units_page,
            self.officers_page, self.admin_page, self.summary_page, self.key_page,
        ):
            self.addPage(page)

    @classmethod
    def ask(cls, db: Database, new_keys: NewKeys, parent: QWidget | None = None, *,
            kdf: KdfParams | None = None) -> str | None:
        """The Admin's user name once the office, the key file and the account are stored;
        None when the clerk cancelled (nothing is left in the folder but `db`)."""
        wizard = cls(db, new_keys, parent, kdf=kdf)
        try:
            return wizard.admin_username if wizard.exec() == QDialog.DialogCode.Accepted else None
        finally:
            wizard.deleteLater()

    def admin_choices(self) -> list[AdminChoice]:
        """The officers typed on the officers page (known by their NIP until they are stored)."""
        return [AdminChoice(draft.employee_id, draft.name, tuple(draft.roles)) for draft, _ in self.officers_page.officers]

    def recovery_sheet(self) -> RecoverySheet:
        profile = self.office_page.profile()
        return RecoverySheet(
            office_name=profile.name.strip(), recovery_key=self.new_keys.recovery_text, made_on=date.today(),
            admin_name=self.admin_page.form.chosen_name(), city=profile.city.strip(), computer=platform.node(),
            data_folder=str(self.db.paths.root), paper=profile.paper,
        )

    def reject(self) -> None:
        """Cancel, Esc or closing the window: ask first once the clerk has started typing."""
        if not self.saved and self.currentPage() is not self.welcome_page:
            if not messages.ask_yes_no(
                self,
                tr("Batalkan penyiapan awal?"),
                tr("Data yang sudah diisi belum disimpan dan akan hilang. Batalkan penyiapan awal?"),
            ):
                return
        super().reject()

    def summary_html(self) -> str:
        profile = self.office_page.profile()
        template = self.sop_page.selected_template()
        rows = [
            (tr("Kop surat"), "<br>".join(escape(line) for line in profile.kop_lines if line.strip())),
            (tr("Nama unit/badan publik"), escape(profile.name)),
            (tr("Alamat"), escape(profile.address)),
            (tr("Telepon"), escape(profile.telephone)),
            (tr("E-mail"), escape(profile.email)),
            (tr("Situs web"), escape(profile.website)),
            (tr("Kota penandatanganan"), escape(profile.city)),
            (tr("Logo"), escape(profile.logo_path) or escape(tr("Tanpa logo"))),
            (tr("Ukuran kertas"), escape(tr(profile.paper.label))),
            ("SOP", escape(template.title) if template else ""),
            (tr("Unit kerja"), "<br>".join(escape(unit) for unit in self.units_page.units())),
            (tr("Admin aplikasi"), self._admin_summary()),
        ]
        html = ["<table cellspacing='0' cellpadding='2'>"]
        html += [f"<tr><td valign='top' width='190'><b>{escape(k)}</b></td><td>{v or '—'}</td></tr>" for k, v in rows]
        html.append("</table>")
        officers = self.officers_page.officers
        heading = tr("Pejabat dan petugas (%n orang)", "", len(officers))
        html.append(f"<p><b>{escape(heading)}</b></p>")
        html.append("<table cellspacing='0' cellpadding='3' border='1' style='border-collapse: collapse' width='100%'>")
        headers = (tr("Nama, pangkat dan nomor pegawai"), tr("Jabatan dan unit"), tr("Peran"))
        html.append("<tr>" + "".join(f"<th>{escape(text)}</th>" for text in headers) + "</tr>")
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

    def _admin_summary(self) -> str:
        form = self.admin_page.form
        if form.chosen() is None:
            return ""
        return tr("{name}, nama pengguna <b>{username}</b>").format(
            name=escape(form.chosen_name()), username=escape(form.username.strip().lower()))

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt API)
        if not super().validateCurrentPage():
            return False
        if self.currentPage() is self.key_page:
            return self._save()
        return True

    def _save(self) -> bool:
        """Called once per Finish click; True when everything was stored."""
        if self.saved:
            return True
        if not self.office_saved and not self._save_office():
            return False
        try:
            self.admin_username = run_attempt(self._create_admin)
        except UserError as exc:
            messages.show_user_error(self, exc, tr("Akun Admin belum dapat dibuat"))
            return False
        self.saved = True
        return True

    def _create_admin(self) -> str:
        """The key file with the Admin's wrap, then the account row; the key file goes again
        when the row cannot be added (nothing else uses it yet)."""
        form = self.admin_page.form
        officer_id = office_service.find_officer(self.db, str(form.chosen())).id
        paths = self.db.paths
        ring = KeyRing.create(paths, self.new_keys.recovery_secret, (form.username, form.password), self.kdf)
        try:
            view = accounts.create_first_admin(self.db, ring, self.new_keys.data_key, officer_id, form.username, form.password)
        except BaseException:
            keys_file(paths).unlink(missing_ok=True)
            raise
        return view.username

    def _lock_office_pages(self) -> None:
        """The office is stored: its pages can no longer change it (the menus can, later)."""
        for page in (self.office_page, self.sop_page, self.units_page, self.officers_page):
            page.setEnabled(False)
            page.setSubTitle(tr("Sudah disimpan. Perubahan dapat dilakukan sesudah penyiapan melalui menu Sunting."))

    def _save_office(self) -> bool:
        template = self.sop_page.selected_template()
        if template is None:
            messages.show_error(self, tr("SOP belum dipilih"),
                                tr("Pilih SOP yang diikuti kantor ini pada halaman SOP."))
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
            messages.show_user_error(self, exc, tr("Data belum dapat disimpan"))
            return False
        except UserError as exc:
            messages.show_user_error(self, exc, tr("Data belum dapat disimpan"))
            return False
        self.office_saved = True
        self._lock_office_pages()
        return True
