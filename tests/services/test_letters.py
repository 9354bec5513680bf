"""The letter-number register: running numbers per year in the office's format, signed by the head,
the Plt. or "a.n." by the Sekretaris, recorded with date, dataset and signer."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.letters import SignerRole
from desktop_app.services.datasets.dataset_service import DatasetMeta
from tests.conftest import PASSWORD
from tests.services.test_workflow_services import COLUMNS, as_user


@pytest.fixture
def dataset(office):
    as_user(office, "staf")
    return office.datasets.create(DatasetMeta("Izin Terbit", source="OSS"), COLUMNS, [("NIB", 3), ("PBG", 2)])


def _letter(office, dataset, tmp_path, name, **kwargs):
    return office.datasets.confirmation_letter(dataset, "Operator OSS", "Tebing Tinggi", tmp_path / name, **kwargs)


def test_numbers_run_per_year_and_the_register_keeps_date_dataset_and_signer(office, dataset, clock, tmp_path):
    assert office.letters.next_number() == "000.5/0001/DPMPTSP/2026"
    first = _letter(office, dataset, tmp_path, "1.pdf")
    second = _letter(office, dataset, tmp_path, "2.pdf", signer="sekretaris")
    assert (first.number, second.number) == ("000.5/0001/DPMPTSP/2026", "000.5/0002/DPMPTSP/2026")
    assert (first.signer_role, first.signer_name) == (SignerRole.HEAD, "Ir. Kepala Contoh")
    assert (second.signer_role, second.signer_name) == (SignerRole.SECRETARY, "Nurlela Harahap")
    assert second.signer_title == "a.n. Kepala DPMPTSP Kota Tebing Tinggi — Sekretaris"
    clock.advance(days=40)  # into 2027: the running number starts again
    third = _letter(office, dataset, tmp_path, "3.pdf")
    assert third.number == "000.5/0001/DPMPTSP/2027"
    register = office.letters.register()
    assert [r.number for r in register] == [third.number, second.number, first.number]
    assert register[-1].issued_on == dt.date(2026, 11, 24) and register[-1].subject == "Izin Terbit"
    assert register[-1].dataset_id == dataset and register[-1].addressee == "Operator OSS"
    assert [r.number for r in office.letters.register(2026)] == [second.number, first.number]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_secretary_signs_on_behalf_of_the_head_and_a_plt_signs_as_plt(office, dataset, clock, tmp_path):
    _letter(office, dataset, tmp_path, "an.pdf", signer="sekretaris")
    text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "an.pdf"), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert "a.n. Kepala DPMPTSP Kota Tebing Tinggi Sekretaris, Nurlela Harahap" in text
    as_user(office, "kepala")
    kasubag = next(u.id for u in office.accounts.users() if u.username == "kasubag")
    office.accounts.delegate(kasubag, clock.now.date(), clock.now.date())
    as_user(office, "staf")
    plt = _letter(office, dataset, tmp_path, "plt.pdf")
    assert (plt.signer_name, plt.signer_title) == ("Budi Santoso", "Plt. Kepala DPMPTSP Kota Tebing Tinggi")


def test_the_office_sets_its_format_and_a_letter_without_a_signer_takes_no_number(office, dataset, tmp_path):
    office.accounts.login("admin", PASSWORD)
    with pytest.raises(BadInput, match="bad_letter_format"):
        office.letters.set_number_format("000.5/{nomor}/DPMPTSP")  # no year: numbers would repeat
    office.letters.set_number_format("050/{nomor}/{kantor}/{bulan}/{tahun}")
    entry = office.activity.entries(limit=1)[0]
    assert entry.action == "letter_format_set" and entry.detail["new"] == "050/{nomor}/{kantor}/{bulan}/{tahun}"
    sekretaris = next(u.id for u in office.accounts.users() if u.username == "sekretaris")
    office.accounts.set_active(sekretaris, False)
    as_user(office, "staf")
    with pytest.raises(NotAllowed, match="permission"):
        office.letters.set_number_format("{nomor}/{tahun}")
    assert [s.role for s in office.letters.signers()] == [SignerRole.HEAD]
    with pytest.raises(BadInput, match="no_signer"):
        _letter(office, dataset, tmp_path, "x.pdf", signer="sekretaris")
    assert not (tmp_path / "x.pdf").exists() and office.letters.register() == []
    assert _letter(office, dataset, tmp_path, "ok.pdf").number == "050/0001/DPMPTSP/XI/2026"
