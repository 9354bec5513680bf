"""Sample data for the PADI demo database: the office, its people and four realistic datasets.

Everything here is plain Python data (no Qt, no database). The numbers are invented
but plausible for Kota Tebing Tinggi (about 175,000 people); names, NIPs, address,
phone numbers and e-mail are fictitious. Generation is deterministic: each dataset
uses its own ``random.Random`` with a fixed seed, so two calls return equal data.
"""

from __future__ import annotations

import csv
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.paths import resource_path

SAMPLE_NOTE = "Data contoh untuk demonstrasi aplikasi PADI; bukan data resmi."
PRODUCER = "Sekretariat - Subbagian Program, DPMPTSP Kota Tebing Tinggi"

YEAR = 2025
MONTHS = tuple(f"{YEAR}-{m:02d}" for m in range(1, 13))
QUARTERS = tuple(f"{YEAR}-Q{q}" for q in range(1, 5))
SEMESTERS = ("2024-S1", "2024-S2", "2025-S1", "2025-S2")


# --------------------------------------------------------------------------- types


@dataclass(frozen=True)
class DemoDataset:
    """One sample dataset with its metadata, typed columns and rows (long format)."""

    key: str
    title: str
    group: str
    description: str
    unit: str
    frequency: str
    period: str
    source: str
    producer: str
    keywords: tuple[str, ...]
    columns: tuple[ColumnSpec, ...]
    rows: tuple[tuple[object, ...], ...]
    group_column: str
    value_column: str


@dataclass(frozen=True)
class DemoPerson:
    """A fictitious member of staff; ``role`` is one of kepala, sekretaris, kasubag, staf."""

    username: str
    full_name: str
    role: str
    nip: str
    rank: str


@dataclass(frozen=True)
class DemoOffice:
    """The fictitious letterhead and head of office used by the demo database."""

    government: str
    office_name: str
    short_name: str
    address: str
    phone: str
    fax: str
    email: str
    website: str
    head_name: str
    head_nip: str
    head_rank: str


# --------------------------------------------------------------------------- reference


def kecamatan_codes() -> tuple[tuple[str, str], ...]:
    """(Kemendagri code, name) of the kecamatan of Kota Tebing Tinggi, read from the bundled CSV."""
    path = resource_path("reference", "wilayah-kota-tebing-tinggi.csv")
    with open(path, encoding="utf-8", newline="") as handle:
        return tuple(
            (row["kode"].strip(), row["nama"].strip())
            for row in csv.DictReader(handle)
            if row["tingkat"].strip() == "kecamatan"
        )


# --------------------------------------------------------------------------- people and office


def _nip(birth: str, appointed: str, sex: int, serial: int) -> str:
    """An 18-digit NIP: birth date yyyymmdd, appointment yyyymm, sex (1 male, 2 female), serial."""
    nip = f"{birth}{appointed}{sex}{serial:03d}"
    assert len(nip) == 18 and nip.isdigit(), nip
    return nip


_PEOPLE = (
    DemoPerson("kepala", "Ir. Bonar Tua Sitompul, M.M.", "kepala",
               _nip("19700314", "199803", 1, 2), "Pembina Utama Muda (IV/c)"),
    DemoPerson("sekretaris", "Hj. Nurlela Harahap, S.E., M.Si.", "sekretaris",
               _nip("19750822", "200012", 2, 1), "Pembina Tingkat I (IV/b)"),
    DemoPerson("kasubag", "Sri Wahyuningsih Purba, S.Sos.", "kasubag",
               _nip("19810605", "200604", 2, 3), "Penata Tingkat I (III/d)"),
    DemoPerson("staf", "Rizky Aditya Nasution, S.Kom.", "staf",
               _nip("19930117", "201903", 1, 4), "Penata Muda Tingkat I (III/b)"),
    DemoPerson("admin", "Dedi Kurniawan Saragih, A.Md.", "staf",
               _nip("19900929", "201503", 1, 2), "Pengatur Tingkat I (II/d)"),
    DemoPerson("staf2", "Putri Ayu Damanik, S.A.P.", "staf",
               _nip("19960410", "202101", 2, 5), "Penata Muda (III/a)"),
)


