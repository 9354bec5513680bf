"""Domain: which revision serves, which may be revised, what is outdated, and the diff between two revisions."""

import pytest

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import NotAllowed
from desktop_app.domain.revisions import (
    check_revisable,
    diff_revisions,
    is_outdated,
    key_columns_for,
    served_revision,
)
from desktop_app.domain.workflow import DatasetState as D

COLUMNS = (ColumnSpec("Bulan", ColumnType.PERIOD), ColumnSpec("Jenis", ColumnType.CATEGORY),
           ColumnSpec("Jumlah", ColumnType.INTEGER))


def test_the_newest_revision_past_step_2_serves():
    assert served_revision([]) is None
    assert served_revision([(1, D.DRAFT)]) is None
    assert served_revision([(1, D.PRESENTED), (2, D.DRAFT)]) == 1
    assert served_revision([(1, D.PRESENTED), (2, D.CHECKING)]) == 1
    assert served_revision([(1, D.PRESENTED), (2, "validated")]) == 2
    assert served_revision([(2, D.PROCESSED), (1, D.PRESENTED)]) == 2


@pytest.mark.parametrize("state", [D.VALIDATED, D.PROCESSED, D.PRESENTED])
def test_a_revision_is_made_of_what_passed_step_2(state):
    check_revisable(state)


@pytest.mark.parametrize("state", [D.DRAFT, D.CHECKING])
def test_a_draft_is_corrected_in_place_not_revised(state):
    with pytest.raises(NotAllowed, match="state"):
        check_revisable(state)


def test_outdated_when_a_newer_revision_serves():
    assert not is_outdated(1, None)
    assert not is_outdated(1, 1)
    assert is_outdated(1, 2)
    assert not is_outdated(2, 1)


def test_diff_finds_changed_cells_added_and_removed_rows_by_key():
    old = [("2024-01", "NIB", 10), ("2024-02", "NIB", 12), ("2024-02", "PBG", 3)]
    new = [("2024-01", "NIB", 10), ("2024-02", "NIB", 21), ("2024-03", "NIB", 9)]
    diff = diff_revisions(1, 2, {"name": "Izin", "source": "OSS"}, COLUMNS, old,
                          {"name": "Izin", "source": "OSS-RBA"}, COLUMNS, new)
    assert diff.key_columns == ("Bulan", "Jenis")
    assert [(c.key, c.column, c.old, c.new, c.old_row, c.new_row) for c in diff.cells] == [
        (("2024-02", "NIB"), "Jumlah", 12, 21, 1, 1)]
    assert [r.key for r in diff.removed] == [("2024-02", "PBG")]
    assert [r.key for r in diff.added] == [("2024-03", "NIB")]
    assert [(m.field, m.old, m.new) for m in diff.meta] == [("source", "OSS", "OSS-RBA")]
    assert not diff.empty


def test_diff_of_equal_revisions_is_empty_and_numbers_compare_as_numbers():
    rows = [("2024-01", "NIB", 10)]
    diff = diff_revisions(1, 2, {}, COLUMNS, rows, {}, COLUMNS, [("2024-01", "NIB", 10.0)])
    assert diff.empty


def test_diff_reports_columns_and_uses_the_dataset_key_columns():
    new_columns = (ColumnSpec("bulan", ColumnType.PERIOD), ColumnSpec("Jenis", ColumnType.TEXT),
                   ColumnSpec("Nilai", ColumnType.DECIMAL))
    diff = diff_revisions(1, 2, {}, COLUMNS, [("2024-01", "NIB", 1)], {}, new_columns, [("2024-01", "NIB", 2.5)],
                          key_columns=("Bulan",))
    assert {(c.kind, c.name) for c in diff.columns} == {("retyped", "Jenis"), ("removed", "Jumlah"),
                                                        ("added", "Nilai")}
    assert diff.key_columns == ("Bulan",)
    assert diff.cells == ()  # Jenis is the same text; Jumlah and Nilai are different columns


def test_repeated_keys_match_in_order_and_rows_without_keys_by_position():
    old = [("2024-01", "NIB", 1), ("2024-01", "NIB", 2)]
    new = [("2024-01", "NIB", 1), ("2024-01", "NIB", 3)]
    diff = diff_revisions(1, 2, {}, COLUMNS, old, {}, COLUMNS, new)
    assert [(c.old, c.new) for c in diff.cells] == [(2, 3)]
    numbers = (ColumnSpec("A", ColumnType.INTEGER),)
    assert key_columns_for(numbers, numbers) == []
    diff = diff_revisions(1, 2, {}, numbers, [(1,), (2,)], {}, numbers, [(1,), (5,), (6,)])
    assert [(c.key, c.old, c.new) for c in diff.cells] == [(("2",), 2, 5)]
    assert [r.key for r in diff.added] == [("3",)]
