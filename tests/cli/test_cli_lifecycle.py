"""CLI: the dataset actions of tabs 1-4 headless (submit, confirm, mark-validated, revise, withdraw, diff),
``padi list revisions``, ``padi list datasets`` with revisions and periods, and ``padi import --period``;
each with its exit codes (0 done, 2 bad input, 3 not allowed) and its log entries."""

from __future__ import annotations

import pytest

from desktop_app.services.office.bundle import Services
from tests.cli.conftest import run, run_json

PERMITS = "Jumlah Izin Terbit per Jenis Izin per Bulan Tahun 2025"
NIB = "Jumlah NIB Terbit per Kecamatan dan Skala Usaha per Triwulan Tahun 2025"
IKM = "Nilai Rata-rata Unsur Survei Kepuasan Masyarakat (IKM) per Unsur Pelayanan Semester II Tahun 2025"


@pytest.fixture(autouse=True)
def _password(as_demo_user):
    """Every command here acts as a demo account (password from PADI_PASSWORD)."""


def padi(capsys, demo_db, *argv):
    return run_json(capsys, *argv, "--db", str(demo_db))


def log_actions(demo_db) -> list[str]:
    services = Services.open(demo_db, create=False)
    try:
        return [e.action for e in reversed(services.activity.entries()) if e.action not in ("login", "logout")]
    finally:
        services.close()


def ikm_name(capsys, demo_db) -> str:
    _, items = padi(capsys, demo_db, "list", "datasets")
    return next(d["name"] for d in items if d["state"] == "draft")


def test_list_datasets_adds_revisions_periods_and_the_catalogue_and_keeps_every_old_key(capsys, demo_db):
    code, items = padi(capsys, demo_db, "list", "datasets")
    assert code == 0
    permits = next(d for d in items if d["name"] == PERMITS)
    assert {"id", "name", "group", "state", "author", "rows", "sample"} <= set(permits)
    assert permits["revision"] == 1 and permits["served_revision"] == 1 and permits["series"] == "month"
    assert [p["period"] for p in permits["periods"]] == [f"2025-{m:02d}" for m in range(1, 13)]
    assert {p["state"] for p in permits["periods"]} == {"validated"} and permits["withdrawn"] is False
    code, out, _ = run(capsys, "list", "datasets", "--db", str(demo_db))
    assert code == 0 and "2025-01 s.d. 2025-12 (12)" in out


def test_submit_sends_a_draft_to_validasi_and_refuses_other_states(capsys, demo_db):
    name = ikm_name(capsys, demo_db)
    code, data = padi(capsys, demo_db, "submit", "--dataset", name, "--user", "staf")
    assert code == 0 and data["state"] == "checking" and data["revision"] == 1
    assert {"errors", "warnings", "findings"} <= set(data)
    assert "checks_run" in log_actions(demo_db)
    code, data = padi(capsys, demo_db, "submit", "--dataset", PERMITS, "--user", "staf")
    assert code == 3 and data["error"] == "state"
    code, data = padi(capsys, demo_db, "submit", "--dataset", "Tidak Ada", "--user", "staf")
    assert code == 2 and data["error"] == "unknown_dataset"
    code, data = padi(capsys, demo_db, "submit", "--dataset", NIB, "--user", "kepala")
    assert code == 3 and data["error"] == "permission"


def test_confirm_and_mark_validated_as_the_validasi_tab(capsys, demo_db):
    code, data = padi(capsys, demo_db, "mark-validated", "--dataset", NIB, "--user", "staf")
    assert code == 3 and data["error"] == "not_confirmed"
    code, data = padi(capsys, demo_db, "confirm", "--dataset", NIB, "--channel", "faks", "--outcome", "sesuai",
                      "--user", "staf")
    assert code == 2 and data["error"] == "usage"
    code, data = padi(capsys, demo_db, "confirm", "--dataset", NIB, "--channel", "telepon", "--outcome", "sesuai",
                      "--note", "Dicocokkan dengan operator OSS", "--date", "2026-13-01", "--user", "staf")
    assert code == 2 and data["error"] == "bad_date"
    code, data = padi(capsys, demo_db, "confirm", "--dataset", NIB, "--channel", "telepon", "--outcome", "sesuai",
                      "--note", "Dicocokkan dengan operator OSS", "--user", "staf")
    assert code == 0 and data["source"].startswith("Sistem OSS-RBA") and data["state"] == "checking"
    code, data = padi(capsys, demo_db, "mark-validated", "--dataset", NIB, "--reason", "x", "--user", "kasubag")
    assert code == 2 and data["error"] == "usage"
    code, data = padi(capsys, demo_db, "mark-validated", "--dataset", NIB, "--accept-errors", "--user", "kasubag")
    assert code == 2 and data["error"] == "reason_required"
    code, data = padi(capsys, demo_db, "mark-validated", "--dataset", NIB, "--user", "staf")
    assert code == 0 and data["state"] == "validated" and data["served_revision"] == 1
    assert log_actions(demo_db)[-1] == "dataset_validate"
    code, data = padi(capsys, demo_db, "mark-validated", "--dataset", NIB, "--user", "staf")
    assert code == 3 and data["error"] == "state"
    code, data = padi(capsys, demo_db, "confirm", "--dataset", PERMITS, "--channel", "telepon", "--outcome", "sesuai",
                      "--user", "staf")
    assert code == 3 and data["error"] == "state"


