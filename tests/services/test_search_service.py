"""The main window's global search over the demo office: titles, sources, accents, order, limit."""

from __future__ import annotations

import pytest

from desktop_app.domain.steps import Step
from desktop_app.services.datasets.search import fold
from desktop_app.services.office.bundle import Services

pytestmark = pytest.mark.engines  # on SQLite and on PostgreSQL (tests/engines.py)


@pytest.fixture
def services(demo_db):
    services = Services.open(demo_db, create=False)
    yield services
    services.close()


def titles(results) -> list[str]:
    return [r.title for r in results]


def test_title_words_case_insensitive_with_kind_and_step(services):
    results = services.search.find("realisasi INVESTASI")
    assert [(r.kind, r.title, r.step) for r in results] == [
        ("dataset", "Realisasi Investasi PMA dan PMDN per Sektor per Triwulan Tahun 2025", Step.PRESENT),
        ("publication", "Buklet Realisasi Investasi 2025", Step.REVIEW),
    ]


def test_word_prefixes_in_any_order(services):
    assert titles(services.search.find("triw nib")) == [
        "Jumlah NIB Terbit per Kecamatan dan Skala Usaha per Triwulan Tahun 2025"]


def test_accents_do_not_matter(services):
    assert titles(services.search.find("brósur")) == ["Brosur Perizinan Tahun 2025"]
    assert fold("Pémbangunan Ñ") == "pembangunan n"


def test_dataset_source_and_group_are_searched_but_title_matches_come_first(services):
    results = services.search.find("perizinan")
    # the publication's title has the word; the permits dataset only its group "Perizinan"
    assert titles(results) == ["Brosur Perizinan Tahun 2025", "Jumlah Izin Terbit per Jenis Izin per Bulan Tahun 2025"]
    assert "OSS" in services.search.find("OSS-RBA")[0].detail


def test_nothing_found_empty_query_and_limit(services):
    assert services.search.find("tidak ada yang seperti ini") == []
    assert services.search.find("   ") == []
    assert len(services.search.find("2025")) == 6  # all four datasets and both publications
    assert len(services.search.find("2025", limit=2)) == 2
