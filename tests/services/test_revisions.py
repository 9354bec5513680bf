"""Services: revisions — made of what passed step 2, the earlier one serving until the new one is validated,
the diff, outputs and publications flagged and updated, metadata revised in any state."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.tabulation import GroupTotalSpec
from desktop_app.domain.workflow import DatasetState, PublicationState
from desktop_app.services.datasets.dataset_service import DatasetMeta, NewConfirmation
from desktop_app.services.publications.publication_service import SectionDraft
from tests.conftest import PASSWORD

COLUMNS = (ColumnSpec("Jenis", ColumnType.CATEGORY), ColumnSpec("Jumlah", ColumnType.INTEGER, unit="izin"))
ROWS = [("NIB", 30), ("PBG", 12), ("SIP", 5)]


def as_user(services, username):
    services.accounts.logout()
    return services.accounts.login(username, PASSWORD)


def validated(services, ds, clock=None):
    services.datasets.check(ds)
    services.datasets.confirm(ds, NewConfirmation("Bidang Perizinan", "telepon", dt.date(2026, 11, 24)))
    services.datasets.validate(ds)


def presented(services, rows=ROWS) -> tuple[int, int]:
    """A presented dataset with one output: (dataset id, output id), as the staf."""
    as_user(services, "staf")
    ds = services.datasets.create(DatasetMeta("Izin Terbit", source="OSS", unit="izin"), COLUMNS, rows)
    services.datasets.set_check_settings(ds, ["Jenis"], None)
    validated(services, ds)
    output = services.datasets.save_output(ds, "Izin per jenis", GroupTotalSpec("Jenis", "Jumlah"))
    services.datasets.present(ds)
    return ds, output


def entries(services, action):
    """The log entries of an action, oldest first."""
    return [e for e in reversed(services.activity.entries()) if e.action == action]


def test_a_revision_is_made_of_what_passed_step_2_with_a_reason(office, clock):
    as_user(office, "staf")
    draft = office.datasets.create(DatasetMeta("Draf"), COLUMNS, ROWS)
    with pytest.raises(NotAllowed, match="state"):
        office.revisions.revise(draft, "Salah")
    office.datasets.check(draft)
    with pytest.raises(NotAllowed, match="state"):
        office.revisions.revise(draft, "Salah")
    ds, _ = presented(office)
    with pytest.raises(BadInput, match="reason_required"):
        office.revisions.revise(ds, "  ")
    as_user(office, "kepala")
    with pytest.raises(NotAllowed, match="permission"):
        office.revisions.revise(ds, "Angka NIB salah")
    as_user(office, "staf")
    clock.advance(minutes=5)
    assert office.revisions.revise(ds, "Angka NIB salah") == 2
    detail = office.datasets.get(ds)
    assert detail.summary.state == DatasetState.DRAFT and detail.summary.revision == 2
    assert detail.served_revision == 1 and detail.rows == tuple(ROWS)
    assert [(r.number, r.state, r.reason, r.serving, r.current) for r in office.revisions.list(ds)] == [
        (1, DatasetState.PRESENTED, "", True, False), (2, DatasetState.DRAFT, "Angka NIB salah", False, True)]
    entry = entries(office, "dataset_revised")[-1]
    assert entry.step == 1 and entry.detail["revision"] == 2 and entry.detail["state"] == "draft"
    assert entry.detail["from_revision"] == 1 and entry.detail["reason"] == "Angka NIB salah"


def test_the_earlier_revision_serves_until_the_new_one_is_validated(office, clock):
    ds, output = presented(office)
    office.revisions.revise(ds, "NIB dihitung ulang")
    detail = office.datasets.get(ds)
    office.datasets.update(ds, detail.meta, [("NIB", 33), ("PBG", 12), ("SIP", 5), ("SIUP", 1)])
    # Revision 1 still serves: the catalogue, the output and the served detail show it.
    entry = next(e for e in office.catalog.entries() if e.id == ds)
    assert entry.revision == 1 and entry.rows == 3 and entry.presented
    assert office.datasets.output_table(output).total[-1] == 47
    assert office.datasets.served(ds).rows == tuple(ROWS)
    assert not office.datasets.get(ds).outputs[0].outdated
    clock.advance(minutes=5)
    validated(office, ds)
    # Now revision 2 serves; the output built on revision 1 is flagged and still shows revision 1.
    entry = next(e for e in office.catalog.entries() if e.id == ds)
    assert entry.revision == 2 and entry.rows == 4 and entry.presented and entry.state == DatasetState.VALIDATED
    info = office.datasets.get(ds).outputs[0]
    assert info.revision == 1 and info.outdated
    assert office.datasets.output_table(output).total[-1] == 47
    assert office.datasets.update_output(output) == 2
    assert office.datasets.output_table(output).total[-1] == 51
    assert not office.datasets.get(ds).outputs[0].outdated
    assert office.datasets.get(ds).summary.state == DatasetState.PROCESSED  # step 3 of revision 2 done
    updated = entries(office, "output_updated")[-1]
    assert updated.detail["from_revision"] == 1 and updated.detail["revision"] == 2
    assert updated.detail["state"] == "processed"
    with pytest.raises(NotAllowed, match="state"):
        office.datasets.update_output(output)  # up to date


def test_every_transition_of_a_revision_names_its_state_and_revision(office, clock):
    ds, _ = presented(office)
    office.revisions.revise(ds, "Koreksi")
    validated(office, ds)
    moves = [e for e in reversed(office.activity.entries()) if e.action.startswith("dataset_")
             and e.action not in ("dataset_created", "dataset_saved")]
    assert moves and all("state" in e.detail and "revision" in e.detail for e in moves)
    assert [(e.action, e.detail["revision"]) for e in moves][-2:] == [("dataset_revised", 2),
                                                                       ("dataset_validate", 2)]
    checks = entries(office, "checks_run")
    assert checks[-1].detail == {**checks[-1].detail, "state": "checking", "revision": 2}


def test_diff_between_revisions_shows_cells_rows_and_metadata(office, clock):
    ds, _ = presented(office)
    office.revisions.revise(ds, "Koreksi")
    detail = office.datasets.get(ds)
    meta = DatasetMeta(**{**detail.meta.__dict__, "source": "Sistem OSS-RBA"})
    office.datasets.update(ds, meta, [("NIB", 33), ("PBG", 12), ("SIUP", 1)])
    diff = office.revisions.diff(ds, 1, 2)
    assert [(c.key, c.column, c.old, c.new) for c in diff.cells] == [(("NIB",), "Jumlah", 30, 33)]
    assert [r.key for r in diff.removed] == [("SIP",)] and [r.key for r in diff.added] == [("SIUP",)]
    assert [(m.field, m.old, m.new) for m in diff.meta] == [("source", "OSS", "Sistem OSS-RBA")]
    assert office.revisions.diff(ds, 2, 2).empty
    with pytest.raises(BadInput, match="unknown_revision"):
        office.revisions.diff(ds, 1, 7)


def test_a_publication_built_on_an_older_revision_is_flagged_and_updated_to_a_new_version(office, clock):
    ds, output = presented(office)
    as_user(office, "kasubag")
    pub = office.publications.create("Brosur Izin", "brosur", [SectionDraft("Izin", "Teks", output)])
    office.publications.submit(pub, "Mohon persetujuan")
    as_user(office, "kepala")
    office.publications.approve(pub, office.publications.get(pub).content_hash)
    assert office.publications.revised_data(pub) == []
    as_user(office, "staf")
    office.revisions.revise(ds, "NIB dihitung ulang")
    office.datasets.update(ds, office.datasets.get(ds).meta, [("NIB", 33), ("PBG", 12), ("SIP", 5)])
    assert office.publications.revised_data(pub) == []  # revision 2 is not validated yet
    clock.advance(minutes=5)
    validated(office, ds)
    flagged = office.publications.revised_data(pub)
    assert [(f.index, f.dataset, f.built_on, f.serving) for f in flagged] == [(0, "Izin Terbit", 1, 2)]
    as_user(office, "kepala")
    with pytest.raises(NotAllowed, match="permission"):
        office.publications.update_data(pub)
    as_user(office, "kasubag")
    assert office.publications.update_data(pub) == 2
    detail = office.publications.get(pub)
    assert detail.summary.state == PublicationState.DRAFT and detail.summary.version == 2
    assert office.publications.revised_data(pub) == []
    table = office.publications.document(pub).sections[0].table
    assert table.total[-1] == 50
    revised = entries(office, "publication_revised")[-1]
    assert revised.detail["from"] == "approved" and revised.detail["state"] == "draft"
    assert revised.detail["data_revisions"] == [[ds, 2]]
    # Approved again, by the head, as any new version.
    office.publications.submit(pub, "Data direvisi")
    as_user(office, "kepala")
    office.publications.approve(pub, office.publications.get(pub).content_hash)
    assert office.publications.get(pub).summary.state == PublicationState.APPROVED


def test_metadata_is_editable_in_any_state_and_logged_as_a_metadata_revision(office, clock):
    ds, _ = presented(office)
    detail = office.datasets.get(ds)
    meta = DatasetMeta(**{**detail.meta.__dict__, "source": "Sistem OSS-RBA, diolah DPMPTSP"})
    office.datasets.update(ds, meta, None)
    assert office.datasets.get(ds).meta.source == "Sistem OSS-RBA, diolah DPMPTSP"
    assert office.datasets.get(ds).summary.state == DatasetState.PRESENTED
    entry = entries(office, "metadata_revised")[-1]
    assert entry.detail["changes"] == {"source": ["OSS", "Sistem OSS-RBA, diolah DPMPTSP"]}
    assert entry.detail["revision"] == 1 and entry.detail["state"] == "presented" and entry.step == 4
    with pytest.raises(NotAllowed, match="state"):  # rows still change only through a revision
        office.datasets.update(ds, meta, [("NIB", 1)])
    other = office.datasets.create(DatasetMeta("Lain"), COLUMNS, ROWS)
    with pytest.raises(BadInput, match="dataset_name_taken"):
        office.datasets.update(other, DatasetMeta("izin terbit"), None)


def test_nobody_accepts_the_check_errors_of_data_they_prepared(office, clock):
    as_user(office, "kasubag")
    ds = office.datasets.create(DatasetMeta("Dobel"), COLUMNS, [("NIB", 1), ("NIB", 1)])
    office.datasets.set_check_settings(ds, ["Jenis"], None)
    office.datasets.check(ds)
    with pytest.raises(NotAllowed, match="maker_checker_data"):
        office.datasets.accept_failures(ds, "Memang dobel")
    as_user(office, "sekretaris")
    office.datasets.accept_failures(ds, "Memang dobel")
    assert office.datasets.check_settings(ds).accepted


def test_withdraw_and_put_back_from_the_catalogue(office, clock):
    ds, _ = presented(office)
    with pytest.raises(BadInput, match="reason_required"):
        office.datasets.withdraw(ds, "")
    as_user(office, "kepala")
    with pytest.raises(NotAllowed, match="permission"):
        office.datasets.withdraw(ds, "Data keliru")
    as_user(office, "staf")
    office.datasets.withdraw(ds, "Sumber meminta ditarik sementara")
    assert ds not in {e.id for e in office.catalog.entries()}
    assert office.datasets.get(ds).summary.withdrawn
    with pytest.raises(NotAllowed, match="state"):
        office.datasets.withdraw(ds, "Lagi")
    entry = entries(office, "dataset_withdrawn")[-1]
    assert entry.detail["state"] == "withdrawn" and entry.detail["revision"] == 1 and entry.step == 4
    office.datasets.reinstate(ds)
    assert ds in {e.id for e in office.catalog.entries(presented_only=True)}
    assert entries(office, "dataset_reinstated")[-1].detail["state"] == "presented"
    with pytest.raises(NotAllowed, match="state"):
        office.datasets.reinstate(ds)
    draft = office.datasets.create(DatasetMeta("Draf"), COLUMNS, ROWS)
    with pytest.raises(NotAllowed, match="state"):
        office.datasets.withdraw(draft, "Belum disajikan")


def test_a_draft_goes_to_the_sampah_and_back_by_its_author_or_the_kasubag(office, clock):
    as_user(office, "staf")
    ds = office.datasets.create(DatasetMeta("Coba-coba"), COLUMNS, ROWS)
    as_user(office, "admin")  # another staf
    with pytest.raises(NotAllowed, match="permission"):
        office.datasets.delete(ds, "Tidak perlu")
    as_user(office, "staf")
    with pytest.raises(BadInput, match="reason_required"):
        office.datasets.delete(ds, "")
    office.datasets.delete(ds, "Salah buat")
    assert ds not in {d.id for d in office.datasets.list()}
    with pytest.raises(BadInput, match="unknown_dataset"):
        office.datasets.get(ds)
    with pytest.raises(BadInput, match="dataset_in_trash"):
        office.datasets.create(DatasetMeta("coba-coba"), COLUMNS, ROWS)
    [item] = office.datasets.trash()
    assert (item.dataset_id, item.whole, item.reason, item.deleted_by) == (ds, True, "Salah buat", "Siti Rahma")
    assert item.expires_on == (clock.now + dt.timedelta(days=30)).date()
    entry = entries(office, "dataset_deleted")[-1]
    assert entry.detail["state"] == "deleted" and entry.detail["revision"] == 1
    as_user(office, "kasubag")
    office.datasets.restore(ds)
    assert office.datasets.get(ds).summary.state == DatasetState.DRAFT
    assert entries(office, "dataset_restored")[-1].detail == {"state": "draft", "revision": 1}
    office.datasets.delete(ds, "Dihapus Kasubag")
    clock.advance(days=31)
    assert office.datasets.trash() == []
    assert office.datasets.purge_trash() == 1
    with pytest.raises(BadInput, match="unknown_dataset"):
        office.datasets.restore(ds)


def test_only_drafts_are_deleted_and_a_draft_revision_returns_to_the_one_before(office, clock):
    ds, output = presented(office)
    with pytest.raises(NotAllowed, match="state"):
        office.datasets.delete(ds, "Tidak boleh")
    office.revisions.revise(ds, "Koreksi")
    office.datasets.update(ds, office.datasets.get(ds).meta, [("NIB", 99)])
    office.datasets.delete(ds, "Revisi tidak jadi")
    detail = office.datasets.get(ds)
    assert detail.summary.state == DatasetState.PRESENTED and detail.summary.revision == 1
    assert detail.rows == tuple(ROWS) and [r.number for r in office.revisions.list(ds)] == [1]
    [item] = office.datasets.trash()
    assert (item.whole, item.revision) == (False, 2)
    office.datasets.restore(ds, 2)
    detail = office.datasets.get(ds)
    assert detail.summary.state == DatasetState.DRAFT and detail.summary.revision == 2
    assert detail.rows == (("NIB", 99),)
    assert office.datasets.served(ds).rows == tuple(ROWS)
    office.datasets.delete(ds, "Tetap tidak jadi")
    assert office.revisions.revise(ds, "Koreksi lain") == 3  # the number in the Sampah is not reused
