"""Fills a new database with the demo office: users per role, sample data in several SOP stages.

Everything goes through the real services (so the activity log is real), on a scripted clock that
places the office's last eight working days before today: who opened which item for work when (the
start, pause and resume entries of ``services.work``), how long it then waited, and what completed
each step. The story reads as a real office's would in the Laporan Pelaksanaan: most steps on time
on their work time; one late dataset (the NIB data needed a second sitting to fix kecamatan codes)
and one late review (the head read the brochure in two sittings and wrote a note), both explained by
the sessions on their Lembar Kendali SOP; the NIB data and the booklet waiting longer than their
warnings, which the dashboard shows apart and never as late.

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
from desktop_app.domain.working_time import DEFAULT_CALENDAR
from desktop_app.services.accounts import OfficeProfile
from desktop_app.services.datasets import DatasetMeta, NewConfirmation
from desktop_app.services.office.bundle import Services
from desktop_app.services.office.demo_data import DemoDataset, demo_datasets, demo_office, demo_people
from desktop_app.services.publications import NoteDraft, SectionDraft

DEMO_PASSWORD = "padi-demo"
HISTORY_DAYS = 8  # working days of history before today


DATABASE_FILES = ("", "-wal", "-shm", ".anchor")  # a database and the files that belong to it alone


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
        for suffix in DATABASE_FILES:
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
    for suffix in DATABASE_FILES:
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    services = Services.open(partial)
    try:
        seed_demo(services)
    finally:
        services.close()
    os.replace(f"{partial}.anchor", f"{path}.anchor")  # the log's chain head goes with its database
    os.replace(partial, path)


class _ScriptClock:
    """The seeding's clock: set to the times of the story; every reading moves it on a few seconds, so
    the entries of one moment keep their order."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=4)
        return self.now

    def at(self, day: dt.date, hour: int, minute: int) -> None:
        """Move to ``day`` at hour:minute (never backwards)."""
        self.now = max(self.now, dt.datetime.combine(day, dt.time(hour, minute)))

    def wait(self, minutes: float) -> None:
        self.now += dt.timedelta(minutes=minutes)


def working_days_before(today: dt.date, count: int) -> list[dt.date]:
    """The ``count`` working days before ``today`` (office calendar with its holidays), oldest first."""
    days: list[dt.date] = []
    day = today
    while len(days) < count:
        day -= dt.timedelta(days=1)
        if DEFAULT_CALENDAR.is_working_day(day):
            days.append(day)
    return days[::-1]


def seed_demo(services: Services) -> None:
    """Create the demo office on an empty database."""
    real_clock = services.ctx.clock
    today = real_clock().date()
    days = working_days_before(today, HISTORY_DAYS)
    clock = _ScriptClock(dt.datetime.combine(days[0], dt.time(7, 40)))
    services.ctx.clock = clock
    try:
        _seed(services, clock, days, today)
    finally:
        services.ctx.clock = real_clock
        services.ctx.actor = None


def _work(sv: Services, clock: _ScriptClock, kind: str, object_id: int, minutes: float) -> None:
    """A sitting: the item opened for work, ``minutes`` of work, then left (paused)."""
    sv.work.start(kind, object_id)
    clock.wait(minutes)
    sv.work.pause(kind, object_id)


def _seed(sv: Services, clock: _ScriptClock, days: list[dt.date], today: dt.date) -> None:
    datasets = demo_datasets()
    _seed_accounts(sv)
    ids, outputs = _seed_datasets(sv, clock, days, datasets)
    _seed_publications(sv, clock, days, datasets, outputs)
    _seed_agenda(sv, clock, days[7], today, datasets, ids)


def _seed_accounts(sv: Services) -> None:
    """The office and its demo people, set up by the admin."""
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


def _seed_datasets(sv: Services, clock: _ScriptClock, days: list[dt.date],
                   datasets: tuple[DemoDataset, ...]) -> tuple[dict[str, int], dict[str, int]]:
    """Steps 1-4 of the four demo datasets, days 1-4; (dataset ids, output ids), by the dataset's key."""
    d1, d2, d3, d4 = days[:4]
    permits, nib, investment, ikm = datasets
    # Day 1-2, step 1: the staf prepares the four datasets (import, metadata, check settings).
    sv.accounts.login("staf", DEMO_PASSWORD)
    ids = {}
    for data, (day, hour, minute), minutes in ((permits, (d1, 8, 5), 7), (nib, (d1, 8, 40), 9),
                                               (investment, (d1, 13, 20), 9), (ikm, (d2, 9, 0), 4)):
        clock.at(day, hour, minute)
        ids[data.key] = _create(sv, data)
        sv.work.start("dataset", ids[data.key])
        clock.wait(minutes)
        if data is ikm:  # left as a draft: the semester's survey is not complete yet
            sv.work.pause("dataset", ids[ikm.key])
        elif data is nib:  # the kecamatan codes need checking against the reference list first
            sv.work.pause("dataset", ids[nib.key])
        else:
            sv.datasets.check(ids[data.key])  # "Kirim ke Pemeriksaan" ends step 1
    clock.at(d2, 10, 15)
    _work(sv, clock, "dataset", ids[nib.key], 4)  # a second sitting: 9 + 5 minutes, late (10)
    sv.work.start("dataset", ids[nib.key])
    clock.wait(1)
    sv.datasets.check(ids[nib.key])

    # Day 2-3, step 2: confirmations with the sources by phone, then validated.
    outputs = {}
    for data, (day, hour, minute) in ((permits, (d2, 13, 30)), (investment, (d3, 8, 20))):
        clock.at(day, hour, minute)
        sv.work.start("dataset", ids[data.key])
        clock.wait(2)
        sv.datasets.confirm(ids[data.key], NewConfirmation(
            source=data.source.split(",")[0], channel="telepon", confirmed_on=clock.now.date(),
            outcome="sesuai", contact_person="Operator OSS", note="Angka dicocokkan dengan rekap sumber."))
        clock.wait(4)
        sv.datasets.validate(ids[data.key])
    clock.at(d3, 9, 10)
    _work(sv, clock, "dataset", ids[nib.key], 3)  # asked OSS by phone; waiting for their answer since

    # Day 3-4, step 3 (lead time: 10 working days) and step 4.
    for data, (day, hour, minute), minutes in ((permits, (d3, 13, 15), 25), (investment, (d4, 9, 0), 35)):
        clock.at(day, hour, minute)
        sv.work.start("dataset", ids[data.key])
        clock.wait(minutes)
        outputs[data.key] = sv.datasets.save_output(
            ids[data.key], f"{data.title} menurut {data.group_column}",
            GroupTotalSpec(data.group_column, data.value_column))
    clock.at(d4, 10, 30)
    sv.work.start("dataset", ids[permits.key])
    clock.wait(3)
    sv.datasets.present(ids[permits.key])
    sv.accounts.logout()
    return ids, outputs


