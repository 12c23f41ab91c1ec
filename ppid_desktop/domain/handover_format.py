"""The handover package (serah terima) on paper: its records file and the rules a bag must obey.

A package is a BagIt 1.0 bag (RFC 8493). Its payload holds `data/records.json` (this module's
`RecordsFile`: the sending office, unit and officer, the SOP version, every record with its legal
grounds, stage visits and files), `data/register.pdf` and `data/files/<record uid>/<name>`.
Everything here is pure: text in, dataclasses or Indonesian reasons out. The services read and
write the files.
"""

from __future__ import annotations

import dataclasses
import json
import re
import typing
from dataclasses import dataclass
from datetime import date, datetime

from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.texts import QT_TR_NOOP

FORMAT_NAME = "ppid-desktop/serah-terima"
FORMAT_VERSION = 1
RECORDS_PATH = "data/records.json"
REGISTER_PATH = "data/register.pdf"
FILES_DIR = "data/files"
ALGORITHMS = ("sha256", "sha512")
BAGIT_TXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
# bag-info.txt fields every package must carry (the PPID-* ones are ours, RFC 8493 allows them).
REQUIRED_BAG_INFO = (
    "Source-Organization",
    "Contact-Name",
    "Bagging-Date",
    "External-Identifier",
    "Payload-Oxum",
    "PPID-Format",
    "PPID-Unit",
    "PPID-Record-Count",
)


class PackageFormatError(UserError):
    """The records file or a tag file of a package cannot be read; the message says which and why."""


@dataclass(frozen=True)
class PackageOfficer:
    """An officer named in the package, referred to by `key` ("p1", "p2", ...)."""

    key: str
    name: str
    id_kind: str = "nip"
    employee_id: str = ""
    pangkat: str = ""
    jabatan: str = ""


@dataclass(frozen=True)
class PackageGround:
    huruf: str | None
    angka: int | None
    other: str = ""


@dataclass(frozen=True)
class PackageVisit:
    stage_code: str
    round: int
    started_at: datetime
    completed_at: datetime | None
    completed_by: str | None  # PackageOfficer.key
    outcome: str
    notes: str
    working_minutes: int | None
    waktu_menit: int


@dataclass(frozen=True)
class PackageFile:
    path: str  # inside the bag: data/files/<record uid>/<safe name>
    original_name: str
    sha256: str
    size: int
    media_type: str
    stage_code: str
    added_by: str | None
    added_at: datetime


@dataclass(frozen=True)
class PackageRecord:
    uid: str
    register_number: str
    title: str
    summary: str
    unit: str  # unit name at the sending office
    consequence_opened: str
    consequence_closed: str
    period_start: date | None
    period_end: date | None
    period_condition: str
    form: str
    storage_location: str
    classification: str
    remarks: str
    status: str
    stage_code: str
    stage_entered_at: datetime
    created_at: datetime
    created_by: str | None
    updated_at: datetime
    updated_by: str | None
    finished_at: datetime | None
    archived_at: datetime | None
    revision: int
    consequence_tested_at: datetime | None
    consequence_tested_by: str | None
    penetapan_number: str
    penetapan_date: date | None
    penetapan_ppid: str | None
    penetapan_atasan: str | None
    opened_at: datetime | None
    legal_grounds: tuple[PackageGround, ...] = ()
    visits: tuple[PackageVisit, ...] = ()
    files: tuple[PackageFile, ...] = ()


@dataclass(frozen=True)
class PackageSop:
    code: str
    revision: str
    title: str
    sha256: str
    source_text: str  # the exact TOML, so the receiver follows the same SOP version
    handover_stage: str  # the stage the records were handed over from ("" when the SOP has none)


@dataclass(frozen=True)
class RecordsFile:
    package_uid: str
    created_at: datetime
    office: str
    unit: str
    officer: str | None  # PackageOfficer.key of the sender
    sop: PackageSop
    officers: tuple[PackageOfficer, ...] = ()
    records: tuple[PackageRecord, ...] = ()
    format: str = FORMAT_NAME
    version: int = FORMAT_VERSION

    def officer_by_key(self) -> dict[str, PackageOfficer]:
        return {o.key: o for o in self.officers}


