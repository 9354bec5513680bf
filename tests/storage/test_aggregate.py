"""Grouped totals in SQL over the stored JSON rows, with the pivot's meaning of numbers and filled cells."""

from __future__ import annotations

import pytest

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.services.datasets.dataset_service import DatasetMeta
from desktop_app.storage.aggregate import group_total_sql
from desktop_app.storage.rows import insert_rows
from tests.conftest import PASSWORD

pytestmark = pytest.mark.engines

ROWS = [
    ["NIB", 10], ["PBG", 5], ["NIB", 2.5], ["NIB", "12"], ["NIB", True], ["PBG", None], [None, 7],
    [" NIB", 1], ["SLF", "  "], ["SLF", "\u00a0"], ["SLF", "x"], [5, 3], ["5", 4], [],
]


@pytest.fixture
def ds(office) -> int:
    office.accounts.login("staf", PASSWORD)
    ds = office.datasets.create(DatasetMeta("Campur"), (ColumnSpec("Jenis"), ColumnSpec("Jumlah", ColumnType.DECIMAL)),
                                [])
    with office.ctx.db.unit_of_work() as s:
        insert_rows(s, ds, ROWS)
    return ds


def _by_cell(office, ds, agg, value=1):
    with office.ctx.db.unit_of_work() as s:
        return group_total_sql(s, ds, 0, value, agg)


def test_groups_in_first_seen_order_by_stored_cell(office, ds):
    parts = _by_cell(office, ds, "sum")
    # A JSON null (row 6) and a missing cell (the empty row 13) are two groups, both with cell None.
    assert [p.cell for p in parts] == ["NIB", "PBG", None, " NIB", "SLF", 5, "5", None]
    assert [p.first_position for p in parts] == [0, 1, 6, 7, 8, 11, 12, 13]
    assert [p.rows for p in parts] == [4, 2, 1, 1, 3, 1, 1, 1]


def test_only_json_numbers_are_summed(office, ds):
    totals = [p.total for p in _by_cell(office, ds, "sum")]
    assert totals == [12.5, 5, 7, 1, None, 3, 4, None]
    avg = {p.cell: (p.total, p.numbers) for p in _by_cell(office, ds, "avg")}
    assert avg["NIB"] == (12.5, 2) and avg["SLF"] == (None, 0)
    assert {p.cell: p.low for p in _by_cell(office, ds, "min")}["NIB"] == 2.5
    assert {p.cell: p.high for p in _by_cell(office, ds, "max")}["NIB"] == 10


def test_count_skips_missing_null_and_blank_cells(office, ds):
    counted = [p.counted for p in _by_cell(office, ds, "count")]
    assert counted == [4, 1, 1, 1, 1, 1, 1, 0]  # NIB: 10, 2.5, "12", true; SLF: only "x"
    rows = [p.counted for p in _by_cell(office, ds, "count", value=None)]
    assert rows == [4, 2, 1, 1, 3, 1, 1, 1]


def test_bad_arguments(office, ds):
    with pytest.raises(ValueError):
        _by_cell(office, ds, "share")
    with pytest.raises(ValueError):
        _by_cell(office, ds, "sum", value=None)
