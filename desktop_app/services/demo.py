"""Fills a new database with the demo office: users per role, sample data in several SOP stages.

Everything goes through the real services (so the activity log is real), on a clock
that starts a few days back and advances a few minutes per action.

``open_demo`` is the demo database of ``padi --demo``: made on first use and kept afterwards, so the
work done in it survives a restart; "Mulai ulang data contoh" opens it with ``fresh=True``.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from desktop_app.domain.errors import NotAllowed
from desktop_app.domain.roles import Role
from desktop_app.domain.tabulation import GroupTotalSpec
from desktop_app.services.accounts import OfficeProfile
from desktop_app.services.datasets import DatasetMeta, NewConfirmation
from desktop_app.services.demo_data import DemoDataset, demo_datasets, demo_office, demo_people
from desktop_app.services.publications import NoteDraft, SectionDraft
from desktop_app.services.services import Services

DEMO_PASSWORD = "padi-demo"


def open_demo(path: Path, *, fresh: bool = False) -> Services:
    """The demo database at ``path``: made and filled on first use, kept as it is afterwards.

    ``fresh``: replace it by new sample data first (everything done in it is lost). Only a database
    whose office is the sample office is replaced: NotAllowed("not_sample_database") for any other,
    since PADI never wipes a real office's work.
    """
    path = Path(path)
    if fresh and path.exists():
        if not is_sample_database(path):
            raise NotAllowed("not_sample_database", str(path))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    if not path.exists():
        _build(path)
    return Services.open(path)


def is_sample_database(path: Path) -> bool:
    """Whether the PADI database at ``path`` holds the sample office (or nothing at all yet)."""
    services = Services.open(path, create=False)
    try:
        return services.accounts.needs_setup() or services.accounts.office().is_sample
    finally:
        services.close()


def _build(path: Path) -> None:
    """Make the demo database beside ``path`` and move it into place whole: an interrupted first start
    leaves no half-filled demo behind to be kept."""
    partial = path.with_name(path.name + ".part")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    services = Services.open(partial)
    try:
        seed_demo(services)
    finally:
        services.close()
    os.replace(partial, path)


class _SteppingClock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=3)
        return self.now


def seed_demo(services: Services) -> None:
    """Create the demo office on an empty database."""
    real_clock = services.ctx.clock
    clock = _SteppingClock(real_clock().replace(hour=8, minute=0, second=0) - dt.timedelta(days=3))
    services.ctx.clock = clock
    try:
        _seed(services, clock)
    finally:
        services.ctx.clock = real_clock
        services.ctx.actor = None


def _seed(sv: Services, clock: _SteppingClock) -> None:
    office = demo_office()
    people = {p.username: p for p in demo_people()}
    admin = people["admin"]
    sv.accounts.setup(
        OfficeProfile(name=office.office_name, government=office.government, short_name=office.short_name,
                      address=office.address, phone=office.phone, fax=office.fax, email=office.email,
                      website=office.website, head_name=office.head_name, head_nip=office.head_nip,
                      head_rank=office.head_rank, is_sample=True),
        admin.username, admin.full_name, DEMO_PASSWORD, Role(admin.role), admin.nip, admin.rank)
    sv.accounts.login(admin.username, DEMO_PASSWORD)
    for person in people.values():
        if person.username != admin.username:
            sv.accounts.create_user(person.username, person.full_name, DEMO_PASSWORD, Role(person.role),
                                    person.nip, person.rank)
    sv.accounts.logout()

    permits, nib, investment, ikm = demo_datasets()
    sv.accounts.login("staf", DEMO_PASSWORD)
    ids = {d.key: _create(sv, d) for d in (permits, nib, investment, ikm)}
    outputs = {}
    for data in (permits, investment):
        dataset_id = ids[data.key]
        _validate(sv, dataset_id, data)
        outputs[data.key] = sv.datasets.save_output(
            dataset_id, f"{data.title} menurut {data.group_column}",
            GroupTotalSpec(data.group_column, data.value_column))
    sv.datasets.present(ids[permits.key])
    sv.datasets.check(ids[nib.key])  # left in step 2, awaiting a confirmation
    sv.accounts.logout()

    sv.accounts.login("kasubag", DEMO_PASSWORD)
    brochure = sv.publications.create(
        "Brosur Perizinan Tahun 2025", "brosur",
        [SectionDraft("Ringkasan", "Sepanjang tahun 2025 DPMPTSP Kota Tebing Tinggi menerbitkan izin "
                      "melalui sistem OSS-RBA. Rincian per jenis izin disajikan di bawah ini.",
                      outputs[permits.key])], sample=True)
    sv.publications.submit(brochure, "Mohon persetujuan untuk dicetak dan diunggah ke laman dinas.")
    sv.accounts.logout()
    sv.accounts.login("kepala", DEMO_PASSWORD)
    sv.publications.return_for_revision(brochure, [NoteDraft("Tambahkan sumber data pada ringkasan.", 0)])
    sv.accounts.logout()
    sv.accounts.login("kasubag", DEMO_PASSWORD)
    sv.publications.revise(brochure, [SectionDraft(
        "Ringkasan", "Sepanjang tahun 2025 DPMPTSP Kota Tebing Tinggi menerbitkan izin melalui sistem "
        "OSS-RBA (sumber: Sistem OSS-RBA, diolah DPMPTSP). Rincian per jenis izin disajikan di bawah ini.",
        outputs[permits.key])])
    sv.publications.submit(brochure, "Sudah diperbaiki sesuai catatan.")
    booklet = sv.publications.create(
        "Buklet Realisasi Investasi 2025", "buklet",
        [SectionDraft("Realisasi Investasi per Sektor", "Realisasi investasi PMA dan PMDN tahun 2025 "
                      "menurut sektor usaha.", outputs[investment.key])], sample=True)
    sv.publications.submit(booklet, "Mohon persetujuan Bapak.")
    sv.accounts.logout()
    sv.accounts.login("kepala", DEMO_PASSWORD)
    sv.publications.approve(brochure, sv.publications.get(brochure).content_hash)
    sv.accounts.logout()

    # Step 1: the unit's programmes and activities (Permendagri 90/2019 nomenclature, urusan 2.18
    # Penanaman Modal) and the Agenda Kerja, planned by the Kasubag Program around today's date.
    sv.accounts.login("kasubag", DEMO_PASSWORD)
    agenda = sv.agenda
    support = agenda.add_programme("2.18.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota")
    planning = agenda.add_activity(support, "2.18.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja "
                                                            "Perangkat Daerah")
    service = agenda.add_programme("2.18.04", "Program Pelayanan Penanaman Modal")
    licensing = agenda.add_activity(service, "2.18.04.2.01", "Penyediaan Pelayanan Terpadu Perizinan dan "
                                                             "Nonperizinan Berbasis Sistem Elektronik")
    data_programme = agenda.add_programme("2.18.06", "Program Pengelolaan Data dan Sistem Informasi Penanaman Modal")
    data_activity = agenda.add_activity(data_programme, "2.18.06.2.01", "Pengelolaan Data dan Informasi Perizinan "
                                                                        "dan Nonperizinan yang Terintegrasi")
    staff = {u.username: u.id for u in sv.accounts.users()}
    today = clock.now.date() + dt.timedelta(days=3)  # the clock started three days back
    brochure_data = agenda.add_entry("Rekap izin terbit 2025 untuk brosur", today - dt.timedelta(days=3),
                                     staff["staf"], data_activity, ids[permits.key])
    agenda.set_done(brochure_data, True)
    agenda.add_entry("Konfirmasi data NIB per kecamatan ke operator OSS", today - dt.timedelta(days=1),
                     staff["staf"], data_activity, ids[nib.key])
    agenda.add_entry("Rekap survei kepuasan masyarakat (IKM) Semester II", today + dt.timedelta(days=2),
                     staff["staf2"], licensing, ids[ikm.key])
    agenda.add_entry("Data realisasi investasi Triwulan IV untuk buklet", today + dt.timedelta(days=9),
                     staff["staf"], data_activity, ids[investment.key])
    agenda.add_entry("Bahan laporan kinerja (LKjIP) bidang data", today + dt.timedelta(days=20),
                     staff["kasubag"], planning)
    sv.accounts.logout()


def _create(sv: Services, data: DemoDataset) -> int:
    office = demo_office()
    meta = DatasetMeta(
        data.title, data.group, data.description, data.unit, data.frequency, data.period, data.source,
        data.producer, data.keywords, concept=data.description.split(".")[0] + ".",
        definition=f"{data.value_column} menurut {data.group_column}.", measure=data.unit,
        classification=data.group_column, method="Rekapitulasi data administrasi layanan.",
        area_code="12.76", custodian=office.short_name, contact=f"{office.phone} · {office.email}",
        access_level="public", licence="CC BY 4.0")
    dataset_id = sv.datasets.create(meta, data.columns, data.rows, sample=True)
    keys = [c.name for c in data.columns if not c.type.numeric]
    sv.datasets.set_check_settings(dataset_id, keys, 50.0)
    return dataset_id


def _validate(sv: Services, dataset_id: int, data: DemoDataset) -> None:
    sv.datasets.check(dataset_id)
    sv.datasets.confirm(dataset_id, NewConfirmation(
        source=data.source.split(",")[0], channel="telepon", confirmed_on=sv.ctx.now().date(),
        outcome="sesuai", contact_person="Operator OSS", note="Angka dicocokkan dengan rekap sumber."))
    sv.datasets.validate(dataset_id)
