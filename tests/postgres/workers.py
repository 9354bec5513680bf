"""Worker processes of the concurrency tests: real PADI processes on one PostgreSQL office.

    python -m tests.postgres.workers SCENARIO URL [ARG ...]

Each worker opens the office, logs in, prints ``ready``, waits for one line on stdin (the start
signal, given to all workers at once), does its work and prints one JSON line with the outcome:
``{"ok": true, ...}`` or ``{"ok": false, "code": ...}``. ``PADI_DB_PASSWORD`` comes from the test.

A pause inside the critical section (``PADI_TEST_PAUSE`` seconds, after the item was read and before
it is changed) makes the workers overlap for certain, so a missing row lock would show.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from desktop_app.domain.errors import PadiError
from desktop_app.services.office.bundle import Services

PASSWORD = "rahasia-123"


def _pause_after_load(service_class: type) -> None:
    pause = float(os.environ.get("PADI_TEST_PAUSE", "0"))
    if not pause:
        return
    original = service_class._load

    def slow_load(self, s, ident):
        item = original(self, s, ident)
        time.sleep(pause)
        return item

    service_class._load = slow_load


def approve(services: Services, pub_id: str, content_hash: str) -> dict:
    from desktop_app.services.publications.publication_service import PublicationService

    _pause_after_load(PublicationService)
    services.publications.approve(int(pub_id), content_hash)
    return {}


def update(services: Services, ds_id: str, version: str, tag: str) -> dict:
    from desktop_app.services.datasets.dataset_service import DatasetService

    _pause_after_load(DatasetService)
    detail = services.datasets.get(int(ds_id))
    services.datasets.update(int(ds_id), detail.meta, [[tag, 1]], base_version=int(version))
    return {}


def append(services: Services, count: str) -> dict:
    for _ in range(int(count)):
        services.accounts.lock_session()
    return {"appended": int(count)}


def import_csv(services: Services, path: str, name: str) -> dict:
    preview = services.imports.preview(Path(path))
    result = services.imports.commit(preview, dataset_name=name)
    return {"rows": result.rows, "dataset": result.dataset}


def backup(services: Services, folder: str) -> dict:
    info = services.archive.backup(Path(folder))
    return {"path": str(info.path)}


SCENARIOS = {"approve": ("kepala", approve), "update": ("staf", update), "append": ("staf", append),
             "import": ("staf", import_csv), "backup": ("admin", backup)}


def main() -> None:
    scenario, url, *args = sys.argv[1:]
    username, work = SCENARIOS[scenario]
    services = Services.open(url, create=False)
    services.accounts.login(username, PASSWORD)
    print("ready", flush=True)
    sys.stdin.readline()
    try:
        outcome = {"ok": True, **work(services, *args)}
    except PadiError as err:
        outcome = {"ok": False, "code": err.code, "detail": err.detail}
    except Exception as exc:  # reported to the test, which fails on it
        outcome = {"ok": False, "code": "unexpected", "detail": f"{type(exc).__name__}: {exc}"}
    print(json.dumps(outcome), flush=True)
    services.close()


if __name__ == "__main__":
    main()