def demo_people() -> tuple[DemoPerson, ...]:
    """The demo users; ``admin`` (role staf) is the administrator, ``staf2`` an extra staff member."""
    return _PEOPLE


def demo_office() -> DemoOffice:
    """The fictitious letterhead of DPMPTSP Kota Tebing Tinggi; the head is the ``kepala`` user."""
    head = _PEOPLE[0]
    return DemoOffice(
        government="PEMERINTAH KOTA TEBING TINGGI",
        office_name="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        short_name="DPMPTSP Kota Tebing Tinggi",
        address="Jl. Contoh Pelayanan No. 1, Kel. Pasar Baru, Kec. Tebing Tinggi Kota, "
                "Kota Tebing Tinggi, Sumatera Utara 20632",
        phone="(0621) 555 010",
        fax="(0621) 555 011",
        email="dpmptsp@tebingtinggikota.example",
        website="https://dpmptsp.tebingtinggikota.example",
        head_name=head.full_name,
        head_nip=head.nip,
        head_rank=head.rank,
    )


# --------------------------------------------------------------------------- helpers


def _apportion(total: int, weights: Sequence[float]) -> list[int]:
    """Split ``total`` into non-negative integers proportional to ``weights`` (largest remainder)."""
    scale = sum(weights)
    exact = [total * w / scale for w in weights]
    parts = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (parts[i] - exact[i], i))
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def _poisson(rng: random.Random, mean: float) -> int:
    """A Poisson-distributed count (Knuth's method; fine for the small means used here)."""
    limit, k, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        k += 1
        product *= rng.random()
    return k


# --------------------------------------------------------------------------- 1. permits

PERMIT_TYPES = (
    "Nomor Induk Berusaha (NIB)",
    "Sertifikat Standar",
    "Izin (risiko tinggi)",
    "Persetujuan Bangunan Gedung (PBG)",
    "Sertifikat Laik Fungsi (SLF)",
    "Izin Praktik Tenaga Kesehatan (SIP)",
    "Izin Reklame",
    "Surat Izin Usaha Toko Modern",
)

# Typical monthly count for each permit type.
_PERMIT_BASE: dict[str, float] = {
    "Nomor Induk Berusaha (NIB)": 290,
    "Sertifikat Standar": 34,
    "Izin (risiko tinggi)": 3,
    "Persetujuan Bangunan Gedung (PBG)": 24,
    "Sertifikat Laik Fungsi (SLF)": 6,
    "Izin Praktik Tenaga Kesehatan (SIP)": 38,
    "Izin Reklame": 16,
    "Surat Izin Usaha Toko Modern": 0.8,
}

# Office-wide seasonality: slow January, Ramadan in March and Lebaran (31 March) early
# April, busy second half, year-end push before the budget closes.
_MONTH_FACTOR = (0.86, 0.95, 0.90, 0.78, 1.02, 1.05, 1.08, 1.04, 1.10, 1.12, 1.06, 1.00)

# Type-specific peaks (month index 0-11 -> extra factor).
_PERMIT_PEAKS = {
    "Izin Reklame": {2: 1.6, 7: 1.4, 11: 1.3},              # Ramadan, HUT RI, year end
    "Persetujuan Bangunan Gedung (PBG)": {5: 1.2, 6: 1.25, 7: 1.2, 10: 1.15},  # dry season
    "Izin Praktik Tenaga Kesehatan (SIP)": {0: 1.35, 6: 1.2},  # new year, new graduates
    "Nomor Induk Berusaha (NIB)": {2: 1.1, 7: 1.1},           # Ramadan stalls, 17 Agustus
}


