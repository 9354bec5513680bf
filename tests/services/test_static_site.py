"""Services, step 4: the offline static catalogue — self-contained, relative links, escaped, atomic, logged."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from openpyxl import load_workbook

from desktop_app.domain.errors import BadInput, Cancelled, NotAllowed
from desktop_app.services.datasets import static_site
from desktop_app.services.datasets.static_site import MARKER
from tests.conftest import OFFICE
from tests.services.test_catalog import make_catalogue


class Links(HTMLParser):
    """Every href/src of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.links += [value for name, value in attrs if name in ("href", "src", "action", "poster") and value]


def links_of(page: Path) -> list[str]:
    parser = Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.links


def assert_self_contained(folder: Path) -> None:
    pages = sorted(folder.glob("*.html"))
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert 'lang="id"' in text and '<meta charset="utf-8">' in text
        for marker in ("http://", "https://", "//", "url(http", "@import"):
            assert marker not in text.replace("<!--", "").replace("-->", ""), (page.name, marker)
        for link in links_of(page):
            parts = urlsplit(link)
            assert not parts.scheme and not parts.netloc and not link.startswith("/"), (page.name, link)
            target = (folder / unquote(parts.path)).resolve() if parts.path else page
            assert target.is_file(), (page.name, link)
            assert target.is_relative_to(folder.resolve()), (page.name, link)
    css = (folder / static_site.STYLE).read_text(encoding="utf-8")
    assert "url(" not in css and "@import" not in css


@pytest.fixture
def catalogue(office):
    ids = make_catalogue(office)
    return office, ids


def test_site_has_index_pages_downloads_and_only_relative_links(catalogue, tmp_path):
    services, ids = catalogue
    result = services.site.build(tmp_path / "katalog")
    folder = tmp_path / "katalog"
    assert result.index == folder / "index.html"
    assert len(result.pages) == 1  # only the presented, public dataset
    assert all(f.is_file() and f.parent == folder for f in result.files)
    assert_self_contained(folder)
    index = result.index.read_text(encoding="utf-8")
    for text in (OFFICE.name, OFFICE.address, OFFICE.phone, OFFICE.fax, OFFICE.email, "Izin Terbit per Jenis 2025"):
        assert text in index
    assert "Realisasi Investasi" not in index  # processed, not yet presented
    page = result.pages[0].read_text(encoding="utf-8")
    assert "Izin yang diterbitkan &lt;b&gt;&amp; dicatat&lt;/b&gt;." in page  # escaped
    assert "<svg" in page and "Izin per jenis" in page and "1.250" in page and "1.335" in page  # chart, total
    assert "Bidang Perizinan" in page and "21 November 2026" in page  # the last confirmation
    assert OFFICE.phone in page and OFFICE.fax in page
    csv = next(f for f in result.files if f.suffix == ".csv" and "keluaran" not in f.name)
    assert csv.read_text(encoding="utf-8-sig").splitlines()[:2] == ["Jenis,Jumlah", "NIB,1250"]
    xlsx = next(f for f in result.files if f.suffix == ".xlsx")
    assert load_workbook(xlsx).active["A2"].value == "NIB"


def test_export_is_logged_as_step_4(catalogue, tmp_path):
    services, _ids = catalogue
    import sqlite3

    services.site.build(tmp_path / "katalog")
    conn = sqlite3.connect(services.ctx.db.path)
    try:
        action, step = conn.execute("SELECT action, step FROM activity_log ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    assert (action, step) == ("catalog_exported", 4)


def test_refusals_change_nothing(catalogue, tmp_path):
    services, _ids = catalogue
    with pytest.raises(BadInput, match="no_such_folder"):
        services.site.build(tmp_path / "missing" / "katalog")
    other = tmp_path / "lain"
    other.mkdir()
    (other / "skripsi.docx").write_text("jangan ditimpa")
    with pytest.raises(BadInput, match="target_not_empty"):
        services.site.build(other)
    assert [p.name for p in other.iterdir()] == ["skripsi.docx"]
    services.accounts.logout()
    with pytest.raises(NotAllowed):
        services.site.build(tmp_path / "katalog")
    assert not (tmp_path / "katalog").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".padi")] == []


def test_a_cancel_leaves_the_old_catalogue_and_no_half_site(catalogue, tmp_path):
    services, _ids = catalogue
    folder = tmp_path / "katalog"
    services.site.build(folder)
    before = sorted(p.name for p in folder.iterdir())
    assert MARKER in before

    def cancel(done, total, text):
        if done >= 1 or total == 0:
            raise Cancelled()

    with pytest.raises(Cancelled):
        services.site.build(folder, cancel)
    assert sorted(p.name for p in folder.iterdir()) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".padi")] == []
    services.site.build(folder)  # an earlier PADI catalogue is replaced
    assert sorted(p.name for p in folder.iterdir()) == before


def test_chart_svg_is_inline_and_url_free(catalogue):
    services, ids = catalogue
    svg = static_site.chart_svg(services.datasets.output_table(ids["izin_output"]), 3)
    assert svg.startswith("<svg ") and "http" not in svg and 'id="clip-3"' in svg and "url(#clip-3)" in svg


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium")
def test_headless_chromium_renders_the_catalogue_offline(catalogue, tmp_path):
    services, _ids = catalogue
    result = services.site.build(tmp_path / "katalog")
    assert_self_contained(tmp_path / "katalog")
    profile = tmp_path / "profil"
    for page, expected in ((result.index, "Izin Terbit per Jenis 2025"), (result.pages[0], "Izin per jenis")):
        run = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             "--dump-dom", page.as_uri()],
            capture_output=True, text=True, timeout=120, check=False)
        assert run.returncode == 0, run.stderr[-2000:]
        assert expected in run.stdout and OFFICE.phone in run.stdout
    assert "1 dari 1 kumpulan data" in subprocess.run(  # the inline search script ran
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", f"--user-data-dir={profile}",
         "--dump-dom", result.index.as_uri()], capture_output=True, text=True, timeout=120, check=False).stdout


def test_a_failure_while_moving_the_new_files_in_puts_the_earlier_catalogue_back(catalogue, tmp_path, monkeypatch,
                                                                                clock):
    import os

    from desktop_app.services.runtime import outputs

    services, _ids = catalogue
    folder = tmp_path / "katalog"
    services.site.build(folder)
    (folder / "catatan.docx").write_bytes(b"milik pengguna")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    clock.advance(hours=1)  # the new index page says when it was made: it differs from the earlier one
    real_replace, calls = os.replace, []

    def flaky(src, dst):
        calls.append(dst)
        if Path(dst).parent == folder and len([c for c in calls if Path(c).parent == folder]) == 3:
            raise OSError(5, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(outputs.os, "replace", flaky)
    with pytest.raises(Exception):  # noqa: B017 (the write error's code is tested elsewhere)
        services.site.build(folder)
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".padi")] == []


def test_a_figure_without_a_value_is_a_dash_in_the_catalogue_and_an_empty_cell_stays_empty():
    page = static_site.html_table(("Bulan", "Jumlah", "Keterangan"),
                                  [("Januari 2024", 42, None), ("Februari 2024", None, None)], ("Total", 42, None),
                                  figures=(1,))
    assert '<td>Februari 2024</td><td class="num">–</td><td></td>' in page
    assert '<td class="num">42</td>' in page
    assert "–" not in static_site.html_table(("A", "B"), [("x", None)])  # a data table's empty cell
