"""Services: the internet package of an approved publication (page, data files, PDF, POD v1.1 data.json)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
from openpyxl import load_workbook

from desktop_app.domain.columns import ColumnSpec, ColumnType
from desktop_app.domain.errors import BadInput, NotAllowed
from desktop_app.domain.metadata import DatasetMeta
from desktop_app.domain.tabulation import GroupTotalSpec
from desktop_app.services.datasets.dataset_service import NewConfirmation
from desktop_app.services.publications import internet_package
from desktop_app.services.publications.internet_package import MARKER
from desktop_app.services.publications.publication_service import SectionDraft
from desktop_app.services.runtime.outputs import MANIFEST
from tests.conftest import OFFICE
from tests.services.test_static_site import assert_self_contained, links_of
from tests.services.test_workflow_services import as_user

SCHEMA = Path(__file__).resolve().parents[1] / "fixtures" / "pod-v1.1" / "catalog.schema.json"
INJECTION = '<img src="http://evil.example/x.png"> & <script>alert(1)</script>'
COLUMNS = (ColumnSpec("Jenis", ColumnType.TEXT), ColumnSpec("Jumlah", ColumnType.INTEGER))


def validate_pod(catalog: dict) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(catalog)


def approved_publication(services, *, text: str = "Teks pengantar.", meta: DatasetMeta | None = None) -> int:
    as_user(services, "staf")
    meta = meta or DatasetMeta(
        "Izin Terbit", group="Perizinan", description="Jumlah izin terbit per jenis.", frequency="Tahunan",
        source="OSS", keywords=("izin", "perizinan"), custodian="Bidang Data", contact="data@dpmptsp.example",
        licence="CC BY 4.0", release_date=dt.date(2026, 1, 5), modified_date=dt.date(2026, 11, 20))
    ds = services.datasets.create(meta, COLUMNS, [("NIB", 3), ("PBG", 2), ("SLF", 1234)])
    services.datasets.check(ds)
    services.datasets.confirm(ds, NewConfirmation("OSS", "telepon", dt.date(2026, 11, 24)))
    services.datasets.validate(ds)
    output = services.datasets.save_output(ds, "Izin per jenis", GroupTotalSpec("Jenis", "Jumlah"))
    as_user(services, "kasubag")
    pub = services.publications.create("Brosur Izin 2025", "web",
                                       [SectionDraft("Pengantar", text), SectionDraft("Izin", "Rincian.", output)])
    services.publications.submit(pub, "Mohon persetujuan")
    as_user(services, "kepala")
    services.publications.approve(pub, services.publications.get(pub).content_hash)
    as_user(services, "staf")
    return pub


def test_package_holds_page_pdf_data_files_and_a_valid_data_json(office, tmp_path):
    pub = approved_publication(office)
    result = office.internet.build_package(pub, tmp_path / "paket", base="https://dpmptsp.example/publikasi/brosur")
    folder = tmp_path / "paket"
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([MARKER, MANIFEST, "index.html", "data.json", "gaya.css", "brosur-izin-2025-v1.pdf",
                            "tabel-2-izin-per-jenis.csv", "tabel-2-izin-per-jenis.xlsx"])
    assert result.absolute_urls and result.version == 1
    assert result.pdf.read_bytes().startswith(b"%PDF")
    assert (folder / "tabel-2-izin-per-jenis.csv").read_bytes().startswith(b"\xef\xbb\xbfJenis,Jumlah")
    sheet = load_workbook(folder / "tabel-2-izin-per-jenis.xlsx").worksheets[0]
    assert ["NIB", 3] in [[c.value for c in row][:2] for row in sheet.iter_rows()]
    assert_self_contained(folder)
    page = result.index.read_text(encoding="utf-8")
    assert "Brosur Izin 2025" in page and "Bonar Sitompul" in page and result.content_hash[:12] in page
    assert "<svg " in page and "1.234" in page and 'href="tabel-2-izin-per-jenis.csv"' in page

    catalog = json.loads(result.catalog.read_text(encoding="utf-8"))
    validate_pod(catalog)
    dataset = catalog["dataset"][0]
    assert len(catalog["dataset"]) == 1
    assert dataset["keyword"] == ["izin", "perizinan"] and dataset["accrualPeriodicity"] == "R/P1Y"
    assert dataset["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert dataset["contactPoint"] == {"@type": "vcard:Contact", "fn": "Bidang Data",
                                       "hasEmail": "mailto:data@dpmptsp.example"}
    assert dataset["modified"] == "2026-11-20" and dataset["theme"] == ["Perizinan"] and dataset["language"] == ["id"]
    assert {d["downloadURL"] for d in dataset["distribution"]} == {
        "https://dpmptsp.example/publikasi/brosur/tabel-2-izin-per-jenis.csv",
        "https://dpmptsp.example/publikasi/brosur/tabel-2-izin-per-jenis.xlsx",
        "https://dpmptsp.example/publikasi/brosur/brosur-izin-2025-v1.pdf"}
    assert dataset["landingPage"] == "https://dpmptsp.example/publikasi/brosur/index.html"
    logged = [e for e in office.activity.entries() if e.action == "publication_package_written"]
    assert len(logged) == 1 and logged[0].step == 7


def test_identifiers_are_stable_and_urls_relative_without_a_base(office, tmp_path):
    pub = approved_publication(office, meta=DatasetMeta("Izin", source="OSS"))  # sparse metadata
    first = office.internet.build_package(pub, tmp_path / "a")
    again = office.internet.build_package(pub, tmp_path / "a")  # an earlier package is replaced
    one, two = (json.loads(r.catalog.read_text(encoding="utf-8")) for r in (first, again))
    validate_pod(one)
    assert not first.absolute_urls
    assert one["dataset"][0]["identifier"] == two["dataset"][0]["identifier"]
    dataset = one["dataset"][0]
    assert dataset["identifier"].endswith("-keluaran-1")
    assert dataset["contactPoint"]["hasEmail"] == f"mailto:{OFFICE.email}"  # the office's address
    assert dataset["accrualPeriodicity"] == "irregular" and "license" not in dataset
    assert {d["downloadURL"] for d in dataset["distribution"]} == {
        "tabel-2-izin-per-jenis.csv", "tabel-2-izin-per-jenis.xlsx", "brosur-izin-2025-v1.pdf"}


def test_schema_rejects_what_pod_forbids():
    good = {"conformsTo": "https://project-open-data.cio.gov/v1.1/schema", "dataset": [{
        "title": "T", "description": "D", "keyword": ["k"], "modified": "2026-11-24",
        "publisher": {"@type": "org:Organization", "name": "Dinas"},
        "contactPoint": {"@type": "vcard:Contact", "fn": "Dinas", "hasEmail": "mailto:a@b.example"},
        "identifier": "x-1", "accessLevel": "public",
        "distribution": [{"downloadURL": "a.csv", "mediaType": "text/csv", "format": "CSV"}]}]}
    validate_pod(good)
    bad_cases = [
        ("accessLevel", "publik"), ("keyword", []), ("modified", "24 November 2026"),
        ("contactPoint", {"fn": "Dinas", "hasEmail": "a@b.example"}), ("accrualPeriodicity", "Tahunan"),
        ("distribution", [{"downloadURL": "a.csv", "format": "CSV"}]),
    ]
    for field, value in bad_cases:
        broken = json.loads(json.dumps(good))
        broken["dataset"][0][field] = value
        with pytest.raises(jsonschema.ValidationError):
            validate_pod(broken)
    missing = json.loads(json.dumps(good))
    del missing["dataset"][0]["identifier"]
    with pytest.raises(jsonschema.ValidationError):
        validate_pod(missing)


def test_user_text_is_escaped_and_fetches_nothing(office, tmp_path):
    pub = approved_publication(office, text=INJECTION)
    result = office.internet.build_package(pub, tmp_path / "paket")
    page = result.index.read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&amp;" in page
    links = links_of(result.index)  # the typed <img src=...> is text, not a tag
    assert links and all((tmp_path / "paket" / link).is_file() for link in links)


def test_refusals_leave_nothing(office, tmp_path):
    pub = approved_publication(office)
    as_user(office, "kasubag")
    office.publications.revise(pub, [SectionDraft("Pengantar", "Diubah setelah disetujui")])
    as_user(office, "staf")
    with pytest.raises(NotAllowed, match="not_approved"):
        office.internet.build_package(pub, tmp_path / "paket")
    other = tmp_path / "lain"
    other.mkdir()
    (other / "catatan.txt").write_text("milik orang lain")
    pub2 = approved_publication(office, meta=DatasetMeta("Izin 2", source="OSS"))
    with pytest.raises(BadInput, match="target_not_empty"):
        office.internet.build_package(pub2, other)
    with pytest.raises(BadInput, match="url_required"):
        office.internet.build_package(pub2, tmp_path / "paket", base="ftp://x")
    assert not any(p.name.startswith((".padi", "paket")) for p in tmp_path.iterdir())
    as_user(office, "kepala")
    with pytest.raises(NotAllowed, match="permission"):
        office.internet.build_package(pub2, tmp_path / "paket")


def test_base_url_setting_is_used_when_no_base_is_given(office, tmp_path):
    pub = approved_publication(office)
    internet_package.set_base_url(office.ctx, "https://dpmptsp.example/unduh")
    assert internet_package.base_url(office.ctx) == "https://dpmptsp.example/unduh/"
    result = office.internet.build_package(pub, tmp_path / "paket")
    catalog = json.loads(result.catalog.read_text(encoding="utf-8"))
    assert catalog["@id"] == "https://dpmptsp.example/unduh/data.json"
    with pytest.raises(BadInput, match="url_required"):
        internet_package.set_base_url(office.ctx, "dpmptsp.example")


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium")
def test_headless_chromium_opens_the_package_offline(office, tmp_path):
    pub = approved_publication(office, text=INJECTION)
    result = office.internet.build_package(pub, tmp_path / "paket")
    run = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'p'}",
         "--dump-dom", result.index.as_uri()],
        capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Brosur Izin 2025" in run.stdout and OFFICE.phone in run.stdout
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in run.stdout  # shown as text, never run


def test_rich_text_becomes_escaped_html_lists_and_emphasis():
    from desktop_app.domain.richtext import Block, Run
    html = internet_package.blocks_html((
        Block("h1", (Run("Ringkasan"),)), Block("p", (Run("Naik "), Run("5%", bold=True), Run(" <b>", italic=True))),
        Block("bullet", (Run("a"),)), Block("bullet", (Run("b"),)), Block("number", (Run("satu"),))))
    assert html == ("<h3>Ringkasan</h3><p>Naik <strong>5%</strong><em> &lt;b&gt;</em></p>"
                    "<ul><li>a</li><li>b</li></ul><ol><li>satu</li></ol>")


@pytest.mark.parametrize("level", ["restricted", "non-public"])
def test_data_that_is_not_public_gets_no_download_files(office, tmp_path, level):
    pub = approved_publication(office, meta=DatasetMeta("Izin", source="OSS", access_level=level))
    result = office.internet.build_package(pub, tmp_path / "paket")
    names = sorted(p.name for p in result.folder.iterdir())
    assert not [n for n in names if n.endswith((".csv", ".xlsx"))]
    assert ".csv" not in result.index.read_text(encoding="utf-8")
    catalog = json.loads(result.catalog.read_text(encoding="utf-8"))
    validate_pod(catalog)
    dataset = catalog["dataset"][0]
    assert dataset["accessLevel"] == internet_package.ACCESS_LEVELS[level]
    assert [d["format"] for d in dataset["distribution"]] == ["PDF"]  # only the approved publication itself
    assert "akses" in dataset["rights"] and OFFICE.email in dataset["rights"]
