"""Paged reading of dataset rows: keyset pages on dense positions, OFFSET when positions have gaps."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.services.datasets.dataset_service import DatasetMeta
from desktop_app.storage.models import DatasetRow
from desktop_app.storage.row_pages import count_rows, fetch_page, positions_dense
from desktop_app.storage.rows import insert_rows
from tests.conftest import PASSWORD

pytestmark = pytest.mark.engines

COLUMNS = (ColumnSpec("Nama"), ColumnSpec("Jumlah", ColumnType.INTEGER))


def _dataset(office, n: int) -> int:
    office.accounts.login("staf", PASSWORD)
    ds = office.datasets.create(DatasetMeta("Besar"), COLUMNS, [])
    with office.ctx.db.unit_of_work() as s:
        insert_rows(s, ds, ([f"baris {i}", i] for i in range(n)))
    return ds


def test_pages_of_dense_positions(office):
    ds = _dataset(office, 1234)
    with office.ctx.db.unit_of_work() as s:
        assert count_rows(s, ds) == 1234
        assert positions_dense(s, ds)
        assert fetch_page(s, ds, 0, 3) == [["baris 0", 0], ["baris 1", 1], ["baris 2", 2]]
        assert fetch_page(s, ds, 1000, 500, total=1234) == [[f"baris {i}", i] for i in range(1000, 1234)]
        assert fetch_page(s, ds, 1234, 10) == []
        assert fetch_page(s, ds, -1, 10) == [] and fetch_page(s, ds, 0, 0) == []
        assert count_rows(s, 9999) == 0 and fetch_page(s, 9999, 0, 10) == []


def test_positions_with_gaps_fall_back_to_offset(office):
    ds = _dataset(office, 100)
    with office.ctx.db.unit_of_work() as s:  # every position doubled: 0, 2, 4, ...
        s.execute(update(DatasetRow).where(DatasetRow.dataset_id == ds).values(position=DatasetRow.position * 2))
    with office.ctx.db.unit_of_work() as s:
        assert not positions_dense(s, ds)
        assert fetch_page(s, ds, 10, 3) == [["baris 10", 10], ["baris 11", 11], ["baris 12", 12]]
        assert fetch_page(s, ds, 98, 5) == [["baris 98", 98], ["baris 99", 99]]


def test_a_duplicate_position_is_caught_by_the_page_check(office):
    ds = _dataset(office, 50)
    with office.ctx.db.unit_of_work() as s:  # positions 0..4, 4, 6..49: min 0 and max 49 look dense
        s.execute(update(DatasetRow).where(DatasetRow.dataset_id == ds, DatasetRow.position == 5).values(position=4))
        assert positions_dense(s, ds)
        page = fetch_page(s, ds, 4, 3)
        assert sorted(row[1] for row in page) == [4, 5, 6]


def test_service_reads_pages(office):
    ds = _dataset(office, 20)
    assert office.datasets.row_count(ds) == 20
    assert office.datasets.columns(ds) == COLUMNS
    assert office.datasets.rows_page(ds, 18, 5) == [["baris 18", 18], ["baris 19", 19]]
    n = office.datasets.row_count(ds)
    assert office.datasets.rows_page(ds, 5, 2, total=n) == [["baris 5", 5], ["baris 6", 6]]
