"""Services, step 4: the data catalogue — which datasets, search by words, group and period, contacts."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.tabulation import GroupTotalSpec
from desktop_app.services.datasets.dataset_service import DatasetMeta, NewConfirmation
from tests.conftest import OFFICE, PASSWORD

pytestmark = pytest.mark.engines  # on SQLite and on PostgreSQL (tests/engines.py)

COLUMNS = (ColumnSpec("Jenis", ColumnType.TEXT), ColumnSpec("Jumlah", ColumnType.INTEGER, unit="izin"))


def validated(services, meta: DatasetMeta, rows=(("NIB", 1250), ("PBG", 85))) -> int:
    ds = services.datasets.create(meta, COLUMNS, rows)
    services.datasets.check(ds)
    services.datasets.confirm(ds, NewConfirmation(meta.source or "OSS", "telepon", dt.date(2026, 11, 20)))
    services.datasets.confirm(ds, NewConfirmation("Bidang Perizinan", "email", dt.date(2026, 11, 21)))
    services.datasets.validate(ds)
    return ds


def make_catalogue(services) -> dict[str, int]:
    """Three datasets as staf: presented (with an output), processed (with an output), validated; one draft."""
    services.accounts.logout()
    services.accounts.login("staf", PASSWORD)
    ids = {}
    ids["izin"] = validated(services, DatasetMeta(
        "Izin Terbit per Jenis 2025", group="Perizinan", period="2025", source="OSS-RBA", unit="izin",
        keywords=("NIB", "perizinan berusaha"), description="Izin yang diterbitkan <b>& dicatat</b>."))
    ids["izin_output"] = services.datasets.save_output(ids["izin"], "Izin per jenis", GroupTotalSpec("Jenis", "Jumlah"))
    services.datasets.present(ids["izin"])
    ids["investasi"] = validated(services, DatasetMeta(
        "Realisasi Investasi Triwulan III", group="Investasi", period="Triwulan III 2025", source="LKPM",
        keywords=("PMA", "PMDN")), rows=(("PMA", 12), ("PMDN", 30)))
    ids["investasi_output"] = services.datasets.save_output(ids["investasi"], "Investasi per jenis",
                                                            GroupTotalSpec("Jenis", "Jumlah"))
    ids["ikm"] = validated(services, DatasetMeta("Survei Kepuasan Masyarakat", group="Pelayanan", period="2025",
                                                 source="Survei IKM", access_level="restricted"))
    ids["draft"] = services.datasets.create(DatasetMeta("Draf Perizinan", group="Perizinan", period="2025"),
                                            COLUMNS, [("NIB", 1)])
    return ids


def test_entries_list_validated_processed_and_presented_only(office):
    ids = make_catalogue(office)
    entries = {e.id: e for e in office.catalog.entries()}
    assert set(entries) == {ids["izin"], ids["investasi"], ids["ikm"]}
    izin = entries[ids["izin"]]
    assert izin.presented and not entries[ids["investasi"]].presented and not entries[ids["ikm"]].presented
    assert izin.title == "Izin Terbit per Jenis 2025" and izin.group == "Perizinan" and izin.period == "2025"
    assert izin.keywords == ("NIB", "perizinan berusaha") and izin.unit == "izin" and izin.source == "OSS-RBA"
    assert izin.rows == 2 and izin.access_level == "public"
    assert izin.last_confirmation.confirmed_on == dt.date(2026, 11, 21)
    assert izin.last_confirmation.source == "Bidang Perizinan" and izin.last_confirmation.channel == "email"
    assert [(o.id, o.name) for o in izin.outputs] == [(ids["izin_output"], "Izin per jenis")]
    assert [e.id for e in office.catalog.entries(presented_only=True)] == [ids["izin"]]


def test_search_needs_every_word_in_title_group_period_keywords_or_description(office):
    ids = make_catalogue(office)

    def found(*args, **kwargs):
        return {e.id for e in office.catalog.entries(*args, **kwargs)}

    assert found("izin") == {ids["izin"]}
    assert found("PMDN") == {ids["investasi"]}                       # a keyword
    assert found("berusaha nib") == {ids["izin"]}                    # words in any order, any case
    assert found("dicatat") == {ids["izin"]}                         # the description
    assert found("triwulan iii") == {ids["investasi"]}               # the period
    assert found("izin PMA") == set()                                # every word must match
    assert found("", group="perizinan") == {ids["izin"]}
    assert found("", period="2025") == {ids["izin"], ids["ikm"]}
    assert found("survei", period="2025") == {ids["ikm"]}
    assert office.catalog.groups() == ["Investasi", "Pelayanan", "Perizinan"]
    assert office.catalog.periods() == ["2025", "Triwulan III 2025"]


def test_office_contacts_come_from_the_profile(office):
    profile = office.catalog.office()
    assert (profile.name, profile.address, profile.phone, profile.fax, profile.email) == (
        OFFICE.name, OFFICE.address, OFFICE.phone, OFFICE.fax, OFFICE.email)
