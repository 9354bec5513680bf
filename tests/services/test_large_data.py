"""Large datasets: a plain grouped total is computed in SQL above a row threshold, with exactly the
in-memory pivot's result; the call reports progress and can be cancelled from a job."""

from __future__ import annotations

import dataclasses

import pytest

import desktop_app.services.datasets.tabulation as tabulation
from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput, Cancelled
from desktop_app.domain.pivot import PivotSpec
from desktop_app.services.datasets.dataset_service import DatasetMeta
from desktop_app.storage.rows import insert_rows
from tests.conftest import PASSWORD

COLUMNS = (ColumnSpec("Bulan", ColumnType.PERIOD), ColumnSpec("Kecamatan"), ColumnSpec("Jenis Izin"),
           ColumnSpec("Jumlah", ColumnType.INTEGER), ColumnSpec("Nilai", ColumnType.DECIMAL),
           ColumnSpec("Tanggal", ColumnType.DATE))
KEC = ["Padang Hulu", "Rambutan", " Rambutan ", "", None, "Bajenis", 7, "7"]


def _rows(n: int) -> list[list[object]]:
    rows = []
    for i in range(n):
        value = [i % 37, None, "12", True, 2.5, "  "][i % 6] if i % 5 == 0 else i % 97
        rows.append([f"2025-{i % 12 + 1:02d}", KEC[i % len(KEC)], ["NIB", "PBG", "SLF"][i % 3], value,
                     (i % 13) * 0.5, f"2025-01-{i % 28 + 1:02d}"])
    rows.append(["2025-01", "Tanpa Nilai", "NIB"])  # a short row: its value cells are missing
    return rows


@pytest.fixture
def ds(office) -> int:
    office.accounts.login("staf", PASSWORD)
    ds = office.datasets.create(DatasetMeta("Besar", unit="izin"), COLUMNS, [])
    with office.ctx.db.unit_of_work() as s:
        insert_rows(s, ds, _rows(600))
    return ds


SPECS = [PivotSpec(rows=("Kecamatan",), value="Jumlah", agg=agg) for agg in ("sum", "count", "avg", "min", "max")]
SPECS += [PivotSpec(rows=("Jenis Izin",), agg="count"), PivotSpec(rows=("kecamatan",), value="Nilai", agg="avg"),
          PivotSpec(rows=("Tanggal",), value="Nilai", agg="sum"), PivotSpec(rows=("Jumlah",), value="Nilai", agg="max")]
# A series by month: periods in order with the gaps filled, the change, the year to date, coarser grains.
SPECS += [PivotSpec(rows=("Bulan",), value="Jumlah"), PivotSpec(rows=("Bulan",), value="Jumlah", change=True, ytd=True),
          PivotSpec(rows=("Bulan",), value="Nilai", agg="avg", change=True),
          PivotSpec(rows=("Bulan",), value="Jumlah", period_grain="quarter", ytd=True),
          PivotSpec(rows=("Tanggal",), value="Jumlah", period_grain="month", change=True),
          PivotSpec(rows=("Bulan",), agg="count", ytd=True)]


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: f"{s.rows[0]}-{s.value}-{s.agg.value}")
def test_sql_path_equals_the_in_memory_pivot(office, ds, monkeypatch, spec):
    in_memory = office.tabulation.pivot(ds, spec)
    assert not office.tabulation.uses_sql(ds, spec)
    monkeypatch.setattr(tabulation, "SQL_THRESHOLD", 100)
    assert office.tabulation.uses_sql(ds, spec)
    monkeypatch.setattr(tabulation, "pivot", _no_rows(tabulation.pivot))  # the SQL path loads no rows
    in_sql = office.tabulation.pivot(ds, spec)
    assert in_sql == in_memory
    assert in_sql.table.rows and in_sql.table.total == in_memory.table.total


def _no_rows(real):
    def pivot(columns, rows, spec, **kwargs):
        assert not list(rows), "rows were loaded"
        return real(columns, rows, spec, **kwargs)
    return pivot


@pytest.fixture
def series_with_gap(office) -> int:
    """A large monthly series of 2025 whose March never arrived (and a month with an empty value)."""
    from desktop_app.storage.models import Dataset

    office.accounts.login("staf", PASSWORD)
    columns = (ColumnSpec("Periode", ColumnType.PERIOD), ColumnSpec("Jenis Izin"), ColumnSpec("Jumlah", ColumnType.INTEGER))
    ds = office.datasets.create(DatasetMeta("Seri Besar", unit="izin"), columns, [])
    months = ["2025-01", "2025-02", "2025-04", "2025-05", "2025-06", "2025-08"]
    rows = [[months[i % len(months)], ["NIB", "PBG"][i % 2], None if i % 11 == 0 else i % 23] for i in range(300)]
    with office.ctx.db.unit_of_work() as s:
        insert_rows(s, ds, rows)
        s.get(Dataset, ds).series_grain = "month"
    return ds


