"""Copying a whole office into another database (either engine): exact, proven, all or nothing, source untouched."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop_app.domain.errors import BadInput, IntegrityFailure
from desktop_app.storage import transfer
from desktop_app.storage.database import Database
from tests.conftest import PASSWORD

pytestmark = pytest.mark.engines  # the target on SQLite and on PostgreSQL (tests/engines.py)


@pytest.fixture
def source(tmp_path, clock):
    """A small office in a SQLite file, with rows, a publication draft and a log."""
    from desktop_app.domain.columns import ColumnSpec, ColumnType
    from desktop_app.services.datasets.dataset_service import DatasetMeta
    from desktop_app.services.office.bundle import Services
    from tests.conftest import build_office

    path = tmp_path / "sumber.db"
    build_office(path)
    services = Services.open(path, clock=clock)
    services.accounts.login("staf", PASSWORD)
    services.datasets.create(DatasetMeta("Izin", keywords=("izin", "nib")),
                             (ColumnSpec("Jenis"), ColumnSpec("Jumlah", ColumnType.DECIMAL)),
                             [("NIB", 1.5), ("PBG \"kutip\"\n", None), ("é\\", 3)])
    services.accounts.logout()
    services.close()
    return path


def test_the_copy_holds_exactly_the_source(source, fresh_db):
    before = source.read_bytes()
    src, dst = Database(source), Database.open(fresh_db)
    try:
        report = transfer.copy_office(src, dst)
        with src.reading() as a, dst.reading() as b:
            assert transfer.prove(a.connection()).tables == transfer.prove(b.connection()).tables
        assert report.tables["dataset_rows"].rows == 3 and report.log_entries > 0
        with dst.unit_of_work() as s:  # new ids continue after the copied ones (a server's sequences)
            s.execute(text("INSERT INTO programmes (code, name) VALUES ('1', 'Program')"))
            assert s.execute(text("SELECT max(id) FROM programmes")).scalar() == 1
            assert s.execute(text("SELECT count(*) FROM users")).scalar() == 5
    finally:
        src.close()
        dst.close()
    assert source.read_bytes() == before  # the source is never changed


def test_a_target_with_data_is_refused(source, fresh_db):
    src, dst = Database(source), Database.open(fresh_db)
    try:
        transfer.copy_office(src, dst)
        with pytest.raises(BadInput) as refused:
            transfer.copy_office(src, dst)
        assert refused.value.code == "target_database_not_empty"
    finally:
        src.close()
        dst.close()


def test_a_copy_that_does_not_match_is_not_reported(source, fresh_db, monkeypatch):
    src, dst = Database(source), Database.open(fresh_db)
    real = transfer._write

    def lose_a_row(connection, table, rows):
        real(connection, table, rows[:-1] if table.name == "dataset_rows" else rows)

    monkeypatch.setattr(transfer, "_write", lose_a_row)
    try:
        with pytest.raises(IntegrityFailure) as failed:
            transfer.copy_office(src, dst)
        assert failed.value.code == "transfer_mismatch" and "dataset_rows" in failed.value.detail
        with dst.reading() as s:  # rolled back whole: nothing half-copied is left
            assert s.execute(text("SELECT count(*) FROM users")).scalar() == 0
    finally:
        src.close()
        dst.close()
