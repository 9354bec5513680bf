"""Benchmark harness for PADI: wall-clock timings against a bare baseline measured in the same run.

What it measures
    Each case times a PADI operation and, in the same run, a minimal "baseline" doing the
    comparable bare minimum, so the ratio PADI/baseline is comparable across machines.

    startup_to_login
        Wall time from process start to the login window being shown:
        ``python -m desktop_app --db DB`` with ``PADI_STARTUP_PROBE=1`` (the app shows the login
        dialog and quits at the first event-loop turn) against a bare ``QApplication`` +
        ``QMainWindow`` shown and quit the same way. The demo database is created once
        beforehand (``python -m desktop_app init --db DB --demo``, not timed). Target (README):
        at most 3x the bare window.

    Every case runs one untimed warm-up of PADI and of the baseline, then ``--repeat`` timed runs
    of each, interleaved (PADI, baseline, PADI, baseline, ...); the median of each is reported.
    ``QT_QPA_PLATFORM=offscreen`` is used unless QT_QPA_PLATFORM is already set.

How to run (from the repository root)
    python tests/bench/run.py               # aligned text table, plus the targets
    python tests/bench/run.py --repeat 9    # more timed runs per side (default 5)
    python tests/bench/run.py --json        # only a JSON list on stdout

JSON output (a contract other scripts rely on): a list with one object per case, each with
exactly the keys ``case``, ``seconds`` (PADI median, 3 decimals), ``baseline`` (baseline name),
``baseline_seconds`` (3 decimals) and ``ratio`` (seconds/baseline_seconds, 2 decimals).

    import_100k_xlsx
        Importing a 100,000-row x 10-column .xlsx into a new dataset (read, detect the header, type
        the columns, parse every cell, write all rows in one transaction), against reading the
        same sheet with python-calamine plus a raw sqlite3 ``executemany`` of the same rows in
        the same run. Each side runs in its own process, which reports its own time (database
        setup excluded) and peak memory. Targets: at most 1.5x, and under 500 MB peak.
        The JSON object of this case carries one more key, ``peak_mb`` (PADI's peak resident memory).

    open_1m_rows
        Opening a 1,000,000-row x 5-column dataset in the big table: ``Services.open``, the column
        list, ``row_count``, the first page, a ``PagedRowsModel`` + ``BigTable`` built offscreen and
        its first paint (``grab()``), in a fresh process (imports and QApplication excluded), against
        a raw sqlite3 connect + ``SELECT count(*)`` + the first 500 rows of the same table. The
        dataset is generated once per run (bulk insert, untimed) and shared with group_total_1m.
        Target: under 1 second (extra key ``target_seconds``).

    group_total_1m
        ``TabulationService.pivot`` of a grouped sum (Kecamatan x Jumlah) over the same 1,000,000
        rows, against a hand-written ``SELECT json_extract(..), SUM(json_extract(..)) ... GROUP BY 1``
        with raw sqlite3 on the same file, interleaved in one process. Target: at most 1.5x.

    import_100k_xlsx_pg, group_total_1m_pg
        The same two cases on a PostgreSQL server, each against that engine's own raw baseline: the
        import against python-calamine plus a psycopg ``COPY`` of the same rows; the grouped sum against a
        hand-written ``SELECT "values"->>1, sum(("values"->>3)::numeric) ... GROUP BY 1`` with psycopg.
        They run when ``PADI_BENCH_POSTGRES`` (or ``PADI_TEST_POSTGRES``) names a role that may create
        databases, password included (``postgresql://user:secret@host:port/postgres``); otherwise they
        are left out (a note on stderr). Same targets as on SQLite.
    series_by_month_36x5k
        ``TabulationService.pivot`` of a series by month (the sum of Jumlah per Periode) over a series
        of 36 monthly periods x 5,000 rows (180,000 rows, every period validated; made once per run,
        untimed), against a hand-written ``SELECT json_extract(..), SUM(json_extract(..)) ... GROUP BY 1``
        with raw sqlite3 on the same file, interleaved in one process. Target: at most 1.5x.

    booklet_50_pages
        A booklet (A4) with 20 sections, 20 bar charts and 2,000 table rows (about 60 pages, with
        cover, foreword, contents and back cover) through ``render_publication_bytes``, against bare
        reportlab (SimpleDocTemplate with the same paragraphs, table cells and reportlab bar-chart
        Drawings), interleaved in one process (tests/bench/booklet_bench.py). Target: at most 2x.

    backup_500mb
        A verified backup (``backup_archive.write_backup``: snapshot by the SQLite backup API, zip with SHA-256s
        and seal, fsync, re-read and verify, integrity_check + foreign_key_check of the snapshot,
        rename) of a ~500 MB database, against ``shutil.copyfile`` of the same file plus fsync,
        interleaved in one process. The database (about 5.8 million JSON rows with an index) is
        built once per run by bulk insert, untimed. Target: at most 2.5x.

Exit status: 0 whatever the ratios (targets are for people to read, not a timed test); non-zero
with a message on stderr if any measured or preparatory subprocess fails.

Adding a case: write a function ``case_NAME(repeat: int) -> (seconds, baseline_name,
baseline_seconds)`` and register it in ``CASES`` (and a target in ``TARGETS`` if there is one).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

# (PADI seconds, baseline name, baseline seconds[, extra keys for the JSON row])
CaseResult = tuple  # tuple[float, str, float] or tuple[float, str, float, dict[str, object]]


class BenchError(RuntimeError):
    """A subprocess the benchmark depends on failed."""


# --- helpers -----------------------------------------------------------------------------------
def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Make ``-m desktop_app`` importable from the checkout even without an installed package.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    if extra:
        env.update(extra)
    return env


def _run(cmd: Sequence[str], env: dict[str, str]) -> float:
    """Run ``cmd`` to completion; return its wall time. Raise BenchError if it exits non-zero."""
    start = time.perf_counter()
    proc = subprocess.run(list(cmd), env=env, cwd=REPO_ROOT, capture_output=True,
                          text=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise BenchError(
            f"command failed with exit code {proc.returncode}: {' '.join(cmd)}\n"
            f"--- stderr ---\n{proc.stderr}\n--- stdout ---\n{proc.stdout}")
    return elapsed


def _interleaved_medians(padi: Callable[[], float], baseline: Callable[[], float],
                         repeat: int) -> tuple[float, float]:
    """One untimed warm-up of each, then ``repeat`` interleaved runs; the median of each side."""
    padi()
    baseline()
    padi_times: list[float] = []
    base_times: list[float] = []
    for _ in range(repeat):
        padi_times.append(padi())
        base_times.append(baseline())
    return statistics.median(padi_times), statistics.median(base_times)


# --- cases -------------------------------------------------------------------------------------
BARE_WINDOW_SCRIPT = """\
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def case_startup_to_login(repeat: int) -> CaseResult:
    """Process start to login window shown, against a bare QApplication + QMainWindow shown."""
    with tempfile.TemporaryDirectory(prefix="padi-bench-") as tmp:
        db = str(Path(tmp) / "padi.db")
        _run([sys.executable, "-m", "desktop_app", "init", "--db", db, "--demo"], _env())
        padi_cmd = [sys.executable, "-m", "desktop_app", "--db", db]
        padi_env = _env({"PADI_STARTUP_PROBE": "1"})
        base_cmd = [sys.executable, "-c", BARE_WINDOW_SCRIPT]
        base_env = _env()
        padi_s, base_s = _interleaved_medians(lambda: _run(padi_cmd, padi_env),
                                              lambda: _run(base_cmd, base_env), repeat)
    return padi_s, "bare QApplication+QMainWindow", base_s


