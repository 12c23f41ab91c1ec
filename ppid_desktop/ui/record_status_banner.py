"""A coloured line telling draft, determined, opened and archived records apart at a glance."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ppid_desktop.domain.dates import format_tanggal
from ppid_desktop.domain.enums import RecordStatus
from ppid_desktop.services.records import RecordDetail

# Background, text: colours that stay readable when printed in greyscale on a screenshot.
_STYLES = {
    "new": ("#eef1f5", "#333333"),
    RecordStatus.DRAFT: ("#fff4ce", "#5c4400"),
    RecordStatus.DITETAPKAN: ("#dff6dd", "#0f5323"),
    RecordStatus.DIBUKA: ("#deecf9", "#0b3a6e"),
}


def status_text(detail: RecordDetail | None) -> str:
    if detail is None:
        return "Rekaman baru — disimpan sebagai <b>Draf</b> di tahap pertama SOP."
    if detail.status is RecordStatus.DITETAPKAN:
        when = format_tanggal(detail.penetapan_date) if detail.penetapan_date else "—"
        text = f"<b>Ditetapkan</b> — surat penetapan nomor {detail.penetapan_number or '—'}, tanggal {when}"
    elif detail.status is RecordStatus.DIBUKA:
        text = "<b>Dibuka</b> — pengecualian berakhir; informasi tercantum di Daftar Informasi Publik"
    else:
        text = "<b>Draf</b> — uji konsekuensi belum ditetapkan"
    if detail.archived:
        text += " · <b>Diarsipkan</b>: hanya-baca; perubahan disimpan sebagai revisi dengan alasan"
        if detail.revision:
            text += f" (revisi ke-{detail.revision})"
    return text


class StatusBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("statusBanner")
        self.show_detail(None)

    def show_detail(self, detail: RecordDetail | None) -> None:
        background, foreground = _STYLES["new" if detail is None else detail.status]
        self.setStyleSheet(f"QLabel#statusBanner {{ background: {background}; color: {foreground}; padding: 6px 10px; border-radius: 3px; }}")
        self.setText(status_text(detail))
