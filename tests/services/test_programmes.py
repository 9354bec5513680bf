"""Services: programmes and activities — the editor, the import from a spreadsheet, datasets linked to them."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from desktop_app.domain.columns import ColumnSpec
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.services.datasets.dataset_service import DatasetMeta
from tests.conftest import PASSWORD


def as_user(services, username):
    services.accounts.logout()
    return services.accounts.login(username, PASSWORD)


def user_id(services, username):
    return next(u.id for u in services.accounts.users() if u.username == username)


def test_the_kasubag_edits_programmes_and_activities_with_year_and_responsible(office):
    as_user(office, "kasubag")
    kasubag = user_id(office, "kasubag")
    p = office.programmes.add_programme("2.18.06", "Program Pengelolaan Data", 2025, kasubag)
    a = office.programmes.add_activity(p, "2.18.06.2.01", "Pengelolaan Data Perizinan", 2025, user_id(office, "staf"))
    [programme] = office.programmes.list()
    assert (programme.code, programme.year, programme.responsible) == ("2.18.06", 2025, "Budi Santoso (Kasubag Program)")
    assert programme.activities[0].responsible == "Siti Rahma (Staf)"
    office.programmes.update_activity(a, "2.18.06.2.01", "Pengelolaan Data dan Informasi", 2026, None)
    assert office.programmes.list()[0].activities[0].name == "Pengelolaan Data dan Informasi"
    with pytest.raises(BadInput, match="programme_code_taken"):
        office.programmes.add_programme("2.18.06", "Lain")
    with pytest.raises(BadInput, match="bad_year"):
        office.programmes.update_programme(p, "2.18.06", "Program", 1850)
    with pytest.raises(NotAllowed, match="programme_in_use"):
        office.programmes.remove_programme(p)
    as_user(office, "staf")
    with pytest.raises(NotAllowed, match="permission"):
        office.programmes.add_programme("2.18.07", "Program Lain")
    ds = office.datasets.create(DatasetMeta("Izin"), (ColumnSpec("Jenis"),), [("NIB",)])
    office.programmes.link_dataset(ds, a)
    assert office.programmes.list()[0].activities[0].datasets == ("Izin",)
    as_user(office, "kasubag")
    with pytest.raises(NotAllowed, match="activity_in_use"):
        office.programmes.remove_activity(a)
    actions = [e.action for e in office.activity.entries()]
    for action in ("programme_added", "activity_added", "activity_updated", "dataset_activity_linked"):
        assert action in actions


def test_programmes_and_activities_import_from_a_spreadsheet(office, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Kode", "Program/Kegiatan", "Tahun", "Penanggung Jawab"])
    sheet.append(["2.18.04", "Program Pelayanan Penanaman Modal", 2025, "kasubag"])
    sheet.append(["2.18.04.2.01", "Pelayanan Perizinan Berbasis Elektronik", 2025, "Siti Rahma"])
    sheet.append(["2.18.06", "Program Pengelolaan Data", 2025, ""])
    sheet.append(["2.18.06.2.01", "Pengelolaan Data dan Informasi", 2025, "staf"])
    path = tmp_path / "program.xlsx"
    book.save(path)
    as_user(office, "kasubag")
    summary = office.programmes.import_file(path)
    assert (summary.programmes_added, summary.activities_added, summary.updated) == (2, 2, 0)
    listed = office.programmes.list()
    assert [(p.code, [a.code for a in p.activities]) for p in listed] == [
        ("2.18.04", ["2.18.04.2.01"]), ("2.18.06", ["2.18.06.2.01"])]
    assert listed[0].activities[0].responsible == "Siti Rahma (Staf)"
    assert office.programmes.import_file(path).updated == 4  # again: updated, nothing doubled
    sheet.append(["2.18.07", "Program Baru", 2025, "tidak-ada"])
    book.save(path)
    with pytest.raises(BadInput, match="unknown_user"):
        office.programmes.import_file(path)
    assert len(office.programmes.list()) == 2  # all or nothing
