"""One reading per column: the decimal mark decided from the whole column and the whole file, never per cell."""

from __future__ import annotations

import pytest

from desktop_app.domain.columns import ColumnType
from desktop_app.domain.errors import BadInput
from desktop_app.services.datasets.importing import Problem, read_preview
from desktop_app.services.datasets.importing.marks import decide, evidence_of, file_mark
from desktop_app.services.datasets.importing.model import NumberReading
from tests.services.importing.workbooks import write_xlsx


def reading(preview, name):
    return next(c for c in preview.columns if c.name == name).reading


def csv(tmp_path, text, name="data.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_dot_decimals_with_three_decimals_stay_decimals(tmp_path, kind):
    """Issue 13, item 2: 2.125 was read as 2125 beside 0.5, 1.25 and 10.5."""
    values = ["0.5", "1.25", "2.125", "10.5"]
    if kind == "csv":
        path = csv(tmp_path, "Uraian,Luas (ha)\n" + "".join(f"L{i},{v}\n" for i, v in enumerate(values)))
    else:
        path = write_xlsx(tmp_path / "luas.xlsx", [["Uraian", "Luas (ha)"], *([f"L{i}", v] for i, v in enumerate(values))])
    preview = read_preview(path)
    assert preview.column("Luas (ha)") == [0.5, 1.25, 2.125, 10.5]
    assert preview.types["Luas (ha)"] == ColumnType.DECIMAL
    assert reading(preview, "Luas (ha)") == NumberReading(".", "column", "0.5")
    assert preview.problems == ()


def test_semicolon_csv_counts_read_as_thousands_because_the_file_writes_decimal_commas(tmp_path):
    """Issue 13, item 2: a count column mixing 1.661 and 361 came in as text."""
    path = csv(tmp_path, "Kecamatan;Capaian;Jumlah\nA;68,3;1.661\nB;70;361\nC;55,5;12\n")
    preview = read_preview(path)
    assert preview.column("Jumlah") == [1661, 361, 12]
    assert preview.types["Jumlah"] == ColumnType.INTEGER
    assert reading(preview, "Jumlah") == NumberReading(",", "file", "1.661")
    assert reading(preview, "Capaian") == NumberReading(",", "column", "68,3")


def test_semicolon_csv_without_any_decimal_reads_by_the_locale_habit(tmp_path):
    preview = read_preview(csv(tmp_path, "Kecamatan;Jumlah\nA;1.661\nB;361\n"))
    assert preview.column("Jumlah") == [1661, 361]
    assert reading(preview, "Jumlah") == NumberReading(",", "habit", "1.661")


def test_comma_csv_with_nothing_to_decide_asks(tmp_path):
    preview = read_preview(csv(tmp_path, "Kecamatan,Jumlah\nA,1.661\nB,361\n"))
    assert reading(preview, "Jumlah") == NumberReading(None, "ambiguous", "1.661")
    assert preview.problems == (Problem("data", None, "Jumlah", "ambiguous_decimal", "1.661"),)
    chosen = read_preview(csv(tmp_path, "Kecamatan,Jumlah\nA,1.661\nB,361\n"), decimal=".")
    assert chosen.column("Jumlah") == [1.661, 361.0] and chosen.problems == ()
    assert reading(chosen, "Jumlah") == NumberReading(".", "chosen", "1.661")


def test_the_other_columns_of_an_english_file_decide(tmp_path):
    path = csv(tmp_path, 'Item\tPrice\tCount\nA\t"1,234.50"\t1,234\nB\t12.75\t15\n')
    preview = read_preview(path)
    assert preview.column("Count") == [1234, 15]
    assert reading(preview, "Count") == NumberReading(".", "file", "1,234")


def test_columns_of_the_file_that_disagree_decide_nothing(tmp_path):
    path = csv(tmp_path, "A\tB\tC\tD\nx\t12,5\t0.5\t1.234\ny\t3\t2\t7\n")
    preview = read_preview(path)
    assert (reading(preview, "B").decimal, reading(preview, "C").decimal) == (",", ".")
    assert reading(preview, "D").open


def test_a_tie_inside_a_column_is_settled_by_the_file_habit(tmp_path):
    preview = read_preview(csv(tmp_path, "A;B\nx;12,5\ny;0.5\n"))
    assert reading(preview, "B") == NumberReading(",", "habit", "12,5")


def test_a_cell_against_its_column_is_a_problem_not_a_second_reading(tmp_path):
    lines = "".join(f"W{i};{i},25\n" for i in range(1, 11))
    path = csv(tmp_path, f"Wilayah;Luas\n{lines}K;2.5\n")
    preview = read_preview(path)
    assert reading(preview, "Luas") == NumberReading(",", "column", "1,25")
    assert preview.column("Luas")[:3] == [1.25, 2.25, 3.25]
    assert preview.problems == (Problem("data", 12, "Luas", "bad_number", "2.5"),)


def test_the_persons_choice_for_one_column_wins(tmp_path):
    path = csv(tmp_path, "Wilayah;Luas\nA;12,5\nB;3.750\n")
    assert read_preview(path).column("Luas") == [12.5, 3750.0]
    preview = read_preview(path, decimal_marks={"Luas": "."}, column_types={"Luas": ColumnType.DECIMAL})
    assert reading(preview, "Luas") == NumberReading(".", "chosen", "3.750")
    assert preview.column("Luas") == ["12,5", 3.75]
    with pytest.raises(BadInput, match="unknown_column"):
        read_preview(path, decimal_marks={"Tidak Ada": "."})
    with pytest.raises(BadInput, match="bad_decimal_mark"):
        read_preview(path, decimal="koma")


def test_nbsp_narrow_nbsp_and_apostrophe_thousands_say_nothing_about_the_decimal_mark(tmp_path):
    path = csv(tmp_path, "Wilayah;Jumlah\nA;1\u00a0661\nB;1\u202f234\nC;12'500\nD;361\n")
    preview = read_preview(path)
    assert preview.column("Jumlah") == [1661, 1234, 12500, 361]
    assert reading(preview, "Jumlah") is None  # nothing to decide: no mark in the column


def test_evidence_and_decision_units():
    evidence = evidence_of({"12,5": 2, "1.234": 3, "0.5": 1, "361": 9, "abc": 1})
    assert (evidence.comma, evidence.dot, evidence.ambiguous) == (2, 1, 3)
    assert evidence.mark() == ","
    assert decide(evidence, (None, "")) == NumberReading(",", "column", "12,5")
    open_column = evidence_of(["1.234", "5"])
    assert decide(open_column, (None, "")) == NumberReading(None, "ambiguous", "1.234")
    assert decide(open_column, (".", "file")) == NumberReading(".", "file", "1.234")
    assert decide(open_column, (None, ""), fallback=",") == NumberReading(",", "chosen", "1.234")
    assert decide(evidence_of(["5", "6"]), (None, "")) is None
    assert file_mark([evidence_of(["12,5"]), evidence_of(["1.234.567"])], None) == (",", "file")
    assert file_mark([evidence_of(["12,5"]), evidence_of(["0.5"])], ",") == (None, "")
    assert file_mark([evidence_of(["1.234"])], ",") == (",", "habit")
