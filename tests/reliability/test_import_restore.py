"""`padi import` and `padi restore` started together, in real processes: nothing reported done is ever lost.

Each round starts an import (a new dataset) and, a random moment later, a restore of the same backup
over the same database. Either may be refused while the other works (exit 3, naming it); neither may
fail otherwise. An import that printed "N baris diimpor" with exit 0 must afterwards be in the live
database or, when a restore came after it, in the safety copy that restore kept: a restore replaces
the data by the backup's, but never swallows an import that a running process was still writing.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
SEED = 20261214
ROUNDS = 10
ROWS = 20000
SPREAD = 0.4  # seconds either side of the moment the restore's end meets the import's end

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX timing of child processes")


def padi(*argv: str) -> subprocess.Popen:
    env = {**os.environ, "PADI_PASSWORD": PASSWORD, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "desktop_app", *argv], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finished(proc: subprocess.Popen) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=120)
    return proc.returncode, out, err


def datasets_in(db: Path) -> dict[str, int]:
    """Dataset name -> rows, read-only."""
    with contextlib.closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return dict(conn.execute("SELECT d.name, count(r.id) FROM datasets d LEFT JOIN dataset_rows r "
                                 "ON r.dataset_id = d.id GROUP BY d.id"))


def test_a_restore_never_swallows_an_import_that_reported_success(office, tmp_path):
    db = office.ctx.db.path
    usb = tmp_path / "usb"
    usb.mkdir()
    office.accounts.login("admin", PASSWORD)
    backup = office.archive.backup(usb).path
    office.accounts.logout()
    office.close()
    csv = tmp_path / "izin.csv"
    csv.write_text("Jenis;Jumlah\n" + "".join(f"NIB-{i};{i}\n" for i in range(ROWS)), encoding="utf-8")

    # How long each takes alone on this machine: the restore replaces the file at its end and the
    # import writes its rows at its end, so the rounds aim the two ends at each other.
    took = []
    for argv in (("import", "--db", str(db), "--file", str(csv), "--dataset", "kalibrasi", "--user", "staf"),
                 ("restore", str(backup), "--db", str(db), "--user", "admin")):
        began = time.monotonic()
        code, out, err = finished(padi(*argv))
        assert code == 0, (out, err)
        took.append(time.monotonic() - began)
    aim = took[0] - took[1]
    rng = random.Random(SEED)
    reported: dict[str, int] = {}
    outcomes = []
    for n in range(ROUNDS):
        name = f"impor-{n}"
        offset = aim + rng.uniform(-SPREAD, SPREAD)
        importing = restoring = None
        if offset < 0:
            restoring = padi("restore", str(backup), "--db", str(db), "--user", "admin")
            time.sleep(-offset)
        importing = padi("import", "--db", str(db), "--file", str(csv), "--dataset", name, "--user", "staf")
        if restoring is None:
            time.sleep(offset)
            restoring = padi("restore", str(backup), "--db", str(db), "--user", "admin")
        (icode, iout, ierr), (rcode, rout, rerr) = finished(importing), finished(restoring)
        outcomes.append((icode, rcode))
        for code, out, err in ((icode, iout, ierr), (rcode, rout, rerr)):
            assert code in (0, 3), (code, out, err)
            assert "Traceback" not in out + err and "tak terduga" not in err, err
            if code == 3:
                assert "PID" in err, err  # who holds the database is named
        if icode == 0:
            match = re.search(r"(\d+) baris diimpor", iout)
            assert match, iout
            reported[name] = int(match.group(1))

    places = [db, *sorted(tmp_path.glob("padi-sebelum-pulih-*.db"))]
    found: dict[str, int] = {}
    for place in places:
        for name, rows in datasets_in(place).items():
            found[name] = max(found.get(name, 0), rows)
    lost = {name: rows for name, rows in reported.items() if found.get(name) != rows}
    assert not lost, f"reported as imported but gone: {lost} (outcomes {outcomes})"
    assert reported, outcomes  # the loop did import something