def _seed_publications(sv: Services, clock: _ScriptClock, days: list[dt.date], datasets: tuple[DemoDataset, ...],
                       outputs: dict[str, int]) -> None:
    """Steps 5-7 of the brochure (returned once, then approved) and the booklet (waiting), days 5-7."""
    d5, d6, d7 = days[4:7]
    permits, _nib, investment, _ikm = datasets
    # Day 5, step 5: the Kasubag composes and submits the brochure.
    sv.accounts.login("kasubag", DEMO_PASSWORD)
    clock.at(d5, 8, 30)
    brochure = sv.publications.create(
        "Brosur Perizinan Tahun 2025", "brosur",
        [SectionDraft("Ringkasan", "Sepanjang tahun 2025 DPMPTSP Kota Tebing Tinggi menerbitkan izin "
                      "melalui sistem OSS-RBA. Rincian per jenis izin disajikan di bawah ini.",
                      outputs[permits.key])], sample=True)
    sv.work.start("publication", brochure)
    clock.wait(2)
    sv.publications.submit(brochure, "Mohon persetujuan untuk dicetak dan diunggah ke laman dinas.")
    sv.accounts.logout()
    # Day 5, step 6: the head reads it in two sittings (a phone call between) and returns it: 13 minutes, late.
    sv.accounts.login("kepala", DEMO_PASSWORD)
    clock.at(d5, 13, 30)
    _work(sv, clock, "publication", brochure, 6)
    clock.at(d5, 14, 10)
    sv.work.start("publication", brochure)
    clock.wait(7)
    sv.publications.return_for_revision(brochure, [NoteDraft("Tambahkan sumber data pada ringkasan.", 0)])
    sv.accounts.logout()
    # Day 6: the Kasubag corrects and resubmits it, and submits the booklet.
    sv.accounts.login("kasubag", DEMO_PASSWORD)
    clock.at(d6, 9, 0)
    sv.work.start("publication", brochure)
    clock.wait(2)
    sv.publications.revise(brochure, [SectionDraft(
        "Ringkasan", "Sepanjang tahun 2025 DPMPTSP Kota Tebing Tinggi menerbitkan izin melalui sistem "
        "OSS-RBA (sumber: Sistem OSS-RBA, diolah DPMPTSP). Rincian per jenis izin disajikan di bawah ini.",
        outputs[permits.key])])
    sv.publications.submit(brochure, "Sudah diperbaiki sesuai catatan.")
    clock.at(d6, 10, 0)
    booklet = sv.publications.create(
        "Buklet Realisasi Investasi 2025", "buklet",
        [SectionDraft("Realisasi Investasi per Sektor", "Realisasi investasi PMA dan PMDN tahun 2025 "
                      "menurut sektor usaha.", outputs[investment.key])], sample=True)
    sv.work.start("publication", booklet)
    clock.wait(2)
    sv.publications.submit(booklet, "Mohon persetujuan Bapak.")
    sv.accounts.logout()
    # Day 7: the head approves the corrected brochure in 5 minutes; the booklet still waits for the head.
    sv.accounts.login("kepala", DEMO_PASSWORD)
    clock.at(d7, 8, 40)
    sv.work.start("publication", brochure)
    clock.wait(5)
    sv.publications.approve(brochure, sv.publications.get(brochure).content_hash)
    sv.accounts.logout()


def _seed_agenda(sv: Services, clock: _ScriptClock, d8: dt.date, today: dt.date, datasets: tuple[DemoDataset, ...],
                 ids: dict[str, int]) -> None:
    """The unit's programmes, activities and Agenda Kerja, day 8."""
    permits, nib, investment, ikm = datasets
    # Step 1: the unit's programmes and activities (Permendagri 90/2019 nomenclature, urusan 2.18
    # Penanaman Modal) and the Agenda Kerja, planned by the Kasubag Program around today's date.
    sv.accounts.login("kasubag", DEMO_PASSWORD)
    clock.at(d8, 9, 0)
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
    # The monthly permits are a series by month: its chips show the twelve months of 2025.
    grain = "month" if data.key == "izin-terbit-2025" else None
    dataset_id = sv.datasets.create(meta, data.columns, data.rows, sample=True, series_grain=grain)
    keys = [c.name for c in data.columns if not c.type.numeric]
    sv.datasets.set_check_settings(dataset_id, keys, 50.0)
    return dataset_id
