"""Several PADI processes on one PostgreSQL office at once: nothing decided twice, nothing lost, one log chain."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.services.datasets.dataset_service import DatasetMeta
from desktop_app.services.office.bundle import Services
from desktop_app.services.publications.publication_service import SectionDraft
from desktop_app.storage import activity_log
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def start(scenario: str, url: str, *args: object, pause: float = 0.0) -> subprocess.Popen:
    env = {**os.environ, "PADI_TEST_PAUSE": str(pause)}
    return subprocess.Popen([sys.executable, "-m", "tests.postgres.workers", scenario, url, *map(str, args)],
                            cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def run_together(workers: list[subprocess.Popen], timeout: float = 120) -> list[dict]:
    """Wait until every worker is ready, start them all at once, collect their outcomes."""
    for worker in workers:
        assert worker.stdout.readline().strip() == "ready"
    for worker in workers:
        worker.stdin.write("go\n")
        worker.stdin.flush()
    outcomes = []
    for worker in workers:
        out, _ = worker.communicate(timeout=timeout)
        assert worker.returncode == 0
        outcomes.append(json.loads(out.strip().splitlines()[-1]))
    return outcomes


def chain(url: str) -> activity_log.ChainReport:
    services = Services.open(url, create=False)
    try:
        with services.ctx.db.reading() as s:
            return activity_log.verify(s)
    finally:
        services.close()


def submitted_publication(url: str) -> tuple[int, str]:
    services = Services.open(url, create=False)
    try:
        services.accounts.login("staf", PASSWORD)
        ds = services.datasets.create(DatasetMeta("Izin"), (ColumnSpec("Jenis"), ColumnSpec("Jumlah", ColumnType.INTEGER)),
                                      [("NIB", 3)])
        assert ds
        pub = services.publications.create("Brosur Izin", "brosur", [SectionDraft("Pengantar", "Isi.")])
        services.accounts.logout()
        services.accounts.login("kasubag", PASSWORD)
        services.publications.submit(pub)
        services.accounts.logout()
        return pub, services.publications.get(pub).content_hash
    finally:
        services.close()


def test_two_kepala_approving_the_same_item_exactly_one_wins(pg_office):
    pub, content_hash = submitted_publication(pg_office)
    outcomes = run_together([start("approve", pg_office, pub, content_hash, pause=1.0) for _ in range(2)])
    assert sorted(o["ok"] for o in outcomes) == [False, True], outcomes
    loser = next(o for o in outcomes if not o["ok"])
    assert loser["code"] == "state"  # told: it is no longer awaiting a decision
    services = Services.open(pg_office, create=False)
    try:
        with services.ctx.db.reading() as s:
            from sqlalchemy import select

            from desktop_app.storage.models import Decision
            assert len(s.scalars(select(Decision)).all()) == 1
    finally:
        services.close()
    assert chain(pg_office).ok


def test_edits_of_one_draft_from_two_sessions_lose_nothing(pg_office):
    services = Services.open(pg_office, create=False)
    try:
        services.accounts.login("staf", PASSWORD)
        ds = services.datasets.create(DatasetMeta("Draf"), (ColumnSpec("Isi"), ColumnSpec("N", ColumnType.INTEGER)),
                                      [("awal", 1)])
        version = services.datasets.get(ds).summary.row_version
        services.accounts.logout()
    finally:
        services.close()
    outcomes = run_together([start("update", pg_office, ds, version, tag, pause=1.0) for tag in ("A", "B")])
    assert sorted(o["ok"] for o in outcomes) == [False, True], outcomes
    loser = next(o for o in outcomes if not o["ok"])
    assert loser["code"] == "changed_elsewhere" and loser["detail"].startswith("Siti Rahma|")
    winner = "AB"[[o["ok"] for o in outcomes].index(True)]
    services = Services.open(pg_office, create=False)
    try:
        detail = services.datasets.get(ds)
        assert [list(r) for r in detail.rows] == [[winner, 1]]  # the winner's save, whole
        assert detail.summary.row_version == version + 1
    finally:
        services.close()


def test_four_processes_appending_at_once_make_one_chain(pg_office):
    before = chain(pg_office).entries
    outcomes = run_together([start("append", pg_office, 40) for _ in range(4)])
    assert all(o["ok"] for o in outcomes), outcomes
    report = chain(pg_office)
    assert report.ok
    assert report.entries == before + 4 * (1 + 40)  # a login and 40 entries each


def _csv(path: Path, rows: int, tag: str) -> Path:
    lines = ["Kecamatan,Jenis,Jumlah"] + [f"{tag}{i % 7},NIB,{i}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_two_imports_at_once(pg_office, tmp_path):
    files = [_csv(tmp_path / f"{tag}.csv", 3000, tag) for tag in ("a", "b")]
    outcomes = run_together([start("import", pg_office, f, f"Impor {f.stem}") for f in files])
    assert all(o["ok"] and o["rows"] == 3000 for o in outcomes), outcomes
    services = Services.open(pg_office, create=False)
    try:
        assert {d.name: d.rows for d in services.datasets.list()} == {"Impor a": 3000, "Impor b": 3000}
    finally:
        services.close()
    assert chain(pg_office).ok


def test_an_import_during_a_backup(pg_office, tmp_path):
    from desktop_app.services.archive.backup_format import DATABASE_MEMBER, verify_backup
    from desktop_app.storage.snapshot import table_counts

    source = _csv(tmp_path / "besar.csv", 20000, "k")
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    outcomes = run_together([start("import", pg_office, source, "Besar"), start("backup", pg_office, folder)])
    assert all(o["ok"] for o in outcomes), outcomes
    archive = Path(outcomes[1]["path"])
    assert verify_backup(archive).ok
    with zipfile.ZipFile(archive) as zf:
        zf.extract(DATABASE_MEMBER, tmp_path / "inside")
    inside = tmp_path / "inside" / DATABASE_MEMBER
    # One consistent snapshot: the import is in it whole or not at all, and its log chain verifies.
    assert table_counts(inside, ["dataset_rows"])["dataset_rows"] in (0, 20000)
    restored = Services.open(inside, create=False)
    try:
        with restored.ctx.db.reading() as s:
            assert activity_log.verify(s).ok
    finally:
        restored.close()
    assert chain(pg_office).ok


def test_log_times_come_from_the_server_clock(pg_office, monkeypatch):
    """A PC whose clock is an hour fast still logs the server's time."""
    import datetime as dt
    import time

    from desktop_app.storage import database

    real = time.time
    monkeypatch.setattr(database.time, "time", lambda: real() + 3600)
    services = Services.open(pg_office, create=False)
    try:
        assert services.ctx.clock == services.ctx.db.now
        services.accounts.login("staf", PASSWORD)
        with services.ctx.db.reading() as s:
            from sqlalchemy import select

            from desktop_app.storage.models import LogEntry
            logged = s.scalars(select(LogEntry.at).order_by(LogEntry.id.desc()).limit(1)).one()
        assert abs((logged - dt.datetime.fromtimestamp(real())).total_seconds()) < 5
    finally:
        services.close()
