"""Services, step 2: check settings, accepting check errors with a reason, attachments, the request letter."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from sqlalchemy import select

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.workflow import DatasetState
from desktop_app.services.datasets.dataset_service import DatasetMeta, NewConfirmation
from desktop_app.storage.models import Dataset
from tests.conftest import PASSWORD

pytestmark = pytest.mark.engines  # on SQLite and on PostgreSQL (tests/engines.py)

COLUMNS = (
    ColumnSpec("Bulan", ColumnType.PERIOD),
    ColumnSpec("Jenis", ColumnType.CATEGORY, codes=("NIB", "PBG")),
    ColumnSpec("Laki-laki", ColumnType.INTEGER, unit="orang"),
    ColumnSpec("Perempuan", ColumnType.INTEGER, unit="orang"),
    ColumnSpec("Jumlah", ColumnType.INTEGER, unit="orang"),
)
CLEAN = [("2025-01", "NIB", 1200, 34, 1234), ("2025-01", "PBG", 40, 45, 85), ("2025-02", "NIB", 300, 10, 310)]
# Row 2 repeats the key of row 0 and its total is wrong.
FAULTY = [("2025-01", "NIB", 1200, 34, 1234), ("2025-01", "PBG", 40, 45, 85), ("2025-01", "NIB", 300, 10, 300)]


def as_user(services, username):
    services.accounts.logout()
    return services.accounts.login(username, PASSWORD)


def checking(services, rows, keys=("Bulan", "Jenis"), threshold=None) -> int:
    as_user(services, "staf")
    ds = services.datasets.create(DatasetMeta("Pemohon Izin", source="Bidang Perizinan", unit="orang"), COLUMNS, rows)
    services.datasets.set_check_settings(ds, keys, threshold)
    services.datasets.check(ds)
    return ds


def confirm(services, ds, outcome="sesuai"):
    services.datasets.confirm(ds, NewConfirmation("Bidang Perizinan", "telepon", dt.date(2026, 11, 24), outcome))


def actions(services):
    return [e.action for e in services.activity.entries()]


def test_check_uses_the_dataset_settings_and_findings_point_at_cells(office, clock):
    ds = checking(office, FAULTY)
    report = office.datasets.get(ds).last_check
    found = {(f.code, f.row, f.column) for f in report.findings}
    assert ("duplicate_key", 2, "Bulan") in found and ("total_mismatch", 2, "Jumlah") in found
    assert not report.passed
    settings = office.datasets.check_settings(ds)
    assert settings.key_columns == ("Bulan", "Jenis") and settings.change_threshold is None
    assert not settings.accepted
    assert "check_settings_saved" in actions(office)


def test_check_settings_are_validated_and_make_the_last_run_outdated(office, clock):
    ds = checking(office, CLEAN)
    with pytest.raises(BadInput, match="unknown_column"):
        office.datasets.set_check_settings(ds, ["Tidak Ada"], None)
    with pytest.raises(BadInput, match="bad_threshold"):
        office.datasets.set_check_settings(ds, [], -5)
    as_user(office, "kepala")
    with pytest.raises(NotAllowed, match="permission"):
        office.datasets.set_check_settings(ds, [], 10)
    as_user(office, "staf")
    clock.advance(minutes=1)
    office.datasets.set_check_settings(ds, ["Jenis", "Bulan", "Jenis"], 25)
    assert office.datasets.check_settings(ds).key_columns == ("Bulan", "Jenis")  # column order, no repeats
    assert office.datasets.check_settings(ds).change_threshold == 25
    confirm(office, ds)
    with pytest.raises(NotAllowed, match="checks_outdated"):
        office.datasets.validate(ds)
    clock.advance(minutes=1)
    office.datasets.check(ds)
    office.datasets.validate(ds)


def test_errors_block_validation_until_a_kasubag_accepts_them_with_a_reason(office, clock):
    ds = checking(office, FAULTY)
    confirm(office, ds)
    with pytest.raises(NotAllowed, match="checks_not_passed"):
        office.datasets.validate(ds)
    with pytest.raises(NotAllowed, match="permission"):  # staff may not accept
        office.datasets.accept_failures(ds, "Baris ganda disengaja")
    as_user(office, "kasubag")
    with pytest.raises(BadInput, match="reason_required"):
        office.datasets.accept_failures(ds, "   ")
    office.datasets.accept_failures(ds, "Data sumber memang mencatat dua kali; dikonfirmasi lewat telepon.")
    settings = office.datasets.check_settings(ds)
    assert settings.accepted and settings.accepted_by == "Budi Santoso (Kasubag Program)"
    assert settings.accepted_reason.startswith("Data sumber")
    entry = next(e for e in office.activity.entries() if e.action == "check_failures_accepted")
    assert entry.step == 2 and entry.detail["errors"] == 2 and "check_run_id" in entry.detail
    office.datasets.validate(ds)
    assert office.datasets.get(ds).summary.state == DatasetState.VALIDATED
    validated = next(e for e in office.activity.entries() if e.action == "dataset_validate")
    assert validated.detail["accepted_errors"] == 2


def test_sekretaris_may_accept_too(office):
    ds = checking(office, FAULTY)
    as_user(office, "sekretaris")
    office.datasets.accept_failures(ds, "Disetujui Sekretaris")
    assert office.datasets.check_settings(ds).accepted


def test_a_new_check_run_voids_the_acceptance(office, clock):
    ds = checking(office, FAULTY)
    confirm(office, ds)
    as_user(office, "kasubag")
    office.datasets.accept_failures(ds, "Diterima")
    clock.advance(minutes=1)
    office.datasets.check(ds)
    assert not office.datasets.check_settings(ds).accepted
    with pytest.raises(NotAllowed, match="checks_not_passed"):
        office.datasets.validate(ds)


def test_changed_rows_void_the_acceptance_even_if_the_log_names_the_run(office, clock):
    ds = checking(office, FAULTY)
    as_user(office, "kasubag")
    office.datasets.accept_failures(ds, "Diterima")
    office.datasets.return_to_draft(ds, "Perbaiki jumlah")
    as_user(office, "staf")
    detail = office.datasets.get(ds)
    clock.advance(minutes=1)
    office.datasets.update(ds, detail.meta, [*FAULTY[:2], ("2025-01", "NIB", 300, 10, 310)])
    with office.ctx.db.unit_of_work() as s:
        stored = s.scalar(select(Dataset).where(Dataset.id == ds))
        assert stored.accepted_by is None and stored.accepted_reason == ""
    # Saving the same rows again does not touch an acceptance (nothing to void, nothing changed).
    office.datasets.update(ds, detail.meta, [*FAULTY[:2], ("2025-01", "NIB", 300, 10, 310)])


def test_acceptance_needs_errors_and_a_checking_dataset(office, clock):
    ds = checking(office, CLEAN)
    as_user(office, "kasubag")
    with pytest.raises(NotAllowed, match="no_errors_to_accept"):
        office.datasets.accept_failures(ds, "Tidak perlu")
    confirm(office, ds)
    office.datasets.validate(ds)
    with pytest.raises(NotAllowed, match="state"):
        office.datasets.accept_failures(ds, "Terlambat")


def test_validation_needs_a_confirmation_that_is_not_pending(office):
    ds = checking(office, CLEAN)
    confirm(office, ds, outcome="menunggu")
    with pytest.raises(NotAllowed, match="not_confirmed"):
        office.datasets.validate(ds)
    confirm(office, ds, outcome="diperbaiki")
    office.datasets.validate(ds)


def test_attached_scan_can_be_read_back(office):
    ds = checking(office, CLEAN)
    confirm(office, ds)
    scan = b"%PDF-1.4 surat balasan"
    office.datasets.confirm(ds, NewConfirmation("Bidang Perizinan", "surat", dt.date(2026, 11, 24), "sesuai",
                                                attachment=scan, attachment_name="balasan.pdf"))
    infos = office.datasets.get(ds).confirmations
    assert [c.attachment_name for c in infos] == ["", "balasan.pdf"]
    assert office.datasets.confirmation_attachment(ds, 1) == ("balasan.pdf", scan)
    with pytest.raises(BadInput, match="no_attachment"):
        office.datasets.confirmation_attachment(ds, 0)
    with pytest.raises(BadInput, match="unknown_confirmation"):
        office.datasets.confirmation_attachment(ds, 2)
    with pytest.raises(BadInput, match="attachment_too_large"):
        office.datasets.confirm(ds, NewConfirmation("X", "surat", dt.date(2026, 11, 24),
                                                    attachment=b"0" * (10 * 1024 * 1024 + 1), attachment_name="x.pdf"))


def _pdf_text(path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_confirmation_letter(office, tmp_path):
    rows = [(f"2025-{m:02d}", kind, 1000 + m, 234, 1234 + m) for m in range(1, 13) for kind in ("NIB", "PBG")]
    as_user(office, "staf")
    ds = office.datasets.create(DatasetMeta("Pemohon Izin <Bulanan> & Jenis", source="OSS", unit="orang"),
                                COLUMNS, rows * 3)  # 72 rows: more than the letter prints
    out = tmp_path / "surat.pdf"
    letter = office.datasets.confirmation_letter(ds, "Kepala Bidang Pelayanan Perizinan", "Tebing Tinggi", out)
    assert letter.number == "000.5/0001/DPMPTSP/2026"  # the office's format, the first letter of the year
    flat = _pdf_text(out)
    for expected in ("Nomor", "000.5/0001/DPMPTSP/2026", "Lampiran", "1 (satu) berkas", "Perihal",
                     "Permohonan Konfirmasi Data", "Tebing Tinggi, 24 November 2026", "Kepala Bidang Pelayanan",
                     "Perizinan", "3 (tiga) hari kerja", "Pemohon Izin <Bulanan> & Jenis", "1.235",
                     "Kepala DPMPTSP Kota Tebing Tinggi,", "Ir. Kepala Contoh", "NIP. 197001011998031001",
                     "dan seterusnya (12 baris"):
        assert expected in flat, expected
    assert "Siti Rahma" not in flat  # the staf who prints it does not sign it
    entry = office.activity.entries()[0]
    assert entry.action == "confirmation_letter" and entry.step == 2
    assert entry.detail["number"] == "000.5/0001/DPMPTSP/2026" and entry.detail["signer"] == "kepala"
    with pytest.raises(BadInput, match="addressee_required"):
        office.datasets.confirmation_letter(ds, "", "Tebing Tinggi", tmp_path / "x.pdf")
    as_user(office, "kepala")
    with pytest.raises(NotAllowed, match="permission"):
        office.datasets.confirmation_letter(ds, "Kepala Bidang", "Tebing Tinggi", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    assert [r.number for r in office.letters.register()] == ["000.5/0001/DPMPTSP/2026"]  # refusals take no number
