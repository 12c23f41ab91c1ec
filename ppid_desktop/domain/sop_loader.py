"""Parsing and validation of SOP template files (TOML, format 1).

Templates are written by hand in each office, so every mistake must be refused with the file,
the line and the reason in Indonesian: a typo silently ignored would change the workflow. The
reasons are marked templates with values (or marked phrases), so the window can show them in
English (domain/sop.SopTemplateError is a UserError).
``tomllib`` gives no positions for values, so :class:`_Locator` scans the source once to map
each table and key to the line it is written on (best effort, for valid TOML only).
"""

from __future__ import annotations

import difflib
import hashlib
import re
import tomllib
from datetime import date, datetime, time
from typing import Any

from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.sop import Role, Signatory, SopHeader, SopTemplate, SopTemplateError, Stage, StageKind
from ppid_desktop.domain.texts import QT_TR_NOOP

KeyPath = tuple[str | int, ...]  # e.g. ("stages", 1, "pelaksana"): key in the 2nd [[stages]]

_TEMPLATE_CODE = re.compile(r"[a-z0-9-]+")
_ROLE_CODE = re.compile(r"[a-z_]+")
_STAGE_CODE = re.compile(r"[a-z0-9_]+")
_DIGITS = re.compile(r"[0-9]*")

_ROOT_KEYS = ("format", "code", "revision", "header", "roles", "stages")
_HEADER_KEYS = ("judul", "nomor", "instansi", "tanggal_pembuatan", "tanggal_revisi", "tanggal_efektif",
                "disahkan_oleh", "dasar_hukum", "kualifikasi_pelaksana", "keterkaitan", "peralatan",
                "peringatan", "pencatatan")
_SIGNATORY_KEYS = ("jabatan", "nama", "pangkat", "nip")
_ROLE_KEYS = ("code", "name")
_STAGE_KEYS = ("code", "nama", "uraian", "pelaksana", "syarat", "waktu", "waktu_menit", "output", "output_berkas",
               "keterangan", "kind", "return_to")

def _short_name(uraian: str, limit: int = 32) -> str:
    """A tab label for a stage whose template gives no 'nama': the uraian's first words."""
    words, name = uraian.split(), ""
    for word in words:
        if len(name) + len(word) + 1 > limit:
            return name + "…"
        name = f"{name} {word}".strip()
    return name


_DATE_HINT = QT_TR_NOOP("tanggal TOML tanpa tanda kutip (contoh: 2021-03-01)")

# ---------------------------------------------------------------- where is a key written?

_PART = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')"""
_DOTTED = rf"{_PART}(?:\s*\.\s*{_PART})*"
_HEADER_RE = re.compile(rf"\s*(\[\[?)\s*({_DOTTED})\s*\]")
_KEY_RE = re.compile(rf"\s*({_DOTTED})\s*=")
_PART_RE = re.compile(_PART)


def _parts(dotted: str) -> tuple[str, ...]:
    return tuple(p[1:-1] if p[0] in "\"'" else p for p in _PART_RE.findall(dotted))


def _skip_value(line: str, i: int, depth: int, ml: str | None) -> tuple[int, str | None]:
    """Scan a line's value text, tracking bracket depth and open multi-line strings.

    Needed so that text inside strings or multi-line arrays is never taken for a key or header.
    """
    while i < len(line):
        if ml is not None:
            end = line.find(ml, i)
            if end < 0:
                return depth, ml
            backslashes = len(line[:end]) - len(line[:end].rstrip("\\"))
            i, ml = (end + 1, ml) if ml == '"""' and backslashes % 2 else (end + 3, None)
            continue
        c = line[i]
        if c == "#":
            break
        if line.startswith(('"""', "'''"), i):
            ml, i = line[i:i + 3], i + 3
            continue
        if c == '"':
            i += 1
            while i < len(line) and line[i] != '"':
                i += 2 if line[i] == "\\" else 1
        elif c == "'":
            end = line.find("'", i + 1)
            i = len(line) if end < 0 else end
        elif c in "[{":
            depth += 1
        elif c in "]}":
            depth = max(0, depth - 1)
        i += 1
    return depth, ml


