"""Services: series by period — each period's data imported as it arrives, checked and validated as a batch
while the revision stays presented, the chips, and what readers outside steps 1-2 see."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.series import PeriodState
from desktop_app.domain.tabulation import GroupTotalSpec
from desktop_app.domain.workflow import DatasetState
from desktop_app.services.datasets.dataset_service import NewConfirmation
from tests.conftest import PASSWORD

MONTHS = {"2024-01": (30, 12), "2024-02": (28, 10), "2024-03": (35, 14), "2024-04": (31, 11)}


def as_user(services, username):
    services.accounts.logout()
    return services.accounts.login(username, PASSWORD)


def month_file(tmp_path, period: str, numbers=None) -> object:
    nib, pbg = numbers or MONTHS[period]
    path = tmp_path / f"izin-{period}.csv"
    path.write_text(f"Jenis Izin,Jumlah\nNIB,{nib}\nPBG,{pbg}\n", encoding="utf-8")
    return path


def add_month(services, tmp_path, period, name="Izin Terbit Bulanan", numbers=None):
    preview = services.imports.preview(month_file(tmp_path, period, numbers))
    target = None
    try:
        target = services.datasets.find(name)
    except BadInput:
        pass
    return services.imports.commit(preview, dataset_name=None if target else name, target_id=target, period=period)


def validate(services, ds):
    services.datasets.check(ds)
    services.datasets.confirm(ds, NewConfirmation("OSS", "telepon", dt.date(2026, 11, 24)))
    services.datasets.validate(ds)


def chips(services, ds):
    return [(c.period.text, c.state) for c in services.series.chips(ds)]


def test_the_first_period_makes_a_series_with_a_period_column(office, tmp_path):
    as_user(office, "staf")
    result = add_month(office, tmp_path, "2024-01")
    assert result.created and result.periods == ("2024-01",)
    detail = office.datasets.get(result.dataset_id)
    assert detail.summary.series == "month" and detail.meta.frequency == "bulanan"
    assert [c.name for c in detail.columns] == ["Periode", "Jenis Izin", "Jumlah"]
    assert detail.rows == (("2024-01", "NIB", 30), ("2024-01", "PBG", 12))
    assert chips(office, result.dataset_id) == [("2024-01", PeriodState.DRAFT)]
    entry = next(e for e in office.activity.entries() if e.action == "dataset_imported")
    assert entry.detail["periods"] == ["2024-01"] and entry.detail["state"] == "draft"
    assert entry.detail["revision"] == 1 and "batch" not in entry.detail


def test_periods_join_the_draft_then_pass_step_2_with_the_revision(office, tmp_path):
    as_user(office, "staf")
    ds = add_month(office, tmp_path, "2024-01").dataset_id
    add_month(office, tmp_path, "2024-03")
    assert chips(office, ds) == [("2024-01", PeriodState.DRAFT), ("2024-02", PeriodState.MISSING),
                                 ("2024-03", PeriodState.DRAFT)]
    add_month(office, tmp_path, "2024-03", numbers=(36, 14))  # a draft period is replaced
    assert office.series.periods(ds)[-1].rows == 2
    assert sum(r[2] for r in office.datasets.get(ds).rows if r[0] == "2024-03") == 50
    office.datasets.check(ds)
    assert {p.state for p in office.series.periods(ds)} == {PeriodState.CHECKING}
    with pytest.raises(NotAllowed, match="state"):  # nothing is added while the data is being checked
        add_month(office, tmp_path, "2024-02")
    office.datasets.confirm(ds, NewConfirmation("OSS", "telepon", dt.date(2026, 11, 24)))
    office.datasets.validate(ds)
    assert office.datasets.get(ds).summary.state == DatasetState.VALIDATED
    assert {p.state for p in office.series.periods(ds)} == {PeriodState.VALIDATED}
    validate_entry = next(e for e in office.activity.entries() if e.action == "dataset_validate")
    assert validate_entry.detail["periods"] == ["2024-01", "2024-03"]


def test_a_new_period_of_a_presented_series_is_a_batch_of_its_own(office, tmp_path, clock):
    as_user(office, "staf")
    ds = add_month(office, tmp_path, "2024-01").dataset_id
    validate(office, ds)
    output = office.datasets.save_output(ds, "Izin per jenis", GroupTotalSpec("Jenis Izin", "Jumlah"))
    office.datasets.present(ds)
    clock.advance(days=30)
    result = add_month(office, tmp_path, "2024-02")
    summary = next(d for d in office.datasets.list() if d.id == ds)
    assert summary.state == DatasetState.PRESENTED and summary.batch_state == DatasetState.DRAFT
    assert ds in {d.id for d in office.datasets.list([DatasetState.DRAFT])}  # listed in Persiapan too
    assert ds in {d.id for d in office.datasets.list([DatasetState.PRESENTED])}
    assert result.periods == ("2024-02",)
    imported = next(e for e in office.activity.entries() if e.action == "dataset_imported")
    assert imported.detail["batch"] == "2024-02" and imported.detail["state"] == "draft"
    # Readers outside steps 1-2 see January only until February is validated.
    assert office.datasets.output_table(output).total[-1] == 42
    assert next(e for e in office.catalog.entries() if e.id == ds).rows == 2
    assert len(office.datasets.served(ds).rows) == 2 and len(office.datasets.get(ds).rows) == 4
    # January is validated: it changes only through a revision.
    detail = office.datasets.get(ds)
    with pytest.raises(NotAllowed, match="period_validated"):
        office.datasets.update(ds, detail.meta, [("2024-01", "NIB", 99), *detail.rows[1:]])
    with pytest.raises(NotAllowed, match="period_present"):
        add_month(office, tmp_path, "2024-01")
    office.datasets.update(ds, detail.meta, [*detail.rows[:2], ("2024-02", "NIB", 29), detail.rows[3]])
    office.datasets.check(ds)
    office.datasets.confirm(ds, NewConfirmation("OSS", "telepon", dt.date(2026, 11, 24)))
    office.datasets.validate(ds)
    assert office.datasets.get(ds).summary.state == DatasetState.PRESENTED  # the revision stays where it was
    assert chips(office, ds) == [("2024-01", PeriodState.VALIDATED), ("2024-02", PeriodState.VALIDATED)]
    assert office.datasets.output_table(output).total[-1] == 81
    batch = next(e for e in office.activity.entries() if e.action == "periods_validated")
    assert batch.detail == {"periods": ["2024-02"], "batch": "2024-02", "state": "validated", "revision": 1}
    assert ds not in {d.id for d in office.datasets.list([DatasetState.DRAFT, DatasetState.CHECKING])}


def test_a_batch_is_returned_and_checked_with_the_period_before_it(office, tmp_path, clock):
    as_user(office, "staf")
    ds = add_month(office, tmp_path, "2024-01").dataset_id
    office.datasets.set_check_settings(ds, ["Periode", "Jenis Izin"], 50.0)
    validate(office, ds)
    add_month(office, tmp_path, "2024-02", numbers=(300, 10))  # NIB ten times January's
    report = office.datasets.check(ds)
    changes = [f for f in report.findings if f.code == "large_change"]
    assert changes and all(f.row is None or office.datasets.get(ds).rows[f.row][0] == "2024-02" for f in changes)
    as_user(office, "kasubag")
    office.datasets.return_to_draft(ds, "Cek lagi NIB Februari")
    assert chips(office, ds)[-1] == ("2024-02", PeriodState.DRAFT)
    returned = next(e for e in office.activity.entries() if e.action == "periods_returned")
    assert returned.detail["state"] == "draft" and returned.detail["batch"] == "2024-02"


def test_periods_of_the_wrong_grain_and_imports_into_non_series_are_refused(office, tmp_path):
    as_user(office, "staf")
    ds = add_month(office, tmp_path, "2024-01").dataset_id
    preview = office.imports.preview(month_file(tmp_path, "2024-01"))
    with pytest.raises(BadInput, match="period_wrong_grain"):
        office.imports.commit(preview, target_id=ds, period="2024-Q2")
    with pytest.raises(BadInput, match="bad_period_text"):
        office.imports.commit(preview, target_id=ds, period="April")
    plain = office.imports.commit(preview, dataset_name="Bukan Seri")
    with pytest.raises(BadInput, match="not_a_series"):
        office.imports.commit(preview, target_id=plain.dataset_id, period="2024-02")
    mixed = tmp_path / "campur.csv"
    mixed.write_text("Bulan,Jenis,Jumlah\n2024-05,NIB,3\n2024-06,NIB,4\n", encoding="utf-8")
    with pytest.raises(BadInput, match="period_mismatch"):
        office.imports.commit(office.imports.preview(mixed), dataset_name="Campur", period="2024-05")


def test_a_revision_of_a_series_makes_every_period_a_draft_again(office, tmp_path, clock):
    as_user(office, "staf")
    ds = add_month(office, tmp_path, "2024-01").dataset_id
    add_month(office, tmp_path, "2024-02")
    validate(office, ds)
    add_month(office, tmp_path, "2024-03")  # an open batch, carried into the revision
    office.revisions.revise(ds, "Februari salah")
    assert chips(office, ds) == [("2024-01", PeriodState.DRAFT), ("2024-02", PeriodState.DRAFT),
                                 ("2024-03", PeriodState.DRAFT)]
    revised = next(e for e in office.activity.entries() if e.action == "dataset_revised")
    assert revised.detail["batch_closed"] == "2024-03"
    frozen = office.revisions.view(ds, 1)
    assert {r[0] for r in frozen.rows} == {"2024-01", "2024-02"}  # revision 1 keeps its validated periods
    assert {r[0] for r in office.datasets.served(ds).rows} == {"2024-01", "2024-02"}


def test_one_sheet_per_month_becomes_one_series(office, tmp_path):
    from openpyxl import Workbook

    from desktop_app.services.datasets.import_service import ImportPart

    as_user(office, "staf")
    book = Workbook()
    book.remove(book.active)
    for name, (nib, pbg) in (("Jan 2024", (30, 12)), ("Feb 2024", (28, 10)), ("Mar 2024", (35, 14))):
        sheet = book.create_sheet(name)
        sheet.append(["Jenis Izin", "Jumlah"])
        sheet.append(["NIB", nib])
        sheet.append(["PBG", pbg])
    path = tmp_path / "izin-2024.xlsx"
    book.save(path)
    found = office.imports.sheet_periods(path)
    assert [(p.sheet, p.period) for p in found] == [("Jan 2024", "2024-01"), ("Feb 2024", "2024-02"),
                                                    ("Mar 2024", "2024-03")]
    parts = [ImportPart(office.imports.preview(path, sheet=p.sheet), period=p.period) for p in found]
    result = office.imports.commit_parts(parts, dataset_name="Izin 2024")
    assert result.periods == ("2024-01", "2024-02", "2024-03") and result.rows == 6
    assert chips(office, result.dataset_id) == [("2024-01", PeriodState.DRAFT), ("2024-02", PeriodState.DRAFT),
                                                ("2024-03", PeriodState.DRAFT)]


# --- a month missing from a series is unknown, never 0 ----------------------------------------------------
def gapped_series(office, tmp_path) -> int:
    """A validated series of January and March 2024: February has not arrived."""
    as_user(office, "staf")
    ds = add_month(office, tmp_path, "2024-01").dataset_id
    add_month(office, tmp_path, "2024-03")
    validate(office, ds)
    return ds


def test_a_month_missing_from_a_series_is_tabulated_as_no_value(office, tmp_path):
    from desktop_app.domain.pivot import PivotSpec

    ds = gapped_series(office, tmp_path)
    by_month = office.tabulation.pivot(ds, PivotSpec(rows=("Periode",), value="Jumlah", change=True, ytd=True))
    assert by_month.table.rows == (("Januari 2024", 42, None, None, 42), ("Februari 2024", None, None, None, None),
                                   ("Maret 2024", 49, None, None, None))
    assert by_month.table.total == ("Total", 91, None, None, None)  # the total of the months present
    assert [p.text for p in by_month.missing] == ["2024-02"]
    assert "Februari 2024" in by_month.table.note
    across = office.tabulation.pivot(ds, PivotSpec(rows=("Jenis Izin",), cols="Periode", value="Jumlah"))
    assert across.table.rows == (("NIB", 30, None, 35, 65), ("PBG", 12, None, 14, 26))
    assert across.table.total == ("Total", 42, None, 49, 91)
    narrative = office.tabulation.narrative(ds, PivotSpec(rows=("Periode",), value="Jumlah"))
    assert "Februari 2024" in narrative and "0 " not in narrative and "100" not in narrative


def test_a_saved_output_of_a_series_keeps_the_gap_in_its_table_chart_and_narrative(office, tmp_path):
    from desktop_app.domain.pivot import PivotSpec
    from desktop_app.services.datasets.dataset_service import output_chart

    ds = gapped_series(office, tmp_path)
    spec = PivotSpec(rows=("Periode",), value="Jumlah")
    output = office.tabulation.save_pivot_output(ds, "Izin per bulan", spec)
    table = office.datasets.output_table(output)  # publications, the catalogue, the info board
    assert table.rows == (("Januari 2024", 42), ("Februari 2024", None), ("Maret 2024", 49))
    assert table == office.tabulation.output_result(output).table
    with office.ctx.db.reading() as s:
        chart = output_chart(s, output)
    assert chart.categories == ("Januari 2024", "Februari 2024", "Maret 2024")
    assert chart.values(0) == (42, None, 49)
    assert "Februari 2024" in office.tabulation.output_narrative(output)


def test_a_month_still_being_checked_is_missing_from_the_output_table_and_its_chart_alike(office, tmp_path):
    from desktop_app.domain.pivot import PivotSpec
    from desktop_app.services.datasets.dataset_service import output_chart

    ds = gapped_series(office, tmp_path)
    output = office.tabulation.save_pivot_output(ds, "Izin per bulan", PivotSpec(rows=("Periode",), value="Jumlah"))
    add_month(office, tmp_path, "2024-02")  # February arrives: a draft batch, not yet validated
    assert office.datasets.output_table(output).rows[1] == ("Februari 2024", None)
    with office.ctx.db.reading() as s:
        assert output_chart(s, output).values(0) == (42, None, 49)  # not February's draft figures


def test_a_dataset_of_events_keeps_a_month_without_rows_at_zero(office):
    from desktop_app.domain.columns import ColumnSpec, ColumnType
    from desktop_app.domain.pivot import PivotSpec
    from desktop_app.services.datasets.dataset_service import DatasetMeta

    as_user(office, "staf")
    columns = (ColumnSpec("Bulan", ColumnType.PERIOD), ColumnSpec("Jumlah", ColumnType.INTEGER))
    ds = office.datasets.create(DatasetMeta("Izin per transaksi"), columns, [("2024-01", 3), ("2024-03", 4)])
    result = office.tabulation.pivot(ds, PivotSpec(rows=("Bulan",), value="Jumlah"))
    assert result.table.rows == (("Januari 2024", 3), ("Februari 2024", 0), ("Maret 2024", 4))
    assert result.missing == () and result.table.note == ""
