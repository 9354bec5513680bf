"""Domain: the further automatic checks of step 2 — repeated keys, totals, missing periods, large changes."""

from __future__ import annotations

import pytest

from desktop_app.domain.checks import Severity, has_errors, parse_period, period_text, run_checks
from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.services.office.demo_data import demo_datasets

PERMITS = (
    ColumnSpec("Bulan", ColumnType.PERIOD),
    ColumnSpec("Jenis", ColumnType.CATEGORY, codes=("NIB", "PBG")),
    ColumnSpec("Jumlah", ColumnType.INTEGER, unit="izin"),
)
BY_SEX = (
    ColumnSpec("Kecamatan", ColumnType.TEXT),
    ColumnSpec("Laki-laki", ColumnType.INTEGER, unit="orang"),
    ColumnSpec("Perempuan", ColumnType.INTEGER, unit="orang"),
    ColumnSpec("Jumlah", ColumnType.INTEGER, unit="orang"),
)


def codes(findings, code=None):
    return [f for f in findings if code is None or f.code == code]


# --- duplicate_key ----------------------------------------------------------------------------------


def test_repeated_key_is_an_error_pointing_at_the_repeat_and_the_first_row():
    rows = [("2025-01", "NIB", 3), ("2025-01", "PBG", 4), ("2025-01", "nib ", 5)]
    findings = run_checks(PERMITS, rows, key_columns=("Bulan", "Jenis"))
    [found] = codes(findings, "duplicate_key")
    assert (found.severity, found.row, found.column, found.value) == (Severity.ERROR, 2, "Bulan", 0)
    assert has_errors(findings)


def test_without_key_columns_only_identical_rows_are_noted_as_a_warning():
    rows = [("2025-01", "NIB", 3), ("2025-01", "NIB", 5), ("2025-01", "NIB", 3)]
    assert [f.code for f in run_checks(PERMITS, rows)] == ["duplicate_row"]
    keyed = run_checks(PERMITS, rows, key_columns=("Bulan", "Jenis"))
    # The identical row is reported once, as the error; not also as the warning.
    assert [(f.code, f.row) for f in keyed] == [("duplicate_key", 1), ("duplicate_key", 2)]


def test_unknown_key_column_names_are_ignored():
    rows = [("2025-01", "NIB", 3), ("2025-01", "NIB", 4)]
    assert run_checks(PERMITS, rows, key_columns=("Tidak Ada",)) == []


# --- total_mismatch ---------------------------------------------------------------------------------


def test_total_column_must_equal_the_sum_of_its_parts():
    rows = [("Rambutan", 10, 12, 22), ("Bajenis", 7, 8, 16), ("Padang Hulu", 0.5, 0.5, 1.004)]
    [found] = codes(run_checks(BY_SEX, rows), "total_mismatch")
    assert (found.severity, found.row, found.column, found.value) == (Severity.ERROR, 1, "Jumlah", 15)


def test_total_column_needs_two_parts_of_the_same_unit():
    investment = (
        ColumnSpec("Jumlah Proyek", ColumnType.INTEGER, unit="proyek"),
        ColumnSpec("Nilai Investasi", ColumnType.MONEY, unit="Rp"),
        ColumnSpec("Tenaga Kerja", ColumnType.INTEGER, unit="orang"),
    )
    assert run_checks(investment, [(3, 1_500_000_000, 40)]) == []
    share = (ColumnSpec("A", ColumnType.PERCENT), ColumnSpec("B", ColumnType.PERCENT),
             ColumnSpec("Total", ColumnType.PERCENT))
    assert run_checks(share, [(40, 50, 100)]) == []  # percentages are never added up


def test_total_column_named_jumlah_something():
    columns = (ColumnSpec("PMA", ColumnType.MONEY, unit="Rp"), ColumnSpec("PMDN", ColumnType.MONEY, unit="Rp"),
               ColumnSpec("Total Investasi", ColumnType.MONEY, unit="Rp"))
    findings = run_checks(columns, [(100, 200, 300), (100, 200, 301)])
    assert [(f.code, f.row, f.column) for f in findings] == [("total_mismatch", 1, "Total Investasi")]


def test_total_row_must_equal_the_sum_of_the_other_rows():
    rows = [("Rambutan", 10, 12, 22), ("Bajenis", 7, 8, 15), ("Jumlah", 17, 21, 37)]
    findings = run_checks(BY_SEX, rows)
    assert [(f.code, f.row, f.column, f.value) for f in findings] == [
        ("total_mismatch", 2, "Perempuan", 20)]


def test_total_row_per_period_sums_only_its_period_and_its_label_is_not_a_code():
    rows = [("2025-01", "NIB", 3), ("2025-01", "PBG", 4), ("2025-01", "Jumlah", 7),
            ("2025-02", "NIB", 5), ("2025-02", "PBG", 1), ("2025-02", "Jumlah", 9)]
    findings = run_checks(PERMITS, rows, key_columns=("Bulan", "Jenis"))
    assert [(f.code, f.row, f.column, f.value) for f in findings] == [("total_mismatch", 5, "Jumlah", 6)]


