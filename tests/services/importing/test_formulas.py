"""Formulas: cached values taken as they are, missing ones computed, the rest named as problems - never empty."""

from __future__ import annotations

import re
import zipfile

import openpyxl
import pytest

from desktop_app.domain.columns import ColumnType
from desktop_app.services.datasets.importing import Problem, guards, read_preview
from desktop_app.services.datasets.importing.model import ImportPreview
from tests.services.importing.test_hostile import rewrite_member

SHEET = "xl/worksheets/sheet1.xml"


def recap(path, extra_rows=()):
    """A recap written by a script: formulas without cached values (openpyxl stores none)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Rekap"
    sheet.append(["REKAP INVESTASI"])
    sheet.append([])
    sheet.append(["Kecamatan", "PMA", "PMDN", "Jumlah", "Rata-rata", "Status"])
    for row, name in enumerate(["Padang Hulu", "Rambutan", "Bajenis"], start=4):
        sheet.append([name, row * 10, row * 3, f"=B{row}+C{row}", f"=ROUND(AVERAGE(B{row}:C{row}),1)",
                      f'=IF(D{row}>60,"tinggi","rendah")'])
    for extra in extra_rows:
        sheet.append(extra)
    other = book.create_sheet("Target")
    other["A1"] = 2.5
    book.save(path)
    return path


def without_full_calc(xml: bytes) -> bytes:
    """workbook.xml as a spreadsheet program saves it: no request to recalculate on opening (openpyxl makes one)."""
    return re.sub(rb"<calcPr[^>]*/>", b"", xml)


def saved(path, target):
    """The workbook as if a spreadsheet program had saved it (its cached values are to be trusted)."""
    return rewrite_member(path, target, "xl/workbook.xml", without_full_calc)


def notes_of(preview: ImportPreview, code: str) -> list[tuple[int, str, object]]:
    return [(n.row, n.column, n.value) for n in preview.notes if n.code == code]


def test_formulas_without_cached_values_are_computed_and_shown(tmp_path):
    preview = read_preview(recap(tmp_path / "rekap.xlsx"))
    assert preview.column("Jumlah") == [52, 65, 78]
    assert preview.column("Rata-rata") == [26.0, 32.5, 39.0]
    assert preview.column("Status") == ["rendah", "tinggi", "tinggi"]
    assert preview.types["Jumlah"] == ColumnType.INTEGER
    assert (4, "Jumlah", "=B4+C4") in notes_of(preview, "formula_computed")
    assert len(notes_of(preview, "formula_computed")) == 9
    assert preview.problems == ()


def test_a_row_made_only_of_formulas_does_not_disappear(tmp_path):
    """The reader drops it (no cell holds a value): it comes back computed."""
    path = recap(tmp_path / "rekap.xlsx", [["=A4", "=SUM(B4:B6)", "=MAX(C4:C6)*Target!A1", "=COUNT(B4:C6)",
                                            "=MIN(E4:E6)", "=Status!A1"]])
    preview = read_preview(path)
    assert preview.source_rows[-1] == 7
    assert preview.rows[-1][:5] == ("Padang Hulu", 150, 45, 6, 26.0)
    # A formula that cannot be computed is a problem named by its cell, and its text stays in the cell.
    assert preview.rows[-1][5] == "=Status!A1"
    assert preview.problems == (Problem("Rekap", 7, "Status", "formula_not_computed", "=Status!A1"),)


@pytest.mark.parametrize(("formula", "reason"), [("=FOOBAR(B4)", "unknown function"), ("=TOTAL_IZIN*2", "name"),
                                                 ("=[1]Data!A1", "other workbook")])
def test_what_cannot_be_computed_is_a_problem_never_an_empty_value(tmp_path, formula, reason):
    path = recap(tmp_path / "rekap.xlsx", [["Lain", 1, 2, formula, 3, "baru"]])
    preview = read_preview(path)
    assert preview.column("Jumlah")[-1] == formula, reason
    assert Problem("Rekap", 7, "Jumlah", "formula_not_computed", formula) in preview.problems
    assert preview.types["Jumlah"] == ColumnType.INTEGER  # the uncomputed cell does not turn the column to text


def test_cached_values_are_taken_as_they_are_and_nothing_is_recomputed(tmp_path):
    """A workbook saved by a spreadsheet program: the reader's values stand, no note, no evaluator."""
    def cache(xml: bytes) -> bytes:
        return re.sub(rb"<f>B(\d)\+C\1</f><v\s*/>", lambda m: b"<f>B%s+C%s</f><v>999</v>" % (m[1], m[1]), xml)

    source = saved(recap(tmp_path / "asal.xlsx"), tmp_path / "disimpan.xlsx")
    path = rewrite_member(source, tmp_path / "tersimpan.xlsx", SHEET, cache)
    assert b"<v>999</v>" in zipfile.ZipFile(path).read(SHEET)
    preview = read_preview(path)
    assert preview.column("Jumlah") == [999, 999, 999]
    assert not any(n.column == "Jumlah" for n in preview.notes if n.code == "formula_computed")


def test_a_workbook_that_asks_to_be_recalculated_is_recalculated(tmp_path):
    """Some writers store 0 beside every formula and ask to recalculate on opening."""
    def zero(xml: bytes) -> bytes:
        return re.sub(rb"<v\s*/>", b"<v>0</v>", xml)

    def full_calc(xml: bytes) -> bytes:
        return xml.replace(b"</workbook>", b'<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>')

    source = rewrite_member(saved(recap(tmp_path / "asal.xlsx"), tmp_path / "disimpan.xlsx"), tmp_path / "nol.xlsx",
                            SHEET, zero)
    assert read_preview(source).column("Jumlah") == [0, 0, 0]
    path = rewrite_member(source, tmp_path / "hitung.xlsx", "xl/workbook.xml", full_calc)
    assert b"fullCalcOnLoad" in zipfile.ZipFile(path).read("xl/workbook.xml")
    assert read_preview(path).column("Jumlah") == [52, 65, 78]


@pytest.mark.parametrize("error", ["#REF!", "#DIV/0!", "#N/A"])
def test_a_cached_error_value_is_a_problem(tmp_path, error):
    def cached_error(xml: bytes) -> bytes:
        return re.sub(rb'<c r="D5"><f>B5\+C5</f><v\s*/></c>',
                      b'<c r="D5" t="e"><f>B5+C5</f><v>' + error.encode() + b"</v></c>", xml)

    source = saved(recap(tmp_path / "asal.xlsx"), tmp_path / "disimpan.xlsx")
    path = rewrite_member(source, tmp_path / "galat.xlsx", SHEET, cached_error)
    assert error.encode() in zipfile.ZipFile(path).read(SHEET)
    preview = read_preview(path)
    assert preview.column("Jumlah")[1] == error
    assert Problem("Rekap", 5, "Jumlah", "excel_error", error) in preview.problems


def test_only_sheets_with_formulas_or_errors_are_read_again(tmp_path):
    plain = tmp_path / "biasa.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Nama", "Jumlah"])
    book.active.append(["A", 1])
    book.save(plain)
    assert guards.inspect_file(plain).formula_members == frozenset()
    assert guards.inspect_file(recap(tmp_path / "rekap.xlsx")).formula_members == {SHEET}
