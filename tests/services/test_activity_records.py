"""The activity log filtered by user, step, object, period and text, and exported as XLSX and PDF."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.services.datasets.dataset_service import DatasetMeta
from desktop_app.services.publications.publication_service import SectionDraft
from desktop_app.services.timing.activity_records import LogFilter
from tests.services.test_workflow_services import COLUMNS, as_user, processed_output

pytestmark = pytest.mark.engines  # on SQLite and on PostgreSQL (tests/engines.py)


@pytest.fixture
def logged(office, clock):
    staf = as_user(office, "staf")
    first = office.datasets.create(DatasetMeta("Izin", source="OSS"), COLUMNS, [("NIB", 3)])
    clock.advance(days=1)
    office.datasets.check(first)
    as_user(office, "kasubag")
    office.datasets.create(DatasetMeta("Investasi", source="DPMPTSP"), COLUMNS, [("PMA", 1)])
    return office, staf


def test_filters(logged, clock):
    office, staf = logged
    records = office.records
    everything = records.entries()
    assert everything[0].id > everything[-1].id  # newest first
    mine = records.entries(LogFilter(actor_id=staf.user_id))
    assert mine and {r.actor for r in mine} == {"Siti Rahma"}
    step2 = records.entries(LogFilter(step=2))
    assert [r.action for r in step2] == ["checks_run"] and step2[0].object_label == "Izin"
    assert step2[0].object_type == "dataset" and step2[0].object_id is not None
    today = records.entries(LogFilter(start=clock.now.date(), end=clock.now.date(), object_type="dataset"))
    assert {r.object_label for r in today} == {"Izin", "Investasi"}
    assert {r.action for r in today} == {"checks_run", "dataset_created"}
    assert [r.object_label for r in records.entries(LogFilter(text="invest"))] == ["Investasi"]
    assert (staf.user_id, "Siti Rahma") in records.actors()
    with pytest.raises(BadInput, match="bad_period"):
        records.entries(LogFilter(start=dt.date(2026, 12, 2), end=dt.date(2026, 12, 1)))


def test_export_xlsx_and_pdf_with_the_chain_state(logged, tmp_path):
    office, _ = logged
    path = office.records.export(LogFilter(step=2), tmp_path / "log.xlsx", lambda r: r.action.upper(), "Langkah 2")
    ws = load_workbook(path).active
    assert ws["A1"].value == "Catatan Aktivitas" and ws["A2"].value == "Langkah 2"
    assert ws["A3"].value.startswith("Rantai catatan utuh")
    assert ws["G5"].value == "Tindakan" and ws["G6"].value == "CHECKS_RUN" and ws["F6"].value == "Izin"
    assert ws.max_row == 6
    assert office.activity.entries(limit=1)[0].action == "activity_exported"
    pdf = office.records.export(LogFilter(), tmp_path / "log.pdf")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "CATATAN AKTIVITAS" in text and "Rantai catatan utuh" in text and "dataset_created" in text
    with pytest.raises(BadInput, match="bad_format"):
        office.records.export(LogFilter(), tmp_path / "log.txt")


def test_step_3_shows_its_standard_as_ten_working_days(office, clock):
    """Issue 17 item 7: the log showed step 3 as '1 mnt / 32 hari kerja' (ten 24-hour days read as office time)."""
    from desktop_app.domain.tabulation import GroupTotalSpec
    from desktop_app.services.datasets.dataset_service import NewConfirmation

    as_user(office, "staf")
    ds = office.datasets.create(DatasetMeta("Izin", source="OSS"), COLUMNS, [("NIB", 3)])
    office.work.start("dataset", ds)
    clock.advance(minutes=6)
    office.datasets.check(ds)
    office.datasets.confirm(ds, NewConfirmation("OSS", "telepon", clock.now.date()))
    office.datasets.validate(ds)
    clock.advance(days=1)
    office.datasets.save_output(ds, "Izin per jenis", GroupTotalSpec("Jenis", "Jumlah"))  # ends step 3
    records = office.records.entries()
    table = office.records.table(records, lambda r: r.action)
    shown = {row[6]: row[7] for row in table.rows}
    assert shown["output_saved"] == "1 hari kerja / 10 hari kerja (waktu tempuh)"
    assert shown["checks_run"] == "6 mnt / 10 mnt"  # step 1: work time against its standard
    assert shown["dataset_validate"] == "– / 10 mnt (tanpa catatan mulai)"  # step 2 was never opened for work
    assert not any("32 hari" in text for text in shown.values())
    assert table.headers[7] == "Waktu Kerja / Waktu Baku"
def test_a_refusal_is_logged_with_what_was_attempted_and_on_which_object(office):
    output = processed_output(office)
    as_user(office, "kasubag")
    pub = office.publications.create("Brosur Investasi 2024", "brosur", [SectionDraft("Izin", "Teks", output)])
    office.publications.submit(pub, "Mohon persetujuan")
    content_hash = office.publications.get(pub).content_hash
    as_user(office, "staf")  # not allowed to approve: refused before the publication is even read
    with pytest.raises(NotAllowed, match="permission"):
        office.publications.approve(pub, content_hash)
    refused = office.records.entries(LogFilter(limit=1))[0]
    assert refused.action == "refused"
    assert (refused.object_type, refused.object_id, refused.object_label) == ("publication", pub,
                                                                             "Brosur Investasi 2024")
    assert refused.detail["attempt"] == "publication_approved"
    assert refused.detail["action"] == "approve_publication" and refused.detail["code"] == "permission"

    as_user(office, "kepala")  # a state refusal after the object was read names it the same way
    office.publications.approve(pub, content_hash)
    with pytest.raises(NotAllowed, match="state"):
        office.publications.return_for_revision(pub, [_note()])
    refused = office.records.entries(LogFilter(limit=1))[0]
    assert (refused.object_label, refused.detail["attempt"]) == ("Brosur Investasi 2024", "publication_returned")

    as_user(office, "staf")
    with pytest.raises(NotAllowed, match="permission"):  # no attempt named: the permission checked says what
        office.agenda.add_programme("2.18.01", "Program Penunjang")
    refused = office.records.entries(LogFilter(limit=1))[0]
    assert "attempt" not in refused.detail and refused.detail["action"] == "plan_agenda"
    with pytest.raises(NotAllowed):
        office.publications.approve(99999999999999999999, content_hash)  # an id no database holds
    refused = office.records.entries(LogFilter(limit=1))[0]
    assert refused.action == "refused" and refused.object_id is None


def _note():
    from desktop_app.services.publications.publication_service import NoteDraft
    return NoteDraft("Perbaiki judul.", 0)
