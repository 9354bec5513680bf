"""Child processes for the kill tests: real PADI work that the test kills with SIGKILL at random moments.

    python -m tests.reliability.children

starts a *spawner*: it loads PADI once (so each child starts in milliseconds instead of the 0.7 s an
interpreter needs to import SQLAlchemy and the services), then for each JSON command line on stdin
forks a worker that opens the database, logs in, says "ready", then does one kind of work in a loop
and acknowledges every committed change with a line on stdout, written in one ``write`` after the
service call returned:

    {"scenario": "entry", "db": ..., "run": 3}  ->  "pid 1234", "ready", "ack entry k3-0 2", "ack entry k3-1 2", ...

The test kills the worker (not the spawner), which reports ``dead PID SIGNAL``. Scenarios: entry (rows
typed into new datasets), import (a CSV imported into new datasets), approval (a publication created,
submitted and approved), backup (verified backups, one simulated day apart), restore (a backup restored
over the database). Linux/macOS only (fork).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sys
import traceback
from pathlib import Path

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.services.archive import restore as restore_service
from desktop_app.services.datasets.dataset_service import DatasetMeta
from desktop_app.services.office.bundle import Services
from desktop_app.services.publications.publication_service import SectionDraft

PASSWORD = "rahasia-123"
COLUMNS = (ColumnSpec("Jenis", ColumnType.TEXT), ColumnSpec("Jumlah", ColumnType.INTEGER))
BASE_DAY = dt.datetime(2026, 1, 1, 9, 0)


def say(line: str) -> None:
    """One line in one write: the test never sees half an acknowledgement."""
    os.write(1, (line + "\n").encode())


def entry(services: Services, run: int, _args: dict) -> None:
    services.accounts.login("staf", PASSWORD)
    say("ready")
    for i in range(10**6):
        name = f"k{run}-{i}"
        services.datasets.create(DatasetMeta(name, source="OSS"), COLUMNS, [("NIB", i), ("PBG", i + 1)])
        say(f"ack entry {name} 2")


def import_csv(services: Services, run: int, args: dict) -> None:
    services.accounts.login("staf", PASSWORD)
    preview = services.imports.preview(Path(args["csv"]))
    say("ready")
    for i in range(10**6):
        result = services.imports.commit(preview, dataset_name=f"imp{run}-{i}")
        say(f"ack import {result.dataset} {result.rows}")


def approval(services: Services, run: int, _args: dict) -> None:
    say("ready")
    for i in range(10**6):
        services.accounts.login("kasubag", PASSWORD)
        pub = services.publications.create(f"Brosur {run}-{i}", "brosur", [SectionDraft("Izin", "Teks")])
        services.publications.submit(pub, "Mohon persetujuan")
        say(f"ack submitted {pub}")
        services.accounts.login("kepala", PASSWORD)
        services.publications.approve(pub, services.publications.get(pub).content_hash)
        say(f"ack approved {pub}")


def backup(services: Services, run: int, args: dict) -> None:
    services.accounts.login("admin", PASSWORD)
    say("ready")
    for _ in range(10**6):
        info = services.archive.backup(Path(args["target"]))
        say(f"ack backup {info.path.name} {info.sha256}")
        day[0] += 1


def restore(services: Services, run: int, args: dict) -> None:
    db_path = services.ctx.db.path
    services.close()  # a restore needs every connection to the live database closed
    say("ready")
    for i in range(10**6):
        restore_service.restore_database(Path(args["backup"]), db_path, now=BASE_DAY + dt.timedelta(minutes=run * 1000 + i),
                                         credentials=("admin", PASSWORD))
        say(f"ack restore {i}")


SCENARIOS = {"entry": entry, "import": import_csv, "approval": approval, "backup": backup, "restore": restore}
day = [0]


def work(command: dict) -> None:
    """The worker: open the database as PADI does and do the scenario until killed."""
    day[0] = int(command.get("day", 0))
    services = Services.open(Path(command["db"]), create=False,
                             clock=lambda: BASE_DAY + dt.timedelta(days=day[0]))
    SCENARIOS[command["scenario"]](services, int(command["run"]), command)


def serve() -> None:
    import desktop_app.services.datasets.importing  # noqa: F401 - loaded once here, not in every worker
    import desktop_app.services.datasets.importing.preview  # noqa: F401

    for line in sys.stdin:
        command = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                say(f"pid {os.getpid()}")
                work(command)
            except BaseException:  # noqa: BLE001 - reported to the test, which fails on it
                say("error " + traceback.format_exc().replace("\n", " | "))
                code = 1
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
        say(f"dead {pid} {signal.Signals(sig).name if sig else 'exit'}")


if __name__ == "__main__":
    serve()
