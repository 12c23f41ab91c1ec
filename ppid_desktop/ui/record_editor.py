"""The editor of one record of exempted information (new or existing), as a non-modal dialog.

Nothing typed is lost: the dialog knows whether the form differs from what was last loaded or
saved, shows "*" in the title while it does, and asks before closing. Validation errors are
shown under every wrong field at once (through :mod:`ppid_desktop.ui.form_support`) and go as
soon as the field is changed; other errors (a conflicting save) go through
`messages.show_user_error`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.enums import Classification, InformationForm
from ppid_desktop.domain.errors import UserError, ValidationError, ValidationErrors
from ppid_desktop.domain.legal import LegalGround
from ppid_desktop.domain.record import FIELD_LABELS, RecordDraft
from ppid_desktop.services.drafts import SavedDraft
from ppid_desktop.services.records import RecordDetail, create_record, get_record, update_record
from ppid_desktop.storage.database import Database
from ppid_desktop.ui import messages
from ppid_desktop.ui.form_support import FORM_STYLE_SHEET, FieldErrors, align_labels, edited_signal, field_cell, note_label
from ppid_desktop.ui.draft_keeper import DraftKeeper
from ppid_desktop.ui.formatting import elide, format_when
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr
from ppid_desktop.ui.legal_grounds_widget import LegalGroundsWidget
from ppid_desktop.ui.record_status_banner import StatusBanner
from ppid_desktop.ui.unit_combo import fill_unit_combo

NEW_TITLE = QT_TR_NOOP("Rekaman baru")
EDIT_TITLE = QT_TR_NOOP("Ubah rekaman — {title}")
DATE_FORMAT = "dd-MM-yyyy"

# Field keys other layers use for the same field.
FIELD_ALIASES = {"dasar_hukum": "legal_grounds"}


class RecordEditor(QDialog):
    """Create (``record_id=None``) or edit one record. Non-modal: open it with ``show()``."""

    saved = Signal(int)
    history_requested = Signal(int)
    penetapan_requested = Signal(int)

    def __init__(
        self,
        db: Database,
        record_id: int | None,
        officer_id: int | None,
        parent: QWidget | None = None,
        recovered: SavedDraft | None = None,
    ) -> None:
        """`recovered`: an unsaved form left by a crash, loaded over the record (still unsaved)."""
        super().__init__(parent)
        self._db = db
        self._officer_id = officer_id
        self._record_id: int | None = None
        self._version: int | None = None
        self._archived = False
        self._revision_reason: str | None = None
        self._saved_title = ""
        self._close_confirmed = False
        self.errors = FieldErrors(FIELD_ALIASES)  # fields are registered in form order
        self._buddies: dict[str, QWidget] = {}

        self.setStyleSheet(FORM_STYLE_SHEET)
        self.setSizeGripEnabled(True)
        self.resize(900, 720)
        self._init_widgets()
        self._init_layout()
        self._init_actions()

        detail = get_record(db, record_id) if record_id is not None else None
        fill_unit_combo(self.unit_combo, db, detail.draft.unit_id if detail else None, officer_id)
        if detail is not None:
            self._load_draft(detail.draft)
            self._apply_detail(detail)
        else:
            self.grounds_widget.set_grounds([LegalGround()])  # one blank row to start from
        self._baseline = self.draft()
        self.drafts = DraftKeeper(db.paths, self._snapshot, self, recovered.key if recovered else None)
        if recovered is not None:
            self._restore(recovered)
        self._connect_changes()
        self._update_title()

    # --- building -----------------------------------------------------------------------------

    def _init_widgets(self) -> None:
        self.register_number_edit = QLineEdit()
        self.register_number_edit.setPlaceholderText(tr("mis. 001/DIK/KESRA/2024"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(tr("Judul atau uraian singkat informasi yang dikecualikan"))
        self.summary_edit = self._text_edit(4)
        self.unit_combo = QComboBox()
        self.grounds_widget = LegalGroundsWidget()

        self.consequence_opened_edit = self._text_edit(4)
        self.consequence_opened_edit.setPlaceholderText(tr("Akibat yang timbul bila informasi ini dibuka kepada publik"))
        self.consequence_closed_edit = self._text_edit(4)
        self.consequence_closed_edit.setPlaceholderText(tr("Kepentingan yang lebih besar yang dilindungi bila informasi ini ditutup"))

        self.period_start_check, self.period_start_edit = self._optional_date(tr("Isi tanggal"))
        self.period_end_check, self.period_end_edit = self._optional_date(tr("Isi tanggal"))
        self.period_condition_edit = QLineEdit()
        self.period_condition_edit.setPlaceholderText(tr("mis. Sampai memperoleh persetujuan dari yang bersangkutan"))
        self.form_combo = QComboBox()
        for form in InformationForm:
            self.form_combo.addItem(tr(form.label), form.value)  # Qt turns str enums into plain str
        self.storage_location_edit = QLineEdit()
        self.storage_location_edit.setPlaceholderText(tr("mis. Lemari arsip Subbagian Tata Usaha; storage internal PPID"))
        self.classification_combo = QComboBox()
        for classification in Classification:
            self.classification_combo.addItem(tr(classification.label), classification.value)
        self.remarks_edit = self._text_edit(2)

        defaults = RecordDraft()
        self.form_combo.setCurrentIndex(self.form_combo.findData(defaults.form.value))
        self.classification_combo.setCurrentIndex(self.classification_combo.findData(defaults.classification.value))

        self.info_label = note_label("hint")
        self.info_label.hide()

        self.status_banner = StatusBanner()
        self.save_button = QPushButton(tr("Simpan"))
        self.close_button = QPushButton(tr("Tutup"))
        self.revise_button = QPushButton(tr("Revisi…"))
        self.revise_button.setToolTip(tr("Ubah rekaman yang sudah diarsipkan sebagai revisi baru, dengan alasan"))
        self.history_button = QPushButton(tr("Riwayat…"))
        self.penetapan_button = QPushButton(tr("Uji konsekuensi dan penetapan…"))
        for button in (self.save_button, self.close_button, self.revise_button, self.history_button, self.penetapan_button):
            button.setAutoDefault(False)  # Enter in a field must not save or close
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.revise_button.clicked.connect(self.start_revision)
        self.history_button.clicked.connect(lambda: self._record_id is not None and self.history_requested.emit(self._record_id))
        self.penetapan_button.clicked.connect(lambda: self._record_id is not None and self.penetapan_requested.emit(self._record_id))
        for button in (self.revise_button, self.history_button, self.penetapan_button):
            button.hide()

    def _text_edit(self, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        line = edit.fontMetrics().lineSpacing()
        edit.setMinimumHeight(lines * line + 2 * edit.frameWidth() + 12)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        edit.setMaximumHeight(max(lines, 6) * line + 2 * edit.frameWidth() + 12)
        return edit

    def _optional_date(self, text: str) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(text)
        edit = QDateEdit(QDate.currentDate())
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        english = QLocale().language() == QLocale.Language.English  # the window's language (i18n.Language)
        edit.setLocale(QLocale() if english else QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        return check, edit

    def _field(
        self,
        key: str,
        widget: QWidget,
        marked: QWidget | None = None,
        hint: str = "",
        buddy: QWidget | None = None,
        watch: tuple[QWidget, ...] = (),
        focus: Callable[[], object] | None = None,
    ) -> QWidget:
        """The field's widget with its hint and (hidden) error label under it; `marked` gets the red border.

        The message goes when `marked` (or each of `watch`) changes; `focus` puts the cursor in the field.
        """
        self._buddies[key] = buddy or marked or widget
        error = self.errors.label(key, marked or widget, watch, focus)
        return field_cell(widget, note_label("hint", hint), error) if hint else field_cell(widget, error)

    def _date_field(self, key: str, check: QCheckBox, edit: QDateEdit, *related: QWidget) -> QWidget:
        """An optional date: its check box and the date side by side; a change to `related` also clears its message."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(check)
        layout.addWidget(edit)
        layout.addStretch(1)
        return self._field(key, row, marked=edit, buddy=check, watch=(check, edit, *related),
                           focus=lambda: (edit if check.isChecked() else check).setFocus())

    def _form(self, title: str, rows: list[tuple[str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for key, field in rows:
            label = QLabel(tr(FIELD_LABELS[key]))
            label.setBuddy(self._buddies[key])
            form.addRow(label, field)
        return box

    def _init_layout(self) -> None:
        f = self._field
        info = self._form(tr("Informasi"), [
            ("register_number", f("register_number", self.register_number_edit)),
            ("title", f("title", self.title_edit)),
            ("summary", f("summary", self.summary_edit)),
            ("unit_id", f("unit_id", self.unit_combo)),
            ("legal_grounds", f("legal_grounds", self.grounds_widget, marked=self.grounds_widget.table,
                                hint=tr("Pasal 17 UU 14/2008 (huruf dan angka) dan/atau peraturan lain; boleh lebih dari satu."),
                                watch=(self.grounds_widget,), focus=self.grounds_widget.focus_first)),
        ])  # fmt: skip
        test = self._form(tr("Uji konsekuensi"), [
            ("consequence_opened", f("consequence_opened", self.consequence_opened_edit)),
            ("consequence_closed", f("consequence_closed", self.consequence_closed_edit)),
        ])  # fmt: skip
        period = self._form(tr("Jangka waktu dan penyimpanan"), [
            ("period_start", self._date_field("period_start", self.period_start_check, self.period_start_edit)),
            ("period_end", self._date_field("period_end", self.period_end_check, self.period_end_edit,
                                            self.period_start_edit, self.period_condition_edit)),
            ("period_condition", f("period_condition", self.period_condition_edit,
                                   hint=tr("Isi tanggal akhir, syarat, atau keduanya (Pasal 20 UU 14/2008)."))),
            ("form", f("form", self.form_combo)),
            ("storage_location", f("storage_location", self.storage_location_edit)),
            ("classification", f("classification", self.classification_combo)),
            ("remarks", f("remarks", self.remarks_edit)),
        ])  # fmt: skip
        align_labels(*(box.layout() for box in (info, test, period)))

        page = QWidget()
        column = QVBoxLayout(page)
        for box in (info, test, period):
            column.addWidget(box)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # it follows the focused field instead
        self.scroll_area.setWidget(page)

        buttons = QHBoxLayout()
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.penetapan_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revise_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_banner)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.info_label)
        layout.addLayout(buttons)

    def _init_actions(self) -> None:
        keys: list[QKeySequence] = []
        for key in [QKeySequence("Ctrl+S"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Save)]:
            if not key.isEmpty() and key not in keys:
                keys.append(key)  # the same key twice would make the shortcut ambiguous
        self.save_action = QAction(tr("Simpan"), self)
        self.save_action.setShortcuts(keys)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        self.save_button.setToolTip(tr("Simpan ({shortcut})").format(shortcut=keys[0].toString(QKeySequence.SequenceFormat.NativeText)))

    def _connect_changes(self) -> None:
        for widget in self._input_widgets():
            signal = edited_signal(widget)
            assert signal is not None, widget
            signal.connect(self._update_title)
            signal.connect(self.drafts.schedule)

    # --- draft <-> form -----------------------------------------------------------------------

    def draft(self) -> RecordDraft:
        """The form's content as a draft, unvalidated."""

        def optional(check: QCheckBox, edit: QDateEdit) -> date | None:
            return edit.date().toPython() if check.isChecked() else None  # type: ignore[return-value]

        return RecordDraft(
            title=self.title_edit.text(),
            register_number=self.register_number_edit.text(),
            summary=self.summary_edit.toPlainText(),
            unit_id=self.unit_combo.currentData(),
            legal_grounds=self.grounds_widget.grounds(),
            consequence_opened=self.consequence_opened_edit.toPlainText(),
            consequence_closed=self.consequence_closed_edit.toPlainText(),
            period_start=optional(self.period_start_check, self.period_start_edit),
            period_end=optional(self.period_end_check, self.period_end_edit),
            period_condition=self.period_condition_edit.text(),
            form=InformationForm(self.form_combo.currentData()),
            storage_location=self.storage_location_edit.text(),
            classification=Classification(self.classification_combo.currentData()),
            remarks=self.remarks_edit.toPlainText(),
        )

    def _load_draft(self, draft: RecordDraft) -> None:
        self.register_number_edit.setText(draft.register_number)
        self.title_edit.setText(draft.title)
        self.summary_edit.setPlainText(draft.summary)
        self.grounds_widget.set_grounds(draft.legal_grounds)
        self.consequence_opened_edit.setPlainText(draft.consequence_opened)
        self.consequence_closed_edit.setPlainText(draft.consequence_closed)
        for check, edit, value in (
            (self.period_start_check, self.period_start_edit, draft.period_start),
            (self.period_end_check, self.period_end_edit, draft.period_end),
        ):
            check.setChecked(value is not None)
            if value is not None:
                edit.setDate(QDate(value.year, value.month, value.day))
        self.period_condition_edit.setText(draft.period_condition)
        self.form_combo.setCurrentIndex(self.form_combo.findData(draft.form.value))
        self.storage_location_edit.setText(draft.storage_location)
        self.classification_combo.setCurrentIndex(self.classification_combo.findData(draft.classification.value))
        self.remarks_edit.setPlainText(draft.remarks)

    def _apply_detail(self, detail: RecordDetail) -> None:
        self._record_id = detail.id
        self._version = detail.version
        self._saved_title = detail.draft.title
        made = tr("Dibuat {created} oleh {created_by} · Diubah {updated} oleh {updated_by}").format(
            created=format_when(detail.created_at), created_by=detail.created_by or "—",
            updated=format_when(detail.updated_at), updated_by=detail.updated_by or "—")
        self.info_label.setText(tr("ID {uid} · Tahap: {stage} · Status: {status} · SOP: {sop}").format(
            uid=detail.uid, stage=detail.stage_label, status=tr(detail.status.label), sop=detail.sop_title) + "\n" + made)
        self.info_label.show()
        self.status_banner.show_detail(detail)
        self._archived = detail.archived
        for button in (self.history_button, self.penetapan_button):
            button.show()
        self.revise_button.setVisible(detail.archived)
        self._set_editable(not detail.archived)

    def _input_widgets(self) -> tuple[QWidget, ...]:
        return (
            self.register_number_edit, self.title_edit, self.summary_edit, self.unit_combo, self.grounds_widget,
            self.consequence_opened_edit, self.consequence_closed_edit, self.period_start_check, self.period_start_edit,
            self.period_end_check, self.period_end_edit, self.period_condition_edit, self.form_combo,
            self.storage_location_edit, self.classification_combo, self.remarks_edit,
        )  # fmt: skip

    def _set_editable(self, editable: bool) -> None:
        """Archived records are read-only until the clerk starts a revision."""
        for widget in self._input_widgets():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(not editable)
            else:
                widget.setEnabled(editable)
        if editable:
            self.period_start_edit.setEnabled(self.period_start_check.isChecked())
            self.period_end_edit.setEnabled(self.period_end_check.isChecked())
        self.save_button.setEnabled(editable)

    def start_revision(self) -> bool:
        """Ask the reason for changing an archived record, then allow editing. False if cancelled."""
        reason = messages.ask_text(self, tr("Revisi rekaman yang diarsipkan"), tr("Alasan revisi (dicatat dalam riwayat):"))
        if reason is None or not reason.strip():
            return False
        self._revision_reason = reason.strip()
        self.revise_button.setEnabled(False)
        self._set_editable(True)
        self.title_edit.setFocus()
        return True

    def _restore(self, recovered: SavedDraft) -> None:
        """Load a crash-recovery copy: the form shows it, unsaved, against the version it was based on."""
        self._load_draft(recovered.draft)
        if recovered.expected_version is not None:
            self._version = recovered.expected_version  # a change made meanwhile will be caught on save
        restored = tr("Isian ini dipulihkan dari {when}; periksa lalu simpan.").format(when=format_when(recovered.saved_at))
        self.info_label.setText(restored + "\n" + self.info_label.text())
        self.info_label.show()

    def _snapshot(self) -> tuple[bool, int | None, int | None, RecordDraft]:
        return self.is_dirty(), self._record_id, self._version, self.draft()

    # --- state --------------------------------------------------------------------------------

    @property
    def record_id(self) -> int | None:
        """The id of the record shown, None until a new record is first saved."""
        return self._record_id

    @property
    def version(self) -> int | None:
        return self._version

    def is_dirty(self) -> bool:
        """True when the form differs from what was last loaded or saved."""
        return self.draft() != self._baseline

    def _update_title(self) -> None:
        base = tr(NEW_TITLE) if self._record_id is None else tr(EDIT_TITLE).format(title=elide(self._saved_title))
        self.setWindowTitle(f"{base}*" if self.is_dirty() else base)

    # --- errors -------------------------------------------------------------------------------

    def error_label(self, field_key: str) -> QLabel:
        """The red label under the field `field_key` (a key of FIELD_LABELS)."""
        return self.errors[field_key]

    def field_widget(self, field_key: str) -> QWidget:
        """The widget that gets the red border when `field_key` is wrong."""
        return self.errors.widget(field_key)

    # --- saving and closing -------------------------------------------------------------------

    def save(self) -> bool:
        """Validate and store the form. True if saved; on failure nothing changes and the reason is shown."""
        draft = self.draft()
        self.errors.clear()
        try:
            if self._record_id is None:
                detail = create_record(self._db, draft, self._officer_id)
            else:
                assert self._version is not None
                detail = update_record(self._db, self._record_id, draft, self._version, self._officer_id, self._revision_reason)
        except (ValidationErrors, ValidationError) as exc:
            # Each message goes under its field; one that belongs to no field gets a message box.
            unplaced = self.errors.show(exc.errors if isinstance(exc, ValidationErrors) else [exc])
            if unplaced:
                messages.show_user_error(self, ValidationErrors(unplaced), tr("Rekaman belum disimpan"))
            return False
        except UserError as exc:
            messages.show_user_error(self, exc, tr("Rekaman belum disimpan"))
            return False
        self._revision_reason = None
        self.revise_button.setEnabled(True)
        self._apply_detail(detail)
        self._baseline = draft
        self.drafts.discard()
        self._update_title()
        self.saved.emit(detail.id)
        return True

    def _confirm_close(self) -> bool:
        """True when the dialog may close: nothing unsaved, or the clerk chose to save or discard."""
        if self._close_confirmed:
            return True
        if not self.is_dirty():
            self.drafts.discard()
            return True
        choice = messages.ask_save_discard_cancel(
            self,
            tr("Perubahan belum disimpan"),
            tr("Rekaman ini memiliki perubahan yang belum disimpan. Simpan perubahan sebelum menutup?"),
        )
        if choice is messages.Choice.SAVE:
            return self.save()
        if choice is messages.Choice.DISCARD:
            self.drafts.discard()
            return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._confirm_close():
            event.ignore()
            return
        self._without_question(lambda: super(RecordEditor, self).closeEvent(event))  # it calls reject()

    def close_keeping_draft(self) -> None:
        """Close without a question, the unsaved form kept as a recovery draft (offered back at
        the next start): for "Keluar" on the lock screen, where the person at the keyboard may not
        be the one whose work it is."""
        self.drafts.write_now()
        self._without_question(super().reject)

    def reject(self) -> None:
        """Esc and Tutup: close only after the unsaved-changes question allows it."""
        if self._confirm_close():
            self._without_question(super().reject)

    def _without_question(self, close: Callable[[], None]) -> None:
        self._close_confirmed = True
        try:
            close()
        finally:
            self._close_confirmed = False
