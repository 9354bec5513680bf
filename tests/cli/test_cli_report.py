"""``padi report`` (DESIGN.md §5): the performance report as PDF or XLSX, as a user, logged; its timing
figures on work time with waiting apart; and ``--format kinerja``, one employee's e-Kinerja material."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.services.office.bundle import Services
from tests.cli.conftest import run, run_json

PERIOD = ("--from", "2026-01-01", "--to", "2026-12-31")


def report_entries(db: Path) -> list:
    services = Services.open(db, create=False)
    try:
        return [e for e in services.activity.entries(limit=10_000) if e.action == "report_exported"]
    finally:
        services.close()


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_pdf_report_has_the_parts_and_totals_equal_the_log(demo_db, tmp_path, capsys, as_demo_user):
    target = tmp_path / "laporan.pdf"
    code, data = run_json(capsys, "report", "--db", str(demo_db), *PERIOD, "--out", str(target), "--user", "kasubag")
    assert code == 0 and Path(data["file"]) == target.resolve()
    services = Services.open(demo_db, create=False)
    try:
        log = services.activity.entries(limit=10_000)
    finally:
        services.close()
    assert data["approved"] == sum(1 for e in log if e.action == "publication_approved")
    assert data["confirmations"] == sum(1 for e in log if e.action == "confirmation_logged")
    returned = sum(1 for e in log if e.action == "publication_returned")
    assert data["steps"]["6"]["count"] == data["approved"] + returned
    text = pdf_text(target)
    for part in ("LAPORAN PELAKSANAAN PENGELOLAAN DATA DAN INFORMASI", "Periode 1 Januari 2026 s.d. 31 Desember 2026",
                 "Ringkasan", "Pelaksanaan per langkah SOP", "6. Persetujuan", "Publikasi disetujui",
                 "Konfirmasi Data dengan sumber", "Cadangan terverifikasi", "Kepala Dinas", "NIP.",
                 "Waktu tunggu per pemegang antrean", "CARA PENGHITUNGAN WAKTU", "Kalender kerja",
                 "Tanpa catatan mulai"):
        assert part in text, part
    assert text.rindex("CARA PENGHITUNGAN WAKTU") > text.rindex("NIP.")  # its own page, after the signature
    assert len(report_entries(demo_db)) == 1


def test_xlsx_report_for_one_employee(demo_db, tmp_path, capsys, as_demo_user):
    target = tmp_path / "laporan.xlsx"
    code, out, _ = run(capsys, "report", "--db", str(demo_db), *PERIOD, "--employee", "kepala",
                       "--out", str(target), "--user", "kasubag")
    assert code == 0 and "Berkas:" in out
    wb = load_workbook(target)
    assert wb.sheetnames == ["Ringkasan", "Disetujui", "Dikembalikan", "Diterbitkan", "Konfirmasi", "Cadangan",
                             "Revisi", "Periode Seri", "Cara Penghitungan"]
    method = [c.value for c in wb["Cara Penghitungan"]["A"] if c.value]
    assert method[0] == "Cara penghitungan waktu" and "Waktu tunggu" in method
    summary = wb["Ringkasan"]
    assert summary["A2"].value == "Laporan Pelaksanaan Pengelolaan Data dan Informasi"
    assert "Bonar" in summary["A3"].value
    assert len(summary._charts) == 2  # native charts
    # the head confirmed nothing: only approvals and returns are theirs
    assert wb["Konfirmasi"].max_row <= 4


@pytest.mark.parametrize(("args", "code_text"), [
    (("--from", "2026-13-01", "--to", "2026-12-31"), "bad_date"),
    (("--from", "2026-12-31", "--to", "2026-01-01"), "bad_period"),
    ((*PERIOD, "--employee", "siapa"), "unknown_employee"),
])
def test_bad_input_exits_2_and_writes_nothing(demo_db, tmp_path, capsys, as_demo_user, args, code_text):
    target = tmp_path / "laporan.pdf"
    code, data = run_json(capsys, "report", "--db", str(demo_db), *args, "--out", str(target), "--user", "kasubag")
    assert code == 2 and data["error"] == code_text
    assert not target.exists() and report_entries(demo_db) == []


def test_wrong_extension_is_refused(demo_db, tmp_path, capsys, as_demo_user):
    code, data = run_json(capsys, "report", "--db", str(demo_db), *PERIOD, "--out", str(tmp_path / "x.docx"),
                          "--user", "kasubag")
    assert code == 2 and data["error"] == "report_format"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_xlsx_report_opens_in_libreoffice(demo_db, tmp_path, capsys, as_demo_user):
    target = tmp_path / "laporan.xlsx"
    code, _ = run_json(capsys, "report", "--db", str(demo_db), *PERIOD, "--out", str(target), "--user", "kasubag")
    assert code == 0
    out_dir = tmp_path / "lo-out"
    proc = subprocess.run(
        [shutil.which("soffice"), f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out_dir), str(target)],
        capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    converted = out_dir / "laporan.pdf"
    assert converted.exists() and converted.stat().st_size > 1000
    if shutil.which("pdftotext"):
        text = pdf_text(converted)
        assert "Laporan Pelaksanaan Pengelolaan Data dan Informasi" in text and "Persetujuan" in text


def test_json_has_work_and_waiting_per_step_on_the_demo(demo_db, tmp_path, capsys, as_demo_user):
    """The demo office's seeded history reads plausibly: most steps on time on their work time."""
    code, data = run_json(capsys, "report", "--db", str(demo_db), *PERIOD, "--out", str(tmp_path / "l.pdf"),
                          "--user", "kasubag")
    assert code == 0
    for step in map(str, range(1, 9)):  # the contract: keys are added, never removed
        assert {"count", "on_time", "median_seconds", "longest_seconds", "median_work_seconds",
                "median_wait_seconds"} <= set(data["steps"][step])
    review = data["steps"]["6"]
    assert review["median_work_seconds"] < review["median_seconds"]  # the head's queue is not counted as work
    assert review["median_wait_seconds"] > 0
    assert data["on_time"] >= 0.8 * data["steps_finished"] and data["judged"] == data["steps_finished"]
    assert data["steps"]["3"]["lead_time_standard"] is True


