"""Bantuan > Tentang PPID Desktop: the version, where the data and the log are, the licences."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.services.about import Component, about_facts, components, font_licence_text
from ppid_desktop.storage.paths import DataPaths
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr

COLUMNS = (QT_TR_NOOP("Komponen"), QT_TR_NOOP("Versi"), QT_TR_NOOP("Lisensi"), QT_TR_NOOP("Dipakai untuk"))


def open_folder(path: str) -> bool:
    """Show `path` in the file manager (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


class AboutDialog(QDialog):
    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Tentang PPID Desktop"))
        self.resize(760, 520)
        facts = about_facts(paths)
        heading = QLabel(
            f"<h2>PPID Desktop {facts.version}</h2>"
            + tr(
                "<p>Pendokumentasian Informasi yang Dikecualikan sesuai Undang-Undang Nomor 14 Tahun 2008 "
                "tentang Keterbukaan Informasi Publik: uji konsekuensi, penetapan, register DIK, dan serah "
                "terima salinan lunak kepada PPID.</p>"
            )
        )
        heading.setWordWrap(True)

        places = QFormLayout()
        for label, value in ((tr("Folder data:"), facts.data_folder), (tr("Basis data:"), facts.database_file),
                             (tr("Berkas log:"), facts.log_file)):
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to copy the path
            places.addRow(label, shown)
        self.open_data_button = QPushButton(tr("Buka folder data"))
        self.open_data_button.clicked.connect(lambda: open_folder(facts.data_folder))
        button_row = QHBoxLayout()
        button_row.addWidget(self.open_data_button)
        button_row.addStretch(1)
        places.addRow("", button_row)
        about_page = QWidget()
        about_layout = QVBoxLayout(about_page)
        about_layout.addWidget(heading)
        about_layout.addLayout(places)
        about_layout.addStretch(1)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(column) for column in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        listed = components()
        listed.insert(1, Component("Qt", qVersion(), "LGPL-3.0-only", QT_TR_NOOP("Pustaka antarmuka di bawah PySide6")))
        for component in listed:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate((component.name, component.version, tr(component.licence), tr(component.purpose))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)

        self.font_licence = QPlainTextEdit(tr(font_licence_text()))  # the licence file, or a marked note
        self.font_licence.setReadOnly(True)

        self.tabs = QTabWidget()
        self.tabs.addTab(about_page, tr("Tentang"))
        self.tabs.addTab(self.table, tr("Komponen dan lisensi"))
        self.tabs.addTab(self.font_licence, tr("Lisensi huruf"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def component_rows(self) -> list[tuple[str, str, str]]:
        return [
            (self.table.item(row, 0).text(), self.table.item(row, 1).text(), self.table.item(row, 2).text())
            for row in range(self.table.rowCount())
        ]
