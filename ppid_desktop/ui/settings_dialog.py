"""Sunting > Pengaturan: everything an office configures, one page per subject, one Simpan.

Simpan first checks every page, showing each message under its field; while any page has one,
the dialog shows the first such page and nothing is written. Then only what changed is saved,
through the services, in this fixed order (each service commits its own transaction; they take
no shared session, so one transaction across them would need a larger change to the services):

1. the office profile (services.office.update_office_profile; it copies a new logo first),
2. working time, holidays and print margins (services.office.save_office_settings, one transaction),
3. the idle lock (services.accounts.set_idle_lock_minutes),
4. the shared folders and the daily backup copy (settings.ini, services.handover_settings),
5. the language (settings.ini, services.language).

Should a step fail, the message says which steps were saved and which were not; the dialog
stays open so the clerk can try again (a saved step is not saved twice).

Permissions (domain/permissions.py): an Admin changes the office's pages (Action.OFFICE_PROFILE,
Action.OFFICE_SETTINGS); anyone else sees them read-only. The shared folders and the language
belong to this installation and anyone signed in here may change them, as in the outbox's
"Folder bersama" dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QListWidget, QStackedWidget, QVBoxLayout, QWidget

from ppid_desktop.domain.accounts import validate_idle_lock_minutes
from ppid_desktop.domain.errors import UserError, ValidationError, ValidationErrors
from ppid_desktop.domain.office import validate_office
from ppid_desktop.domain.permissions import Action
from ppid_desktop.services import accounts
from ppid_desktop.services.language import LANGUAGES, get_language, save_language
from ppid_desktop.services.office import (
    OfficeSettings,
    get_office,
    get_office_settings,
    save_office_settings,
    update_office_profile,
    validate_office_settings,
)
from ppid_desktop.ui import messages
from ppid_desktop.ui.form_support import FORM_STYLE_SHEET
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr
from ppid_desktop.ui.settings_pages import LanguagePage, LockPage, PrintPage, ProfilePage, SettingsPage
from ppid_desktop.ui.settings_work_page import WorkTimePage
from ppid_desktop.ui.share_settings_dialog import SharePage

if TYPE_CHECKING:
    from ppid_desktop.storage.database import Database
    from ppid_desktop.storage.paths import DataPaths

PARTLY_SAVED = QT_TR_NOOP(
    "Sebagian pengaturan tidak dapat disimpan.\n\nSudah disimpan: {saved}\nBelum disimpan: {unsaved}\n\n"
    "Sebabnya: {reason}\n\nPerbaiki sebabnya, lalu tekan Simpan lagi; yang sudah disimpan tidak diubah lagi."
)
# The steps of saving, as they are named in PARTLY_SAVED.
STEP_NAMES = {
    "profile": QT_TR_NOOP("profil kantor"),
    "working_time": QT_TR_NOOP("waktu kerja, hari libur dan margin cetak"),
    "idle_lock": QT_TR_NOOP("kunci layar"),
    "share": QT_TR_NOOP("folder bersama"),
    "language": QT_TR_NOOP("bahasa"),
}


@dataclass
class SavedSettings:
    """What the dialog stored (also when it was closed after a step failed)."""

    profile: bool = False
    working_time: bool = False  # working days and hours, holidays, print margins
    idle_lock: bool = False
    share: bool = False
    language: bool = False

    def any(self) -> bool:
        return any(vars(self).values())


def _allowed(db: Database, action: Action, actor_id: int | None) -> bool:
    """Whether the officer may do `action`; no officer (a window without sign-in) may."""
    if actor_id is None:
        return True
    try:
        accounts.check_allowed(db, action, actor_id)
    except UserError:
        return False
    return True


class SettingsDialog(QDialog):
    """Modal. `saved` says what was stored."""

    def __init__(self, db: Database, paths: DataPaths, parent: QWidget | None = None, actor_id: int | None = None) -> None:
        super().__init__(parent)
        self._db, self._paths, self._actor_id = db, paths, actor_id
        self.saved = SavedSettings()
        self.setWindowTitle(tr("Pengaturan"))
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.profile_editable = _allowed(db, Action.OFFICE_PROFILE, actor_id)
        self.settings_editable = _allowed(db, Action.OFFICE_SETTINGS, actor_id)
        self._profile = get_office(db)
        self._office_settings = get_office_settings(db)
        self._language = get_language(paths)
        self._init_pages()
        self._init_layout()

    @classmethod
    def ask(cls, db: Database, paths: DataPaths, parent: QWidget | None = None, actor_id: int | None = None) -> SavedSettings:
        """Show the dialog; what it stored (nothing when cancelled at once)."""
        dialog = cls(db, paths, parent, actor_id)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()

    # --- building -----------------------------------------------------------------------------

    def _init_pages(self) -> None:
        self.profile_page = ProfilePage(self._profile, self.profile_editable)
        self.work_page_body = WorkTimePage(self._office_settings)
        self.work_page_body.set_editable(self.settings_editable)
        self.work_page = SettingsPage(tr("Waktu kerja dan hari libur"), self.work_page_body, "", not self.settings_editable)
        self.print_page = PrintPage(self.profile_page.form.paper_cell, self._office_settings.margins,
                                    self.profile_editable, self.settings_editable)
        self.share_page_body = SharePage(self._paths)
        self.share_page = SettingsPage(tr("Folder bersama"), self.share_page_body)
        self.language_page = LanguagePage(self._language)
        self.pages: list[SettingsPage] = [self.profile_page, self.work_page, self.print_page, self.share_page,
                                          self.language_page]
        # The idle lock needs a signed-in Admin (services.accounts.set_idle_lock_minutes); a window
        # without sign-in has no lock to set.
        self.lock_page: LockPage | None = None
        if self._actor_id is not None:
            self._idle_minutes = accounts.idle_lock_minutes(self._db)
            self.lock_page = LockPage(self._idle_minutes, self.settings_editable)
            self.pages.append(self.lock_page)

    def _init_layout(self) -> None:
        self.page_list = QListWidget()
        self.stack = QStackedWidget()
        for page in self.pages:
            self.page_list.addItem(page.title)
            self.stack.addWidget(page)
        self.page_list.setSpacing(3)
        self.page_list.setFixedWidth(max(self.page_list.sizeHintForColumn(0) + 32, 190))
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.page_list.setCurrentRow(0)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.page_list)
        row.addSpacing(8)
        row.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        self.resize(940, 660)

    def show_page(self, page: SettingsPage) -> None:
        self.page_list.setCurrentRow(self.pages.index(page))

    def page_titles(self) -> list[str]:
        return [page.title for page in self.pages]

    # --- values -------------------------------------------------------------------------------

    def office_settings(self) -> OfficeSettings:
        """Working time and holidays with the margins of the "Cetak" page (not yet validated)."""
        return self.work_page_body.settings(self.print_page.margins())

    def _changes(self) -> list[tuple[str, Callable[[], None]]]:
        """The steps that store what changed, in the order of the module's docstring. Call after
        `check()` passed: the pages' values are valid."""
        steps: list[tuple[str, Callable[[], None]]] = []
        if self.profile_editable and self._profile is not None:
            wanted = validate_office(self.profile_page.form.profile(self._profile.sop_code))
            if wanted != self._profile:
                steps.append(("profile", self._save_profile))
        if self.settings_editable and validate_office_settings(self.office_settings()) != self._office_settings:
            steps.append(("working_time", self._save_office_settings))
        if self.lock_page is not None and self.settings_editable and self.lock_page.idle_spin.value() != self._idle_minutes:
            steps.append(("idle_lock", self._save_idle_lock))
        if self.share_page_body.changed():
            steps.append(("share", self.share_page_body.save))
        if self.language_page.code() != self._language:
            steps.append(("language", self._save_language))
        return steps

    def _save_profile(self) -> None:
        self._profile = update_office_profile(self._db, self.profile_page.form.profile(), actor_id=self._actor_id)
        # The form now shows what was stored: the logo as copied into the data folder, not the
        # file the clerk picked, so a later Simpan (after a later step failed) finds no change.
        self.profile_page.form.set_profile(self._profile)

    def _save_office_settings(self) -> None:
        self._office_settings = save_office_settings(self._db, self.office_settings(), actor_id=self._actor_id)

    def _save_idle_lock(self) -> None:
        assert self.lock_page is not None and self._actor_id is not None
        self._idle_minutes = accounts.set_idle_lock_minutes(self._db, self._actor_id, self.lock_page.idle_spin.value())

    def _save_language(self) -> None:
        code = self.language_page.code()
        save_language(self._paths, code)
        self._language = code

    # --- checking and saving ------------------------------------------------------------------

    def check(self) -> bool:
        """Check every page, showing each message under its field. With any message, the first
        page that has one is shown and False returned; messages no field claims are shown in a
        message box."""
        if self.profile_editable:
            self.profile_page.form.check()
        office_errors: list[ValidationError] = []
        if self.settings_editable:
            try:
                validate_office_settings(self.office_settings())
            except ValidationErrors as refused:
                office_errors += refused.errors
            if self.lock_page is not None:
                try:
                    validate_idle_lock_minutes(self.lock_page.idle_spin.value())
                except ValidationErrors as refused:
                    office_errors += refused.errors
        unplaced = self._place_office(office_errors)
        self.share_page_body.check()
        if unplaced:
            messages.show_user_error(self, ValidationErrors(unplaced), tr("Pengaturan belum disimpan"))
        return not self._show_first_error() and not unplaced

    def _place_office(self, errors: list[ValidationError]) -> list[ValidationError]:
        """Show each error of the office settings under its field, on whichever page has it (every
        page's earlier messages go); the errors no field claims."""
        rest = self.work_page_body.fields.show(errors)
        rest = self.print_page.fields.show(rest)
        return self.lock_page.fields.show(rest) if self.lock_page is not None else rest

    def _show_first_error(self) -> bool:
        """Show the first page with a message and put the cursor in its first wrong field."""
        for page in self.pages:
            if page.has_errors():
                self.show_page(page)
                page.focus_first_error()
                return True
        return False

    def save(self) -> None:
        if not self.check():
            return
        done: list[str] = []
        steps = self._changes()
        for index, (step, action) in enumerate(steps):
            try:
                action()
            except UserError as error:
                self._failed(error, done, [name for name, _ in steps[index:]])
                return
            done.append(step)
            setattr(self.saved, step, True)
        if "language" in done:
            messages.show_info(self, tr("Bahasa"), tr(
                "Bahasa tampilan menjadi {language} setelah aplikasi ditutup dan dibuka kembali."
            ).format(language=LANGUAGES[self._language]))
        self.accept()

    def _failed(self, error: UserError, done: list[str], not_done: list[str]) -> None:
        """Tell what was saved and what was not; a refusal about a field shows under it too."""
        unplaced: list[ValidationError] = []
        if isinstance(error, ValidationErrors):  # e.g. a logo that cannot be read: profile first
            unplaced = self._place_office(self.profile_page.form.show_errors(error.errors))
            self._show_first_error()
            if not done and not unplaced:
                return  # nothing was saved, and every message is at its field
        if not done:
            messages.show_user_error(self, error, tr("Pengaturan belum disimpan"))
            return
        messages.show_user_error(self, UserError(
            PARTLY_SAVED,
            saved=", ".join(tr(STEP_NAMES[step]) for step in done),
            unsaved=", ".join(tr(STEP_NAMES[step]) for step in not_done),
            reason=error,
        ), tr("Pengaturan belum semuanya disimpan"))