IMPORT_ROWS = 100_000

MAKE_WORKBOOK_SCRIPT = """\
import random, sys
from openpyxl import Workbook
wb = Workbook(write_only=True)
ws = wb.create_sheet("Data")
ws.append(["PEMERINTAH KOTA TEBING TINGGI"])
ws.append(["REKAPITULASI LAYANAN PERIZINAN"])
ws.append([])
ws.append(["Bulan", "Kecamatan", "Jenis Izin", "Jumlah", "Mikro", "Kecil", "Menengah", "Nilai Investasi",
           "Tenaga Kerja", "Rata-rata Hari"])
rng = random.Random(7)
kec = ["Padang Hulu", "Rambutan", "Padang Hilir", "Bajenis", "Tebing Tinggi Kota"]
kinds = ["NIB", "PBG", "SLF", "SIP", "Reklame", "Sertifikat Standar"]
for i in range(int(sys.argv[2])):
    ws.append([f"2025-{i % 12 + 1:02d}", kec[i % 5], kinds[i % 6], rng.randint(0, 500), rng.randint(0, 400),
               rng.randint(0, 80), rng.randint(0, 20), rng.randint(0, 10**9), rng.randint(0, 300),
               round(rng.random() * 10, 2)])
wb.save(sys.argv[1])
"""

