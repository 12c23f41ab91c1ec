"""Sunting > Profil kantor: the kop surat, name, contacts, city, logo and default paper, as set
in the first-run wizard, changed later. Every printed document uses them from the next print."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ppid_desktop.domain.errors import UserError, ValidationErrors
from ppid_desktop.services.office import get_office, update_office_profile
from ppid_desktop.ui import messages
from ppid_desktop.ui.form_support import FORM_STYLE_SHEET
from ppid_desktop.ui.office_profile_form import OfficeProfileForm

if TYPE_CHECKING:
    from ppid_desktop.storage.database import Database


class OfficeProfileDialog(QDialog):
    """Modal. `saved` is True once the profile was stored."""

    def __init__(self, db: Database, parent: QWidget | None = None, actor_id: int | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor_id = actor_id  # the signed-in officer: only an Admin may save
        self.saved = False
        self.setWindowTitle("Profil kantor")
        self.setStyleSheet(FORM_STYLE_SHEET)
        intro = QLabel("Dicetak pada kop surat dan blok tanda tangan setiap dokumen. Kolom bertanda * wajib diisi.")
        intro.setWordWrap(True)
        self.form = OfficeProfileForm()
        profile = get_office(db)
        if profile is not None:
            self.form.set_profile(profile)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("Simpan", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton("Batal", QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)
        self.resize(680, 560)

    @classmethod
    def ask(cls, db: Database, parent: QWidget | None = None, actor_id: int | None = None) -> bool:
        """Show the dialog; True when the profile was saved."""
        dialog = cls(db, parent, actor_id)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()

    def save(self) -> None:
        if not self.form.check():
            return
        try:
            update_office_profile(self._db, self.form.profile(), actor_id=self._actor_id)
        except ValidationErrors as refused:
            unplaced = self.form.show_errors(refused.errors)
            if unplaced:
                messages.show_user_error(self, ValidationErrors(unplaced), "Profil kantor belum disimpan")
            return
        except UserError as refused:
            messages.show_user_error(self, refused, "Profil kantor belum disimpan")
            return
        self.saved = True
        self.accept()
