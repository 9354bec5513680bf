"""Services: subtotal rows of an imported file are left out of the data, kept, and checked in step 2;
identifier columns are stored as the text they are."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from alembic.config import Config

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.services.datasets.dataset_service import DatasetMeta
from desktop_app.storage.database import Database, make_engine
from desktop_app.storage.migrate import MIGRATIONS_DIR, head_revision
from tests.conftest import PASSWORD
from tests.services.importing.workbooks import write_xlsx

pytestmark = pytest.mark.engines  # on SQLite and on PostgreSQL (tests/engines.py)

HEADER = ["No", "Kecamatan", "PMA", "PMDN", "Jumlah"]
SEMESTER_I = [[1, "Padang Hulu", 3, 12, 15], [2, "Rambutan", 5, 7, 12], [3, "Bajenis", 0, 4, 4]]
SEMESTER_II = [[1, "Padang Hulu", 2, 2, 4], [2, "Rambutan", 1, 6, 7], [3, "Bajenis", 4, 1, 5]]


def recap(path, first_subtotal=(8, 23, 31)):
    return write_xlsx(path, [
        ["REKAPITULASI IZIN PENANAMAN MODAL TAHUN 2024"],
        [],
        HEADER,
        *SEMESTER_I,
        [None, "Sub Total Semester I", *first_subtotal],
        *SEMESTER_II,
        [None, "Sub Total Semester II", 7, 9, 16],
        [None, "Jumlah", 15, 32, 47],
    ])


def staff(office):
    office.accounts.login("staf", PASSWORD)
    return office


def imported(office, path, **commit):
    preview = office.imports.preview(path)
    return preview, office.imports.commit(preview, dataset_name="Rekap Izin 2024", **commit)


def test_subtotals_with_suffixes_are_left_out_kept_and_the_recap_passes_step_2(office, tmp_path):
    services = staff(office)
    preview, result = imported(services, recap(tmp_path / "rekap.xlsx"))
    assert preview.types["No"] == ColumnType.IDENTIFIER
    assert [n.value for n in preview.notes if n.code == "total_row_skipped"] == [
        "Sub Total Semester I", "Sub Total Semester II", "Jumlah"]
    assert result.rows == 6 and result.subtotals == 3
    detail = services.datasets.get(result.dataset_id)
    assert detail.rows[0] == ("1", "Padang Hulu", 3, 12, 15)
    assert [(t.label, t.first, t.end) for t in detail.subtotals] == [
        ("Sub Total Semester I", 0, 3), ("Sub Total Semester II", 3, 6), ("Jumlah", 0, 6)]
    report = services.datasets.check(result.dataset_id)
    assert report.findings == () and report.passed


def test_a_wrong_subtotal_is_named_in_the_preview_and_is_an_error_of_step_2(office, tmp_path):
    services = staff(office)
    preview, result = imported(services, recap(tmp_path / "rekap.xlsx", first_subtotal=(8, 25, 33)))
    mismatches = [(n.row, n.column, n.value["stated"], n.value["expected"]) for n in preview.notes
                  if n.code == "subtotal_mismatch"]
    assert mismatches == [(7, "PMDN", 25, 23), (7, "Jumlah", 33, 31)]
    report = services.datasets.check(result.dataset_id)
    assert not report.passed
    found = [(f.code, f.row, f.column, f.value["stated"], f.value["expected"], f.value["source_row"])
             for f in report.findings]
    assert found == [("subtotal_mismatch", 2, "PMDN", 25, 23, 7), ("subtotal_mismatch", 2, "Jumlah", 33, 31, 7)]
    # The check result is stored and read back the same.
    assert services.datasets.get(result.dataset_id).last_check.findings == report.findings


def test_rows_left_out_at_import_move_the_subtotal_ranges(office, tmp_path):
    services = staff(office)
    _, result = imported(services, recap(tmp_path / "rekap.xlsx"), skip=[1])
    detail = services.datasets.get(result.dataset_id)
    assert [(t.first, t.end) for t in detail.subtotals] == [(0, 2), (2, 5), (0, 5)]
    report = services.datasets.check(result.dataset_id)
    # The source counted Rambutan's row; without it the data no longer add up to what the file said.
    assert {(f.code, f.column) for f in report.findings} >= {("subtotal_mismatch", "PMA")}


def test_appending_to_a_draft_puts_the_subtotals_after_its_rows(office, tmp_path):
    services = staff(office)
    columns = (ColumnSpec("No", ColumnType.IDENTIFIER), ColumnSpec("Kecamatan"), ColumnSpec("PMA", ColumnType.INTEGER),
               ColumnSpec("PMDN", ColumnType.INTEGER), ColumnSpec("Jumlah", ColumnType.INTEGER))
    target = services.datasets.create(DatasetMeta("Rekap Izin"), columns, [(1, "Lama", 1, 1, 2)])
    assert services.datasets.get(target).rows == (("1", "Lama", 1, 1, 2),)  # an identifier is text
    preview = services.imports.preview(recap(tmp_path / "rekap.xlsx"))
    result = services.imports.commit(preview, target_id=target)
    assert result.subtotals == 3
    detail = services.datasets.get(target)
    assert [(t.first, t.end) for t in detail.subtotals] == [(1, 4), (4, 7), (1, 7)]
    assert services.datasets.check(target).passed


def test_database_at_0003_gains_the_subtotals_of_datasets(tmp_path):
    path = tmp_path / "v3.db"
    engine = make_engine(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO users (id, username, full_name, nip, rank, role, is_admin, active, "
                             "password_hash, failed_attempts, created_at) VALUES "
                             "(1, 'a', 'A', '', '', 'staf', 1, 1, 'x', 0, '2026-01-01 00:00:00')")
        conn.exec_driver_sql("INSERT INTO datasets (id, name, group_name, description, unit, frequency, period, "
                             "source, producer, keywords, state, version, author_id, is_sample, created_at, "
                             "updated_at, stage_since) VALUES (1, 'D', '', '', '', '', '', '', '', '[]', 'draft', 1, "
                             "1, 0, '2026-01-01', '2026-01-01', '2026-01-01')")
    engine.dispose()

    Database.open(path).close()

    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    assert con.execute("SELECT name, subtotals FROM datasets").fetchall() == [("D", "[]")]
    con.close()


def test_rows_edited_in_persiapan_carry_the_subtotal_ranges_along(office, tmp_path):
    services = staff(office)
    _, result = imported(services, recap(tmp_path / "rekap.xlsx"))
    detail = services.datasets.get(result.dataset_id)
    # A forgotten row typed in at the top, and a value corrected in place.
    rows = [("0", "Tebing Tinggi Kota", 0, 0, 0), *detail.rows]
    services.datasets.update(result.dataset_id, detail.meta, rows)
    moved = services.datasets.get(result.dataset_id).subtotals
    assert [(t.label, t.first, t.end) for t in moved] == [
        ("Sub Total Semester I", 1, 4), ("Sub Total Semester II", 4, 7), ("Jumlah", 1, 7)]
    assert services.datasets.check(result.dataset_id).passed


def test_rows_appended_to_an_older_draft_whose_no_column_holds_numbers(office, tmp_path):
    services = staff(office)
    columns = (ColumnSpec("No", ColumnType.INTEGER), ColumnSpec("Kecamatan"), ColumnSpec("PMA", ColumnType.INTEGER),
               ColumnSpec("PMDN", ColumnType.INTEGER), ColumnSpec("Jumlah", ColumnType.INTEGER))
    target = services.datasets.create(DatasetMeta("Rekap Lama"), columns, [(1, "Lama", 1, 1, 2)])
    result = services.imports.commit(services.imports.preview(recap(tmp_path / "rekap.xlsx")), target_id=target)
    assert result.rows == 6
    assert [r[0] for r in services.datasets.get(target).rows] == [1, 1, 2, 3, 1, 2, 3]
    assert services.datasets.check(target).passed