def test_mark_validated_with_accepted_errors_follows_maker_checker(capsys, demo_db, tmp_path):
    data_file = tmp_path / "dobel.csv"
    data_file.write_text("Jenis,Jumlah\nNIB,1\nNIB,1\n", encoding="utf-8")
    assert padi(capsys, demo_db, "import", "--file", str(data_file), "--dataset", "Dobel", "--user", "kasubag")[0] == 0
    code, data = padi(capsys, demo_db, "submit", "--dataset", "Dobel", "--user", "kasubag")
    assert code == 0 and data["warnings"] >= 1
    services = Services.open(demo_db, create=False)  # a key column makes the repeated row an error
    try:
        services.accounts.login("kasubag", "padi-demo")
        ds = services.datasets.find("Dobel")
        services.datasets.set_check_settings(ds, ["Jenis"], None)
        services.datasets.check(ds)
    finally:
        services.close()
    padi(capsys, demo_db, "confirm", "--dataset", "Dobel", "--channel", "rapat", "--outcome", "sesuai",
         "--source", "Bidang Perizinan", "--user", "kasubag")
    code, data = padi(capsys, demo_db, "mark-validated", "--dataset", "Dobel", "--user", "kasubag")
    assert code == 3 and data["error"] == "checks_not_passed"
    code, data = padi(capsys, demo_db, "mark-validated", "--dataset", "Dobel", "--accept-errors", "--reason",
                      "Memang tercatat dua kali", "--user", "staf")
    assert code == 3 and data["error"] == "permission"
    code, data = padi(capsys, demo_db, "mark-validated", "--dataset", "Dobel", "--accept-errors", "--reason",
                      "Memang tercatat dua kali", "--user", "kasubag")
    assert code == 3 and data["error"] == "maker_checker_data"
    code, data = padi(capsys, demo_db, "mark-validated", "--dataset", "Dobel", "--accept-errors", "--reason",
                      "Memang tercatat dua kali", "--user", "sekretaris")
    assert code == 0 and data["state"] == "validated" and data["accepted_errors"] is True
    assert log_actions(demo_db)[-2:] == ["check_failures_accepted", "dataset_validate"]


def test_revise_list_revisions_and_diff(capsys, demo_db):
    code, data = padi(capsys, demo_db, "revise", "--dataset", PERMITS, "--reason", "  ", "--user", "staf")
    assert code == 2 and data["error"] == "reason_required"
    code, data = padi(capsys, demo_db, "revise", "--dataset", PERMITS, "--reason", "NIB Februari salah",
                      "--user", "kepala")
    assert code == 3 and data["error"] == "permission"
    code, data = padi(capsys, demo_db, "revise", "--dataset", PERMITS, "--reason", "NIB Februari salah",
                      "--user", "staf")
    assert code == 0 and data["revision"] == 2 and data["state"] == "draft" and data["served_revision"] == 1
    assert log_actions(demo_db)[-1] == "dataset_revised"
    code, data = padi(capsys, demo_db, "revise", "--dataset", PERMITS, "--reason", "Lagi", "--user", "staf")
    assert code == 3 and data["error"] == "state"
    code, revisions = padi(capsys, demo_db, "list", "revisions", "--dataset", PERMITS)
    assert code == 0 and [(r["revision"], r["state"], r["current"], r["serving"]) for r in revisions] == [
        (1, "presented", False, True), (2, "draft", True, False)]
    assert revisions[1]["reason"] == "NIB Februari salah"
    code, data = padi(capsys, demo_db, "list", "revisions")
    assert code == 2 and data["error"] == "usage"
    code, diff = padi(capsys, demo_db, "diff", "--dataset", PERMITS, "--from", "1", "--to", "2", "--user", "staf")
    assert code == 0 and diff["cells"] == [] and diff["added_rows"] == [] and diff["from"] == 1
    code, data = padi(capsys, demo_db, "diff", "--dataset", PERMITS, "--from", "1", "--to", "9", "--user", "staf")
    assert code == 2 and data["error"] == "unknown_revision"
    code, out, _ = run(capsys, "diff", "--dataset", PERMITS, "--from", "1", "--to", "2", "--user", "staf",
                       "--db", str(demo_db))
    assert code == 0 and "Tidak ada perubahan" in out


