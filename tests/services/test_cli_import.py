"""`padi import`: all or nothing from the command line, JSON summary, exit 2 on bad input."""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop_app.cli import main
from tests.conftest import PASSWORD
from tests.services.test_imports import messy_workbook


@pytest.fixture
def db(office, monkeypatch):
    monkeypatch.setenv("PADI_PASSWORD", PASSWORD)
    path = office.ctx.db.path
    office.close()
    return path


def rows_in(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM dataset_rows").fetchone()[0]
    finally:
        con.close()


def run(capsys, *args):
    code = main(list(args))
    return code, capsys.readouterr()


def test_import_refuses_bad_rows_then_skips_them_when_asked(db, tmp_path, capsys):
    book = messy_workbook(tmp_path / "izin.xlsx")
    code, out = run(capsys, "import", "--db", str(db), "--file", str(book), "--user", "staf", "--json")
    assert code == 2 and json.loads(out.out)["error"] == "unresolved_problems"
    assert "baris 6" in out.err and rows_in(db) == 0
    code, out = run(capsys, "import", "--db", str(db), "--file", str(book), "--dataset", "Izin TW III",
                    "--skip-bad-rows", "--user", "staf", "--json")
    data = json.loads(out.out)
    assert code == 0 and (data["dataset"], data["rows"], data["skipped"]) == ("Izin TW III", 9, 1)
    assert any("total_row_skipped" in w for w in data["warnings"])
    assert rows_in(db) == 9


def test_hostile_file_exits_2_and_changes_nothing(db, tmp_path, capsys):
    fake = tmp_path / "laporan.xlsx"
    fake.write_bytes(b"PK\x03\x04 bukan zip yang benar")
    before = db.read_bytes()
    code, out = run(capsys, "import", "--db", str(db), "--file", str(fake), "--user", "staf")
    assert code == 2 and "bukan lembar kerja" in out.err
    assert rows_in(db) == 0
    code, _ = run(capsys, "import", "--db", str(db), "--file", str(tmp_path / "tidak-ada.xlsx"), "--user", "staf")
    assert code == 2
    assert len(before) > 0
