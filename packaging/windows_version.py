"""The Windows version resource of the bundle, generated from the package's version.

build.spec passes `version_info(VERSION)` to PyInstaller's EXE, so Explorer's Properties
dialog and the installer show the same version as `ppid-desktop --version`. Nothing to keep
in sync by hand: the only version number lives in ppid_desktop/__init__.py.
"""

from __future__ import annotations

import re

PRODUCT = "PPID Desktop"
COMPANY = "PPID Desktop"
DESCRIPTION = "PPID Desktop: pendokumentasian Informasi yang Dikecualikan (UU 14/2008)"
COPYRIGHT = "Perangkat lunak terbuka untuk PPID badan publik"
# US English, Unicode: what Windows reads when no other translation is declared.
LANGUAGE_CODEPAGE = (0x0409, 1200)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """"1.2.3" -> (1, 2, 3, 0); "1.2.0rc1" -> (1, 2, 0, 0). Windows wants four numbers."""
    release = re.match(r"\d+(?:\.\d+)*", version.strip())
    if release is None:
        raise ValueError(f"no version number in {version!r}")
    numbers = [int(part) for part in release.group().split(".")]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_strings(version: str, exe_name: str) -> dict[str, str]:
    dotted = ".".join(str(n) for n in version_tuple(version))
    return {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": dotted,
        "InternalName": exe_name,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }


def version_info(version: str, exe_name: str):  # type: ignore[no-untyped-def]  # a PyInstaller VSVersionInfo
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = version_tuple(version)
    language, codepage = LANGUAGE_CODEPAGE
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers, mask=0x3F, flags=0x0, OS=0x40004, fileType=0x1, subtype=0x0),
        kids=[
            StringFileInfo(
                [StringTable(f"{language:04x}{codepage:04x}", [StringStruct(k, v) for k, v in version_strings(version, exe_name).items()])]
            ),
            VarFileInfo([VarStruct("Translation", [language, codepage])]),
        ],
    )
