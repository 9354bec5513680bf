"""A full disk or an I/O error while exporting, publishing or writing the catalogue: a clear code, the
earlier file as it was, no temporary file left, and the database unchanged."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import pathlib
from pathlib import Path

import pytest

from desktop_app.cli import main as padi
from desktop_app.domain.errors import PadiError
from desktop_app.services.office.bundle import Services
from desktop_app.services.office.demo import DEMO_PASSWORD
from desktop_app.services.timing import LogFilter


@pytest.fixture
def usb(tmp_path) -> Path:
    """The target folder (the database is elsewhere in tmp_path)."""
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def demo(demo_db):
    services = Services.open(demo_db, create=False)
    services.accounts.login("staf", DEMO_PASSWORD)
    yield services
    services.close()


def failing(code: int):
    def fail(*_args, **_kwargs):
        raise OSError(code, os.strerror(code))
    return fail


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (temporary ones included) and its hash."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def database_state(services: Services) -> tuple:
    chain = services.activity.verify_chain()
    return chain.ok, chain.entries, chain.head, tuple((p.id, p.state) for p in services.publications.list())


@pytest.mark.parametrize(("where", "code", "expected"), [
    ("fsync", errno.ENOSPC, "no_space"), ("replace", errno.EIO, "export_write_failed"),
    ("fsync", errno.EIO, "export_write_failed"), ("replace", errno.EROFS, "target_not_writable"),
])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_failure(demo, usb, monkeypatch, where, code, expected, fmt):
    target = usb / f"izin.{fmt}"
    demo.exports.dataset(1, fmt, target)  # the earlier export
    files, db = folder_state(usb), database_state(demo)
    monkeypatch.setattr(os, where, failing(code))
    with pytest.raises(PadiError) as err:
        demo.exports.dataset(1, fmt, target)
    monkeypatch.undo()
    assert err.value.code == expected and str(target) in err.value.detail
    assert folder_state(usb) == files  # the earlier file unchanged, no temporary file
    assert database_state(demo) == db


def test_publish_pdf_on_a_full_disk_keeps_the_earlier_pdf_and_logs_nothing(demo, usb, monkeypatch):
    first = demo.publications.publish(1, usb)
    files, db = folder_state(usb), database_state(demo)
    class FullDisk:
        """The temporary file's handle runs out of space half-way."""

        def __init__(self, handle):
            self.handle, self.name = handle, handle.name

        def write(self, data):
            self.handle.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return self.handle.__exit__(*exc)

    import tempfile
    real_write = tempfile.NamedTemporaryFile
    monkeypatch.setattr(tempfile, "NamedTemporaryFile", lambda *a, **k: FullDisk(real_write(*a, **k)))
    with pytest.raises(PadiError) as err:
        demo.publications.publish(1, usb)
    monkeypatch.undo()
    assert err.value.code == "no_space"
    assert folder_state(usb) == files and first.pdf_path.is_file()
    assert database_state(demo) == db


def test_catalogue_write_error_keeps_the_earlier_catalogue(demo, usb, monkeypatch):
    out = usb / "katalog"
    demo.site.build(out)
    files, db = folder_state(usb), database_state(demo)
    calls = []
    real = pathlib.Path.write_text

    def flaky(self, *args, **kwargs):
        calls.append(self)
        if len(calls) == 3:
            raise OSError(errno.EIO, "Input/output error")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "write_text", flaky)
    with pytest.raises(PadiError) as err:
        demo.site.build(out)
    monkeypatch.undo()
    assert err.value.code == "export_write_failed" and len(calls) == 3
    assert folder_state(usb) == files  # no half catalogue, no .padi-katalog-* folder left
    assert sorted(p.name for p in usb.iterdir()) == ["katalog"]
    assert database_state(demo) == db


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names open files through /proc")
def test_cli_export_on_a_full_disk_says_so(demo_db, usb, monkeypatch, capsys, as_demo_user):
    target = usb / "izin.csv"
    argv = ["export", "--db", str(demo_db), "--dataset", "Jumlah Izin Terbit per Jenis Izin per Bulan Tahun 2025",
            "--format", "csv", "--out", str(target), "--user", "staf", "--force"]
    assert padi(argv) == 0  # the earlier export, which PADI may replace with --force
    earlier = target.read_bytes()
    capsys.readouterr()
    real, full = os.fsync, failing(errno.ENOSPC)

    def full_usb(fd):  # only the flash disk is full (the database's own disk, with its anchor, is not)
        on_usb = os.path.realpath(f"/proc/self/fd/{fd}").startswith(str(usb.resolve()))
        return full(fd) if on_usb else real(fd)

    monkeypatch.setattr(os, "fsync", full_usb)
    code = padi(argv)
    monkeypatch.undo()
    assert code == 2  # the target was unusable and nothing was changed
    assert capsys.readouterr().err.strip() == (
        "Ruang kosong pada media tujuan tidak cukup. Kosongkan ruang atau pilih media lain.")
    assert target.read_bytes() == earlier and [p.name for p in usb.iterdir()] == ["izin.csv"]


REPORTS = {
    "timing report": lambda sv, path: sv.performance.export_report(dt.date(2025, 1, 1), dt.date(2026, 12, 31),
                                                                   path.with_suffix(".pdf"), "staf"),
    "e-Kinerja": lambda sv, path: sv.performance.export_kinerja(dt.date(2025, 1, 1), dt.date(2026, 12, 31), "staf",
                                                                path.with_suffix(".xlsx")),
    "control sheet": lambda sv, path: sv.performance.export_control_sheet("publication", 1,
                                                                          path.with_suffix(".pdf")),
    "activity records": lambda sv, path: sv.records.export(LogFilter(), path.with_suffix(".xlsx")),
}


@pytest.mark.parametrize("report", sorted(REPORTS))
def test_a_report_on_a_full_disk_says_so_like_every_other_output(demo, usb, monkeypatch, report):
    """Reports go through the same atomic writer, so they name the same cause (not a generic failure)."""
    files, db = folder_state(usb), database_state(demo)
    monkeypatch.setattr(os, "fsync", failing(errno.ENOSPC))
    with pytest.raises(PadiError) as err:
        REPORTS[report](demo, usb / "laporan")
    monkeypatch.undo()
    assert err.value.code == "no_space"
    assert folder_state(usb) == files and database_state(demo) == db
