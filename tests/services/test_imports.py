"""Import as a use case: preview, all-or-nothing commit, skips logged, mapping onto a draft dataset."""

from __future__ import annotations

import openpyxl
import pytest

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.metadata import DatasetMeta
from desktop_app.services.datasets.importing import Problem
from desktop_app.services.datasets.importing.model import NumberReading
from tests.conftest import PASSWORD

pytestmark = pytest.mark.engines  # on SQLite and on PostgreSQL (tests/engines.py)

KINDS = ("SLF", "SIP", "Reklame", "Sertifikat Standar", "Izin", "Toko Modern", "Apotek", "Klinik")
TAIL = tuple((str(n), kind, 10 + n) for n, kind in enumerate(KINDS, start=3))


def messy_workbook(path, bad="dua ratus"):
    """A recap with a letterhead, a total row, a bad cell and "1.250" written as text: nothing in the file
    says whether that is 1250 or 1.25, so reading it needs ``decimal=","``."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rekap"
    ws.append(["PEMERINTAH KOTA TEBING TINGGI"])
    ws.append(["REKAPITULASI IZIN TERBIT TRIWULAN III 2025"])
    ws.append([])
    ws.append(["No", "Jenis Izin", "Jumlah"])
    ws.append([1, "NIB", "1.250"])
    ws.append([2, "PBG", bad])
    for number, kind in enumerate(KINDS, start=3):
        ws.append([number, kind, 10 + number])
    ws.append([None, "Jumlah", 1582])  # 1.250 + 200 (the bad cell as fixed) + 13 + ... + 20
    wb.save(path)
    return path


@pytest.fixture
def staff(office):
    office.accounts.login("staf", PASSWORD)
    return office


def dataset_count(services):
    return len(services.datasets.list())


def test_preview_then_all_or_nothing(staff, tmp_path):
    preview = staff.imports.preview(messy_workbook(tmp_path / "izin.xlsx"), decimal=",")
    assert [c.name for c in preview.columns] == ["No", "Jenis Izin", "Jumlah"]
    assert len(preview.rows) == 10 and len(preview.problems) == 1
    assert preview.problems[0].row == 6
    with pytest.raises(BadInput, match="unresolved_problems"):
        staff.imports.commit(preview, dataset_name="Izin TW III")
    assert dataset_count(staff) == 0
    result = staff.imports.commit(preview, dataset_name="Izin TW III", skip=[1])
    assert (result.rows, result.skipped) == (9, 1)
    detail = staff.datasets.get(result.dataset_id)
    assert detail.rows == (("1", "NIB", 1250), *TAIL)
    entry = next(e for e in staff.activity.entries() if e.action == "dataset_imported")
    assert entry.step == 1 and entry.detail["skipped_rows"] == [6]


def test_fixed_cell_is_imported(staff, tmp_path):
    preview = staff.imports.preview(messy_workbook(tmp_path / "izin.xlsx"), decimal=",")
    rows = [list(r) for r in preview.rows]
    rows[1][2] = 200
    result = staff.imports.commit(preview, rows=rows, dataset_name="Izin")
    assert result.rows == 10 and staff.datasets.get(result.dataset_id).rows[1] == ("2", "PBG", 200)


def test_import_into_existing_draft_by_column_name(staff, tmp_path):
    target = staff.datasets.create(DatasetMeta("Izin 2025"), (ColumnSpec("Jumlah", ColumnType.INTEGER),
                                                               ColumnSpec("Jenis Izin")), [(5, "PBG")])
    preview = staff.imports.preview(messy_workbook(tmp_path / "izin.xlsx", bad=7), decimal=",")
    result = staff.imports.commit(preview, target_id=target)
    assert not result.created and result.warnings == ("ignored:No",)
    assert staff.datasets.get(target).rows == ((5, "PBG"), (1250, "NIB"), (7, "PBG"),
                                               *((amount, kind) for _n, kind, amount in TAIL))


def test_refusals_change_nothing(staff, tmp_path):
    preview = staff.imports.preview(messy_workbook(tmp_path / "izin.xlsx", bad=7), decimal=",")
    staff.datasets.create(DatasetMeta("Izin"), (ColumnSpec("Jenis Izin"),), [("NIB",)])
    with pytest.raises(BadInput, match="dataset_name_taken"):
        staff.imports.commit(preview, dataset_name="izin")
    other = staff.datasets.create(DatasetMeta("Lain"), (ColumnSpec("Kolom Lain"),), [("x",)])
    with pytest.raises(BadInput, match="no_matching_columns"):
        staff.imports.commit(preview, target_id=other)
    staff.datasets.check(other)
    with pytest.raises(NotAllowed, match="state"):
        staff.imports.commit(preview, target_id=other)
    assert dataset_count(staff) == 2
    assert staff.datasets.get(other).rows == (("x",),)
    (tmp_path / "bukan.xlsx").write_text("ini bukan spreadsheet")
    with pytest.raises(BadInput, match="not_a_spreadsheet"):
        staff.imports.preview(tmp_path / "bukan.xlsx")


def test_head_cannot_import(office, tmp_path):
    office.accounts.login("kepala", PASSWORD)
    preview = office.imports.preview(messy_workbook(tmp_path / "izin.xlsx", bad=7), decimal=",")
    with pytest.raises(NotAllowed, match="permission"):
        office.imports.commit(preview, dataset_name="Izin")


def test_cancel_while_writing_leaves_nothing(staff, tmp_path, monkeypatch):
    from desktop_app.domain.errors import Cancelled
    from desktop_app.storage import rows as row_store

    preview = staff.imports.preview(messy_workbook(tmp_path / "izin.xlsx", bad=7), decimal=",")

    def cancel(done, total):
        raise Cancelled()

    monkeypatch.setattr(row_store, "BATCH", 2)  # the writer reports progress before it has written everything
    with pytest.raises(Cancelled):
        staff.imports.commit(preview, dataset_name="Izin", progress=cancel)
    assert dataset_count(staff) == 0
    assert all(e.action != "dataset_imported" for e in staff.activity.entries())


def test_an_open_decimal_mark_refuses_the_import_until_someone_chooses(staff, tmp_path):
    book = messy_workbook(tmp_path / "izin.xlsx", bad=7)
    preview = staff.imports.preview(book)
    jumlah = next(c for c in preview.columns if c.name == "Jumlah")
    assert jumlah.reading.open and jumlah.reading.example == "1.250"
    assert preview.problems[0] == Problem("Rekap", None, "Jumlah", "ambiguous_decimal", "1.250")
    with pytest.raises(BadInput, match="ambiguous_decimal") as refusal:
        staff.imports.commit(preview, dataset_name="Izin")
    assert refusal.value.detail == "Jumlah" and dataset_count(staff) == 0

    as_text = staff.imports.preview(book, column_types={"Jumlah": ColumnType.TEXT})
    assert staff.imports.commit(as_text, dataset_name="Izin teks").rows == 10  # text needs no decimal mark

    dotted = staff.imports.preview(book, decimal_marks={"Jumlah": "."})
    assert dotted.column("Jumlah")[0] == 1.25 and dotted.types["Jumlah"] == ColumnType.DECIMAL
    assert next(c for c in dotted.columns if c.name == "Jumlah").reading == NumberReading(".", "chosen", "1.250")
    assert staff.imports.commit(dotted, dataset_name="Izin titik").rows == 10


def test_an_uncomputed_formula_or_an_error_is_never_saved_even_in_a_text_column(staff, tmp_path):
    from tests.services.importing.test_formulas import recap

    book = recap(tmp_path / "rekap.xlsx", [["Lain", 1, 2, 3, 4, "=FOOBAR(A7)"]])
    preview = staff.imports.preview(book)
    assert preview.types["Status"] == ColumnType.TEXT and preview.column("Status")[-1] == "=FOOBAR(A7)"
    with pytest.raises(BadInput, match="unresolved_problems"):
        staff.imports.commit(preview, dataset_name="Rekap")
    assert dataset_count(staff) == 0
    rows = [list(r) for r in preview.rows]
    rows[-1][5] = "baru"  # the person types the value in the preview
    assert staff.imports.commit(preview, rows=rows, dataset_name="Rekap").rows == 4
    skipped = staff.imports.commit(preview, skip=[3], dataset_name="Rekap tanpa baris")
    assert (skipped.rows, skipped.skipped) == (3, 1)
