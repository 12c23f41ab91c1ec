"""The demo office: a provincial biro with a realistic register (data in `resources/demo/`), to try the app and to benchmark.

Up to 40 records go through `create_record`, `services.workflow` and `services.determination`, each action at a planned moment
in office hours (`_demo_clock`). Further records (benchmarks ask for 100,000) are written with Core in batches, in one
transaction, with their open stage visit and audit entries. All but the uids come from `random.Random(2021)` and the day.
"""

from __future__ import annotations

import json
import random
import tempfile
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from itertools import count, islice
from pathlib import Path
from typing import Any

from sqlalchemy import case, insert, literal, select

from ppid_desktop.domain.calendar import WorkCalendar
from ppid_desktop.domain.dates import format_tanggal
from ppid_desktop.domain.enums import Classification, InformationForm, PaperSize, RecordStatus
from ppid_desktop.domain.errors import UserError
from ppid_desktop.domain.legal import parse_legal_grounds
from ppid_desktop.domain.office import OfficeProfile, OfficerDraft, UnitDraft
from ppid_desktop.domain.record import RecordDraft
from ppid_desktop.domain.sop import SopTemplate, StageKind
from ppid_desktop.services import determination, workflow
from ppid_desktop.services.office import is_set_up, list_officers, list_units, setup_office
from ppid_desktop.services.records import create_record
from ppid_desktop.services.sop_catalog import available_templates
from ppid_desktop.storage import models
from ppid_desktop.storage import audit_chain
from ppid_desktop.storage.database import Database
from ppid_desktop.storage.models import AuditEntry, ExemptRecord, LegalGroundRow, Office, StageVisit, new_uid
from ppid_desktop.storage.paths import resources_dir

SEED = 2021
VALIDATED_RECORDS = 40  # made through the services; the rest are bulk-inserted
IN_PROGRESS_SHARE = 0.35  # of those, the newest: still moving through the SOP; the older ones have finished it
BATCH_SIZE = 5000
BULK_CACHE_KIB = 65536  # page cache for the bulk load (with SQLite's 2 MB every index insert goes to disk); restored after
_LATE_MINUTES = 540  # a visit that misses its waktu baku takes up to this much longer
_NO_END = "Tidak terbatas"  # a condition under which an exemption never ends
_EXPIRING_WORKING_DAYS = 30  # the PPID decides no later than 30 working days before an exemption ends
_Path = tuple[list[tuple[int, str]], int, list[int]]  # steps (stage index, "complete"|"return"), stage reached, minutes per step