# ---- records.json <-> dataclasses ---------------------------------------------------------------


class _Malformed(ValueError):
    """A value of records.json of the wrong kind: where it is and a marked phrase saying what it should be."""

    def __init__(self, where: str, problem: str | None = None) -> None:
        if problem is None:  # the value is missing
            self.error = UserError(QT_TR_NOOP("{where}: tidak ada"), where=where)
        else:
            self.error = UserError(QT_TR_NOOP("{where}: {problem}"), where=where, problem=problem)
        super().__init__(self.error.message)


def _encode(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [_encode(v) for v in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def records_to_json(records: RecordsFile) -> bytes:
    """The records file as UTF-8 JSON, keys in declaration order (readable in any text editor)."""
    return json.dumps(_encode(records), ensure_ascii=False, indent=1).encode("utf-8") + b"\n"


def _decode(kind: object, value: object, where: str) -> object:
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        if value is None and type(None) in args:
            return None
        inner = next(a for a in args if a is not type(None))
        return _decode(inner, value, where)
    if origin is tuple:
        if not isinstance(value, list):
            raise _Malformed(where, QT_TR_NOOP("harus berupa daftar"))
        return tuple(_decode(args[0], v, f"{where}[{i}]") for i, v in enumerate(value))
    if dataclasses.is_dataclass(kind):
        if not isinstance(value, dict):
            raise _Malformed(where, QT_TR_NOOP("harus berupa objek"))
        hints = typing.get_type_hints(kind)
        values = {}
        for f in dataclasses.fields(kind):
            if f.name not in value:
                if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING:
                    continue
                raise _Malformed(f"{where}.{f.name}")
            values[f.name] = _decode(hints[f.name], value[f.name], f"{where}.{f.name}")
        return kind(**values)
    if kind is datetime:
        if not isinstance(value, str):
            raise _Malformed(where, QT_TR_NOOP("harus berupa waktu ISO 8601"))
        return datetime.fromisoformat(value)
    if kind is date:
        if not isinstance(value, str):
            raise _Malformed(where, QT_TR_NOOP("harus berupa tanggal ISO 8601"))
        return date.fromisoformat(value)
    if kind is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _Malformed(where, QT_TR_NOOP("harus berupa bilangan bulat"))
        return value
    if kind is str:
        if not isinstance(value, str):
            raise _Malformed(where, QT_TR_NOOP("harus berupa teks"))
        return value
    return value  # pragma: no cover - every field type is handled above


def records_from_json(data: bytes) -> RecordsFile:
    """Parse data/records.json; raises PackageFormatError naming the field that is wrong."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageFormatError(QT_TR_NOOP("Berkas \"{path}\" bukan JSON yang sah ({reason})."),
                                 path=RECORDS_PATH, reason=str(exc)) from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise PackageFormatError(QT_TR_NOOP("Berkas \"{path}\" bukan daftar rekaman serah terima PPID Desktop."),
                                 path=RECORDS_PATH)
    if raw.get("version") != FORMAT_VERSION:
        raise PackageFormatError(
            QT_TR_NOOP("Berkas \"{path}\" memakai format versi {version}, sedangkan aplikasi ini "
                       "membaca versi {supported}. Pasang versi PPID Desktop yang sama dengan pengirim."),
            path=RECORDS_PATH, version=str(raw.get("version")), supported=FORMAT_VERSION,
        )
    try:
        parsed = _decode(RecordsFile, raw, "records")
    except (ValueError, TypeError) as exc:
        reason: object = exc.error if isinstance(exc, _Malformed) else str(exc)
        raise PackageFormatError(QT_TR_NOOP("Berkas \"{path}\" tidak lengkap atau salah isi: {reason}."),
                                 path=RECORDS_PATH, reason=reason) from exc
    assert isinstance(parsed, RecordsFile)
    return parsed


# ---- bag rules ----------------------------------------------------------------------------------

_DRIVE = re.compile(r"^[A-Za-z]:")


def manifest_path_problem(path: str) -> str | None:
    """Why a payload path in a manifest is unsafe, or None. Paths must stay inside data/.

    The reason is a marked phrase: pass it as a value of a UserError (the window translates it)."""
    if not path:
        return QT_TR_NOOP("jalurnya kosong")
    if "\\" in path:
        return QT_TR_NOOP("memakai garis miring terbalik (\\), yang dapat menunjuk ke luar paket di Windows")
    if path.startswith("/"):
        return QT_TR_NOOP("berupa jalur absolut")
    if _DRIVE.match(path):
        return QT_TR_NOOP("menunjuk ke sebuah drive (misalnya C:)")
    if path.startswith("//"):
        return QT_TR_NOOP("menunjuk ke komputer lain di jaringan (jalur UNC)")
    if "\x00" in path or any(ord(c) < 32 for c in path):
        return QT_TR_NOOP("memuat karakter kendali")
    parts = path.split("/")
    if any(part in ("..", ".") for part in parts) or "" in parts:
        return QT_TR_NOOP("memuat \"..\", \".\" atau garis miring ganda sehingga dapat keluar dari folder data/")
    if any(":" in part for part in parts):
        return QT_TR_NOOP("memuat titik dua (:), yang di Windows menunjuk ke drive atau aliran data tersembunyi")
    if parts[0] != "data" or len(parts) < 2:
        return QT_TR_NOOP("tidak berada di dalam folder data/")
    return None


def decode_manifest_path(text: str) -> str:
    """RFC 8493 2.1.3: CR, LF and % are percent-encoded in manifests."""
    return re.sub(r"%0[dD]", "\r", re.sub(r"%0[aA]", "\n", text)).replace("%25", "%")


def encode_manifest_path(path: str) -> str:
    return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D")


def parse_manifest(text: str, manifest_name: str) -> list[tuple[str, str]]:
    """(checksum, path) per line; raises PackageFormatError naming the manifest and the line."""
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split(None, 1)
        if len(parts) != 2 or not re.fullmatch(r"[0-9a-fA-F]+", parts[0]):
            raise PackageFormatError(QT_TR_NOOP("Baris {number} berkas \"{name}\" tidak berformat \"sidik jalur\"."),
                                     number=number, name=manifest_name)
        entries.append((parts[0].lower(), decode_manifest_path(parts[1].lstrip("*").strip("\r"))))
    return entries


def parse_bag_info(text: str) -> dict[str, list[str]]:
    """bag-info.txt labels and values; indented lines continue the previous value."""
    info: dict[str, list[str]] = {}
    last: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if line[0] in " \t" and last is not None:
            info[last][-1] += " " + line.strip()
            continue
        label, sep, value = line.partition(":")
        if not sep or not label.strip():
            raise PackageFormatError(QT_TR_NOOP("Baris {number} berkas \"{name}\" tidak berformat \"Label: nilai\"."),
                                     number=number, name="bag-info.txt")
        last = label.strip()
        info.setdefault(last, []).append(value.strip())
    return info


def missing_bag_info(info: dict[str, list[str]]) -> list[str]:
    return [label for label in REQUIRED_BAG_INFO if not any(v.strip() for v in info.get(label, []))]


def format_bag_info(fields: dict[str, str]) -> str:
    """One "Label: value" line per field (line breaks in a value become spaces)."""
    return "".join(f"{label}: {' '.join(str(value).split())}\n" for label, value in fields.items())


def parse_oxum(value: str) -> tuple[int, int] | None:
    """Payload-Oxum "octets.streamcount" -> (bytes, files), None when malformed."""
    match = re.fullmatch(r"(\d+)\.(\d+)", value.strip())
    return (int(match.group(1)), int(match.group(2))) if match else None


def package_name(office: str, moment: datetime, package_uid: str) -> str:
    """"serah-terima-biro-kesejahteraan-rakyat-20250301-093000-1a2b3c4d": ASCII, Windows-safe."""
    slug = re.sub(r"[^a-z0-9]+", "-", office.lower()).strip("-")[:40].strip("-") or "kantor"
    return f"serah-terima-{slug}-{moment:%Y%m%d-%H%M%S}-{package_uid.replace('-', '')[:8]}"

