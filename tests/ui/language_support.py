"""Reading every text a widget tree shows, and finding Indonesian words left in an English window."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QStatusBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

# Words that occur in the window's Indonesian texts and are not English words (so not "status",
# "unit", "folder"; "Bahasa Indonesia" is the language's own name, passed as data). A text still
# containing one in English is a text that escaped translation.
INDONESIAN = frozenset(
    """
    dan yang tidak dengan untuk dari pada atau akan sudah belum telah dapat harus bila jika agar
    rekaman simpan batal tutup hapus tambah ubah buka cari cetak sunting bantuan berkas pengaturan
    kantor tahap daftar semua baru pilih kembali lanjut selesai keluar masuk kirim terima serah
    paket bersama cadangan pemulihan kata sandi akun pengguna nama tanggal judul
    petugas pejabat lampiran penetapan uji konsekuensi dikecualikan informasi waktu kerja hari
    libur kertas kunci layar menit halaman riwayat keterangan alasan jumlah
    """.split()
)
_WORD = re.compile(r"[A-Za-z]+")


# Rows of a table, tree or list read per view (its first ones, children included): enough to meet
# every kind of text a view shows, few enough to keep the walk fast.
ROWS_PER_VIEW = 30
_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def widget_texts(root: QWidget) -> Iterator[str]:
    """Every text `root` and its children show: titles, labels, buttons, menus, tool tips,
    placeholders, tabs, combo items, status-bar messages, read-only text boxes, and the headers,
    texts and tool tips of the first rows of tables, trees and lists."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget.isWindow():
            yield widget.windowTitle()
        yield widget.toolTip()
        for action in QWidget.actions(widget):  # unbound: some panels name an attribute "actions"
            yield action.text()
            yield action.toolTip()
        if isinstance(widget, QLabel):
            yield widget.text()
        elif isinstance(widget, QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):  # QTextBrowser too
            yield widget.placeholderText()
            if widget.isReadOnly():  # an editable box holds the user's own data
                yield widget.toPlainText()
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QMenu):
            yield widget.title()
        elif isinstance(widget, QStatusBar):
            yield widget.currentMessage()
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            if widget.model() is not None:  # a header shares its view's model: read once, by the view
                yield from _view_texts(widget.model())  # QTableWidget, QListWidget, QTreeView, ...
        elif isinstance(widget, QWizard):
            for page_id in widget.pageIds():
                page = widget.page(page_id)
                yield page.title()
                yield page.subTitle()
    if isinstance(root, QMainWindow):
        yield from (menu.title() for menu in root.menuBar().findChildren(QMenu))


def _view_texts(model: QAbstractItemModel) -> Iterator[str]:
    """The column headers of `model` and the texts and tool tips of its first rows."""
    for section in range(_columns(model, QModelIndex())):
        for role in _ROLES:
            yield _text(model.headerData(section, Qt.Orientation.Horizontal, role))
    budget = ROWS_PER_VIEW
    parents = [QModelIndex()]
    while parents and budget > 0:
        parent = parents.pop(0)
        columns = _columns(model, parent)
        for row in range(min(model.rowCount(parent), budget)):
            budget -= 1
            for column in range(columns):
                index = model.index(row, column, parent)
                for role in _ROLES:
                    yield _text(model.data(index, role))
            first = model.index(row, 0, parent)
            if not isinstance(model, (QAbstractListModel, QAbstractTableModel)) and model.hasChildren(first):
                parents.append(first)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """The columns under `parent` (PySide6 makes columnCount private on a list model, and
    hasChildren on list and table models)."""
    if isinstance(model, QAbstractListModel):
        return 0 if parent.isValid() else 1
    return model.columnCount(parent)


def _text(value: object) -> str:
    """A value a view shows as text; numbers, dates and icons are no words to translate."""
    return value if isinstance(value, str) else ""


def indonesian_left(texts: Iterable[str], data: Iterable[str] = ()) -> list[str]:
    """The texts that still contain an Indonesian word once the office's own data (names of
    units, officers, SOP stages, ...) is taken out of them."""
    data = sorted({" ".join(d.split()) for d in data if d}, key=len, reverse=True)
    found = []
    for text in texts:
        plain = " ".join(re.sub(r"<[^>]+>", " ", text or "").replace("&", "").split())
        for item in data:
            plain = plain.replace(item, " ")
        if any(word.lower() in INDONESIAN for word in _WORD.findall(plain)):
            found.append(text)
    return sorted(set(found))