def _demo_data(sop_code: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The biro of a seed SOP (an office's own SOP gets the Kalimantan Barat one) and the texts of the register."""
    offices = resources_dir() / "demo" / "offices"
    office = tomllib.loads((offices / f"{sop_code if (offices / f'{sop_code}.toml').is_file() else 'kalbar-kesra'}.toml").read_text(encoding="utf-8"))
    office["profile"] = OfficeProfile(**office["profile"] | {"paper": PaperSize(office["profile"]["paper"]), "sop_code": sop_code})
    texts = tomllib.loads((offices.parent / "information.toml").read_text(encoding="utf-8"))
    for info in texts["information"]:  # parsed once: grounds as registers write them, enums, the units that hold the kind
        info |= {"grounds": [parse_legal_grounds(text) for text in info["grounds"]], "forms": [InformationForm(f) for f in info["forms"]],
                 "classes": [Classification(c) for c in info["classes"]], "years": info.get("years"), "remarks": info.get("remarks", [""]),
                 "units": [code for key in info["holders"] for code in office["holders"][key]]}
    return office, texts


def _add_working(calendar: WorkCalendar, moment: datetime, minutes: float) -> datetime:
    """The naive local moment `minutes` of working time after `moment` (before it, when negative)."""
    step, left = (1, minutes) if minutes >= 0 else (-1, -minutes)
    while True:
        day = moment.date()
        opens, closes = datetime.combine(day, calendar.start), datetime.combine(day, calendar.end)
        if calendar.is_working_day(day):
            moment = max(moment, opens) if step > 0 else min(moment, closes)
            room = ((closes - moment) if step > 0 else (moment - opens)).total_seconds() / 60
            if room >= left:
                return moment + timedelta(minutes=step * left)
            left -= max(0.0, room)
        moment = datetime.combine(day + timedelta(days=step), time.min if step > 0 else time.max)


@contextmanager
def _demo_clock() -> Iterator[Callable[[datetime], None]]:
    """Yield a function that sets "now" (naive local time) for the services: they stamp rows with `models.utcnow()`,
    which reads `datetime` from the models module; that name is swapped for a subclass whose now() returns the moment."""
    clock = {"now": datetime(2021, 3, 1, 2, 30, tzinfo=timezone.utc)}

    class _Planned(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> datetime:  # type: ignore[override]
            return clock["now"].astimezone(tz) if tz else clock["now"].astimezone().replace(tzinfo=None)

    original, models.datetime = models.datetime, _Planned  # type: ignore[misc]
    try:
        if models.utcnow() != clock["now"]:  # fail loudly rather than stamp every action today
            raise RuntimeError("storage.models.utcnow() no longer reads datetime.now(); adapt services.demo._demo_clock")
        yield lambda local: clock.update(now=local.astimezone(timezone.utc))
    finally:
        models.datetime = original  # type: ignore[misc]


@dataclass
class _Composed:
    """One generated record: what the clerk fills in, and its way through the SOP (moments in naive local time)."""

    draft: RecordDraft
    created: datetime
    created_by: int
    steps: list[tuple[int, str]]
    position: int  # stage index of the open visit; len(stages) once the SOP is finished
    minutes: list[int]
    determined: bool = False
    opened: bool = False


class _Generator:
    """Deterministic record factory for one office; every draw comes from one `random.Random`."""

    def __init__(self, office: dict[str, Any], texts: dict[str, Any], template: SopTemplate, db: Database, calendar: WorkCalendar) -> None:
        self.rng, self.office, self.texts, self.stages, self.calendar = random.Random(SEED), office, texts, template.stages, calendar
        self.now, self.today, self.latest = (now := datetime.now()), now.date(), _add_working(calendar, now, -1)  # naive local, like all
        units, officers = list_units(db), sorted(list_officers(db), key=lambda o: o.id)
        self.unit_ids, self.unit_names = {u.code: u.id for u in units}, {u.id: u.name for u in units}
        self.staff = [(o.id, next((u.id for u in units if u.name == o.unit_name), None), o.roles) for o in officers]
        self.ppid, self.atasan = (next(o for o in officers if role in o.roles) for role in ("ppid", "atasan_ppid"))
        self._titles, self._letters, self._who = Counter[str](), Counter[int](), dict[Any, int]()

    def officer(self, unit_id: int, role: str | None, anywhere: bool = True) -> int:
        """Who acts: the holder of `role` in the unit, else (`anywhere`) elsewhere, else someone of the unit, else the PPID."""
        if (unit_id, role, anywhere) not in self._who:
            tries = [(role, unit_id), (role, None), (None, unit_id)] if anywhere else [(role, unit_id), (None, unit_id)]
            self._who[unit_id, role, anywhere] = next((oid for want_role, want_unit in tries for oid, unit, roles in self.staff
                                                       if want_role in (None, *roles) and want_unit in (None, unit)), self.ppid.id)
        return self._who[unit_id, role, anywhere]

    def path(self, target: int, returns: int = 0, stop_after_return: bool = False) -> _Path:
        """The steps to stage index `target`, `returns` times sent back by a review; visits mostly meet their waktu baku."""
        steps, i, rng = [], 0, self.rng
        while i < target and not (stop_after_return and steps and steps[-1][1] == "return"):
            stage = self.stages[i]
            if stage.kind is StageKind.REVIEW and returns:
                steps.append((i, "return"))
                returns, i = returns - 1, next(j for j, s in enumerate(self.stages) if s.code == (stage.return_to or self.stages[0].code))
            else:
                steps.append((i, "complete"))
                i += 1
        return steps, i, [max(5, round(self.stages[index].waktu_menit * rng.uniform(0.15, 0.95))) if rng.random() < 0.7
                          else self.stages[index].waktu_menit + rng.randint(5, _LATE_MINUTES) for index, _ in steps]  # fmt: skip

    def penetapan(self, moment: datetime) -> str:
        """The letter number, e.g. 045/12/PPID-KESRA/2025; the agenda runs per year."""
        self._letters[moment.year] += 1
        return f"{self._letters[moment.year]:03d}/{moment.month}/PPID-{self.office['register_code']}/{moment.year}"

    def compose(self, info: dict[str, Any], created: datetime, register_number: str, kind: str, path: _Path) -> _Composed:
        """A record of a kind of information; `kind` "expiring" ends within 30 working days, "expired" has ended."""
        rng, day = self.rng, created.date()
        unit_id = self.unit_ids[rng.choice(info["units"])]
        place = rng.choice(self.office["places"])
        title = rng.choice(info["titles"]).format(tempat=place, tahun=created.year)
        self._titles[title] += 1  # the same kind, place and year recur; registers tell them apart by berkas
        title = f"{title} (berkas {self._titles[title]})" if self._titles[title] > 1 else title
        start, end, condition = day, None, rng.choice(info["conditions"])
        if condition == _NO_END or (kind == "expired" and (self.today - day).days < 3):
            kind = "normal"  # nothing to expire, or too recent to have ended already
        if kind == "expiring":
            end = self.calendar.add_working_days(self.today, rng.randint(1, _EXPIRING_WORKING_DAYS - 1))
        elif kind == "expired":
            end = day + timedelta(days=rng.randint(1, (self.today - day).days - 2))
            start = end - timedelta(days=365 * (info["years"] or 2))
        elif info["years"] is not None and not (condition and rng.random() < 0.5):  # some registers write only the condition
            end = day + timedelta(days=round(365.25 * info["years"]))
        draft = RecordDraft(
            title=title, register_number=register_number, summary=info["summary"].format(tempat=place), unit_id=unit_id,
            legal_grounds=list(rng.choice(info["grounds"])), consequence_opened=info["opened"], consequence_closed=info["closed"],
            period_start=start, period_end=end, period_condition=condition, form=rng.choice(info["forms"]),
            storage_location=rng.choice(info["storage"]).format(unit=self.unit_names[unit_id], rak=rng.randint(1, 8)),
            classification=rng.choice(info["classes"]), remarks=rng.choice(info["remarks"]),
        )  # the unit's own officer documents the record
        return _Composed(draft, created, self.officer(unit_id, (self.stages[0].pelaksana or (None,))[0], anywhere=False), *path)

    def plan(self, records: int) -> tuple[list[_Composed], Iterator[_Composed]]:
        """The validated records (in creation order) and the bulk ones, numbered together as one register."""
        n, rng, cal, infos = len(self.stages), self.rng, self.calendar, self.texts["information"]
        validated = min(records, VALIDATED_RECORDS)
        recent = round(validated * IN_PROGRESS_SHARE) if validated > 1 else 0
        review = next((i for i, stage in enumerate(self.stages) if stage.kind is StageKind.REVIEW), -1)
        # The newest validated records are still moving, some in every stage, every fourth overdue; one at the review was
        # sent back and is being corrected. Walking back from the start of each one's open visit gives when it was made.
        moving, correcting = [], review >= 0 and recent > review + n  # another record stays at the review
        for k, target in enumerate(rng.sample([i % n for i in range(recent)], recent)):
            path = self.path(target + 1, 1, True) if correcting and target == review else self.path(target)
            correcting, standard = correcting and target != review, self.stages[path[1]].waktu_menit
            wait = standard + rng.randint(30, 1440) if k % 4 == 0 else rng.randint(5, max(6, standard * 5 // 6))
            moving.append((_add_working(cal, self.now, -wait - sum(path[2])), path))
        moving.sort(key=lambda item: item[0])
        # The rest were made in office hours from 2 January two years ago until longer ago than any record's way to now.
        start, longest = date(self.today.year - 2, 1, 2), (n + 3) * (max(s.waktu_menit for s in self.stages) + _LATE_MINUTES) + 1440
        span = (_add_working(cal, self.now, -longest).date() - start).days
        seconds = (datetime.combine(start, cal.end) - datetime.combine(start, cal.start)).seconds  # of a working day
        days = [next((day - timedelta(days=back) for back in range(7) if cal.is_working_day(day - timedelta(days=back))), day)
                for day in (start + timedelta(days=rng.randrange(max(1, span))) for _ in range(records - recent))]  # days off move back
        drawn = sorted(datetime.combine(day, cal.start) + timedelta(seconds=rng.randrange(seconds)) for day in days)
        times, per_year = drawn + [created for created, _ in moving], defaultdict[int, Iterator[int]](lambda: count(1))
        numbers = [f"DIK/{self.office['register_code']}/{t.year}/{next(per_year[t.year]):0{max(3, len(str(records)))}d}" for t in times]  # per year
        # The older validated records sit evenly along the register and have finished the SOP, one after a correction.
        finished = validated - recent
        chosen = [k * len(drawn) // finished for k in range(finished)] + list(range(len(drawn), len(times)))
        paths = [self.path(n, int(k == 0)) for k in range(finished)] + [path for _, path in moving]
        # Exemptions expiring soon or already ended go first to records that reached the last stage; some are determined.
        order = sorted(range(validated), key=lambda i: (paths[i][1] < n - 1, rng.random()))
        kinds = dict(zip(order, (["expiring", "expired"] * max(1, validated // 8))[: validated - 1]))
        shuffled = rng.sample([infos[i % len(infos)] for i in range(validated)], validated)
        items = [self.compose(shuffled[i], times[c], numbers[c], kinds.get(i, "normal"), paths[i]) for i, c in enumerate(chosen)]
        for i in [i for i in order if paths[i][1] >= n - 1][: max(1, validated // 5)]:
            items[i].determined = True
        if ended := next((it for it in items if it.determined and (it.draft.period_end or self.today) < self.today), None):
            ended.opened = True  # an exemption that ended, was opened and moved to the DIP
        taken = set(chosen)
        return items, self.bulk([(created, numbers[i]) for i, created in enumerate(drawn) if i not in taken])

    def bulk(self, slots: list[tuple[datetime, str]]) -> Iterator[_Composed]:
        """Half the records in the last stage, many of those determined; the rest spread over the earlier stages."""
        n, infos, rng = len(self.stages), self.texts["information"], self.rng
        cumulative = [0.5 * (i + 1) / (n - 1) for i in range(n - 1)] + [1.0] if n > 1 else [1.0]
        for created, number in slots:
            stage_index, roll = rng.choices(range(n), cum_weights=cumulative)[0], rng.random()
            kind = "expired" if stage_index == n - 1 and roll < 0.15 else "expiring" if roll < (0.23 if stage_index == n - 1 else 0.03) else "normal"
            it = self.compose(rng.choice(infos), created, number, kind, self.path(stage_index))
            it.determined = stage_index == n - 1 and (kind != "normal" or rng.random() < 0.5)
            yield it


def _act(db: Database, gen: _Generator, it: _Composed, clock: Callable[[datetime], None], folder: Path) -> None:
    """Make one record the way the office would, each action at its planned moment."""
    cal, ppid, start, decided = gen.calendar, gen.ppid.id, it.created, None
    clock(start)
    record_id = create_record(db, it.draft, it.created_by).id
    for (index, action), minutes in [*zip(it.steps, it.minutes), ((it.position, "wait"), 0)]:  # wait: the visit still open
        if index == len(gen.stages) - 1 and it.determined and decided is None:  # the PPID decides soon after it arrives
            clock(decided := _add_working(cal, start, 2))
            determination.complete_consequence_test(db, record_id, ppid)
            determination.determine(db, record_id, gen.penetapan(decided), decided.date(), ppid, gen.atasan.id, ppid, decided.date())
        if action == "wait":
            break
        stage, end = gen.stages[index], _add_working(cal, start, minutes)
        who = gen.officer(it.draft.unit_id or 0, (stage.pelaksana or (None,))[0])
        clock(_add_working(cal, start, max(0, minutes - 3)))
        for k in range(len(stage.syarat) if action == "complete" else 0):
            workflow.set_syarat(db, record_id, k, True, who)
        if stage.output_berkas and action == "complete":
            (softfile := folder / f"{it.draft.register_number.replace('/', '-')}-{stage.code}.pdf").write_bytes(b"%PDF-1.4\n% demo\n")
            workflow.attach_file(db, record_id, softfile, who)
        clock(start := end)
        if action == "complete":
            workflow.complete_stage(db, record_id, who, expected_stage=stage.code)
        else:
            workflow.return_for_correction(db, record_id, who, gen.rng.choice(gen.texts["corrections"]), expected_stage=stage.code)
    if it.opened and decided:  # some working days after the exemption ended, never in the future
        ended = datetime.combine((it.draft.period_end or gen.today) + timedelta(days=1), cal.start)
        clock(min(_add_working(cal, max(ended, decided), gen.rng.randint(60, 4800)), gen.latest))
        determination.open_information(db, record_id, gen.texts["opening_reasons"][0], ppid)


def _bulk_rows(gen: _Generator, it: _Composed, sop_template_id: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The record row and the audit entries of its determination, as the services would have written them."""
    d, stages, ppid, atasan = it.draft, gen.stages, gen.ppid, gen.atasan
    entered = _add_working(gen.calendar, it.created, sum(it.minutes))  # the earlier stages took their minutes
    record = {key: value for key, value in vars(d).items() if key != "legal_grounds"} | {
        "uid": new_uid(), "form": d.form.value, "classification": d.classification.value, "status": RecordStatus.DRAFT.value,
        "stage_code": stages[it.position].code, "stage_entered_at": entered.astimezone(), "sop_template_id": sop_template_id,
        "created_at": it.created.astimezone(), "created_by_id": it.created_by, "updated_at": entered.astimezone(), "version": 1,
        "updated_by_id": gen.officer(d.unit_id or 0, (stages[it.steps[-1][0]].pelaksana or (None,))[0]) if it.steps else it.created_by,
        "consequence_tested_at": None, "consequence_tested_by_id": None, "penetapan_number": "", "penetapan_date": None,
        "penetapan_ppid_id": None, "penetapan_atasan_id": None}  # fmt: skip
    if not it.determined:
        return record, []
    moment = _add_working(gen.calendar, entered, 2)
    number, tanggal = gen.penetapan(moment), format_tanggal(moment.date())
    record |= {"status": RecordStatus.DITETAPKAN.value, "consequence_tested_at": moment.astimezone(), "consequence_tested_by_id": ppid.id,
               "penetapan_number": number, "penetapan_date": moment.date(), "penetapan_ppid_id": ppid.id, "penetapan_atasan_id": atasan.id,
               "updated_at": moment.astimezone(), "updated_by_id": ppid.id}  # fmt: skip
    changes = json.dumps({"Nomor penetapan": ["", number], "Tanggal penetapan": ["", f"{moment:%d-%m-%Y}"]}, ensure_ascii=False)
    summary = f"Ditetapkan dengan surat nomor {number} tanggal {tanggal} oleh {ppid.name}, disetujui {atasan.name}"
    return record, [{"occurred_at": moment.astimezone(), "officer_id": ppid.id, "action": action, "summary": text, "changes": change}
                    for action, text, change in (("consequence_test", "Uji konsekuensi dinyatakan selesai", ""), ("determine", summary, changes))]


def _write(db: Database, gen: _Generator, bulk: Iterator[_Composed], sop_template_id: int) -> None:
    """Insert the bulk records, their legal grounds, open visits and audit entries, in one transaction."""
    records, visits, entries = ExemptRecord.__table__, StageVisit.__table__, AuditEntry.__table__
    standard = case({stage.code: stage.waktu_menit for stage in gen.stages}, value=records.c.stage_code)
    creation = literal(f"Rekaman dibuat di tahap 1 ({gen.stages[0].nama}): ") + records.c.title
    with db.session() as session:
        session.info[audit_chain.PENDING] = True  # the entries inserted below are sealed at commit
        connection = session.connection()
        cache = connection.exec_driver_sql("PRAGMA cache_size").scalar() if connection.dialect.name == "sqlite" else None
        if cache is not None:
            connection.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
        try:
            while batch := list(islice(bulk, BATCH_SIZE)):
                made = [_bulk_rows(gen, it, sop_template_id) for it in batch]
                # No RETURNING (SQLAlchemy would then send the rows one at a time, 20x slower): ids are read back by uid.
                connection.execute(insert(records), [record for record, _ in made])
                id_of = dict(connection.execute(select(records.c.uid, records.c.id).where(records.c.uid.in_([r["uid"] for r, _ in made]))).all())
                new = records.c.id >= min(id_of.values())  # this batch: rowids grow
                connection.execute(insert(entries).from_select(["record_id", "occurred_at", "officer_id", "action", "summary"], select(
                    records.c.id, records.c.created_at, records.c.created_by_id, literal("create"), creation).where(new)))
                connection.execute(insert(visits).from_select(["record_id", "stage_code", "round", "started_at", "waktu_menit"], select(
                    records.c.id, records.c.stage_code, literal(1), records.c.stage_entered_at, standard).where(new)))
                connection.execute(insert(LegalGroundRow.__table__), [
                    {"record_id": id_of[record["uid"]], "position": position, "huruf": g.huruf, "angka": g.angka, "other": g.other}
                    for it, (record, _) in zip(batch, made) for position, g in enumerate(it.draft.legal_grounds, start=1)])  # fmt: skip
                if determined := [entry | {"record_id": id_of[record["uid"]]} for record, audit in made for entry in audit]:
                    connection.execute(insert(entries), determined)
        finally:
            if cache is not None:
                connection.exec_driver_sql(f"PRAGMA cache_size={int(cache)}")  # the connection goes back to the pool


def create_demo_office(db: Database, records: int = 40, sop_code: str = "kalbar-kesra") -> str:
    """Fill an empty data folder with a demo biro and `records` records; return a summary in Indonesian. Raises UserError
    for an unknown SOP code or a folder that holds an office. A failure part-way leaves a partial demo folder."""
    if records < 0:
        raise UserError("Jumlah rekaman contoh tidak boleh negatif.")
    templates = {template.code: template for template in available_templates()}
    if sop_code not in templates:
        raise UserError(f"Kode SOP \"{sop_code}\" tidak dikenal. Pilih salah satu kode berikut: {', '.join(sorted(templates))}.")
    if is_set_up(db):
        raise UserError(
            f"Folder data \"{db.paths.root}\" sudah berisi kantor, sehingga kantor contoh tidak dibuat agar tidak tercampur dengan "
            "data yang ada. Jalankan perintah demo untuk folder kosong dengan --data-dir, misalnya: ppid-desktop demo --data-dir FOLDER-KOSONG"
        )
    template, (office, texts) = templates[sop_code], _demo_data(sop_code)
    units = {unit["code"]: unit["name"] for unit in office["units"]}
    officers = [(OfficerDraft(**{key: value for key, value in o.items() if key != "unit"}), units.get(o["unit"], "")) for o in office["officers"]]
    missing = ({role.code for role in template.roles} | {"ppid", "atasan_ppid"}) - {role for draft, _ in officers for role in draft.roles}
    if missing:  # an office's own SOP variant names roles the demo staff lacks: the last officer, a clerk, takes them on
        officers[-1][0].roles = sorted(set(officers[-1][0].roles) | missing)
    setup_office(db, office["profile"], template, [UnitDraft(name, code) for code, name in units.items()], officers)
    with db.session() as session:
        sop_template_id, calendar = session.scalar(select(Office.sop_template_id).where(Office.id == 1)), workflow.work_calendar(session)
    generator = _Generator(office, texts, template, db, calendar)
    validated, bulk = generator.plan(records)
    with _demo_clock() as clock, tempfile.TemporaryDirectory(prefix="ppid-demo-") as folder:
        for it in validated:
            _act(db, generator, it, clock, Path(folder))
    _write(db, generator, bulk, sop_template_id)
    return (f"Kantor contoh disiapkan di \"{db.paths.root}\": {office['profile'].name} ({office['profile'].city}), {len(units)} unit, "
            f"{len(officers)} pejabat/petugas, {f'{records:,}'.replace(',', '.')} rekaman informasi yang dikecualikan, mengikuti {template.title}.")
