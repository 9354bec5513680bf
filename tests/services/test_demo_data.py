"""Tests for the demo sample data: deterministic, well-typed, consistent with the reference CSV."""

from __future__ import annotations

import csv
import re
import shutil
from collections import defaultdict

import pytest

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import NotAllowed
from desktop_app.domain.metadata import DatasetMeta
from desktop_app.domain.roles import Role
from desktop_app.paths import resource_path
from desktop_app.services.office import demo, demo_data
from desktop_app.services.office.demo import DEMO_PASSWORD
from desktop_app.services.office.demo_data import (
    DemoDataset,
    demo_datasets,
    demo_office,
    demo_people,
    kecamatan_codes,
)

PERIOD_PATTERN = re.compile(r"^\d{4}-(0[1-9]|1[0-2]|Q[1-4]|S[12])$")
SAMPLE_NOTE = "Data contoh untuk demonstrasi aplikasi PADI; bukan data resmi."
OBSOLETE_PERMITS = re.compile(r"\b(SIUP|TDP|IMB|HO)\b")


def _datasets_by_key() -> dict[str, DemoDataset]:
    return {d.key: d for d in demo_datasets()}


def _column(dataset: DemoDataset, name: str) -> list[object]:
    index = [c.name for c in dataset.columns].index(name)
    return [row[index] for row in dataset.rows]


def test_everything_is_deterministic():
    assert demo_datasets() == demo_datasets()
    assert demo_people() == demo_people()
    assert demo_office() == demo_office()
    assert kecamatan_codes() == kecamatan_codes()


def test_four_datasets_with_distinct_keys_and_titles():
    datasets = demo_datasets()
    assert len(datasets) == 4
    assert len({d.key for d in datasets}) == 4
    assert len({d.title for d in datasets}) == 4
    for d in datasets:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", d.key)
        assert SAMPLE_NOTE in d.description
        assert d.frequency in {"bulanan", "triwulanan", "semesteran", "tahunan"}
        assert d.title and d.group and d.unit and d.period and d.source and d.producer
        assert d.keywords and all(isinstance(k, str) and k for k in d.keywords)


@pytest.mark.parametrize("dataset", demo_datasets(), ids=lambda d: d.key)
def test_rows_match_column_types(dataset: DemoDataset):
    names = [c.name for c in dataset.columns]
    assert len(set(names)) == len(names)
    assert dataset.group_column in names
    assert dataset.value_column in names
    value_spec = dataset.columns[names.index(dataset.value_column)]
    assert value_spec.type.numeric
    assert dataset.rows
    for row in dataset.rows:
        assert len(row) == len(dataset.columns)
        for spec, value in zip(dataset.columns, row, strict=True):
            assert not isinstance(value, bool)
            if spec.type is ColumnType.INTEGER:
                assert isinstance(value, int) and value >= 0, (spec.name, value)
            elif spec.type in (ColumnType.MONEY, ColumnType.DECIMAL, ColumnType.PERCENT):
                assert isinstance(value, (int, float)) and value >= 0, (spec.name, value)
            elif spec.type is ColumnType.PERIOD:
                assert isinstance(value, str) and PERIOD_PATTERN.match(value), (spec.name, value)
            else:
                assert isinstance(value, str) and value.strip(), (spec.name, value)


@pytest.mark.parametrize("dataset", demo_datasets(), ids=lambda d: d.key)
def test_category_columns_have_codes_and_values_within_them(dataset: DemoDataset):
    for index, spec in enumerate(dataset.columns):
        if spec.type is ColumnType.CATEGORY:
            assert spec.codes, spec.name
            assert len(set(spec.codes)) == len(spec.codes)
            used = {row[index] for row in dataset.rows}
            assert used <= set(spec.codes), (spec.name, used - set(spec.codes))


@pytest.mark.parametrize("dataset", demo_datasets(), ids=lambda d: d.key)
def test_no_duplicate_keys(dataset: DemoDataset):
    """Every combination of period and category columns occurs once (a clean long format)."""
    key_indexes = [
        i for i, spec in enumerate(dataset.columns)
        if spec.type in (ColumnType.PERIOD, ColumnType.CATEGORY)
    ]
    keys = [tuple(row[i] for i in key_indexes) for row in dataset.rows]
    assert len(keys) == len(set(keys))


def test_kecamatan_codes_match_the_reference_csv():
    with open(resource_path("reference", "wilayah-kota-tebing-tinggi.csv"), encoding="utf-8") as f:
        expected = tuple((r["kode"], r["nama"]) for r in csv.DictReader(f) if r["tingkat"] == "kecamatan")
    codes = kecamatan_codes()
    assert codes == expected
    assert [c for c, _ in codes] == [f"12.76.0{i}" for i in range(1, 6)]

    nib = _datasets_by_key()["nib-kecamatan-2025"]
    code_spec = nib.columns[0]
    assert code_spec.name == "Kode Wilayah"
    assert code_spec.codes == tuple(c for c, _ in codes)
    names = dict(codes)
    for row in nib.rows:
        assert names[row[0]] == row[1]


