"""Start-up time of the main window against a bare PySide6 QMainWindow, measured in the same run.

    uv run python bench/bench_startup.py --data-dir /tmp/ppid-bench/100k --runs 5

Alternates two subprocesses, `--runs` times each (after one untimed warm-up of each, so both
find the interpreter, Qt and the database in the OS file cache):
  (a) bare: QApplication + an empty QMainWindow, shown, quitting at the first event-loop turn
      after show (QTimer.singleShot(0));
  (b) app:  `python -m ppid_desktop --data-dir DIR` with PPID_DESKTOP_EXIT_AFTER_SHOWN=1; the
      window prints "shown-ms <float>" once it is shown with the register's first page of rows
      (the first paint, ui/app.py), then "ready-ms <float>" once the database layer is attached
      (stage tabs, editor, printing available), and quits. Only "shown" is held to the target;
      "ready" is reported so that nobody mistakes the one for the other.
Both report milliseconds since their own process started, read the same way (/proc/self/stat),
so interpreter start-up counts on both sides. QT_QPA_PLATFORM=offscreen unless already set;
bytecode is cached under --pycache-dir (see _environment).

Target (foundation issue): app median <= 2x bare median. Exit code 1 when missed.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RATIO_LIMIT = 2.0
SHOWN_PREFIX = "shown-ms "
READY_PREFIX = "ready-ms "

# The baseline program. Its clock is the one the app uses (ppid_desktop/ui/app.py
# _process_age_ms): process age from /proc, so both include interpreter start-up and imports.
BARE_PROGRAM = r"""
import os, sys, time
from pathlib import Path

def process_age_ms():
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return (uptime - ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError):
        return time.perf_counter() * 1000

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()

def report():
    print(f"shown-ms {process_age_ms():.1f}", flush=True)
    window.close()
    app.quit()

QTimer.singleShot(0, report)
app.exec()
"""


def _environment(pycache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PPID_DESKTOP_DATA_DIR", None)
    # An installed app runs from compiled bytecode. With PYTHONDONTWRITEBYTECODE set (as in some
    # CI and sandbox shells) every run would recompile SQLAlchemy and Alembic from source, about
    # a second that only the app side pays. Keep bytecode in a private folder instead, so the
    # warm-up run compiles once and the source tree and virtualenv stay untouched.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def _shown_ms(command: list[str], env: dict[str, str], label: str) -> tuple[float, float, float | None]:
    """(ms the child reports from its start to shown, wall ms seen from here until it exited,
    ms to ready when the child reports it)."""
    started = time.perf_counter()
    completed = subprocess.run(command, env=env, capture_output=True, text=True, encoding="utf-8", timeout=300)
    wall = (time.perf_counter() - started) * 1000
    lines = [line for line in completed.stdout.splitlines() if line.startswith(SHOWN_PREFIX)]
    if completed.returncode != 0 or not lines:
        raise RuntimeError(
            f"{label} tidak melaporkan '{SHOWN_PREFIX.strip()}' (kode keluar {completed.returncode}).\n"
            f"stdout:\n{completed.stdout[-2000:]}\nstderr:\n{completed.stderr[-2000:]}"
        )
    ready = [float(line[len(READY_PREFIX):]) for line in completed.stdout.splitlines() if line.startswith(READY_PREFIX)]
    return float(lines[-1][len(SHOWN_PREFIX):]), wall, (ready[-1] if ready else None)


def run(data_dir: Path, runs: int, pycache: Path, bundle: Path | None = None) -> int:
    env = _environment(pycache)
    bare_command = [sys.executable, "-c", BARE_PROGRAM]
    app_command = [sys.executable, "-m", "ppid_desktop", "--data-dir", str(data_dir.expanduser().absolute())]
    app_env = dict(env, PPID_DESKTOP_EXIT_AFTER_SHOWN="1")

    bundle_command = [str(bundle / "ppid-desktop"), "--data-dir", str(data_dir.expanduser().absolute())] if bundle else None
    _shown_ms(bare_command, env, "QMainWindow kosong")  # warm-up, untimed
    _shown_ms(app_command, app_env, "PPID Desktop")
    if bundle_command:
        _shown_ms(bundle_command, app_env, "PPID Desktop (bundel)")
    bundled: list[tuple[float, float, float | None]] = []
    bare: list[tuple[float, float, float | None]] = []
    app: list[tuple[float, float, float | None]] = []
    for i in range(runs):
        bare.append(_shown_ms(bare_command, env, "QMainWindow kosong"))
        app.append(_shown_ms(app_command, app_env, "PPID Desktop"))
        ready = f"   siap {app[-1][2]:7.0f} ms" if app[-1][2] is not None else ""
        if bundle_command:
            bundled.append(_shown_ms(bundle_command, app_env, "PPID Desktop (bundel)"))
            ready += f"   bundel {bundled[-1][0]:7.0f} ms"
        print(f"putaran {i + 1}: kosong {bare[-1][0]:7.0f} ms   aplikasi {app[-1][0]:7.0f} ms{ready}")

    bare_median = statistics.median(ms for ms, _, _ in bare)
    app_median = statistics.median(ms for ms, _, _ in app)
    ratio = app_median / bare_median
    print(f"Data: {data_dir}  platform Qt: {env['QT_QPA_PLATFORM']}  putaran: {runs}")
    for label, results, median in (("QMainWindow kosong", bare, bare_median), ("PPID Desktop", app, app_median)):
        wall = statistics.median(w for _, w, _ in results)
        print(f"{label:<18}: median {median:7.0f} ms sampai tampil (wall sampai keluar {wall:7.0f} ms)")
    readies = [r for _, _, r in app if r is not None]
    if readies:
        print(f"{'PPID Desktop siap':<18}: median {statistics.median(readies):7.0f} ms sampai seluruh tab dan perintah tersedia")
    print(f"Rasio: {ratio:.2f} (batas {RATIO_LIMIT:.1f})")
    if bundled:
        bundle_median = statistics.median(ms for ms, _, _ in bundled)
        print(f"{'Bundel PyInstaller':<18}: median {bundle_median:7.0f} ms sampai tampil "
              f"({bundle_median / app_median:.2f} x dari sumber; sasaran: tidak lebih lambat)")
    # Largest peak RSS of any child so far: the app's, the bare window being far smaller.
    children_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"Puncak RSS proses aplikasi: {children_peak / (1024 * 1024 if sys.platform == 'darwin' else 1024):.0f} MB")
    if ratio > RATIO_LIMIT:
        print(f"GAGAL: rasio {ratio:.2f} > {RATIO_LIMIT:.1f}", file=sys.stderr)
        return 1
    print("LULUS")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, required=True, metavar="DIR")
    parser.add_argument("--runs", type=int, default=5, metavar="N")
    parser.add_argument(
        "--pycache-dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "ppid-desktop-bench-pycache",
        metavar="DIR",
        help="where the children keep compiled bytecode (PYTHONPYCACHEPREFIX)",
    )
    parser.add_argument("--bundle", type=Path, metavar="DIR", help="also time the PyInstaller bundle in DIR (dist/ppid-desktop-VERSION)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs harus paling sedikit 1")
    try:
        return run(args.data_dir, args.runs, args.pycache_dir, args.bundle)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"Kesalahan: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
