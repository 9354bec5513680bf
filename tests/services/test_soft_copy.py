"""The soft-data copy: plain folders by year / dataset / publication, written completely or not at all."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest
from sqlalchemy import select

from desktop_app.domain.errors import BadInput, Cancelled, NotAllowed
from desktop_app.services.datasets.dataset_service import CHANNELS, NewConfirmation
from desktop_app.services.office.bundle import Services
from desktop_app.services.office.demo import DEMO_PASSWORD
from desktop_app.storage.models import LogEntry

CHANNEL = sorted(CHANNELS)[0]


@pytest.fixture
def demo(demo_db):
    services = Services.open(demo_db)
    services.accounts.login("admin", DEMO_PASSWORD)
    yield services
    services.close()


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    return folder


def test_every_dataset_and_approved_publication_is_laid_out_by_year(demo, stick):
    scan = b"%PDF-1.4 pindaian surat balasan"
    from desktop_app.domain.workflow import DatasetState
    checking = demo.datasets.list([DatasetState.CHECKING])[0]
    demo.datasets.confirm(checking.id, NewConfirmation(
        "BPS Kota", CHANNEL, dt.date(2026, 11, 20), attachment=scan, attachment_name="Balasan BPS.pdf"))
    result = demo.soft_copy.write(stick)
    assert result.attachments == 1
    assert [p.read_bytes() for p in result.folder.glob("*/kumpulan-data/*/lampiran/*.pdf")] == [scan]
    assert [p.name for p in stick.iterdir()] == [result.folder.name]
    root = result.folder
    assert (root / "README.txt").read_text(encoding="utf-8").startswith("DATA SOFT PADI")
    index = (root / "index.html").read_text(encoding="utf-8")

    datasets = demo.datasets.list()
    assert result.datasets == len(datasets) > 0
    data_folders = sorted(root.glob("*/kumpulan-data/*"))
    assert len(data_folders) == len(datasets)
    for folder in data_folders:
        assert folder.parent.parent.name.isdigit() and len(folder.parent.parent.name) == 4
        assert {"data.xlsx", "data.csv", "metadata.txt", "metadata.html"} <= {p.name for p in folder.iterdir()}
    # The data itself round-trips: the first dataset's CSV has its rows, its XLSX opens.
    first = demo.datasets.get(datasets[0].id)
    match = [f for f in data_folders if (f / "metadata.txt").read_text(encoding="utf-8").startswith(first.meta.name)]
    assert len(match) == 1
    with open(match[0] / "data.csv", encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.reader(fh))) == len(first.rows) + 1
    openpyxl.load_workbook(match[0] / "data.xlsx", read_only=True).close()
    assert first.meta.name in index

    approved = [p for p in demo.publications.list() if p.state.value in ("approved", "published")]
    pdfs = sorted(root.glob("*/publikasi/*.pdf"))
    assert result.publications == len(approved) == len(pdfs) > 0
    assert all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
    assert result.attachments == len(list(root.glob("*/kumpulan-data/*/lampiran/*")))

    with demo.ctx.db.reading() as s:
        last = s.scalars(select(LogEntry).order_by(LogEntry.id.desc())).first()
        assert last.action == "soft_copy_made" and last.detail["datasets"] == len(datasets)


def test_a_cancelled_or_failed_copy_leaves_nothing(demo, stick, monkeypatch):
    def cancel(done, total):
        if done >= 1:
            raise Cancelled()

    with pytest.raises(Cancelled):
        demo.soft_copy.write(stick, cancel)
    assert list(stick.iterdir()) == []

    def broken(*_a, **_k):
        raise OSError(28, "No space left on device")

    from desktop_app.services.archive import soft_copy

    monkeypatch.setattr(soft_copy, "render_publication", broken)
    with pytest.raises(OSError):
        demo.soft_copy.write(stick)
    assert list(stick.iterdir()) == []


def test_refusals(demo, stick, tmp_path):
    with pytest.raises(BadInput):
        demo.soft_copy.write(tmp_path / "tidak-ada")
    demo.accounts.logout()
    demo.accounts.login("kepala", DEMO_PASSWORD)
    demo.ctx.clock = lambda: dt.datetime(2026, 12, 1, 9, 0)
    demo.soft_copy.write(stick)  # the head may back up, so may copy
    demo.accounts.logout()
    with pytest.raises(NotAllowed):
        demo.soft_copy.write(stick)

