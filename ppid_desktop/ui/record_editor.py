"""The editor of one record of exempted information (new or existing), as a non-modal dialog.

Nothing typed is lost: the dialog knows whether the form differs from what was last loaded or
saved, shows "*" in the title while it does, and asks before closing. Validation errors are
shown under every wrong field at once (through :mod:`ppid_desktop.ui.form_support`) and go as
soon as the field is changed; other errors (a conflicting save) go through
`messages.show_user_error`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

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
from ppid_desktop.services.office import list_officers, list_units
from ppid_desktop.services.records import RecordDetail, create_record, get_record, update_record
from ppid_desktop.storage.database import Database
from ppid_desktop.ui import messages
from ppid_desktop.ui.form_support import FORM_STYLE_SHEET, FieldErrors, align_labels, edited_signal, field_cell, note_label
from ppid_desktop.ui.legal_grounds_widget import LegalGroundsWidget

NEW_TITLE = "Rekaman baru"
EDIT_TITLE = "Ubah rekaman — {title}"
TITLE_ELIDE = 60
DATE_FORMAT = "dd-MM-yyyy"

# Field keys other layers use for the same field.
FIELD_ALIASES = {"dasar_hukum": "legal_grounds"}


def _elide(text: str, limit: int = TITLE_ELIDE) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _format_when(moment: datetime) -> str:
    """Local time, "01-03-2021 09.30" (Indonesian time uses a period)."""
    return moment.astimezone().strftime("%d-%m-%Y %H.%M")


class RecordEditor(QDialog):
    """Create (``record_id=None``) or edit one record. Non-modal: open it with ``show()``."""

    saved = Signal(int)

    def __init__(self, db: Database, record_id: int | None, officer_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._officer_id = officer_id
        self._record_id: int | None = None
        self._version: int | None = None
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
        self._fill_units(detail.draft.unit_id if detail else self._officer_unit_id())
        if detail is not None:
            self._load_draft(detail.draft)
            self._apply_detail(detail)
        else:
            self.grounds_widget.set_grounds([LegalGround()])  # one blank row to start from
        self._baseline = self.draft()
        self._connect_changes()
        self._update_title()

    # --- building -----------------------------------------------------------------------------

    def _init_widgets(self) -> None:
        self.register_number_edit = QLineEdit()
        self.register_number_edit.setPlaceholderText("mis. 001/DIK/KESRA/2024")
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("Judul atau uraian singkat informasi yang dikecualikan")
        self.summary_edit = self._text_edit(4)
        self.unit_combo = QComboBox()
        self.grounds_widget = LegalGroundsWidget()

        self.consequence_opened_edit = self._text_edit(4)
        self.consequence_opened_edit.setPlaceholderText("Akibat yang timbul bila informasi ini dibuka kepada publik")
        self.consequence_closed_edit = self._text_edit(4)
        self.consequence_closed_edit.setPlaceholderText("Kepentingan yang lebih besar yang dilindungi bila informasi ini ditutup")

        self.period_start_check, self.period_start_edit = self._optional_date("Isi tanggal")
        self.period_end_check, self.period_end_edit = self._optional_date("Isi tanggal")
        self.period_condition_edit = QLineEdit()
        self.period_condition_edit.setPlaceholderText("mis. Sampai memperoleh persetujuan dari yang bersangkutan")
        self.form_combo = QComboBox()
        for form in InformationForm:
            self.form_combo.addItem(form.label, form.value)  # Qt turns str enums into plain str
        self.storage_location_edit = QLineEdit()
        self.storage_location_edit.setPlaceholderText("mis. Lemari arsip Subbagian Tata Usaha; storage internal PPID")
        self.classification_combo = QComboBox()
        for classification in Classification:
            self.classification_combo.addItem(classification.label, classification.value)
        self.remarks_edit = self._text_edit(2)

        defaults = RecordDraft()
        self.form_combo.setCurrentIndex(self.form_combo.findData(defaults.form.value))
        self.classification_combo.setCurrentIndex(self.classification_combo.findData(defaults.classification.value))

        self.info_label = note_label("hint")
        self.info_label.hide()

        self.save_button = QPushButton("Simpan")
        self.close_button = QPushButton("Tutup")
        for button in (self.save_button, self.close_button):
            button.setAutoDefault(False)  # Enter in a field must not save or close
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)

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
        edit.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
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
            label = QLabel(FIELD_LABELS[key])
            label.setBuddy(self._buddies[key])
            form.addRow(label, field)
        return box

    def _init_layout(self) -> None:
        f = self._field
        info = self._form("Informasi", [
            ("register_number", f("register_number", self.register_number_edit)),
            ("title", f("title", self.title_edit)),
            ("summary", f("summary", self.summary_edit)),
            ("unit_id", f("unit_id", self.unit_combo)),
            ("legal_grounds", f("legal_grounds", self.grounds_widget, marked=self.grounds_widget.table,
                                hint="Pasal 17 UU 14/2008 (huruf dan angka) dan/atau peraturan lain; boleh lebih dari satu.",
                                watch=(self.grounds_widget,), focus=self.grounds_widget.focus_first)),
        ])  # fmt: skip
        test = self._form("Uji konsekuensi", [
            ("consequence_opened", f("consequence_opened", self.consequence_opened_edit)),
            ("consequence_closed", f("consequence_closed", self.consequence_closed_edit)),
        ])  # fmt: skip
        period = self._form("Jangka waktu dan penyimpanan", [
            ("period_start", self._date_field("period_start", self.period_start_check, self.period_start_edit)),
            ("period_end", self._date_field("period_end", self.period_end_check, self.period_end_edit,
                                            self.period_start_edit, self.period_condition_edit)),
            ("period_condition", f("period_condition", self.period_condition_edit,
                                   hint="Isi tanggal akhir, syarat, atau keduanya (Pasal 20 UU 14/2008).")),
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
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.info_label)
        layout.addLayout(buttons)

    def _init_actions(self) -> None:
        keys: list[QKeySequence] = []
        for key in [QKeySequence("Ctrl+S"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Save)]:
            if not key.isEmpty() and key not in keys:
                keys.append(key)  # the same key twice would make the shortcut ambiguous
        self.save_action = QAction("Simpan", self)
        self.save_action.setShortcuts(keys)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        self.save_button.setToolTip(f"Simpan ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})")

    def _connect_changes(self) -> None:
        for widget in (
            self.register_number_edit, self.title_edit, self.summary_edit, self.unit_combo, self.grounds_widget,
            self.consequence_opened_edit, self.consequence_closed_edit, self.period_start_check, self.period_start_edit,
            self.period_end_check, self.period_end_edit, self.period_condition_edit, self.form_combo,
            self.storage_location_edit, self.classification_combo, self.remarks_edit,
        ):  # fmt: skip
            signal = edited_signal(widget)
            assert signal is not None, widget
            signal.connect(self._update_title)

    # --- units --------------------------------------------------------------------------------

    def _officer_unit_id(self) -> int | None:
        """The unit of the officer using the editor: the likely owner of a new record."""
        if self._officer_id is None:
            return None
        officer = next((o for o in list_officers(self._db) if o.id == self._officer_id), None)
        if officer is None or not officer.unit_name:
            return None
        return next((u.id for u in list_units(self._db) if u.name == officer.unit_name), None)

    def _fill_units(self, selected: int | None) -> None:
        units = list_units(self._db)
        self.unit_combo.addItem("— Pilih unit —", None)
        for unit in units:
            self.unit_combo.addItem(unit.name, unit.id)
        if selected is None and len(units) == 1:
            selected = units[0].id
        if selected is not None and self.unit_combo.findData(selected) < 0:
            # An existing record of a unit no longer active keeps its unit.
            self.unit_combo.addItem(f"Unit nonaktif (no. {selected})", selected)
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(selected), 0) if selected is not None else 0)

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
        self.info_label.setText(
            f"ID {detail.uid} · Tahap: {detail.stage_label} · Status: {detail.status.label} · SOP: {detail.sop_title}\n"
            f"Dibuat {_format_when(detail.created_at)} oleh {detail.created_by or '—'} · "
            f"Diubah {_format_when(detail.updated_at)} oleh {detail.updated_by or '—'}"
        )
        self.info_label.show()

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
        base = NEW_TITLE if self._record_id is None else EDIT_TITLE.format(title=_elide(self._saved_title))
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
                detail = update_record(self._db, self._record_id, draft, self._version, self._officer_id)
        except (ValidationErrors, ValidationError) as exc:
            # Each message goes under its field; one that belongs to no field gets a message box.
            unplaced = self.errors.show(exc.errors if isinstance(exc, ValidationErrors) else [exc])
            if unplaced:
                messages.show_user_error(self, ValidationErrors(unplaced), "Rekaman belum disimpan")
            return False
        except UserError as exc:
            messages.show_user_error(self, exc, "Rekaman belum disimpan")
            return False
        self._apply_detail(detail)
        self._baseline = draft
        self._update_title()
        self.saved.emit(detail.id)
        return True

    def _confirm_close(self) -> bool:
        """True when the dialog may close: nothing unsaved, or the clerk chose to save or discard."""
        if self._close_confirmed or not self.is_dirty():
            return True
        choice = messages.ask_save_discard_cancel(
            self,
            "Perubahan belum disimpan",
            "Rekaman ini memiliki perubahan yang belum disimpan. Simpan perubahan sebelum menutup?",
        )
        if choice is messages.Choice.SAVE:
            return self.save()
        return choice is messages.Choice.DISCARD

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._confirm_close():
            event.ignore()
            return
        # QDialog.closeEvent calls reject(); it must not ask a second time.
        self._close_confirmed = True
        try:
            super().closeEvent(event)
        finally:
            self._close_confirmed = False

    def reject(self) -> None:
        """Esc and Tutup: close only after the unsaved-changes question allows it."""
        if self._confirm_close():
            self._close_confirmed = True
            try:
                super().reject()
            finally:
                self._close_confirmed = False