GAP_SPECS = [PivotSpec(rows=("Periode",), value="Jumlah", agg=agg, change=True) for agg in ("sum", "count", "avg",
                                                                                              "min", "max")]
GAP_SPECS += [PivotSpec(rows=("Periode",), value="Jumlah", change=True, ytd=True),
              PivotSpec(rows=("Periode",), agg="count", ytd=True),
              PivotSpec(rows=("Periode",), value="Jumlah", period_grain="quarter", change=True, ytd=True),
              PivotSpec(rows=("Jenis Izin",), value="Jumlah")]


@pytest.mark.parametrize("spec", GAP_SPECS, ids=lambda s: f"{s.rows[0]}-{s.agg.value}-{s.period_grain}")
def test_sql_path_equals_the_in_memory_pivot_on_a_series_with_a_gap(office, series_with_gap, monkeypatch, spec):
    in_memory = office.tabulation.pivot(series_with_gap, spec)
    monkeypatch.setattr(tabulation, "SQL_THRESHOLD", 100)
    assert office.tabulation.uses_sql(series_with_gap, spec)
    monkeypatch.setattr(tabulation, "pivot", _no_rows(tabulation.pivot))
    in_sql = office.tabulation.pivot(series_with_gap, spec)
    assert in_sql == in_memory
    assert [p.text for p in in_sql.missing] == ["2025-03", "2025-07"]
    assert "Maret 2025" in in_sql.table.note
    if spec.rows == ("Periode",) and spec.period_grain is None:
        march = next(r for r in in_sql.rows if r.keys[0].text == "2025-03")
        april = next(r for r in in_sql.rows if r.keys[0].text == "2025-04")
        assert (march.total, march.change, march.ytd) == (None, None, None)
        assert april.change is None and april.total is not None
        assert spec.ytd is False or april.ytd is None


def test_other_specs_stay_in_memory(office, ds, monkeypatch):
    monkeypatch.setattr(tabulation, "SQL_THRESHOLD", 100)
    for spec in (PivotSpec(rows=("Bulan",), value="Jumlah", filters=(("Bulan", ">=", "2025-03"),)),
                 PivotSpec(rows=("Kecamatan",), value="Jumlah", agg="share"),
                 PivotSpec(rows=("Kecamatan", "Jenis Izin"), value="Jumlah"),
                 PivotSpec(rows=("Kecamatan",), cols="Jenis Izin", value="Jumlah"),
                 PivotSpec(rows=("Kecamatan",), value="Jumlah", filters=(("Jenis Izin", "=", "NIB"),))):
        assert not office.tabulation.uses_sql(ds, spec)
        assert office.tabulation.pivot(ds, spec).table.rows


def test_errors_are_the_pivots(office, ds, monkeypatch):
    monkeypatch.setattr(tabulation, "SQL_THRESHOLD", 100)
    with pytest.raises(BadInput, match="unknown_column"):
        office.tabulation.pivot(ds, PivotSpec(rows=("Desa",), value="Jumlah"))
    with pytest.raises(BadInput, match="not_numeric"):
        office.tabulation.pivot(ds, PivotSpec(rows=("Kecamatan",), value="Jenis Izin"))


@pytest.mark.parametrize("threshold", [100, 10**9])
def test_report_and_cancel(office, ds, monkeypatch, threshold):
    monkeypatch.setattr(tabulation, "SQL_THRESHOLD", threshold)
    monkeypatch.setattr(tabulation, "PROGRESS_STEPS", 100)
    spec = PivotSpec(rows=("Kecamatan",), value="Jumlah")
    calls = []
    result = office.tabulation.pivot(ds, spec, report=lambda done, total, text: calls.append(text))
    assert result == office.tabulation.pivot(ds, spec)
    assert len(calls) > 2 and calls[0] == "Menghitung tabel"

    seen = []

    def cancel_later(done, total, text):
        seen.append(text)
        if len(seen) == 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        office.tabulation.pivot(ds, spec, report=cancel_later)
    assert office.tabulation.pivot(ds, spec) == result  # the connection is usable afterwards


def test_details_of_a_large_dataset_skip_the_rows_over_the_limit(office, ds):
    full = office.datasets.get(ds)
    assert full.rows_complete and len(full.rows) == 601 and full.summary.rows == 601
    light = office.datasets.get(ds, row_limit=600)
    assert not light.rows_complete and light.rows == () and light.summary.rows == 601
    assert light.columns == full.columns and light.meta == full.meta
    assert office.datasets.get(ds, row_limit=601).rows == full.rows


def test_saving_only_metadata_keeps_every_row(office, ds):
    before = office.datasets.get(ds)
    office.datasets.update(ds, dataclasses.replace(before.meta, unit="berkas"), None)
    after = office.datasets.get(ds)
    assert after.meta.unit == "berkas" and after.rows == before.rows
    assert office.activity.entries(limit=1)[0].action == "dataset_saved"