def test_permits_dataset_shape_and_no_obsolete_names():
    permits = _datasets_by_key()["izin-terbit-2025"]
    months = _column(permits, "Bulan")
    assert sorted(set(months)) == [f"2025-{m:02d}" for m in range(1, 13)]
    permit_spec = permits.columns[1]
    assert 7 <= len(permit_spec.codes) <= 9
    assert len(permits.rows) == 12 * len(permit_spec.codes)
    texts = [permits.title, permits.description, *permit_spec.codes]
    for d in demo_datasets():
        texts += [d.title, d.description, *d.keywords]
        for spec in d.columns:
            texts += [spec.name, *spec.codes]
    for text in texts:
        assert not OBSOLETE_PERMITS.search(text), text
    assert "Nomor Induk Berusaha (NIB)" in permit_spec.codes
    assert "Persetujuan Bangunan Gedung (PBG)" in permit_spec.codes


def test_nib_quarterly_totals_match_monthly_permits():
    data = _datasets_by_key()
    monthly: dict[str, int] = defaultdict(int)
    for month, permit, count in data["izin-terbit-2025"].rows:
        if permit == "Nomor Induk Berusaha (NIB)":
            monthly[f"2025-Q{(int(month[5:]) - 1) // 3 + 1}"] += count
    quarterly: dict[str, int] = defaultdict(int)
    for _code, _name, quarter, _scale, count in data["nib-kecamatan-2025"].rows:
        quarterly[quarter] += count
    assert quarterly == monthly
    assert len(data["nib-kecamatan-2025"].rows) == 5 * 4 * 4
    # A city of ~175,000 people: a few thousand NIB a year, mostly micro businesses.
    total = sum(quarterly.values())
    assert 1500 <= total <= 6000
    micro = sum(r[4] for r in data["nib-kecamatan-2025"].rows if r[3] == "Mikro")
    assert micro / total > 0.85


def test_investment_is_plausible():
    inv = _datasets_by_key()["realisasi-investasi-2025"]
    assert inv.columns[4].type is ColumnType.MONEY
    totals: dict[str, int] = defaultdict(int)
    for _q, status, _sector, projects, value, workers in inv.rows:
        totals[status] += value
        assert (projects == 0) == (value == 0) == (workers == 0)
    assert totals["PMDN"] > 5 * totals["PMA"] > 0
    assert 100e9 <= sum(totals.values()) <= 2_000e9


def test_ikm_scores_on_the_one_to_four_scale():
    ikm = _datasets_by_key()["ikm-dpmptsp-2024-2025"]
    assert sorted(set(_column(ikm, "Semester"))) == ["2024-S1", "2024-S2", "2025-S1", "2025-S2"]
    assert len(ikm.columns[1].codes) == 9
    assert len(ikm.rows) == 4 * 9
    for score in _column(ikm, "Nilai Rata-rata"):
        assert 3.0 <= score <= 3.6
    for semester in set(_column(ikm, "Semester")):
        respondents = {r[3] for r in ikm.rows if r[0] == semester}
        assert len(respondents) == 1


def test_people():
    people = demo_people()
    by_username = {p.username: p for p in people}
    assert len(by_username) == len(people)
    for username in ("kepala", "sekretaris", "kasubag", "staf", "admin", "staf2"):
        assert username in by_username
    assert by_username["admin"].role == "staf"
    assert by_username["staf2"].role == "staf"
    heads = [by_username[u].role for u in ("kepala", "sekretaris", "kasubag")]
    assert heads == ["kepala", "sekretaris", "kasubag"]
    assert len(set(heads)) == 3
    valid_roles = {r.value for r in Role}
    assert len({p.nip for p in people}) == len(people)
    for person in people:
        assert person.role in valid_roles
        assert person.full_name.strip() and person.rank.strip()
        assert re.fullmatch(r"\d{18}", person.nip), person.nip
        birth, appointed, sex = person.nip[:8], person.nip[8:14], person.nip[14]
        assert 1950 <= int(birth[:4]) <= 2005 and 1 <= int(birth[4:6]) <= 12
        assert 1 <= int(birth[6:8]) <= 31
        assert int(birth[:4]) + 18 <= int(appointed[:4]) <= 2025 and 1 <= int(appointed[4:]) <= 12
        assert sex in "12"
        assert re.search(r"\((I|II|III|IV)/[a-e]\)$", person.rank), person.rank


def test_office():
    office = demo_office()
    kepala = next(p for p in demo_people() if p.username == "kepala")
    assert office.government == "PEMERINTAH KOTA TEBING TINGGI"
    assert office.office_name == "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"
    assert office.short_name == "DPMPTSP Kota Tebing Tinggi"
    head = (office.head_name, office.head_nip, office.head_rank)
    assert head == (kepala.full_name, kepala.nip, kepala.rank)
    assert re.search(r"\b206\d\d\b", office.address)
    assert "Tebing Tinggi" in office.address
    assert office.phone.startswith("(0621)") and office.fax.startswith("(0621)")
    assert office.email.endswith(".example")
    assert office.website.startswith("https://") and office.website.endswith(".example")


