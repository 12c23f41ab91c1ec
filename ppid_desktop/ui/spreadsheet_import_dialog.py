"""Import a register kept in Excel or CSV: choose the file and sheet, correct the column
mapping, look at every row as it will be imported, then import the good rows in one
transaction (on a worker thread, with progress and Batal) or cancel.

Reading a file and building its preview (about two seconds for 10,000 rows) and the import run
in `ServiceJob`s; a corrected mapping is parsed again in the GUI thread (about a second).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.spreadsheet_columns import FIELD_CHOICES, column_letter
from ppid_desktop.domain.spreadsheet_values import cell_text
from ppid_desktop.services.office import list_units
from ppid_desktop.services.spreadsheet_import import (
    ImportPreview,
    ImportResult,
    build_preview,
    import_rows,
    read_sheet,
    remap,
    write_skipped_report,
)
from ppid_desktop.domain.sizes import format_count
from ppid_desktop.services.spreadsheet_read import SheetData
from ppid_desktop.storage.database import Database
from ppid_desktop.ui import messages
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr, user_text
from ppid_desktop.ui.service_job import ServiceJob
from ppid_desktop.ui.spreadsheet_preview_model import WIDTHS, PreviewModel

FILE_FILTER = QT_TR_NOOP("Lembar kerja (*.xlsx *.xlsm *.csv *.txt);;Buku kerja Excel (*.xlsx *.xlsm);;CSV (*.csv *.txt);;Semua berkas (*)")
CHOOSE_HINT = QT_TR_NOOP("Pilih berkas .xlsx atau .csv yang berisi daftar informasi yang dikecualikan.")


def choose_import_file(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, tr("Pilih daftar yang diimpor"), "", tr(FILE_FILTER))
    return path or None


def choose_report_path(parent: QWidget | None, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, tr("Simpan laporan baris yang dilewati"), suggested, tr("CSV (*.csv)"))
    return path or None


class SpreadsheetImportDialog(QDialog):
    loaded = Signal(bool)  # after load_file: True when the file's preview is shown

    def __init__(self, db: Database, officer_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.officer_id = officer_id
        self.data: SheetData | None = None
        self.preview: ImportPreview | None = None
        self.job: ServiceJob | None = None  # the import
        self.loading: ServiceJob | None = None  # reading a file and building its preview
        self.import_result: ImportResult | None = None
        self._filling = False
        self.setWindowTitle(tr("Impor daftar dari Excel/CSV"))
        self.resize(1100, 700)
        self._init_source()
        self._init_tabs()
        self._init_footer()
        self._update_buttons()

    # -- construction --------------------------------------------------------------------
    def _init_source(self) -> None:
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(tr("Belum ada berkas yang dipilih"))
        self.browse_button = QPushButton(tr("Pilih berkas…"))
        self.browse_button.clicked.connect(self.browse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setMinimumWidth(200)
        self.sheet_combo.currentTextChanged.connect(self._sheet_changed)
        self.unit_combo = QComboBox()
        self.unit_combo.addItem(tr("(tidak ada: baris tanpa unit dilewati)"), None)
        for unit in list_units(self.db):
            self.unit_combo.addItem(unit.name, unit.id)
        self.unit_combo.currentIndexChanged.connect(lambda _: self._remap())
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(tr("Berkas:"), file_row)
        form.addRow(tr("Lembar:"), self.sheet_combo)
        form.addRow(tr("Unit bila kolom unit kosong:"), self.unit_combo)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(form)

    def _init_tabs(self) -> None:
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels([tr("Kolom di berkas"), tr("Contoh isi"), tr("Diimpor sebagai")])
        self.mapping_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.setColumnWidth(0, 300)
        self.mapping_table.setColumnWidth(2, 280)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.verticalHeader().setVisible(False)
        self.model = PreviewModel()
        self.preview_view = QTableView()
        self.preview_view.setModel(self.model)
        self.preview_view.setWordWrap(False)
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_view.verticalHeader().setVisible(False)
        self.preview_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.preview_view.verticalHeader().setDefaultSectionSize(24)
        for column, width in enumerate(WIDTHS):
            self.preview_view.setColumnWidth(column, width)
        self.preview_view.selectionModel().currentRowChanged.connect(lambda current, _: self._show_row_detail(current.row()))
        self.detail_label = QLabel(tr("Pilih baris untuk melihat alasan baris itu dilewati."))
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_page = QWidget()
        page = QVBoxLayout(self.preview_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.preview_view, 1)
        page.addWidget(self.detail_label)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.mapping_table, tr("1. Pemetaan kolom"))
        self.tabs.addTab(self.preview_page, tr("2. Pratinjau"))
        self._layout.addWidget(self.tabs, 1)

    def _init_footer(self) -> None:
        self.counts_label = QLabel(tr(CHOOSE_HINT))
        self.counts_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.report_button = QPushButton(tr("Simpan laporan baris yang dilewati…"))
        self.report_button.clicked.connect(self.save_report)
        self.import_button = QPushButton(tr("Impor"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(tr("Tutup"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        self._layout.addWidget(self.counts_label)
        self._layout.addWidget(self.progress)
        self._layout.addLayout(buttons)

    # -- loading and mapping -------------------------------------------------------------
    def browse(self) -> None:
        path = choose_import_file(self)
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path, sheet: str | None = None) -> None:
        """Read the file (its first sheet, or `sheet`) on a worker thread and show the guessed
        mapping and the preview; `loaded(True)` follows, or a message and `loaded(False)`."""
        if self._is_busy():
            return
        db, unit_id = self.db, self.unit_combo.currentData()
        self.loading = ServiceJob(lambda progress, cancelled: build_preview(db, read_sheet(path, sheet), None, unit_id), uses_share=False, parent=self)
        self.loading.finished.connect(self._loaded)
        self.loading.failed.connect(self._load_failed)
        self.progress.setRange(0, 0)  # busy: reading has no row count yet
        self.progress.setVisible(True)
        self.counts_label.setText(tr("Membaca {name}…").format(name=Path(path).name))
        self.loading.start()
        self._update_buttons()

    def _loaded(self, preview: object) -> None:
        assert isinstance(preview, ImportPreview)
        self.loading = None  # finished (its worker may not have returned yet: do not ask it)
        self.progress.setVisible(False)
        data = preview.data
        self.data, self.preview = data, preview
        self.file_edit.setText(str(data.path))
        self._filling = True
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(data.sheet_names))
        self.sheet_combo.setCurrentText(data.sheet_name)
        self._fill_mapping(preview)
        self._filling = False
        self._show_preview(preview)
        self.tabs.setCurrentWidget(self.preview_page)
        self.loaded.emit(True)

    def _load_failed(self, message: str) -> None:
        self.loading = None
        self.progress.setVisible(False)
        if self.data is not None:  # a failed change of sheet: back to the sheet still shown
            self._filling = True
            self.sheet_combo.setCurrentText(self.data.sheet_name)
            self._filling = False
            if self.preview is not None:
                self._show_preview(self.preview)
        else:
            self.counts_label.setText(tr(CHOOSE_HINT))
        self._update_buttons()
        messages.show_error(self, tr("Berkas tidak dapat diimpor"), message)
        self.loaded.emit(False)

    def _is_busy(self) -> bool:
        return any(job is not None and job.is_running() for job in (self.job, self.loading))

    def _sheet_changed(self, name: str) -> None:
        if self._filling or self.data is None or not name or name == self.data.sheet_name:
            return
        self.load_file(self.data.path, name)

    def _fill_mapping(self, preview: ImportPreview) -> None:
        rows = preview.data.rows[preview.layout.data_start :]
        self.mapping_table.setRowCount(preview.layout.width)
        for column, label in enumerate(preview.layout.labels):
            heading = QTableWidgetItem(f"{column_letter(column)}: {label or tr('(tanpa judul)')}")
            sample = next((cell_text(r[column]) for r in rows[:50] if column < len(r) and cell_text(r[column])), "")
            example = QTableWidgetItem(" ".join(sample.split())[:200])
            self.mapping_table.setItem(column, 0, heading)
            self.mapping_table.setItem(column, 1, example)
            combo = QComboBox()
            for key, text in FIELD_CHOICES.items():
                combo.addItem(tr(text), key)  # labels marked in the domain
            combo.setCurrentIndex(combo.findData(preview.mapping[column]))
            combo.currentIndexChanged.connect(lambda _: self._remap())
            self.mapping_table.setCellWidget(column, 2, combo)

    def mapping(self) -> list[str]:
        """The field chosen for each column of the file, as the mapping table shows it."""
        return [self.mapping_table.cellWidget(row, 2).currentData() for row in range(self.mapping_table.rowCount())]  # type: ignore[union-attr]

    def set_column_field(self, column: int, key: str) -> None:
        """Choose the field of a column, as the clerk would in the mapping table."""
        combo = self.mapping_table.cellWidget(column, 2)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(key))

    def _remap(self) -> None:
        if self._filling or self.preview is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = remap(self.preview, self.db, self.mapping(), self.unit_combo.currentData())
        except UserError as exc:
            self.model.set_preview(None)
            self.counts_label.setText(user_text(exc))
            self.import_button.setEnabled(False)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.preview = preview
        self._show_preview(preview)

    def _show_preview(self, preview: ImportPreview) -> None:
        self.model.set_preview(preview)
        good, total = len(preview.good), len(preview.rows)
        self.counts_label.setText(  # ImportPreview.summary() and a hint, as one sentence to translate
            tr("{total} baris data: {good} siap diimpor, {skipped} dilewati karena bermasalah. Baris yang bermasalah "
               "ditandai merah; arahkan tetikus ke baris itu untuk melihat alasannya.", "", total).format(
                total=format_count(total), good=format_count(good), skipped=format_count(total - good))
        )
        self._update_buttons()

    def _show_row_detail(self, row: int) -> None:
        if self.preview is None or not 0 <= row < self.model.rowCount():
            return
        parsed = self.preview.rows[row]
        reasons = "\n".join(f"• {user_text(error)}" for error in parsed.errors)
        if reasons:
            self.detail_label.setText(tr("Baris {row} dilewati:\n{reasons}").format(row=parsed.row_number, reasons=reasons))
        else:
            self.detail_label.setText(tr("Baris {row} siap diimpor.").format(row=parsed.row_number))

    # -- import --------------------------------------------------------------------------
    def _good_count(self) -> int:
        return len(self.preview.good) if self.preview is not None and self.model.rowCount() else 0

    def _update_buttons(self) -> None:
        running = self._is_busy()
        good = self._good_count()
        self.import_button.setText(tr("Impor {count} baris", "", good).format(count=format_count(good)))
        self.import_button.setEnabled(good > 0 and not running)
        self.report_button.setEnabled(self.preview is not None and bool(self.preview.skipped) and not running)
        for widget in (self.browse_button, self.sheet_combo, self.unit_combo, self.mapping_table):
            widget.setEnabled(not running and (widget is not self.sheet_combo or self.sheet_combo.count() > 1))
        importing = self.job is not None and self.job.is_running()
        self.close_button.setText(tr("Batal") if importing else tr("Tutup"))

    def start_import(self) -> None:
        preview = self.preview
        if preview is None or not preview.good or self._is_busy():
            return
        db, officer_id = self.db, self.officer_id
        self.job = ServiceJob(lambda progress, cancelled: import_rows(db, preview, officer_id, progress, cancelled), uses_share=False, parent=self)
        self.job.progressed.connect(self._progressed)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self.progress.setRange(0, len(preview.good))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.counts_label.setText(tr("Mengimpor {count} baris…", "", len(preview.good)).format(count=format_count(len(preview.good))))
        self.job.start()
        self._update_buttons()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        self.import_result = result
        self.job = None
        self.progress.setVisible(False)
        self._update_buttons()
        lines = [tr("{count} rekaman diimpor ke tahap pertama SOP.", "", result.imported).format(count=format_count(result.imported))]
        if result.skipped_as_duplicates:
            lines.append(tr("{count} baris tidak diimpor karena sementara itu sudah tercatat.", "", result.skipped_as_duplicates).format(
                count=result.skipped_as_duplicates))
        messages.show_info(self, tr("Impor selesai"), "\n".join(lines))
        self.accept()

    def _failed(self, message: str) -> None:
        self.job = None
        self.progress.setVisible(False)
        self._update_buttons()
        self.counts_label.setText(tr("Impor gagal; tidak ada rekaman yang disimpan."))
        messages.show_error(self, tr("Impor gagal"), message)

    def _cancelled(self) -> None:
        self.job = None
        self.progress.setVisible(False)
        self._update_buttons()
        self.counts_label.setText(tr("Impor dibatalkan; tidak ada rekaman yang disimpan."))

    def save_report(self) -> None:
        if self.preview is None or not self.preview.skipped:
            return
        suggested = str(self.preview.data.path.with_name(self.preview.data.path.stem + "-baris-dilewati.csv"))
        target = choose_report_path(self, suggested)
        if not target:
            return
        try:
            written = write_skipped_report(self.preview, target)
        except UserError as exc:
            messages.show_user_error(self, exc, tr("Laporan tidak dapat disimpan"))
            return
        skipped = len(self.preview.skipped)
        self.counts_label.setText(tr("Laporan {count} baris yang dilewati disimpan ke {path}.", "", skipped).format(count=skipped, path=written))

    # -- closing -------------------------------------------------------------------------
    def reject(self) -> None:
        if self.job is not None and self.job.is_running():
            self.job.cancel()  # the dialog stays open until the rollback has finished
            self.counts_label.setText(tr("Membatalkan impor…"))
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    @classmethod
    def ask(cls, db: Database, officer_id: int | None, parent: QWidget | None = None) -> int:
        """Run the dialog; the number of records imported (0 when cancelled)."""
        dialog = cls(db, officer_id, parent)
        dialog.exec()
        imported = dialog.import_result.imported if dialog.import_result is not None else 0
        dialog.deleteLater()
        return imported