class _Locator:
    """Maps key paths to the line (1-based) where they are written."""

    def __init__(self, text: str) -> None:
        self._lines: dict[KeyPath, int] = {}
        arrays: dict[tuple[str, ...], int] = {}  # [[name]] -> index of its latest occurrence
        table: KeyPath = ()
        depth, ml = 0, None
        for number, line in enumerate(text.split("\n"), start=1):  # TOML counts "\n" only
            start = 0
            if depth == 0 and ml is None:
                if header := _HEADER_RE.match(line):
                    raw = _parts(header.group(2))
                    if header.group(1) == "[[":
                        arrays[raw] = arrays.get(raw, -1) + 1
                    resolved: list[str | int] = []
                    for n, part in enumerate(raw, start=1):  # [stages.x] means the latest stage
                        resolved.append(part)
                        if raw[:n] in arrays:
                            resolved.append(arrays[raw[:n]])
                    table = tuple(resolved)
                    self._add(table, number)
                    continue
                if key := _KEY_RE.match(line):
                    self._add(table + _parts(key.group(1)), number)
                    start = key.end()
            depth, ml = _skip_value(line, start, depth, ml)

    def _add(self, path: KeyPath, number: int) -> None:
        for n in range(1, len(path) + 1):  # a dotted key also "writes" its parents
            self._lines.setdefault(path[:n], number)

    def line(self, path: KeyPath) -> int | None:
        """Line of ``path``, else of its nearest written parent (a missing key: its table)."""
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path[:-1]
        return None


# ---------------------------------------------------------------- TOML syntax errors

_TOML_POSITION = re.compile(r"(?s)(.*) \((?:at line (\d+), column (\d+)|at end of document)\)")
_TOML_MESSAGES = {  # tomllib's English messages, by prefix; others are shown as they are
    "Invalid value": QT_TR_NOOP("nilai tidak valid"),
    "Invalid statement": QT_TR_NOOP("baris tidak dapat dibaca"),
    "Unterminated string": QT_TR_NOOP("teks tidak ditutup dengan tanda kutip"),
    "Illegal character '\\n'": QT_TR_NOOP("teks tidak ditutup dengan tanda kutip sebelum akhir baris"),
    "Illegal character": QT_TR_NOOP("ada karakter yang tidak boleh dipakai"),
    "Unclosed array": QT_TR_NOOP("daftar [ ... ] tidak ditutup"),
    "Unclosed inline table": QT_TR_NOOP("tabel { ... } tidak ditutup"),
    "Cannot overwrite a value": QT_TR_NOOP("kunci yang sama ditulis dua kali"),
    "Cannot declare": QT_TR_NOOP("tabel yang sama ditulis dua kali"),
    "Expected '=' after a key": QT_TR_NOOP("tanda '=' tidak ada setelah nama kunci"),
    "Expected ']]'": QT_TR_NOOP("tanda ']]' tidak ada di akhir nama tabel"),
    "Expected ']'": QT_TR_NOOP("tanda ']' tidak ada di akhir nama tabel"),
    "Expected newline or end of document": QT_TR_NOOP("ada teks lain setelah nilai pada baris yang sama"),
    "Invalid date or datetime": QT_TR_NOOP("tanggal tidak valid"),
}


