"""`padi validate`: the step-2 checks as the Validasi tab runs them; exit 0 without errors, 1 with errors."""

from __future__ import annotations

import json

import pytest

from desktop_app.cli import main
from desktop_app.services.office.bundle import Services
from tests.cli.conftest import run, run_json
from tests.conftest import PASSWORD
from tests.services.test_subtotal_checks import recap


@pytest.fixture
def db(office, monkeypatch):
    monkeypatch.setenv("PADI_PASSWORD", PASSWORD)
    path = office.ctx.db.path
    office.close()
    return path


def imported(capsys, db, book):
    code, data = run_json(capsys, "import", "--db", str(db), "--file", str(book), "--dataset", "Rekap Izin 2024",
                          "--user", "staf")
    assert code == 0, data
    return data


def checks_logged(db):
    services = Services.open(db, create=False)
    try:
        return [e for e in services.activity.entries() if e.action == "checks_run"]
    finally:
        services.close()


def test_a_recap_with_row_numbers_and_right_subtotals_passes(db, tmp_path, capsys):
    data = imported(capsys, db, recap(tmp_path / "rekap.xlsx"))
    assert data["subtotals"] == 3 and data["unpivoted"] is None
    code, result = run_json(capsys, "validate", "--db", str(db), "--dataset", "Rekap Izin 2024", "--user", "staf")
    assert code == 0
    assert result == {"dataset": "Rekap Izin 2024", "errors": [], "warnings": []}
    [entry] = checks_logged(db)  # the same log entry as the tab's "Jalankan Pemeriksaan"
    assert entry.step == 2 and entry.detail == {"errors": 0, "warnings": 0, "state": "checking", "revision": 1}
    code, out, err = run(capsys, "validate", "--db", str(db), "--dataset", "rekap izin 2024", "--user", "staf")
    assert code == 0 and "0 kesalahan, 0 peringatan" in out and err == ""


def test_a_wrong_subtotal_exits_1_naming_row_column_and_both_numbers(db, tmp_path, capsys):
    imported(capsys, db, recap(tmp_path / "rekap.xlsx", first_subtotal=(8, 25, 33)))
    code, result = run_json(capsys, "validate", "--db", str(db), "--dataset", "Rekap Izin 2024", "--user", "staf")
    assert code == 1
    assert result["dataset"] == "Rekap Izin 2024" and result["warnings"] == []
    first = result["errors"][0]
    assert set(first) >= {"row", "column", "code", "message"}
    assert (first["row"], first["column"], first["code"]) == (3, "PMDN", "subtotal_mismatch")
    assert first["message"] == ('subtotal “Sub Total Semester I” (baris 7 berkas sumber) tertulis 25, '
                                "penjumlahan baris 1–3 = 23")
    assert [e["column"] for e in result["errors"]] == ["PMDN", "Jumlah"]
    code, out, err = run(capsys, "validate", "--db", str(db), "--dataset", "Rekap Izin 2024", "--user", "staf")
    assert code == 1
    assert "Kesalahan · Baris 3, PMDN: subtotal" in out and "2 kesalahan" in out
    assert "kesalahan" in err
    assert len(checks_logged(db)) == 2


def test_unknown_dataset_exits_2_and_a_validated_one_exits_3(demo_db, as_demo_user, capsys):
    code, out, err = run(capsys, "validate", "--db", str(demo_db), "--dataset", "Tidak Ada", "--user", "staf")
    assert code == 2 and "Tidak Ada" in err
    code, datasets = run_json(capsys, "list", "datasets", "--db", str(demo_db))
    done = next(d for d in datasets if d["state"] in ("validated", "processed", "presented"))
    code, result = run_json(capsys, "validate", "--db", str(demo_db), "--dataset", done["name"], "--user", "staf")
    assert code == 3 and result["error"] == "state"


def test_validate_is_in_the_help_and_needs_a_user(capsys):
    assert main(["--help"]) == 0
    assert "validate" in capsys.readouterr().out
    code, out, err = run(capsys, "validate", "--dataset", "X", "--json")
    assert code == 2 and json.loads(out)["error"] == "usage"