PADI_IMPORT_SCRIPT = """\
import json, resource, sys, tempfile, time
from pathlib import Path
from desktop_app.domain.roles import Role
from desktop_app.services.accounts.account_service import OfficeProfile
from desktop_app.services.office.bundle import Services
with tempfile.TemporaryDirectory() as tmp:
    sv = Services.open(Path(tmp) / "padi.db")
    sv.accounts.setup(OfficeProfile(name="Dinas"), "staf", "Staf", "sandi-bench", Role.STAF)
    sv.accounts.login("staf", "sandi-bench")
    start = time.perf_counter()
    preview = sv.imports.preview(Path(sys.argv[1]))
    result = sv.imports.commit(preview, dataset_name="Bench")
    seconds = time.perf_counter() - start
    assert result.rows == int(sys.argv[2]), result
    sv.close()
print(json.dumps({"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

BASELINE_IMPORT_SCRIPT = """\
import json, resource, sqlite3, sys, tempfile, time
from pathlib import Path
from python_calamine import CalamineWorkbook
with tempfile.TemporaryDirectory() as tmp:
    con = sqlite3.connect(Path(tmp) / "raw.db")
    con.execute("CREATE TABLE r (a, b, c, d, e, f, g, h, i, j)")
    start = time.perf_counter()
    rows = CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()
    con.executemany("INSERT INTO r VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows[4:])
    con.commit()
    seconds = time.perf_counter() - start
    con.close()
print(json.dumps({"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _measured(cmd: Sequence[str], env: dict[str, str]) -> dict[str, float]:
    """Run a script that prints {"seconds", "peak_mb"} as its last line; return that."""
    proc = subprocess.run(list(cmd), env=env, cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise BenchError(f"command failed with exit code {proc.returncode}: {' '.join(cmd[:3])}\n"
                         f"--- stderr ---\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def case_import_100k_xlsx(repeat: int) -> CaseResult:
    """A 100k x 10 xlsx imported by PADI, against calamine + raw sqlite3 executemany."""
    with tempfile.TemporaryDirectory(prefix="padi-bench-") as tmp:
        book = str(Path(tmp) / "rekap.xlsx")
        _run([sys.executable, "-c", MAKE_WORKBOOK_SCRIPT, book, str(IMPORT_ROWS)], _env())
        runs = max(1, min(repeat, 3))  # each run reads 1,000,000 cells; three are enough for a median
        padi = [_measured([sys.executable, "-c", PADI_IMPORT_SCRIPT, book, str(IMPORT_ROWS)], _env())
                for _ in range(runs)]
        base = [_measured([sys.executable, "-c", BASELINE_IMPORT_SCRIPT, book], _env()) for _ in range(runs)]
    peak = max(run["peak_mb"] for run in padi)
    return (statistics.median(r["seconds"] for r in padi), "calamine + sqlite3 executemany",
            statistics.median(r["seconds"] for r in base), {"peak_mb": round(peak, 1)})


BIG_ROWS = 1_000_000

MAKE_BIG_DATASET_SCRIPT = """\
import sys
from pathlib import Path
from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.roles import Role
from desktop_app.services.accounts.account_service import OfficeProfile
from desktop_app.services.datasets.dataset_service import DatasetMeta
from desktop_app.services.office.bundle import Services
from desktop_app.storage.rows import insert_rows
n = int(sys.argv[2])
sv = Services.open(Path(sys.argv[1]))
sv.accounts.setup(OfficeProfile(name="Dinas"), "staf", "Staf", "sandi-bench", Role.STAF)
sv.accounts.login("staf", "sandi-bench")
columns = (ColumnSpec("Bulan", ColumnType.PERIOD), ColumnSpec("Kecamatan"), ColumnSpec("Jenis Izin"),
           ColumnSpec("Jumlah", ColumnType.INTEGER), ColumnSpec("Nilai", ColumnType.MONEY))
ds = sv.datasets.create(DatasetMeta("Data Besar", unit="izin"), columns, [])
kec = ["Padang Hulu", "Rambutan", "Padang Hilir", "Bajenis", "Tebing Tinggi Kota"]
kinds = ["NIB", "PBG", "SLF", "SIP", "Reklame", "Sertifikat Standar"]
rows = ((f"2025-{i % 12 + 1:02d}", kec[i % 5], kinds[i % 6], (i * 7919) % 500, (i * 104729) % 10**9)
        for i in range(n))
with sv.ctx.db.unit_of_work() as s:
    insert_rows(s, ds, rows)
sv.close()
print(ds)
"""

PADI_OPEN_SCRIPT = """\
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop_app.gui.widgets.data_grid import DataGrid
from desktop_app.gui.widgets.dataset_rows import DatasetRowsView
from desktop_app.services.office.bundle import Services
app = QApplication(sys.argv[:1])
ds = int(sys.argv[2])
start = time.perf_counter()
sv = Services.open(Path(sys.argv[1]), create=False)
# What a stage tab does when the dataset is selected: details without the rows, then the paged table.
view = DatasetRowsView(DataGrid(), sv.datasets.rows_page)
view.resize(1000, 700)
detail = sv.datasets.get(ds, row_limit=view.row_limit)
view.show_detail(detail, False)
pixmap = view.grab()
seconds = time.perf_counter() - start
count, model = detail.summary.rows, view.big.paged_model
assert view.paged and count == int(sys.argv[3]) and not pixmap.isNull() and model.fetch_calls == 1, (count, model.fetch_calls)
sv.close()
print(json.dumps({"seconds": seconds}))
"""

BASELINE_OPEN_SCRIPT = """\
import json, sqlite3, sys, time
start = time.perf_counter()
con = sqlite3.connect(sys.argv[1])
count = con.execute("SELECT count(*) FROM dataset_rows WHERE dataset_id = ?", (int(sys.argv[2]),)).fetchone()[0]
rows = con.execute('SELECT "values" FROM dataset_rows WHERE dataset_id = ? ORDER BY position LIMIT 500',
                   (int(sys.argv[2]),)).fetchall()
seconds = time.perf_counter() - start
assert count == int(sys.argv[3]) and len(rows) == 500
con.close()
print(json.dumps({"seconds": seconds}))
"""

GROUP_TOTAL_SCRIPT = """\
import json, sqlite3, statistics, sys, time
from pathlib import Path
from desktop_app.domain.pivot import PivotSpec
from desktop_app.services.office.bundle import Services
path, ds, repeat = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
sv = Services.open(Path(path), create=False)
spec = PivotSpec(rows=("Kecamatan",), value="Jumlah", agg="sum")
assert sv.tabulation.uses_sql(ds, spec)
con = sqlite3.connect(path)
sql = '''SELECT json_extract("values", '$[1]'), SUM(json_extract("values", '$[3]'))
FROM dataset_rows WHERE dataset_id = ? GROUP BY 1'''

def padi():
    start = time.perf_counter()
    result = sv.tabulation.pivot(ds, spec)
    return time.perf_counter() - start, {row[0]: row[1] for row in result.table.rows}

def baseline():
    start = time.perf_counter()
    rows = con.execute(sql, (ds,)).fetchall()
    return time.perf_counter() - start, dict(rows)

padi_times, base_times = [], []
_, padi_totals = padi()
_, base_totals = baseline()
assert padi_totals == base_totals, (padi_totals, base_totals)
for _ in range(repeat):
    padi_times.append(padi()[0])
    base_times.append(baseline()[0])
sv.close()
con.close()
print(json.dumps({"seconds": statistics.median(padi_times), "baseline_seconds": statistics.median(base_times)}))
"""

_big: dict[str, object] = {}


def _big_dataset() -> tuple[str, int]:
    """The 1,000,000-row database of this run (made on first use, removed at exit): (path, dataset id)."""
    if "path" not in _big:
        tmp = tempfile.TemporaryDirectory(prefix="padi-bench-big-")
        _big["tmp"] = tmp  # kept alive (and the directory with it) until the interpreter exits
        path = str(Path(tmp.name) / "padi.db")
        proc = subprocess.run([sys.executable, "-c", MAKE_BIG_DATASET_SCRIPT, path, str(BIG_ROWS)], env=_env(),
                              cwd=REPO_ROOT, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise BenchError(f"making the 1M-row dataset failed\n--- stderr ---\n{proc.stderr}")
        _big["path"], _big["id"] = path, int(proc.stdout.strip().splitlines()[-1])
    return str(_big["path"]), int(_big["id"])  # type: ignore[call-overload]


def case_open_1m_rows(repeat: int) -> CaseResult:
    """Select a 1M-row dataset as a stage tab does (details, paged table, first paint), against raw count +
    first 500 rows."""
    path, ds = _big_dataset()
    padi_cmd = [sys.executable, "-c", PADI_OPEN_SCRIPT, path, str(ds), str(BIG_ROWS)]
    base_cmd = [sys.executable, "-c", BASELINE_OPEN_SCRIPT, path, str(ds), str(BIG_ROWS)]
    padi_s, base_s = _interleaved_medians(lambda: _measured(padi_cmd, _env())["seconds"],
                                          lambda: _measured(base_cmd, _env())["seconds"], repeat)
    return padi_s, "sqlite3 count(*) + first 500 rows", base_s, {"target_seconds": 1.0}


def case_group_total_1m(repeat: int) -> CaseResult:
    """A grouped sum over 1M rows through TabulationService, against a hand-written SQLite GROUP BY."""
    path, ds = _big_dataset()
    measured = _measured([sys.executable, "-c", GROUP_TOTAL_SCRIPT, path, str(ds), str(repeat)], _env())
    return measured["seconds"], "sqlite3 json_extract GROUP BY", measured["baseline_seconds"]


SERIES_PERIODS, SERIES_ROWS = 36, 5_000

MAKE_SERIES_SCRIPT = """\
import sys
from pathlib import Path
from sqlalchemy import update
from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.roles import Role
from desktop_app.services.datasets import series
from desktop_app.services.accounts.account_service import OfficeProfile
from desktop_app.services.datasets.dataset_service import DatasetMeta
from desktop_app.services.office.bundle import Services
from desktop_app.storage.models import Dataset, DatasetPeriod
from desktop_app.storage.rows import insert_rows
periods, per_period = int(sys.argv[2]), int(sys.argv[3])
sv = Services.open(Path(sys.argv[1]))
sv.accounts.setup(OfficeProfile(name="Dinas"), "staf", "Staf", "sandi-bench", Role.STAF)
sv.accounts.login("staf", "sandi-bench")
columns = (ColumnSpec("Periode", ColumnType.PERIOD), ColumnSpec("Kecamatan"), ColumnSpec("Jenis Izin"),
           ColumnSpec("Jumlah", ColumnType.INTEGER), ColumnSpec("Nilai", ColumnType.MONEY))
ds = sv.datasets.create(DatasetMeta("Izin per Bulan", unit="izin", frequency="bulanan"), columns, [],
                        series_grain="month")
kec = ["Padang Hulu", "Rambutan", "Padang Hilir", "Bajenis", "Tebing Tinggi Kota"]
kinds = ["NIB", "PBG", "SLF", "SIP", "Reklame", "Sertifikat Standar"]
months = [f"{2022 + m // 12}-{m % 12 + 1:02d}" for m in range(periods)]
rows = [(month, kec[i % 5], kinds[i % 6], (i * 7919 + m) % 500, (i * 104729) % 10**9)
        for m, month in enumerate(months) for i in range(per_period)]
with sv.ctx.db.unit_of_work() as s:
    insert_rows(s, ds, rows)
    found = s.get(Dataset, ds)
    series.recount(s, found, rows, columns, 1, found.created_at)
    # Every period passed step 2 (the checks of 180,000 rows are not what is measured here).
    s.execute(update(DatasetPeriod).where(DatasetPeriod.dataset_id == ds).values(state="validated"))
    found.state = "validated"
sv.close()
print(ds)
"""

SERIES_TOTAL_SCRIPT = """\
import json, sqlite3, statistics, sys, time
from pathlib import Path
from desktop_app.domain.pivot import PivotSpec
from desktop_app.services.office.bundle import Services
path, ds, repeat, periods = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
sv = Services.open(Path(path), create=False)
spec = PivotSpec(rows=("Periode",), value="Jumlah", agg="sum")
assert sv.tabulation.uses_sql(ds, spec)
con = sqlite3.connect(path)
sql = '''SELECT json_extract("values", '$[0]'), SUM(json_extract("values", '$[3]'))
FROM dataset_rows WHERE dataset_id = ? GROUP BY 1'''

def padi():
    start = time.perf_counter()
    result = sv.tabulation.pivot(ds, spec)
    return time.perf_counter() - start, {row.keys[0].text: row.total for row in result.data_rows}

def baseline():
    start = time.perf_counter()
    rows = con.execute(sql, (ds,)).fetchall()
    return time.perf_counter() - start, dict(rows)

padi_times, base_times = [], []
_, padi_totals = padi()
_, base_totals = baseline()
assert len(padi_totals) == periods and padi_totals == base_totals, (padi_totals, base_totals)
for _ in range(repeat):
    padi_times.append(padi()[0])
    base_times.append(baseline()[0])
sv.close()
con.close()
print(json.dumps({"seconds": statistics.median(padi_times), "baseline_seconds": statistics.median(base_times)}))
"""


def case_series_by_month_36x5k(repeat: int) -> CaseResult:
    """A series of 36 months x 5,000 rows tabulated by month, against a hand-written SQLite GROUP BY."""
    with tempfile.TemporaryDirectory(prefix="padi-bench-series-") as tmp:
        path = str(Path(tmp) / "padi.db")
        proc = subprocess.run([sys.executable, "-c", MAKE_SERIES_SCRIPT, path, str(SERIES_PERIODS), str(SERIES_ROWS)],
                              env=_env(), cwd=REPO_ROOT, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise BenchError(f"making the series failed\n--- stderr ---\n{proc.stderr}")
        ds = proc.stdout.strip().splitlines()[-1]
        measured = _measured([sys.executable, "-c", SERIES_TOTAL_SCRIPT, path, ds, str(repeat), str(SERIES_PERIODS)],
                             _env())
    return measured["seconds"], "sqlite3 json_extract GROUP BY", measured["baseline_seconds"]


def case_booklet_50_pages(repeat: int) -> CaseResult:
    """A ~50-page booklet with 20 charts and 2,000 table rows, against bare reportlab with the same content."""
    measured = _measured([sys.executable, "-m", "tests.bench.booklet_bench", str(repeat)], _env())
    return measured["seconds"], "bare reportlab SimpleDocTemplate", measured["baseline_seconds"]


BACKUP_DB_MB = 500

MAKE_BACKUP_DB_SCRIPT = """\
import json, random, sqlite3, sys
path, target = sys.argv[1], int(sys.argv[2]) * 1024 * 1024
con = sqlite3.connect(path, isolation_level=None)
con.execute("PRAGMA journal_mode=OFF")
con.execute("PRAGMA synchronous=OFF")
con.execute("CREATE TABLE datasets (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
con.execute("CREATE TABLE dataset_rows (id INTEGER PRIMARY KEY, dataset_id INTEGER NOT NULL REFERENCES datasets(id), "
            "position INTEGER NOT NULL, data TEXT NOT NULL)")
con.execute("CREATE INDEX ix_rows ON dataset_rows(dataset_id, position)")
con.execute("INSERT INTO datasets VALUES (1, 'besar')")
places = ["Padang Hulu", "Rambutan", "Bajenis", "Tebing Tinggi Kota", "Padang Hilir"]
rng = random.Random(1)
def rows(start, n):
    for i in range(start, start + n):
        yield (1, i, json.dumps([places[i % 5], f"Usaha {i % 997}", 2020 + i % 6, i % 12 + 1,
                                 rng.randint(0, 10**6), round(rng.random() * 1000, 2), "Mikro" if i % 3 else "Kecil"]))
con.execute("BEGIN")
done = 0
while con.execute("PRAGMA page_count").fetchone()[0] * con.execute("PRAGMA page_size").fetchone()[0] < target:
    con.executemany("INSERT INTO dataset_rows(dataset_id, position, data) VALUES (?, ?, ?)", rows(done, 200_000))
    done += 200_000
con.execute("COMMIT")
con.close()
"""

BACKUP_SCRIPT = """\
import datetime, json, os, shutil, statistics, sys, time
from pathlib import Path
from desktop_app.services.archive.backup_format import write_backup
db, target, repeat = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])

def padi():
    start = time.perf_counter()
    result = write_backup(db, target, now=datetime.datetime.now())
    seconds = time.perf_counter() - start
    result.path.unlink()
    return seconds

def baseline():
    start = time.perf_counter()
    copy = target / "copy.db"
    shutil.copyfile(db, copy)
    with open(copy, "rb+") as fh:
        os.fsync(fh.fileno())
    seconds = time.perf_counter() - start
    copy.unlink()
    return seconds

padi(); baseline()
padi_times, base_times = [], []
for _ in range(repeat):
    padi_times.append(padi())
    base_times.append(baseline())
print(json.dumps({"seconds": statistics.median(padi_times), "baseline_seconds": statistics.median(base_times)}))
"""


def case_backup_500mb(repeat: int) -> CaseResult:
    """A verified backup of a ~500 MB database, against a plain copy + fsync of the same file."""
    with tempfile.TemporaryDirectory(prefix="padi-bench-backup-") as tmp:
        db, target = Path(tmp) / "padi.db", Path(tmp) / "flashdisk"
        target.mkdir()
        proc = subprocess.run([sys.executable, "-c", MAKE_BACKUP_DB_SCRIPT, str(db), str(BACKUP_DB_MB)], env=_env(),
                              cwd=REPO_ROOT, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise BenchError(f"making the 500 MB database failed\n--- stderr ---\n{proc.stderr}")
        measured = _measured([sys.executable, "-c", BACKUP_SCRIPT, str(db), str(target), str(repeat)], _env())
    return measured["seconds"], "copyfile + fsync", measured["baseline_seconds"]


# --- the same cases on a PostgreSQL server ---------------------------------------------------------
PG_ENVS = ("PADI_BENCH_POSTGRES", "PADI_TEST_POSTGRES")


class NoServer(Exception):
    """No PostgreSQL server configured for the benchmark: the case is left out."""


def _pg_admin_url() -> str:
    for name in PG_ENVS:
        if os.environ.get(name):
            return os.environ[name]
    raise NoServer(f"set {PG_ENVS[0]} to run the PostgreSQL cases")


PG_HELPERS = """\
import os, sys
import psycopg
from sqlalchemy.engine import make_url
admin_url = make_url(sys.argv[1])
def conninfo(db):
    return (f"host={admin_url.host} port={admin_url.port or 5432} user={admin_url.username} dbname={db}"
            + (f" password={admin_url.password}" if admin_url.password else ""))
def padi_url(db):
    os.environ["PADI_DB_PASSWORD"] = admin_url.password or ""
    return f"postgresql://{admin_url.username}@{admin_url.host}:{admin_url.port or 5432}/{db}"
admin = psycopg.connect(conninfo(admin_url.database or "postgres"), autocommit=True)
def new_db(name):
    admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.execute(f"CREATE DATABASE {name} TEMPLATE template0")
    return name
def drop_db(name):
    admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
"""

PADI_IMPORT_PG_SCRIPT = PG_HELPERS + """\
import json, resource, time
from pathlib import Path
from desktop_app.domain.roles import Role
from desktop_app.services.accounts.account_service import OfficeProfile
from desktop_app.services.office.bundle import Services
db = new_db(f"padi_bench_import_{os.getpid()}")
sv = Services.open(padi_url(db))
sv.accounts.setup(OfficeProfile(name="Dinas"), "staf", "Staf", "sandi-bench", Role.STAF)
sv.accounts.login("staf", "sandi-bench")
start = time.perf_counter()
preview = sv.imports.preview(Path(sys.argv[2]))
result = sv.imports.commit(preview, dataset_name="Bench")
seconds = time.perf_counter() - start
assert result.rows == int(sys.argv[3]), result
sv.close()
drop_db(db)
print(json.dumps({"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

BASELINE_IMPORT_PG_SCRIPT = PG_HELPERS + """\
import json, resource, time
from python_calamine import CalamineWorkbook
db = new_db(f"padi_bench_raw_{os.getpid()}")
con = psycopg.connect(conninfo(db))
con.execute("CREATE TABLE r (a text, b text, c text, d text, e text, f text, g text, h text, i text, j text)")
con.commit()
start = time.perf_counter()
rows = CalamineWorkbook.from_path(sys.argv[2]).get_sheet_by_index(0).to_python()
with con.cursor() as cur, cur.copy("COPY r FROM STDIN") as copy:
    for row in rows[4:]:
        copy.write_row(row)
con.commit()
seconds = time.perf_counter() - start
con.close()
drop_db(db)
print(json.dumps({"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def case_import_100k_xlsx_pg(repeat: int) -> CaseResult:
    """import_100k_xlsx on a server, against calamine + a raw psycopg COPY."""
    admin = _pg_admin_url()
    with tempfile.TemporaryDirectory(prefix="padi-bench-") as tmp:
        book = str(Path(tmp) / "rekap.xlsx")
        _run([sys.executable, "-c", MAKE_WORKBOOK_SCRIPT, book, str(IMPORT_ROWS)], _env())
        runs = max(1, min(repeat, 3))
        padi = [_measured([sys.executable, "-c", PADI_IMPORT_PG_SCRIPT, admin, book, str(IMPORT_ROWS)], _env())
                for _ in range(runs)]
        base = [_measured([sys.executable, "-c", BASELINE_IMPORT_PG_SCRIPT, admin, book], _env()) for _ in range(runs)]
    peak = max(run["peak_mb"] for run in padi)
    return (statistics.median(r["seconds"] for r in padi), "calamine + psycopg COPY",
            statistics.median(r["seconds"] for r in base), {"peak_mb": round(peak, 1)})


GROUP_TOTAL_PG_SCRIPT = PG_HELPERS + """\
import json, statistics, time
from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.pivot import PivotSpec
from desktop_app.domain.roles import Role
from desktop_app.services.accounts.account_service import OfficeProfile
from desktop_app.services.datasets.dataset_service import DatasetMeta
from desktop_app.services.office.bundle import Services
from desktop_app.storage.rows import insert_rows
db, repeat, n = new_db(f"padi_bench_big_{os.getpid()}"), int(sys.argv[2]), int(sys.argv[3])
sv = Services.open(padi_url(db))
sv.accounts.setup(OfficeProfile(name="Dinas"), "staf", "Staf", "sandi-bench", Role.STAF)
sv.accounts.login("staf", "sandi-bench")
columns = (ColumnSpec("Bulan", ColumnType.PERIOD), ColumnSpec("Kecamatan"), ColumnSpec("Jenis Izin"),
           ColumnSpec("Jumlah", ColumnType.INTEGER), ColumnSpec("Nilai", ColumnType.MONEY))
ds = sv.datasets.create(DatasetMeta("Data Besar", unit="izin"), columns, [])
kec = ["Padang Hulu", "Rambutan", "Padang Hilir", "Bajenis", "Tebing Tinggi Kota"]
kinds = ["NIB", "PBG", "SLF", "SIP", "Reklame", "Sertifikat Standar"]
rows = ((f"2025-{i % 12 + 1:02d}", kec[i % 5], kinds[i % 6], (i * 7919) % 500, (i * 104729) % 10**9)
        for i in range(n))
with sv.ctx.db.unit_of_work() as s:
    insert_rows(s, ds, rows)
spec = PivotSpec(rows=("Kecamatan",), value="Jumlah", agg="sum")
assert sv.tabulation.uses_sql(ds, spec)
con = psycopg.connect(conninfo(db), autocommit=True)
con.execute("VACUUM ANALYZE dataset_rows")  # as autovacuum leaves a table some time after a bulk load
sql = 'SELECT "values"->>1, sum(("values"->>3)::numeric) FROM dataset_rows WHERE dataset_id = %s GROUP BY 1'

def padi():
    start = time.perf_counter()
    result = sv.tabulation.pivot(ds, spec)
    return time.perf_counter() - start, {row[0]: row[1] for row in result.table.rows}

def baseline():
    start = time.perf_counter()
    rows = con.execute(sql, (ds,)).fetchall()
    return time.perf_counter() - start, {k: int(v) for k, v in rows}

padi_times, base_times = [], []
_, padi_totals = padi()
_, base_totals = baseline()
assert padi_totals == base_totals, (padi_totals, base_totals)
for _ in range(repeat):
    padi_times.append(padi()[0])
    base_times.append(baseline()[0])
sv.close()
con.close()
drop_db(db)
print(json.dumps({"seconds": statistics.median(padi_times), "baseline_seconds": statistics.median(base_times)}))
"""


def case_group_total_1m_pg(repeat: int) -> CaseResult:
    """group_total_1m on a server, against a hand-written PostgreSQL GROUP BY."""
    measured = _measured([sys.executable, "-c", GROUP_TOTAL_PG_SCRIPT, _pg_admin_url(), str(repeat), str(BIG_ROWS)],
                         _env())
    return measured["seconds"], "psycopg ->> GROUP BY", measured["baseline_seconds"]


CASES: dict[str, Callable[[int], CaseResult]] = {
    "startup_to_login": case_startup_to_login,
    "import_100k_xlsx": case_import_100k_xlsx,
    "open_1m_rows": case_open_1m_rows,
    "group_total_1m": case_group_total_1m,
    "import_100k_xlsx_pg": case_import_100k_xlsx_pg,
    "group_total_1m_pg": case_group_total_1m_pg,
    "series_by_month_36x5k": case_series_by_month_36x5k,
    "booklet_50_pages": case_booklet_50_pages,
    "backup_500mb": case_backup_500mb,
}

# Targets stated in the README, shown in the text output only.
TARGETS: dict[str, float] = {
    "startup_to_login": 3.0,
    "import_100k_xlsx": 1.5,
    "group_total_1m": 1.5,
    "import_100k_xlsx_pg": 1.5,
    "group_total_1m_pg": 1.5,
    "series_by_month_36x5k": 1.5,
    "booklet_50_pages": 2.0,
    "backup_500mb": 2.5,
}


# --- output ------------------------------------------------------------------------------------
def _row(case: str, result: CaseResult) -> dict[str, object]:
    seconds, baseline, baseline_seconds, *extra = result
    ratio = seconds / baseline_seconds if baseline_seconds > 0 else float("inf")
    row = {"case": case, "seconds": round(seconds, 3), "baseline": baseline,
           "baseline_seconds": round(baseline_seconds, 3), "ratio": round(ratio, 2)}
    for more in extra:
        row.update(more)
    return row


def _table(rows: list[dict[str, object]]) -> str:
    headers = ["case", "PADI s", "baseline", "baseline s", "ratio"]
    body = [[str(r["case"]), f"{r['seconds']:.3f}", str(r["baseline"]),
             f"{r['baseline_seconds']:.3f}", f"{r['ratio']:.2f}"] for r in rows]
    numeric = {1, 3, 4}
    widths = [max(len(line[i]) for line in [headers, *body]) for i in range(len(headers))]

    def fmt(line: list[str]) -> str:
        return "  ".join(cell.rjust(w) if i in numeric else cell.ljust(w)
                         for i, (cell, w) in enumerate(zip(line, widths, strict=True))).rstrip()

    lines = [fmt(headers), fmt(["-" * w for w in widths]), *(fmt(line) for line in body)]
    lines += [f"peak memory ({r['case']}): {r['peak_mb']} MB (target < 500 MB)" for r in rows if "peak_mb" in r]
    lines += [f"target ({r['case']}): under {r['target_seconds']} s" for r in rows if "target_seconds" in r]
    for r in rows:
        target = TARGETS.get(str(r["case"]))
        if target is not None:
            prefix = "target:" if len(rows) == 1 else f"target ({r['case']}):"
            lines.append(f"{prefix} ratio <= {target}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="PADI benchmarks against bare baselines.")
    parser.add_argument("--json", action="store_true", help="print only a JSON list of results")
    parser.add_argument("--repeat", type=int, default=5, metavar="N",
                        help="timed runs of each side per case (default 5)")
    parser.add_argument("--case", action="append", choices=sorted(CASES), help="run only these cases")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    rows: list[dict[str, object]] = []
    for name, case in CASES.items():
        if args.case and name not in args.case:
            continue
        try:
            rows.append(_row(name, case(args.repeat)))
        except NoServer as why:
            print(f"bench case {name} left out: {why}", file=sys.stderr)
        except BenchError as err:
            print(f"bench case {name} failed: {err}", file=sys.stderr)
            return 1

    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print(_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
