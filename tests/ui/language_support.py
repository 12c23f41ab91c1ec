"""Reading every text a widget tree shows, and finding Indonesian words left in an English window."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
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


def widget_texts(root: QWidget) -> Iterator[str]:
    """Every text `root` and its children show: titles, labels, buttons, menus, tool tips,
    placeholders, tabs, combo items and table headers."""
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
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            yield widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QMenu):
            yield widget.title()
        elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            for section in range(model.columnCount(QModelIndex())):
                yield str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        elif isinstance(widget, QWizard):
            for page_id in widget.pageIds():
                page = widget.page(page_id)
                yield page.title()
                yield page.subTitle()
    if isinstance(root, QMainWindow):
        yield from (menu.title() for menu in root.menuBar().findChildren(QMenu))


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
