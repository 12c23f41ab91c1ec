"""The main window: composition only. Panels do their own work through the services."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QTabWidget, QToolBar, QVBoxLayout, QWidget

from ppid_desktop.services.first_paint import FirstPaint, OfficerChoice
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr
from ppid_desktop.ui.record_list import RecordList
from ppid_desktop.ui.record_table_model import wait_for_queries

# The panels, dialogs and services load SQLAlchemy; the first paint (see app.py) shows the
# window before they are imported, so they are imported where they are first needed.
if TYPE_CHECKING:
    from pathlib import Path

    from ppid_desktop.domain.sop import SopTemplate
    from ppid_desktop.services.drafts import SavedDraft
    from ppid_desktop.storage.database import Database
    from ppid_desktop.storage.paths import DataPaths
    from ppid_desktop.ui.record_editor import RecordEditor
    from ppid_desktop.ui.session_controls import SessionControls, UserSession
    from ppid_desktop.ui.stage_panel import StagePanel

LOADING_TEXT = QT_TR_NOOP("Memuat…")


def stage_tab_title(number: int, name: str) -> str:
    return f"{number}. {name}"  # the SOP's stage name is data: not translated


class MainWindow(QMainWindow):
    """`MainWindow(db)` builds the whole window. `MainWindow(first=...)` builds only what the first
    paint shows (the frame and the register's newest page, no database layer yet); `attach(db)`
    then adds the stage tabs and the rest, keeping what the clerk did meanwhile.

    With a `session` (the app always passes one: its data is encrypted and opened by a sign-in)
    every action is the signed-in officer's and the Admin's settings are the Admin's alone
    (ui/session_controls.py). Without one, as for a data folder of an earlier version in tests,
    the toolbar offers the list of active officers."""

    def __init__(self, db: Database | None = None, parent: QWidget | None = None, *, first: FirstPaint | None = None,
                 session: UserSession | None = None) -> None:
        super().__init__(parent)
        if first is None:
            assert db is not None, "a window needs a database or a first paint"
            first = _frame_from_database(db)
        self.db: Database | None = None
        self.paths: DataPaths = first.paths
        self.settings = QSettings(str(first.paths.settings_file), QSettings.Format.IniFormat)
        self.editors: list[RecordEditor] = []
        # The restart hook: a backup to restore once this window has closed (ui/app.py reads it).
        self.restore_requested: Path | None = None
        self.template: SopTemplate = first.template
        self.stage_labels = {stage.code: stage_tab_title(stage.number, stage.nama) for stage in self.template.stages}
        self.stage_panels: list[StagePanel] = []
        self.office_name = first.office_name
        self._show_office_name()
        self.resize(1280, 800)
        self._init_actions()
        self.session_controls: SessionControls | None = None
        if session is not None:
            from ppid_desktop.ui.session_controls import SessionControls

            self.session_controls = SessionControls(self, session, self.menuBar())
        self._init_toolbar(first.officers)
        self._init_tabs()
        self._init_status_bar()
        self._restore_geometry()
        if db is not None:
            self.attach(db)
        else:
            self.register.preload(first.rows, first.more_rows)
            for action in self._database_actions:
                action.setEnabled(False)

    # -- construction --------------------------------------------------------------------
    def _init_actions(self) -> None:
        self.new_action = QAction(tr("Rekaman &baru"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setToolTip(tr("Buat rekaman informasi yang dikecualikan (Ctrl+N)"))
        self.new_action.triggered.connect(lambda: self.open_editor(None))
        self.find_action = QAction(tr("&Cari"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.open_action = QAction(tr("&Buka rekaman"), self)
        self.open_action.triggered.connect(self._open_selected)
        self.history_action = QAction(tr("&Riwayat rekaman…"), self)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(lambda: self._with_selected(self.show_history))
        self.penetapan_action = QAction(tr("&Uji konsekuensi dan penetapan…"), self)
        self.penetapan_action.setShortcut(QKeySequence("Ctrl+T"))
        self.penetapan_action.triggered.connect(lambda: self._with_selected(self.show_penetapan))
        self.quit_action = QAction(tr("&Keluar"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.print_register_action = QAction(tr("Cetak &DIK…"), self)
        self.print_register_action.setToolTip(tr("Cetak Daftar Informasi yang Dikecualikan (Ctrl+P)"))
        self.print_register_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_register_action.triggered.connect(lambda: _print_actions().print_register(self, self.db))
        self.print_penetapan_action = QAction(tr("&Surat penetapan rekaman terpilih…"), self)
        self.print_penetapan_action.triggered.connect(
            lambda: self._with_selected(lambda record_id: _print_actions().print_penetapan(self, self.db, record_id))
        )
        self.print_sop_action = QAction(tr("&Lembar SOP kantor…"), self)
        self.print_sop_action.triggered.connect(lambda: _print_actions().print_sop(self, self.db))
        # One dialog for everything an office configures (ui/settings_dialog.py). Anyone may open
        # it: the office's pages are read-only but for an Admin, the installation's pages are not.
        self.settings_action = QAction(tr("&Pengaturan…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setToolTip(tr(
            "Profil kantor, waktu kerja dan hari libur, cetak, folder bersama, bahasa, kunci layar (Ctrl+,)"))
        self.settings_action.triggered.connect(self.edit_settings)
        # Admin only (ui/staff_dialog.py): enabled in attach() for an Admin, or without a session.
        self.staff_action = QAction(tr("&Unit dan pejabat…"), self)
        self.staff_action.setToolTip(tr("Tambah, ubah atau nonaktifkan unit kerja dan pejabat/petugas (khusus Admin)"))
        self.staff_action.setEnabled(False)
        self.staff_action.triggered.connect(self.manage_staff)
        self.import_sheet_action = QAction(tr("&Impor daftar dari Excel/CSV…"), self)
        self.import_sheet_action.triggered.connect(lambda: _spreadsheet_actions().import_into(self))
        self.export_sheet_action = QAction(tr("&Ekspor daftar ke Excel/CSV…"), self)
        self.export_sheet_action.setToolTip(tr("Ekspor daftar yang tampil (sesuai pencarian dan tab) ke .xlsx atau .csv"))
        self.export_sheet_action.triggered.connect(lambda: _spreadsheet_actions().export_shown_list(self))
        self.handover_action = QAction(tr("&Serah terima ke PPID…"), self)
        self.handover_action.setToolTip(tr("Kemas rekaman terpilih dan berkasnya menjadi paket serah terima ke folder bersama"))
        self.handover_action.triggered.connect(self.hand_over)
        self.backup_action = QAction(tr("Cadangan dan &pemulihan…"), self)
        self.backup_action.setToolTip(tr("Cadangan basis data: buat, salin ke folder bersama, atau pulihkan"))
        self.backup_action.triggered.connect(self.manage_backups)
        self.about_action = QAction(tr("&Tentang PPID Desktop"), self)
        self.about_action.triggered.connect(self._about)
        menu = self.menuBar()
        file_menu = menu.addMenu(tr("&Berkas"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        file_menu.addAction(self.history_action)
        file_menu.addAction(self.penetapan_action)
        file_menu.addSeparator()
        file_menu.addAction(self.handover_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_sheet_action)
        file_menu.addAction(self.export_sheet_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        print_menu = menu.addMenu(tr("&Cetak"))
        print_menu.addAction(self.print_register_action)
        print_menu.addAction(self.print_penetapan_action)
        print_menu.addAction(self.print_sop_action)
        edit_menu = menu.addMenu(tr("&Sunting"))
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        edit_menu.addAction(self.staff_action)
        help_menu = menu.addMenu(tr("Ban&tuan"))
        help_menu.addAction(self.about_action)
        # Enabled once the database layer is attached (at once, but for the first paint).
        self._database_actions = [
            self.new_action,
            self.open_action,
            self.history_action,
            self.penetapan_action,
            self.print_register_action,
            self.print_penetapan_action,
            self.print_sop_action,
            self.settings_action,
            self.import_sheet_action,
            self.export_sheet_action,
            self.handover_action,
            self.backup_action,
        ]

    def _init_toolbar(self, officers: tuple[OfficerChoice, ...]) -> None:
        toolbar = QToolBar(tr("Alat utama"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.find_action)
        toolbar.addAction(self.print_register_action)
        toolbar.addSeparator()
        if self.session_controls is not None:
            toolbar.addWidget(self.session_controls.label)
            self.addToolBar(toolbar)
            return
        toolbar.addWidget(QLabel(tr(" Petugas aktif: ")))
        self.officer_combo = QComboBox()
        self.officer_combo.setMinimumWidth(280)
        for officer in officers:
            self.officer_combo.addItem(f"{officer.name} — {officer.jabatan}", officer.id)
        saved = self.settings.value("officer_id")
        if saved is not None:
            index = self.officer_combo.findData(int(saved))
            if index >= 0:
                self.officer_combo.setCurrentIndex(index)
        self.officer_combo.currentIndexChanged.connect(lambda _: self.settings.setValue("officer_id", self.officer_id()))
        toolbar.addWidget(self.officer_combo)
        self.addToolBar(toolbar)

    def _init_tabs(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.register = RecordList(None, self.settings, "register", None, self.stage_labels)
        self.register.open_requested.connect(self.open_editor)
        register_page = QWidget()
        register_layout = QVBoxLayout(register_page)
        register_layout.addWidget(self.register)
        self.tabs.addTab(register_page, tr("Daftar Informasi yang Dikecualikan"))
        # Until attach(): a page saying "Memuat…" under each title the clerk will find there.
        titles = [self.stage_labels[stage.code] for stage in self.template.stages] + [tr(title) for title in LATER_TABS]
        tips = [stage.uraian for stage in self.template.stages] + [tr(tip) if tip else "" for tip in LATER_TABS.values()]
        for title, tip in zip(titles, tips):
            self.tabs.addTab(QLabel(tr(LOADING_TEXT), alignment=Qt.AlignmentFlag.AlignCenter), title)
            self.tabs.setTabToolTip(self.tabs.count() - 1, tip)
        self.setCentralWidget(self.tabs)

    def attach(self, db: Database) -> None:
        """Add everything that needs the database layer, in place of the "Memuat…" pages."""
        from ppid_desktop.ui.expiry_panel import ExpiryPanel
        from ppid_desktop.ui.inbox_panel import InboxPanel
        from ppid_desktop.ui.outbox_panel import OutboxPanel
        from ppid_desktop.ui.overview_panel import OverviewPanel
        from ppid_desktop.ui.stage_panel import StagePanel

        if self.session_controls is not None and not self.session_controls.attach(db):
            QTimer.singleShot(0, self.close)  # the account may not work here: the reason was shown
            return
        self.db = db
        pages: list[QWidget] = []
        for stage in self.template.stages:
            panel = StagePanel(db, self.settings, self.template, stage, self.stage_labels, officer_id=self.officer_id)
            panel.records.open_requested.connect(self.open_editor)
            panel.records_changed.connect(self._records_changed)
            self.stage_panels.append(panel)
            pages.append(panel)
        self.expiry = ExpiryPanel(db, self.officer_id)
        self.expiry.records_changed.connect(self._records_changed)
        self.expiry.open_requested.connect(self.open_editor)
        self.overview = OverviewPanel(db)
        self.overview.open_stage.connect(self.show_stage)
        self.overview.open_records.connect(self.show_records)
        self.outbox = OutboxPanel(db, self.paths, self.officer_id)
        self.inbox = InboxPanel(db, self.paths, self.officer_id)
        self.inbox.imported.connect(lambda _result: self._records_changed())
        pages += [self.expiry, self.overview, self.outbox, self.inbox]
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)  # the clerk's tab stays the current one through the swap
        for index, page in enumerate(pages, start=1):
            title, tip = self.tabs.tabText(index), self.tabs.tabToolTip(index)
            loading = self.tabs.widget(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, title)
            self.tabs.setTabToolTip(index, tip)
            loading.deleteLater()
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.register.attach(db)
        for action in self._database_actions:
            action.setEnabled(True)
        self.staff_action.setEnabled(self.session_controls is None or self.session_controls.is_admin)
        self.statusBar().showMessage(tr("Folder data: {folder}").format(folder=self.paths.root))

    def _init_status_bar(self) -> None:
        self.statusBar().addPermanentWidget(QLabel(tr("SOP: {title}").format(title=self.template.title)))
        self.statusBar().showMessage(tr("Folder data: {folder}").format(folder=self.paths.root))

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    # -- behaviour -----------------------------------------------------------------------
    def officer_id(self) -> int | None:
        if self.session_controls is not None:
            return self.session_controls.officer_id
        data = self.officer_combo.currentData()
        return int(data) if data is not None else None

    def current_list(self) -> RecordList:
        records = getattr(self.tabs.currentWidget(), "records", None)  # a stage tab's list
        return records if isinstance(records, RecordList) else self.register

    def focus_search(self) -> None:
        self.current_list().focus_search()

    def _open_selected(self) -> None:
        self._with_selected(self.open_editor)

    def _with_selected(self, action: Callable[[int], object]) -> None:
        record_id = self.current_list().selected_record_id()
        if record_id is None:
            self.statusBar().showMessage(tr("Pilih satu rekaman di daftar terlebih dahulu."), 5000)
            return
        action(record_id)

    def show_history(self, record_id: int) -> None:
        from ppid_desktop.ui.history_dialog import HistoryDialog

        HistoryDialog.ask(self.db, record_id, self)

    def show_penetapan(self, record_id: int) -> None:
        from ppid_desktop.ui.penetapan_dialog import PenetapanDialog

        if PenetapanDialog.ask(self.db, record_id, self.officer_id(), self):
            self._records_changed()

    def edit_settings(self) -> None:
        """Sunting > Pengaturan; what was saved takes effect in the window at once (the language
        the next time it opens: the dialog says so)."""
        from ppid_desktop.services.office import get_office
        from ppid_desktop.ui.settings_dialog import SettingsDialog

        saved = SettingsDialog.ask(self.db, self.paths, self, self.officer_id() if self.session_controls else None)
        if saved.working_time:  # working time changes the timing figures and the expiry list
            for panel in self.stage_panels:
                panel.reload_calendar()
            self._records_changed()
        if saved.share:
            self.outbox.refresh()
            self.inbox.refresh()
        if saved.idle_lock and self.session_controls is not None:
            self.session_controls.reload_idle_lock()
        if saved.profile:
            profile = get_office(self.db)
            self.office_name = profile.name if profile else self.office_name
            self._show_office_name()
            self.statusBar().showMessage(
                tr("Profil kantor disimpan; dokumen berikutnya dicetak dengan kop yang baru."), 5000)

    def manage_staff(self) -> None:
        """Sunting > Unit dan pejabat; renamed units show in the lists at once."""
        from ppid_desktop.ui.staff_dialog import StaffDialog

        actor = self.officer_id() if self.session_controls is not None else None
        if StaffDialog.ask(self.db, self.template, actor, self):
            self._records_changed()

    def _show_office_name(self) -> None:
        self.setWindowTitle(tr("PPID Desktop — {office}").format(office=self.office_name.title()))

    def hand_over(self) -> None:
        """Berkas > Serah terima ke PPID: the selected record (if any) is ticked already."""
        from ppid_desktop.ui.handover_dialog import HandoverDialog

        selected = self.current_list().selected_record_id()
        result = HandoverDialog.ask(self.db, self.paths, self.officer_id, self, [selected] if selected else None)
        if result is not None:
            self._records_changed()
            self.outbox.refresh()

    def manage_backups(self) -> None:
        from ppid_desktop.ui.backup_dialog import BackupDialog

        may_restore = self.session_controls is None or self.session_controls.is_admin
        chosen = BackupDialog.ask(self.paths, self, may_restore)
        if chosen is not None:
            self.close_to_restore(chosen)

    def close_to_restore(self, backup: Path) -> bool:
        """Close, releasing the database, so that ui/app.py restores `backup` and opens the window
        again on it. False when an editor kept its unsaved work open: nothing was changed."""
        self.restore_requested = backup
        if self.close():
            return True
        self.restore_requested = None
        self.statusBar().showMessage(tr("Pemulihan tidak dijalankan karena masih ada isian yang terbuka; tidak ada yang diubah."), 10_000)
        return False

    def show_stage(self, stage_code: str) -> None:
        for panel in self.stage_panels:
            if panel.stage.code == stage_code:
                self.tabs.setCurrentWidget(panel)

    def show_records(self, title: str, ids: list[int]) -> None:
        from ppid_desktop.ui.record_picker import RecordPickerDialog

        picker = RecordPickerDialog(self.db, title, ids, self.stage_labels, self)
        picker.open_requested.connect(self.open_editor)
        picker.show()

    def _records_changed(self) -> None:
        """Something moved: lists refresh when next looked at, the visible one now."""
        for record_list in [self.register, *(panel.records for panel in self.stage_panels)]:
            if record_list is not self.current_list() and record_list.model.loaded:
                record_list.model.mark_stale()
        self.current_list().refresh()

    def _tab_changed(self, _index: int) -> None:
        # Records may have moved since this tab was last looked at.
        current = self.current_list()
        if current.model.loaded and current.model.stale:
            current.refresh()

    def recover_drafts(self) -> int:
        """Offer back what editors held unsaved when the app last ended abnormally."""
        from ppid_desktop.ui.draft_keeper import offer_recovered_drafts

        return offer_recovered_drafts(self)

    def open_editor(self, record_id: int | None, recovered: SavedDraft | None = None) -> RecordEditor | None:
        if self.db is None:  # a double-click in the first paint's list, before attach()
            self.statusBar().showMessage(tr("Basis data masih disiapkan; coba lagi sebentar lagi."), 3000)
            return None
        for editor in self.editors:
            if record_id is not None and editor.record_id == record_id:
                editor.raise_()
                editor.activateWindow()
                return editor
        from ppid_desktop.ui.record_editor import RecordEditor

        editor = RecordEditor(self.db, record_id, self.officer_id(), self, recovered)
        editor.saved.connect(self._record_saved)
        editor.history_requested.connect(self.show_history)
        editor.penetapan_requested.connect(self.show_penetapan)
        editor.finished.connect(lambda _result, e=editor: self._editor_closed(e))
        self.editors.append(editor)
        editor.show()
        return editor

    def _editor_closed(self, editor: RecordEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)
        editor.deleteLater()

    def _record_saved(self, _record_id: int) -> None:
        self._records_changed()

    def _about(self) -> None:
        from ppid_desktop.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.paths, self)
        dialog.exec()
        dialog.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Nothing typed is lost: every open editor gets its chance to ask about unsaved work.
        for editor in list(self.editors):
            if not editor.close():
                event.ignore()
                return
        if self.db is not None:
            _print_actions().shutdown()  # no PDF job may outlive the database connection
            self.outbox.shutdown()  # nor a package on its way to the share
            self.inbox.shutdown()
            if "ppid_desktop.ui.spreadsheet_actions" in sys.modules:  # an export may still run
                _spreadsheet_actions().shutdown()
        wait_for_queries()  # nor a list's background query
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.register.save_columns()
        for panel in self.stage_panels:
            panel.records.save_columns()
        self.settings.sync()
        if self.session_controls is not None:
            self.session_controls.stop()
        event.accept()


# The tabs after the stages, with their tooltips, in order (attach() fills them).
LATER_TABS = {
    QT_TR_NOOP("Jangka waktu"): QT_TR_NOOP("Pengecualian yang berakhir dalam 30 hari kerja atau sudah berakhir"),
    QT_TR_NOOP("Ringkasan"): "",
    QT_TR_NOOP("Kotak keluar"): QT_TR_NOOP("Paket serah terima yang dibuat di laptop ini dan keadaannya"),
    QT_TR_NOOP("Kotak masuk"): QT_TR_NOOP("Paket serah terima dari unit yang menunggu diimpor di folder bersama"),
}


def _print_actions():  # type: ignore[no-untyped-def]  # the module: ReportLab loads on first use
    from ppid_desktop.ui import print_actions

    return print_actions


def _spreadsheet_actions():  # type: ignore[no-untyped-def]  # the module: openpyxl loads on first use
    from ppid_desktop.ui import spreadsheet_actions

    return spreadsheet_actions


def _frame_from_database(db: Database) -> FirstPaint:
    from ppid_desktop.services.first_paint import frame_from_database

    return frame_from_database(db)
