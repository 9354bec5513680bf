"""TabulationService: pivots over stored rows, recaps into a new draft, saved pivot outputs that follow
the data, and the narrative."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.pivot import PivotSpec
from desktop_app.domain.workflow import DatasetState
from desktop_app.services.datasets.dataset_service import DatasetMeta, NewConfirmation
from desktop_app.storage.models import DatasetRow
from tests.conftest import PASSWORD

pytestmark = pytest.mark.engines  # on SQLite and on PostgreSQL (tests/engines.py)

COLUMNS = (ColumnSpec("Triwulan", ColumnType.PERIOD), ColumnSpec("Jenis", ColumnType.TEXT),
           ColumnSpec("Jumlah", ColumnType.INTEGER, unit="izin"))
ROWS = [("2024-Q2", "NIB", 300), ("2024-Q2", "PBG", 67), ("2024-Q3", "NIB", 350), ("2024-Q3", "PBG", 62)]
BY_QUARTER = PivotSpec(rows=("Triwulan",), value="Jumlah", change=True)


def as_user(services, username):
    services.accounts.logout()
    return services.accounts.login(username, PASSWORD)


def dataset(services, name="Izin Terbit", rows=ROWS, columns=COLUMNS) -> int:
    as_user(services, "staf")
    return services.datasets.create(DatasetMeta(name, unit="izin", source="OSS", group="Perizinan"), columns, rows)


def validated(services, name="Izin Terbit") -> int:
    ds = dataset(services, name)
    services.datasets.check(ds)
    services.datasets.confirm(ds, NewConfirmation("OSS", "telepon", dt.date(2026, 11, 24)))
    services.datasets.validate(ds)
    return ds


def actions(services) -> list[str]:
    """Newest first."""
    return [e.action for e in services.activity.entries()]


def test_pivot_reads_the_stored_rows(office):
    ds = dataset(office)
    result = office.tabulation.pivot(ds, BY_QUARTER)
    assert result.table.title == "Izin Terbit menurut Triwulan"
    assert result.table.rows == (("Triwulan II 2024", 367, None, None),
                                 ("Triwulan III 2024", 412, 45, pytest.approx(12.26, abs=0.01)))
    assert result.table.unit == "izin" and result.table.source == "OSS"
    across = office.tabulation.pivot(ds, PivotSpec(rows=("Jenis",), cols="Triwulan", value="Jumlah"))
    assert across.table.rows == (("NIB", 300, 350, 650), ("PBG", 67, 62, 129))
    with pytest.raises(BadInput, match="unknown_column"):
        office.tabulation.pivot(ds, PivotSpec(rows=("Kecamatan",), value="Jumlah"))
    with pytest.raises(BadInput, match="unknown_dataset"):
        office.tabulation.pivot(9999, BY_QUARTER)


def test_narrative_of_a_dataset(office):
    ds = dataset(office)
    text = office.tabulation.narrative(ds, BY_QUARTER, subject="izin terbit")
    assert text.startswith("Jumlah izin terbit pada Triwulan III 2024 sebanyak 412 izin, naik 12,3% dibanding "
                           "triwulan sebelumnya (367 izin).")
    assert office.tabulation.narrative(ds, BY_QUARTER).startswith("Jumlah izin pada Triwulan III 2024")


def test_save_pivot_output_needs_a_validated_dataset_and_moves_it_to_processed(office):
    draft = dataset(office, "Draf")
    with pytest.raises(NotAllowed, match="state"):
        office.tabulation.save_pivot_output(draft, "Per triwulan", BY_QUARTER)
    ds = validated(office)
    with pytest.raises(BadInput, match="output_name_required"):
        office.tabulation.save_pivot_output(ds, "  ", BY_QUARTER)
    with pytest.raises(BadInput, match="unknown_column"):
        office.tabulation.save_pivot_output(ds, "Salah", PivotSpec(rows=("Bulan",), value="Jumlah"))
    as_user(office, "kepala")
    with pytest.raises(NotAllowed, match="permission"):
        office.tabulation.save_pivot_output(ds, "Per triwulan", BY_QUARTER)
    as_user(office, "staf")
    output = office.tabulation.save_pivot_output(ds, "Per triwulan", BY_QUARTER)
    detail = office.datasets.get(ds)
    assert detail.summary.state == DatasetState.PROCESSED
    assert [o.name for o in detail.outputs] == ["Per triwulan"]  # the group-total view still reads it
    # Publications and the catalogue read a saved pivot as the pivot's own table.
    assert office.datasets.output_table(output) == office.tabulation.output_result(output).table
    assert actions(office)[0] == "output_saved"
    entry = office.activity.entries()[0]
    assert entry.step == 3 and entry.detail["kind"] == "pivot" and entry.detail["output_id"] == output
    # a second output on a processed dataset keeps it processed
    office.tabulation.save_pivot_output(ds, "Per jenis", PivotSpec(rows=("Jenis",), value="Jumlah", agg="share"))
    assert office.datasets.get(ds).summary.state == DatasetState.PROCESSED


def test_saved_output_follows_the_data(office):
    ds = validated(office)
    output = office.tabulation.save_pivot_output(ds, "Per triwulan", BY_QUARTER)
    assert office.tabulation.output_result(output).grand_total == 779
    with office.ctx.db.unit_of_work() as s:  # the data change (as a new version would bring)
        row = s.scalars(select(DatasetRow).where(DatasetRow.dataset_id == ds, DatasetRow.position == 3)).one()
        row.values = ["2024-Q3", "PBG", 100]
    result = office.tabulation.output_result(output)
    assert result.table.title == "Per triwulan"
    assert result.cell("2024-Q3") == 450 and result.grand_total == 817
    assert "naik 22,6%" in office.tabulation.output_narrative(output, subject="izin terbit")  # 450 / 367
    with pytest.raises(BadInput, match="unknown_output"):
        office.tabulation.output_result(9999)


def test_group_total_outputs_read_as_pivots(office):
    from desktop_app.domain.tabulation import GroupTotalSpec

    ds = validated(office)
    output = office.datasets.save_output(ds, "Per jenis", GroupTotalSpec("Jenis", "Jumlah"))
    assert office.tabulation.output_result(output).table.rows == (("NIB", 650), ("PBG", 129))


def test_recap_creates_a_new_draft_with_a_source_column(office):
    jan = dataset(office, "Izin Januari", rows=[("2024-Q1", "NIB", 3)])
    feb = dataset(office, "Izin Februari", rows=[("2024-Q1", "NIB", 5), ("2024-Q1", "PBG", 1)])
    recap = office.tabulation.recap([jan, feb], "Izin Triwulan I")
    detail = office.datasets.get(recap)
    assert detail.summary.state == DatasetState.DRAFT
    assert [c.name for c in detail.columns] == ["Sumber", "Triwulan", "Jenis", "Jumlah"]
    assert detail.rows == (("Izin Januari", "2024-Q1", "NIB", 3), ("Izin Februari", "2024-Q1", "NIB", 5),
                           ("Izin Februari", "2024-Q1", "PBG", 1))
    assert detail.meta.unit == "izin" and detail.meta.group == "Perizinan"
    assert "Izin Januari, Izin Februari" in detail.meta.description
    entry = office.activity.entries()[0]
    assert (entry.action, entry.step) == ("recap_created", 3)
    assert entry.detail["sources"] == [jan, feb] and entry.detail["rows"] == 3
    by_type = office.tabulation.pivot(recap, PivotSpec(rows=("Jenis",), value="Jumlah"))
    assert by_type.table.rows == (("NIB", 8), ("PBG", 1))


def test_recap_refusals_change_nothing(office):
    jan = dataset(office, "Izin Januari")
    other = dataset(office, "Lain", columns=(ColumnSpec("Jenis", ColumnType.TEXT),), rows=[("NIB",)])
    before = len(office.datasets.list())
    with pytest.raises(BadInput, match="columns_differ"):
        office.tabulation.recap([jan, other], "Rekap")
    with pytest.raises(BadInput, match="recap_needs_two"):
        office.tabulation.recap([jan, jan], "Rekap")
    with pytest.raises(BadInput, match="dataset_name_taken"):
        office.tabulation.recap([jan, other], "lain")
    as_user(office, "kepala")
    with pytest.raises(NotAllowed, match="permission"):
        office.tabulation.recap([jan, jan + 1], "Rekap")
    assert len(office.datasets.list()) == before
    assert "recap_created" not in actions(office)


def test_export_pivot_writes_the_file_and_logs_it(office, tmp_path):
    from openpyxl import load_workbook

    ds = dataset(office)
    out = tmp_path / "pivot.xlsx"
    result, written = office.tabulation.export_pivot(ds, BY_QUARTER, "xlsx", out)
    assert written.path == out and written.rows == 3
    sheet = load_workbook(out)["Data"]
    assert [c.value for c in sheet[1]] == ["Triwulan", "Jumlah", "Perubahan", "Perubahan (%)"]
    assert [c.value for c in sheet[4]][:2] == ["Total", 779]
    entry = office.activity.entries()[0]
    assert (entry.action, entry.step, entry.detail["file"]) == ("pivot_exported", 3, "pivot.xlsx")
    with pytest.raises(BadInput, match="unknown_format"):
        office.tabulation.export_pivot(ds, BY_QUARTER, "json", tmp_path / "x.json")


def test_an_edited_narrative_is_kept_until_its_figures_change(office):
    ds = validated(office)
    edited = "Izin terbit pada Triwulan III 2024 sebanyak 412, naik 12,3% karena layanan keliling."
    output = office.tabulation.save_pivot_output(ds, "Per triwulan", BY_QUARTER, narrative=edited)
    assert office.tabulation.output_narrative(output) == edited
    unedited = office.tabulation.save_pivot_output(ds, "Tanpa suntingan", BY_QUARTER)
    assert office.tabulation.output_narrative(unedited).startswith("Jumlah izin pada Triwulan III 2024")
    with office.ctx.db.unit_of_work() as s:  # new figures: the edited text would quote outdated numbers
        row = s.scalars(select(DatasetRow).where(DatasetRow.dataset_id == ds, DatasetRow.position == 3)).one()
        row.values = ["2024-Q3", "PBG", 100]
    fresh = office.tabulation.output_narrative(output)
    assert fresh != edited and "naik 22,6%" in fresh
