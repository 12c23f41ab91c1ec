"""The main window: composition only. Panels do their own work through the services."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QTabWidget, QToolBar, QVBoxLayout, QWidget

from ppid_desktop import __version__
from ppid_desktop.services import office as office_service
from ppid_desktop.services.sop_catalog import active_template
from ppid_desktop.storage.database import Database
from ppid_desktop.ui import messages
from ppid_desktop.ui.record_editor import RecordEditor
from ppid_desktop.ui.record_list import RecordList
from ppid_desktop.ui.stage_panel import StagePanel


def stage_tab_title(number: int, name: str) -> str:
    return f"{number}. {name}"


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = QSettings(str(db.paths.settings_file), QSettings.Format.IniFormat)
        self.editors: list[RecordEditor] = []
        with db.session() as session:
            template = active_template(session)
        assert template is not None, "the window opens only after the office is set up"
        self.template = template
        self.stage_labels = {stage.code: stage_tab_title(stage.number, stage.nama) for stage in template.stages}
        self._init_window()
        self._init_actions()
        self._init_toolbar()
        self._init_tabs()
        self._init_status_bar()
        self._restore_geometry()

    # -- construction --------------------------------------------------------------------
    def _init_window(self) -> None:
        profile = office_service.get_office(self.db)
        self.office_name = profile.name if profile else ""
        self.setWindowTitle(f"PPID Desktop — {self.office_name.title()}")
        self.resize(1280, 800)

    def _init_actions(self) -> None:
        self.new_action = QAction("Rekaman &baru", self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setToolTip("Buat rekaman informasi yang dikecualikan (Ctrl+N)")
        self.new_action.triggered.connect(lambda: self.open_editor(None))
        self.find_action = QAction("&Cari", self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.open_action = QAction("&Buka rekaman", self)
        self.open_action.triggered.connect(self._open_selected)
        self.quit_action = QAction("&Keluar", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction("&Tentang PPID Desktop", self)
        self.about_action.triggered.connect(self._about)
        menu = self.menuBar()
        file_menu = menu.addMenu("&Berkas")
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu("&Sunting")
        edit_menu.addAction(self.find_action)
        help_menu = menu.addMenu("Ban&tuan")
        help_menu.addAction(self.about_action)

    def _init_toolbar(self) -> None:
        toolbar = QToolBar("Alat utama")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.find_action)
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(" Petugas aktif: "))
        self.officer_combo = QComboBox()
        self.officer_combo.setMinimumWidth(280)
        for officer in office_service.list_officers(self.db):
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
        self.register = RecordList(self.db, self.settings, "register", None, self.stage_labels)
        self.register.open_requested.connect(self.open_editor)
        register_page = QWidget()
        register_layout = QVBoxLayout(register_page)
        register_layout.addWidget(self.register)
        self.tabs.addTab(register_page, "Daftar Informasi yang Dikecualikan")
        self.stage_panels: list[StagePanel] = []
        for stage in self.template.stages:
            panel = StagePanel(self.db, self.settings, self.template, stage, self.stage_labels)
            panel.records.open_requested.connect(self.open_editor)
            self.tabs.addTab(panel, self.stage_labels[stage.code])
            self.tabs.setTabToolTip(self.tabs.count() - 1, stage.uraian)
            self.stage_panels.append(panel)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

    def _init_status_bar(self) -> None:
        self.statusBar().addPermanentWidget(QLabel(f"SOP: {self.template.title}"))
        self.statusBar().showMessage(f"Folder data: {self.db.paths.root}")

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    # -- behaviour -----------------------------------------------------------------------
    def officer_id(self) -> int | None:
        data = self.officer_combo.currentData()
        return int(data) if data is not None else None

    def current_list(self) -> RecordList:
        widget = self.tabs.currentWidget()
        return widget.records if isinstance(widget, StagePanel) else self.register

    def focus_search(self) -> None:
        self.current_list().focus_search()

    def _open_selected(self) -> None:
        record_id = self.current_list().selected_record_id()
        if record_id is not None:
            self.open_editor(record_id)

    def _tab_changed(self, _index: int) -> None:
        # Records may have moved since this tab was last looked at.
        current = self.current_list()
        if current.model.loaded:
            current.refresh()

    def open_editor(self, record_id: int | None) -> RecordEditor:
        for editor in self.editors:
            if record_id is not None and editor.record_id == record_id:
                editor.raise_()
                editor.activateWindow()
                return editor
        editor = RecordEditor(self.db, record_id, self.officer_id(), self)
        editor.saved.connect(self._record_saved)
        editor.finished.connect(lambda _result, e=editor: self._editor_closed(e))
        self.editors.append(editor)
        editor.show()
        return editor

    def _editor_closed(self, editor: RecordEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)
        editor.deleteLater()

    def _record_saved(self, _record_id: int) -> None:
        self.current_list().refresh()

    def _about(self) -> None:
        messages.show_info(
            self,
            "Tentang PPID Desktop",
            f"PPID Desktop {__version__}\n\nPendokumentasian Informasi yang Dikecualikan sesuai "
            f"UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.\n\n"
            f"Folder data: {self.db.paths.root}\nBerkas log: {self.db.paths.log_file}",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # Nothing typed is lost: every open editor gets its chance to ask about unsaved work.
        for editor in list(self.editors):
            if not editor.close():
                event.ignore()
                return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.register.save_columns()
        for panel in self.stage_panels:
            panel.records.save_columns()
        self.settings.sync()
        event.accept()
