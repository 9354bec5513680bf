"""Where imported rows go is checked before anything is written, with the codes the import itself uses,
so the preview can say it and stay open (a taken name used to close it and lose every choice)."""

from __future__ import annotations

import pytest

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.metadata import DatasetMeta
from tests.conftest import PASSWORD

COLUMNS = [ColumnSpec("Jenis"), ColumnSpec("Jumlah", ColumnType.INTEGER)]


@pytest.fixture
def staff(office):
    office.accounts.login("staf", PASSWORD)
    return office


def test_a_new_dataset_needs_a_free_name(staff):
    staff.datasets.create(DatasetMeta("Izin Terbit"), COLUMNS, [("NIB", 3)])
    before = len(staff.activity.entries())
    with pytest.raises(BadInput, match="dataset_name_taken"):
        staff.imports.check_target(COLUMNS, " izin terbit ", None)
    with pytest.raises(BadInput, match="dataset_name_required"):
        staff.imports.check_target(COLUMNS, "  ", None)
    staff.imports.check_target(COLUMNS, "Izin Terbit 2025", None)
    assert len(staff.activity.entries()) == before  # nothing written, nothing logged


def test_a_draft_takes_rows_only_with_matching_columns(staff):
    draft = staff.datasets.create(DatasetMeta("Izin Terbit"), COLUMNS, [("NIB", 3)])
    staff.imports.check_target(COLUMNS, None, draft)
    with pytest.raises(BadInput, match="no_matching_columns"):
        staff.imports.check_target([ColumnSpec("Kecamatan")], None, draft)
    with pytest.raises(BadInput, match="column_type_mismatch"):
        staff.imports.check_target([ColumnSpec("Jenis"), ColumnSpec("Jumlah")], None, draft)
    with pytest.raises(BadInput, match="unknown_dataset"):
        staff.imports.check_target(COLUMNS, None, draft + 99)
    staff.datasets.check(draft)  # now in step 2: no more rows from an import
    with pytest.raises(NotAllowed, match="state"):
        staff.imports.check_target(COLUMNS, None, draft)
