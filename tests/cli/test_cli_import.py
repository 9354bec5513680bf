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
    code, out = run(capsys, "import", "--db", str(db), "--file", str(book), "--decimal", ",", "--user", "staf",
                    "--json")
    assert code == 2 and json.loads(out.out)["error"] == "unresolved_problems"
    assert "baris 6" in out.err and rows_in(db) == 0
    code, out = run(capsys, "import", "--db", str(db), "--file", str(book), "--dataset", "Izin TW III",
                    "--skip-bad-rows", "--decimal", ",", "--user", "staf", "--json")
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


def test_unpivot_turns_month_columns_into_rows_with_the_year_of_the_title(db, tmp_path, capsys):
    from tests.services.importing.test_unpivot import months_workbook

    book = months_workbook(tmp_path / "izin.xlsx")
    code, out = run(capsys, "import", "--db", str(db), "--file", str(book), "--dataset", "Izin per Bulan",
                    "--unpivot", "--user", "staf", "--json")
    data = json.loads(out.out)
    assert code == 0 and data["rows"] == 24 and rows_in(db) == 24
    assert data["unpivoted"] == {"period_column": "Bulan", "value_column": "Nilai", "columns": [
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"], "grain": "month",
        "year": 2024, "year_from": "title", "total_columns": ["Jumlah"], "wide_rows": 2}
    assert any(w.startswith("unpivot_total_dropped") for w in data["warnings"])
    # Without --unpivot the same file comes in as it is, and says so.
    code, out = run(capsys, "import", "--db", str(db), "--file", str(book), "--dataset", "Izin Lebar",
                    "--user", "staf", "--json")
    assert code == 0 and json.loads(out.out)["unpivoted"] is None


def test_unpivot_without_a_known_year_exits_2_naming_the_year_option(db, tmp_path, capsys):
    from tests.services.importing.test_unpivot import months_workbook

    book = months_workbook(tmp_path / "izin.xlsx", title="REKAP IZIN TERBIT PER BULAN", total=(12, 25))
    code, out = run(capsys, "import", "--db", str(db), "--file", str(book), "--unpivot", "--user", "staf")
    assert code == 2 and "--year" in out.err and rows_in(db) == 0
    code, out = run(capsys, "import", "--db", str(db), "--file", str(book), "--year", "2024", "--user", "staf")
    assert code == 2 and "--unpivot" in out.err and rows_in(db) == 0
    code, out = run(capsys, "import", "--db", str(db), "--file", str(book), "--unpivot", "--year", "24",
                    "--user", "staf")
    assert code == 2 and rows_in(db) == 0
    code, out = run(capsys, "import", "--db", str(db), "--file", str(book), "--unpivot", "--year", "2024",
                    "--user", "staf")
    assert code == 0 and rows_in(db) == 24
    assert "unpivot_total_mismatch: baris 5, kolom Jumlah: tertulis 25, penjumlahan 24" in out.out
    messy = messy_workbook(tmp_path / "rekap.xlsx")
    code, out = run(capsys, "import", "--db", str(db), "--file", str(messy), "--unpivot", "--user", "staf")
    assert code == 2 and "kolom periode" in out.err


def test_period_columns_found_without_unpivot_are_named_with_the_option(db, tmp_path, capsys):
    from tests.services.importing.test_unpivot import months_workbook

    book = months_workbook(tmp_path / "izin.xlsx")
    code, out = run(capsys, "import", "--db", str(db), "--file", str(book), "--user", "staf")
    assert code == 0 and "Kolom periode dikenali (Jan, Feb" in out.out and "--unpivot" in out.out


def test_a_column_the_file_leaves_open_exits_2_naming_it_until_decimal_is_given(db, tmp_path, capsys):
    book = messy_workbook(tmp_path / "izin.xlsx", bad=7)
    code, out = run(capsys, "import", "--db", str(db), "--file", str(book), "--user", "staf", "--json")
    answer = json.loads(out.out)
    assert code == 2 and answer["error"] == "ambiguous_decimal" and "'Jumlah'" in answer["message"]
    assert "--decimal" in answer["message"] and "1.250" in out.err and rows_in(db) == 0
    code, out = run(capsys, "import", "--db", str(db), "--file", str(book), "--decimal", ".", "--dataset", "Titik",
                    "--user", "staf", "--json")
    assert code == 0 and json.loads(out.out)["rows"] == 10
    code, out = run(capsys, "import", "--db", str(db), "--file", str(book), "--decimal", ";", "--user", "staf")
    assert code == 2


def test_semicolon_csv_with_comma_decimals_reads_dotted_counts_as_thousands(db, tmp_path, capsys):
    """Issue 13, item 2: "68,3" shows the file's decimal comma, so 1.661 in a count column is 1661."""
    path = tmp_path / "capaian.csv"
    path.write_text("Kecamatan;Capaian (%);Jumlah Izin\nPadang Hulu;68,3;1.661\nRambutan;71,25;361\n"
                    "Bajenis;90;2.004\n", encoding="utf-8")
    code, out = run(capsys, "import", "--db", str(db), "--file", str(path), "--user", "staf", "--json")
    assert code == 0, out.err
    con = sqlite3.connect(db)
    try:
        rows = [json.loads(r[0]) for r in con.execute('SELECT "values" FROM dataset_rows ORDER BY position')]
    finally:
        con.close()
    assert [row[2] for row in rows] == [1661, 361, 2004] and all(type(row[2]) is int for row in rows)
    assert [row[1] for row in rows] == [68.3, 71.25, 90.0]


def test_a_csv_mixing_encodings_exits_2_naming_its_first_bad_line(db, tmp_path, capsys):
    path = tmp_path / "campur.csv"
    path.write_bytes("Nama;Kota\nAndré;Medan\n".encode() + "Café;Binjai\n".encode("cp1252"))
    code, out = run(capsys, "import", "--db", str(db), "--file", str(path), "--user", "staf", "--json")
    assert code == 2 and json.loads(out.out)["error"] == "mixed_encoding"
    assert "baris 3" in json.loads(out.out)["message"] and rows_in(db) == 0
