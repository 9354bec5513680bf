"""``padi export`` (DESIGN.md §5): a dataset to CSV, XLSX or JSON, as a user, logged."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app import cli
from desktop_app.services.datasets import exporting
from desktop_app.services.office.bundle import Services
from tests.cli.conftest import run, run_json


@pytest.fixture
def dataset(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    """The demo dataset with a money column (the investment realisation)."""
    code, datasets = run_json(capsys, "list", "datasets", "--db", str(demo_db))
    assert code == 0
    return next(d for d in datasets if "Investasi" in d["name"])


def export_entries(db: Path) -> list:
    services = Services.open(db, create=False)
    try:
        return [e for e in services.activity.entries() if e.action == "dataset_exported"]
    finally:
        services.close()


@pytest.mark.parametrize("fmt", ("csv", "xlsx", "json"))
def test_export_writes_each_format(demo_db, dataset, tmp_path, capsys, as_demo_user, fmt):
    target = tmp_path / "keluar" / f"investasi.{fmt}"
    target.parent.mkdir()
    code, data = run_json(capsys, "export", "--db", str(demo_db), "--dataset", dataset["name"].upper(),
                          "--format", fmt, "--out", str(target), "--user", "staf")
    assert code == 0
    assert data == {"dataset": dataset["name"], "format": fmt, "file": str(target.resolve()),
                    "rows": dataset["rows"]}
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]  # no temp file left
    if fmt == "csv":
        assert target.read_bytes().startswith(b"\xef\xbb\xbf")
        with open(target, encoding="utf-8-sig", newline="") as fh:
            header, *rows = list(csv.reader(fh))
        assert "Nilai Investasi" in header and len(rows) == dataset["rows"]
        money = rows[0][header.index("Nilai Investasi")]
        assert money.isdigit()  # a machine number: no "Rp", no separators
    elif fmt == "xlsx":
        wb = load_workbook(target)
        assert wb.sheetnames == ["Data", "Metadata"]
        ws = wb["Data"]
        assert ws.max_row == dataset["rows"] + 1
        header = [c.value for c in ws[1]]
        assert ws.cell(row=2, column=header.index("Nilai Investasi") + 1).number_format == '"Rp" #,##0'
        meta = {r[0].value: r[1].value for r in wb["Metadata"].iter_rows(min_row=2)}
        assert meta["Judul"] == dataset["name"] and meta["Kelompok"] == dataset["group"]
        assert {"Sumber", "Produsen", "Kata kunci", "Periode", "Frekuensi"} <= set(meta)
    else:
        doc = json.loads(target.read_text(encoding="utf-8"))
        assert doc["metadata"]["Judul"] == dataset["name"]
        assert len(doc["rows"]) == dataset["rows"]
        assert {"name": "Nilai Investasi", "type": "money"} in doc["columns"]


@pytest.mark.engines
def test_export_is_logged_as_the_user(demo_db, dataset, tmp_path, capsys, as_demo_user):
    assert export_entries(demo_db) == []
    target = tmp_path / "investasi.xlsx"
    code, out, err = run(capsys, "export", "--db", str(demo_db), "--dataset", dataset["name"], "--format", "xlsx",
                         "--out", str(target), "--user", "kasubag")
    assert code == 0, err
    assert str(target.resolve()) in out and f"{dataset['rows']} baris" in out
    entries = export_entries(demo_db)
    assert len(entries) == 1
    entry = entries[0]
    assert entry.step == 4
    assert entry.object_type == "dataset" and entry.object_label == dataset["name"]
    assert entry.detail == {"format": "xlsx", "file": "investasi.xlsx", "rows": dataset["rows"]}
    assert entry.actor and entry.role
    code, _, _ = run(capsys, "check", "--db", str(demo_db))
    assert code == 0  # the log chain is still whole


@pytest.mark.engines
def test_unknown_dataset_exits_2(demo_db, tmp_path, capsys, as_demo_user):
    target = tmp_path / "x.csv"
    code, out, err = run(capsys, "export", "--db", str(demo_db), "--dataset", "Tidak Ada Data Ini", "--format",
                         "csv", "--out", str(target), "--user", "staf")
    assert code == 2
    assert "Kumpulan Data 'Tidak Ada Data Ini' tidak ada." in err
    assert "Traceback" not in err
    code, data = run_json(capsys, "export", "--db", str(demo_db), "--dataset", "Tidak Ada Data Ini", "--format",
                          "csv", "--out", str(target), "--user", "staf")
    assert code == 2 and data["error"] == "unknown_dataset"
    assert not target.exists()
    assert export_entries(demo_db) == []


def test_missing_output_folder_exits_2_and_changes_nothing(demo_db, dataset, tmp_path, capsys, as_demo_user):
    target = tmp_path / "flashdisk" / "x.json"
    before = demo_db.read_bytes()
    code, out, err = run(capsys, "export", "--db", str(demo_db), "--dataset", dataset["name"], "--format", "json",
                         "--out", str(target), "--user", "staf")
    assert code == 2
    assert "Folder tidak ditemukan" in err
    code, data = run_json(capsys, "export", "--db", str(demo_db), "--dataset", dataset["name"], "--format",
                          "json", "--out", str(target), "--user", "staf")
    assert code == 2 and data["error"] == "no_such_folder"
    assert not target.parent.exists()
    assert demo_db.read_bytes() == before  # not even a login was recorded


def test_a_folder_as_output_exits_2(demo_db, dataset, tmp_path, capsys, as_demo_user):
    code, data = run_json(capsys, "export", "--db", str(demo_db), "--dataset", dataset["name"], "--format", "csv",
                          "--out", str(tmp_path), "--user", "staf")
    assert code == 2 and data["error"] == "target_is_folder"


def test_bad_format_and_wrong_password(demo_db, dataset, tmp_path, capsys, monkeypatch):
    target = tmp_path / "x.pdf"
    code, data = run_json(capsys, "export", "--db", str(demo_db), "--dataset", dataset["name"], "--format", "pdf",
                          "--out", str(target), "--user", "staf")
    assert code == 2 and data["error"] == "usage"
    monkeypatch.setenv("PADI_PASSWORD", "salah-sandi")
    code, data = run_json(capsys, "export", "--db", str(demo_db), "--dataset", dataset["name"], "--format", "csv",
                          "--out", str(tmp_path / "x.csv"), "--user", "staf")
    assert code == 3 and data["error"] == "bad_credentials"
    assert not (tmp_path / "x.csv").exists()


def test_export_is_offered_with_the_formats_of_the_service(capsys):
    assert "export" in {c.name for c in cli.COMMANDS}
    assert cli.EXPORT_FORMATS == exporting.FORMATS
    for code in ("unknown_dataset", "no_such_folder", "target_is_folder", "unknown_format"):
        assert code in cli.MESSAGES
    code, out, _ = run(capsys, "export", "--help")
    assert code == 0 and "--dataset" in out and "xlsx" in out