def test_withdraw_and_put_back(capsys, demo_db):
    code, data = padi(capsys, demo_db, "withdraw", "--dataset", PERMITS, "--user", "staf")
    assert code == 2 and data["error"] == "reason_required"
    code, data = padi(capsys, demo_db, "withdraw", "--dataset", PERMITS, "--reason", "Ditarik", "--user", "kepala")
    assert code == 3 and data["error"] == "permission"
    code, data = padi(capsys, demo_db, "withdraw", "--dataset", PERMITS, "--reason", "Diminta sumber", "--user", "staf")
    assert code == 0 and data["withdrawn"] is True
    _, items = padi(capsys, demo_db, "list", "datasets")
    assert next(d for d in items if d["name"] == PERMITS)["withdrawn"] is True
    code, data = padi(capsys, demo_db, "withdraw", "--dataset", PERMITS, "--reason", "Lagi", "--user", "staf")
    assert code == 3 and data["error"] == "state"
    code, data = padi(capsys, demo_db, "withdraw", "--dataset", PERMITS, "--put-back", "--user", "staf")
    assert code == 0 and data["withdrawn"] is False
    assert log_actions(demo_db)[-3:] == ["dataset_withdrawn", "refused", "dataset_reinstated"]
    code, data = padi(capsys, demo_db, "withdraw", "--dataset", NIB, "--reason", "Belum disajikan", "--user", "staf")
    assert code == 3 and data["error"] == "state"


def test_import_a_period_of_a_series(capsys, demo_db, tmp_path):
    april = tmp_path / "izin-april.csv"
    april.write_text("Jenis Izin,Jumlah\nNIB,31\nPBG,11\n", encoding="utf-8")
    code, data = padi(capsys, demo_db, "import", "--file", str(april), "--dataset", "Izin Bulanan 2024",
                      "--period", "2024-04", "--user", "staf")
    assert code == 0 and data["created"] and data["periods"] == ["2024-04"]
    code, data = padi(capsys, demo_db, "import", "--file", str(april), "--dataset", "Izin Bulanan 2024",
                      "--period", "2024-Q2", "--user", "staf")
    assert code == 2 and data["error"] == "period_wrong_grain"
    code, data = padi(capsys, demo_db, "import", "--file", str(april), "--dataset", "Izin Bulanan 2024",
                      "--period", "April", "--user", "staf")
    assert code == 2 and data["error"] == "bad_period_text"
    # Into the demo's monthly series, presented: December 2025 is validated, January 2026 is new.
    code, data = padi(capsys, demo_db, "import", "--file", str(april), "--dataset", PERMITS, "--period", "2025-12",
                      "--user", "staf")
    assert code == 3 and data["error"] == "period_present"
    code, data = padi(capsys, demo_db, "import", "--file", str(april), "--dataset", PERMITS, "--period", "2026-01",
                      "--user", "staf")
    assert code == 0 and data["periods"] == ["2026-01"] and not data["created"]
    _, items = padi(capsys, demo_db, "list", "datasets")
    permits = next(d for d in items if d["name"] == PERMITS)
    assert permits["state"] == "presented" and permits["batch_state"] == "draft"
    assert permits["periods"][-1] == {"period": "2026-01", "state": "draft", "rows": 2}
    code, data = padi(capsys, demo_db, "import", "--file", str(april), "--dataset", NIB, "--period", "2025-Q1",
                      "--user", "staf")
    assert code == 2 and data["error"] == "not_a_series"


def test_a_workbook_with_a_sheet_per_month_becomes_one_series(capsys, demo_db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name in ("Jan", "Feb", "Mar"):
        sheet = book.create_sheet(name)
        sheet.append(["Jenis Izin", "Jumlah"])
        sheet.append(["NIB", 10])
    path = tmp_path / "rekap-izin-2024.xlsx"
    book.save(path)
    code, data = padi(capsys, demo_db, "import", "--file", str(path), "--dataset", "Rekap 2024",
                      "--sheets-as-periods", "--user", "staf")
    assert code == 0 and data["periods"] == ["2024-01", "2024-02", "2024-03"] and data["rows"] == 3
    assert [s["sheet"] for s in data["sheets"]] == ["Jan", "Feb", "Mar"]
    code, data = padi(capsys, demo_db, "import", "--file", str(path), "--sheets-as-periods", "--period", "2024-01",
                      "--user", "staf")
    assert code == 2 and data["error"] == "usage"
