"""Every corpus file imports with exactly the values it was built from (or is refused as it must be)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop_app.domain.errors import BadInput
from desktop_app.services.datasets.importing import read_preview
from tests.services.importing.corpus.builder import Case, Expected, convert, soffice
from tests.services.importing.corpus.cases import CASES, DERIVED

BY_NAME = {case.name: case for case in CASES}


def check(path: Path, expected: Expected) -> None:
    """Import ``path`` and compare with the truth: types, every value, the problems, the notes asked for."""
    if expected.refused:
        with pytest.raises(BadInput) as refusal:
            read_preview(path, **expected.options)
        assert refusal.value.code == expected.refused
        return
    preview = read_preview(path, **expected.options)
    assert preview.types == expected.columns
    assert [tuple(row) for row in preview.rows] == expected.rows
    assert [type(v) for row in preview.rows for v in row] == [type(v) for row in expected.rows for v in row]
    assert [(p.row, p.column, p.code) for p in preview.problems] == expected.problems
    codes = {note.code for note in preview.notes}
    assert set(expected.notes) <= codes, codes


@pytest.mark.parametrize("case", CASES, ids=str)
def test_corpus_file_imports_exactly(case: Case, tmp_path):
    check(case.build(tmp_path), case.expected)


def test_the_corpus_is_large_enough():
    assert len({case.name.split(" ")[0] for case in CASES}) + len(DERIVED) >= 30


@pytest.fixture(scope="module")
def libreoffice_copies(tmp_path_factory) -> dict[tuple[str, str], Path]:
    """Every derived file, made by LibreOffice in one run per format."""
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("corpus")
    copies = {}
    for fmt in sorted({fmt for _, fmt in DERIVED}):
        names = [name for name, target in DERIVED if target == fmt]
        sources = [BY_NAME[name].build(folder / f"{fmt}-source") for name in names
                   if (folder / f"{fmt}-source").mkdir(exist_ok=True) or True]
        for name, copy in zip(names, convert(sources, fmt, folder / f"{fmt}-copies"), strict=True):
            copies[(name, fmt)] = copy
    return copies


@pytest.mark.parametrize(("name", "fmt"), DERIVED, ids=[f"{name} -> {fmt}" for name, fmt in DERIVED])
def test_libreoffice_copy_imports_as_its_source(libreoffice_copies, name, fmt):
    expected = BY_NAME[name].expected
    # LibreOffice computes formulas and stores their values: nothing is left to compute.
    check(libreoffice_copies[(name, fmt)], dataclasses.replace(
        expected, notes=[n for n in expected.notes if n != "formula_computed"]))