def test_reference_csv_is_read_when_asked(tmp_path, monkeypatch):
    """kecamatan_codes() reads the CSV through resource_path on each call, not at import time."""
    (tmp_path / "wilayah.csv").write_text(
        "kode,tingkat,nama,kode_induk\n12.76,kota,Kota Contoh,12\n12.76.09,kecamatan,Contoh,12.76\n",
        encoding="utf-8",
    )
    asked = []

    def fake_resource_path(*parts):
        asked.append(parts)
        return tmp_path / "wilayah.csv"

    monkeypatch.setattr(demo_data, "resource_path", fake_resource_path)
    assert kecamatan_codes() == (("12.76.09", "Contoh"),)
    assert asked == [("reference", "wilayah-kota-tebing-tinggi.csv")]


# --------------------------------------------------------------------------- the seeded history


def test_seeded_history_reads_plausibly(demo_db):
    """Most steps on time on their work time; the late ones explained by their sessions; waiting flagged apart."""
    import datetime as dt

    from desktop_app.domain.steps import Step
    from desktop_app.services.office.bundle import Services
    from desktop_app.services.office.demo import HISTORY_DAYS, working_days_before

    services = Services.open(demo_db, create=False)
    try:
        services.accounts.login("kasubag", "padi-demo")
        today = services.ctx.now().date()
        first = working_days_before(today, HISTORY_DAYS)[0]
        report = services.performance.report(first, today)
        assert report.finished >= 12 and report.unrecorded == 0
        assert report.on_time >= 0.8 * report.finished
        late = [(t.label, r.step, r.round, len(r.work)) for t in services.performance.timings() for r in t.runs if r.late]
        assert sorted((step, rnd) for _, step, rnd, _ in late) == [(Step.PREPARE, 1), (Step.REVIEW, 1)]
        assert all(sessions >= 2 for *_, sessions in late)  # two sittings each, shown on the Lembar Kendali
        waiting = {(w.label, w.run.step) for w in services.performance.dashboard().waiting}
        assert ("Buklet Realisasi Investasi 2025", Step.REVIEW) in waiting
        assert any(step == Step.VALIDATE and label.startswith("Jumlah NIB") for label, step in waiting)
        # every entry of the story lies on an office day of the last working days, before today
        entries = services.activity.entries(limit=10_000)
        story = [e for e in entries if e.action.startswith("work_")]
        assert story and all(first <= e.at.date() < today for e in story)
        assert all(services.performance.calendar().is_working_day(e.at.date()) for e in story)
        assert all(dt.time(7, 30) <= e.at.time() <= dt.time(16, 30) for e in story)
    finally:
        services.close()


# --------------------------------------------------------------------------- the demo database of `padi --demo`


def _make_a_dataset(services) -> None:  # Services
    services.accounts.login("staf", DEMO_PASSWORD)
    services.datasets.create(DatasetMeta("Pekerjaan staf hari ini"), (ColumnSpec("Jenis"),), [("NIB",)])
    services.accounts.logout()


def _dataset_names(services) -> set[str]:  # Services
    return {d.name for d in services.datasets.list()}


def test_the_demo_database_is_kept_between_starts(demo_template, tmp_path, monkeypatch):
    path = tmp_path / "padi-demo.db"
    shutil.copyfile(demo_template, path)
    monkeypatch.setattr(demo, "seed_demo", lambda _services: pytest.fail("an existing demo database is kept"))
    services = demo.open_demo(path)
    _make_a_dataset(services)
    services.close()
    services = demo.open_demo(path)  # the next start of `padi --demo`
    try:
        assert "Pekerjaan staf hari ini" in _dataset_names(services)
    finally:
        services.close()


def test_the_demo_database_is_made_on_first_use_and_reset_on_request(tmp_path):
    path = tmp_path / "data" / "padi-demo.db"
    services = demo.open_demo(path)
    sample_names = _dataset_names(services)
    assert services.accounts.office().is_sample and len(sample_names) == 4
    _make_a_dataset(services)
    services.close()
    services = demo.open_demo(path, fresh=True)  # Mulai ulang data contoh
    try:
        assert _dataset_names(services) == sample_names
        assert services.accounts.login("kepala", DEMO_PASSWORD)
    finally:
        services.close()
    assert sorted(p.name for p in path.parent.iterdir()) == ["padi-demo.db", "padi-demo.db.anchor"]  # nothing half-made


def test_a_real_office_is_never_reset(office):
    path = office.ctx.db.path
    office.close()
    before = path.read_bytes()
    with pytest.raises(NotAllowed, match="not_sample_database"):
        demo.open_demo(path, fresh=True)
    assert path.read_bytes() == before
