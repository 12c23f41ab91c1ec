"""The set-up wizard's Admin and recovery key pages, and a Finish that makes the key file and the
Admin's account (or, refused, leaves nothing half-made)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWizard

from ppid_desktop.domain.errors import UserError
from ppid_desktop.services import accounts
from ppid_desktop.services import office as office_service
from ppid_desktop.storage.keyring import KeyRing
from ppid_desktop.ui import messages, print_preview, setup_wizard
from ppid_desktop.ui.recovery_key_panel import CONFIRM_TEXT
from tests.reports.pdftools import needs_poppler, text
from tests.ui.test_setup_wizard import (  # noqa: F401 (fixtures)
    ADMIN_PASSWORD,
    click_finish,
    db,
    fill_admin,
    fill_officer,
    go_to_officers,
    new_keys,
    shown_errors,
    to_summary,
    wizard,
)

HARY = ("drg. Hary Agung Tjahyadi, M.Kes", "19690520 199803 1 008", "Kepala Biro Kesejahteraan Rakyat")
SITI = ("Siti Rahmawati, S.Sos", "198703122010012004", "Analis Dokumentasi")


def add_two_officers(wizard, siti_roles=("ppid_pelaksana",)) -> None:
    go_to_officers(wizard)
    fill_officer(wizard, *HARY, ["atasan_ppid"])
    wizard.officers_page.add_button.click()
    fill_officer(wizard, *SITI, list(siti_roles))
    wizard.officers_page.add_button.click()


def to_key_page(wizard) -> None:
    add_two_officers(wizard)
    to_summary(wizard, officer=2)  # Siti
    wizard.next()
    assert wizard.currentPage() is wizard.key_page


def finish_button(wizard):
    return wizard.button(QWizard.WizardButton.FinishButton)


def test_admin_page_offers_the_officers_just_entered(wizard):
    add_two_officers(wizard)
    wizard.next()
    combo = wizard.admin_page.form.officer_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["— Pilih pejabat atau petugas —", HARY[0], SITI[0]]
    assert combo.currentIndex() == 0  # nobody holds the Admin role: the clerk chooses

    combo.setCurrentIndex(2)
    wizard.back()  # a third officer; the choice is kept
    fill_officer(wizard, "Rudi Hartono, S.Kom", "198703122010011004", "Pranata Komputer", ["petugas_dokumentasi"])
    wizard.officers_page.add_button.click()
    wizard.next()
    assert combo.count() == 4 and combo.currentText() == SITI[0]


def test_an_officer_given_the_admin_role_is_offered_first(wizard):
    add_two_officers(wizard, siti_roles=("ppid_pelaksana", "admin"))
    wizard.next()
    assert wizard.admin_page.form.officer_combo.currentText() == SITI[0]


def test_admin_page_shows_every_problem_under_its_field_and_blocks_next(wizard):
    add_two_officers(wizard)
    wizard.next()
    form = wizard.admin_page.form
    form.username_edit.setText("Siti Rahma")
    form.password_edit.setText("siti rahma 2025")
    form.repeat_edit.setText("lain")
    wizard.next()

    assert wizard.currentPage() is wizard.admin_page
    assert "Pilih pejabat atau petugas" in form.errors["officer"].text()
    assert "spasi" in form.errors["username"].text()
    assert "tidak boleh sama dengan nama pengguna" in form.errors["password"].text()
    assert "tidak sama" in form.errors["password_repeat"].text()
    assert form.officer_combo.hasFocus()  # the topmost wrong field
    assert form.officer_combo.property("invalid")

    fill_admin(wizard, officer=2)
    assert not form.errors["username"].isVisible()  # each message goes once its field changes
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page


def test_recovery_key_page_shows_the_key_and_finish_waits_for_the_confirmation(wizard, new_keys):
    to_key_page(wizard)
    panel = wizard.key_page.panel
    shown = panel.key_label.text()
    assert shown.replace("\n", "-") == new_keys.recovery_text
    assert len(shown.splitlines()) == 2  # two rows of seven groups
    assert QFontInfo(panel.key_label.font()).fixedPitch()
    assert panel.key_label.font().pointSizeF() > 1.5 * wizard.font().pointSizeF()
    assert panel.key_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert panel.confirm_box.text() == CONFIRM_TEXT

    assert not finish_button(wizard).isEnabled()
    panel.confirm_box.setChecked(True)
    assert finish_button(wizard).isEnabled()
    panel.confirm_box.setChecked(False)
    assert not finish_button(wizard).isEnabled()


def test_finish_makes_the_key_file_and_an_admin_who_can_sign_in(wizard, db, new_keys, shown_errors):
    to_key_page(wizard)
    click_finish(wizard)

    assert shown_errors == []
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.admin_username == "siti.rahma"
    ring = KeyRing.load(db.paths)
    assert ring is not None and ring.usernames() == ["siti.rahma"]
    signed = accounts.sign_in(db, ring, "siti.rahma", ADMIN_PASSWORD)
    assert signed.is_admin and signed.name == SITI[0] and signed.data_key == new_keys.data_key
    # The recovery key the Admin was shown opens the same ring.
    assert ring.unlock_with_recovery(new_keys.recovery_text) == new_keys.data_key


def test_a_refused_account_removes_the_key_file_and_finish_retries_only_the_account(wizard, db, monkeypatch, shown_errors):
    real = accounts.create_first_admin
    calls: list[str] = []

    def refuse(*args):
        calls.append("refused")
        raise UserError("Basis data sedang dipakai program lain. Tutup program itu, lalu coba lagi.")

    monkeypatch.setattr(accounts, "create_first_admin", refuse)
    to_key_page(wizard)
    click_finish(wizard)

    assert shown_errors == ["Basis data sedang dipakai program lain. Tutup program itu, lalu coba lagi."]
    assert wizard.isVisible() and wizard.currentPage() is wizard.key_page
    assert not (db.paths.root / "keys.json").exists()  # nothing half-made
    assert office_service.is_set_up(db)
    assert not wizard.office_page.isEnabled()  # the stored office is not edited here any more

    monkeypatch.setattr(accounts, "create_first_admin", real)
    finish_button(wizard).click()  # setup_office would refuse a second office: it is not called again
    assert shown_errors == [shown_errors[0]]
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert KeyRing.load(db.paths).usernames() == ["siti.rahma"]


def test_a_key_file_that_cannot_be_written_is_shown_and_nothing_else_is_made(wizard, db, monkeypatch, shown_errors):
    def disk_full(*args, **kwargs):
        raise UserError("Berkas kunci tidak dapat disimpan (disk penuh). Periksa ruang disk dan izin folder data; "
                        "tidak ada yang berubah.")

    monkeypatch.setattr(setup_wizard.KeyRing, "create", disk_full)
    to_key_page(wizard)
    click_finish(wizard)
    assert len(shown_errors) == 1 and "disk penuh" in shown_errors[0]
    assert wizard.isVisible() and not accounts.has_accounts(db)


def test_print_previews_the_sheet_from_memory_and_prints_it(wizard, monkeypatch, tmp_path: Path):
    out = tmp_path / "dicetak.pdf"

    def accept(parent, printer: QPrinter, page_count: int) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return page_count == 1

    monkeypatch.setattr(print_preview, "ask_print", accept)
    to_key_page(wizard)
    panel = wizard.key_page.panel
    panel.print_button.click()
    preview = panel.preview
    assert preview is not None and preview.isVisible()
    assert preview.page_count() == 1
    preview.print_button.click()
    assert out.stat().st_size > 0
    assert "dikirim ke pencetak" in panel.status_label.text()
    preview.close()
    assert panel.preview is None


@needs_poppler
def test_save_as_pdf_writes_the_sheet_where_the_admin_chose(wizard, monkeypatch, tmp_path: Path):
    monkeypatch.setattr(print_preview, "ask_save_path", lambda parent, suggested: str(tmp_path / "kunci"))
    to_key_page(wizard)
    panel = wizard.key_page.panel
    panel.save_button.click()

    saved = tmp_path / "kunci.pdf"
    body = " ".join(text(saved).split())
    assert "BIRO KESEJAHTERAAN RAKYAT" in body and "Siti Rahmawati, S.Sos" in body
    for row in panel.key_label.text().splitlines():
        assert row in body
    assert str(saved) in panel.status_label.text()


def test_save_as_pdf_refused_is_shown_in_indonesian(wizard, monkeypatch, tmp_path: Path):
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    monkeypatch.setattr(print_preview, "ask_save_path", lambda parent, suggested: str(blocker / "kunci.pdf"))
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_user_error", lambda parent, error, title="": shown.append(str(error)))
    to_key_page(wizard)
    wizard.key_page.panel.save_button.click()
    assert len(shown) == 1 and "tidak dapat ditulis" in shown[0]
    assert not wizard.key_page.panel.status_label.isVisible()


@pytest.mark.parametrize("page_name", ["admin_page", "key_page"])
def test_the_new_pages_fit_the_wizard_without_clipping(wizard, page_name):
    to_key_page(wizard)
    while wizard.currentPage() is not getattr(wizard, page_name):
        wizard.back()
    page = getattr(wizard, page_name)
    assert page.minimumSizeHint().height() <= page.height()
    assert page.minimumSizeHint().width() <= page.width()