def _permits_dataset() -> DemoDataset:
    rng = random.Random(20250101)
    rows: list[tuple[object, ...]] = []
    for m, month in enumerate(MONTHS):
        for permit in PERMIT_TYPES:
            expected = (_PERMIT_BASE[permit] * _MONTH_FACTOR[m]
                        * _PERMIT_PEAKS.get(permit, {}).get(m, 1.0))
            if expected >= 10:
                value = round(expected * rng.uniform(0.88, 1.12))
            else:
                value = _poisson(rng, expected)
            rows.append((month, permit, value))
    return DemoDataset(
        key="izin-terbit-2025",
        title="Jumlah Izin Terbit per Jenis Izin per Bulan Tahun 2025",
        group="Perizinan",
        description=(
            "Jumlah perizinan berusaha dan non-berusaha yang diterbitkan DPMPTSP Kota Tebing "
            "Tinggi menurut jenis izin dan bulan terbit, tahun 2025. " + SAMPLE_NOTE
        ),
        unit="izin",
        frequency="bulanan",
        period="2025",
        source="Sistem OSS-RBA dan SIMBG, diolah DPMPTSP Kota Tebing Tinggi",
        producer=PRODUCER,
        keywords=("perizinan", "izin terbit", "OSS-RBA", "NIB", "PBG", "bulanan"),
        columns=(
            ColumnSpec("Bulan", ColumnType.PERIOD),
            ColumnSpec("Jenis Izin", ColumnType.CATEGORY, codes=PERMIT_TYPES),
            ColumnSpec("Jumlah", ColumnType.INTEGER, unit="izin"),
        ),
        rows=tuple(rows),
        group_column="Jenis Izin",
        value_column="Jumlah",
    )


# --------------------------------------------------------------------------- 2. NIB per kecamatan

BUSINESS_SCALES = ("Mikro", "Kecil", "Menengah", "Besar")
_SCALE_WEIGHTS = (0.925, 0.058, 0.013, 0.004)

# Share of new NIB by kecamatan code: the city-centre market district leads.
_KECAMATAN_WEIGHTS = {
    "12.76.01": 0.15,   # Padang Hulu
    "12.76.02": 0.19,   # Rambutan
    "12.76.03": 0.20,   # Padang Hilir
    "12.76.04": 0.19,   # Bajenis
    "12.76.05": 0.27,   # Tebing Tinggi Kota
}