def _decode(text: str, path: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_POSITION.fullmatch(str(exc))
        message = found.group(1) if found else str(exc)
        if found and found.group(2):
            line: int | None = int(found.group(2))
            where: str | UserError = UserError(QT_TR_NOOP("kolom {column}"), column=found.group(3))
        else:  # "at end of document": point at the last line that has text
            line = len(text.rstrip().split("\n"))
            where = QT_TR_NOOP("akhir berkas")
        indonesian = next((v for k, v in _TOML_MESSAGES.items() if message.startswith(k)), QT_TR_NOOP("sintaks tidak valid"))
        raise SopTemplateError(path, line, UserError(QT_TR_NOOP("kesalahan TOML ({where}): {problem} [{detail}]"),
                                                     where=where, problem=indonesian, detail=message)) from exc


# ---------------------------------------------------------------- typed access to one table

def _type_name(value: object) -> str:
    # datetime before date: a TOML date-time is a datetime, which is also a date.
    # The names are marked phrases: the window translates them where they are values of a reason.
    for kind, name in ((bool, "true/false"), (int, QT_TR_NOOP("bilangan bulat")), (float, QT_TR_NOOP("bilangan pecahan")),
                       (str, QT_TR_NOOP("teks")), (list, QT_TR_NOOP("daftar")), (dict, QT_TR_NOOP("tabel")),
                       (datetime, QT_TR_NOOP("tanggal-waktu")), (date, QT_TR_NOOP("tanggal")), (time, QT_TR_NOOP("jam"))):
        if isinstance(value, kind):
            return name
    return type(value).__name__


class _Table:
    """One TOML table plus where it sits in the file, so each complaint gets its line."""

    def __init__(self, path: str, lines: _Locator, data: object, where: KeyPath, label: str | UserError,
                 allowed: tuple[str, ...]) -> None:
        self.path, self.lines, self.where, self.label, self.allowed = path, lines, where, label, allowed
        if not isinstance(data, dict):
            raise self.error(None, UserError(QT_TR_NOOP("harus berupa tabel, bukan {found}"), found=_type_name(data)))
        self.data: dict[str, Any] = data

    def error(self, key: str | int | None, reason: str | UserError) -> SopTemplateError:
        """`reason`: a marked phrase, or a UserError made from a marked template with values."""
        where = self.where if key is None else self.where + (key,)
        # The root table has no label: its reasons read on their own.
        if self.label:
            reason = UserError(QT_TR_NOOP("{label}: {reason}"), label=self.label, reason=reason)
        return SopTemplateError(self.path, self.lines.line(where), reason)

    def check_unknown(self) -> None:
        for key in self.data:
            if key not in self.allowed:
                near = difflib.get_close_matches(key, self.allowed, n=1)
                hint = (UserError(QT_TR_NOOP("maksudnya '{key}'?"), key=near[0]) if near
                        else UserError(QT_TR_NOOP("yang boleh: {keys}"), keys=", ".join(self.allowed)))
                raise self.error(key, UserError(QT_TR_NOOP("kunci '{key}' tidak dikenal ({hint})"), key=key, hint=hint))

    def get(self, key: str, kind: type | tuple[type, ...], expected: str, default: Any = None) -> Any:
        """The value of ``key``; required when no default is given. ``expected`` is a marked phrase."""
        if key not in self.data:
            if default is None:
                raise self.error(key, UserError(QT_TR_NOOP("kunci '{key}' wajib ada"), key=key))
            return default
        value = self.data[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        # bool is an int and datetime is a date in Python, but TOML keeps them apart.
        if (isinstance(value, bool) and bool not in kinds) or isinstance(value, datetime) \
                or not isinstance(value, kinds):
            raise self.error(key, UserError(QT_TR_NOOP("'{key}' harus berupa {expected}, bukan {found}"),
                                            key=key, expected=expected, found=_type_name(value)))
        return value

    def text(self, key: str, default: str | None = None, nonempty: bool = False) -> str:
        value: str = self.get(key, str, QT_TR_NOOP("teks"), default)
        if nonempty and not value.strip():
            raise self.error(key, UserError(QT_TR_NOOP("'{key}' tidak boleh kosong"), key=key))
        return value

    def texts(self, key: str, default: tuple[str, ...] | None = ()) -> tuple[str, ...]:
        values: list[Any] = self.get(key, list, QT_TR_NOOP("daftar teks"), default)
        if not all(isinstance(v, str) for v in values):
            raise self.error(key, UserError(QT_TR_NOOP("'{key}' harus berupa daftar teks, misalnya [\"...\", \"...\"]"), key=key))
        return tuple(values)

    def code(self, key: str, pattern: re.Pattern[str], allowed: str) -> str:
        """A code matching ``pattern``; ``allowed`` (a marked phrase) says which characters may be used."""
        value = self.text(key)
        if not pattern.fullmatch(value):
            raise self.error(key, UserError(QT_TR_NOOP("kode '{value}' tidak valid (hanya boleh {allowed})"), value=value, allowed=allowed))
        return value

    def day(self, key: str) -> date:
        return self.get(key, date, _DATE_HINT)

    def optional_day(self, key: str) -> date | None:
        """A date, or none when the key is absent or "" (the printed sheet leaves it blank)."""
        value = self.get(key, (date, str), _DATE_HINT, "")
        if value == "":
            return None
        if isinstance(value, str):
            raise self.error(key, UserError(QT_TR_NOOP("'{key}' harus berupa {expected} atau \"\""), key=key, expected=_DATE_HINT))
        return value


# ---------------------------------------------------------------- the template itself

def build_template(text: str, path: str) -> SopTemplate:
    """Validate template text. It is kept and hashed exactly as given, byte-order mark included,
    so re-parsing a stored ``source_text`` always gives back the same ``sha256``."""
    # Notepad may save a byte-order mark, which TOML forbids: parse without it.
    body = text.removeprefix("\ufeff")
    lines = _Locator(body)
    root = _Table(path, lines, _decode(body, path), (), "", _ROOT_KEYS)
    # Format first: a newer file's new keys should read as "too new", not as typos.
    fmt = root.get("format", int, QT_TR_NOOP("bilangan bulat"))
    if fmt != 1:
        raise root.error("format", UserError(QT_TR_NOOP("format {format} tidak didukung; aplikasi ini hanya membaca format 1"), format=fmt))
    root.check_unknown()
    code = root.code("code", _TEMPLATE_CODE, QT_TR_NOOP("huruf kecil a-z, angka dan tanda '-'"))
    revision = root.text("revision", nonempty=True)
    header = _header(_Table(path, lines, root.get("header", dict, QT_TR_NOOP("tabel [header]")),
                            ("header",), "[header]", _HEADER_KEYS))
    roles = _roles(root, root.get("roles", list, QT_TR_NOOP("daftar [[roles]]"), []))
    stages = _stages(root, root.get("stages", list, QT_TR_NOOP("daftar [[stages]]"), []), {r.code for r in roles})
    return SopTemplate(code=code, revision=revision, header=header, roles=roles, stages=stages,
                       source_text=text, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


def _header(t: _Table) -> SopHeader:
    t.check_unknown()
    signatory = None
    if "disahkan_oleh" in t.data:
        s = _Table(t.path, t.lines, t.data["disahkan_oleh"], ("header", "disahkan_oleh"),
                   "[header] disahkan_oleh", _SIGNATORY_KEYS)
        s.check_unknown()
        signatory = Signatory(jabatan=s.text("jabatan", nonempty=True), nama=s.text("nama", nonempty=True),
                              pangkat=s.text("pangkat", ""), nip=s.text("nip", ""))
        if not _DIGITS.fullmatch(signatory.nip):
            raise s.error("nip", UserError(QT_TR_NOOP("NIP '{nip}' hanya boleh berisi angka, tanpa spasi atau titik"), nip=signatory.nip))
    instansi = t.texts("instansi", None)
    if not instansi:
        raise t.error("instansi", QT_TR_NOOP("'instansi' harus berisi minimal satu baris"))
    return SopHeader(
        judul=t.text("judul", nonempty=True), nomor=t.text("nomor", nonempty=True), instansi=instansi,
        tanggal_pembuatan=t.day("tanggal_pembuatan"), tanggal_revisi=t.optional_day("tanggal_revisi"),
        tanggal_efektif=t.optional_day("tanggal_efektif"),
        disahkan_oleh=signatory, dasar_hukum=t.texts("dasar_hukum"),
        kualifikasi_pelaksana=t.texts("kualifikasi_pelaksana"), keterkaitan=t.texts("keterkaitan"),
        peralatan=t.texts("peralatan"), peringatan=t.text("peringatan", ""), pencatatan=t.texts("pencatatan"))


def _roles(root: _Table, items: list[Any]) -> tuple[Role, ...]:
    if not items:
        raise root.error("roles", QT_TR_NOOP("tidak ada [[roles]]; tulis minimal satu kolom pelaksana"))
    roles: list[Role] = []
    for i, item in enumerate(items):
        t = _Table(root.path, root.lines, item, ("roles", i), UserError(QT_TR_NOOP("peran ke-{number}"), number=i + 1), _ROLE_KEYS)
        t.check_unknown()
        role = Role(code=t.code("code", _ROLE_CODE, QT_TR_NOOP("huruf kecil a-z dan '_'")), name=t.text("name", nonempty=True))
        if any(r.code == role.code for r in roles):
            raise t.error("code", UserError(QT_TR_NOOP("kode peran '{code}' sudah dipakai peran lain"), code=role.code))
        roles.append(role)
    return tuple(roles)


def _stages(root: _Table, items: list[Any], role_codes: set[str]) -> tuple[Stage, ...]:
    if not items:
        raise root.error("stages", QT_TR_NOOP("tidak ada [[stages]]; templat harus memiliki minimal satu tahap"))
    stages: list[Stage] = []
    tables: list[_Table] = []
    for i, item in enumerate(items):
        t = _Table(root.path, root.lines, item, ("stages", i), UserError(QT_TR_NOOP("tahap ke-{number}"), number=i + 1), _STAGE_KEYS)
        t.check_unknown()
        code = t.code("code", _STAGE_CODE, QT_TR_NOOP("huruf kecil a-z, angka dan '_'"))
        t.label = UserError(QT_TR_NOOP("tahap '{code}'"), code=code)
        if any(s.code == code for s in stages):
            raise t.error("code", UserError(QT_TR_NOOP("kode tahap '{code}' sudah dipakai tahap lain"), code=code))
        pelaksana = t.texts("pelaksana", None)
        if not pelaksana:
            raise t.error("pelaksana", QT_TR_NOOP("'pelaksana' harus berisi minimal satu kode peran"))
        for role in pelaksana:
            if role not in role_codes:
                raise t.error("pelaksana", UserError(QT_TR_NOOP("pelaksana '{role}' tidak ada di [[roles]]"), role=role))
        if len(set(pelaksana)) != len(pelaksana):
            raise t.error("pelaksana", QT_TR_NOOP("ada kode peran yang ditulis dua kali di 'pelaksana'"))
        minutes: int = t.get("waktu_menit", int, QT_TR_NOOP("bilangan bulat (menit)"))
        if minutes <= 0:
            raise t.error("waktu_menit", UserError(QT_TR_NOOP("'waktu_menit' harus lebih dari 0, bukan {minutes}"), minutes=minutes))
        kind_text = t.text("kind", StageKind.ORDINARY.value)
        if kind_text not in {k.value for k in StageKind}:
            raise t.error("kind", UserError(QT_TR_NOOP("jenis tahap '{kind}' tidak dikenal (yang boleh: {kinds})"),
                                            kind=kind_text, kinds=", ".join(k.value for k in StageKind)))
        output = t.text("output")
        berkas: bool = t.get("output_berkas", bool, "true/false", False)
        if berkas and not output.strip():
            raise t.error("output_berkas", QT_TR_NOOP("'output_berkas' = true tetapi 'output' kosong"))
        stages.append(Stage(
            number=i + 1, code=code, nama=t.text("nama", "") or _short_name(t.text("uraian", nonempty=True)),
            uraian=t.text("uraian", nonempty=True), pelaksana=pelaksana,
            syarat=t.texts("syarat"), waktu=t.text("waktu", nonempty=True), waktu_menit=minutes,
            output=output, output_berkas=berkas, keterangan=t.text("keterangan", ""),
            kind=StageKind(kind_text), return_to=t.text("return_to", "") or None))
        tables.append(t)
    # return_to is checked once all codes are known, to tell "later stage" from "no such stage".
    for n, (stage, t) in enumerate(zip(stages, tables)):
        target = stage.return_to
        if stage.kind is not StageKind.REVIEW:
            if target is not None:
                raise t.error("return_to", QT_TR_NOOP("'return_to' hanya boleh pada tahap dengan kind = \"review\""))
        elif target is None:
            raise t.error("return_to" if "return_to" in t.data else "kind",
                          QT_TR_NOOP("tahap reviu wajib punya 'return_to' (kode tahap tujuan jika dikembalikan)"))
        elif target not in {s.code for s in stages}:
            raise t.error("return_to", UserError(QT_TR_NOOP("'return_to' menyebut tahap '{target}' yang tidak ada"), target=target))
        elif target not in {s.code for s in stages[:n]}:
            raise t.error("return_to", UserError(QT_TR_NOOP("'return_to' harus menunjuk tahap sebelumnya, bukan '{target}'"), target=target))
    return tuple(stages)