# --- missing_period ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("present", "missing"), [
    (["2025-01", "2025-02", "2025-05"], ["2025-03", "2025-04"]),
    (["2024-Q3", "2025-Q2"], ["2024-Q4", "2025-Q1"]),
    (["2024-S1", "2025-S2"], ["2024-S2", "2025-S1"]),
    (["2024-12", "2025-01"], []),
])
def test_missing_periods_between_first_and_last(present, missing):
    rows = [(p, "NIB", 1) for p in present]
    findings = run_checks(PERMITS, rows)
    assert [(f.code, f.severity, f.row, f.column, f.value) for f in findings] == [
        ("missing_period", Severity.WARNING, None, "Bulan", m) for m in missing]
    assert not has_errors(findings)


def test_many_missing_periods_are_summarised():
    findings = run_checks(PERMITS, [("2020-01", "NIB", 1), ("2025-01", "NIB", 1)])
    assert len(codes(findings, "missing_period")) == 24
    [more] = codes(findings, "missing_periods_more")
    assert more.value == 59 - 24


def test_mixed_period_kinds_are_not_gap_checked():
    assert run_checks(PERMITS, [("2025-01", "NIB", 1), ("2025-Q3", "NIB", 1)]) == []


def test_period_ordinals_round_trip():
    for text in ("2025-01", "2025-12", "2025-Q4", "2024-S2", "2025"):
        kind, ordinal = parse_period(text)
        assert period_text(kind, ordinal) == text
    assert parse_period("2025-04")[1] - parse_period("2025-03")[1] == 1
    assert parse_period("2025-Q1")[1] - parse_period("2024-Q4")[1] == 1
    assert parse_period("Maret") is None


# --- large_change -----------------------------------------------------------------------------------


def test_large_change_between_periods_beyond_the_threshold():
    rows = [("2025-01", "NIB", 60), ("2025-01", "PBG", 40), ("2025-02", "NIB", 100), ("2025-02", "PBG", 45),
            ("2025-03", "NIB", 100), ("2025-03", "PBG", 41)]
    findings = run_checks(PERMITS, rows, change_threshold=20)
    assert [(f.code, f.severity, f.row, f.column, f.value) for f in findings] == [
        ("large_change", Severity.WARNING, None, "Jumlah", "2025-02: +45,0%")]
    # A drop is reported too; within the threshold nothing is.
    drop = run_checks(PERMITS, [("2025-01", "NIB", 200), ("2025-02", "NIB", 100)], change_threshold=30)
    assert [f.value for f in drop] == ["2025-02: -50,0%"]
    assert run_checks(PERMITS, rows, change_threshold=50) == []
    decimal = (PERMITS[0], PERMITS[1], ColumnSpec("Nilai", ColumnType.DECIMAL))
    fine = run_checks(decimal, [("2025-Q1", "NIB", 10.0), ("2025-Q2", "NIB", 14.52)], change_threshold=45)
    assert [f.value for f in fine] == ["2025-Q2: +45,2%"]
    assert codes(run_checks(PERMITS, rows), "large_change") == []  # no threshold: not checked


def test_large_change_against_a_previous_edition():
    previous = [("2024-01", "NIB", 50), ("2024-02", "NIB", 50)]
    rows = [("2025-01", "NIB", 70), ("2025-02", "NIB", 70)]
    findings = run_checks(PERMITS, rows, previous=previous, change_threshold=25)
    assert [(f.code, f.column, f.value) for f in findings] == [("large_change", "Jumlah", "+40,0%")]


def test_change_from_zero_is_not_a_percentage():
    rows = [("2025-01", "NIB", 0), ("2025-02", "NIB", 10)]
    assert run_checks(PERMITS, rows, change_threshold=10) == []


# --- the demo data: no false alarms -----------------------------------------------------------------

DEMO_KEYS = {
    "izin-terbit-2025": ("Bulan", "Jenis Izin"),
    "nib-kecamatan-2025": ("Kode Wilayah", "Triwulan", "Skala Usaha"),
    "realisasi-investasi-2025": ("Triwulan", "Status", "Sektor"),
    "ikm-dpmptsp-2024-2025": ("Semester", "Unsur"),
}


@pytest.mark.parametrize("dataset", demo_datasets(), ids=lambda d: d.key)
def test_demo_datasets_pass_every_error_level_check(dataset):
    findings = run_checks(dataset.columns, dataset.rows, key_columns=DEMO_KEYS[dataset.key], change_threshold=50)
    assert findings == []
    for name in DEMO_KEYS[dataset.key]:
        assert name in {c.name for c in dataset.columns}


def test_demo_dataset_with_a_repeated_row_is_caught():
    permits = demo_datasets()[0]
    rows = [*permits.rows, permits.rows[5]]
    findings = run_checks(permits.columns, rows, key_columns=DEMO_KEYS[permits.key])
    assert [(f.code, f.row, f.value) for f in findings] == [("duplicate_key", len(rows) - 1, 5)]