def _nib_dataset(permits: DemoDataset) -> DemoDataset:
    """NIB by kecamatan, quarter and scale; quarterly totals equal the NIB rows of ``permits``."""
    rng = random.Random(20250102)
    kecamatan = kecamatan_codes()
    nib_per_quarter = [0, 0, 0, 0]
    for month, permit, count in permits.rows:
        if permit == PERMIT_TYPES[0]:
            nib_per_quarter[(int(str(month)[5:7]) - 1) // 3] += int(count)  # type: ignore[arg-type]
    rows: list[tuple[object, ...]] = []
    for q, quarter in enumerate(QUARTERS):
        weights = [_KECAMATAN_WEIGHTS.get(code, 0.2) * rng.uniform(0.9, 1.1) for code, _ in kecamatan]
        per_kecamatan = _apportion(nib_per_quarter[q], weights)
        for (code, name), total in zip(kecamatan, per_kecamatan, strict=True):
            scale_weights = [w * rng.uniform(0.8, 1.2) for w in _SCALE_WEIGHTS]
            for scale, count in zip(BUSINESS_SCALES, _apportion(total, scale_weights), strict=True):
                rows.append((code, name, quarter, scale, count))
    return DemoDataset(
        key="nib-kecamatan-2025",
        title="Jumlah NIB Terbit per Kecamatan dan Skala Usaha per Triwulan Tahun 2025",
        group="Penanaman Modal",
        description=(
            "Jumlah Nomor Induk Berusaha (NIB) yang terbit bagi pelaku usaha berlokasi di Kota "
            "Tebing Tinggi menurut kecamatan (kode wilayah Kemendagri), skala usaha dan triwulan, "
            "tahun 2025. Jumlah per triwulan sama dengan jumlah NIB pada data izin terbit "
            "bulanan. " + SAMPLE_NOTE
        ),
        unit="unit usaha",
        frequency="triwulanan",
        period="2025",
        source="Sistem OSS-RBA, diolah DPMPTSP Kota Tebing Tinggi",
        producer=PRODUCER,
        keywords=("NIB", "pelaku usaha", "UMKM", "kecamatan", "skala usaha", "triwulanan"),
        columns=(
            ColumnSpec("Kode Wilayah", ColumnType.CATEGORY, codes=tuple(c for c, _ in kecamatan)),
            ColumnSpec("Kecamatan", ColumnType.TEXT),
            ColumnSpec("Triwulan", ColumnType.PERIOD),
            ColumnSpec("Skala Usaha", ColumnType.CATEGORY, codes=BUSINESS_SCALES),
            ColumnSpec("Jumlah NIB", ColumnType.INTEGER, unit="unit usaha"),
        ),
        rows=tuple(rows),
        group_column="Kecamatan",
        value_column="Jumlah NIB",
    )


# --------------------------------------------------------------------------- 3. investment

INVESTMENT_STATUSES = ("PMA", "PMDN")
SECTORS = (
    "Perdagangan dan Reparasi",
    "Industri Makanan",
    "Konstruksi",
    "Perumahan, Kawasan Industri dan Perkantoran",
    "Transportasi, Gudang dan Telekomunikasi",
    "Hotel dan Restoran",
    "Kesehatan",
    "Listrik, Gas dan Air",
)

# Per sector: (PMDN projects per quarter, PMDN value per quarter in Rp miliar, workers per project).
_PMDN = {
    "Perdagangan dan Reparasi": (32, 24.0, 6),
    "Industri Makanan": (12, 21.0, 14),
    "Konstruksi": (9, 14.0, 10),
    "Perumahan, Kawasan Industri dan Perkantoran": (7, 19.0, 5),
    "Transportasi, Gudang dan Telekomunikasi": (8, 11.0, 6),
    "Hotel dan Restoran": (14, 8.5, 7),
    "Kesehatan": (5, 10.0, 12),
    "Listrik, Gas dan Air": (2, 5.5, 4),
}
# PMA is small and only in a few sectors: (projects per quarter, value in Rp miliar, workers per project).
_PMA = {
    "Perdagangan dan Reparasi": (1, 1.8, 8),
    "Industri Makanan": (2, 5.2, 22),
    "Transportasi, Gudang dan Telekomunikasi": (1, 2.4, 3),
    "Hotel dan Restoran": (1, 1.2, 10),
}
# Realisation is reported late in Q1 and catches up in the second half.
_QUARTER_FACTOR = (0.78, 0.96, 1.08, 1.18)


def _investment_dataset() -> DemoDataset:
    rng = random.Random(20250103)
    rows: list[tuple[object, ...]] = []
    for q, quarter in enumerate(QUARTERS):
        for status in INVESTMENT_STATUSES:
            table = _PMA if status == "PMA" else _PMDN
            for sector in SECTORS:
                if sector not in table:
                    rows.append((quarter, status, sector, 0, 0, 0))
                    continue
                projects_base, value_base, workers_each = table[sector]
                if status == "PMA":
                    extra = 1 if rng.random() < 0.3 else 0
                    fewer = 1 if rng.random() < 0.25 else 0
                    projects = projects_base + extra - fewer
                else:
                    projects = round(projects_base * _QUARTER_FACTOR[q] * rng.uniform(0.85, 1.15))
                projects = max(0, projects)
                if projects == 0:
                    rows.append((quarter, status, sector, 0, 0, 0))
                    continue
                value = (value_base * 1e9 * _QUARTER_FACTOR[q] * rng.uniform(0.75, 1.25)
                         * (projects / projects_base) ** 0.5)
                value_rp = int(round(value / 1_000_000)) * 1_000_000  # whole million rupiah
                workers = max(1, round(projects * workers_each * rng.uniform(0.8, 1.2)))
                rows.append((quarter, status, sector, projects, value_rp, workers))
    return DemoDataset(
        key="realisasi-investasi-2025",
        title="Realisasi Investasi PMA dan PMDN per Sektor per Triwulan Tahun 2025",
        group="Penanaman Modal",
        description=(
            "Realisasi penanaman modal asing (PMA) dan penanaman modal dalam negeri (PMDN) di Kota "
            "Tebing Tinggi menurut sektor usaha dan triwulan, tahun 2025: jumlah proyek, nilai "
            "investasi (rupiah) dan tenaga kerja Indonesia yang diserap, berdasarkan Laporan "
            "Kegiatan Penanaman Modal (LKPM). " + SAMPLE_NOTE
        ),
        unit="rupiah",
        frequency="triwulanan",
        period="2025",
        source="LKPM Sistem OSS-RBA (Kementerian Investasi/BKPM), diolah DPMPTSP Kota Tebing Tinggi",
        producer=PRODUCER,
        keywords=("investasi", "realisasi investasi", "PMA", "PMDN", "LKPM", "tenaga kerja", "sektor"),
        columns=(
            ColumnSpec("Triwulan", ColumnType.PERIOD),
            ColumnSpec("Status", ColumnType.CATEGORY, codes=INVESTMENT_STATUSES),
            ColumnSpec("Sektor", ColumnType.CATEGORY, codes=SECTORS),
            ColumnSpec("Jumlah Proyek", ColumnType.INTEGER, unit="proyek"),
            ColumnSpec("Nilai Investasi", ColumnType.MONEY, unit="Rp"),
            ColumnSpec("Tenaga Kerja", ColumnType.INTEGER, unit="orang"),
        ),
        rows=tuple(rows),
        group_column="Sektor",
        value_column="Nilai Investasi",
    )


# --------------------------------------------------------------------------- 4. IKM

IKM_ELEMENTS = (
    "U1 Persyaratan",
    "U2 Sistem, Mekanisme dan Prosedur",
    "U3 Waktu Penyelesaian",
    "U4 Biaya/Tarif",
    "U5 Produk Spesifikasi Jenis Pelayanan",
    "U6 Kompetensi Pelaksana",
    "U7 Perilaku Pelaksana",
    "U8 Penanganan Pengaduan, Saran dan Masukan",
    "U9 Sarana dan Prasarana",
)
# Mean score (1-4 scale) in 2024-S1; services are free, staff are friendly, waiting is the weak point.
_IKM_START = (3.26, 3.19, 3.12, 3.47, 3.24, 3.33, 3.41, 3.14, 3.21)
_IKM_RESPONDENTS = (352, 368, 375, 381)   # per semester (Krejcie-Morgan sample size)


def _ikm_dataset() -> DemoDataset:
    rng = random.Random(20250104)
    rows: list[tuple[object, ...]] = []
    for s, semester in enumerate(SEMESTERS):
        for element, start in zip(IKM_ELEMENTS, _IKM_START, strict=True):
            score = start + 0.035 * s + rng.uniform(-0.025, 0.025)
            score = round(min(3.55, max(3.10, score)), 2)
            rows.append((semester, element, score, _IKM_RESPONDENTS[s]))
    return DemoDataset(
        key="ikm-dpmptsp-2024-2025",
        title="Nilai Rata-rata Unsur Survei Kepuasan Masyarakat (IKM) per Semester Tahun 2024-2025",
        group="Pelayanan Publik",
        description=(
            "Nilai rata-rata (skala 1-4) tiap unsur Survei Kepuasan Masyarakat terhadap pelayanan "
            "Mal Pelayanan Publik/DPMPTSP Kota Tebing Tinggi per semester, 2024-2025, menurut "
            "Peraturan Menteri PANRB Nomor 14 Tahun 2017. Nilai IKM = jumlah nilai rata-rata "
            "unsur x 1/9 x 25. " + SAMPLE_NOTE
        ),
        unit="nilai indeks",
        frequency="semesteran",
        period="2024-2025",
        source="Survei Kepuasan Masyarakat DPMPTSP Kota Tebing Tinggi",
        producer=PRODUCER,
        keywords=("IKM", "SKM", "survei kepuasan masyarakat", "pelayanan publik", "PermenPAN-RB 14/2017"),
        columns=(
            ColumnSpec("Semester", ColumnType.PERIOD),
            ColumnSpec("Unsur", ColumnType.CATEGORY, codes=IKM_ELEMENTS),
            ColumnSpec("Nilai Rata-rata", ColumnType.DECIMAL, unit="skala 1-4"),
            ColumnSpec("Jumlah Responden", ColumnType.INTEGER, unit="orang"),
        ),
        rows=tuple(rows),
        group_column="Semester",
        value_column="Nilai Rata-rata",
    )


# --------------------------------------------------------------------------- public


def demo_datasets() -> tuple[DemoDataset, ...]:
    """The four sample datasets, in the order they are loaded into the demo database."""
    permits = _permits_dataset()
    return (permits, _nib_dataset(permits), _investment_dataset(), _ikm_dataset())
