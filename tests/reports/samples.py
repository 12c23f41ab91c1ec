"""Sample register rows for the document tests."""

from __future__ import annotations

from ppid_desktop.domain.enums import Classification
from ppid_desktop.reports.model import RegisterRow


def make_rows(count: int, classification: Classification = Classification.TERBATAS, **changes) -> list[RegisterRow]:
    """Rows with text in every column; each title carries a unique token REC0001, REC0002, ..."""
    rows = []
    for i in range(1, count + 1):
        values = dict(
            number=i,
            title=f"Data pribadi penerima bantuan sosial REC{i:04d} Kabupaten Sambas",
            summary="Nama, NIK, alamat dan kondisi ekonomi keluarga penerima bantuan.",
            register_number=f"DIK/KESRA/2025/{i:04d}",
            dasar_hukum="Pasal 17 huruf h angka 2 UU 14/2008",
            konsekuensi_dibuka="Mengungkap rahasia pribadi penerima bantuan dan menimbulkan stigma.",
            konsekuensi_ditutup="Melindungi privasi penerima bantuan sebagai kepentingan yang lebih besar.",
            jangka_waktu="Sampai dengan 31 Desember 2030",
            unit="Bagian Kesejahteraan Sosial",
            keterangan="Klasifikasi: Terbatas",
            classification=classification,
        )
        values.update(changes)
        rows.append(RegisterRow(**values))
    return rows
