"""Uji konsekuensi and penetapan of one record (Pasal 19 UU 14/2008, Perki 1/2017).

The clerk sees the legal grounds and both consequences read-only, declares the consequence
test done, then records the penetapan: letter number and date, the PPID who sets it and the
Atasan PPID who approves. Every refusal of the services is shown with all its reasons.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.enums import STANDARD_ROLES, RecordStatus
from ppid_desktop.domain.errors import CombinedError, UserError
from ppid_desktop.domain.legal import format_legal_grounds
from ppid_desktop.services import determination
from ppid_desktop.services.audit import history
from ppid_desktop.services.office import OfficerView, list_officers
from ppid_desktop.services.records import RecordDetail, get_record
from ppid_desktop.services.workflow import WorkflowRefused
from ppid_desktop.storage.database import Database
from ppid_desktop.ui import messages
from ppid_desktop.ui.form_support import FORM_STYLE_SHEET, MessageLabel, note_label
from ppid_desktop.ui.formatting import display_date, display_period
from ppid_desktop.ui.i18n import tr, user_text

DATE_FORMAT = "dd-MM-yyyy"
STATUS_COLORS = {RecordStatus.DRAFT: "#8a5300", RecordStatus.DITETAPKAN: "#1b6e20", RecordStatus.DIBUKA: "#0b57a4"}


def refusal_text(error: UserError) -> str:
    """Every reason of a refusal, one per line (bulleted when there are several)."""
    reasons = _reasons(error)
    return reasons[0] if len(reasons) == 1 else "\n".join(f"• {reason}" for reason in reasons)


def _reasons(error: UserError) -> list[str]:
    """Each reason in the window's language (a refusal's reasons are errors or marked phrases)."""
    if isinstance(error, WorkflowRefused):
        return [user_text(reason) if isinstance(reason, UserError) else tr(reason) for reason in error.reasons]
    if isinstance(error, CombinedError):
        return [user_text(part) for part in error.errors]
    return [user_text(error)]


def show_refusal(parent: QWidget | None, title: str, error: UserError) -> None:
    messages.show_error(parent, title, refusal_text(error))


def officer_combo(officers: list[OfficerView], role: str) -> QComboBox:
    """A combo of the active officers holding `role`; an empty choice first unless exactly one holds it."""
    combo = QComboBox()
    holders = [officer for officer in officers if role in officer.roles]
    role_name = tr(STANDARD_ROLES.get(role, role))
    if len(holders) != 1:
        empty = tr("— pilih {role} —") if holders else tr("(belum ada pejabat dengan peran {role})")
        combo.addItem(empty.format(role=role_name), None)
    for officer in holders:
        combo.addItem(f"{officer.name} — {officer.jabatan}" if officer.jabatan else officer.name, officer.id)
    combo.setMinimumWidth(320)
    return combo


def date_edit() -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


def status_line(detail: RecordDetail) -> str:
    if detail.status is RecordStatus.DRAFT:
        return tr("Status: Draf — belum ditetapkan")
    when = display_date(detail.penetapan_date) if detail.penetapan_date else "—"
    if detail.status is RecordStatus.DIBUKA:
        return tr("Status: Dibuka — tercantum di Daftar Informasi Publik (penetapan terakhir nomor {number})").format(
            number=detail.penetapan_number or "—"
        )
    return tr("Ditetapkan: nomor {number}, tanggal {date}").format(number=detail.penetapan_number, date=when)


def _read_only_text(text: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setReadOnly(True)
    edit.setFixedHeight(64)
    return edit


def _right(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row


class PenetapanDialog(QDialog):
    """Modal. `changed` is True once the consequence test or the penetapan was stored."""

    def __init__(self, db: Database, record_id: int, officer_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._record_id = record_id
        self._officer_id = officer_id
        self.changed = False
        self.setWindowTitle(tr("Uji konsekuensi dan penetapan"))
        self.setStyleSheet(FORM_STYLE_SHEET)
        self.resize(780, 600)
        officers = list_officers(db)
        self._init_widgets(officers)
        self._init_layout()
        self._load()

    @classmethod
    def ask(cls, db: Database, record_id: int, officer_id: int | None, parent: QWidget | None = None) -> bool:
        """Show the dialog; True when something was changed."""
        dialog = cls(db, record_id, officer_id, parent)
        try:
            dialog.exec()
            return dialog.changed
        finally:
            dialog.deleteLater()

    # --- building -----------------------------------------------------------------------------

    def _init_widgets(self, officers: list[OfficerView]) -> None:
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLine")
        self.status_label.setWordWrap(True)
        self.grounds_label = QLabel()
        self.grounds_label.setWordWrap(True)
        self.period_label = QLabel()
        self.period_label.setWordWrap(True)
        self.opened_text = _read_only_text("")
        self.closed_text = _read_only_text("")
        self.test_state_label = MessageLabel()
        self.test_button = QPushButton(tr("Nyatakan uji konsekuensi selesai"))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.complete_test)

        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(tr("mis. 045/12/PPID-KESRA/2025"))
        self.date_edit = date_edit()
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.ppid_combo = officer_combo(officers, "ppid")
        self.atasan_combo = officer_combo(officers, "atasan_ppid")
        self.determine_button = QPushButton(tr("Tetapkan"))
        self.determine_button.setDefault(True)  # Enter in the number field sets the penetapan
        self.determine_button.clicked.connect(self.determine)
        self.penetapan_note = note_label("hint")

    def _init_layout(self) -> None:
        test_box = QGroupBox(tr("Uji konsekuensi (Pasal 2 ayat (4) dan Pasal 19 UU 14/2008)"))
        test_form = QFormLayout(test_box)
        test_form.addRow(tr("Dasar hukum:"), self.grounds_label)
        test_form.addRow(tr("Konsekuensi bila dibuka:"), self.opened_text)
        test_form.addRow(tr("Konsekuensi bila ditutup:"), self.closed_text)
        test_form.addRow(tr("Jangka waktu:"), self.period_label)
        test_form.addRow(self.test_state_label)
        test_form.addRow(_right(self.test_button))

        penetapan_box = QGroupBox(tr("Penetapan (Surat Penetapan Klasifikasi)"))
        form = self.penetapan_form = QFormLayout(penetapan_box)
        form.addRow(tr("Nomor surat penetapan:"), self.number_edit)
        form.addRow(tr("Tanggal:"), self.date_edit)
        form.addRow(tr("PPID yang menetapkan:"), self.ppid_combo)
        form.addRow(tr("Atasan PPID yang menyetujui:"), self.atasan_combo)
        form.addRow(self.penetapan_note)
        form.addRow(_right(self.determine_button))

        buttons = QDialogButtonBox()
        close = buttons.addButton(tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.status_label)
        layout.addWidget(test_box)
        layout.addWidget(penetapan_box)
        layout.addStretch(1)
        layout.addWidget(buttons)

    # --- state --------------------------------------------------------------------------------

    def _load(self) -> None:
        detail = get_record(self._db, self._record_id)
        self.detail = detail
        draft = detail.draft
        register = f"{escape(draft.register_number)} · " if draft.register_number else ""
        self.title_label.setText(f"<p style='font-size:11pt'><b>{escape(draft.title)}</b></p><p>{register}{escape(detail.stage_label)}</p>")
        color = STATUS_COLORS[detail.status]
        self.status_label.setText(f"<b style='color:{color}'>{escape(status_line(detail))}</b>")
        self.grounds_label.setText(format_legal_grounds(draft.legal_grounds) or "—")
        self.opened_text.setPlainText(draft.consequence_opened)
        self.closed_text.setPlainText(draft.consequence_closed)
        self.period_label.setText(display_period(draft.period_end, draft.period_condition) or "—")

        trail = history(self._db, self._record_id)
        tested = [entry for entry in trail if entry.action == "consequence_test"]
        decided = [entry.summary for entry in trail if entry.action in ("determine", "extend")]
        if tested:
            last = tested[-1]
            when = f"{last.occurred_at.astimezone():%d-%m-%Y %H.%M}"
            if last.officer:
                done = tr("✓ Uji konsekuensi dinyatakan selesai oleh {officer} pada {when}.").format(officer=last.officer, when=when)
            else:
                done = tr("✓ Uji konsekuensi dinyatakan selesai pada {when}.").format(when=when)
            self.test_state_label.setText(done)
        elif detail.status is RecordStatus.DRAFT:
            self.test_state_label.setText(tr("Uji konsekuensi belum dinyatakan selesai. Periksa dasar hukum dan kedua konsekuensi di atas."))
        else:
            self.test_state_label.setText(tr("✓ Uji konsekuensi sudah dilakukan sebelum penetapan."))
        draft_open = detail.status is RecordStatus.DRAFT
        self.test_button.setEnabled(draft_open and not tested)
        for widget in (self.number_edit, self.date_edit, self.ppid_combo, self.atasan_combo, self.determine_button):
            widget.setEnabled(draft_open)
        for combo in (self.ppid_combo, self.atasan_combo):  # who signed is in the note, not in a stale combo
            self.penetapan_form.setRowVisible(combo, draft_open)
        last = f"{decided[-1]}. " if decided else ""
        if detail.status is RecordStatus.DITETAPKAN:
            self.penetapan_note.setText(last + tr("Penetapan baru saat jangka waktu berakhir dibuat melalui tab Jangka waktu (Perpanjang…)."))
            self.number_edit.setText(detail.penetapan_number)
            if detail.penetapan_date:
                day = detail.penetapan_date
                self.date_edit.setDate(QDate(day.year, day.month, day.day))
        elif detail.status is RecordStatus.DIBUKA:
            self.penetapan_note.setText(last + tr("Informasi ini sudah dibuka; tidak dapat ditetapkan lagi sebagai informasi yang dikecualikan."))
        else:
            self.penetapan_note.setText(tr("Tetapkan sesudah uji konsekuensi selesai."))

    # --- actions ------------------------------------------------------------------------------

    def complete_test(self) -> None:
        try:
            determination.complete_consequence_test(self._db, self._record_id, self._officer_id)
        except UserError as error:
            show_refusal(self, tr("Uji konsekuensi belum dapat dinyatakan selesai"), error)
            return
        self.changed = True
        self._load()
        self.number_edit.setFocus()

    def determine(self) -> None:
        try:
            determination.determine(
                self._db,
                self._record_id,
                self.number_edit.text(),
                self.date_edit.date().toPython(),
                self.ppid_combo.currentData(),
                self.atasan_combo.currentData(),
                self._officer_id,
            )
        except UserError as error:
            show_refusal(self, tr("Rekaman belum dapat ditetapkan"), error)
            return
        self.changed = True
        self._load()
