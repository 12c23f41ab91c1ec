"""Dataclasses for the document tests: a kop, signatures and register rows."""

from __future__ import annotations

import pytest

from ppid_desktop.reports.model import DocumentInfo, Letterhead, RegisterDocument, SignatureBlock

NIP_ATASAN = "NIP. 19690520 199803 1 008"


@pytest.fixture
def letterhead() -> Letterhead:
    return Letterhead(
        kop_lines=("PEMERINTAH PROVINSI KALIMANTAN BARAT", "SEKRETARIAT DAERAH"),
        unit_name="Biro Kesejahteraan Rakyat",
        address_line="Jalan Ahmad Yani, Pontianak 78124",
        contact_line="Telepon (0561) 736541, Pos-el kesra@kalbarprov.go.id",
    )


@pytest.fixture
def signer() -> SignatureBlock:
    return SignatureBlock(
        ("Pejabat Pengelola Informasi dan Dokumentasi", "Kepala Subbagian Tata Usaha,"),
        "Siti Rahmawati, S.Sos",
        "Pontianak, 1 Maret 2021",
        "Penata (III/c)",
        "NIP. 19870312 201001 2 004",
    )


@pytest.fixture
def approver() -> SignatureBlock:
    return SignatureBlock(
        ("Mengetahui,", "Atasan PPID", "Kepala Biro Kesejahteraan Rakyat,"),
        "drg. Hary Agung Tjahyadi, M.Kes",
        "",
        "Pembina Utama Muda (IV/c)",
        NIP_ATASAN,
    )


@pytest.fixture
def register_doc(letterhead, signer, approver) -> RegisterDocument:
    return RegisterDocument(
        letterhead=letterhead,
        info=DocumentInfo("Daftar Informasi yang Dikecualikan 2025", "BIRO KESEJAHTERAAN RAKYAT", "DIK"),
        subtitle_lines=("TAHUN 2025",),
        number="400/12/KESRA-TU/2025",
        signer=signer,
        approver=approver,
    )
