"""Storage: the chain-head anchor beside the database, written inside every commit that appends to the log."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.domain.errors import IntegrityFailure
from desktop_app.storage import activity_log, anchor
from desktop_app.storage.database import Database

NOW = dt.datetime(2026, 11, 24, 9, 0)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path):
    database = Database.open(tmp_path / "padi.db")
    yield database
    database.close()


def append(db, action="tick"):
    with db.unit_of_work() as s:
        activity_log.append(s, at=NOW, action=action)


def head(db):
    with db.reading() as s:
        return activity_log.chain_head(s)


def test_each_commit_that_appends_names_the_new_head_and_the_one_before(db):
    assert anchor.read(db.path) is None  # a new database has no log yet, so no anchor
    append(db)
    append(db)
    found = anchor.read(db.path)
    assert (found.head_id, found.head_hash) == head(db) and found.previous_id == 1
    assert sorted(p.name for p in db.path.parent.iterdir() if "anchor" in p.name) == ["padi.db.anchor"]


def test_a_unit_of_work_without_a_log_entry_leaves_the_anchor_alone(db):
    append(db)
    before = anchor.path_for(db.path).read_bytes()
    with db.unit_of_work() as s:
        s.execute(text("INSERT INTO settings (key, value) VALUES ('x', '{}')"))
    with db.reading() as s:
        s.execute(text("SELECT 1"))
    assert anchor.path_for(db.path).read_bytes() == before


def test_a_rolled_back_unit_of_work_leaves_an_anchor_that_still_accepts_the_log(db):
    append(db)
    with pytest.raises(RuntimeError), db.unit_of_work() as s:
        activity_log.append(s, at=NOW, action="abandoned")
        raise RuntimeError
    assert anchor.read(db.path).accepts(*head(db))


def test_an_anchor_that_cannot_be_written_refuses_the_commit(db):
    append(db)
    path = anchor.path_for(db.path)
    path.unlink()
    path.mkdir()  # something in the way that is not a file
    entries = head(db)[0]
    with pytest.raises(IntegrityFailure, match="anchor_write_failed"):
        append(db)
    assert head(db)[0] == entries  # nothing committed without its anchor


def test_garbage_or_a_foreign_json_file_is_unreadable_not_an_anchor(tmp_path):
    db_path = tmp_path / "padi.db"
    anchor.path_for(db_path).write_text("bukan jangkar")
    with pytest.raises(anchor.AnchorUnreadable):
        anchor.read(db_path)
    anchor.path_for(db_path).write_text('{"format": "lain", "head": {"id": 1, "hash": "x"}}')
    with pytest.raises(anchor.AnchorUnreadable):
        anchor.read(db_path)


def test_a_torn_or_hand_edited_record_is_unreadable_not_another_head(db):
    append(db)
    path = anchor.path_for(db.path)
    record = path.read_bytes()
    assert len(record) == anchor.RECORD_BYTES
    digest = head(db)[1]
    path.write_bytes(record.replace(digest.encode(), digest[:32].encode() + b"0" * 32))
    with pytest.raises(anchor.AnchorUnreadable, match="torn or edited"):
        anchor.read(db.path)


def test_writing_is_atomic_and_leaves_no_temporary_file(tmp_path):
    db_path = tmp_path / "padi.db"
    anchor.write(db_path, anchor.Anchor(5, "e" * 64, 4, "d" * 64))
    anchor.write(db_path, anchor.Anchor(6, "f" * 64, 5, "e" * 64))
    assert [p.name for p in tmp_path.iterdir()] == ["padi.db.anchor"]
    found = anchor.read(db_path)
    assert found.accepts(6, "f" * 64) and found.accepts(5, "e" * 64) and not found.accepts(4, "d" * 64)


CHILD = textwrap.dedent("""
    import datetime as dt, sys
    from pathlib import Path
    from desktop_app.storage import activity_log
    from desktop_app.storage.database import Database
    db = Database.open(Path(sys.argv[1]))
    print("ready", flush=True)
    n = 0
    while True:
        with db.unit_of_work() as s:
            activity_log.append(s, at=dt.datetime(2026, 11, 24, 9), action="tick", detail={"n": n})
        n += 1
        print(n, flush=True)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kills with SIGKILL")
def test_killed_at_any_moment_the_log_and_its_anchor_agree(tmp_path):
    """SIGKILL while commits follow each other: the anchor always accepts the log that survives."""
    from desktop_app.services.office.bundle import Services
    from desktop_app.services.runtime import integrity

    db_path = tmp_path / "padi.db"
    rng = random.Random(20261207)
    acknowledged = 0
    for _ in range(6):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(db_path)], cwd=ROOT, stdout=subprocess.PIPE,
                                 text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert child.stdout.readline().strip() == "ready"
        lines = []
        deadline = rng.uniform(5, 40)  # acknowledged commits before the kill, roughly
        while len(lines) < deadline:
            lines.append(child.stdout.readline())
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        acknowledged += len(lines)
        services = Services.on(Database(db_path))
        try:
            report = integrity.quick_check(services.ctx)
        finally:
            services.close()
        assert report.chain.ok and report.anchor.status == "ok", integrity.summary(report)
        assert report.chain.entries >= acknowledged
        assert report.anchor_notes == ()