def test_kinerja_for_one_employee(demo_db, tmp_path, capsys, as_demo_user):
    target = tmp_path / "kinerja.xlsx"
    code, data = run_json(capsys, "report", "--db", str(demo_db), *PERIOD, "--employee", "staf",
                          "--format", "kinerja", "--out", str(target), "--user", "staf")
    assert code == 0 and data["format"] == "kinerja" and data["employee"] == "Rizky Aditya Nasution, S.Kom."
    assert data["activities"] > 5 and data["work_seconds"] > 0
    assert sum(d["work_seconds"] for d in data["days"]) == pytest.approx(data["work_seconds"])
    ws = load_workbook(target)["Kegiatan"]
    assert ws["B3"].value == "Rizky Aditya Nasution, S.Kom." and ws["B4"].value
    entries = Services.open(demo_db, create=False)
    try:
        assert entries.activity.entries(limit=3)[1].action == "kinerja_exported"  # then the CLI's logout
    finally:
        entries.close()


@pytest.mark.parametrize(("args", "code_text"), [
    (("--format", "kinerja", "--out", "k.xlsx"), "employee_required"),
    (("--employee", "staf", "--format", "kinerja", "--out", "k.pdf"), "report_format"),
    (("--format", "pdf", "--out", "k.xlsx"), "report_format"),
])
def test_kinerja_bad_input_exits_2_and_writes_nothing(demo_db, tmp_path, capsys, as_demo_user, args, code_text):
    args = tuple(str(tmp_path / a) if a.startswith("k.") else a for a in args)
    code, data = run_json(capsys, "report", "--db", str(demo_db), *PERIOD, *args, "--user", "kasubag")
    assert code == 2 and data["error"] == code_text
    assert not list(tmp_path.glob("k.*")) and report_entries(demo_db) == []
