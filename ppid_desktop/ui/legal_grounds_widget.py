"""Editing the legal grounds of one record: Pasal 17 huruf (and angka) or another statute.

A record cites a handful of grounds, so a small table with a widget in each cell is enough:
column 0 picks the ground, column 1 its angka (only for a huruf that has angka), column 2 the
text of another statute (only for "Peraturan lain").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ppid_desktop.domain.legal import PASAL17_HURUF, PASAL17_MAX_ANGKA, LegalGround
from ppid_desktop.ui.form_support import chain_tab_order
from ppid_desktop.ui.i18n import QT_TR_NOOP, tr

COL_GROUND, COL_ANGKA, COL_OTHER = range(3)
HEADERS = (QT_TR_NOOP("Dasar hukum"), QT_TR_NOOP("Angka"), QT_TR_NOOP("Peraturan lain"))  # shown through tr()

# Data of the ground combo: "" = nothing chosen yet, a letter = Pasal 17 huruf, OTHER = another statute.
NONE_CHOSEN = ""
OTHER = "other"
CHOOSE_TEXT = QT_TR_NOOP("— Pilih dasar hukum —")
OTHER_TEXT = QT_TR_NOOP("Peraturan lain")
NO_ANGKA_TEXT = "—"
OTHER_PLACEHOLDER = QT_TR_NOOP("mis. UU 43/2009 Pasal 44")


def huruf_text(huruf: str) -> str:
    """"Pasal 17 huruf h — Rahasia pribadi"."""
    return tr("Pasal 17 huruf {letter} — {label}").format(letter=huruf, label=tr(PASAL17_HURUF[huruf]))


class LegalGroundsWidget(QWidget):
    """Edits a list of `LegalGround`; emits `changed` on every edit made by the user."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False

        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([tr(header) for header in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab moves through the cell widgets and on to the next field, not from cell to cell.
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_GROUND, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_ANGKA, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_OTHER, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_GROUND, self._ground_column_width())
        row_height = QComboBox().sizeHint().height() + 4
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Room for four grounds before the table scrolls; records rarely cite more.
        self.table.setMinimumHeight(header.sizeHint().height() + 4 * row_height + 2 * self.table.frameWidth())
        self.table.setMaximumHeight(self.table.minimumHeight())
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(tr("Tambah dasar hukum"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button = QPushButton(tr("Hapus"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(tr("Hapus dasar hukum pada baris yang dipilih"))
        self.remove_button.clicked.connect(self._on_remove)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)
        self._update_buttons()

    # --- public API -------------------------------------------------------------------------

    def grounds(self) -> list[LegalGround]:
        """The grounds as entered, unvalidated. A row with nothing chosen and nothing typed is skipped."""
        result: list[LegalGround] = []
        for row in range(self.table.rowCount()):
            kind = self._ground_combo(row).currentData()
            other = self._other_edit(row).text()
            if kind == OTHER:
                result.append(LegalGround(other=other))
            elif kind:
                result.append(LegalGround(huruf=kind, angka=self._angka_combo(row).currentData()))
            elif other.strip():
                result.append(LegalGround())  # text typed, then the choice undone: ask which it is
        return result

    def set_grounds(self, grounds: list[LegalGround]) -> None:
        """Show `grounds`, replacing every row. Does not emit `changed`."""
        self._loading = True
        try:
            self.table.setRowCount(0)
            for ground in grounds:
                self._append_row(ground)
        finally:
            self._loading = False
        self._update_buttons()
        self._fix_tab_order()

    def add_ground(self, ground: LegalGround | None = None) -> int:
        """Append a row (empty by default) and return its index."""
        row = self._append_row(ground or LegalGround())
        self._fix_tab_order()
        self.table.selectRow(row)
        self._emit_changed()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.removeRow(row)
            if self.table.rowCount():
                self.table.selectRow(min(row, self.table.rowCount() - 1))
            self._update_buttons()
            self._emit_changed()

    def focus_first(self) -> None:
        """Focus the first row's ground (or the add button when there is none)."""
        if self.table.rowCount():
            self.table.selectRow(0)
            self._ground_combo(0).setFocus()
        else:
            self.add_button.setFocus()

    def ground_combo(self, row: int) -> QComboBox:
        return self._ground_combo(row)

    def angka_combo(self, row: int) -> QComboBox:
        return self._angka_combo(row)

    def other_edit(self, row: int) -> QLineEdit:
        return self._other_edit(row)

    # --- rows ---------------------------------------------------------------------------------

    def _append_row(self, ground: LegalGround) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)

        ground_combo = QComboBox()
        ground_combo.addItem(tr(CHOOSE_TEXT), NONE_CHOSEN)
        for huruf in PASAL17_HURUF:
            ground_combo.addItem(huruf_text(huruf), huruf)
        ground_combo.addItem(tr(OTHER_TEXT), OTHER)
        angka_combo = QComboBox()
        other_edit = QLineEdit()
        other_edit.setPlaceholderText(tr(OTHER_PLACEHOLDER))
        other_edit.setClearButtonEnabled(True)
        for column, widget in ((COL_GROUND, ground_combo), (COL_ANGKA, angka_combo), (COL_OTHER, other_edit)):
            widget.installEventFilter(self)
            self.table.setCellWidget(row, column, widget)

        # A huruf the domain does not know (an old or imported row) is kept as it is.
        if ground.huruf is not None and ground.huruf not in PASAL17_HURUF:
            ground_combo.addItem(tr("Pasal 17 huruf {letter}").format(letter=ground.huruf), ground.huruf)
        kind = OTHER if ground.is_other else (ground.huruf or NONE_CHOSEN)
        ground_combo.setCurrentIndex(max(ground_combo.findData(kind), 0))
        other_edit.setText(ground.other)
        self._fill_angka(angka_combo, ground_combo.currentData(), ground.angka)
        other_edit.setEnabled(kind == OTHER)

        ground_combo.currentIndexChanged.connect(lambda _i, c=ground_combo: self._on_kind_changed(c))
        angka_combo.currentIndexChanged.connect(self._emit_changed)
        other_edit.textChanged.connect(self._emit_changed)
        self._update_buttons()
        return row

    def _fill_angka(self, combo: QComboBox, kind: str, angka: int | None) -> None:
        maximum = PASAL17_MAX_ANGKA.get(kind, 0) if kind not in (NONE_CHOSEN, OTHER) else 0
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(NO_ANGKA_TEXT, None)
        for number in range(1, maximum + 1):
            combo.addItem(str(number), number)
        if angka is not None and combo.findData(angka) < 0:
            combo.addItem(str(angka), angka)  # keep a stored value the list does not offer
        combo.setCurrentIndex(max(combo.findData(angka), 0) if angka is not None else 0)
        combo.blockSignals(False)
        combo.setEnabled(combo.count() > 1)
        combo.setToolTip("" if combo.isEnabled() else tr("Dasar hukum ini tidak memiliki angka"))

    def _row_of(self, widget: QWidget) -> int:
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                if self.table.cellWidget(row, column) is widget:
                    return row
        return -1

    def _on_kind_changed(self, combo: QComboBox) -> None:
        row = self._row_of(combo)
        if row < 0:
            return
        kind = combo.currentData()
        angka_combo = self._angka_combo(row)
        self._fill_angka(angka_combo, kind, angka_combo.currentData())
        # The other-statute text stays (disabled) so switching back loses nothing typed.
        self._other_edit(row).setEnabled(kind == OTHER)
        if kind == OTHER:
            self._other_edit(row).setFocus()
        self._emit_changed()

    def _on_add(self) -> None:
        row = self.add_ground()
        self._ground_combo(row).setFocus()

    def _on_remove(self) -> None:
        self.remove_row(self.table.currentRow())

    def _fix_tab_order(self) -> None:
        """Tab goes through the rows in order, then to the buttons (cell widgets join the chain last)."""
        chain: list[QWidget] = [self.table]
        for row in range(self.table.rowCount()):
            chain += [self._ground_combo(row), self._angka_combo(row), self._other_edit(row)]
        chain_tab_order([*chain, self.add_button, self.remove_button])

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(0 <= self.table.currentRow() < self.table.rowCount())

    def _emit_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Focusing a cell widget selects its row, so "Hapus" removes the row the clerk is in.
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            row = self._row_of(watched)
            if row >= 0 and row != self.table.currentRow():
                self.table.selectRow(row)
        return super().eventFilter(watched, event)

    def _ground_combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, COL_GROUND)
        assert isinstance(widget, QComboBox)
        return widget

    def _angka_combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, COL_ANGKA)
        assert isinstance(widget, QComboBox)
        return widget

    def _other_edit(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, COL_OTHER)
        assert isinstance(widget, QLineEdit)
        return widget

    def _ground_column_width(self) -> int:
        probe = QComboBox()
        for huruf in PASAL17_HURUF:
            probe.addItem(huruf_text(huruf))
        probe.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return probe.sizeHint().width() + 8
