"""Storage: changes to bound states are carried by the log entry of their unit of work, and replayed."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import select

from desktop_app.storage import activity_log, bindings
from desktop_app.storage.database import Database
from desktop_app.storage.models import Dataset, LogEntry, User
from desktop_app.storage.rows import insert_rows

NOW = dt.datetime(2026, 11, 24, 9, 0)


@pytest.fixture
def db(tmp_path):
    database = Database.open(tmp_path / "padi.db")
    yield database
    database.close()


def new_user(s, username="budi", role="staf"):
    user = User(username=username, full_name="Budi", role=role, password_hash="$argon2id$x", created_at=NOW)
    s.add(user)
    return user


class Entry:
    def __init__(self, entry):
        self.action, self.detail = entry.action, dict(entry.detail)


def last_entry(db):
    with db.reading() as s:
        return Entry(s.scalars(select(LogEntry).order_by(LogEntry.id.desc()).limit(1)).one())


def replayed(db):
    replay = bindings.Replay()
    with db.reading() as s:
        assert activity_log.verify(s, lambda e: replay.visit(e.id, e.action, e.detail)).ok
        return replay, bindings.current_states(s, rows=True)


def test_an_entry_carries_what_its_unit_of_work_changed_before_and_after(db):
    with db.unit_of_work() as s:
        user = new_user(s)
        activity_log.append(s, at=NOW, action="user_created")
    assert last_entry(db).detail["bound"]["user:1"]["role"] == [None, "staf"]
    with db.unit_of_work() as s:
        s.get(User, 1).role = "kasubag"
        s.get(User, 1).failed_attempts = 3  # not a bound state
        activity_log.append(s, at=NOW, action="role_changed", detail={"why": "mutasi"})
    entry = last_entry(db)
    assert entry.detail == {"why": "mutasi", "bound": {"user:1": {"role": ["staf", "kasubag"]}}}
    with db.unit_of_work() as s:
        s.get(User, 1).failed_attempts = 0
        activity_log.append(s, at=NOW, action="login")
    assert "bound" not in last_entry(db).detail
    replay, current = replayed(db)
    assert replay.findings == [] and bindings.compare(replay.expected, current, rows=True) == []
    assert user.id == 1


def test_a_validated_dataset_binds_the_hash_of_its_rows(db):
    with db.unit_of_work() as s:
        new_user(s)
        s.flush()
        ds = Dataset(name="Izin", state="checking", author_id=1, created_at=NOW, updated_at=NOW, stage_since=NOW)
        s.add(ds)
        s.flush()
        insert_rows(s, ds.id, [["NIB", 3], ["PBG", 2]])
        activity_log.append(s, at=NOW, action="dataset_created")
    with db.unit_of_work() as s:
        s.get(Dataset, 1).state = "validated"
        activity_log.append(s, at=NOW, action="dataset_validate")
    with db.reading() as s:
        expected = bindings.rows_hash(s, 1)
    assert last_entry(db).detail["bound"]["dataset:1"]["rows"] == [None, expected]


def test_rows_are_hashed_in_order_in_batches_as_one_stream(db):
    rows = [[f"kode-{i}", i] for i in range(25_000)]  # more than two batches
    with db.unit_of_work() as s:
        new_user(s)
        s.flush()
        s.add(Dataset(name="Besar", author_id=1, created_at=NOW, updated_at=NOW, stage_since=NOW))
        s.flush()
        insert_rows(s, 1, rows)
    with db.reading() as s:
        stored = s.connection().exec_driver_sql(
            'SELECT position, "values" FROM dataset_rows WHERE dataset_id = 1 ORDER BY position').all()
        assert bindings.rows_hash(s, 1) == hashlib.sha256(
            "".join(f"{p}\t{v}\n" for p, v in stored).encode()).hexdigest()


def test_a_change_with_no_entry_of_its_own_is_bound_at_commit(db):
    with db.unit_of_work() as s:
        new_user(s)
    entry = last_entry(db)
    assert entry.action == bindings.RECORDED_ACTION and "user:1" in entry.detail["bound"]


def test_replay_names_a_change_padi_made_on_top_of_a_state_the_log_does_not_back():
    replay = bindings.Replay()
    replay.visit(1, "user_created", {"bound": {"user:1": {"role": [None, "staf"]}}})
    replay.visit(2, "role_changed", {"bound": {"user:1": {"role": ["kepala", "sekretaris"]}}})
    [finding] = replay.findings
    assert (finding.code, finding.key, finding.expected, finding.actual, finding.entry_id) == (
        "diverged", "user:1", "staf", "kepala", 2)
    assert replay.expected == {"user:1": {"role": "sekretaris"}}


def test_a_late_baseline_is_refused():
    replay = bindings.Replay()
    replay.visit(1, "user_created", {"bound": {"user:1": {"role": [None, "staf"]}}})
    replay.visit(2, bindings.BASELINE_ACTION, {"bound": {"user:1": {"role": [None, "kepala"]}}})
    assert [f.code for f in replay.findings] == ["baseline_invalid"]
    assert replay.expected == {"user:1": {"role": "staf"}}
