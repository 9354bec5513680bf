"""Services: correcting a draft's columns — logged, the rows and settings follow, refused past step 1."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.services.datasets.dataset_service import DatasetMeta, NewConfirmation
from tests.conftest import PASSWORD

COLUMNS = (ColumnSpec("Bulan", ColumnType.PERIOD), ColumnSpec("Jenis"), ColumnSpec("Jumlah", ColumnType.TEXT))
ROWS = [("2024-01", "NIB", "1.250"), ("2024-01", "PBG", "tiga")]


def draft(services) -> int:
    services.accounts.login("staf", PASSWORD)
    ds = services.datasets.create(DatasetMeta("Izin"), COLUMNS, ROWS)
    services.datasets.set_check_settings(ds, ["Bulan", "Jenis"], None)
    return ds


def last(services, action):
    return next(e for e in services.activity.entries() if e.action == action)


def test_retype_shows_the_cells_that_do_not_fit_and_the_checks_point_at_them(office):
    ds = draft(office)
    problems = office.corrections.retype(ds, "Jumlah", ColumnType.INTEGER)
    assert [(p.row, p.value) for p in problems] == [(1, "tiga")]
    detail = office.datasets.get(ds)
    assert detail.columns[2].type == ColumnType.INTEGER and detail.rows == (("2024-01", "NIB", 1250),
                                                                              ("2024-01", "PBG", "tiga"))
    entry = last(office, "column_retyped")
    assert entry.detail["problems"] == 1 and entry.detail["problem_rows"] == [2] and entry.detail["revision"] == 1
    report = office.datasets.check(ds)
    assert any(f.code == "not_a_number" and f.row == 1 for f in report.findings)


def test_rename_move_add_remove_keep_the_settings_in_step(office):
    ds = draft(office)
    office.corrections.rename(ds, "Jenis", "Jenis Izin")
    assert office.datasets.check_settings(ds).key_columns == ("Bulan", "Jenis Izin")
    office.corrections.add(ds, ColumnSpec("Catatan"), 1)
    office.corrections.move(ds, "Jumlah", 1)
    detail = office.datasets.get(ds)
    assert [c.name for c in detail.columns] == ["Bulan", "Jumlah", "Catatan", "Jenis Izin"]
    assert detail.rows[0] == ("2024-01", "1.250", None, "NIB")
    office.corrections.remove(ds, "Jenis Izin")
    assert office.datasets.check_settings(ds).key_columns == ("Bulan",)
    actions = [e.action for e in office.activity.entries()]
    for action in ("column_renamed", "column_added", "column_moved", "column_removed"):
        assert action in actions
    with pytest.raises(BadInput, match="duplicate_column"):
        office.corrections.rename(ds, "Catatan", "bulan")


def test_columns_change_only_in_a_draft_and_by_those_who_may_edit(office, clock):
    ds = draft(office)
    office.datasets.check(ds)
    with pytest.raises(NotAllowed, match="state"):
        office.corrections.rename(ds, "Jenis", "Jenis Izin")
    office.datasets.confirm(ds, NewConfirmation("OSS", "telepon", dt.date(2026, 11, 24)))
    office.accounts.logout()
    office.accounts.login("kepala", PASSWORD)
    with pytest.raises(NotAllowed, match="permission"):
        office.corrections.add(ds, ColumnSpec("X"))


def test_a_series_keeps_its_period_column(office):
    office.accounts.login("staf", PASSWORD)
    ds = office.datasets.create(DatasetMeta("Seri"), COLUMNS[:2], [("2024-01", "NIB")], series_grain="month")
    with pytest.raises(BadInput, match="series_needs_period_column"):
        office.corrections.remove(ds, "Bulan")
    with pytest.raises(BadInput, match="series_needs_period_column"):
        office.corrections.retype(ds, "Bulan", ColumnType.TEXT)
