"""What the About dialog lists: the version, where the data and the log are, and the licences
of everything the installation ships (the libraries and the embedded fonts)."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata

from ppid_desktop import __version__
from ppid_desktop.domain.texts import QT_TR_NOOP
from ppid_desktop.storage.paths import DataPaths, resources_dir


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    purpose: str  # what PPID Desktop uses it for, in Indonesian


# (shown name, distribution name for the version, licence (SPDX), purpose). The licence is
# written here rather than read from the package metadata: older packages leave the field
# empty, and the bundle need not carry every package's metadata.
_LIBRARIES = (
    ("Qt for Python (PySide6)", "PySide6-Essentials", "LGPL-3.0-only", QT_TR_NOOP("Jendela, tabel, pratinjau cetak")),
    ("Qt PDF (PySide6-Pdf)", "PySide6-Pdf", "LGPL-3.0-only", QT_TR_NOOP("Pratinjau dokumen PDF")),
    ("SQLAlchemy", "SQLAlchemy", "MIT", QT_TR_NOOP("Akses basis data")),
    ("Alembic", "alembic", "MIT", QT_TR_NOOP("Pembaruan skema basis data")),
    ("Mako", "Mako", "MIT", QT_TR_NOOP("Dipakai Alembic")),
    ("ReportLab", "reportlab", "BSD-3-Clause", QT_TR_NOOP("Dokumen PDF: register DIK, surat penetapan, lembar SOP")),
    ("Pillow", "pillow", "MIT-CMU", QT_TR_NOOP("Logo kantor pada dokumen cetak")),
    ("openpyxl", "openpyxl", "MIT", QT_TR_NOOP("Impor dan ekspor register Excel")),
    ("bagit", "bagit", QT_TR_NOOP("CC0-1.0 (domain publik)"), QT_TR_NOOP("Paket serah terima BagIt")),
    ("platformdirs", "platformdirs", "MIT", QT_TR_NOOP("Letak folder data pengguna")),
    ("SQLCipher (sqlcipher3-wheels)", "sqlcipher3-wheels", "Zlib; SQLCipher: BSD-3-Clause", QT_TR_NOOP("Enkripsi basis data")),
    ("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause", QT_TR_NOOP("Enkripsi berkas (AES-256-GCM)")),
    ("argon2-cffi", "argon2-cffi", "MIT", QT_TR_NOOP("Kunci dari kata sandi (Argon2id)")),
    ("CFFI", "cffi", "MIT-0", QT_TR_NOOP("Dipakai argon2-cffi dan cryptography")),
)
FONT_LICENCE_FILE = "LICENSE-LiberationSans.txt"


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "-"


def components() -> list[Component]:
    """Python, the libraries and the fonts, each with its version and licence."""
    listed = [Component("Python", platform.python_version(), "PSF-2.0", QT_TR_NOOP("Bahasa pemrograman dan pustaka standar"))]
    listed += [Component(name, _version(dist), licence, purpose) for name, dist, licence, purpose in _LIBRARIES]
    listed.append(Component("Liberation Sans", "2.1.5", "OFL-1.1", QT_TR_NOOP("Huruf yang ditanam pada setiap PDF")))
    return listed


def font_licence_text() -> str:
    """The SIL Open Font License of the embedded font, as shipped under resources/fonts."""
    try:
        return (resources_dir() / "fonts" / FONT_LICENCE_FILE).read_text(encoding="utf-8")
    except OSError:
        return QT_TR_NOOP("Berkas lisensi huruf tidak ditemukan; lihat https://openfontlicense.org")


@dataclass(frozen=True)
class AboutFacts:
    version: str
    data_folder: str
    database_file: str
    log_file: str


def about_facts(paths: DataPaths) -> AboutFacts:
    return AboutFacts(__version__, str(paths.root), str(paths.database), str(paths.log_file))
