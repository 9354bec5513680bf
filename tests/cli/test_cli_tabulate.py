"""``padi tabulate`` (DESIGN.md §5): a pivot of a dataset to CSV or XLSX, as a user, logged."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.services.office.bundle import Services
from desktop_app.services.office.demo import DEMO_PASSWORD
from tests.cli.conftest import run, run_json

pytestmark = pytest.mark.engines  # on SQLite and on PostgreSQL (tests/engines.py)

PERMITS = "Jumlah Izin Terbit per Jenis Izin per Bulan Tahun 2025"  # columns Bulan, Jenis Izin, Jumlah


def permit_rows(db: Path) -> tuple[tuple[object, ...], ...]:
    services = Services.open(db, create=False)
    try:
        return services.datasets.get(services.datasets.find(PERMITS)).rows
    finally:
        services.close()


def log_actions(db: Path) -> list[str]:
    services = Services.open(db, create=False)
    try:
        return [e.action for e in services.activity.entries()]
    finally:
        services.close()


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_sum_by_type_to_csv_matches_a_hand_count(demo_db, tmp_path, capsys, as_demo_user):
    expected: dict[str, int] = defaultdict(int)
    for _, permit, count in permit_rows(demo_db):
        expected[permit] += count
    out = tmp_path / "per-jenis.csv"
    code, data = run_json(capsys, "tabulate", "--db", str(demo_db), "--dataset", PERMITS, "--rows", "Jenis Izin",
                          "--value", "Jumlah", "--agg", "sum", "--out", str(out), "--user", "staf")
    assert code == 0
    assert data == {"dataset": PERMITS, "rows": len(expected), "columns": ["Jenis Izin", "Jumlah"],
                    "file": str(out.resolve())}
    lines = read_csv(out)
    assert lines[0] == ["Jenis Izin", "Jumlah"]
    assert {name: int(value) for name, value in lines[1:-1]} == dict(expected)
    assert lines[-1] == ["Total", str(sum(expected.values()))]
    assert log_actions(demo_db)[:2] == ["logout", "pivot_exported"]


def test_quarters_across_with_averages_to_xlsx(demo_db, tmp_path, capsys, as_demo_user):
    cells: dict[tuple[str, int], list[int]] = defaultdict(list)
    for month, permit, count in permit_rows(demo_db):
        cells[(permit, (int(month[5:7]) - 1) // 3 + 1)].append(count)
    out = tmp_path / "rata-rata.xlsx"
    code, out_text, _ = run(capsys, "tabulate", "--db", str(demo_db), "--dataset", PERMITS.lower(),
                            "--rows", "Jenis Izin", "--cols", "Bulan", "--grain", "quarter", "--value", "Jumlah",
                            "--agg", "avg", "--out", str(out), "--user", "staf")
    assert code == 0
    assert "Triwulan I 2025" in out_text and "ditulis (XLSX" in out_text
    sheet = load_workbook(out)["Data"]
    header = [c.value for c in sheet[1]]
    assert header == ["Jenis Izin", "Triwulan I 2025", "Triwulan II 2025", "Triwulan III 2025", "Triwulan IV 2025",
                      "Total"]
    first = [c.value for c in sheet[2]]
    values = cells[(first[0], 1)]
    assert first[1] == pytest.approx(sum(values) / len(values))


@pytest.mark.parametrize("agg", ["count", "min", "max"])
def test_other_aggregates_by_month(demo_db, tmp_path, capsys, as_demo_user, agg):
    by_month: dict[str, list[int]] = defaultdict(list)
    for month, _, count in permit_rows(demo_db):
        by_month[month].append(count)
    reduce = {"count": len, "min": min, "max": max}[agg]
    out = tmp_path / "bulan.csv"
    code, _ = run_json(capsys, "tabulate", "--db", str(demo_db), "--dataset", PERMITS, "--rows", "Bulan",
                       "--value", "Jumlah", "--agg", agg, "--out", str(out), "--user", "staf")
    assert code == 0
    lines = read_csv(out)
    assert lines[1] == ["Januari 2025", str(reduce(by_month["2025-01"]))]
    assert lines[12] == ["Desember 2025", str(reduce(by_month["2025-12"]))]


def test_change_against_previous_quarter(demo_db, tmp_path, capsys, as_demo_user):
    totals = [0, 0, 0, 0]
    for month, _, count in permit_rows(demo_db):
        totals[(int(month[5:7]) - 1) // 3] += count
    out = tmp_path / "perubahan.csv"
    code, data = run_json(capsys, "tabulate", "--db", str(demo_db), "--dataset", PERMITS, "--rows", "Bulan",
                          "--grain", "quarter", "--change", "--value", "Jumlah", "--agg", "sum", "--out", str(out),
                          "--user", "staf")
    assert code == 0
    assert data["columns"] == ["Bulan", "Jumlah", "Perubahan", "Perubahan (%)"]
    lines = read_csv(out)
    assert lines[1] == ["Triwulan I 2025", str(totals[0]), "", ""]
    assert lines[2][:3] == ["Triwulan II 2025", str(totals[1]), str(totals[1] - totals[0])]
    assert float(lines[2][3]) == pytest.approx((totals[1] - totals[0]) / totals[0] * 100)


def test_unknown_column_is_exit_2_in_indonesian_and_writes_nothing(demo_db, tmp_path, capsys, as_demo_user):
    out = tmp_path / "x.csv"
    code, text_out, err = run(capsys, "tabulate", "--db", str(demo_db), "--dataset", PERMITS, "--rows", "Kecamatan",
                              "--value", "Jumlah", "--agg", "sum", "--out", str(out), "--user", "staf")
    assert code == 2
    assert "Kolom 'Kecamatan' tidak ada" in err
    assert not out.exists()
    assert "pivot_exported" not in log_actions(demo_db)
    code, data = run_json(capsys, "tabulate", "--db", str(demo_db), "--dataset", PERMITS, "--rows", "Jenis Izin",
                          "--value", "Jenis Izin", "--agg", "sum", "--out", str(out), "--user", "staf")
    assert code == 2 and data["error"] == "not_numeric"


@pytest.mark.parametrize(("args", "code_name"), [
    (["--out", "tabel.pdf"], "tabulate_format"),
    (["--out", "tidak-ada/tabel.csv"], "no_such_folder"),
])
def test_bad_targets_are_refused_before_login(demo_db, tmp_path, capsys, monkeypatch, args, code_name):
    monkeypatch.delenv("PADI_PASSWORD", raising=False)  # not even asked: refused before logging in
    argv = ["tabulate", "--db", str(demo_db), "--dataset", PERMITS, "--rows", "Bulan", "--value", "Jumlah",
            "--agg", "sum", "--user", "staf"]
    argv[argv.index("--user"):argv.index("--user")] = [args[0], str(tmp_path / args[1])]
    code, data = run_json(capsys, *argv)
    assert code == 2 and data["error"] == code_name


def test_unknown_aggregate_is_a_usage_error(demo_db, tmp_path, capsys, as_demo_user):
    code, data = run_json(capsys, "tabulate", "--db", str(demo_db), "--dataset", PERMITS, "--rows", "Bulan",
                          "--value", "Jumlah", "--agg", "median", "--out", str(tmp_path / "x.csv"), "--user", "staf")
    assert code == 2 and data["error"] == "usage"


def test_unknown_dataset_and_bad_password(demo_db, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PADI_PASSWORD", DEMO_PASSWORD)
    argv = ["tabulate", "--db", str(demo_db), "--rows", "Bulan", "--value", "Jumlah", "--agg", "sum",
            "--out", str(tmp_path / "x.csv"), "--user", "staf"]
    code, data = run_json(capsys, *argv, "--dataset", "Tidak Ada")
    assert code == 2 and data["error"] == "unknown_dataset"
    monkeypatch.setenv("PADI_PASSWORD", "salah")
    code, data = run_json(capsys, *argv, "--dataset", PERMITS)
    assert code == 3 and data["error"] == "bad_credentials"


def test_a_series_missing_a_month_is_exported_empty_and_said(demo_db, tmp_path, capsys, as_demo_user):
    from tests.services.test_series import add_month, validate

    services = Services.open(demo_db, create=False)
    try:
        services.accounts.login("staf", DEMO_PASSWORD)
        ds = add_month(services, tmp_path, "2024-01", name="Izin Uji Bulanan").dataset_id
        add_month(services, tmp_path, "2024-03", name="Izin Uji Bulanan")  # February never arrives
        validate(services, ds)
        services.accounts.logout()
    finally:
        services.close()
    out = tmp_path / "izin.csv"
    args = ("tabulate", "--db", str(demo_db), "--dataset", "Izin Uji Bulanan", "--rows", "Periode", "--value",
            "Jumlah", "--agg", "sum", "--change", "--out", str(out), "--user", "staf")
    code, data = run_json(capsys, *args)
    assert code == 0 and data["missing"] == ["2024-02"] and "Februari 2024" in data["note"]
    assert read_csv(out)[2] == ["Februari 2024", "", "", ""]  # never 0
    code, text, _err = run(capsys, *args, "--force")
    assert code == 0 and "Catatan: Tidak ada data untuk Februari 2024" in text
    february = next(line for line in text.splitlines() if "Februari 2024" in line and "Catatan" not in line)
    assert february.split()[2:] == ["-", "-", "-"]  # the preview: no value, no change
